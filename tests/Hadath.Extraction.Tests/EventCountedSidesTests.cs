using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// People counted as a side of an act: the dead, wounded or taken of a violent act are its target, the crowd counted at
/// a protest its source; the action words of the count are no part of the side. Sentences written for these tests, none
/// from a story or a data set.
/// </summary>
public sealed class EventCountedSidesTests
{
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(new CountStage().Process(Docs.WithNamed(text))).Events;

    [Theory]
    [InlineData("قتل 12 شخصا وأصيب عشرون آخرون في انفجار سيارة مفخخة في السوق", "انفجار", "12 شخصا")]    // the toll joins the act
    [InlineData("اعلنت الشرطة مقتل تسعة اشخاص في هجوم انتحاري على الحاجز", "هجوم", "تسعة اشخاص")]          // the killing as a noun
    [InlineData("وقال مسؤول ان خمسة مدنيين قتلوا في سقوط قذائف على الحي", "قذائف", "خمسة مدنيين")]         // the verb after the people
    [InlineData("وخطف مسلحون ثلاثة مهندسين قرب الميناء", "خطف", "ثلاثة مهندسين")]                          // people taken after the subject
    public void test_people_a_violent_act_struck_are_its_target(string text, string trigger, string victims)
    {
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == trigger);
        Assert.Equal(victims, Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_soldiers_counted_take_the_military_agent_and_the_nationality_after_a_dual()
    {
        var text = "السفير: وقتل جنديان فرنسيان في هجوم على القافلة";
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == "هجوم");
        Assert.Equal("جنديان فرنسيان", Docs.ArgumentWords(text, e.Target));
        Assert.Equal("FRAMIL", e.Target?.Actor);
    }

    [Fact]
    public void test_people_counted_after_a_word_saying_another_incident_follows_are_not_the_target()
    {
        var text = "وانفجرت قنبلة قرب المدرسة، وفي حادث منفصل اصيب ثلاثة اشخاص بجروح";
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == "انفجرت");
        Assert.Null(e.Target);
    }

    [Fact]
    public void test_people_counted_before_a_clause_of_its_own_are_not_the_target_of_the_act_in_it()
    {
        var text = "وقتل اربعة جنود في هجوم على الحاجز، فيما قتلت القوات ستة مسلحين";
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == "قتلت");
        Assert.Equal("ستة مسلحين", Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_the_body_a_protest_is_against_may_stand_a_few_words_after_على()
    {
        var text = "وتظاهر مئات الطلاب احتجاجا على قرارات الحكومة الاخيرة";
        var e = Assert.Single(Events(text), x => x.Plover == "PROTEST");
        Assert.Equal("الحكومة", Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_the_dead_of_a_clash_are_no_side_of_it()
    {
        var text = "وقتل ثلاثة اشخاص في اشتباكات عنيفة في المدينة امس";
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == "اشتباكات");
        Assert.Null(e.Target);
    }

    [Fact]
    public void test_the_victims_start_at_their_number_not_at_the_subject_before_it()
    {
        var text = "وقتلت الغارات الجوية اكثر من 40 مدنيا في البلدة";
        var e = Assert.Single(Events(text));
        Assert.Equal("اكثر من 40 مدنيا", Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("وتظاهر مئات الطلاب امام مقر الوزارة", "مئات الطلاب")]
    [InlineData("وتجمع آلاف المحتجين في الساحة الرئيسية امس", "آلاف المحتجين")]
    [InlineData("وتجمع مئات من العمال امام مقر الوزارة", "مئات من العمال")]                                  // who they are after من
    [InlineData("واندلعت مظاهرات في عدد من المدن، ورفع المتظاهرون صور المعتقلين", "المتظاهرون")]          // named later in the sentence
    public void test_the_crowd_of_a_protest_is_its_source(string text, string crowd)
    {
        var e = Assert.Single(Events(text), x => x.Plover == "PROTEST");
        Assert.Equal(crowd, Docs.ArgumentWords(text, e.Source));
    }
}
