using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round eighteen: the sides of an act. A country or city named as the object of an act of force is what it struck
/// (its target), while one after في or ب stays where it happened. Sentences written for these tests, none from a
/// story or a data set.
/// </summary>
public sealed class EventRoundEighteenTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    private static readonly (string Id, EntityType Type, string Surface, string? Actor)[] Places =
    [
        ("e1", EntityType.LOC, "سوريا", "SYR"), ("e2", EntityType.LOC, "تركيا", "TUR"), ("e3", EntityType.LOC, "حلب", "SYR"),
        ("e4", EntityType.ORG, "القوات العراقية", "IRQMIL"), ("e5", EntityType.ORG, "الجيش التركي", "TURMIL"),
        ("e6", EntityType.ORG, "الحكومة العراقية", "IRQGOV"),
    ];

    private static AnalyzedDocument Doc(string text) =>
        Docs.WithActors(text, Places.Where(n => text.Contains(n.Surface, StringComparison.Ordinal)).ToArray());

    /// <summary>Asserts both sides exactly: the entity standing for each, or the words naming it when none does.</summary>
    private static void AssertSides(string text, Event e, string? source, string? sourceWords, string? target, string? targetWords)
    {
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(sourceWords, Docs.ArgumentWords(text, e.Source));
        Assert.Equal(target, e.Target?.EntityId);
        Assert.Equal(targetWords, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("واستهدفت الغارات الاسرائيلية سوريا الليلة الماضية", "استهدفت", null, null, "e1", null)]
    [InlineData("وقصف الجيش التركي حلب امس بالمدفعية", "قصف", "e5", null, "e3", null)]
    [InlineData("وقصف الجيش التركي امس حلب بالمدفعية", "قصف", "e5", null, "e3", null)]
    [InlineData("وهاجمت القوات العراقية تركيا", "هاجمت", "e4", null, "e2", null)]
    public void test_a_country_or_city_named_as_the_object_of_an_act_of_force_is_its_target(string text, string verb, string? source, string? sourceWords, string target, string? targetWords)
    {
        var e = Assert.Single(Events(Doc(text)), x => text[x.Span.Start..x.Span.End] == verb);
        AssertSides(text, e, source, sourceWords, target, targetWords);
    }

    [Theory]
    // في حلب, بحلب: where it happened.
    [InlineData("وقصف الجيش التركي مواقع في حلب امس", "قصف", "e5", null, null, "مواقع")]
    [InlineData("وقصف الجيش التركي مواقع بحلب امس", "قصف", "e5", null, null, "مواقع بحلب")]
    // شمالي سوريا: a place told by its bearing.
    [InlineData("واعتقلت القوات العراقية شمالي سوريا خمسة مسلحين", "اعتقلت", "e4", null, null, null)]
    public void test_a_place_after_fi_or_bi_a_bearing_or_a_construct_noun_is_not_the_target(string text, string verb, string? source, string? sourceWords, string? target, string? targetWords)
    {
        var e = Assert.Single(Events(Doc(text)), x => text[x.Span.Start..x.Span.End] == verb);
        AssertSides(text, e, source, sourceWords, target, targetWords);
    }

    /// <summary>
    /// شرطة حلب: the place completes the subject's construct, so it is no target. The source is the police told by the
    /// phrase lexicon (شرطة, COP), its span taking the city it serves (as the story gold annotates شرطة الانبار whole).
    /// </summary>
    [Fact]
    public void test_a_place_completing_the_subjects_construct_is_not_the_target()
    {
        const string text = "واعتقلت شرطة حلب خمسة مسلحين";
        var e = Assert.Single(Events(Doc(text)), x => x.Code == "173");
        Assert.Null(e.Source?.EntityId);
        Assert.Equal("شرطة حلب", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("COP", e.Source?.Actor);
        Assert.Null(e.Target?.EntityId);
    }

    /// <summary>
    /// The title with only a nationality names no one: the source is the office, told by its words (round fifty-one: the
    /// state's government acting), and the country after it is the target.
    /// </summary>
    [Theory]
    [InlineData("واتهم الرئيس الفرنسي تركيا بدعم المسلحين", "e2", "الرئيس الفرنسي")]
    [InlineData("ودان الرئيس العراقي سوريا", "e1", "الرئيس العراقي")]
    public void test_a_country_named_bare_after_an_unnamed_definite_subject_is_the_object(string text, string target, string office)
    {
        var e = Assert.Single(Events(Doc(text)));
        AssertSides(text, e, null, office, target, null);
    }

    [Theory]
    // الليلة الماضية, الاسبوع الماضي: a definite time phrase between the verb and the country is no definite subject.
    [InlineData("وقصفت الليلة الماضية تركيا مواقع في حلب", "قصفت", "e2", null, null, "مواقع")]
    [InlineData("واتهمت الاسبوع الماضي تركيا سوريا بدعم المسلحين", "اتهمت", "e2", null, "e1", null)]
    public void test_a_country_after_a_definite_time_phrase_is_the_source(string text, string verb, string source, string? sourceWords, string? target, string? targetWords)
    {
        var e = Assert.Single(Events(Doc(text)), x => text[x.Span.Start..x.Span.End] == verb);
        AssertSides(text, e, source, sourceWords, target, targetWords);
    }

    [Fact]
    public void test_a_country_acting_before_its_object_is_the_source_not_the_target()
    {
        const string text = "واعتقلت تركيا عشرين شخصا في حلب";
        var e = Assert.Single(Events(Doc(text)), x => x.Code == "173");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.NotEqual("e2", e.Target?.EntityId);
    }
}

/// <summary>
/// Round eighteen: an officer named after the body in his title and its portfolio (المفوض السامي للامم المتحدة لشؤون
/// اللاجئين X) is whom a meeting was with, not the body.
/// </summary>
public sealed class EventRoundEighteenHolderTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    private static readonly (string Id, EntityType Type, string Surface, string? Actor)[] Names =
    [
        ("e1", EntityType.PER, "ميشال عون", "LBNGOV"), ("e2", EntityType.ORG, "للامم المتحدة", "IGOUNO"), ("e3", EntityType.PER, "فيليبو غراندي", null),
        ("e4", EntityType.ORG, "الامم المتحدة", "IGOUNO"),
    ];

    private static AnalyzedDocument Doc(string text) =>
        Docs.WithActors(text, Names.Where(n => text.Contains(n.Surface, StringComparison.Ordinal)).ToArray());

    [Theory]
    [InlineData("واستقبل الرئيس اللبناني ميشال عون المفوض السامي للامم المتحدة لشؤون اللاجئين فيليبو غراندي في بعبدا", "استقبل")]
    [InlineData("وطالب الرئيس اللبناني ميشال عون خلال لقائه المفوض السامي للامم المتحدة لشؤون اللاجئين فيليبو غراندي بدعم العودة", "لقائه")]
    // والطوارئ: a second word of the portfolio.
    [InlineData("واستقبل الرئيس اللبناني ميشال عون المفوض السامي للامم المتحدة لشؤون الاغاثة والطوارئ فيليبو غراندي", "استقبل")]
    // الممثل الخاص: the office noun with its article.
    [InlineData("واستقبل الرئيس اللبناني ميشال عون الممثل الخاص للامم المتحدة فيليبو غراندي في بعبدا", "استقبل")]
    // للشؤون الانسانية: a portfolio told with its article and an adjective.
    [InlineData("واستقبل الرئيس اللبناني ميشال عون منسق الامم المتحدة للشؤون الانسانية فيليبو غراندي في بعبدا", "استقبل")]
    public void test_the_officer_named_after_a_body_and_its_portfolio_is_whom_the_meeting_was_with(string text, string trigger)
    {
        var e = Assert.Single(Events(Doc(text)), x => text[x.Span.Start..x.Span.End] == trigger);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }
}

