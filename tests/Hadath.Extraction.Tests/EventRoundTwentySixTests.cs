using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round twenty-six of the lead's event fixes: a name in brackets right after the subject (دانت بعثة الاتحاد الافريقي في
/// الصومال (اميصوم) الهجوم) names the subject's body again and is no target; a member of parliament named past his seat (عضو مجلس النواب عن
/// المحافظة احمد الجبوري) acts in person; a clause opened by حين holds no object of the act before it; a body a square is named after (ساحة الامم المتحدة)
/// is no second actor of the clause; after قبل ان a dispersal's crowd is its object, the actor before its subject; strikes
/// launched past a day set off by commas (شن X، السبت، غارات) are found. Sentences written for these tests, none
/// from a story or a data set.
/// </summary>
public sealed class EventRoundTwentySixTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("كما دان عضو مجلس النواب عن المحافظة احمد الجبوري الاعتداء")]
    [InlineData("كما دان عضو مجلس النواب احمد الجبوري الاعتداء")]
    public void test_a_member_named_past_his_seat_condemns_in_person(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "مجلس النواب"), ("e2", EntityType.PER, "احمد الجبوري"));
        var e = Assert.Single(Events(doc), x => x.Code == "111");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Null(e.Target);
    }

    [Fact]
    public void test_a_body_named_again_by_its_acronym_in_brackets_is_no_target()
    {
        var text = "من جهتها، دانت بعثة الاتحاد الافريقي في الصومال (اميصوم) الهجوم";
        // The tagger found the union, not the mission: the acronym is a second entity, the mission's.
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الاتحاد الافريقي"), ("e2", EntityType.LOC, "الصومال"), ("e3", EntityType.ORG, "اميصوم"));
        var e = Assert.Single(Events(doc), x => x.Code == "111");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target);
    }

    [Fact]
    public void test_a_clause_after_حين_holds_no_object_of_the_act_before_it()
    {
        var text = "وتدخلت عناصر القوات العمومية لتفريق المحتجين حين حاولوا التوجه نحو مقر البرلمان";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "القوات العمومية"), ("e2", EntityType.ORG, "البرلمان"));
        var e = Assert.Single(Events(doc), x => x.Code == "175");
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_a_body_a_square_is_named_after_is_no_second_actor_of_the_clause()
    {
        var text = "وانتشرت عناصر من القوات المساعدة في محيط ساحة الأمم المتحدة واعتقلت 14 محتجا";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "القوات المساعدة"), ("e2", EntityType.ORG, "الأمم المتحدة"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_crowd_after_a_dispersal_told_with_قبل_ان_is_whom_it_dispersed()
    {
        var text = "واقامت عناصر الدرك الوطني حواجز على الطريق عند مخرج المدينة، قبل ان تفرق المحتجين باستعمال خراطيم المياه";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الدرك الوطني"));
        var e = Assert.Single(Events(doc), x => x.Code == "175");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("المحتجين", Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_strikes_launched_past_a_day_set_off_by_commas()
    {
        var text = "شن سلاح الجو التركي، السبت، غارات على مواقع للتنظيم في منطقة عفرين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "سلاح الجو التركي"), ("e2", EntityType.LOC, "عفرين"));
        var e = Assert.Single(Events(doc), x => x.Code == "195");
        Assert.Equal("e1", e.Source?.EntityId);
    }
}
