using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Whom an accusation names when an aside set off by commas stands between its subject and the accused
/// (اتهم X، في بيان، Y بـ…), when the subject's own adjective closes its name (الائتلاف … المعارض), and when the accused
/// is a noun governing a definite one right after an aside without commas (في بيان قوات النظام). Sentences written for
/// these tests, none from a story or a data set.
/// </summary>
public sealed class EventAccusedAsideTests
{
    private static Event Accusation(AnalyzedDocument doc) => Assert.Single(new EventStage().Process(doc).Events, e => e.Code == "112");

    [Theory]
    [InlineData("واتهمت حركة النهضة، في بيان، قوات الامن باستخدام القوة ضد المحتجين", "حركة النهضة", "قوات الامن")]
    [InlineData("واتهم العقيد سالم الهاشمي، في تصريح صحفي، جماعة الحوثي باستهداف الاحياء السكنية", "سالم الهاشمي", "جماعة الحوثي")]
    [InlineData("كما اتهم حزب الاستقلال، خلال مؤتمر صحافي عقده في الرباط، الحكومة بالتقصير في حماية الاساتذة", "حزب الاستقلال", "الحكومة")]
    public void test_the_accused_after_an_aside_between_commas_is_named(string text, string accuser, string accused)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, accuser), ("e2", EntityType.ORG, accused));
        var e = Accusation(doc);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_the_subjects_own_adjective_is_not_the_accused()
    {
        const string text = "واتهمت الجبهة الوطنية المعارضة، في بيان، الشرطة العسكرية بتعذيب الموقوفين";
        var e = Accusation(Docs.WithNamed(text, ("e1", EntityType.ORG, "الجبهة الوطنية"), ("e2", EntityType.ORG, "الشرطة العسكرية")));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_the_subjects_own_adjective_before_an_unnamed_accused_is_passed()
    {
        const string text = "واتهم التحالف الوطني المعارض في بيان قوات النظام بقصف الاحياء";
        var e = Accusation(Docs.WithNamed(text, ("e1", EntityType.ORG, "التحالف الوطني")));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("قوات النظام", Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_a_noun_governing_a_definite_after_an_aside_is_the_accused_not_part_of_the_aside()
    {
        const string text = "واتهم الجيش في بيان قوات النظام بقصف الاحياء";
        var e = Accusation(Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش")));
        Assert.Equal("قوات النظام", Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    // a country right after the accuser is the accused, whatever its ending
    [InlineData("واتهمت طهران السعودية بدعم الجماعات المسلحة", "طهران", "IRN")]
    [InlineData("واتهمت الحكومة الايرانية، في بيان، السعودية بدعم الجماعات المسلحة", "الحكومة الايرانية", "IRNGOV")]
    public void test_a_named_accused_right_after_the_subject_or_the_aside_stays_the_accused(string text, string accuser, string code)
    {
        var doc = Docs.WithActors(text, ("e1", accuser.Contains(' ') ? EntityType.ORG : EntityType.LOC, accuser, code), ("e2", EntityType.LOC, "السعودية", "SAU"));
        var e = Accusation(doc);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واتهم العقيد سالم الهاشمي، في تصريح للتلفزيون، مسلحي التنظيم باستخدام المدنيين دروعا بشرية", "التنظيم")]
    [InlineData("واتهم العقيد سالم الهاشمي عناصر حركة الشباب بزرع العبوات على الطريق", "حركة الشباب")]
    public void test_members_in_construct_with_their_group_are_the_group_accused(string text, string group)
    {
        var e = Accusation(Docs.WithNamed(text, ("e1", EntityType.PER, "سالم الهاشمي"), ("e2", EntityType.ORG, group)));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }
}
