using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixty-two's event pass (the blind ev55- stories: an expulsion of Russian diplomats after a poisoning in England,
/// a tanker seized in the Strait of Hormuz, clashes in al-Fashaga). One man or woman taken, told by who they are (رجل
/// يبلغ من العمر 41 عاما, شاب يشتبه في, امراة تدعى), is an arrest as a counted crowd or a wanted man is: a single person
/// of a told age, suspicion or name is someone taken, where a bare رجل may be anyone; one taken during what is told
/// (اثناء توقيف شاب يبلغ) is its occasion, no arrest of its own. A feminine name right after a masculine و-verb of calling
/// past a comma (ودان الاتحاد الهجوم، ودعا روسيا الى) does not agree with it: it is whom the subject before calls on.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixtyTwoTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Police =
    [
        ("e1", EntityType.ORG, "الشرطة الهولندية", "NLDCOP"), ("e2", EntityType.ORG, "الشرطة الكندية", "CANCOP"),
        ("e3", EntityType.ORG, "وزارة الداخلية النمساوية", "AUTGOV"),
    ];

    [Theory]
    // one person taken, told by their age, a suspicion or a name right after the noun or the verb's object
    [InlineData("واعلنت الشرطة الهولندية اعتقال رجل يبلغ من العمر 36 عاما في محطة القطارات المركزية", "اعتقال", "e1")]
    [InlineData("واكدت الشرطة الكندية توقيف شاب يشتبه في تخطيطه لاعتداء على كنيس", "توقيف", "e2")]
    [InlineData("واعلنت وزارة الداخلية النمساوية اعتقال امراة تبلغ من العمر 29 عاما بعد مداهمة شقتها", "اعتقال", "e3")]
    [InlineData("واعتقلت الشرطة الهولندية رجلا يبلغ من العمر 52 عاما قرب الميناء", "اعتقلت", "e1")]
    [InlineData("واعلنت الشرطة الكندية اعتقال شاب سوري يبلغ 19 عاما في مونتريال", "اعتقال", "e2")]
    public void test_one_person_told_by_who_they_are_is_taken(string text, string trigger, string source)
    {
        var e = Assert.Single(Events(Named(text, Police)), e => e.Code == "173");
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // guard: a bare man, one told by where he stood, or things told after the noun are no one taken
    [InlineData("وانتقدت الشرطة الهولندية اعتقال رجل دون مذكرة قضائية")]
    [InlineData("وشهدت المدينة اعتقال رجل قرب مبنى البرلمان امس")]
    [InlineData("واعلنت الشرطة الكندية اعتقال 3 سيارات مسروقة يبلغ ثمنها مليون دولار")]
    [InlineData("ورفضت وزارة الداخلية النمساوية التعليق على اعتقال رجل الاعمال المعروف")]
    // guard: an arrest told as the occasion of something else
    [InlineData("وفتحت وزارة الداخلية النمساوية تحقيقا مع شرطيين اثنين بشبهة العنف اثناء توقيف شاب يبلغ من العمر 24 عاما")]
    public void test_a_bare_person_or_a_thing_is_no_arrest(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Police)), e => e.Code == "173");
    }

    private static readonly (string, EntityType, string, string?)[] Callers =
    [
        ("e4", EntityType.ORG, "الاتحاد الافريقي", "IGOAFU"), ("e5", EntityType.LOC, "فرنسا", "FRA"),
        ("e6", EntityType.ORG, "الامم المتحدة", "IGOUNO"), ("e7", EntityType.ORG, "الحكومة الاثيوبية", "ETHGOV"),
        ("e8", EntityType.LOC, "العراق", "IRQ"), ("e9", EntityType.PER, "جان دوبوا", "FRAGOV"),
    ];

    [Theory]
    // a masculine و-verb of calling past a comma, a feminine name right after it: whom the subject before calls on
    [InlineData("ودان الاتحاد الافريقي الهجوم بشدة، ودعا فرنسا الى فتح تحقيق مستقل", "e4", "e5")]
    [InlineData("وندد جان دوبوا بالقصف، ودعا الامم المتحدة الى التحرك العاجل", "e9", "e6")]
    [InlineData("كما دان الاتحاد الافريقي الاشتباكات، ودعا الحكومة الاثيوبية الى ضبط حدودها", "e4", "e7")]
    public void test_a_feminine_name_after_a_masculine_call_is_called_on(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Callers)), e => e.Code.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // guard: a feminine verb after a masculine subject may have a new caller, never read as called on (a masculine name
    // after a masculine verb, which agrees with the subject before, is called on: EventCallAfterCommaTests)
    [InlineData("ودان الاتحاد الافريقي الهجوم، ودعت فرنسا الى فتح تحقيق مستقل", "e5")]
    public void test_an_agreeing_name_after_a_call_is_not_called_on(string text, string name)
    {
        Assert.DoesNotContain(Events(Named(text, Callers)), e => e.Code.StartsWith("02", StringComparison.Ordinal) && e.Target?.EntityId == name);
    }
}
