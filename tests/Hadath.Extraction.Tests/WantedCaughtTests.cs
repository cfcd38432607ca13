using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Wanted men counted (ضبطت الاجهزة الامنية 86 مطلوبا) are people caught: an arrest and a count of the arrested, where the
/// count lexicon did not know مطلوب as a noun of people and read them as goods seized (blind round ev62's Kuwaiti story).
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class WantedCaughtTests
{
    private static AnalyzedDocument Counted(string text) => new CountStage().Process(Docs.WithActors(text));

    [Theory]
    [InlineData("وضبطت الاجهزة الامنية 86 مطلوبا في حملة امنية", 86)]
    [InlineData("وضبطت الشرطة 14 مطلوبا للعدالة", 14)]
    [InlineData("وضبطت الشرطة 20 مطلوبين في قضايا مختلفة", 20)]
    public void test_wanted_men_caught_are_arrested(string text, int number)
    {
        var doc = Counted(text);
        var count = Assert.Single(doc.Counts);
        Assert.Equal("arrested", count.Kind);
        Assert.Equal(number, count.Value);
        Assert.Contains(new EventStage().Process(doc).Events, e => e.Code == "173");
    }

    [Fact]
    public void test_goods_caught_stay_seized()
    {
        var doc = Counted("وضبطت الشرطة 86 قطعة سلاح في حملة امنية");
        var count = Assert.Single(doc.Counts);
        Assert.Equal("seized", count.Kind);
        Assert.DoesNotContain(new EventStage().Process(doc).Events, e => e.Code == "173");
    }
}
