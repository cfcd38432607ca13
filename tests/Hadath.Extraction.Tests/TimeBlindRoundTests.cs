using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Times the six blind <c>cn2-</c> stories showed read wrongly, as general constructions: the night between two days
/// (ليل الثلاثاء الاربعاء), a weekday with its date (الاحد 10 تموز, الخميس 10 ذي الحجة 1436), a month after منذ, and
/// ages after لا تتجاوز اعمارهم. Sentences written for these tests.
/// </summary>
public sealed class TimeBlindRoundTests
{
    private const string Friday = "2016-07-15";

    [Theory]
    [InlineData("وقع القصف ليل الثلاثاء الاربعاء", "الثلاثاء الاربعاء", "2016-07-12/2016-07-13")]
    [InlineData("اندلعت الاشتباكات ليل السبت - الاحد", "السبت - الاحد", "2016-07-09/2016-07-10")]
    [InlineData("تستمر الاضرابات من السبت الى الاثنين", "من السبت الى الاثنين", "2016-07-09/2016-07-11")]
    public void test_two_weekdays_side_by_side_are_the_days_between(string text, string surface, string value) =>
        AssertTime(text, surface, value, Friday);

    [Theory]
    [InlineData("تستمر الحملة من 28 حزيران الى 3 تموز", "من 28 حزيران الى 3 تموز", "2016-06-28/2016-07-03")]
    [InlineData("بين 30 كانون الاول و2 كانون الثاني 2017", "بين 30 كانون الاول و2 كانون الثاني 2017", "2016-12-30/2017-01-02")]
    [InlineData("قتل الاف المدنيين بين عامي 2011 و2014", "بين عامي 2011 و2014", "2011/2014")]
    [InlineData("شهدت المدينة بين تشرين الاول/اكتوبر 2015 وتموز/يوليو 2016 معارك", "بين تشرين الاول/اكتوبر 2015 وتموز/يوليو 2016", "2015-10/2016-07")]
    [InlineData("استمرت الحملة من تشرين الاول الى شباط 2016", "من تشرين الاول الى شباط 2016", "2015-10/2016-02")]
    [InlineData("تولى المنصب من عام 2005 الى عام 2009", "من عام 2005 الى عام 2009", "2005/2009")]
    public void test_ranges_of_whole_dates_and_of_years(string text, string surface, string value) =>
        AssertTime(text, surface, value, Friday);

    [Fact]
    public void test_weekdays_in_a_list_stay_apart() =>
        Assert.Equal(new[] { "2016-07-09", "2016-07-10" }, TimesIn("التقيا السبت، الاحد في جنيف", Friday).Select(t => t.Value));

    [Theory]
    [InlineData("وصل الاحد 10 تموز الى دمشق", "الاحد 10 تموز", "2016-07-10")]
    [InlineData("وصل الاحد، 10 تموز/يوليو الى دمشق", "الاحد، 10 تموز/يوليو", "2016-07-10")]
    [InlineData("وقع الانفجار الخميس الموافق 7 تموز", "الخميس الموافق 7 تموز", "2016-07-07")]
    [InlineData("تبدأ المحادثات الاثنين 25 تموز الجاري", "الاثنين 25 تموز الجاري", "2016-07-25")]
    public void test_a_weekday_with_its_date_is_one_time_valued_by_the_date(string text, string surface, string value) =>
        AssertTime(text, surface, value, Friday);

    [Theory]
    [InlineData("وقع التدافع الخميس 10 ذي الحجة 1436", "الخميس 10 ذي الحجة 1436", "2015-09-24")]   // the tables say the 23rd, a Wednesday
    [InlineData("وقع التدافع في 10 ذي الحجة 1436", "10 ذي الحجة 1436", "2015-09-23")]             // no weekday: the tables
    [InlineData("وقع التدافع الاثنين 10 ذي الحجة 1436", "الاثنين 10 ذي الحجة 1436", "2015-09-23")] // two days off: the date wins
    public void test_a_weekday_settles_a_hijri_date_one_day_off_the_tables(string text, string surface, string value) =>
        AssertTime(text, surface, value, "2015-09-24");

    [Theory]
    // لن before a present verb tells a future, negated: the weekday after it is the coming one
    [InlineData("واوضح انه لن يتم بحث مسالة توسيع الاتحاد الخميس", "الخميس", "2016-07-21")]
    [InlineData("وقال انه لن يحضر الاجتماع السبت", "السبت", "2016-07-16")]
    public void test_a_weekday_after_lan_is_ahead(string text, string surface, string value) =>
        AssertTime(text, surface, value, Friday);

    [Theory]
    [InlineData("اعتقل 500 شخص منذ 1 يناير", "1 يناير", "2018-01-01")]
    [InlineData("سيعقد المؤتمر في 1 يناير", "1 يناير", "2019-01-01")]    // no منذ: the nearest one
    [InlineData("تراجعت الاسعار منذ كانون الثاني/يناير", "كانون الثاني/يناير", "2018-01")]
    // منذ شهر X: the month noun between منذ and the month's name
    [InlineData("تعرضت عشر نساء لاعتداءات منذ شهر شباط/فبراير", "شباط/فبراير", "2018-02")]
    [InlineData("لم تصرف الرواتب منذ شهر آذار", "آذار", "2018-03")]
    [InlineData("ومنذ شهر شباط/فبراير تعرضت عشر نساء لاعتداءات", "شباط/فبراير", "2018-02")]
    public void test_a_month_after_منذ_is_past(string text, string surface, string value) =>
        AssertTime(text, surface, value, "2018-09-16");

    [Theory]
    [InlineData("بينهم قصر لا تتجاوز اعمارهم 16 عاما")]
    [InlineData("واصيب طفل عمره لا يتجاوز عشر سنوات")]
    [InlineData("وتتراوح اعمارهم بين 18 عاما و25")]
    public void test_ages_behind_a_verb_of_passing_are_no_times(string text) => AssertNoTime(text, Friday);

    [Fact]
    public void test_a_period_behind_the_same_verb_is_still_a_duration() =>
        AssertTime("وحكم عليه بالسجن مدة لا تتجاوز 12 عاما", "12 عاما", "P12Y", Friday);
}
