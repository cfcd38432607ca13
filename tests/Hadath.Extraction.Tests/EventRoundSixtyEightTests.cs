using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixty-eight's event pass (the blind ev61- stories: clashes in southern Tripoli, the shelling of El Fasher, a drone
/// attack on Marib). A call written with و right after a comma whose addressee opens with a quantifier in construct
/// (…، ودعت جميع الاطراف الى ضبط النفس, ودعا كافة القوى السياسية الى) is called by the subject before, as one whose
/// addressee is told by definite words alone (…، ودعت السلطات الى) is: the quantifier and the definite words after it are
/// whom it calls on, no subject of its own. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixtyEightTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Callers =
    [
        ("e1", EntityType.ORG, "منظمة الصحة العالمية", "IGOWHO"), ("e2", EntityType.ORG, "الاتحاد الافريقي", "IGOAFU"),
        ("e3", EntityType.ORG, "جامعة الدول العربية", "IGOARL"), ("e4", EntityType.LOC, "مصر", "EGY"),
        ("e5", EntityType.LOC, "السودان", "SDN"),
    ];

    [Theory]
    // a quantifier in construct with definite words opens the addressee of a call after a comma
    [InlineData("واعربت منظمة الصحة العالمية عن قلقها ازاء انتشار الوباء، ودعت جميع الدول الى تشديد الرقابة على الحدود", "دعت", "e1")]
    [InlineData("وندد الاتحاد الافريقي بالانقلاب، ودعا كافة الاطراف المعنية الى العودة للحوار", "دعا", "e2")]
    [InlineData("ورحبت جامعة الدول العربية بوقف القتال، ودعت كل القوى السياسية الى الالتزام بالهدنة", "دعت", "e3")]
    [InlineData("واعرب الاتحاد الافريقي عن قلقه، ودعا جميع الفصائل المسلحة الى وقف القتال", "دعا", "e2")]
    public void test_a_call_whose_addressee_opens_with_a_quantifier_goes_on_with_the_subject_before(string text, string trigger, string source)
    {
        var e = Assert.Single(Events(Named(text, Callers)), e => e.Code.StartsWith("02", StringComparison.Ordinal));
        Assert.EndsWith(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // guard: the sides listed after كل من called themselves; the body before the comma is no caller
    [InlineData("وندد الاتحاد الافريقي بالهجوم، ودعا كل من مصر والسودان الى ضبط النفس")]
    // guard: a quantifier followed by no definite word opens no addressee
    [InlineData("وندد الاتحاد الافريقي بالهجوم، ودعا جميعهم الى ضبط النفس")]
    public void test_a_call_after_a_quantifier_that_opens_no_addressee_is_not_given_the_subject_before(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Callers)), e => e.Code.StartsWith("02", StringComparison.Ordinal) && e.Source?.EntityId == "e2");
    }
}
