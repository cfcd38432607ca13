using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Failure classes of a hand audit of 199 events over 300 wire stories: a passive arrest or killing whose topic stands
/// before it (ان الرجل اعتقل) or whose person stands alone after it (واعتقل X في), an attack verb whose subject is an air
/// strike (الغارات استهدفت: 195), and "targeting" by campaigns, sanctions or seminars (no attack). Sentences written for
/// these tests, none from a story or a data set.
/// </summary>
public sealed class EventRealTextRoundTests
{
    private static IReadOnlyList<Event> Events(string text, params (string Id, EntityType Type, string Surface)[] named) =>
        new EventStage().Process(new CountStage().Process(Docs.WithNamed(text, named))).Events;

    private static Event At(IReadOnlyList<Event> events, string text, string trigger) =>
        Assert.Single(events, e => text[e.Start..e.End] == trigger);

    [Theory]
    [InlineData("وقال المحققون ان الرجل اعتقل في عام 2007 بمدينة مشهد", "اعتقل", "الرجل")]
    [InlineData("وكان عدد من الصحفيين قد اعتقلوا خلال الاسبوع الماضي في العاصمة", "اعتقلوا", "عدد من الصحفيين")]
    [InlineData("وكان عدد من نشطاء الحزب قد القي القبض عليهم في العاصمة", "القي", "عدد من نشطاء الحزب")]
    public void test_the_topic_before_a_passive_arrest_is_its_target(string text, string trigger, string taken)
    {
        var e = At(Events(text), text, trigger);
        Assert.Equal("173", e.Code);
        Assert.Equal(taken, Docs.ArgumentWords(text, e.Target));
        Assert.Null(e.Source);
    }

    [Fact]
    public void test_a_person_named_before_a_passive_arrest_past_his_age_is_its_target()
    {
        // A name with brackets opening a story reads as its dateline (بغداد (رويترز)): the report opens with a sentence first.
        var text = "وصلت الطائرة مساء امس. وقالت الشرطة ان سمير الخطيب (25 عاما) اعتقل في المطار";
        var e = At(Events(text, ("e1", EntityType.PER, "سمير الخطيب")), text, "اعتقل");
        Assert.Equal("e1", e.Target?.EntityId);
        Assert.Null(e.Source);
    }

    [Theory]
    [InlineData("واعتقل كمال بن يوسف في مطار العاصمة الشهر الماضي", "واعتقل", "كمال بن يوسف")]
    [InlineData("وقتلت سلمى الحداد في منزلها بمدينة حمص", "قتلت", "سلمى الحداد")]
    public void test_a_person_alone_after_a_verb_with_و_suffered_it_and_did_not_act(string text, string trigger, string person)
    {
        var e = Assert.Single(Events(text, ("e1", EntityType.PER, person)), x => trigger.EndsWith(text[x.Start..x.End], StringComparison.Ordinal));
        Assert.Equal("e1", e.Target?.EntityId);
        Assert.Null(e.Source);
    }

    [Fact]
    public void test_a_person_after_an_arrest_by_a_named_force_stays_its_target()
    {
        var text = "واعتقلت الشرطة سمير الخطيب في المطار";
        var e = At(Events(text, ("e1", EntityType.PER, "سمير الخطيب")), text, "اعتقلت");
        Assert.Equal("e1", e.Target?.EntityId);
        Assert.Equal("الشرطة", Docs.ArgumentWords(text, e.Source));
    }

    [Fact]
    public void test_what_killed_before_a_killing_verb_is_no_victim()
    {
        var text = "وقالت الوكالة ان الفيضانات قتلت حتى الان 13 شخصا";
        Assert.All(Events(text), e => Assert.NotEqual("الفيضانات", Docs.ArgumentWords(text, e.Target)));
    }

    [Theory]
    [InlineData("وقال المرصد ان الغارات استهدفت مقرا للفصائل في ريف ادلب", "استهدفت")]
    [InlineData("وكانت غارة جوية للتحالف يوم 9 اب قد قتلت 12 مدنيا في السوق", "قتلت")]
    [InlineData("وذكر شهود ان الطائرات الحربية هاجمت موقعين للمسلحين جنوب المدينة", "هاجمت")]
    public void test_an_attack_verb_with_an_air_strike_for_subject_is_an_air_strike(string text, string trigger)
    {
        Assert.Equal("195", At(Events(text), text, trigger).Code);
    }

    [Fact]
    public void test_an_attack_verb_with_a_car_bomb_for_subject_is_no_air_strike()
    {
        var text = "وقال مصدر امني ان سيارة مفخخة استهدفت حاجزا للجيش قرب المدينة";
        Assert.NotEqual("195", At(Events(text), text, "استهدفت").Code);
    }

