using Hadath.Core;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>
/// The words after a participle cue (داعيا المجتمع الدولي الى) are whom the speaker calls on, not the speaker, and a
/// person right before it is the sentence's object: the sentence's subject speaks. Sentences written for these tests.
/// </summary>
public sealed class QuoteCueObjectTests
{
    private static IReadOnlyList<Quote> Quotes(AnalyzedDocument doc) => new QuoteStage().Process(doc).Quotes;

    private static Quote At(string text, IReadOnlyList<Quote> quotes, string content) =>
        Assert.Single(quotes, q => text[q.Start..q.End] == content);

    [Fact]
    public void test_a_participles_object_is_not_its_speaker()
    {
        const string text = "واكد الوزير حسن نادر ان \"البلاد لن تتحمل المزيد\"، داعيا المجتمع الدولي الى \"تقاسم الاعباء مع الدول المضيفة\".";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "حسن نادر", "حسن نادر")
            .WithEntity("e2", EntityType.ORG, "المجتمع الدولي", "المجتمع الدولي");
        var q = At(text, Quotes(doc), "تقاسم الاعباء مع الدول المضيفة");
        Assert.Equal("e1", q.SpeakerId);
    }

    [Fact]
    public void test_a_person_right_before_a_participle_is_its_sentences_object()
    {
        const string text = "وهاجم الرئيس سامر خليل نظيره فادي حسن محذرا حكومته من \"عواقب التصعيد على البلدين\".";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "سامر خليل", "سامر خليل")
            .WithEntity("e2", EntityType.PER, "فادي حسن", "فادي حسن");
        var q = At(text, Quotes(doc), "عواقب التصعيد على البلدين");
        Assert.Equal("e1", q.SpeakerId);
    }

    [Fact]
    public void test_a_call_verb_opening_its_sentence_keeps_its_subject()
    {
        const string text = "ودعا الوزير حسن نادر الى \"تقاسم الاعباء مع الدول المضيفة\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "حسن نادر", "حسن نادر");
        var q = At(text, Quotes(doc), "تقاسم الاعباء مع الدول المضيفة");
        Assert.Equal("e1", q.SpeakerId);
    }
}
