using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty-five's event pass (the blind ev48- stories: an attack on the PMF in Diyala, a march of jobless graduates in
/// Kasserine, Syrian refugees leaving Arsal). Stones thrown at police told before the verb by a dual subject (اصيب عونان
/// بجروح اثر رشقهما بالحجارة) are a riot, as with the accusative dual; a deportation told by its noun with those sent away
/// counted right after it (اعلن الامن العام ترحيل 37 سوريا) is done, by whom announced it, as an arrest told by توقيف is;
/// a date after an accord's participle and the parties it was signed with (الاتفاق الموقع مع ايران عام 2015, الاتفاق الممضى
/// مع المعطلين في جانفي الماضي) dates the accord, not the accusation of breaking it; what a court or an arbiter ruled was
/// done (قضت غرفة التجارة الدولية بان انقرة انتهكت الاتفاقية) is its finding, no act told as news.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftyFiveTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Bodies =
    [
        ("e1", EntityType.ORG, "الامن العام", "LBNCOP"), ("e2", EntityType.ORG, "وزارة الداخلية", "GOV"),
        ("e5", EntityType.ORG, "السلطات التركية", "TURGOV"),
    ];

    [Theory]
    // police told by a dual subject before the verb, its object pronoun pointing back to them
    [InlineData("وتفرق المحتجون فيما اصيب عونان بجروح طفيفة اثر رشقهما بالحجارة")]
    [InlineData("واصيب شرطيان بجروح اثر رشقهما بالحجارة من قبل عشرات الشبان")]
    [InlineData("وجرح دركيان في المواجهات اثر رشقهما بالحجارة")]
    // guard: the accusative dual, as before
    [InlineData("واصيب عونين من الحرس الوطني اثر رشقهما بالحجارة")]
    public void test_stones_thrown_at_police_told_by_a_dual_subject(string text)
    {
        var e = Assert.Single(Events(Named(text, Bodies)), e => e.Code == "145");
        Assert.Equal("رشقهما", text[e.Start..e.End]);
    }

    [Theory]
    // passers-by or a car stoned are no riot of a protest
    [InlineData("واصيب مواطنان بجروح اثر رشقهما بالحجارة")]
    [InlineData("واصيب سائقان بجروح طفيفة اثر رشق حافلتهما بالحجارة")]
    public void test_stones_thrown_at_others_are_no_riot(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Bodies)), e => e.Code == "145");
    }

    [Theory]
    // a deportation told by its noun, with those sent away counted right after it, is done by whom announced it
    [InlineData("من جهة ثانية، اعلن الامن العام في بيان ترحيل 37 سوريا دخلوا البلاد خلسة", "e1")]
    [InlineData("واعلنت وزارة الداخلية ترحيل 120 مهاجرا غير نظامي الى بلدانهم", "e2")]
    [InlineData("واعلنت السلطات التركية، في بيان، ترحيل 215 مهاجرا ضبطوا في اسطنبول", "e5")]
    public void test_a_deportation_told_by_its_noun_with_a_count(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Bodies)), e => e.Code == "174");
        Assert.Equal("ترحيل", text[e.Start..e.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // with no count, or with things counted, the noun tells no deportation: a call, a warning, a topic
    [InlineData("ودعا النائب الى ترحيل اللاجئين السوريين الى بلادهم")]
    [InlineData("وحذرت المنظمة من ترحيل اللاجئين قسرا")]
    [InlineData("واعلنت وزارة الداخلية ترحيل 12 سيارة مهربة الى المستودعات")]
    public void test_a_deportation_noun_with_no_people_counted_is_no_event(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Bodies)), e => e.Code == "174");
    }

    private static readonly (string, EntityType, string, string?)[] Accusers =
    [
        ("e1", EntityType.PER, "محمد الصادق العبيدي", "TUNLAB"), ("e2", EntityType.ORG, "وزارة التشغيل", "TUNGOV"),
        ("e3", EntityType.LOC, "واشنطن", "USA"), ("e4", EntityType.LOC, "طهران", "IRN"),
    ];

    // The documents below are dated 2016-07-15 (Docs.WithActors): 2015 and January 2016 are over long before.
    private static IReadOnlyList<Event> TimedEvents(string text) => Events(new TimeStage().Process(Named(text, Accusers)));

    [Theory]
    // the date of an accord told past the parties it was signed with or between, after its participle (الممضى too)
    [InlineData("واتهم محمد الصادق العبيدي وزارة التشغيل بالتنصل من الاتفاق الممضى مع المعطلين في جانفي الماضي", "e1", "e2")]
    [InlineData("واتهم محمد الصادق العبيدي وزارة التشغيل بخرق الاتفاق الموقع مع النقابة عام 2015", "e1", "e2")]
    [InlineData("واتهمت طهران واشنطن بانتهاك الاتفاق النووي المبرم بين ايران والقوى الكبرى عام 2015", "e4", "e3")]
    // guard: the participle right before the date, as before
    [InlineData("واتهم محمد الصادق العبيدي وزارة التشغيل بخرق الاتفاق الممضى في جانفي الماضي", "e1", "e2")]
    public void test_a_date_of_an_accord_past_its_parties_is_no_history(string text, string source, string target)
    {
        var e = Assert.Single(TimedEvents(text), e => e.Code == "112");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // the accusation itself dated long before stays history; so does an act dated past a mark after the parties
    [InlineData("واتهم محمد الصادق العبيدي في جانفي الماضي وزارة التشغيل بالتنصل من الاتفاق")]
    [InlineData("واتهم محمد الصادق العبيدي وزارة التشغيل عام 2015 بالتنصل من الاتفاق الموقع مع النقابة")]
    [InlineData("واتهمت طهران واشنطن بانتهاك الاتفاق الموقع مع ايران، عام 2015")]
    public void test_an_accusation_dated_long_before_stays_history(string text)
    {
        Assert.DoesNotContain(TimedEvents(text), e => e.Code == "112");
    }

    private static readonly (string, EntityType, string, string?)[] Parties =
    [
        ("e1", EntityType.LOC, "انقرة", "TUR"), ("e2", EntityType.ORG, "الحكومة العراقية", "IRQGOV"),
        ("e3", EntityType.ORG, "غرفة التجارة الدولية", "IGO"),
    ];

    [Theory]
    // what a court or an arbiter ruled was done is its finding, no act told as news
    [InlineData("وكانت غرفة التجارة الدولية قد قضت بان انقرة انتهكت اتفاقية خط الانابيب")]
    [InlineData("وقضت غرفة التجارة الدولية في باريس بان انقرة انتهكت الاتفاقية")]
    [InlineData("وحكمت المحكمة الدولية بانها انتهكت الاتفاقية")]
    public void test_an_act_a_court_ruled_is_no_event(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Parties)), e => e.Code == "128");
    }

    [Theory]
    // guard: the same act said by a government stays its own report
    [InlineData("وقالت الحكومة العراقية بان انقرة انتهكت اتفاقية خط الانابيب")]
    [InlineData("واكدت الحكومة العراقية ان انقرة انتهكت الاتفاقية")]
    public void test_an_act_said_by_a_government_stays_an_event(string text)
    {
        Assert.Contains(Events(Named(text, Parties)), e => e.Code == "128");
    }
}
