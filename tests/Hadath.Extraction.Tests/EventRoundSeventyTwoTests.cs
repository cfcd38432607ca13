using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy-two's event pass (the blind ev65- stories: settlers near Nablus and a raid on Jenin, an operation against
/// ISIS remnants in Kirkuk and Diyala, a general strike announced in Tunis). A strike, sit-in or march dated to a day still
/// to come (اضراب عام يوم الاثنين المقبل، احتجاجا على) has not taken place: the reason after it tells what a plan protests,
/// no protest (CAMEO 14) of the day. A date to come told after the reason (قرار سيطبق الشهر المقبل) dates something else.
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
}
