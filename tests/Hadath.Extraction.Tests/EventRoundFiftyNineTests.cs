using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty-nine's event pass (the blind ev52- stories: an attack on a checkpoint near Hit, contract teachers' march in
/// Rabat, an ambush in Arish). An exchange of fire told with its subject or the other side's pronoun between the verb and
/// اطلاق النار (وتبادلت معهم عناصر الحراسة اطلاق النار), or with a present form (قبل ان تتبادل …, يتبادلون), is a fight
/// (190); words traded over a ceasefire or about the firing are none. A country's air force or navy named by the definite
/// القوة, its arm's adjective and the nationality (طائرات القوة الجوية الاردنية) is a body, as سلاح الجو التركي is. A bare
/// title before a definite plural (كما زار الوزير المصابين) is the one titled person named before: the plural is the verb's
/// object, no adjective of one person. Tomorrow with its weekday (غدا الخميس, غد الجمعة, يوم غد الخميس) is one time, that
/// day, whichever week the bare weekday would be read in.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftyNineTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    // the exchange verb with its subject or the other side's pronoun before اطلاق النار, past and present
    [InlineData("وتبادلت معهم قوات الامن اطلاق النار لاكثر من ساعتين في محيط المبنى", "تبادلت")]
    [InlineData("وتبادلت قوات الحرس الحدودي اطلاق النار مع المهربين قرب السياج", "تبادلت")]
    [InlineData("اقتحم مسلحون مخفرا للشرطة قبل ان تتبادل معهم عناصر الحراسة اطلاق النار", "تتبادل")]
    [InlineData("ولا يزال الجنود يتبادلون مع المسلحين اطلاق النار في الحي القديم", "يتبادلون")]
    public void test_an_exchange_of_fire_past_its_subject_is_a_fight(string text, string verb)
    {
        var events = Events(Docs.Tokenized(text));
        Assert.Contains(events, e => e.Code == "190" && text[e.Span.Start..e.Span.End] == verb);
    }

    [Theory]
    // guard: the adjacent form as before
    [InlineData("وقال المصدر ان القوات تبادلت إطلاق النار مع المسلحين", "تبادلت إطلاق النار")]
    public void test_an_exchange_of_fire_told_at_once_as_before(string text, string span)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), e => e.Code == "190");
        Assert.Equal(span, text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    // guard: words traded over a ceasefire or about the firing, and prisoners exchanged, are no fight
    [InlineData("وتبادلت الاطراف الاتهامات بخرق وقف اطلاق النار في المدينة")]
    [InlineData("وتبادلت الحكومتان الاتهامات حول اطلاق النار على الحدود")]
    [InlineData("وتبادلت الدولتان الاسرى بوساطة من الصليب الاحمر")]
    public void test_words_traded_over_the_firing_are_no_fight(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    private static string[] Names(string text) =>
        new NameRecoveryStage().Process(Docs.Tokenized(text)).Entities
            .SelectMany(e => e.Mentions.Select(m => $"{e.Type} {text[m.Start..m.End]}")).ToArray();

    [Theory]
    // the definite القوة, an arm's adjective and the nationality: a country's air force or navy
    [InlineData("وقصفت طائرات القوة الجوية العراقية مخازن للسلاح قرب الحدود", "ORG القوة الجوية العراقية")]
    [InlineData("واعلنت القوة البحرية الليبية انقاذ مئة مهاجر", "ORG القوة البحرية الليبية")]
    [InlineData("وشنت القوة الجوية الاردنية غارات على مواقع المهربين", "ORG القوة الجوية الاردنية")]
    public void test_an_air_force_named_by_its_definite_noun_is_a_body(string text, string expected)
    {
        Assert.Contains(expected, Names(text));
    }

    [Theory]
    // guard: an air force with no nationality, and a country's power that is no arm, are no names
    [InlineData("وقصفت طائرات القوة الجوية مخازن للسلاح قرب الحدود", "القوة")]
    [InlineData("وحذر من استخدام القوة العسكرية الروسية في المنطقة", "القوة")]
    public void test_no_air_force_without_its_arm_and_nationality(string text, string word)
    {
        Assert.DoesNotContain(Names(text), n => n.Contains(word, StringComparison.Ordinal));
    }

    private static string[] Mentions(string text, string name) =>
        new ActorStage().Process(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, name, name)).Entities
            .Single(e => e.Id == "e1").Mentions.Select(m => text[m.Start..m.End]).ToArray();

    [Theory]
    // a bare title before a definite plural, the verb's object: the one titled person named before
    [InlineData("وتفقد وزير الداخلية كريم ناصر موقع الانفجار. كما زار الوزير المصابين في المستشفى.", "كريم ناصر", "الوزير")]
    [InlineData("وصل رئيس الجمهورية احمد سالم الى المدينة. واستقبل الرئيس المشاركين في المؤتمر.", "احمد سالم", "الرئيس")]
    [InlineData("ووصل وزير الصحة سامي حداد الى المخيم. وتفقد الوزير العيادات المتنقلة هناك.", "سامي حداد", "الوزير")]
    public void test_a_bare_title_before_a_plural_object_is_the_titled_person(string text, string name, string title)
    {
        Assert.Equal(new[] { name, title }, Mentions(text, name));
    }

    [Theory]
    // guard: a title that goes on with its adjective is someone else's (الوزير الجديد, الوزير المعين)
    [InlineData("وتفقد وزير الداخلية كريم ناصر موقع الانفجار. وقال الوزير الجديد ان الوضع مستقر.", "كريم ناصر")]
    [InlineData("وتفقد وزير الداخلية كريم ناصر موقع الانفجار. وزار الوزير المعين المدينة.", "كريم ناصر")]
    public void test_a_title_with_its_adjective_is_someone_elses(string text, string name)
    {
        Assert.Equal(new[] { name }, Mentions(text, name));
    }

    private static (string Text, string Value)[] Times(string text, string date) =>
        new TimeStage().Process(Docs.Tokenized(text, date)).Times.Select(t => (text[t.Span.Start..t.Span.End], t.Value)).ToArray();

    [Theory]
    // tomorrow and its weekday: one time, tomorrow's date (the story is dated Wednesday 2026-04-15)
    [InlineData("ومن المنتظر ان يصل الوفد غدا الخميس الى العاصمة", "غدا الخميس")]
    [InlineData("وقالت اللجنة انها ستجتمع غداً الخميس لبحث الملف", "غداً الخميس")]
    [InlineData("وتشيع جنازة الضحايا عصر غد الخميس في مسقط رأسهم", "غد الخميس")]
    [InlineData("ويعقد المجلس جلسة طارئة يوم غد الخميس", "يوم غد الخميس")]
    [InlineData("ويعقد المجلس جلسة طارئة يوم غد الخميس 16 ابريل", "يوم غد الخميس 16 ابريل")]
    public void test_tomorrow_with_its_weekday_is_one_time(string text, string expected)
    {
        Assert.Equal(new[] { (expected, "2026-04-16") }, Times(text, "2026-04-15"));
    }

    [Theory]
    // guard: today and yesterday with their weekday, as before; a weekday that is not tomorrow's stays apart
    [InlineData("وقال الوزير اليوم الاربعاء ان الحوار مستمر", "اليوم الاربعاء", "2026-04-15")]
    [InlineData("والتقى الوفد امس الثلاثاء بممثلي النقابات", "امس الثلاثاء", "2026-04-14")]
    public void test_today_and_yesterday_with_their_weekday_as_before(string text, string expected, string value)
    {
        Assert.Equal(new[] { (expected, value) }, Times(text, "2026-04-15"));
    }

    [Fact]
    public void test_a_weekday_after_tomorrow_that_is_not_tomorrows_stays_apart()
    {
        var times = Times("وسيصل الوفد غدا السبت الى المدينة", "2026-04-15");
        Assert.Equal(2, times.Length);
        Assert.Equal(("غدا", "2026-04-16"), times[0]);
    }
}
