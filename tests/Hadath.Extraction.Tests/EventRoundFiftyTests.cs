using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty's event pass (the blind ev43- stories: a smuggling network broken up near Ben Guerdane, an Iraqi election
/// disputed in the streets, a Gaza truce mediated in Cairo). Goods seized told with the Maghreb's حجز (حجزت الوحدات كميات
/// من المحروقات), also past a day, a week or a month set off by commas (قد حجزت، الشهر الماضي، شاحنة), are a seizure, 171, and حجز with no goods (حجز المنتخب بطاقة التاهل) none; a day's afternoon set off by
/// commas (، بعد الظهر،) is an aside, so what was organised after it is still read; an assault verb whose subject is a
/// side's own craft or warplanes told by their kind (ان طائراته استهدفت, طائرات حربية اسرائيلية استهدفت) is an air strike,
/// 195; aid brought in told by its load (ادخل … شاحنات محملة) is aid, 07; a place the tagger read as a person with the word
/// before it ([زار بن قردان]) is the place. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftyTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Forces =
    [
        ("e1", EntityType.ORG, "الحرس الوطني", "TUNCOP"), ("e2", EntityType.ORG, "الديوانة", "TUNGOV"),
        ("e3", EntityType.ORG, "الاتحاد العام التونسي للشغل", "TUNLAB"), ("e4", EntityType.ORG, "الجيش الاسرائيلي", "ISRMIL"),
        ("e5", EntityType.ORG, "حركة حماس", "PSEREBHMS"), ("e6", EntityType.ORG, "الهلال الاحمر المصري", "EGYNGO"),
        ("e7", EntityType.LOC, "قطاع غزة", "PSE"), ("e8", EntityType.LOC, "السودان", "SDN"),
    ];

    [Theory]
    // goods seized told with حجز: a seizure by whoever seized them
    [InlineData("وحجزت وحدات الحرس الوطني كميات كبيرة من المحروقات المهربة", "حجزت", "e1")]
    [InlineData("وقال ان الحرس الوطني حجزت خلال العملية ثلاث شاحنات خفيفة", "حجزت", "e1")]
    [InlineData("كما حجزت الديوانة بضائع مهربة بقيمة مليون دينار", "حجزت", "e2")]
    [InlineData("وحجزت وحدات الحرس الوطني 200 علبة سجائر وكمية من الاسلحة", "حجزت", "e1")]
    // past a day, a week or a month set off by commas
    [InlineData("وكانت وحدات الحرس الوطني قد حجزت، الشهر الماضي، شاحنة محملة بالسجائر المهربة", "حجزت", "e1")]
    [InlineData("وكانت وحدات الحرس الوطني قد حجزت، الاسبوع الماضي، كميات من المحروقات", "حجزت", "e1")]
    [InlineData("وحجزت وحدات الحرس الوطني، صباح اليوم، ثلاث شاحنات محملة بالمحروقات", "حجزت", "e1")]
    public void test_goods_seized_told_with_hajz_are_a_seizure(string text, string verb, string source)
    {
        var e = Assert.Single(Events(Named(text, Forces)));
        Assert.Equal("171", e.Code);
        Assert.Equal(verb, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Null(e.Target);
    }

    [Theory]
    // حجز with no goods after it is booking or securing: no seizure
    [InlineData("وحجز المنتخب التونسي بطاقة التاهل الى النهائيات")]
    [InlineData("وحجزت الشركة مقاعد لموظفيها في الرحلة")]
    [InlineData("وحجز الفريق مكانه في الدور النهائي")]
    [InlineData("وكان الحرس الوطني قد حجز، الشهر الماضي، مكانا في الترتيب")]
    public void test_hajz_without_goods_is_no_seizure(string text)
    {
        Assert.Empty(Events(Named(text, Forces)));
    }

    [Theory]
    // a day's afternoon or morning set off by commas does not hide what was organised after it
    [InlineData("ونظم الاتحاد العام التونسي للشغل، بعد الظهر، مسيرة جابت الشارع الرئيسي")]
    [InlineData("ونظم الاتحاد العام التونسي للشغل، بعد ظهر اليوم، مسيرة جابت الشارع الرئيسي")]
    [InlineData("ونظم الاتحاد العام التونسي للشغل، قبل الظهر، وقفة احتجاجية امام مقر الولاية")]
    public void test_a_protest_organised_past_an_afternoon_aside(string text)
    {
        var e = Assert.Single(Events(Named(text, Forces)));
        Assert.Equal("141", e.Code);
        Assert.Equal("نظم", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e3", e.Source?.EntityId);
    }

    [Fact]
    public void test_an_afternoon_aside_before_no_protest_tells_none()
    {
        Assert.Empty(Events(Named("ونظم الاتحاد العام التونسي للشغل، بعد الظهر، ندوة حول الاقتصاد", Forces)));
    }

    [Theory]
    // a side's own craft or warplanes told by their kind as the subject before the assault verb: an air strike
    [InlineData("وقال الجيش الاسرائيلي في بيان ان طائراته استهدفت بنى تحتية لحركة حماس", "e4")]
    [InlineData("واعلن الجيش الاسرائيلي ان مقاتلاته استهدفت مواقع لحركة حماس", "e4")]
    [InlineData("وكانت طائرات حربية اسرائيلية استهدفت مواقع لحركة حماس", null)]
    public void test_own_or_war_craft_before_an_assault_make_it_an_air_strike(string text, string? source)
    {
        var e = Assert.Single(Events(Named(text, Forces)));
        Assert.Equal("195", e.Code);
        Assert.Equal("استهدفت", text[e.Start..e.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal("e5", e.Target?.EntityId);
    }

    [Theory]
    // the side's own forces or a bare noun before it: an assault still
    [InlineData("وقال الجيش الاسرائيلي ان قواته استهدفت مواقع لحركة حماس")]
    [InlineData("وقال الجيش الاسرائيلي ان وحداته استهدفت مواقع لحركة حماس")]
    public void test_own_forces_before_an_assault_keep_it_on_the_ground(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Forces)), e => e.Code == "195");
    }

    [Theory]
    // aid brought in told by its load
    [InlineData("وادخل الهلال الاحمر المصري عشرات الشاحنات المحملة بالمساعدات الانسانية الى قطاع غزة", "e6", "e7")]
    [InlineData("وادخل الهلال الاحمر المصري الى قطاع غزة 40 شاحنة محملة بالاغذية والادوية", "e6", "e7")]
    [InlineData("وادخل الهلال الاحمر المصري شاحنتين محملتين بالوقود الى السودان", "e6", "e8")]
    public void test_trucks_brought_in_laden_are_aid(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Forces)), x => x.Code.StartsWith("07", StringComparison.Ordinal));
        Assert.Equal("ادخل", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // troops or a patient brought in are no aid
    [InlineData("وادخل الجيش الاسرائيلي دبابات الى قطاع غزة")]
    [InlineData("وادخل الهلال الاحمر المصري المريض الى المستشفى")]
    public void test_other_things_brought_in_are_no_aid(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Forces)), e => e.Code.StartsWith("07", StringComparison.Ordinal));
    }

    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    // a listed place of two words read as a person with the word before it: the place
    [InlineData("وكان الوزير قد زار بن قردان السبت", "زار بن قردان", "LOC بن قردان")]
    [InlineData("ورفع سكان بن قردان شعارات", "سكان بن قردان", "LOC بن قردان")]
    [InlineData("على الطريق الرابطة بين بن قردان والحدود", "بين بن قردان", "LOC بن قردان")]
    [InlineData("وتظاهر اهالي بن عروس امس", "اهالي بن عروس", "LOC بن عروس")]
    // a given name before it: a person named after the place
    [InlineData("وقال محمد بن قردان ان", "محمد بن قردان", "PER محمد بن قردان")]
    public void test_a_place_read_as_a_person_with_the_word_before_it(string text, string tagged, string expected)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, tagged, tagged));
        Assert.Contains(expected, Mentions(doc));
        Assert.DoesNotContain($"PER {tagged}", expected.StartsWith("LOC", StringComparison.Ordinal) ? Mentions(doc) : []);
    }

    [Theory]
    // bodies of Iraqi election news by their full names
    [InlineData("واعلنت المفوضية العليا المستقلة للانتخابات النتائج", "ORG المفوضية العليا المستقلة للانتخابات")]
    [InlineData("وقدم طعونا لدى الهيئة القضائية للانتخابات.", "ORG الهيئة القضائية للانتخابات")]
    [InlineData("ودعت بعثة الامم المتحدة لمساعدة العراق الاطراف", "ORG بعثة الامم المتحدة لمساعدة العراق")]
    public void test_iraqi_election_bodies_by_their_full_names(string text, string expected)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        Assert.Contains(expected, Mentions(doc));
    }

    [Theory]
    // bodies of the stories' news coded from Lexicons/organisations.tsv
    [InlineData("بعثة الأمم المتحدة لمساعدة العراق", "IGOUNO")]
    [InlineData("يونامي", "IGOUNO")]
    [InlineData("تحالف الاعمار والتنمية", "IRQPTY")]
    [InlineData("حزب تقدم", "IRQPTY")]
    public void test_bodies_of_the_round_are_coded(string name, string code)
    {
        Assert.Equal(code, Docs.BodyActor("وقالت " + name + " في بيان", name));
    }

    [Theory]
    // a call by an Iraqi list: an appeal by a coded body
    [InlineData("ودعت كتلة حزب تقدم الحكومة الى اعادة العد", "حزب تقدم")]
    [InlineData("ودعا تحالف الاعمار والتنمية القوى الخاسرة الى قبول النتائج", "تحالف الاعمار والتنمية")]
    public void test_a_call_by_a_coded_body_is_an_appeal(string text, string body)
    {
        var doc = new ActorStage().Process(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, body, body));
        var e = Assert.Single(Events(doc));
        Assert.Equal("020", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }
}
