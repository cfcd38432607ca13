using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Times;
using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A month with its year told through عام/سنة (في كانون الاول/ديسمبر عام 1988, في يونيو من العام الماضي) is one time
/// expression valued by that year: read apart, the month took the story's year and the year stood alone. Sentences
/// written for these tests.
/// </summary>
public sealed class TimeMonthOfYearTests
{
    private const string StoryDay = "2018-06-05";

    [Theory]
    [InlineData("وانفجرت الطائرة فوق البلدة في 21 ديسمبر عام 1988", "21 ديسمبر عام 1988", "1988-12-21")]
    [InlineData("وقعت المجزرة في 14 كانون الثاني/يناير من عام 2015", "14 كانون الثاني/يناير من عام 2015", "2015-01-14")]
    [InlineData("تأسس الحزب في آذار/مارس عام 1947", "آذار/مارس عام 1947", "1947-03")]
    [InlineData("اندلعت الحرب في حزيران سنة 1967", "حزيران سنة 1967", "1967-06")]
    [InlineData("وقعت الاتفاقية في الخامس من ايار من العام 2012", "الخامس من ايار من العام 2012", "2012-05-05")]
    [InlineData("وتظاهر الالاف في اكتوبر عام 1888", "اكتوبر عام 1888", "1888-10")]
    public void test_a_month_with_its_year_after_عام_or_سنة(string text, string surface, string value) =>
        AssertTime(text, surface, value, StoryDay);

    [Theory]
    [InlineData("اعتقل في تموز من العام الماضي", "تموز من العام الماضي", "2017-07")]
    [InlineData("اعتقل في 3 يوليو من العام الماضي", "3 يوليو من العام الماضي", "2017-07-03")]
    [InlineData("وتبدأ المحاكمة في كانون الثاني/يناير من العام المقبل", "كانون الثاني/يناير من العام المقبل", "2019-01")]
    [InlineData("وزار الوزير القاهرة في فبراير من هذا العام", "فبراير من هذا العام", "2018-02")]
    [InlineData("وانتخب في نيسان من العام الجاري", "نيسان من العام الجاري", "2018-04")]
    [InlineData("وقتل في ديسمبر العام الماضي", "ديسمبر العام الماضي", "2017-12")]
    public void test_a_month_of_the_year_before_this_or_the_next(string text, string surface, string value) =>
        AssertTime(text, surface, value, StoryDay);

    [Fact]
    public void test_a_month_with_its_year_dates_a_story_event_as_history()
    {
        const string text = "وانفجرت سيارة مفخخة في السوق في 21 ديسمبر عام 1988.";
        var document = new TimeStage().Process(Docs.Tokenized(text, StoryDay));
        Assert.Empty(new EventStage().Process(new CountStage().Process(document)).Events);
        // the same act with a day of this year is news
        const string recentText = "وانفجرت سيارة مفخخة في السوق في 21 ديسمبر عام 2018.";
        var recent = new TimeStage().Process(Docs.Tokenized(recentText, "2019-01-05"));
        var e = Assert.Single(new EventStage().Process(new CountStage().Process(recent)).Events);
        Assert.Equal("انفجرت", recentText[e.Start..e.End]);
        Assert.Equal("2018-12-21", e.Time);
    }

    [Theory]
    [InlineData("وارتفعت الاسعار في الربع الاول من العام الماضي", "العام الماضي", "2017")]
    [InlineData("وفي مايو عاد الرئيس. عام 2016 كان صعبا", "مايو", "2018-05")]
    [InlineData("وصل في ايار، العام الماضي، الى بغداد", "ايار", "2018-05")]
    public void test_what_names_no_month_of_a_year_stays_as_it_was(string text, string surface, string value) =>
        Assert.Contains(TimesIn(text, StoryDay), t => text[t.Span.Start..t.Span.End] == surface && t.Value == value);
}
