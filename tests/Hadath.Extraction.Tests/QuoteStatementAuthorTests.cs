using Hadath.Core;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>البيان as a cue's subject speaks for the author of the statement the story named before it.</summary>
public sealed class QuoteStatementAuthorTests
{
    private static Quote Last(AnalyzedDocument doc) => new QuoteStage().Process(doc).Quotes[^1];

    [Theory]
    [InlineData("واستدعت الجزائر سفيرها، بحسب بيان لوزارة الخارجية. واوضح البيان ان القرار جاء ردا على التصريحات.")]   // بيان ل + the author
    [InlineData("واستدعت الجزائر سفيرها، وفق بيان لوزارة الخارجية نشر امس. واضاف البيان ان القرار نهائي.")]
    public void test_a_statement_of_a_body_named_after_its_lam_speaks_for_it(string text)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.LOC, "الجزائر", "الجزائر").WithEntity("e2", EntityType.ORG, "وزارة الخارجية", "وزارة الخارجية");
        Assert.Equal("e2", Last(doc).SpeakerId);
    }

    [Fact]
    public void test_a_statement_a_body_gave_in_its_own_words_speaks_for_it()
    {
        // ودانت الوزارة في بيانها …، واكد البيان ان: the statement is the ministry's, named as the subject before في بيانها.
        const string text = "ودانت الوزارة في بيانها حملة التضليل التي تشنها باماكو. واكد البيان ان الجزائر لن تقبل اي مساس بسيادتها.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "وزارة الخارجية", "الوزارة");
        Assert.Equal("e1", Last(doc).SpeakerId);
    }

    [Fact]
    public void test_a_statement_with_no_author_named_has_no_speaker()
    {
        const string text = "واوقفت الشرطة 40 مهاجرا، وفق بيان رسمي. واوضح البيان ان الموقوفين نقلوا الى مراكز الترحيل.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "الشرطة", "الشرطة");
        Assert.Null(Last(doc).SpeakerId);
    }
}
