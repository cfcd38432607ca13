using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixteen: the country of an event's sides. A force's post or patrol struck (دورية للشرطة) is that force's, of
/// the country the story happens in as any unnamed force is. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixteenTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وهاجم مسلحون مجهولون نقطة تفتيش تابعة للشرطة في مدينة الفلوجة", "180", "نقطة تفتيش تابعة للشرطة", "IRQCOP")]
    [InlineData("وانفجرت عبوة ناسفة لدى مرور دورية للجيش في مدينة الفلوجة", "183", "دورية للجيش", "IRQMIL")]
    public void test_a_force_s_post_struck_takes_the_country_of_the_sentence_s_places(string text, string code, string struck, string actor)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "الفلوجة", "IRQ"));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal(struck, Docs.ArgumentWords(text, e.Target));
        Assert.Equal(actor, e.Target?.Actor);
    }

    [Fact]
    public void test_a_force_s_post_struck_keeps_the_nationality_written_after_the_force()
    {
        const string text = "وهاجم مسلحون مجهولون قافلة للجيش الامريكي في مدينة الفلوجة";
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "الفلوجة", "IRQ"));
        var e = Assert.Single(Events(doc), x => x.Code == "180");
        Assert.Equal("USAMIL", e.Target?.Actor);
    }
}
