using Hadath.Core;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A و-verb of calling or demanding right after a comma (…، ودعت, …، وطالب) whose next words are a name and then الى or
/// what is demanded with ب goes on with the subject of the act its sentence told before, when the verb agrees with that
/// subject (both feminine, both masculine): دانت وزارة الخارجية الامريكية الهجوم، ودعت الحكومة العراقية الى محاسبة
/// المسؤولين. So does an accusation, its charge after the name with ب (انتقدت حركة حماس القرار، واتهمت الولايات المتحدة
/// بالانحياز). The name is whom that subject calls on or accuses, as the story gold codes all nine such calls of the dev stories,
/// not a caller of its own with no one called on (which gave no event at all). A verb that does not agree with the
/// subject before it, a sentence with no act told before, and a name followed by no الى or ب stay as they were.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventCallAfterCommaTests
{
    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.ORG, "وزارة الخارجية الامريكية", "USAGOV"), ("e2", EntityType.ORG, "الحكومة العراقية", "IRQGOV"),
        ("e3", EntityType.ORG, "الامم المتحدة", "IGOUNO"), ("e4", EntityType.PER, "حسين البياتي", "IRQGOV"),
        ("e5", EntityType.ORG, "الحكومة الاتحادية", "IRQGOV"), ("e6", EntityType.ORG, "الادارة الذاتية", "SYRREB"),
        ("e7", EntityType.ORG, "التحالف الدولي", "IGOMIL"), ("e8", EntityType.LOC, "بغداد", "IRQ"),
        ("e9", EntityType.ORG, "الاتحاد الافريقي", "IGOAFU"), ("e10", EntityType.LOC, "العراق", "IRQ"),
        ("e11", EntityType.ORG, "حركة حماس", "PSEREB"), ("e12", EntityType.LOC, "الولايات المتحدة", "USA"),
    ];

    private static IReadOnlyList<Event> Events(string text) => Docs.Events(text, Named);

    [Theory]
    [InlineData("ودانت وزارة الخارجية الامريكية الهجوم، ودعت الحكومة العراقية الى محاسبة المسؤولين عنه", "ودعت", "e1", "e2")]
    [InlineData("ودانت وزارة الخارجية الامريكية الجريمة، وطالبت الامم المتحدة بتشكيل لجنة تحقيق مستقلة", "وطالبت", "e1", "e3")]
    [InlineData("ودان حسين البياتي الهجوم، وطالب الحكومة الاتحادية بارسال قوات اضافية الى القضاء", "وطالب", "e4", "e5")]
    [InlineData("ودانت الادارة الذاتية في بيان الغارة، ودعت التحالف الدولي الى تحمل مسؤولياته", "ودعت", "e6", "e7")]
    // a masculine name after a masculine verb and subject (until this rule, EventRoundSixtyTwoTests kept it a new
    // caller, with no one called on; all nine such calls of the dev gold are calls on the name)
    [InlineData("ودان الاتحاد الافريقي الهجوم، ودعا العراق الى ضبط النفس", "ودعا", "e9", "e10")]
    public void test_a_call_after_a_comma_goes_on_with_the_subject_before(string text, string verb, string source, string target)
    {
        var e = Assert.Single(Events(text), e => e.Code.StartsWith("02", StringComparison.Ordinal));
        // the trigger's span may or may not take the و in
        Assert.EndsWith(verb[1..], text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // an accusation the same way, the charge after the name with ب
    [InlineData("وانتقدت حركة حماس القرار، واتهمت الولايات المتحدة بالانحياز الى الاحتلال", "واتهمت", "e11", "e12")]
    [InlineData("ونفى حسين البياتي التصريحات، واتهم الحكومة الاتحادية بتضليل الرأي العام", "واتهم", "e4", "e5")]
    public void test_an_accusation_after_a_comma_goes_on_with_the_subject_before(string text, string verb, string source, string target)
    {
        var e = Assert.Single(Events(text), e => e.Code == "112");
        Assert.EndsWith(verb[1..], text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a masculine subject before a feminine verb: another caller (and she calls on no one here)
    [InlineData("ودان حسين البياتي الهجوم، ودعت الامم المتحدة الى التهدئة")]
    // no act told before the comma
    [InlineData("وفي بغداد، ودعت الحكومة العراقية الى التهدئة")]
    // the name is followed by neither الى nor ب: no call on it
    [InlineData("ودانت وزارة الخارجية الامريكية الهجوم، ودعت الحكومة العراقية في بيان منفصل الى التهدئة")]
    // an accusation is made with ب, not الى
    [InlineData("ودانت وزارة الخارجية الامريكية الهجوم، واتهمت الحكومة العراقية الى جانب ذلك")]
    public void test_a_call_that_does_not_agree_or_has_no_act_before_calls_on_no_name(string text)
    {
        Assert.DoesNotContain(Events(text), e => (e.Code.StartsWith("02", StringComparison.Ordinal) || e.Code == "112") && e.Target?.EntityId is "e2" or "e3");
    }
}
