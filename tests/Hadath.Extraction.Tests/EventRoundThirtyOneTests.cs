using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round thirty-one's event pass (the blind ev24- stories: an Iraqi attack and air strike, a Tunisian sit-in and a
/// Jordanian refugee story): aid counted past ten is told in the singular (وزعت X 2500 طرد غذائي, 300 سلة غذائية,
/// 1000 بطانية), and is handed out as surely as the plural طرود/سلال/بطانيات; and who paid for
/// it (بتمويل من الحكومة اليابانية) is no one it was handed to. Sentences written for these tests, none
/// from a story or a data set.
/// </summary>
public sealed class EventRoundThirtyOneTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("ووزعت جمعية الامل الخيرية، الاحد، 2500 طرد غذائي على الاسر المحتاجة في المخيم", "وزعت")]
    [InlineData("وزعت جمعية الامل الخيرية 300 سلة غذائية على العائلات النازحة", "وزعت")]
    [InlineData("ووزعت جمعية الامل الخيرية 1000 بطانية على سكان المخيم", "وزعت")]
    [InlineData("وزعت جمعية الامل الخيرية طردا غذائيا على كل عائلة في الحي", "وزعت")]
    public void test_aid_counted_in_the_singular_is_handed_out(string text, string trigger)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جمعية الامل الخيرية"));
        var e = Assert.Single(Events(doc), x => x.Code == "073");
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // طرد is also "to expel": with no aid handed out (وزع) it is no aid
    [InlineData("طرد جمعية الامل الخيرية من المخيم بعد خلاف مع الادارة")]
    [InlineData("وزعت جمعية الامل الخيرية بيانا على الصحافيين")]
    public void test_no_aid_without_handing_out_aid(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جمعية الامل الخيرية"));
        Assert.DoesNotContain(Events(doc), x => x.Code == "073");
    }

    [Theory]
    [InlineData("ووزعت جمعية الامل الخيرية 500 سلة غذائية على الاسر بتمويل من الحكومة اليابانية")]
    [InlineData("ووزعت جمعية الامل الخيرية مساعدات على الاسر بدعم من الحكومة اليابانية")]
    public void test_who_paid_for_aid_is_no_target_of_it(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جمعية الامل الخيرية"), ("e2", EntityType.ORG, "الحكومة اليابانية"));
        var e = Assert.Single(Events(doc), x => x.Code == "073");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }
}
