using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Militants "neutralised" (تحييد, حيدت), as the Turkish defence ministry and the Sahel armies tell their tolls, are
/// counted as killed, as the story gold counts them (ev58, ev62), and a force that neutralised them fought them (190, as
/// ev62 codes حيدت). They had been an amount and no event. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class NeutralisedTests
{
    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.ORG, "وزارة الدفاع التركية", "TURGOV"), ("e2", EntityType.ORG, "القوات التركية", "TURMIL"),
    ];

    private static AnalyzedDocument Counted(string text) =>
        new CountStage().Process(Docs.WithActors(text, Named.Where(e => text.Contains(e.Item3, StringComparison.Ordinal)).ToArray()));

    [Theory]
    [InlineData("واعلنت وزارة الدفاع التركية تحييد 9 ارهابيين في شمال العراق", 9)]
    [InlineData("وقالت الوزارة ان القوات التركية حيدت خمسة ارهابيين خلال العملية", 5)]
    public void test_militants_neutralised_are_counted_killed(string text, int number)
    {
        var count = Assert.Single(Counted(text).Counts);
        Assert.Equal("killed", count.Kind);
        Assert.Equal(number, count.Value);
    }

    [Fact]
    public void test_a_force_that_neutralised_militants_fought_them()
    {
        var text = "وقالت الوزارة ان القوات التركية حيدت خمسة ارهابيين خلال العملية";
        var e = Assert.Single(new EventStage().Process(Counted(text)).Events);
        Assert.Equal("حيدت", text[e.Span.Start..e.Span.End]);
        Assert.Equal("190", e.Code);
        Assert.Equal("e2", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_neutral_stance_is_no_toll()
    {
        var doc = Counted("واكدت تركيا حيادها في النزاع بين البلدين منذ 3 سنوات");
        Assert.DoesNotContain(doc.Counts, c => c.Kind == "killed");
        Assert.Empty(new EventStage().Process(doc).Events);
    }
}
