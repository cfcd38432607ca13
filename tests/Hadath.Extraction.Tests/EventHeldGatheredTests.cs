using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Acts the ev9- stories told in ways the triggers missed: a crowd's gathering in a relative clause after it (مئات الشبان
/// تجمعوا), aid handed out as the verbal noun after قام (قامت المنظمة بتوزيع سلال غذائية), and a meeting held as the object
/// of a past عقد past its subject and commas (عقد الوزير، مساء امس، لقاء مع), a force stepping in to disperse a crowd
/// (تدخلت القوات العمومية لتفريق المحتجين). Sentences written for these tests, none from
/// a story or a data set.
/// </summary>
public sealed class EventHeldGatheredTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وفرقت الشرطة بالقوة مئات الشبان تجمعوا امام مقر الشركة", "تجمعوا", 1)]
    [InlineData("وقال شهود ان الاف الطلاب احتشدوا في الساحة", "احتشدوا", 1)]
    [InlineData("وقال شهود ان الاف من الطلاب تجمهروا امام الجامعة", "تجمهروا", 1)]
    [InlineData("وقال شهود ان الطلاب تجمعوا امام الجامعة", "تجمعوا", 0)]                // no crowd counted
    [InlineData("ووصل مئات الشبان، ثم تجمعوا امام مقر الشركة", "تجمعوا", 0)]          // a comma between
    [InlineData("وقال المنظمون ان عدد المشاركين ناهز الالف بعدما تجمعوا امام البلدية", "تجمعوا", 0)]   // a clause of its own
    public void test_a_plural_verb_after_its_counted_crowd_is_that_crowds_gathering(string text, string verb, int expected)
    {
        var events = Events(Docs.WithNamed(text)).Where(e => e.Code == "141").ToList();
        Assert.Equal(expected, events.Count);
        if (expected == 1) Assert.Equal(verb, text[events[0].Span.Start..events[0].Span.End]);
    }

    [Theory]
    [InlineData("فيما قامت منظمة الهلال الاحمر العربي السوري بتوزيع سلال غذائية ومواد طبية عليهم", "منظمة الهلال الاحمر العربي السوري", "توزيع سلال", 1)]
    [InlineData("وقامت الجمعية بتوزيع المساعدات على العائلات", "الجمعية", "توزيع المساعدات", 1)]
    [InlineData("وقامت الجمعية بتوزيع منشورات على العائلات", "الجمعية", "", 0)]    // leaflets are no aid
    public void test_aid_handed_out_after_an_act_verb_is_given_by_its_subject(string text, string giver, string trigger, int expected)
    {
        var events = Events(Docs.WithNamed(text, ("e1", EntityType.ORG, giver))).Where(e => e.Code == "073").ToList();
        Assert.Equal(expected, events.Count);
        if (expected == 0) return;
        Assert.Equal(trigger, text[events[0].Span.Start..events[0].Span.End]);
        Assert.Equal("e1", events[0].Source?.EntityId);
    }

    [Theory]
    [InlineData("وتدخلت عناصر القوات العمومية لتفريق المحتجين حين حاولوا التوجه نحو البرلمان", "تفريق", 1)]
    [InlineData("وتدخلت قوات الامن لفض الاعتصام امام الوزارة", "فض", 1)]
    [InlineData("وتدخلت الشرطة لفض اشتباك بين عائلتين", "", 0)]              // a fight broken up: no crowd repressed
    [InlineData("وطالبت المنظمة الشرطة بتفريق المحتجين", "", 0)]              // asked to, no act verb before it
    public void test_a_force_stepping_in_to_disperse_a_crowd_dispersed_it(string text, string trigger, int expected)
    {
        var events = Events(Docs.WithNamed(text)).Where(e => e.Code == "175").ToList();
        Assert.Equal(expected, events.Count);
        if (expected == 1) Assert.Equal(trigger, text[events[0].Span.Start..events[0].Span.End]);
    }

    [Theory]
    [InlineData("من جهته، عقد وزير الصحة انس الدكالي، مساء امس الثلاثاء، لقاء مع ممثلي النقابات الصحية", "لقاء مع", 1)]
    [InlineData("وعقد انس الدكالي اجتماعا مع ممثلي النقابات في الرباط", "اجتماعا مع", 1)]
    [InlineData("ومن المقرر ان يعقد انس الدكالي لقاء مع ممثلي النقابات", "", 0)]    // a plan: no past عقد
    [InlineData("وعقد انس الدكالي مؤتمرا صحفيا. وقال ان لقاء مع النقابات ممكن", "", 0)]  // another sentence's عقد
    [InlineData("واقترح انس الدكالي عقد لقاء مع ممثلي النقابات", "", 0)]          // the verbal noun of a plan
    [InlineData("ويتوجه انس الدكالي الى الرباط لعقد محادثات مع النقابات", "", 0)]   // لعقد: to hold
    public void test_a_meeting_noun_after_a_past_aqada_was_held_by_the_subject(string text, string trigger, int expected)
    {
        var events = Events(Docs.WithNamed(text, ("e1", EntityType.PER, "انس الدكالي"))).Where(e => e.Code == "040").ToList();
        Assert.Equal(expected, events.Count);
        if (expected == 0) return;
        Assert.Equal(trigger, text[events[0].Span.Start..events[0].Span.End]);
        Assert.Equal("e1", events[0].Source?.EntityId);
    }
}
