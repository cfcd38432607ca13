using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A fight told by its noun with مع after it, whose dead are counted before it as members of one group (قتل خمسة من عناصر
/// الشرطة الاتحادية في اشتباكات مع مسلحي التنظيم): that group is the source and the one after مع the target, also when the
/// members are told in construct (من عناصر X) or counted in digits; a side told by words then named in brackets (قوات الامن
/// الكردية (الاسايش)) is the body named. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventCountedClashSideTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وقتل خمسة من عناصر الشرطة الاتحادية في اشتباكات مع مسلحي تنظيم داعش غرب المدينة")]
    [InlineData("وقتل 12 من افراد الشرطة الاتحادية في اشتباكات مع مسلحي تنظيم داعش غرب المدينة")]
    [InlineData("ولقي 7 من مقاتلي الشرطة الاتحادية حتفهم في مواجهات مع تنظيم داعش")]
    public void test_the_group_whose_counted_members_died_in_a_fight_is_its_source(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الشرطة الاتحادية"), ("e2", EntityType.ORG, "تنظيم داعش"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_the_counted_group_is_found_past_its_adjective_a_second_toll_and_a_time()
    {
        var text = "ولقي 9 عناصر من جبهة الخلاص المتمردة حتفهم واصيب عشرة آخرون، مساء الاحد، في مواجهات مع القوات الحكومية";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جبهة الخلاص"), ("e2", EntityType.ORG, "القوات الحكومية"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_members_counted_of_the_partner_itself_make_no_second_side()
    {
        var text = "وقتل خمسة من عناصر تنظيم داعش في اشتباكات مع تنظيم داعش";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "تنظيم داعش"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Null(e.Source?.EntityId);
    }

    [Fact]
    public void test_a_side_told_by_words_then_named_in_brackets_is_the_named_body()
    {
        var text = "اندلعت اشتباكات الاربعاء بين قوات الامن الكردية (الاسايش) ومسلحين من قوات الدفاع الوطني في المدينة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الاسايش"), ("e2", EntityType.ORG, "قوات الدفاع الوطني"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_bracketed_place_is_no_side()
    {
        var text = "اندلعت اشتباكات الاربعاء بين قوات الامن (القامشلي) ومسلحين من قوات الدفاع الوطني";
        var doc = Docs.WithNamed(text, ("e1", EntityType.LOC, "القامشلي"), ("e2", EntityType.ORG, "قوات الدفاع الوطني"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.NotEqual("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_strike_launcher_named_with_its_acronym_in_brackets_before_the_verb_is_the_source()
    {
        var text = "واضاف ان القيادة العسكرية الامريكية في افريقيا (افريكوم) شنت غارتين جويتين على مواقع للمسلحين قرب البلدة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "القيادة العسكرية الامريكية في افريقيا"));
        var e = Assert.Single(Events(doc), x => x.Code == "195");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وشنت طائرات التحالف غارات على مواقع للحوثيين قرب المدينة")]
    [InlineData("وشن طيران التحالف ثلاث غارات على تعزيزات للحوثيين في طريقها الى المديرية")]
    public void test_a_group_told_again_by_its_followers_after_lil_is_the_target(string text)
    {
        var doc = Docs.WithNamed("اتهمت جماعة الحوثي التحالف بخرق التهدئة. " + text, ("e1", EntityType.ORG, "جماعة الحوثي"), ("e2", EntityType.ORG, "التحالف"));
        var e = Assert.Single(Events(doc), x => x.Code == "195");
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_an_arrest_made_during_an_operation_is_the_operations_doers()
    {
        var text = "ونفذت قوة مشتركة من الجيش العراقي، صباح اليوم، عملية تفتيش في وادي الشاي جنوبي كركوك، اعتقلت خلالها سبعة مطلوبين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"), ("e2", EntityType.LOC, "كركوك"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
    }
}
