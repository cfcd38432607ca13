using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;
using Hadath.Extraction.Quotes;
using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Protest crowds of the ev18p round (Hespress, AFP, APS and Reuters styles): force used on a crowd told by a firing
/// verb with tear gas among what was fired, stones thrown and fire set after قبل ان, a road closed with stones or tree
/// trunks, an arrest a body pointed to (اشارت X الى توقيف), and a weekday after يوم. Sentences written for these tests,
/// none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentyFivePATests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وقال شهود ان عناصر الامن اطلقت الرصاص الحي في الهواء والغاز المسيل للدموع")]
    [InlineData("واطلقت الشرطة الرصاص المطاطي والقنابل المسيلة للدموع على المحتجين امام البرلمان")]
    [InlineData("واطلقت قوات الامن الاعيرة النارية في الهواء والغاز المسيل للدموع لتفريق المعتصمين")]
    public void test_a_firing_verb_with_tear_gas_among_what_was_fired_is_force_on_a_crowd(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)));
        Assert.Equal("175", e.Code);
    }

    [Theory]
    [InlineData("واطلق مسلحون النار على دورية للشرطة في المدينة")]
    [InlineData("واطلقت الشرطة الرصاص الحي على المهاجمين قبل ان تطلق الغاز المسيل للدموع في اليوم التالي")]
    public void test_a_firing_verb_without_tear_gas_in_its_clause_stays_fire(string text) =>
        Assert.Contains(Events(Docs.WithNamed(text)), e => e.Code == "190");

    [Theory]
    [InlineData("وتجمع المحتجون امام مبنى المحافظة مطالبين بفرص عمل قبل ان يرشقوا القوات الامنية بالحجارة")]
    [InlineData("وتجمع المحتجون امام مبنى المحافظة مطالبين بفرص عمل قبل ان يضرموا النار في اطارات السيارات")]
    public void test_stones_thrown_or_fire_set_after_qabla_an_is_a_riot(string text)
    {
        var codes = Events(Docs.WithNamed(text)).Select(e => e.Code).OrderBy(c => c).ToArray();
        Assert.Equal(new[] { "141", "145" }, codes);
    }

    [Theory]
    // a present form elsewhere is a habit, a plan or a call
    [InlineData("وقال المسؤول ان الشبان يرشقون القوات الامنية بالحجارة كل ليلة")]
    [InlineData("ودعا الناشط المحتجين الى عدم رشق القوات الامنية بالحجارة وحذرهم من ان يضرموا النار في الاطارات")]
    public void test_a_present_riot_form_not_after_qabla_an_is_none(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text)), e => e.Code == "145");

    [Theory]
    [InlineData("واقدم المحتجون على غلق الطريق الوطني رقم 8 بالحجارة وجذوع الاشجار")]
    [InlineData("واغلق العشرات من سكان الحي الطريق الرئيسية بالحجارة احتجاجا على انقطاع المياه")]
    public void test_a_road_closed_with_stones_or_tree_trunks_is_a_road_cut(string text) =>
        Assert.Contains(Events(Docs.WithNamed(text)), e => e.Code == "144");

    [Fact]
    public void test_a_road_closed_by_the_authorities_with_stones_is_none() =>
        Assert.DoesNotContain(Events(Docs.WithNamed("واغلقت السلطات الطريق الجبلية بالحجارة بسبب الانهيارات")), e => e.Code == "144");

    [Theory]
    [InlineData("واشارت مصالح الدرك الوطني في بيان لها الى توقيف خمسة اشخاص")]
    [InlineData("واشار الدرك الوطني، في بيان، الى توقيف خمسة اشخاص سيقدمون امام العدالة")]
    public void test_an_arrest_a_body_points_to_is_its_own(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الدرك الوطني"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("قالت مصادر امنية ان 17 شخصا اصيبوا يوم الثلاثاء في الديوانية", "يوم الثلاثاء", "2022-08-09")]
    [InlineData("تجمهر صبيحة يوم الاحد العشرات من سكان الحي امام مقر الدائرة", "يوم الاحد", "2022-08-07")]
    public void test_a_weekday_after_yawm_takes_the_word(string text, string surface, string value) =>
        AssertTime(text, surface, value, "2022-08-09");

    [Theory]
    [InlineData("عندما فرقت قوات الرد السريع مئات المحتجين الذين حاولوا اقتحام مبنى المحافظة", "قوات الرد السريع")]
    [InlineData("وفرقت قوات التدخل السريع الوقفة الاحتجاجية بالقوة", "قوات التدخل السريع")]
    public void test_a_dispersal_by_a_rapid_intervention_force_is_the_forces_and_done_to_no_part_of_it(string text, string force)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        var named = Assert.Single(doc.Entities, e => e.Type == EntityType.ORG);
        Assert.Equal(force, text[named.Mentions[0].Start..named.Mentions[0].End]);
        var e = Assert.Single(new EventStage().Process(doc).Events, x => x.Code == "175");
        Assert.Equal(named.Id, e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_an_accusation_by_the_police_command_of_the_qadisiyah_governorate_is_its()
    {
        var text = "واتهمت قيادة شرطة القادسية، في بيان، مندسين بالاعتداء على منتسبيها";
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        var named = Assert.Single(doc.Entities, e => e.Type == EntityType.ORG);
        Assert.Equal("قيادة شرطة القادسية", text[named.Mentions[0].Start..named.Mentions[0].End]);
        var e = Assert.Single(new EventStage().Process(doc).Events, x => x.Code == "112");
        Assert.Equal(named.Id, e.Source?.EntityId);
    }

    [Theory]
    [InlineData("واكد المسؤول ان قوات الرد السريع وصلت الى المكان واعتقلت احد المهاجمين")]
    [InlineData("ووصلت قوات الرد السريع بعد دقائق الى مكان التجمع")]
    public void test_a_force_reaching_the_scene_visits_no_one(string text)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        Assert.DoesNotContain(new EventStage().Process(doc).Events, x => x.Code == "042");
    }

    [Fact]
    public void test_an_arrival_in_a_city_is_still_a_visit()
    {
        var text = "ووصل وزير الخارجية الاميركي جون كيري الى بغداد في زيارة رسمية";
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "جون كيري", "USAGOV"), ("e2", EntityType.LOC, "بغداد", "IRQ"));
        Assert.Contains(new EventStage().Process(doc).Events, x => x.Code == "042");
    }

    [Fact]
    public void test_a_portfolio_after_a_ministers_title_is_no_ministry_and_no_side()
    {
        var text = "وكان وزير الصحة والحماية الاجتماعية قد استقبل الاسبوع الماضي وفدا عن اللجنة الوطنية للاطباء";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الصحة والحماية الاجتماعية"), ("e2", EntityType.ORG, "اللجنة الوطنية للاطباء"));
        doc = new NameRecoveryStage().Process(doc);
        Assert.DoesNotContain(doc.Entities, e => e.Mentions.Any(m => text[m.Start..m.End] == "الصحة والحماية الاجتماعية"));
        Assert.DoesNotContain(new EventStage().Process(doc).Events, x => x.Source?.EntityId is { } id && doc.Entities.Single(e => e.Id == id).Type == EntityType.ORG);
    }

    [Fact]
    public void test_a_ministry_named_as_such_stays()
    {
        var text = "واتهمت وزارة الصحة والحماية الاجتماعية اللجنة بتسييس الملف";
        var doc = new NameRecoveryStage().Process(Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة الصحة والحماية الاجتماعية")));
        Assert.Contains(doc.Entities, e => e.Type == EntityType.ORG && e.Mentions.Any(m => text[m.Start..m.End] == "وزارة الصحة والحماية الاجتماعية"));
    }

    [Fact]
    public void test_an_arrest_announced_by_a_wa_verb_with_no_subject_goes_on_with_the_sentences_body()
    {
        var text = "واتهمت قيادة شرطة القادسية، في بيان، مندسين بالاعتداء على منتسبيها، واعلنت اصابة تسعة منهم واعتقال 23 شخصا متورطين في اعمال الشغب";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "قيادة شرطة القادسية"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_an_announcing_verb_with_a_subject_of_its_own_lends_no_other_body()
    {
        var text = "واتهمت قيادة شرطة القادسية، في بيان، مندسين بالاعتداء على منتسبيها، واعلنت مصادر طبية اصابة تسعة منهم واعتقال 23 شخصا";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "قيادة شرطة القادسية"));
        Assert.DoesNotContain(Events(doc), x => x.Code == "173" && x.Source?.EntityId == "e1");
    }

    [Theory]
    [InlineData("ورفع المتظاهرون الأعلام السودانية وهم يهتفون \"الشعب أقوى والردة مستحيلة\"، بحسب مراسلي الوكالة.")]
    [InlineData("وجاب المحتجون شوارع المدينة مرددين \"ارحل ارحل يا فاسد\" قبل ان يتفرقوا.")]
    [InlineData("وتجمع المعتصمون امام البرلمان ورددوا \"الشعب يريد اسقاط الحكومة\" لساعات.")]
    public void test_what_a_crowd_chants_is_no_quote(string text) =>
        Assert.Empty(new QuoteStage().Process(Docs.Tokenized(text)).Quotes);

    [Fact]
    public void test_a_speakers_quote_after_a_crowds_chant_is_still_a_quote()
    {
        const string text = "وقال المنسق ان \"المحتجين سيواصلون اعتصامهم الى حين الاستجابة لمطالبهم\".";
        Assert.Single(new QuoteStage().Process(Docs.Tokenized(text)).Quotes);
    }

    [Theory]
    [InlineData("خرج آلاف السودانيين الخميس إلى شوارع الخرطوم للمطالبة بعودة الحكم المدني", "خرج آلاف السودانيين", 1000)]
    [InlineData("ونزل مئات الشبان الى ساحات المدينة رافضين القرار", "نزل مئات الشبان", 100)]
    public void test_a_crowd_gone_out_into_a_citys_streets_is_protesters(string text, string surface, double value) =>
        AssertCount(text, surface, "protesters", value, "at-least");

    [Theory]
    [InlineData("وعمد عدد من الشبان اثر انتهاء المسيرة الى اضرام النار في العجلات المطاطية وسط الطريق")]
    [InlineData("واقدم المحتجون على اضرام النار في الاطارات امام مقر الولاية")]
    public void test_fire_set_told_by_the_verbal_noun_a_crowd_went_as_far_as_is_a_riot(string text) =>
        Assert.Contains(Events(Docs.WithNamed(text)), e => e.Code == "145");

    [Theory]
    [InlineData("واعتقلت الشرطة ثلاثة شبان بتهمة اضرام النار في العجلات خلال المسيرة")]
    [InlineData("وتحدث التقرير عن اضرام النار في الاطارات خلال احتجاجات العام الماضي")]
    public void test_fire_set_as_a_charge_or_a_topic_is_no_riot(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text)), e => e.Code == "145");

    [Fact]
    public void test_a_protest_dispersed_as_the_verbs_object_is_a_dispersal()
    {
        var text = "فرقت الشرطة يوم الاحد بخراطيم المياه احتجاجا نظمه طلاب الجامعة امام مبنى البرلمان";
        Assert.Single(Events(Docs.WithNamed(text)), x => x.Code == "175");
    }

    [Theory]
    [InlineData("فرقت الشرطة يوم الاحد بخراطيم المياه احتجاجا نظمته حركة الطلاب امام البرلمان")]
    [InlineData("فرقت الشرطة تظاهرة نظمتها حركة الطلاب امام البرلمان")]
    public void test_who_organised_a_dispersed_protest_is_no_target_of_the_dispersal(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "حركة الطلاب"))), x => x.Code == "175");
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_in_protest_at_after_a_verb_of_force_is_no_crowd_dispersed()
    {
        var text = "فرقت الادارة المياه على الاحياء احتجاجا على انقطاعها";
        Assert.DoesNotContain(Events(Docs.WithNamed(text)), x => x.Code == "175");
    }
}
