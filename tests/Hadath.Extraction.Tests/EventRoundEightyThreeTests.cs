using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round eighty-three's event pass (the blind ev76- stories: a trafficking gang and a migrant boat in Alexandria, drones
/// on the Aleppo countryside, a drug ring and the Jordanian foreign minister in Kuwait). The Gulf wires give a minister
/// both his offices before his name (نائب رئيس مجلس الوزراء وزير الخارجية X): the council in construct after the office
/// noun (رئيس مجلس الوزراء) is the first office's body, so it does not count against the title's reach, where a meeting
/// told with six title words before the name used to keep neither side.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundEightyThreeTests
{
    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.PER, "سالم الخالدي", null), ("e2", EntityType.PER, "فؤاد حسين", null),
        ("e3", EntityType.PER, "ناصر العتيبي", null), ("e4", EntityType.PER, "ليلى القاسم", null),
    ];

    private static IReadOnlyList<Event> Events(string text) => Docs.Events(text, Named);

    [Theory]
    [InlineData("والتقى نائب رئيس مجلس الوزراء وزير الخارجية سالم الخالدي نظيره العراقي فؤاد حسين في الكويت", "والتقى", "e1", "e2")]
    [InlineData("واستقبل نائب رئيس مجلس الوزراء وزير الدفاع ناصر العتيبي السفيرة ليلى القاسم امس", "واستقبل", "e3", "e4")]
    // guard: five title words before the name read as before
    [InlineData("والتقى رئيس مجلس الوزراء وزير الخارجية سالم الخالدي نظيره العراقي فؤاد حسين", "والتقى", "e1", "e2")]
    // guard: a council after an office noun with no second office reads as before
    [InlineData("واستقبل نائب رئيس مجلس الوزراء ناصر العتيبي السفيرة ليلى القاسم", "واستقبل", "e3", "e4")]
    public void test_a_minister_named_after_two_offices_meets_whom_follows(string text, string verb, string source, string target)
    {
        var e = Assert.Single(Events(text), e => e.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.EndsWith(verb[1..], text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }
}
