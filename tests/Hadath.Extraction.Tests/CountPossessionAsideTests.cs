using Hadath.Core;
using Hadath.Extraction.Counts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// What was found on those caught (ضبطت بحوزتهم اربع بنادق) is seized past the word telling whose possession it was in,
/// with or without the seizer named (ضبطت الشرطة بحوزتهم): the count had been lost (blind round ev64's Giza raid). Sentences
/// written for these tests, none from a story or a data set.
/// </summary>
public sealed class CountPossessionAsideTests
{
    private static Count Single(string text) => Assert.Single(new CountStage().Process(Docs.WithActors(text)).Counts);

    [Theory]
    [InlineData("والقت الشرطة القبض على المتهمين، وضبطت بحوزتهم اربع بنادق آلية", "seized", 4)]
    [InlineData("وضبطت الشرطة بحوزته 12 قطعة سلاح", "seized", 12)]
    [InlineData("وصادرت قوات الامن بحوزتهما ثلاث سيارات", "seized", 3)]
    public void test_what_was_found_on_them_is_seized(string text, string kind, int value)
    {
        var count = Single(text);
        Assert.Equal(kind, count.Kind);
        Assert.Equal(value, count.Value);
    }

    [Fact]
    public void test_people_counted_after_a_seizure_past_the_aside_stay_people()
    {
        var count = Single("وضبطت الشرطة بحوزتهم 12 مطلوبا");
        Assert.Equal("arrested", count.Kind);
    }
}
