using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Clashes told in forms the trigger table had no row for: the verb with مع and a pronoun (واشتبكت معهم), the present
/// and subjunctive verb (قبل ان يشتبكوا مع الحراس) and a clash noun with مع after it (دخلوا في مواجهات مع قوات مكافحة
/// الشغب; after بعد/اثر the noun is a cause, read only with its toll). Matches and talks called مواجهة stay none. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventClashFormsTests
{
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(Docs.Tokenized(text)).Events;

    [Theory]
    [InlineData("وقال ضابط ان المسلحين فجروا عبوة عند مدخل القرية قبل ان يشتبكوا مع الحراس لنحو ساعة", "يشتبكوا")]
    [InlineData("واضاف ان دورية للجيش تعرضت لكمين قرب القرية، واشتبكت معهم لنحو ساعة", "اشتبكت")]
    [InlineData("وقال المصدر ان العشرات من الشبان دخلوا في مواجهات مع قوات مكافحة الشغب في وسط المدينة", "مواجهات")]
    public void test_a_clash_in_these_forms_is_read(string text, string trigger)
    {
        var e = Assert.Single(Events(text), x => x.Code == "190");
        Assert.Contains(trigger, text[e.Span.Start..e.Span.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ويستعد الفريق لمواجهة مع الزمالك في نهائي الكأس")]
    [InlineData("وقال الوزير ان الحكومة لن تدخل في مواجهة مع النقابات")]
    [InlineData("وتتواصل المواجهة الكلامية بين الحزبين منذ اسابيع")]
    public void test_a_match_or_a_war_of_words_is_no_clash(string text)
    {
        Assert.DoesNotContain(Events(text), x => x.Code == "190");
    }

    [Fact]
    public void test_a_clash_after_an_attack_suffered_is_the_sufferers_against_the_attackers()
    {
        const string text = "واضاف ان قوة من الجيش تعرضت بعد ذلك لاطلاق نار من قبل مسلحين مجهولين قرب القرية، واشتبكت معهم لنحو ساعة";
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش", "IRQMIL"));
        var clash = Assert.Single(new EventStage().Process(doc).Events, x => x.Code == "190" && text[x.Span.Start..x.Span.End].Contains("اشتبكت", StringComparison.Ordinal));
        Assert.Equal("e1", clash.Source?.EntityId);
        Assert.Equal("مسلحين مجهولين", Docs.ArgumentWords(text, clash.Target));
    }
}
