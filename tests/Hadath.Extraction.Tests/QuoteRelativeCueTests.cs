using Hadath.Core;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A cue in a relative clause (، التي اكدت ان) is spoken by the name right before its comma, not by the sentence's
/// subject. Sentences written for these tests.
/// </summary>
public sealed class QuoteRelativeCueTests
{
    private static IReadOnlyList<Quote> Quotes(AnalyzedDocument doc) => new QuoteStage().Process(doc).Quotes;

    [Fact]
    public void test_a_relative_cue_is_spoken_by_the_name_before_its_comma()
    {
        const string text = "وكان الوزير كريم سالم قد التقى مديرة البرنامج هالة يوسف، التي اكدت ان التمويل مضمون.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "كريم سالم", "كريم سالم")
            .WithEntity("e2", EntityType.PER, "هالة يوسف", "هالة يوسف");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("ان التمويل مضمون", text[q.Start..q.End]);
        Assert.Equal("e2", q.SpeakerId);
    }
}
