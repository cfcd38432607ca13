using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty-six's event pass (the blind ev49- stories: a ship taken off Hodeidah, an attack in Tillaberi with Sudan's
/// fighting beside it, a raid and a hunger strike in Nablus). A seizing verb whose subject is followed by a day set off
/// by commas (استولى X، فجر اليوم الاربعاء، على سفينة) still takes what follows على; a fight whose onset verb is followed by
/// its day (اندلعت امس الاثنين معارك بين X و Y) still broke out; an attack ascribed to a group (هجوم نسبته السلطات الى X)
/// is that group's; the chief of a side's negotiators named after his title (كبير مفاوضي الحوثيين X) is whom a meeting was with;
/// settlers are civilians (CVL, as Phoenix files them) whose attack on a village or a town struck it (هاجم مستوطنون،
/// مساء امس، بلدة حوارة); blows dealt by a state's army or police (اعتدت قوات الاحتلال على المواطنين بالضرب) are repression
/// (175), as the story gold codes them, a crowd's blows an assault (182); an
/// officer named after his office and a force owned by a side the story named (قائد القوات البحرية للحوثيين X) is who acted; a
/// place named in what a threat would close (هدد باغلاق باب المندب) is no one threatened.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftySixTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Sides =
    [
        ("e1", EntityType.ORG, "الحوثيون", "YEMREB"), ("e2", EntityType.ORG, "جماعة الحوثي", "YEMREB"),
        ("e3", EntityType.ORG, "الجيش السوداني", "SDNMIL"), ("e4", EntityType.ORG, "قوات الدعم السريع", "SDNUAF"),
        ("e5", EntityType.ORG, "البحرية الايرانية", "IRNMIL"), ("e6", EntityType.ORG, "الجيش المالي", "MLIMIL"),
        ("e7", EntityType.ORG, "حركة الشباب", "SOMREB"), ("e8", EntityType.LOC, "الحديدة", "YEM"),
    ];

    [Theory]
    // a ship taken past a day set off by commas after the subject is hijacked, as one taken with no aside
    [InlineData("استولى الحوثيون، فجر اليوم الاربعاء، على سفينة شحن قبالة ميناء الصليف", "استولى", "e1")]
    [InlineData("واستولى مسلحون من جماعة الحوثي، مساء امس، على ناقلة نفط في البحر الاحمر", "استولى", "e2")]
    [InlineData("استولت البحرية الايرانية، اليوم الجمعة، على ناقلة ترفع علم بنما في مضيق هرمز", "استولت", "e5")]
    [InlineData("استولى الحوثيون، في وقت لاحق، على سفينة ثانية قبالة الحديدة", "استولى", "e1")]
    // guard: with no aside
    [InlineData("استولى الحوثيون على سفينة شحن قبالة ميناء الصليف", "استولى", "e1")]
    public void test_a_ship_is_taken_past_a_day_aside(string text, string trigger, string source)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code == "181");
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Null(e.Target);
    }

    [Theory]
    // ground taken past a day aside is still ground taken (192), with the place as the target
    [InlineData("سيطرت حركة الشباب، فجر اليوم، على الحديدة بعد معارك", "e7", "e8")]
    public void test_ground_is_taken_past_a_day_aside(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code == "192");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // guards: an aside that is no day ends the clause; a control of a situation is no seizure
    [InlineData("استولى الحوثيون، بحسب مصادر محلية، على سفينة شحن")]
    [InlineData("سيطر الحوثيون، اليوم الاربعاء، على الوضع في المدينة")]
    public void test_no_ship_taken_past_an_aside_that_is_no_day(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Sides)), e => e.Code is "181" or "192");
    }

    [Theory]
    // a fight that broke out on a day told between the onset verb and its noun
    [InlineData("اندلعت امس الاثنين معارك عنيفة بين الجيش السوداني وقوات الدعم السريع في محيط مدينة بابنوسة", "معارك", "e3", "e4")]
    [InlineData("ودارت اليوم اشتباكات بين الجيش السوداني وقوات الدعم السريع قرب الفاشر", "اشتباكات", "e3", "e4")]
    [InlineData("واندلعت، مساء امس، اشتباكات بين الجيش السوداني وقوات الدعم السريع", "اشتباكات", "e3", "e4")]
    [InlineData("اندلعت فجر الاحد مواجهات بين الجيش المالي وحركة الشباب", "مواجهات", "e6", "e7")]
    // guard: the onset right before its noun
    [InlineData("اندلعت معارك عنيفة بين الجيش السوداني وقوات الدعم السريع في محيط مدينة بابنوسة", "معارك", "e3", "e4")]
    public void test_a_fight_breaks_out_past_its_day(string text, string trigger, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code == "190");
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // guards: a fight spoken of with no onset, or a day with no onset verb before it, is no event by itself
    [InlineData("وتخشى الامم المتحدة ان تؤدي معارك بين الجيش السوداني وقوات الدعم السريع الى موجة نزوح")]
    [InlineData("وقال ان اليوم الاثنين معارك بين الجيش السوداني وقوات الدعم السريع لن تحسم شيئا")]
    public void test_no_fight_without_an_onset(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Sides)), e => e.Code == "190");
    }

    private static readonly (string, EntityType, string, string?)[] Parties =
    [
        ("e1", EntityType.ORG, "جماعة نصرة الاسلام والمسلمين", "IMGMUSREB"), ("e2", EntityType.ORG, "حركة الشباب", "SOMREB"),
        ("e3", EntityType.ORG, "تنظيم الدولة الاسلامية", "IMGMUSREB"), ("e4", EntityType.ORG, "الحوثيين", "YEMREB"),
        ("e5", EntityType.PER, "محمد عبد السلام", "YEMREB"), ("e6", EntityType.PER, "هانس غروندبرغ", "IGOUNO"),
        ("e7", EntityType.PER, "بدر البوسعيدي", "OMNGOV"), ("e8", EntityType.ORG, "الاتحاد الاوروبي", "IGOEUREEC"),
        ("e9", EntityType.PER, "ميشال بارنييه", "IGOEUREEC"),
    ];

    [Theory]
    // an attack ascribed to a group, past who ascribed it, is that group's
    [InlineData("قتل 11 مدنيا امس في هجوم نسبته السلطات الى جماعة نصرة الاسلام والمسلمين على قرية في شمال البلاد", "e1")]
    [InlineData("وقتل سبعة جنود في هجوم نسبه الجيش الى حركة الشباب قرب الحدود", "e2")]
    [InlineData("قتل عشرة اشخاص في هجوم نسبته الحكومة المحلية الى مسلحين من تنظيم الدولة الاسلامية", "e3")]
    [InlineData("واصيب خمسة جنود في هجوم نسب الى حركة الشباب", "e2")]
    // guard: launched, not ascribed
    [InlineData("قتل 11 مدنيا امس في هجوم شنته جماعة نصرة الاسلام والمسلمين على قرية في شمال البلاد", "e1")]
    public void test_an_attack_ascribed_to_a_group_is_theirs(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Parties)), e => e.Code == "180");
        Assert.Equal("هجوم", text[e.Start..e.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // guards: a share told by ما نسبته, and an attack ascribed to no named side
    [InlineData("وقتل ثلاثة جنود في هجوم نسبته السلطات الى مسلحين مجهولين", null)]
    public void test_an_attack_ascribed_to_no_name_has_no_source(string text, string? source)
    {
        var e = Assert.Single(Events(Named(text, Parties)), e => e.Code == "180");
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // the chief of a side's negotiators is the man named after his title, not the side
    [InlineData("والتقى هانس غروندبرغ امس في مسقط كبير مفاوضي الحوثيين محمد عبد السلام", "040", "e6", "e5")]
    [InlineData("واستقبل وزير الخارجية العماني بدر البوسعيدي كبير مفاوضي الحوثيين محمد عبد السلام", "043", "e7", "e5")]
    [InlineData("والتقى هانس غروندبرغ في بروكسل كبير مفاوضي الاتحاد الاوروبي ميشال بارنييه", "040", "e6", "e9")]
    // guard: the negotiators with no one named after them are the side's
    [InlineData("والتقى هانس غروندبرغ في مسقط مفاوضي الحوثيين", "040", "e6", "e4")]
    public void test_the_chief_negotiator_is_whom_a_meeting_was_with(string text, string code, string? source, string target)
    {
        var e = Assert.Single(Events(Named(text, Parties)), e => e.Code == code);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Places =
    [
        ("e1", EntityType.LOC, "المغير", "PSE"), ("e2", EntityType.LOC, "جابر", "PSE"), ("e3", EntityType.LOC, "الخليل", "PSE"),
        ("e4", EntityType.ORG, "قوات الاحتلال الاسرائيلي", "ISRMIL"), ("e5", EntityType.ORG, "الشرطة المصرية", "EGYCOP"),
        ("e6", EntityType.LOC, "كوبي", "NGA"),
    ];

    [Theory]
    // settlers who attacked a village or a town struck it, past a day set off by commas or not
    [InlineData("هاجم مستوطنون، فجر امس، قرية المغير شمال شرق رام الله", "قرية المغير")]
    [InlineData("وهاجم مستوطنون، مساء امس، بلدة حوارة جنوب نابلس، واحرقوا مركبتين", "بلدة حوارة")]
    [InlineData("هاجم مستوطنون قرية المغير شمال شرق رام الله", "قرية المغير")]
    // guard: gunmen, read before
    [InlineData("هاجم مسلحون قرية كوبي في ولاية بورنو", "قرية كوبي")]
    public void test_settlers_attack_strikes_the_place(string text, string struck)
    {
        var e = Assert.Single(Events(Named(text, Places)), e => e.Code == "180" && text[e.Start..e.End] == "هاجم");
        Assert.Null(e.Source?.EntityId);
        Assert.Equal(struck, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    // blows dealt by a state's army or police are repression
    [InlineData("وقال ان قوات الاحتلال الاسرائيلي اعتدت على عدد من ذويهم بالضرب", "175", "e4")]
    [InlineData("واعتدت الشرطة المصرية على العمال المعتصمين بالضرب", "175", "e5")]
    // guards: a crowd's blows stay an assault
    [InlineData("واعتدى شبان على رجلي امن بالضرب امام المحكمة", "182", null)]
    [InlineData("واعتدى مستوطنون على مزارعين بالضرب في اطراف القرية", "182", null)]
    public void test_blows_by_a_state_force_are_repression(string text, string code, string? source)
    {
        var e = Assert.Single(Events(Named(text, Places)), e => e.Code.StartsWith("17", StringComparison.Ordinal) || e.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal(code, e.Code);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // after an office noun and a force written with the owner's لل, the person named next is the officer who acted
    [InlineData("وهدد قائد القوات البحرية للحوثيين محمد فضل عبد النبي باغلاق باب المندب", "130", "e5")]
    [InlineData("ودان قائد الجناح العسكري للحوثيين محمد فضل عبد النبي الغارات", "111", "e5")]
    [InlineData("وتوعد المتحدث العسكري للحوثيين يحيى سريع بالرد على الغارات", "130", "e6")]
    // guard: with no office noun, the side owning the force acted
    [InlineData("وهدد الجناح العسكري للحوثيين بالرد على الغارات", "130", "e4")]
    public void test_the_officer_of_a_force_owned_by_a_side_acts(string text, string code, string source)
    {
        var doc = Named("استولى الحوثيون على سفينة. " + text,
            ("e4", EntityType.ORG, "الحوثيون", "YEMREB"), ("e5", EntityType.PER, "محمد فضل عبد النبي", "YEMREB"), ("e6", EntityType.PER, "يحيى سريع", "YEMREB"));
        var e = Assert.Single(Events(doc), e => e.Code == code);
        Assert.Equal(source, e.Source?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Threatened =
    [
        ("e1", EntityType.LOC, "باب المندب", null), ("e2", EntityType.LOC, "مضيق هرمز", null), ("e3", EntityType.LOC, "ايران", "IRN"),
        ("e4", EntityType.LOC, "اقليم كردستان", "IRQ"), ("e5", EntityType.LOC, "الدوحة", "QAT"), ("e6", EntityType.ORG, "الحرس الثوري", "IRNMIL"),
        ("e7", EntityType.PER, "محمد فضل عبد النبي", "YEMREB"),
    ];

    [Theory]
    // a place named in what a threat would close is where, not whom, it threatens
    [InlineData("وهدد محمد فضل عبد النبي باغلاق باب المندب امام السفن الاميركية والبريطانية", null)]
    [InlineData("وهدد الحرس الثوري باغلاق مضيق هرمز امام ناقلات النفط", null)]
    // guards: the threatened named before the threat's means, or after على
    [InlineData("وهدد الحرس الثوري ايران بعقوبات جديدة", "e3")]
    [InlineData("وهدد الحرس الثوري بفرض عقوبات جديدة على الدوحة", "e5")]
    public void test_a_place_a_threat_would_close_is_not_threatened(string text, string? target)
    {
        var e = Assert.Single(Events(Named(text, Threatened)), e => e.Code.StartsWith("13", StringComparison.Ordinal));
        Assert.Equal(target, e.Target?.EntityId);
    }
}
