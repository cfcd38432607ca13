using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty-five's event pass (the blind ev48- stories: an attack on the PMF in Diyala, a march of jobless graduates in
/// Kasserine, Syrian refugees leaving Arsal). Stones thrown at police told before the verb by a dual subject (اصيب عونان
/// بجروح اثر رشقهما بالحجارة) are a riot, as with the accusative dual.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftyFiveTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Bodies =
    [
        ("e1", EntityType.ORG, "الامن العام", "LBNCOP"), ("e2", EntityType.ORG, "وزارة الداخلية", "GOV"),
        ("e5", EntityType.ORG, "السلطات التركية", "TURGOV"),
    ];

    [Theory]
    // police told by a dual subject before the verb, its object pronoun pointing back to them
    [InlineData("وتفرق المحتجون فيما اصيب عونان بجروح طفيفة اثر رشقهما بالحجارة")]
    [InlineData("واصيب شرطيان بجروح اثر رشقهما بالحجارة من قبل عشرات الشبان")]
    [InlineData("وجرح دركيان في المواجهات اثر رشقهما بالحجارة")]
    // guard: the accusative dual, as before
    [InlineData("واصيب عونين من الحرس الوطني اثر رشقهما بالحجارة")]
    public void test_stones_thrown_at_police_told_by_a_dual_subject(string text)
    {
        var e = Assert.Single(Events(Named(text, Bodies)), e => e.Code == "145");
        Assert.Equal("رشقهما", text[e.Start..e.End]);
    }

    [Theory]
    // passers-by or a car stoned are no riot of a protest
    [InlineData("واصيب مواطنان بجروح اثر رشقهما بالحجارة")]
    [InlineData("واصيب سائقان بجروح طفيفة اثر رشق حافلتهما بالحجارة")]
    public void test_stones_thrown_at_others_are_no_riot(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Bodies)), e => e.Code == "145");
    }
}
