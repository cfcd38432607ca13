using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A person the story first named after a title (محافظ درعا الهنوس) is a public figure when a later sentence names him
/// alone as the subject of Hadath's own verbs (واتهم الهنوس …): the verb opening its clause, or his name before it. Not so
/// after a collective force (عناصر من الشرطة والجيش اوقفوا X) or for a verb inside a clause whose subject comes before it
/// (شكوى قدمها محام اتهم X). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventTitledEarlierTests
{
    private static IReadOnlyList<Event> Events(string text) =>
        new EventStage().Process(Docs.WithNamed(text, ("e1", EntityType.PER, "الهنوس"))).Events;

    [Theory]
    [InlineData("وقال محافظ درعا الهنوس ان المعبر مفتوح. واتهم الهنوس المعارضة بعرقلة عودة المهجرين", 1)]
    [InlineData("وقال الوزير الهنوس ان المعبر مفتوح. وقد اتهم الهنوس المعارضة بعرقلة عودة المهجرين", 1)]
    [InlineData("وقال صديقه الهنوس ان المعبر مفتوح. واتهم الهنوس المعارضة بعرقلة عودة المهجرين", 0)]   // no title
    [InlineData("وقال محافظ درعا الهنوس ان المعبر مفتوح. وقدم محام شكوى اتهم الهنوس فيها بالفساد", 0)]          // inside a clause: the object
    public void test_a_person_introduced_with_a_title_accuses_as_a_public_figure(string text, int expected)
    {
        var accusations = Events(text).Where(e => e.Code == "112" && e.Source?.EntityId == "e1").ToList();
        Assert.Equal(expected, accusations.Count);
    }

    [Fact]
    public void test_a_collective_force_before_a_name_is_no_title() =>
        Assert.DoesNotContain(Events("وقالت الشرطة ان عناصر من الشرطة والجيش اوقفوا الهنوس في منزله"), e => e.Source?.EntityId == "e1");
}
