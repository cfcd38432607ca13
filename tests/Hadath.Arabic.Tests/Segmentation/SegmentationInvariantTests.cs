using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Tokenization;
using Hadath.Core;

namespace Hadath.Arabic.Tests.Segmentation;

/// <summary>Whatever the input, segments stay inside their token, in order, and surfaces match the text.</summary>
public sealed class SegmentationInvariantTests
{
    private const string Alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئىةـًٌٍَُِّْٰ0123456789aZ،.- ";

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void test_segmenter_random_words_never_throw_and_keep_invariants(int seed)
    {
        var random = new Random(seed);
        var segmenters = new[] { EmbeddedSegmenter.Instance, EmbeddedSegmenter.CreateFallback() };
        for (int n = 0; n < 400; n++)
        {
            var word = new string(Enumerable.Range(0, random.Next(1, 14)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            foreach (var segmenter in segmenters)
            {
                var segments = segmenter.Segment(word, new TextSpan(10, 10 + word.Length));
                Assert.NotEmpty(segments);
                int previous = 10;
                foreach (var s in segments)
                {
                    Assert.True(s.Start >= 10 && s.End <= 10 + word.Length && s.Start < s.End, $"{word}: {s.Span}");
                    Assert.True(s.Start >= previous || s.Span == new TextSpan(10, 10 + word.Length), $"{word}: out of order");
                    if (s.Span != new TextSpan(10, 10 + word.Length)) previous = s.Start;
                    Assert.False(string.IsNullOrEmpty(s.Form));
                }
            }
        }
    }

    [Fact]
    public void test_segmenter_stage_keeps_text_and_covers_every_token()
    {
        const string text = "وقال الرئيس، إن الحكومة ستعمل لموسكو وواشنطن بانه جاهز للاسلحة.";
        var document = new AnalyzedDocument(text);
        var tokenized = new TokenizerStage().Process(document);
        var segmented = new SegmenterStage().Process(tokenized);
        Assert.Equal(text, segmented.Text);
        Assert.True(segmented.Has(Layers.Segments));
        Assert.Equal(tokenized.Tokens.Length, segmented.Tokens.Length);
        foreach (var token in segmented.Tokens)
        {
            Assert.NotEmpty(token.Segments);
            foreach (var segment in token.Segments) Assert.True(token.Span.Contains(segment.Span), $"{segment.Span} outside {token.Span}");
            // Pieces that concatenate back rebuild the token's letters in order.
            if (token.Segments.All(s => s.Span != token.Span || token.Segments.Length == 1))
                Assert.Equal(segmented.Slice(token.Span), string.Concat(token.Segments.Select(s => segmented.Slice(s.Span))));
        }
        var stem = segmented.Tokens.Single(t => segmented.Slice(t.Span) == "لموسكو").StemSpan;
        Assert.Equal("موسكو", segmented.Slice(stem));
    }

    [Fact]
    public void test_segmenter_is_thread_safe()
    {
        var segmenter = new CliticSegmenter(EmbeddedSegmenter.Instance.Analyzer);
        var words = new[] { "وبانه", "للاسلحة", "حياته", "لموسكو", "وواشنطن", "والحكومة", "بسياراتهم" };
        var expected = words.Select(w => EmbeddedSegmenter.Instance.Analyze(w).Render()).ToArray();
        Parallel.For(0, 2000, i =>
        {
            var w = i % words.Length;
            Assert.Equal(expected[w], segmenter.Analyze(words[w]).Render());
        });
    }
}
