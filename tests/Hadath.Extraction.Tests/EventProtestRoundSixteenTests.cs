using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Acts the blind ev16p- stories (strikes, sit-ins, road blocks and refugees' protests in the Maghreb and Lebanon) lost:
/// criticism suffered (تعرض X لانتقادات). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventProtestRoundSixteenTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وتعرض وزير الصحة خالد العلوي لانتقادات شديدة من نواب المعارضة", "تعرض")]
    [InlineData("وكان خالد العلوي قد تعرض، مساء الاثنين، لانتقاد حاد في البرلمان", "تعرض")]
    public void test_criticism_suffered_after_taarrada_is_the_subjects_target(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.PER, "خالد العلوي"))), x => x.Code.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal("111", e.Code);
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Null(e.Source);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    // what was suffered is the first indefinite noun with ل: an assault, the criticism after it is another's
    [InlineData("وتعرض الصحفي لاعتداء من قبل مجهولين بعد انتقادات وجهها للحكومة")]
    // a sentence end stops the search
    [InlineData("وتعرض المبنى للقصف. وتوالت الانتقادات")]
    public void test_taarrada_with_another_noun_is_no_criticism(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code == "111");
    }
}
