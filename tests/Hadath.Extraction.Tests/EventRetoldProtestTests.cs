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

/// <summary>
/// An unnamed member of a body told right after the verb (ودعا القيادي في حركة النهضة حكومة الشاهد الى, واتهم عضو في
/// حركة حماس اسرائيل): he acts for the body, and the name after the body is the object. Sentences written for these tests.
/// </summary>
public sealed class EventUnnamedMemberTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("واتهم القيادي في حزب الله اسرائيل بخرق الاتفاق", "حزب الله", "LBNREB", "اسرائيل", "ISR", "112")]
    [InlineData("واتهم عضو في حركة حماس اسرائيل بخرق التهدئة", "حركة حماس", "PSEREB", "اسرائيل", "ISR", "112")]
    [InlineData("ودعا القيادي في حركة النهضة الحكومة التونسية الى فتح تحقيق", "حركة النهضة", "TUNPTY", "الحكومة التونسية", "TUNGOV", "020")]
    public void test_an_unnamed_member_acts_for_his_body(string text, string body, string bodyCode, string target, string targetCode, string code)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, body, bodyCode), ("e2", target.Contains(' ') ? EntityType.ORG : EntityType.LOC, target, targetCode));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    // guard: a member named after the body is the subject himself
    public void test_a_named_member_is_the_subject()
    {
        const string text = "واتهم القيادي في حزب الله محمد رعد اسرائيل بخرق الاتفاق";
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "حزب الله", "LBNREB"), ("e2", EntityType.PER, "محمد رعد", "LBNREB"), ("e3", EntityType.LOC, "اسرائيل", "ISR"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }
}