/// <summary>Round eighteen: a protest made before or toward a state's embassy is against that state; one before a local office is only there.</summary>
public sealed class EventRoundEighteenSeatTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وتظاهر مئات الطلاب امس امام السفارة التونسية في صنعاء", "السفارة التونسية", "TUNGOV")]
    [InlineData("وسار آلاف المتظاهرين نحو السفارة التونسية", "السفارة التونسية", "TUNGOV")]
    [InlineData("ونظم عشرات الطلاب وقفة احتجاجية امام مقر السفارة الفرنسية للمطالبة بالتأشيرات", "السفارة الفرنسية", "FRAGOV")]
    [InlineData("وسار آلاف المتظاهرين الى السفارة التونسية", "السفارة التونسية", "TUNGOV")]
    // الى الساحة: a first place that is no embassy does not hide the embassy after it.
    [InlineData("وسار آلاف المتظاهرين الى الساحة امام السفارة التونسية", "السفارة التونسية", "TUNGOV")]
    // الاحد: the day after the embassy is when, no word of whose it is.
    [InlineData("وتظاهر مئات الطلاب امام السفارة التونسية الاحد", "السفارة التونسية", "TUNGOV")]
    public void test_a_protest_before_a_states_embassy_is_against_that_state(string text, string target, string country)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Plover == "PROTEST");
        Assert.Equal(target, Docs.ArgumentWords(text, e.Target));
        Assert.Equal(country, e.Target?.Actor);
    }

    [Theory]
    [InlineData("وتظاهر مئات الطلاب امام منازلهم في صنعاء")]
    [InlineData("وتظاهر مئات الطلاب امام الجامعة")]
    public void test_a_protest_before_a_place_that_is_no_seat_has_no_target(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Plover == "PROTEST");
        Assert.Null(e.Target);
    }

    [Theory]
    [InlineData("وتظاهر مئات الطلاب امام السفارة التونسية ضد الحكومة")]
    [InlineData("وتظاهر مئات الطلاب امام السفارة التونسية احتجاجا على سياسات الحكومة")]
    public void test_a_protest_that_says_whom_it_is_against_keeps_that_target_over_the_embassy(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Plover == "PROTEST");
        Assert.Equal("الحكومة", Docs.ArgumentWords(text, e.Target));
        Assert.Equal("GOV", e.Target?.Actor);
    }

    [Fact]
    public void test_a_protest_before_a_local_office_has_no_target()
    {
        const string text = "ونظم عشرات المعلمين وقفة احتجاجية امام مقر وزارة التربية للمطالبة بزيادة الاجور";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة التربية"))), x => x.Plover == "PROTEST");
        Assert.Null(e.Target);
    }
}

