using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// The staff of a body named in construct (عمال شركة X, لعمال شركة X, موظفي مؤسسة X) are who a dispersal or an arrest was
/// done to, not the body that employs them. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventWorkforceTargetTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("فضت قوات الامن فجر اليوم اعتصاما لنحو 400 من عمال شركة النسيج الوطنية داخل مقر الشركة", "175")]
    [InlineData("فرقت الشرطة اعتصام عمال شركة النسيج الوطنية امام مقر الولاية", "175")]
    public void test_a_crowd_of_a_bodys_staff_is_not_the_body(string text, string code)
    {
        var e = Assert.Single(Events(Docs.WithActors(text, ("e3", EntityType.ORG, "شركة النسيج الوطنية", null))), x => x.Code == code);
        Assert.NotEqual("e3", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_body_acted_on_itself_stays_the_target()
    {
        const string text = "واتهمت النقابة الوطنية شركة النسيج الوطنية بطرد مئات العمال";
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "النقابة الوطنية", "LAB"), ("e3", EntityType.ORG, "شركة النسيج الوطنية", null));
        Assert.Contains(Events(doc), x => x.Code == "112" && x.Target?.EntityId == "e3");
    }

    [Fact]
    public void test_the_staff_of_a_body_taken_are_the_bodys()
    {
        const string text = "خطف مسلحون يوم الخميس اثنين من موظفي الامم المتحدة في محافظة ابين";
        var doc = Docs.WithActors(text, ("e3", EntityType.ORG, "الامم المتحدة", "IGOUNO"));
        Assert.Contains(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal) && x.Target?.EntityId == "e3");
    }
}
