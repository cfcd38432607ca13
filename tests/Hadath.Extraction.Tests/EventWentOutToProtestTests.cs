using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// خرج with a crowd after it protested only when its clause says where or why the crowd went out (الى الشوارع, في مسيرة,
/// بتظاهرة, احتجاجا, للمطالبة): every خرج of a protest in the story gold says so, and a crowd that went out of poverty did
/// not protest (from a precision audit of the reference stories: خرج عشرات الملايين من دائرة الفقر was a protest).
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventWentOutToProtestTests
{
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(new CountStage().Process(Docs.WithActors(text))).Events;

    [Theory]
    [InlineData("وخرج الالاف من سكان المدينة الى الشوارع احتجاجا على غلاء الاسعار")]
    [InlineData("وخرج المئات من العمال، مساء امس، في مسيرة جابت شوارع المدينة")]
    [InlineData("خرج مئات الطلاب بتظاهرة امام مبنى الوزارة")]
    [InlineData("وخرج الالاف للمطالبة برحيل الحكومة")]
    public void test_a_crowd_that_went_out_to_the_streets_or_in_a_march_protested(string text)
    {
        var e = Assert.Single(Events(text), e => e.Code == "141");
        Assert.Equal("خرج", text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    [InlineData("وخرج الملايين من دائرة الفقر بفضل برامج الحكومة")]
    [InlineData("وخرج الالاف من المستشفى بعد تلقي العلاج")]
    public void test_a_crowd_that_went_out_of_something_did_not_protest(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Plover == "PROTEST");
    }
}
