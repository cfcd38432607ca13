using Hadath.Core;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A person's title and then the holder's name set off by commas (وقال الناطق باسم النقابة، سامر خليل، ان): the
/// name speaks, not the body of the title nor the title's words. Sentences written for these tests.
/// </summary>
public sealed class QuoteNameInCommasTests
{
    private static IReadOnlyList<Quote> Quotes(AnalyzedDocument doc) => new QuoteStage().Process(doc).Quotes;

    private static string? SpeakerText(string text, Quote q) => q.SpeakerSpan is { } s ? text[s.Start..s.End] : null;

    [Theory]
    [InlineData("وقال الناطق باسم النقابة، سامر خليل، ان الاضراب مستمر.")]
    [InlineData("وقال رئيس فرع النقابة بالمدينة، سامر خليل، ان الاضراب مستمر.")]
    [InlineData("واكد المتحدث باسم النقابة، العميد سامر خليل، ان الاضراب مستمر.")]
    public void test_the_name_between_commas_after_a_title_speaks(string text)
    {
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.ORG, "النقابة", "النقابة")
            .WithEntity("e2", EntityType.PER, "سامر خليل", "سامر خليل");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e2", q.SpeakerId);
        Assert.Equal("سامر خليل", SpeakerText(text, q));
    }

    [Fact]
    public void test_a_body_that_speaks_does_not_take_a_name_after_its_comma()
    {
        const string text = "وقالت النقابة، سامر خليل، ان الاضراب مستمر.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.ORG, "النقابة", "النقابة")
            .WithEntity("e2", EntityType.PER, "سامر خليل", "سامر خليل");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e1", q.SpeakerId);
    }

    [Fact]
    public void test_a_name_after_the_comma_that_is_not_closed_by_one_is_not_taken()
    {
        const string text = "وقال الناطق باسم النقابة، سامر خليل ان الاضراب مستمر.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.ORG, "النقابة", "النقابة")
            .WithEntity("e2", EntityType.PER, "سامر خليل", "سامر خليل");
        var q = Assert.Single(Quotes(doc));
        // Not the name: the spokesman's title, unnamed (a spokesman is a person of the body, not the body).
        Assert.Null(q.SpeakerId);
        Assert.Equal("الناطق باسم النقابة", SpeakerText(text, q));
    }

    [Theory]
    [InlineData("وقال المتحدث باسم الرئيس اللبناني، سامر خليل، ان الزيارة ارجئت.", "المتحدث باسم الرئيس اللبناني")]
    [InlineData("واكد متحدث باسم القائد العسكري، سامر خليل، ان الزيارة ارجئت.", "متحدث باسم القائد العسكري")]
    public void test_a_name_after_a_spokesman_for_a_person_is_that_persons(string text, string speaker)
    {
        var doc = Docs.Tokenized(text).WithEntity("e2", EntityType.PER, "سامر خليل", "سامر خليل");
        var q = Assert.Single(Quotes(doc));
        Assert.Null(q.SpeakerId);
        Assert.Equal(speaker, SpeakerText(text, q));
    }
}
