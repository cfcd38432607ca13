using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// From the blind `ev17r-` refugee stories (round twenty-four): aid handed out as food parcels, rations, meals or
/// blankets (CAMEO 073), also past an aside set off by commas naming a partner (، وبالتعاون مع X،), and the aid bodies
/// of the region's refugee news the tagger misses. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentyFourRTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("ووزعت جمعية الاغاثة طرودا غذائية على مئتي عائلة في المخيم")]
    [InlineData("ووزع الصليب الاحمر حصصا غذائية على العائلات النازحة")]
    [InlineData("وقدمت جمعية الاغاثة وجبات ساخنة للعائلات في مركز الايواء")]
    [InlineData("ووزعت جمعية الاغاثة سلالا غذائية وبطانيات على الاسر")]
    [InlineData("كما وزعت جمعية الاغاثة مواد غذائية على سكان القرية")]
    public void test_aid_handed_out_as_parcels_rations_or_meals_is_aid(string text)
    {
        var org = text.Contains("الصليب") ? "الصليب الاحمر" : "جمعية الاغاثة";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, org))));
        Assert.Equal("073", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وزعت جمعية الاغاثة، اليوم الثلاثاء، وبالتعاون مع برنامج الاغذية العالمي، طرودا غذائية على الاسر")]
    [InlineData("ووزعت جمعية الاغاثة، بالتنسيق مع برنامج الاغذية العالمي، حصصا غذائية على العائلات")]
    [InlineData("ووزعت جمعية الاغاثة على العائدين، قبل انطلاقهم، حصصا غذائية قدمها برنامج الاغذية العالمي")]
    public void test_aid_found_past_a_partner_set_off_by_commas(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جمعية الاغاثة"), ("e2", EntityType.ORG, "برنامج الاغذية العالمي"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("073", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);   // the partner acted with the subject: no target
    }

    [Theory]
    [InlineData("وزعت إدارة الكوارث والطوارئ التركية (آفاد) مساعدات على 300 عائلة")]
    [InlineData("ووزعت منظمة الاغاثة الانسانية (جاد) مساعدات على 300 عائلة")]
    public void test_aid_object_found_past_an_acronym_in_brackets(string text)
    {
        var words = Hadath.Extraction.Text.WordScanner.ScanAlone(text);
        var hit = Assert.Single(CameoVerbTable.Shared.Find(text, words));
        Assert.Equal("073", hit.Pattern.Code);
    }

    [Theory]
    [InlineData("ووزعت جمعية الاغاثة بيانا على الصحافيين")]
    [InlineData("وقدمت جمعية الاغاثة العاملة في مطاعم للوجبات السريعة شكاوى ضد الشركة")]
    [InlineData("وقدمت جمعية الاغاثة، بالتنسيق مع البلدية، شكوى الى القضاء")]
    public void test_other_things_handed_out_are_no_aid(string text) =>
        Assert.Empty(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "جمعية الاغاثة"))));

    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    [InlineData("ووزع الصليب الاحمر اللبناني الحصص", "ORG الصليب الاحمر اللبناني")]
    [InlineData("وزعت الهيئة الخيرية الاردنية الهاشمية الطرود", "ORG الهيئة الخيرية الاردنية الهاشمية")]
    [InlineData("وقالت إدارة الكوارث والطوارئ التركية في بيان", "ORG إدارة الكوارث والطوارئ التركية")]
    [InlineData("وقالت ادارة الكوارث والطوارئ التركية في بيان", "ORG ادارة الكوارث والطوارئ التركية")]
    [InlineData("وارسلت هيئة الاغاثة الانسانية التركية قافلة", "ORG هيئة الاغاثة الانسانية التركية")]
    public void test_aid_bodies_of_refugee_news_are_names(string text, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(new NameRecoveryStage().Process(Docs.Tokenized(text))));

    [Fact]
    public void test_an_accusation_verb_with_its_object_right_before_the_charge_shares_the_subject_before_it()
    {
        var text = "وانتقدت منظمة العفو الدولية في تقرير ترحيل اللاجئين، واتهمت السلطات المحلية بـ\"اعادة عشرات الاشخاص قسرا\"";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "منظمة العفو الدولية"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_a_named_object_right_before_the_charge_is_the_accused()
    {
        var text = "وانتقدت منظمة العفو الدولية في تقرير ترحيل اللاجئين، واتهمت الحكومة الاردنية بالتضييق على اللاجئين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "منظمة العفو الدولية"), ("e2", EntityType.ORG, "الحكومة الاردنية"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_the_accused_is_past_a_letter_to_office_holders()
    {
        var text = "واتهمت وزارة الخارجية في رسالتين وجهتهما الى رئيس مجلس الامن والامين العام للامم المتحدة القوات الامريكية في التنف باحتجاز المدنيين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة الخارجية"), ("e2", EntityType.ORG, "مجلس الامن"),
            ("e3", EntityType.ORG, "القوات الامريكية"), ("e4", EntityType.LOC, "التنف"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_b_phrase_of_the_subject_is_no_charge()
    {
        var text = "اتهمت لجنة الشؤون الخارجية بمجلس العموم الحكومة البريطانية بالتغاضي عن الاموال";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "لجنة الشؤون الخارجية"), ("e2", EntityType.ORG, "الحكومة البريطانية"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_the_accuser_named_before_stays_when_the_act_before_was_the_accused_s()
    {
        var text = "وقالت جماعة الحوثي في بيان ان طيران التحالف شن غارات على المدينة، واتهمت التحالف بخرق التهدئة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جماعة الحوثي"), ("e2", EntityType.ORG, "التحالف"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("ونفت الحكومة الامر، واتهم المتحدث باسم الخارجية الايرانية حسين علوي البحرين بتلفيق الاتهامات", "e1", "e2")]
    [InlineData("وقال مسؤول محلي ان المهاجمين احرقوا منازل، واتهمت حركة التحرير بزعامة حسين علوي البحرين بالوقوف وراء الهجوم", "e3", "e2")]
    public void test_a_leader_or_a_spokesman_after_b_is_no_charge(string text, string accuser, string accused)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "حسين علوي"), ("e2", EntityType.LOC, "البحرين"));
        if (text.Contains("حركة التحرير")) doc = doc.WithEntity("e3", EntityType.ORG, "حركة التحرير", "حركة التحرير");
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal(accuser, e.Source?.EntityId);
        Assert.Equal(accused, e.Target?.EntityId);
    }

    [Fact]
    public void test_a_name_after_a_leader_word_is_no_accused()
    {
        var text = "واتهمت وزارة الخارجية في رسالة الى الامم المتحدة التحالف الدولي بقيادة واشنطن بقصف جسر قرب البلدة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة الخارجية"), ("e2", EntityType.ORG, "الامم المتحدة"),
            ("e3", EntityType.ORG, "التحالف الدولي"), ("e4", EntityType.LOC, "واشنطن"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Fact]
    public void test_the_accused_is_past_a_letter_to_office_holders_and_a_place_the_tagger_missed()
    {
        var text = "واتهمت وزارة الخارجية في رسالتين وجهتهما الى رئيس مجلس الامن والامين العام للامم المتحدة القوات الامريكية في التنف باحتجاز المدنيين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة الخارجية"), ("e2", EntityType.ORG, "مجلس الامن"), ("e3", EntityType.ORG, "القوات الامريكية"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واتهمت وزارة الخارجية في بيان الجيش السوري وحزب الله بقصف البلدة", "e2")]
    [InlineData("واتهمت وزارة الخارجية في بيان الجيش السوري الذي يدعمه حزب الله بقصف البلدة", "e2")]
    public void test_the_first_of_several_accused_stays_the_accused(string text, string accused)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة الخارجية"), ("e2", EntityType.ORG, "الجيش السوري"), ("e3", EntityType.ORG, "حزب الله"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal(accused, e.Target?.EntityId);
    }

    [Fact]
    public void test_a_reception_past_the_host_s_seat_set_off_by_commas()
    {
        var text = "واستقبل محافظ المفرق حسن علوي، في مكتبه، ممثل المفوضية السامية للامم المتحدة لشؤون اللاجئين جون سميث";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "حسن علوي"), ("e2", EntityType.LOC, "المفرق"),
            ("e3", EntityType.ORG, "المفوضية السامية للامم المتحدة لشؤون اللاجئين"), ("e4", EntityType.PER, "جون سميث"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("043", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e4", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("ضبطت قوات الدرك، الاحد، 86 مهاجرا غير نظامي قرب الحدود")]
    [InlineData("ضبطت قوات الدرك 86 مهاجرا غير نظامي قرب الحدود")]
    [InlineData("واوقفت قوات الدرك، امس، 12 شخصا في المخيم")]
    [InlineData("واوقفت قوات الدرك ايضا سائقين اثنين يشتبه بضلوعهما في التهريب")]
    [InlineData("واوقفت قوات الدرك ايضا سائقين اثنين في المخيم")]
    public void test_people_caught_or_taken_past_a_day_aside_or_also_are_an_arrest(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "قوات الدرك"))));
        Assert.Equal("173", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("ضبطت قوات الدرك 40 قطعة سلاح قرب الحدود")]
    [InlineData("ضبطت قوات الدرك، الاحد، ثلاثة اطنان من المخدرات")]
    [InlineData("وفرضت قوات الدرك ضوابط صارمة، مما اسفر عن ضبط كميات من الذهب")]
    public void test_things_caught_are_no_arrest(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "قوات الدرك"))), e => e.Code == "173");

    [Theory]
    [InlineData("كما ادانت وزارة الخارجية منع دخول قوافل المساعدات الى المخيم")]
    [InlineData("وانتقدت وزارة الخارجية ترحيل اللاجئين الى سوريا")]
    public void test_a_place_after_ila_inside_what_is_condemned_is_no_target(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة الخارجية"), ("e2", EntityType.LOC, text.Contains("سوريا") ? "سوريا" : "المخيم"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("111", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_a_country_condemned_is_still_the_target()
    {
        var text = "وانتقدت وزارة الخارجية سوريا بشدة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة الخارجية"), ("e2", EntityType.LOC, "سوريا"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("e2", e.Target?.EntityId);
    }
}
