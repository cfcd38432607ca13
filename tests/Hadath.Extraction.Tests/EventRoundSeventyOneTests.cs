using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy-one's event pass (the blind ev64- stories: a missile intercepted over Jazan, a raid on militants in Giza,
/// marches in Omdurman). A raid told by the verb داهم (داهمت الشرطة منزلا, ان القوات داهمت المزرعة) is coded 171, as the
/// older gold codes it; the adjective داهم (خطرا داهما) and the verb with an object pronoun (داهمني الالم), which real news
/// also uses of pains and dangers, stay unread. Sentences written for these tests, none from a story or a data set.
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
}
