using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Craft told with the article right after an act of force and its country's adjective (قصفت المدفعية التركية, قصف الطيران
/// الروسي) are that country's military, as the same craft without the article are. Sentences written for these tests, none
/// from a story or a data set.
/// </summary>
public sealed class DefiniteCraftSubjectTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("وقصفت المدفعية التركية قرى في ريف عفرين.", "المدفعية التركية", "TURMIL")]
    [InlineData("وقصف الطيران الروسي قرى في ريف ادلب.", "الطيران الروسي", "RUSMIL")]
    [InlineData("وقصفت الطائرات الاسرائيلية مواقع في غزة.", "الطائرات الاسرائيلية", "ISRMIL")]
    public void test_definite_craft_of_a_country_are_its_military(string text, string words, string actor)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)));
        Assert.Equal(words, Docs.ArgumentWords(text, e.Source));
        Assert.Equal(actor, e.Source?.Actor);
    }

    [Theory]
    // no country after the craft: no one is named
    [InlineData("وقصفت المدفعية قرى في ريف عفرين.")]
    public void test_definite_craft_of_no_country_name_no_source(string text)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)));
        Assert.Null(e.Source?.Actor);
    }
}
