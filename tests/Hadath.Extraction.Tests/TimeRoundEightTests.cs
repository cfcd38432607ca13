using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A relative day and its weekday naming the same day (اعلنت الوزارة اليوم الجمعة, بحث امس الخميس), which the blind
/// <c>ev8-</c> stories in agency style showed read as two times: one time, as a weekday with its date is. Sentences written
/// for these tests.
/// </summary>
public sealed class TimeRoundEightTests
{
    [Theory]
    [InlineData("اعلنت وزارة الصحة اليوم الجمعة عن اجراءات جديدة", "اليوم الجمعة", "2019-07-12")]
    [InlineData("وكان الوزير قد بحث امس الخميس مع نظيره العلاقات", "امس الخميس", "2019-07-11")]
    public void test_a_relative_day_and_its_weekday_are_one_time(string text, string surface, string value) =>
        AssertTime(text, surface, value, "2019-07-12");

    [Fact]
    public void test_a_relative_day_and_a_weekday_of_another_day_stay_two_times()
    {
        var times = TimesIn("وصل الوفد امس الجمعة", "2019-07-12");   // امس is Thursday: the two disagree
        Assert.Equal(2, times.Count);
    }
}
