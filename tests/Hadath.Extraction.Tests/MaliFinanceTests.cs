using Hadath.Core;
using Hadath.Extraction.Actors;

namespace Hadath.Extraction.Tests;

/// <summary>
/// مالي is Mali's adjective and the word financial: وزارة المالية and الاوراق المالية are no Malian bodies, while الجيش
/// المالي and الرئيس المالي are Mali's. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class MaliFinanceTests
{
    private static string? ActorOf(string text, EntityType type, string surface) =>
        new ActorStage().Process(Docs.WithNamed(text, ("e1", type, surface))).Entities.Single().Actor;

    [Theory]
    [InlineData("واعلنت وزارة المالية المصرية عن طرح سندات جديدة.", "وزارة المالية المصرية", "EGYGOV")]
    [InlineData("وقالت هيئة الاوراق المالية الامريكية انها فتحت تحقيقا.", "هيئة الاوراق المالية الامريكية", "USA")]
    [InlineData("وقال وزير المالية السعودي محمد الجدعان ان العجز تراجع.", "محمد الجدعان", "SAUGOV")]
    public void test_a_body_of_finance_keeps_its_own_country(string text, string surface, string code)
    {
        var type = surface.StartsWith("محمد", StringComparison.Ordinal) ? EntityType.PER : EntityType.ORG;
        Assert.Equal(code, ActorOf(text, type, surface));
    }

    [Theory]
    [InlineData("واعلنت وزارة المالية عن طرح سندات جديدة.", "وزارة المالية")]
    [InlineData("وقالت هيئة الرقابة المالية انها فتحت تحقيقا.", "هيئة الرقابة المالية")]
    public void test_a_body_of_finance_with_no_country_is_not_malian(string text, string surface)
    {
        Assert.DoesNotContain("MLI", ActorOf(text, EntityType.ORG, surface) ?? "");
    }

    [Theory]
    [InlineData("وقال الجيش المالي في بيان انه صد الهجوم.", "الجيش المالي", "MLIMIL")]
    [InlineData("وقالت الحكومة المالية انها ستحقق في الهجوم.", "الحكومة المالية", "MLIGOV")]
    [InlineData("وقالت وزارة خارجية مالي انها استدعت السفير.", "وزارة خارجية مالي", "MLIGOV")]
    public void test_malis_army_and_government_stay_malian(string text, string surface, string code)
    {
        Assert.Equal(code, ActorOf(text, EntityType.ORG, surface));
    }
}
