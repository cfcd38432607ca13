using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Tokenization;
using Hadath.Core;

namespace Hadath.Arabic.Tests.Segmentation;

/// <summary>The per-spelling cache gives back exactly what the analyzer says, shared, however spellings resemble each other.</summary>
public sealed class SegmenterCacheTests
{
    private static readonly IWordAnalyzer Analyzer = EmbeddedSegmenter.Instance.Analyzer;

    [Fact]
    public void test_segmenter_cache_shares_one_analysis_per_spelling()
    {
        var segmenter = new CliticSegmenter(Analyzer);
        var first = segmenter.Analyze("وبسياراتهم");
        Assert.Same(first, segmenter.Analyze("وبسياراتهم".AsSpan()));
        Assert.Same(first, segmenter.Analyze("x وبسياراتهم y".AsSpan(2, 10)));
    }

    // Spellings that agree on their first seven letters (kept in the cache slot) or are prefixes of one another; that
    // agree on fifteen letters (the most a slot holds whole); whose letters share their low bytes across blocks
    // (' and ( are U+0027/U+0028, ا and ب U+0627/U+0628); or that mix blocks.
    [Theory]
    [InlineData("ابتثجحخدذرزسشصض", "ابتثجحخدذرزسشصضط")]
    [InlineData("ابتثجحخدذرزسشصضط", "ابتثجحخدذرزسشصضظ")]
    [InlineData("'(", "اب")]
    [InlineData("اbتثجحخد", "اbتثجحخذ")]
    [InlineData("Reuters1234567890", "Reuters1234567891")]
    [InlineData("وBBC", "وBBD")]
    [InlineData("والمسؤولين", "والمسؤولون")]
    [InlineData("والمسؤول", "والمسؤولين")]
    [InlineData("وبسيارات", "وبسياراتهم")]
    [InlineData("لل", "للاسلحة")]
    [InlineData("بانه", "وبانه")]
    [InlineData("ّ", "ًّ")]
    public void test_segmenter_cache_keeps_similar_spellings_apart(string one, string other)
    {
        var segmenter = new CliticSegmenter(Analyzer);
        var uncached = new CliticSegmenter(Analyzer, cacheCapacity: 0);
        foreach (var word in new[] { one, other, one, other })
        {
            Assert.Equal(uncached.Analyze(word).Render(word), segmenter.Analyze(word).Render(word));
        }
        Assert.NotSame(segmenter.Analyze(one), segmenter.Analyze(other));
    }

    [Fact]
    public void test_segmenter_cache_stops_growing_at_its_capacity()
    {
        var segmenter = new CliticSegmenter(Analyzer, cacheCapacity: 2);
        // A word that is not Arabic gets a new analysis each time it is not found, so sharing shows the cache.
        foreach (var word in new[] { "Reuters", "BBC", "AFP" }) segmenter.Analyze(word);
        Assert.Same(segmenter.Analyze("Reuters"), segmenter.Analyze("Reuters"));
        Assert.NotSame(segmenter.Analyze("AFP"), segmenter.Analyze("AFP"));
        Assert.Equal("AFP", segmenter.Analyze("AFP").Render());
    }

    [Fact]
    public void test_segmenter_cache_answers_right_while_many_threads_fill_it()
    {
        // Enough distinct spellings that the table grows several times while other threads read it; some too long or
        // too mixed (a Latin letter among Arabic ones) for a slot to hold whole, so growth rehashes them by their key.
        const string Letters = "ابتجحدرسعفقكلمنهويةx";
        var random = new Random(7);
        var words = Enumerable.Range(0, 40_000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(2, 20)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray()))
            .ToArray();
        var rules = EmbeddedSegmenter.CreateFallback().Analyzer;
        var expected = new CliticSegmenter(rules, cacheCapacity: 0);
        var segmenter = new CliticSegmenter(rules);
        Parallel.For(0, words.Length * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var word = words[i * 7919 % words.Length];
            Assert.Equal(expected.Analyze(word).Render(), segmenter.Analyze(word).Render());
        });
        foreach (var word in words) Assert.Same(segmenter.Analyze(word), segmenter.Analyze(word));
    }
    [Fact]
    public void test_segmenter_stage_segments_right_while_its_cache_grows_under_the_tokens_ahead()
    {
        // The stage packs and hashes the tokens ahead of the one it segments; the cache slots grow (twice here) while
        // those probes wait, so each must still find its word. Every token's segments match an uncached segmenter's,
        // on the first pass (the words new) and on the second (every word found through a probe).
        const string Letters = "ابتجحدرسعفقكلمنهويةx";
        var random = new Random(11);
        var words = Enumerable.Range(0, 70_000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(2, 12)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray()))
            .ToArray();
        var rules = EmbeddedSegmenter.CreateFallback().Analyzer;
        var expected = new CliticSegmenter(rules, cacheCapacity: 0);
        var stage = new SegmenterStage(new CliticSegmenter(rules));
        var document = new TokenizerStage().Process(new AnalyzedDocument(string.Join(' ', words)));
        for (int pass = 0; pass < 2; pass++)
        {
            var tokens = stage.Process(document).Tokens;
            Assert.Equal(document.Tokens.Length, tokens.Length);
            foreach (var token in tokens)
            {
                var span = token.Span;
                Assert.Equal(expected.Segment(document.Text.AsSpan(span.Start, span.Length), span).ToArray(), token.Segments.ToArray());
            }
        }
    }
}