/// <summary>Round eighteen: a counterpart whose name the tagger missed (نظيره الاثيوبي X) is the target, coded by his nationality.</summary>
public sealed class EventRoundEighteenCounterpartTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("واستقبل وزير الخارجية سامح شكري الثلاثاء نظيره الاثيوبي ورقنه جبيهو لبحث العلاقات", "نظيره الاثيوبي ورقنه جبيهو", "ETHGOV")]
    [InlineData("والتقى وزير الخارجية سامح شكري نظيره الاردني في القاهرة", "نظيره الاردني", "JORGOV")]
    public void test_a_counterpart_the_tagger_missed_is_the_target_coded_by_his_nationality(string text, string target, string code)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "سامح شكري", "EGYGOV"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal(target, Docs.ArgumentWords(text, e.Target));
        Assert.Equal(code, e.Target?.Actor);
    }

    [Fact]
    public void test_a_named_counterpart_stays_the_entity()
    {
        const string text = "واستقبل وزير الخارجية سامح شكري نظيره الاردني ايمن الصفدي";
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "سامح شكري", "EGYGOV"), ("e2", EntityType.PER, "ايمن الصفدي", "JORGOV"));
        Assert.Equal("e2", Assert.Single(Events(doc)).Target?.EntityId);
    }
}
