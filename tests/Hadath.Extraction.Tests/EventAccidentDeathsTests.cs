using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Deaths told by a plain killing verb (قتلوا, قتلت: no count after it) owe nothing to violence when the sentence tells a
/// collapse, a storm or a crash, as a toll after قتل already does not; nor do deaths in the blast of a gas tank or a fuel
/// tanker (انفجار خزان للغاز, انفجار صهريج وقود). Found in a hand audit of events on the reference stories (a bridge
/// collapse coded as an assault). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventAccidentDeathsTests
{
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(new CountStage().Process(Docs.WithNamed(text))).Events;

    [Theory]
    [InlineData("وقالت الشرطة ان عدة اشخاص قتلوا نتيجة انهيار جسر للمشاة قرب الجامعة")]
    [InlineData("وذكرت السلطات ان اربعة اشخاص قتلوا في زلزال ضرب المنطقة فجر اليوم")]
    [InlineData("وقالت مصادر طبية ان امراة وطفليها قتلوا اثر اصطدام حافلة بشاحنة على الطريق السريع")]
    [InlineData("وقتل ثلاثة عمال اثر انفجار خزان للغاز في مصنع بالمنطقة الصناعية")]
    [InlineData("وقالت الشرطة ان خمسة اشخاص قتلوا في انفجار صهريج وقود على الطريق الدولي")]
    public void test_deaths_in_a_collapse_a_quake_a_crash_or_a_gas_blast_are_no_assault(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Code.StartsWith("18", StringComparison.Ordinal) || e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقالت الشرطة ان عدة اشخاص قتلوا في هجوم مسلح على حافلة قرب الجامعة")]
    [InlineData("وقتل ثلاثة جنود اثر انفجار عبوة ناسفة بدوريتهم")]
    public void test_deaths_in_an_attack_or_a_bomb_stay_violent(string text)
    {
        Assert.Contains(Events(text), e => e.Code.StartsWith("18", StringComparison.Ordinal) || e.Code.StartsWith("19", StringComparison.Ordinal));
    }
}

/// <summary>
/// Spellings a verb shares with a noun: وزارته ("his ministry", not و+زار+ته "and visited him") and a verb spelling right
/// after قرار written with و (وقرار رفض الاندماج: the decision to reject, no rejection told). From a hand audit of events on
/// the reference stories. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventNounSpellingTests
{
    private static IReadOnlyList<Event> Events(string text, params (string Id, EntityType Type, string Surface)[] named) =>
        new EventStage().Process(new CountStage().Process(Docs.WithNamed(text, named))).Events;

    [Theory]
    [InlineData("وقال الوزير خلال مناقشة ميزانية وزارته من قبل لجنة المالية ان الاعتمادات ستخصص للسجون")]
    [InlineData("واعلنت الوزيرة ان وزارتها ستفتح تحقيقا في الحادث")]
    public void test_his_ministry_is_no_visit(string text)
    {
        var named = text.Contains("لجنة المالية", StringComparison.Ordinal) ? new[] { ("e1", EntityType.ORG, "لجنة المالية") } : [];
        Assert.DoesNotContain(Events(text, named), e => e.Code == "042");
    }

    [Fact]
    public void test_a_verb_spelling_after_وقرار_is_its_verbal_noun()
    {
        var text = "وقرار رفض الاندماج هو ابرز صفقة ترفض منذ تولي سالم الحربي منصبه";
        Assert.DoesNotContain(Events(text, ("e1", EntityType.PER, "سالم الحربي")), e => e.Code.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public void test_a_visit_with_its_object_pronoun_after_a_name_is_still_a_visit()
    {
        var text = "وعاد الرئيس الى المستشفى، وزاره وزير الخارجية سالم الحربي في غرفته";
        Assert.Contains(Events(text, ("e1", EntityType.PER, "سالم الحربي")), e => e.Code == "042" && e.Source?.EntityId == "e1");
    }
}

/// <summary>
/// Fire opened on a text, a deal, a plan or a process (اطلق النار على وثيقة قرطاج, على الاتفاق السياسي) is a figure of
/// speech, no shooting. From a hand audit of events on the reference stories. Sentences written for these tests, none from
/// a story or a data set.
/// </summary>
public sealed class EventFiredAtFigureTests
{
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(new CountStage().Process(Docs.WithNamed(text))).Events;

    [Theory]
    [InlineData("وقال النقابي ان رئيس الحكومة اطلق النار على وثيقة قرطاج بقراره الاخير")]
    [InlineData("واعتبر المحلل ان الحزب اطلق النار على الاتفاق السياسي")]
    [InlineData("وقال ان الوزير اطلق النار على المبادرة قبل ان تولد")]
    public void test_fire_on_a_text_or_a_deal_is_no_shooting(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Code.StartsWith("19", StringComparison.Ordinal) || e.Code.StartsWith("18", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("واطلق مسلحون النار على دورية للشرطة قرب الحدود")]
    [InlineData("واطلق مسلحون النار على المتظاهرين امام البرلمان")]   // (soldiers firing on them repress them: EventFireOnProtestersTests)
    public void test_fire_on_people_or_a_patrol_is_shooting(string text)
    {
        Assert.Contains(Events(text), e => e.Code == "190");
    }
}
