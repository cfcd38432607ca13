using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy-one's event pass (the blind ev64- stories: a missile intercepted over Jazan, a raid on militants in Giza,
/// marches in Omdurman). A raid told by the verb داهم (داهمت الشرطة منزلا, ان القوات داهمت المزرعة) is coded 171, as the
/// older gold codes it; the adjective داهم (خطرا داهما) and the verb with an object pronoun (داهمني الالم), which real news
/// also uses of pains and dangers, stay unread. A second title of command between the body of the first and the holder's
/// name (رئيس المجلس الرئاسي القائد الاعلى للجيش محمد المنفي) does not hide the holder: he is the one met or received,
/// not the body. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSeventyOneTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Bodies =
    [
        ("e1", EntityType.ORG, "قوات الامن الوطني", "EGYCOP"), ("e2", EntityType.ORG, "الشرطة الالمانية", "DEUCOP"),
        ("e3", EntityType.ORG, "الجيش الاسرائيلي", "ISRMIL"), ("e4", EntityType.LOC, "برلين", "DEU"),
    ];

    [Theory]
    // a raid told by داهم, verb first (with a subject of a body's members), and after ان in reported speech
    [InlineData("وداهمت قوات الامن الوطني فجر اليوم مزرعة يختبئ فيها مطلوبون", "داهمت", "e1")]
    [InlineData("واضاف المتحدث ان الشرطة الالمانية داهمت شقتين في برلين صباح الاحد", "داهمت", "e2")]
    [InlineData("وداهم جنود الجيش الاسرائيلي منزلا في المخيم واعتقلوا صاحبه", "داهم", "e3")]
    [InlineData("وداهم عناصر من قوات الامن الوطني مخزنا للاسلحة قرب الحدود", "داهم", "e1")]
    public void test_a_raid_told_by_dahama_is_coded_171(string text, string trigger, string source)
    {
        var e = Assert.Single(Events(Named(text, Bodies)), e => e.Code == "171");
        Assert.EndsWith(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.NotEqual("e4", e.Target?.EntityId);
    }

    [Theory]
    // guard: the adjective (an imminent danger) and the verb with an object pronoun (a pain that came upon someone) stay unread
    [InlineData("وحذر الوزير من ان الجفاف يمثل خطرا داهما على المزارعين في برلين")]
    [InlineData("وقالت الممثلة انها شعرت بالم داهمها فجأة قبل العرض")]
    [InlineData("وقال ان المرض داهمني قبل الموعد بشهرين")]
    public void test_the_adjective_dahim_and_a_pain_that_came_upon_someone_are_no_raid(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Bodies)), e => e.Code == "171");
    }

    private static readonly (string, EntityType, string, string?)[] Officers =
    [
        ("e1", EntityType.PER, "عبدالله الثاني", "JORGOV"), ("e2", EntityType.ORG, "المجلس الرئاسي الليبي", "LBYGOV"),
        ("e3", EntityType.PER, "محمد المنفي", "LBYGOV"), ("e4", EntityType.PER, "عبد الفتاح السيسي", "EGYGOV"),
        ("e5", EntityType.ORG, "مجلس السيادة السوداني", "SDNGOV"), ("e6", EntityType.PER, "عبد الفتاح البرهان", "SDNGOV"),
        ("e7", EntityType.LOC, "عمان", "JOR"),
    ];

    [Theory]
    // a second title of command (title, العام/الاعلى, what it commands behind لل) between the first title's body and the name
    [InlineData("واستقبل عبدالله الثاني رئيس المجلس الرئاسي الليبي القائد الاعلى للجيش محمد المنفي في عمان", "استقبل", "043", "e1", "e3")]
    [InlineData("استقبل عبد الفتاح السيسي اليوم رئيس مجلس السيادة السوداني القائد العام للقوات المسلحة عبد الفتاح البرهان", "استقبل", "043", "e4", "e6")]
    [InlineData("والتقى عبد الفتاح السيسي رئيس مجلس السيادة السوداني القائد العام للجيش الفريق عبد الفتاح البرهان", "التقى", "040", "e4", "e6")]
    // guard: no second title, and a body with no holder named after it
    [InlineData("واستقبل عبدالله الثاني رئيس المجلس الرئاسي الليبي محمد المنفي في عمان", "استقبل", "043", "e1", "e3")]
    [InlineData("واستقبل عبدالله الثاني وفدا من المجلس الرئاسي الليبي في عمان", "استقبل", "043", "e1", "e2")]
    public void test_a_second_title_of_command_does_not_hide_the_holder(string text, string trigger, string code, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Officers)), e => e.Code == code);
        Assert.EndsWith(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }
}
