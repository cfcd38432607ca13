using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>The trigger rules of the event-quality pass: each with the span, code and rule it fires with, and a near miss.</summary>
public sealed class EventTriggerRuleTests
{
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(Docs.Tokenized(text)).Events;

    [Theory]
    // weapon-object: what was fired stands a few words after the verb
    [InlineData("وأطلقت طائرة بدون طيار صاروخا على سيارة", "أطلقت", "190", "trigger:اطلقت+weapon-object:صاروخا")]
    [InlineData("وفتحت دورية النار على السيارة", "فتحت", "190", "trigger:فتحت+weapon-object:نار")]
    [InlineData("أطلقوا عشرات الصواريخ على البلدة", "أطلقوا", "190", "trigger:اطلقوا+weapon-object:صواريخ")]
    // passive قُتل with its toll right after it
    [InlineData("قتل 15 شخصا في المدينة", "قتل", "180", "trigger:قتل+toll:15")]
    [InlineData("وقتل نحو عشرين جنديا", "قتل", "180", "trigger:قتل+toll:نحو")]
    // a protest as the subject of an onset or continuation verb
    [InlineData("واندلعت امس مظاهرات في العاصمة", "اندلعت", "141", "trigger:اندلعت+protest-object:مظاهرات")]
    [InlineData("وتصاعدت الاحتجاجات في المدن", "تصاعدت", "141", "trigger:تصاعدت+protest-object:احتجاجات")]
    // one spelling, two rows: the crowd row fails, the protest-object row fires
    [InlineData("خرجت امس مظاهرات في المدينة", "خرجت", "141", "trigger:خرجت+protest-object:مظاهرات")]
    [InlineData("خرجت مئات النساء الى الشارع", "خرجت", "141", "trigger:خرجت+crowd:ميات")]
    public void test_events_rule_span_code_and_condition(string text, string trigger, string code, string rule)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(code, e.Code);
        Assert.Equal(rule, e.Rule);
    }

    [Theory]
    [InlineData("وأطلقت الوزارة حملة لدعم المزارعين")]                     // launched a campaign: nothing fired
    [InlineData("وادان البيان قتل المدنيين")]                              // the verbal noun, no toll after it
    [InlineData("وقتل اكثر من الف شخص منذ بداية النزاع")]                  // a running total, not one attack
    [InlineData("وتحدثوا عن مقتل عشرة اشخاص في الهجوم")]                  // the attack told already (article)
    [InlineData("واعلن تبني التفجير الذي اسفر عن مقتل خمسة")]             // same, with ب/ل/ال peeled
    [InlineData("ووجهت اليه تهمة تفجير سيارة ادت الى مقتل اثنين")]        // a charge, not a report
    [InlineData("اندلعت النيران في المبنى التجاري القديم قرب مكان المظاهرات")] // the protest noun is too far from the verb
    public void test_events_near_misses_are_left_out(string text) =>
        Assert.Empty(Events(text));

    [Fact]
    public void test_events_a_clash_after_fima_is_an_event_of_its_own()
    {
        var text = "وأطلقت المروحيات صواريخ على مواقع المسلحين فيما اشتبكت القوات مع مسلحين في قرية مجاورة";
        var events = Events(text);
        Assert.Equal(2, events.Count);
        Assert.Equal("أطلقت", text[events[0].Start..events[0].End]);
        Assert.Equal("اشتبكت", text[events[1].Start..events[1].End]);
        Assert.Equal("trigger:اشتبكت+clash-with:مع", events[1].Rule);
    }

    [Theory]
    [InlineData("ونفت قيادة العمليات المشتركة ان تكون طائراتها قصفت المنازل")] // the denier's name and ان stand between
    [InlineData("واشتبكت الآراء حول القانون")]                                  // no other side after مع
    public void test_events_denied_across_a_long_subject_and_a_clash_without_a_side_are_left_out(string text) =>
        Assert.Empty(Events(text));

    [Fact]
    public void test_events_a_toll_joins_the_attack_of_its_sentence()
    {
        var text = "قتل 20 شخصا في هجوم انتحاري";
        var e = Assert.Single(Events(text));
        Assert.Equal("هجوم", text[e.Start..e.End]);
        Assert.StartsWith("trigger:هجوم+casualty:", e.Rule);
    }

    [Fact]
    public void test_events_indefinite_attack_noun_with_its_toll_still_fires()
    {
        var text = "وتحدثوا عن مقتل عشرة اشخاص في هجوم";
        var e = Assert.Single(Events(text));
        Assert.Equal("هجوم", text[e.Start..e.End]);
        Assert.Equal("trigger:هجوم+casualty:مقتل", e.Rule);
    }
}
