using Hadath.Core;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A long title before the speaker's name, as the dev stories' wire copy writes it: a name that opens with a word
/// that is also a time (صباح), العام as an adjective of the title (الامن العام, المستشفى العام), a title's genitive
/// with لل and then its place (… للامم المتحدة في اليمن [name]), and a place phrase closed by a rank (في المنطقة
/// الاولى العميد [name]). Sentences written for these tests.
/// </summary>
public sealed class QuoteTitleChainTests
{
    private static IReadOnlyList<Quote> Quotes(AnalyzedDocument doc) => new QuoteStage().Process(doc).Quotes;

    private static string? SpeakerText(string text, Quote q) => q.SpeakerSpan is { } s ? text[s.Start..s.End] : null;

    [Theory]
    [InlineData("وقال مدير مستشفى البلدة صباح الدوري للصحافيين ان الجرحى تلقوا العلاج.", "صباح الدوري")]
    [InlineData("وقال النائب عن الكتلة صباح العلي ان الجلسة تأجلت.", "صباح العلي")]
    public void test_a_name_that_opens_with_a_time_word_still_speaks(string text, string name)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, name, name);
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e1", q.SpeakerId);
        Assert.Equal(name, SpeakerText(text, q));
    }

    [Fact]
    public void test_a_name_the_subject_addresses_with_lil_is_not_the_speaker()
    {
        const string text = "واعلن حزب الوسط تأييده للعمري وقال ان الحكومة باقية.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.ORG, "حزب الوسط", "حزب الوسط")
            .WithEntity("e2", EntityType.PER, "العمري", "للعمري");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e1", q.SpeakerId);
    }

    [Fact]
    public void test_al_aam_after_a_definite_title_word_is_part_of_the_title()
    {
        const string text = "وقال قائد الحرس العام العميد سامر يوسف للصحافيين ان الوضع هادئ.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامر يوسف", "سامر يوسف");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e1", q.SpeakerId);
    }

    [Fact]
    public void test_al_aam_of_a_title_then_a_place_then_the_holder()
    {
        const string text = "واوضح مدير المستشفى العام في حمص فادي سليم ان المستشفى استقبل الجرحى.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.LOC, "حمص", "حمص")
            .WithEntity("e2", EntityType.PER, "فادي سليم", "فادي سليم");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e2", q.SpeakerId);
    }

    [Fact]
    public void test_al_aam_before_a_period_word_is_still_a_year()
    {
        const string text = "وكانت الحكومة اعلنت العام الماضي ان الدعم سيرفع.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "الحكومة", "الحكومة");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("ان الدعم سيرفع", text[q.Start..q.End]);
        Assert.Equal("e1", q.SpeakerId);
    }

    [Theory]
    [InlineData("وقال منسق الشؤون الانسانية للامم المتحدة في السودان سامي ناصر ان المساعدات وصلت.", "السودان", "سامي ناصر")]
    [InlineData("وقالت المتحدثة باسم المفوضية للامم المتحدة لشؤون اللاجئين في الاردن هالة يوسف ان العائلات بحاجة الى مأوى.", "الاردن", "هالة يوسف")]
    public void test_a_genitive_title_then_its_place_then_the_holder(string text, string place, string name)
    {
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.ORG, "الامم المتحدة", "للامم المتحدة")
            .WithEntity("e2", EntityType.LOC, place, place)
            .WithEntity("e3", EntityType.PER, name, name);
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e3", q.SpeakerId);
    }

    [Fact]
    public void test_a_place_phrase_closed_by_a_rank_then_the_holder()
    {
        const string text = "وقال قائد قوات الحدود في المنطقة الجنوبية العميد خالد سعيد لوكالة الانباء ان المتسللين فروا.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.ORG, "قوات الحدود", "قوات الحدود")
            .WithEntity("e2", EntityType.PER, "خالد سعيد", "خالد سعيد");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e2", q.SpeakerId);
    }

    [Fact]
    public void test_a_person_named_after_a_place_phrase_without_a_rank_is_not_the_speaker()
    {
        const string text = "وقال مسؤول في مكتب رئيس الوزراء كامل حسن ان الاجتماع انتهى.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "كامل حسن", "كامل حسن");
        var q = Assert.Single(Quotes(doc));
        Assert.Null(q.SpeakerId);
    }
}
