using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy-two's event pass (the blind ev65- stories: settlers near Nablus and a raid on Jenin, an operation against
/// ISIS remnants in Kirkuk and Diyala, a general strike announced in Tunis). A strike, sit-in or march dated to a day still
/// to come (اضراب عام يوم الاثنين المقبل، احتجاجا على) has not taken place: the reason after it tells what a plan protests,
/// no protest (CAMEO 14) of the day. A date to come told after the reason (قرار سيطبق الشهر المقبل) dates something else.
/// Tear gas fired beside clashes told in the same sentence (اندلعت مواجهات …، اطلقت خلالها قوات X قنابل الغاز) is an act of
/// its own (175, by the force that fired it), not more words for the clash (190), as the older gold codes the two.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSeventyTwoTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Unions =
    [
        ("e1", EntityType.ORG, "نقابة عمال النقل", "TUNLAB"), ("e2", EntityType.ORG, "جامعة التعليم الثانوي", "TUNLAB"),
        ("e3", EntityType.LOC, "صفاقس", "TUN"),
    ];

    [Theory]
    // a protest act dated to a day to come, then its reason
    [InlineData("واعلنت نقابة عمال النقل عن تنفيذ اضراب عام في القطاع يوم الاثنين المقبل، احتجاجا على تجميد الاجور")]
    [InlineData("واعلنت جامعة التعليم الثانوي عن اضراب في المعاهد الاسبوع القادم احتجاجا على تأخر صرف المنح")]
    [InlineData("واقرت نقابة عمال النقل اضرابا بثلاثة ايام في صفاقس خلال الشهر المقبل احتجاجا على غلق الميناء")]
    public void test_a_protest_dated_to_a_day_to_come_gives_its_reason_no_event(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Unions)), e => e.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    // guard: a protest of the day, and a date to come after the reason (what is protested is to come, the strike is not)
    [InlineData("ونفذت نقابة عمال النقل اليوم اضرابا عاما في صفاقس احتجاجا على تجميد الاجور", "e1")]
    [InlineData("ونفذت جامعة التعليم الثانوي اضرابا في المعاهد احتجاجا على قرار سيطبق الشهر المقبل", "e2")]
    public void test_a_protest_of_the_day_keeps_its_event(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Unions)), e => e.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Forces =
    [
        ("e1", EntityType.ORG, "الجيش الاسرائيلي", "ISRMIL"), ("e2", EntityType.ORG, "الشرطة الجزائرية", "DZACOP"),
        ("e3", EntityType.LOC, "تيزي وزو", "DZA"),
    ];

    [Theory]
    // tear gas fired by a named force in a sentence that tells clashes first: its own event, by that force
    [InlineData("واندلعت مواجهات بين الشبان والجيش الاسرائيلي عند مدخل البلدة، واطلق الجيش الاسرائيلي قنابل الغاز المسيل للدموع على المواطنين", "e1")]
    [InlineData("واندلعت مواجهات عنيفة في تيزي وزو، اطلقت خلالها الشرطة الجزائرية الغاز المسيل للدموع على الشبان", "e2")]
    public void test_tear_gas_beside_clashes_is_an_act_of_its_own(string text, string source)
    {
        var events = Events(Named(text, Forces));
        Assert.Single(events, e => e.Code == "190");
        var gas = Assert.Single(events, e => e.Code == "175");
        Assert.Contains("الغاز", text[gas.Span.Start..gas.Span.End]);
        Assert.Equal(source, gas.Source?.EntityId);
    }

    [Theory]
    // guard: tear gas with no clash told, and clashes with no gas, stay one event each
    [InlineData("واطلقت الشرطة الجزائرية الغاز المسيل للدموع على المحتجين في تيزي وزو", "175", "e2")]
    [InlineData("واندلعت مواجهات بين الشرطة الجزائرية ومحتجين في تيزي وزو", "190", null)]
    public void test_tear_gas_alone_and_clashes_alone_stay_one_event(string text, string code, string? source)
    {
        var e = Assert.Single(Events(Named(text, Forces)), e => e.Code is "175" or "190");
        Assert.Equal(code, e.Code);
        if (source is not null) Assert.Equal(source, e.Source?.EntityId);
    }
}