    [Theory]
    [InlineData("وفرضت الحكومة عقوبات فردية استهدفت كبار المسؤولين في الوزارة")]
    [InlineData("واستهدفت الندوة مناقشة اسباب التشدد بين الشباب")]
    [InlineData("وقاد الامير حملة تطهير استهدفت رجال الاعمال في المملكة")]
    public void test_targeting_by_sanctions_a_campaign_or_a_seminar_is_no_attack(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Code.StartsWith("18", StringComparison.Ordinal) || e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void test_targeting_by_an_attack_is_still_one()
    {
        var text = "وقال الجيش ان هجوما استهدف دورية للشرطة قرب المدينة";
        Assert.Contains(Events(text), e => text[e.Start..e.End] == "استهدف" && e.Code == "180");
    }

    [Theory]
    [InlineData("وهاجم مسلحون قافلة للجيش الاميركي قرب الموصل", "وهاجم", "USAMIL")]
    [InlineData("وهاجم مسلحون دورية للشرطة العراقية في حي الجامعة", "وهاجم", "IRQCOP")]
    public void test_a_post_or_convoy_of_a_force_keeps_the_force_s_nationality(string text, string trigger, string code)
    {
        var e = Assert.Single(Events(text), x => trigger.EndsWith(text[x.Start..x.End], StringComparison.Ordinal));
        Assert.Equal(code, e.Target?.Actor);
    }

    [Fact]
    public void test_a_post_of_a_force_without_a_nationality_keeps_the_force_s_agent()
    {
        var text = "وهاجم مسلحون حاجزا للجيش قرب الموصل";
        var e = Assert.Single(Events(text), x => "وهاجم".EndsWith(text[x.Start..x.End], StringComparison.Ordinal));
        Assert.Equal("MIL", e.Target?.Actor);
    }

    [Theory]
    [InlineData("وطالبت المنظمة مجلس الامن بفرض عقوبات على قادة الفصائل", "وطالبت")]
    [InlineData("ودعت اللجنة مجلس الامن الى التحقيق في الهجوم", "ودعت")]
    public void test_a_body_told_again_by_its_common_noun_is_the_subject_and_the_name_after_it_the_object(string text, string trigger)
    {
        var doc = new CountStage().Process(Docs.WithActors(text, ("e1", EntityType.ORG, "مجلس الامن", "IGO")));
        var e = Assert.Single(new EventStage().Process(doc).Events, x => trigger.EndsWith(text[x.Start..x.End], StringComparison.Ordinal));
        Assert.Equal("e1", e.Target?.EntityId);
        Assert.Null(e.Source);
    }

    [Fact]
    public void test_a_man_who_is_named_is_no_call()
    {
        var text = "ووجه مستثمر فرنسي يدعى بيار دوران رسالة الى الوزيرة";
        var doc = new CountStage().Process(Docs.WithActors(text, ("e1", EntityType.PER, "بيار دوران", "FRA")));
        Assert.DoesNotContain(new EventStage().Process(doc).Events, e => e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقالت الشرطة ان مفجرا انتحاريا من حركة الشباب فجر شاحنة قرب مركز للجيش في مقديشو صباح الاثنين مما اسفر عن مقتل 12 جنديا", "حركة الشباب")]
    [InlineData("وقالت الشرطة ان مفجرا انتحاريا من حركة الشباب فجر شاحنة قرب مركز للجيش في مقديشو صباح الاثنين مما اسفر عن مقتل 12 جنديا", "الشباب")]
    [InlineData("واستهدف مفجر انتحاري من حركة طالبان مركزا للشرطة في المدينة", "حركة طالبان")]
    public void test_an_attacker_of_a_group_named_after_من_is_that_group(string text, string group)
    {
        var doc = new CountStage().Process(Docs.WithActors(text, ("e1", EntityType.ORG, group, "AFGREB")));
        Assert.Contains(new EventStage().Process(doc).Events, e => e.Source?.EntityId == "e1");
    }

    [Theory]
    [InlineData("وقالت الامم المتحدة ان 35 طفلا، قتلوا في القصف", "35 طفلا")]
    [InlineData("وقالت الشرطة ان حارسا في احد المصارف اطلق النار من بندقيته داخل القاعة مما ادى الى اصابة موظف واحد على الاقل بجروح", "موظف واحد على الاقل")]
    public void test_counted_people_are_the_target_without_the_comma_after_them_and_with_the_noun_before_واحد(string text, string people)
    {
        // The target is the counted people's phrase: the comma before their verb and the noun before واحد were cut wrongly.
        // Since round eighteen على الاقل after واحد is the count's, and so the target's, as it is after a counted noun.
        var e = Assert.Single(Events(text), x => x.Target?.Span is { } span && text[span.Start..span.End].Contains(people.Split(' ')[^1], StringComparison.Ordinal));
        Assert.Equal(people, Docs.ArgumentWords(text, e.Target));
    }
}
