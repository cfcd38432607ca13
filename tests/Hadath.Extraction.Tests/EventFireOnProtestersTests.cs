using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A state's army or police firing on protesters represses them (175), as the story gold codes live fire, tear gas and
/// batons turned on a crowd (ev4-nasiriya, ev8-khuzestan, ev29-tammun, ev59-zahedan); gunmen firing on protesters, or
/// police firing on gunmen, stay an assault (190). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventFireOnProtestersTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private const string Before = "وقالت الوزارة ان الوضع خطير. ";

    [Theory]
    [InlineData("واطلقت قوات الامن الرصاص الحي على المتظاهرين في وسط المدينة.")]
    [InlineData("واطلق عناصر الحرس الثوري النار على المحتجين من فوق الاسطح.")]
    public void test_a_state_force_firing_on_protesters_represses_them(string sentence)
    {
        string text = Before + sentence;
        var doc = text.Contains("الحرس الثوري", StringComparison.Ordinal) ? Docs.WithActors(text, ("e1", EntityType.ORG, "الحرس الثوري", "IRNMIL")) : Docs.Tokenized(text);
        var e = Assert.Single(Events(doc), x => x.Start >= Before.Length);
        Assert.Equal("175", e.Code);
    }

    [Theory]
    // gunmen firing on protesters, or the police on gunmen: an assault
    [InlineData("واطلق مسلحون مجهولون النار على المتظاهرين في وسط المدينة.")]
    [InlineData("واطلقت قوات الامن النار على المسلحين في وسط المدينة.")]
    public void test_other_fire_stays_an_assault(string sentence)
    {
        string text = Before + sentence;
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Start >= Before.Length);
        Assert.Equal("190", e.Code);
    }

    [Fact]
    public void test_the_revolutionary_guard_named_alone_is_irans_army() =>
        // as the dictionary codes it with its nationality (الحرس الثوري الايراني)
        Assert.Equal("IRNMIL", Docs.BodyActor("وقال الحرس الثوري ان قواته احتجزت الناقلة.", "الحرس الثوري"));
}
