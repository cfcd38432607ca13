using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>A key-ends filter may let any word through, but never stops a key or a word ending as one.</summary>
public sealed class KeyEndsTests
{
    private static readonly KeyEnds Ends = new(["قال", "اكد", "حي", "و"]);

    [Theory]
    [InlineData("قال", true)]
    [InlineData("وقال", true)]       // a clitic in front: the end is the same
    [InlineData("حي", true)]
    [InlineData("الحي", true)]
    [InlineData("اكد", true)]
    [InlineData("كتب", false)]
    [InlineData("و", false)]         // one letter: callers let such words through themselves
    [InlineData("", false)]
    public void test_key_ends_passes_words_ending_as_a_key(string word, bool passes) => Assert.Equal(passes, Ends.MayEnd(word));

    [Fact]
    public void test_key_ends_never_stops_a_word_that_ends_with_a_key_on_random_keys()
    {
        const string alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءaz";
        var random = new Random(20261130);
        string Word(int min, int max) => new(Enumerable.Range(0, random.Next(min, max)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        for (int round = 0; round < 200; round++)
        {
            var keys = Enumerable.Range(0, random.Next(1, 30)).Select(_ => Word(2, 7)).ToList();
            var ends = new KeyEnds(keys);
            foreach (var key in keys) Assert.True(ends.MayEnd(Word(0, 3) + key), key);
        }
    }
}
