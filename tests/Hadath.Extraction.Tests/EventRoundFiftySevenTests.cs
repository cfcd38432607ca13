using Hadath.Core;
using Hadath.Extraction.Actors;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty-seven's event pass (the blind ev50- stories: a roadside bomb in Kirkuk, a march over water in a Rif town,
/// refugees returning from the Bekaa). A body told again by its bare noun right before another body whose name opens with
/// a definite head noun of its own (واتهمت الجمعية المكتب الوطني للكهرباء بـ…) is the subject, linked to the body named
/// first, and the other body the object; no apposition.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftySevenTests
{
    private static AnalyzedDocument Run(AnalyzedDocument doc) => new ActorStage().Process(doc);

    private static string[] Mentions(AnalyzedDocument doc, string id) =>
        doc.Entities.Single(e => e.Id == id).Mentions.Select(m => doc.Text[m.Start..m.End]).ToArray();

    [Theory]
    // a body's bare noun before a body named by a definite head noun of its own: the subject, linked
    [InlineData("ونددت الجمعية المغربية لحقوق الانسان بالقمع. واتهمت الجمعية المكتب الوطني للكهرباء بالتقصير.", "الجمعية المغربية لحقوق الانسان", "المكتب الوطني للكهرباء", "الجمعية")]
    [InlineData("وقالت نقابة عمال الموانئ انها ستضرب. وحملت النقابة الشركة الوطنية للنقل البحري المسؤولية.", "نقابة عمال الموانئ", "الشركة الوطنية للنقل البحري", "النقابة")]
    [InlineData("واعلنت منظمة اطباء العالم انسحابها. واتهمت المنظمة الوزارة الصحية المحلية بعرقلة عملها.", "منظمة اطباء العالم", "الوزارة الصحية المحلية", "المنظمة")]
    // guard: before a body named by an undefined head noun, as before
    [InlineData("واعلنت التنسيقية الوطنية للاساتذة الاضراب. واتهمت التنسيقية وزارة التربية بالتنصل من الحوار.", "التنسيقية الوطنية للاساتذة", "وزارة التربية", "التنسيقية")]
    // guard: a participle that spells like a head noun, with no body named there, still describes the body (الشركة المنظمة)
    [InlineData("واعلنت شركة الاتصالات الوطنية ارباحها. وقالت الشركة المنظمة للمعرض انها راضية. وحضر مندوب منظمة التجارة العالمية.", "شركة الاتصالات الوطنية", "منظمة التجارة العالمية", "الشركة المنظمة")]
    public void test_a_bodys_noun_before_a_body_with_a_definite_head_is_the_first_body(string text, string body, string other, string again)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, body, body).WithEntity("e2", EntityType.ORG, other, other));
        Assert.Equal(new[] { body, again }, Mentions(doc, "e1"));
        Assert.Equal(new[] { other }, Mentions(doc, "e2"));
    }
}
