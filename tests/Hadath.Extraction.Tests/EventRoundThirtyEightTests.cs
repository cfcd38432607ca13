using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round thirty-eight's event pass (the blind ev31- stories: shelling and air strikes in Darfur, a diplomatic row between
/// two states, football violence after a match). A state that recalls its own ambassador or expels another's diplomats
/// reduces relations (161); a foreign envoy summoned to the ministry is a formal protest (111). Sentences written for these
/// tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundThirtyEightTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    /// <summary>The text with the states it names (الجزائر, مالي, تونس) as entities.</summary>
    private static AnalyzedDocument TwoStates(string text) => Docs.WithActors(text,
        new[] { ("e1", EntityType.LOC, "الجزائر", (string?)"DZA"), ("e2", EntityType.LOC, "مالي", "MLI"), ("e3", EntityType.LOC, "تونس", "TUN") }
            .Where(e => text.Contains(e.Item3, StringComparison.Ordinal)).ToArray());

    [Theory]
    // the verb with or without و, the envoy's pronoun feminine or masculine, لدى or في before the host, the plural
    [InlineData("واستدعت الجزائر سفيرها لدى مالي للتشاور", "استدعت", "e1", "e2")]
    [InlineData("استدعت الجزائر، اليوم الثلاثاء، سفيرها لدى مالي للتشاور", "استدعت", "e1", "e2")]
    [InlineData("واستدعت مالي سفيرها في الجزائر للتشاور احتجاجا على التصريحات", "استدعت", "e2", "e1")]
    [InlineData("واستدعت مالي وتونس سفراءها من الجزائر للتشاور", "استدعت", "e2", "e1")]
    public void test_an_ambassador_recalled_by_his_own_state_reduces_relations(string text, string trigger, string source, string target)
    {
        var e = Assert.Single(Events(TwoStates(text)));
        Assert.Equal("161", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // the summoned envoy told by his title, by سفير with his state, or as the chargé d'affaires
    [InlineData("واستدعت وزارة الخارجية القائم بالاعمال في سفارة مالي بالجزائر", "e2")]
    [InlineData("واستدعت وزارة الخارجية السفير المالي لدى الجزائر وابلغته احتجاجها", null)]   // the place after لدى is the summoning state: no target
    [InlineData("واستدعت وزارة الخارجية سفير مالي لدى الجزائر", "e2")]
    public void test_a_foreign_envoy_summoned_is_a_formal_protest(string text, string? target)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "الجزائر", "DZA"), ("e2", EntityType.LOC, "مالي", "MLI"),
            ("e4", EntityType.ORG, "وزارة الخارجية", "GOV"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("111", e.Code);
        Assert.Equal("استدعت", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e4", e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a diplomat expelled by the verb or its verbal noun after a verb of deciding or announcing
    [InlineData("وطردت الجزائر الملحق العسكري في سفارة مالي", "طردت", "e1")]
    [InlineData("وقررت الجزائر طرد الملحق العسكري في سفارة مالي", "طرد", "e1")]
    [InlineData("واعلنت مالي طرد دبلوماسيين جزائريين اثنين خلال 72 ساعة", "طرد", "e2")]
    [InlineData("وطردت مالي السفير الجزائري من باماكو", "طردت", "e2")]
    public void test_diplomats_expelled_reduce_relations(string text, string trigger, string source)
    {
        var e = Assert.Single(Events(TwoStates(text)));
        Assert.Equal("161", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // a player sent off, a parcel of aid, a witness summoned, a state that calls for something: no diplomatic event
    [InlineData("وطرد الحكم لاعب مالي في الدقيقة الثمانين")]
    [InlineData("وقال الطبيب ان حالة المصابين تستدعي البقاء في المستشفى")]
    [InlineData("واستدعت النيابة في الجزائر الشاهد للادلاء بافادته")]
    [InlineData("ووصل سفير مالي الى الجزائر لتقديم اوراق اعتماده")]
    // expelling or recalling intended, with the intender named between: a plan, no act yet
    [InlineData("وتعتزم مالي طرد دبلوماسيين جزائريين اثنين")]
    [InlineData("وتنوي الجزائر استدعاء سفيرها لدى مالي")]
    public void test_other_summons_and_expulsions_are_no_diplomatic_event(string text)
    {
        Assert.DoesNotContain(Events(TwoStates(text)), e => e.Code is "161" or "111");
    }

    [Theory]
    // fans broken up after a match: by the verb, after تدخلت … ل, with their number, as the definite or indefinite plural
    [InlineData("وتدخلت قوات الامن لتفريق المشجعين الذين حاولوا اقتحام ارضية الملعب")]
    [InlineData("وفرقت الشرطة مئات المشجعين بالغاز المسيل للدموع عقب المباراة")]
    [InlineData("وفرقت الشرطة الجماهير الغاضبة امام الملعب بالقوة")]
    [InlineData("قبل ان تتدخل قوات الامن لتفريق مشجعين غاضبين امام الملعب")]
    public void test_fans_broken_up_are_a_dispersed_crowd(string text)
    {
        var e = Assert.Single(Events(Docs.WithActors(text)));
        Assert.Equal("175", e.Code);
        Assert.Null(e.Source?.EntityId);
    }

    [Theory]
    // fans who fill a stadium or travel are no crowd dispersed; teams (فرق) of fans are no dispersal
    [InlineData("وامتلأت المدرجات بالجماهير قبل انطلاق المباراة")]
    [InlineData("وتنقلت فرق المشجعين الى الملعب في حافلات")]
    public void test_fans_with_no_dispersal_are_no_event(string text)
    {
        Assert.Empty(Events(Docs.WithActors(text)));
    }

    [Theory]
    // the definite air force (الطيران) with its kind and its force after لل, or its nationality; the plain craft still work
    [InlineData("وشن الطيران الحربي للجيش السوداني غارات جوية على مواقع لقوات الدعم السريع شرقي المدينة", "للجيش السوداني")]
    [InlineData("وشن الطيران العسكري للجيش السوداني الاحد غارات على مواقع لقوات الدعم السريع", "للجيش السوداني")]
    [InlineData("وشنت طائرات حربية تابعة للجيش السوداني غارات على مواقع لقوات الدعم السريع", "للجيش السوداني")]
    public void test_the_air_force_of_an_army_named_after_li_launches_its_strikes(string text, string force)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "قوات الدعم السريع", "SDNREB"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("195", e.Code);
        Assert.Equal("e1", e.Target?.EntityId);
        Assert.Null(e.Source?.EntityId);
        Assert.EndsWith(force, Docs.ArgumentWords(text, e.Source));
        Assert.Equal("SDNMIL", e.Source?.Actor);
    }

    [Theory]
    // a fight going on since a month told with its two names and a year, since a month alone, since the start of a year
    [InlineData("وتدور منذ نيسان/ابريل 2023 معارك بين الجيش وقوات الدعم السريع", "معارك")]
    [InlineData("وتدور منذ ابريل الماضي معارك عنيفة بين الجيش وقوات الدعم السريع", "معارك")]
    [InlineData("ودارت منذ مطلع العام الماضي اشتباكات بين الجيش وقوات الدعم السريع", "اشتباكات")]
    public void test_a_fight_going_on_since_a_date_is_a_fight_between_its_sides(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش", "SDNMIL"), ("e2", EntityType.ORG, "قوات الدعم السريع", "SDNREB"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("190", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // talks going on since a date, and a fight noun with no onset verb before the date, are no fight told
    [InlineData("وتدور منذ نيسان/ابريل 2023 مفاوضات بين الجيش وقوات الدعم السريع")]
    [InlineData("وقال ان الحرب دمرت منذ نيسان/ابريل 2023 معارك الجيش وقوات الدعم السريع")]
    public void test_talks_or_no_onset_since_a_date_are_no_fight(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش", "SDNMIL"), ("e2", EntityType.ORG, "قوات الدعم السريع", "SDNREB"));
        Assert.DoesNotContain(Events(doc), e => e.Code == "190");
    }

    [Theory]
    // a side's leader after بقيادة or بزعامة is his side's, no side of his own
    [InlineData("وتدور منذ نيسان/ابريل 2023 معارك بين الجيش بقيادة عبد الفتاح البرهان وقوات الدعم السريع", "e1", "e2")]
    [InlineData("واندلعت اشتباكات بين الجيش بزعامة عبد الفتاح البرهان وقوات الدعم السريع", "e1", "e2")]
    public void test_a_sides_leader_after_biqiyada_is_no_side(string text, string source, string target)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش", "SDNMIL"), ("e2", EntityType.ORG, "قوات الدعم السريع", "SDNREB"),
            ("e3", EntityType.PER, "عبد الفتاح البرهان", "SDNMIL"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // forces told only by whom they serve (القوات الموالية لـ, التابعة لـ) are that body's side of the fight
    [InlineData("وتدور منذ ايام معارك عنيفة بين قوات المشير خليفة حفتر والقوات الموالية لحكومة الوفاق", "e4")]
    [InlineData("واندلعت اشتباكات عنيفة بين الجيش والقوات الموالية لحكومة الوفاق جنوبي المدينة", "e1")]
    public void test_forces_serving_a_body_are_its_side(string text, string source)
    {
        var doc = Docs.WithActors(text, new[] { ("e1", EntityType.ORG, "الجيش", (string?)"LBYMIL"), ("e2", EntityType.ORG, "حكومة الوفاق", "LBYGOV"),
            ("e4", EntityType.PER, "خليفة حفتر", "LBYMIL") }.Where(e => text.Contains(e.Item3, StringComparison.Ordinal)).ToArray());
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // an expulsion decided by the subject of an earlier verb past a comma, or announced by a subject between
    [InlineData("ودانت الجزائر التصريحات، وقررت طرد الملحق العسكري في سفارة مالي", "e1")]
    [InlineData("واعلنت الحكومة المالية طرد دبلوماسيين جزائريين اثنين", "e4")]
    public void test_an_act_decided_or_announced_is_its_deciders(string text, string source)
    {
        var doc = Docs.WithActors(text, new[] { ("e1", EntityType.LOC, "الجزائر", (string?)"DZA"), ("e2", EntityType.LOC, "مالي", "MLI"),
            ("e4", EntityType.ORG, "الحكومة المالية", "MLIGOV") }.Where(e => (" " + text + " ").Contains(" " + e.Item3 + " ", StringComparison.Ordinal)).ToArray());
        var e = Assert.Single(Events(doc), x => x.Code == "161" && text[x.Start..x.End] == "طرد");
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // where aid was handed out (past a town, a bearing or في) is no recipient; a place right after الى or على is
    [InlineData("ووزع برنامج الاغذية العالمي مساعدات غذائية على نحو 5000 نازح في بلدة طويلة غربي الفاشر", null)]
    [InlineData("ووزع برنامج الاغذية العالمي مساعدات غذائية على العائلات النازحة شمالي الفاشر", null)]
    [InlineData("وارسل برنامج الاغذية العالمي مساعدات الى الفاشر", "e1")]
    public void test_aid_goes_to_whom_it_is_given_not_where(string text, string? target)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "الفاشر", "SDN"), ("e2", EntityType.ORG, "برنامج الاغذية العالمي", "IGOWFP"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("07", StringComparison.Ordinal));
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }
}
