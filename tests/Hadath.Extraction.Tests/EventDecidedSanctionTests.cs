using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Sanctions decided or announced (اعلنت الحكومة الامريكية فرض عقوبات على ايران, قرر الاتحاد فرض عقوبات): the verbal
/// noun فرض, spelled as its verb, after a verb of deciding and its subject is the act decided, as an expulsion is
/// (واعلنت الحكومة المالية طرد دبلوماسيين). Elsewhere the masculine فرض inside a clause stays a verbal noun of no one's.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventDecidedSanctionTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static readonly (string, EntityType, string, string?)[] Sides =
    [
        ("e1", EntityType.ORG, "الحكومة الامريكية", "USAGOV"), ("e2", EntityType.LOC, "ايران", "IRN"),
        ("e3", EntityType.ORG, "الاتحاد الاوروبي", "IGOEEC"), ("e4", EntityType.LOC, "روسيا", "RUS"),
    ];

    private static AnalyzedDocument Doc(string text) =>
        Docs.WithActors(text, Sides.Where(e => text.Contains(e.Item3, StringComparison.Ordinal)).ToArray());

    [Theory]
    [InlineData("واعلنت الحكومة الامريكية فرض عقوبات جديدة على ايران.", "e1", "e2")]
    [InlineData("وقرر الاتحاد الاوروبي فرض عقوبات على روسيا.", "e3", "e4")]
    [InlineData("وقرر الاتحاد الاوروبي، في بيان، فرض عقوبات على روسيا.", "e3", "e4")]
    public void test_sanctions_decided_or_announced_are_the_deciders(string text, string source, string target)
    {
        var doc = Doc(text);
        var e = Assert.Single(Events(doc), x => text[x.Start..x.End] == "فرض");
        Assert.Equal("163", e.Code);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // the verbal noun talked about, weighed or feared is no act
    [InlineData("ويدرس الاتحاد الاوروبي فرض عقوبات على روسيا.")]
    [InlineData("وحذرت الحكومة الامريكية من ان فرض عقوبات على ايران سيضر بالاسواق.")]
    [InlineData("واعلنت الحكومة الامريكية انها تدرس فرض عقوبات على ايران.")]
    public void test_sanctions_talked_about_are_no_act(string text) =>
        Assert.DoesNotContain(Events(Doc(text)), x => x.Code == "163");
}
