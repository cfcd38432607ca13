using Hadath.Core;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A sentence that opens with a phrase set off by a comma (في المقابل، / من جهته، / بدوره،) before its verb: the verb's
/// subject is who goes on speaking in a participle cue later in the sentence (…، مؤكدا ان), as in a sentence that opens
/// with the verb. Sentences written for these tests.
/// </summary>
public sealed class QuoteFrontedPhraseTests
{
    private static IReadOnlyList<Quote> Quotes(AnalyzedDocument doc) => new QuoteStage().Process(doc).Quotes;

    private static string? SpeakerText(string text, Quote q) => q.SpeakerSpan is { } s ? text[s.Start..s.End] : null;

    [Theory]
    [InlineData("في المقابل، اتهم المتحدث باسم الحزب سامر خليل الحكومة بالتقصير، مؤكدا ان الحزب لن يتراجع.")]
    [InlineData("من جهته، انتقد المتحدث باسم الحزب سامر خليل القرار، معتبرا ان الحكومة تسرعت.")]
    [InlineData("بدوره، رفض المتحدث باسم الحزب سامر خليل الاتهامات، مشيرا الى ان الحزب ملتزم بالقانون.")]
    public void test_the_subject_after_a_fronted_phrase_speaks_in_the_participle_cue(string text)
    {
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.ORG, "الحزب", "الحزب")
            .WithEntity("e2", EntityType.PER, "سامر خليل", "سامر خليل");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e2", q.SpeakerId);
        Assert.Equal("سامر خليل", SpeakerText(text, q));
    }

    [Fact]
    public void test_a_title_after_a_fronted_phrase_speaks_when_no_entity_names_it()
    {
        const string text = "من جهته، انتقد وزير الداخلية القرار، معتبرا ان الحكومة تسرعت.";
        var q = Assert.Single(Quotes(Docs.Tokenized(text)));
        Assert.Null(q.SpeakerId);
        Assert.Equal("وزير الداخلية", SpeakerText(text, q));
    }

    [Fact]
    public void test_a_comma_later_in_the_sentence_is_no_fronted_phrase()
    {
        const string text = "واتهم سامر خليل، المتحدث باسم الحزب، الحكومة بالتقصير، مؤكدا ان الحزب لن يتراجع.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.ORG, "الحزب", "الحزب")
            .WithEntity("e2", EntityType.PER, "سامر خليل", "سامر خليل");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e2", q.SpeakerId);
    }
}
