using Hadath.Core;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>
/// The words of a sign or a chant are no one's quote: after كتب عليها, من قبيل, مثل, and a second slogan joined on with
/// و; a name in quotation marks (an entity's mention, or an operation's after عملية) is no quote; and a name in
/// quotation marks after باسم does not end the reach of the cue before it. Sentences written for these tests.
/// </summary>
public sealed class QuoteSloganTests
{
    private static IReadOnlyList<Quote> Quotes(AnalyzedDocument doc) => new QuoteStage().Process(doc).Quotes;

    [Theory]
    [InlineData("وحمل الطلاب لافتات كتب عليها \"التعليم حق لكل ابناء الوطن\" و\"لا للرسوم الجديدة في الجامعات\".")]
    [InlineData("ورفع العمال لافتة كتبت عليها: \"نريد رواتبنا المتأخرة منذ اشهر\".")]
    [InlineData("وردد المحتجون شعارات من قبيل \"ارحل\" و\"الماء حق لكل مواطن هنا\".")]
    // examples told with من بينها/منها/ابرزها after the slogans, and chants (هتافات)
    [InlineData("ورفع المشاركون شعارات من بينها \"شغل حرية كرامة وطنية\" و\"التنمية حق لكل الجهات\".")]
    [InlineData("وحمل الطلبة لافتات ابرزها \"لا لخوصصة التعليم العمومي\".")]
    [InlineData("وردد المعتصمون هتافات \"الشعب يريد اسقاط الحكومة\" امام المبنى.")]
    public void test_a_signs_or_a_chants_words_are_no_quote(string text)
    {
        Assert.Empty(Quotes(Docs.Tokenized(text)));
    }

    [Fact]
    public void test_a_name_of_several_words_in_quotation_marks_is_no_quote()
    {
        const string text = "وافادت مندوبة \"الوكالة الوطنية للاعلام\" ان المسلحين فروا باتجاه الجرود.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "الوكالة الوطنية للاعلام", "الوكالة الوطنية للاعلام");
        Assert.DoesNotContain(Quotes(doc), q => text[q.Start..q.End] == "الوكالة الوطنية للاعلام");
    }

    [Theory]
    [InlineData("وشن الطيران غارات في اطار عملية \"غصن الزيتون\" شمال البلاد.")]
    [InlineData("وبدأ الجيش ما سماه بعملية \"الحسم النهائي\" في المنطقة.")]
    public void test_an_operations_name_in_quotation_marks_is_no_quote(string text)
    {
        Assert.Empty(Quotes(Docs.Tokenized(text)));
    }

    [Fact]
    public void test_a_cue_reaches_past_a_name_in_quotation_marks()
    {
        const string text = "وقال سامي حداد المتحدث باسم \"جبهة الانقاذ\" التي يقودها، ان \"القوات لن تنسحب من مواقعها\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامي حداد", "سامي حداد");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("القوات لن تنسحب من مواقعها", text[q.Start..q.End]);
        Assert.Equal("e1", q.SpeakerId);
    }

    [Fact]
    public void test_a_long_quote_with_no_cue_still_continues_the_speaker()
    {
        const string text = "وقال الوزير ان الحكومة ستدفع الرواتب. \"لن نترك العمال دون رواتب بعد اليوم\".";
        var quotes = Quotes(Docs.Tokenized(text));
        Assert.Equal(2, quotes.Count);
    }
}
