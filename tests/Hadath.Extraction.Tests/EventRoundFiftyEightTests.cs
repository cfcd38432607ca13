using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty-eight's event pass (the blind ev51- stories: clashes in Deir ez-Zor, a sit-in of the jobless in Ouargla,
/// aid cut in Zaatari). A threat to answer any attack on a side (هدد بالرد على اي هجوم يستهدف مواقع X) names what would be
/// answered, not whom it threatens: X is no target; a threat told against a side keeps it.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftyEightTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Sides =
    [
        ("e2", EntityType.ORG, "الجيش الوطني", "SYRMIL"),
        ("e3", EntityType.ORG, "حزب العمال الكردستاني", "TURREB"), ("e4", EntityType.ORG, "الجيش التركي", "TURMIL"),
    ];

    [Theory]
    // a side named in what the threat would answer is no one threatened
    [InlineData("وهدد الجيش التركي بالرد بقوة على اي هجوم يستهدف مواقع الجيش الوطني في المنطقة", "e4")]
    [InlineData("هدد حزب العمال الكردستاني بالرد على اي اعتداء يطال عناصر الجيش الوطني", "e3")]
    public void test_no_target_in_what_a_threat_would_answer(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code.StartsWith("13", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Null(e.Target);
    }

    [Theory]
    // guard: a threat told against a side keeps it
    [InlineData("هدد حزب العمال الكردستاني الجيش التركي بهجمات جديدة", "e3", "e4")]
    public void test_a_threat_against_a_side_keeps_it(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code.StartsWith("13", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }
}
