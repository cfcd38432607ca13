using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

public sealed class ProcliticReadingsTests
{
    [Theory]
    [InlineData("وبالقتلى وامس للقتلى والولايات 15 ، كيري")]
    [InlineData("فسيزور الرئيس بغداد")]
    public void test_proclitics_cached_readings_equal_fresh_ones_and_are_shared(string text)
    {
        var words = WordScanner.Scan(text, new Hadath.Core.TextSpan(0, text.Length));
        foreach (var word in words)
        {
            var cached = Proclitics.ReadingsOf(text, word);
            Assert.Equal(Proclitics.Readings(text, word).ToArray(), cached);
            Assert.Same(cached, Proclitics.ReadingsOf(text, word));
        }
    }

    [Fact]
    public void test_proclitics_cache_is_dropped_for_another_text()
    {
        string first = "وبالقتلى", second = new string("وبالقتلى".AsSpan());
        var word = WordScanner.Scan(first, new Hadath.Core.TextSpan(0, first.Length))[0];
        var before = Proclitics.ReadingsOf(first, word);
        Proclitics.ReadingsOf(second, WordScanner.Scan(second, new Hadath.Core.TextSpan(0, second.Length))[0]);
        Assert.NotSame(before, Proclitics.ReadingsOf(first, word));
        Assert.Equal(before, Proclitics.ReadingsOf(first, word));
    }
}
