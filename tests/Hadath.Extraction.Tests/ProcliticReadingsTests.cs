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
    // A reading's key is the story's key string where the story has that word: one string, not one per reading.
    public void test_proclitics_reading_keys_are_the_story_keys_of_its_words()
    {
        const string text = "قال الوزير ان والوزير وصل وان والوزير";
        var words = WordScanner.Scan(text, new Hadath.Core.TextSpan(0, text.Length));
        var first = Proclitics.ReadingsOf(text, words[3]);
        Assert.Equal(["والوزير", "الوزير", "وزير"], first.Select(r => r.Key));
        Assert.Same(words[1].Key, first[1].Key);
        var again = Proclitics.ReadingsOf(text, words[6]);
        Assert.Equal(first.Select(r => r.Key), again.Select(r => r.Key));
        Assert.Same(first[2].Key, again[2].Key);
    }

    [Fact]
    // A batch of documents goes through each stage in turn: the words of the last Pipeline.BatchSize texts are kept.
    public void test_proclitics_cache_keeps_a_batch_of_texts_and_drops_the_oldest()
    {
        string first = new string("وبالقتلى".AsSpan());
        var word = WordScanner.Scan(first, new Hadath.Core.TextSpan(0, first.Length))[0];
        var before = Proclitics.ReadingsOf(first, word);
        string second = new string("وبالقتلى".AsSpan());
        Proclitics.ReadingsOf(second, WordScanner.Scan(second, new Hadath.Core.TextSpan(0, second.Length))[0]);
        Assert.Same(before, Proclitics.ReadingsOf(first, word));
        for (int i = 1; i < Hadath.Core.Pipeline.BatchSize; i++)
        {
            string other = new string("وبالقتلى".AsSpan());
            WordScanner.Scan(other, new Hadath.Core.TextSpan(0, other.Length));
        }
        Assert.NotSame(before, Proclitics.ReadingsOf(first, word));
        Assert.Equal(before, Proclitics.ReadingsOf(first, word));
    }

    [Fact]
    // Keys are normalised (ى → ي); spans are the text's.
    public void test_proclitics_peel_conjunction_preposition_and_article_in_order()
    {
        const string text = "وبالقتلى";
        var word = WordScanner.Scan(text, new Hadath.Core.TextSpan(0, text.Length))[0];
        var readings = Proclitics.Readings(text, word).ToArray();
        Assert.Equal(["وبالقتلي", "بالقتلي", "القتلي", "قتلي"], readings.Select(r => r.Key));
        Assert.Equal([0, 1, 2, 4], readings.Select(r => r.Span.Start));
        Assert.All(readings, r => Assert.Equal(8, r.Span.End));
        Assert.Equal([false, false, false, true], readings.Select(r => r.HadArticle));
    }

    [Theory]
    [InlineData("وبالقتلى وامس للقتلى فللشعب كالعادة والولايات 15 ، كيري")]
    [InlineData("وَبِالقتلى لِلْمدينة")]
    public void test_peeled_keys_give_the_keys_spans_and_articles_of_the_readings(string text)
    {
        var words = WordScanner.Scan(text, new Hadath.Core.TextSpan(0, text.Length));
        var buffer = new Hadath.Extraction.Events.PeeledKeys.Buffer();
        Span<int> starts = buffer;
        foreach (var word in words)
        {
            var readings = Proclitics.Readings(text, word).ToArray();
            int n = Hadath.Extraction.Events.PeeledKeys.Of(word, starts);
            Assert.Equal(readings.Length, n);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(readings[i].Key, Hadath.Extraction.Events.PeeledKeys.KeyAt(word, starts[i]).ToString());
                Assert.Equal(readings[i].Span, Hadath.Extraction.Events.PeeledKeys.SpanAt(text, word, starts[i]));
                Assert.Equal(readings[i].HadArticle, (starts[i] & Hadath.Extraction.Events.PeeledKeys.Article) != 0);
            }
        }
    }
}
