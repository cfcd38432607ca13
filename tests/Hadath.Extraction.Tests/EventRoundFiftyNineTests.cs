using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty-nine's event pass (the blind ev52- stories: an attack on a checkpoint near Hit, contract teachers' march in
/// Rabat, an ambush in Arish). An exchange of fire told with its subject or the other side's pronoun between the verb and
/// اطلاق النار (وتبادلت معهم قوات التامين اطلاق النار), or with a present form (قبل ان تتبادل …, يتبادلون), is a fight
/// (190); words traded over a ceasefire or about the firing are none.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftyNineTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    // the exchange verb with its subject or the other side's pronoun before اطلاق النار, past and present
    [InlineData("وتبادلت معهم قوات الامن اطلاق النار لنحو ساعة في محيط المبنى", "تبادلت")]
    [InlineData("وتبادلت قوات الحرس الحدودي اطلاق النار مع المهربين قرب السياج", "تبادلت")]
    [InlineData("اقتحم مسلحون مخفرا للشرطة قبل ان تتبادل معهم عناصر الحراسة اطلاق النار", "تتبادل")]
    [InlineData("ولا يزال الجنود يتبادلون مع المسلحين اطلاق النار في الحي القديم", "يتبادلون")]
    public void test_an_exchange_of_fire_past_its_subject_is_a_fight(string text, string verb)
    {
        var events = Events(Docs.Tokenized(text));
        Assert.Contains(events, e => e.Code == "190" && text[e.Span.Start..e.Span.End] == verb);
    }

    [Theory]
    // guard: the adjacent form as before
    [InlineData("وقال المصدر ان القوات تبادلت إطلاق النار مع المسلحين", "تبادلت إطلاق النار")]
    public void test_an_exchange_of_fire_told_at_once_as_before(string text, string span)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), e => e.Code == "190");
        Assert.Equal(span, text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    // guard: words traded over a ceasefire or about the firing, and prisoners exchanged, are no fight
    [InlineData("وتبادلت الاطراف الاتهامات بخرق وقف اطلاق النار في المدينة")]
    [InlineData("وتبادلت الحكومتان الاتهامات حول اطلاق النار على الحدود")]
    [InlineData("وتبادلت الدولتان الاسرى بوساطة من الصليب الاحمر")]
    public void test_words_traded_over_the_firing_are_no_fight(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }
}
