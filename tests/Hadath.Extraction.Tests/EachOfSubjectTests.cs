using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Sides listed after كل من (تعهدت كل من السعودية والامارات …) are who acted: the first of them is the source, and the
/// object is sought past the whole list. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EachOfSubjectTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("وتعهدت كل من السعودية والامارات والكويت بتقديم مساعدات اقتصادية للاردن.", "033")]
    [InlineData("وادانت كل من السعودية والامارات الهجوم على الاردن.", "111")]
    public void test_the_first_side_listed_after_each_of_is_the_source(string text, string code)
    {
        var named = new (string, EntityType, string, string?)[] { ("e1", EntityType.LOC, "السعودية", "SAU"), ("e2", EntityType.LOC, "الامارات", "ARE"),
            ("e3", EntityType.LOC, "الكويت", "KWT"), ("e4", EntityType.LOC, "الاردن", "JOR"), ("e4", EntityType.LOC, "للاردن", "JOR") };
        var doc = Docs.WithActors(text, named.Where(n => text.Contains(" " + n.Item3, StringComparison.Ordinal) || text.Contains("و" + n.Item3, StringComparison.Ordinal)).ToArray());
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.NotEqual("e1", e.Target?.EntityId);
        Assert.NotEqual("e2", e.Target?.EntityId);
    }
}
