using Hadath.Core;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A body's name in quotation marks after its indefinite head (جمعية "فورزا تونس", منظمة «انا يقظ», شركة "امانديس") is an
/// organisation: the words inside the marks, as the story gold names it (ev9-tangier, ev19p-casablanca, ev21-wadikhaled,
/// ev31-casablanca), whatever the tagger read there. Found in a recall audit of the reference stories (a demand by such an
/// association was lost for want of a source). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class QuotedBodyNamesTests
{
    private static string[] Named(AnalyzedDocument doc) =>
        new NameRecoveryStage().Process(doc).Entities.SelectMany(e => e.Mentions.Select(m => $"{e.Type} {doc.Text[m.Start..m.End]}")).ToArray();

    [Theory]
    [InlineData("وطالبت جمعية \"فورزا تونس\" مجلس النواب بطرد النائبة.", "ORG فورزا تونس")]
    [InlineData("ودعت منظمة «انا يقظ» الحكومة الى نشر التقرير.", "ORG انا يقظ")]
    [InlineData("وقالت شركة \"نسيج الاطلس\" ان العمال عادوا.", "ORG نسيج الاطلس")]
    [InlineData("وانتقدت نقابة \"الصحفيين الاحرار\" القرار.", "ORG الصحفيين الاحرار")]
    public void test_a_name_in_quotation_marks_after_a_body_head_is_an_organisation(string text, string expected)
    {
        Assert.Contains(expected, Named(Docs.Tokenized(text, "2023-07-18")));
    }

    [Fact]
    public void test_a_quoted_name_the_tagger_read_as_a_person_is_an_organisation()
    {
        var text = "وطالبت جمعية \"فورزا تونس\" مجلس النواب بطرد النائبة.";
        var doc = Docs.Tokenized(text, "2023-07-18").WithEntity("e1", EntityType.PER, "فورزا تونس", "فورزا تونس");
        var named = Named(doc);
        Assert.Contains("ORG فورزا تونس", named);
        Assert.DoesNotContain("PER فورزا تونس", named);
    }

    [Theory]
    // the definite head quotes what the body said; a long quote is speech, not a name
    [InlineData("وقالت النقابة \"ستصعد احتجاجاتها\" في الايام المقبلة.", "ستصعد احتجاجاتها")]
    [InlineData("واكدت الجمعية ان الوضع \"خطير جدا\".", "خطير جدا")]
    [InlineData("واعلنت جمعية \"ان الحكومة لم تف بوعودها للعمال\" امس.", "ان الحكومة لم تف بوعودها للعمال")]
    [InlineData("واوقف الموقع صفحة شركة \"ساهمت\" في فوز المرشح.", "ساهمت")]
    [InlineData("وفتحت تحقيقات بشان شركة \"باعت متابعين وهميين\" لمستخدمي الموقع.", "باعت متابعين وهميين")]
    [InlineData("وقدم المحتفلون اطعمة في هيئة \"نذور\" للاولياء.", "نذور")]
    public void test_a_quote_after_a_definite_head_or_a_long_quote_is_no_name(string text, string quoted)
    {
        Assert.DoesNotContain($"ORG {quoted}", Named(Docs.Tokenized(text, "2023-07-18")));
    }
}

/// <summary>
/// A body named in quotation marks after its head (وطالبت جمعية "فورزا تونس" الحكومة) is the subject of the verb before
/// the head, as a body named with no head is. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class QuotedBodySubjectTests
{
    private static IReadOnlyList<Event> Events(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] named) =>
        new Hadath.Extraction.Events.EventStage().Process(new Hadath.Extraction.Counts.CountStage().Process(Docs.WithActors(text, named))).Events;

    [Theory]
    [InlineData("وطالبت جمعية \"فورزا تونس\" الحكومة بالتدخل لحماية العمال", "020")]
    [InlineData("ودعت جمعية «فورزا تونس» الحكومة الى الافراج عن المعتقلين", "020")]
    [InlineData("وانتقدت جمعية \"فورزا تونس\" قرار الحكومة", "111")]
    public void test_a_body_named_in_quotation_marks_after_its_head_is_the_subject(string text, string code)
    {
        var e = Assert.Single(Events(text, ("e1", EntityType.ORG, "فورزا تونس", "TUNNGO")), x => x.Code == code);
        Assert.Equal("e1", e.Source?.EntityId);
    }
}
