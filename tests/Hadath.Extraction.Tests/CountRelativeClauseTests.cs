using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Numbers inside a relative clause: ألف right after الذي/التي is the verb "wrote", no thousand, and a number the clause
/// holds (الذي الف حوالى 15 رواية) is that clause's, not a toll of the death told before it. Sentences written for these
/// tests, none from a story or a data set.
/// </summary>
public sealed class CountRelativeClauseTests
{
    [Theory]
    [InlineData("وتوفي الكاتب الذي ألف حوالى 15 رواية عن 88 عاما")]
    [InlineData("وتوفيت الشاعرة التي ألفت عشرين ديوانا عن عمر ناهز التسعين")]
    public void test_what_the_dead_wrote_is_no_toll(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "killed");

    [Theory]
    // a thousand killed stays a thousand, with or without a relative clause after it
    [InlineData("وقتل ألف شخص في المعارك التي دارت في المدينة", "قتل ألف شخص", "killed", 1000, null)]
    [InlineData("وقال ان الهجوم الذي وقع امس ادى الى مقتل 15 شخصا", "مقتل 15 شخصا", "killed", 15, null)]
    public void test_tolls_beside_a_relative_clause_stay(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);
}
