using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Sides of attacks and clashes told with their tolls: a toll of an accident, a collapse or a family quarrel is no
/// assault; a condemned attack's maker (الهجوم الذي شنه X) is what the condemnation aims at; members named by how
/// agencies call a group's fighters (ارهابيو جبهة النصرة, عناصر من عصابات داعش) are that group.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventClashTollSidesTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("قتل شخصان واصيب ثلاثة آخرون بجروح في شجار عائلي في البلدة")]
    [InlineData("قتل ثلاثة شبان واصيب اثنان آخران في حادث سير على الطريق الساحلي")]
    [InlineData("قتل خمسة اشخاص بينهم طفلان بانهيار مبنى سكني قديم في حي الخالدية")]
    [InlineData("قتل اربعة اشخاص في مشاجرة بين عائلتين في القرية")]
    [InlineData("قتل ستة ركاب اثر اصطدام حافلة بشاحنة على الطريق الدولي")]
    [InlineData("قتل سبعة اشخاص في تصادم قطارين قرب المحطة")]
    public void test_a_toll_of_an_accident_a_collapse_or_a_quarrel_is_no_attack(string text) =>
        Assert.Empty(Events(Docs.WithNamed(text)));

    [Theory]
    // اصطدام/تصادم of people is a clash; only vehicles colliding make it an accident
    [InlineData("قتل ثلاثة متظاهرين في اصطدام بين المحتجين وقوات الامن في المدينة")]
    [InlineData("قتل شخصان في تصادم مع الشرطة خلال مسيرة في المدينة")]
    public void test_a_toll_of_a_collision_between_people_is_still_an_act(string text) =>
        Assert.NotEmpty(Events(Docs.WithNamed(text)));

    [Fact]
    public void test_a_toll_of_an_attack_on_a_road_is_still_an_attack()
    {
        var text = "قتل ثلاثة جنود في هجوم مسلح على دورية على الطريق الساحلي";
        Assert.Equal("180", Assert.Single(Events(Docs.WithNamed(text))).Code);
    }

    [Theory]
    [InlineData("ودان الرئيس ميشال عون الهجوم الذي شنه تنظيم داعش على الجيش اللبناني", "تنظيم داعش")]
    [InlineData("ودان الرئيس ميشال عون العدوان الذي شنه الجيش الاسرائيلي على البلدات الجنوبية", "الجيش الاسرائيلي")]
    [InlineData("ودان الرئيس ميشال عون الاعتداء الذي نفذه مسلحو تنظيم داعش في عرسال", "تنظيم داعش")]
    public void test_a_condemned_attack_is_aimed_at_who_made_it(string text, string maker)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "ميشال عون"), ("e2", EntityType.ORG, maker));
        var e = Assert.Single(Events(doc));
        Assert.Equal("111", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_condemned_attack_told_by_what_it_struck_has_no_target()
    {
        var text = "ودان الرئيس ميشال عون الهجوم الذي استهدف الجيش اللبناني";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "ميشال عون"), ("e2", EntityType.ORG, "الجيش اللبناني"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    [InlineData("كما تصدت وحدات من الجيش لهجوم شنه ارهابيو جبهة النصرة على نقاط عسكرية في ريف ادلب")]
    [InlineData("وقتل جنديان في هجوم شنه ارهابيو جبهة النصرة على نقاط عسكرية في ريف ادلب")]
    public void test_terrorists_of_a_group_in_construct_are_the_group(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جبهة النصرة"));
        var e = Assert.Single(Events(doc), x => x.Code == "180");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_members_of_the_gangs_of_a_group_after_min_qibal_are_the_group()
    {
        var text = "تعرضت نقطة تفتيش تابعة للحشد الشعبي فجر اليوم لهجوم من قبل عناصر من عصابات داعش الارهابية، ما اسفر عن مقتل ثلاثة من المقاتلين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "داعش"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("180", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وكانت مدينة محردة تعرضت امس لاعتداء بالقذائف الصاروخية من قبل ارهابيي جبهة النصرة المنتشرين في المنطقة")]
    [InlineData("قتل مدنيان واصيب خمسة آخرون بجروح جراء اعتداء ارهابيين من تنظيم جبهة النصرة بالقذائف على حي الحمدانية")]
    public void test_an_assault_told_by_itidaa_takes_the_group_whose_members_made_it(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جبهة النصرة"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("180", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_shooting_suffered_is_a_fight()
    {
        var text = "وفي صيدا، تعرض حاجز للجيش فجر اليوم لاطلاق نار من قبل مسلحين مجهولين من دون وقوع اصابات";
        Assert.Equal("190", Assert.Single(Events(Docs.WithNamed(text))).Code);
    }

    [Fact]
    public void test_a_shooting_counted_with_a_toll_but_not_suffered_is_no_event()
    {
        var text = "وكان ذلك رابع حادث اطلاق نار تشهده جامعات الولاية منذ مطلع العام ويسفر عن مقتل طلاب";
        Assert.Empty(Events(Docs.WithNamed(text)));
    }

    [Fact]
    public void test_qatala_right_after_a_state_force_is_its_killing()
    {
        var text = "واكد ضابط في قيادة العمليات ان الجيش العراقي قتل مسلحين اثنين حاولا الفرار";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("190", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وعلى صعيد آخر، قصف الجيش التركي مواقع لحزب العمال الكردستاني في قضاء العمادية بمحافظة دهوك")]
    [InlineData("وفي ريف دهوك الشمالي، قصف الجيش التركي مواقع لحزب العمال الكردستاني")]
    public void test_qasf_after_a_short_opening_phrase_and_its_comma_is_the_verb(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش التركي"), ("e2", EntityType.ORG, "حزب العمال الكردستاني"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("194", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_qasf_after_a_comma_past_a_clause_with_its_own_verb_is_no_verb()
    {
        var text = "وقال المسؤول المحلي للصحفيين امس، قصف المدن امر مرفوض";
        Assert.Empty(Events(Docs.WithNamed(text)));
    }

    [Theory]
    // a feminine verb before a masculine body: the body is the object
    [InlineData("وقالت الحكومة العراقية في بيان ان الغارات مستمرة، واتهمت التحالف العربي بخرق التهدئة", "112", "e2", "e1")]
    // a masculine verb before a feminine body: so is the body
    [InlineData("وقال التحالف العربي في بيان ان الاضراب غير قانوني، واتهم الحكومة العراقية بالتقصير", "112", "e1", "e2")]
    // verbs that agree keep the body as their subject
    [InlineData("واتهم التحالف العربي الحكومة العراقية بخرق التهدئة", "112", "e1", "e2")]
    [InlineData("واتهمت الحكومة العراقية التحالف العربي بخرق التهدئة", "112", "e2", "e1")]
    public void test_a_body_right_after_a_verb_it_does_not_agree_with_is_its_object(string text, string code, string source, string target)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "التحالف العربي"), ("e2", EntityType.ORG, "الحكومة العراقية"));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Fact]
    public void test_a_feminine_body_after_a_masculine_verb_is_neither_its_subject_nor_its_subject_phrase()
    {
        var text = "ويقول اصدقاؤه انه انتقد الحكومة السورية خلال لقاء تلفزيوني";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الحكومة السورية"));
        foreach (var e in Events(doc))
        {
            Assert.NotEqual("e1", e.Source?.EntityId);
            Assert.Null(e.Source?.Actor);
        }
    }

    [Fact]
    public void test_a_place_after_a_preposition_in_what_suffered_an_act_is_no_target()
    {
        var text = "تعرض حاجز عند مدخل بلدة القصر فجر اليوم لاطلاق نار من مسلحين كانوا يستقلون سيارة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.LOC, "القصر"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("190", e.Code);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وفي الهرمل، اوقف الجيش اللبناني، بعد ظهر اليوم، مطلوبا بعدة مذكرات توقيف بجرائم اطلاق نار", true)]
    [InlineData("واوقفت الشرطة العراقية مشتبها به في التفجير", true)]
    [InlineData("واوقف الجيش اللبناني العمل بالحاجز بعد ظهر اليوم", false)]
    public void test_an_arrest_verb_taking_a_wanted_man_is_an_arrest_counted_or_not(string text, bool arrest)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, text.Contains("الشرطة") ? "الشرطة العراقية" : "الجيش اللبناني"));
        var events = Events(doc).Where(e => e.Code == "173").ToList();
        Assert.Equal(arrest, events.Count == 1);
        if (arrest) Assert.Equal("e1", events[0].Source?.EntityId);
    }
}
