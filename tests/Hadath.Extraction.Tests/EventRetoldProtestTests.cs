using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A protest the story has told, named again by its definite singular noun right after a verb of its course
/// (وانطلقت المسيرة من ساحة الشهداء, وجابت الوقفة): the same protest, no second event. Sentences written for these tests.
/// </summary>
public sealed class EventRetoldProtestTests
{
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(new CountStage().Process(Docs.Tokenized(text))).Events;

    [Theory]
    [InlineData("نفذ المعطلون عن العمل، صباح اليوم، مسيرة جابت شوارع المدينة. وانطلقت المسيرة من ساحة الشهداء وسط المدينة.")]
    [InlineData("نظم مئات المحتجين وقفة احتجاجية امام مقر الولاية. وانطلقت الوقفة عند العاشرة صباحا.")]
    [InlineData("خرج الالاف في مظاهرة حاشدة وسط العاصمة. وانطلقت المظاهرة من امام البرلمان.")]
    public void test_a_protest_told_again_by_its_definite_noun_is_one_event(string text) =>
        Assert.Single(Events(text), e => e.Plover == "PROTEST");

    [Theory]
    // guards: the first telling by a definite noun, an indefinite second protest, and who organised the one told
    [InlineData("وانطلقت المسيرة من ساحة الشهداء وسط المدينة للمطالبة بالتشغيل.", 1)]
    [InlineData("نفذ المعطلون عن العمل، صباح اليوم، مسيرة جابت شوارع المدينة. وانطلقت مسيرة اخرى في مدينة سبيطلة.", 2)]
    public void test_a_first_or_another_protest_is_its_own_event(string text, int count) =>
        Assert.Equal(count, Events(text).Count(e => e.Plover == "PROTEST"));
}
