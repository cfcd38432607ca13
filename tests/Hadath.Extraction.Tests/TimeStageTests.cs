using Hadath.Core;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

public sealed class TimeStageTests
{
    private static IReadOnlyList<TimeExpression> Times(string text, string? date = "2016-07-15") =>
        new TimeStage().Process(Docs.Tokenized(text, date)).Times;

    private static void AssertSingle(string text, string surface, string value, string? date = "2016-07-15")
    {
        var times = Times(text, date);
        Assert.True(times.Count == 1, $"expected one time in '{text}', got {times.Count}: {string.Join(", ", times.Select(t => text[t.Start..t.End] + "=" + t.Value))}");
        Assert.Equal(surface, text[times[0].Start..times[0].End]);
        Assert.Equal(value, times[0].Value);
    }

    [Theory]
    [InlineData("وقال الجمعة ان المفاوضات مستمرة", "الجمعة", "2016-07-15")]     // the story's own day
    [InlineData("اجتمع الوزراء الخميس في باريس", "الخميس", "2016-07-14")]
    [InlineData("وصل يوم السبت الى دمشق", "يوم السبت", "2016-07-09")]
    [InlineData("سيجتمعان الاثنين المقبل", "الاثنين المقبل", "2016-07-18")]
    [InlineData("التقيا الجمعة الماضي", "الجمعة الماضي", "2016-07-08")]
    [InlineData("اعلن الأربعاء عن خطة", "الأربعاء", "2016-07-13")]
    public void test_times_weekdays_resolve_to_the_most_recent_day(string text, string surface, string value) =>
        AssertSingle(text, surface, value);

    [Theory]
    [InlineData("قال امس ان الوضع خطير", "امس", "2016-07-14")]
    [InlineData("وقال أمس الأول", "أمس الأول", "2016-07-13")]
    [InlineData("وصل اول امس", "اول امس", "2016-07-13")]
    [InlineData("يعقد اليوم اجتماع", "اليوم", "2016-07-15")]
    [InlineData("يصل غداً الى بغداد", "غداً", "2016-07-16")]
    [InlineData("وكان وصل وامس الى القاهرة", "امس", "2016-07-14")]           // the conjunction stays out of the span
    public void test_times_relative_days(string text, string surface, string value) => AssertSingle(text, surface, value);

    [Theory]
    [InlineData("التقيا الاسبوع الماضي", "الاسبوع الماضي", "2016-W27")]
    [InlineData("يزور موسكو الأسبوع المقبل", "الأسبوع المقبل", "2016-W29")]
    [InlineData("وقعت الهجمات الشهر الماضي", "الشهر الماضي", "2016-06")]
    [InlineData("تجري الانتخابات الشهر المقبل", "الشهر المقبل", "2016-08")]
    [InlineData("ارتفع العدد العام الماضي", "العام الماضي", "2015")]
    [InlineData("ارتفع العدد هذا العام", "هذا العام", "2016")]
    [InlineData("ينتهي في السنة المقبلة", "السنة المقبلة", "2017")]
    public void test_times_calendar_units_with_direction(string text, string surface, string value) => AssertSingle(text, surface, value);

    [Theory]
    [InlineData("وصل في 15 تموز/يوليو 2016 الى", "15 تموز/يوليو 2016", "2016-07-15")]
    [InlineData("في شباط/فبراير الماضي", "شباط/فبراير الماضي", "2016-02")]
    [InlineData("في كانون الثاني/يناير 2015", "كانون الثاني/يناير 2015", "2015-01")]
    [InlineData("في تشرين الأول/أكتوبر المقبل", "تشرين الأول/أكتوبر المقبل", "2016-10")]
    [InlineData("في كانون الاول الماضي", "كانون الاول الماضي", "2015-12")]
    [InlineData("يوم 3 أيار", "3 أيار", "2016-05-03")]
    [InlineData("في 3 ايار", "3 ايار", "2016-05-03")]
    [InlineData("في جويلية 2015", "جويلية 2015", "2015-07")]
    [InlineData("في 12 فيفري الماضي", "12 فيفري الماضي", "2016-02-12")]
    [InlineData("منذ أفريل 2014", "أفريل 2014", "2014-04")]
    [InlineData("في 20 مارس", "20 مارس", "2016-03-20")]
    [InlineData("في آب/أغسطس", "آب/أغسطس", "2016-08")]
    [InlineData("منذ الرابع من أبريل نيسان الماضي", "الرابع من أبريل نيسان الماضي", "2016-04-04")]   // Reuters: the two names with a space
    [InlineData("في أبريل نيسان 2015", "أبريل نيسان 2015", "2015-04")]
    [InlineData("في تموز (يوليو) 2012", "تموز (يوليو) 2012", "2012-07")]
    [InlineData("تصدر قرارها في 20 يوليوز", "20 يوليوز", "2016-07-20")]     // Moroccan
    [InlineData("قبل نهاية غشت 2018", "نهاية غشت 2018", "2018-08")]
    [InlineData("اعتقل في شتنبر 2016", "شتنبر 2016", "2016-09")]
    [InlineData("في 5 يناير", "5 يناير", "2016-01-05")]
    public void test_times_months_in_every_regional_form(string text, string surface, string value) => AssertSingle(text, surface, value);

    [Theory]
    [InlineData("مارس الضغط على الحكومة")]     // مارس = "practised": a month only with a day, year or double form
    [InlineData("قال الاب ان ابنه قتل")]
    [InlineData("اتصل به اب الضحية")]
    public void test_times_weak_month_words_alone_are_not_times(string text) => Assert.Empty(Times(text));

    [Theory]
    [InlineData("اندلعت الحرب عام 2011", "عام 2011", "2011")]
    [InlineData("منذ 2014 والبلاد", "2014", "2014")]
    [InlineData("ينتهي في العام 2020", "العام 2020", "2020")]
    public void test_times_bare_years_after_a_year_word(string text, string surface, string value) => AssertSingle(text, surface, value);

    [Fact]
    public void test_times_a_number_without_a_year_word_is_not_a_year() => Assert.Empty(Times("وصل 2014 شخصا"));

    [Theory]
    // a year before 1900 where a month or عام/سنة says it is one
    [InlineData("وصل شامبليون الى مصر في اغسطس/آب 1828 على رأس بعثة علمية", "اغسطس/آب 1828", "1828-08")]
    [InlineData("دخل العثمانيون القاهرة عام 1517 بعد معركة الريدانية", "عام 1517", "1517")]
    [InlineData("افتتحت قناة السويس في 17 نوفمبر 1869 بحضور الخديوي", "17 نوفمبر 1869", "1869-11-17")]
    public void test_times_years_before_1900_after_a_month_or_a_year_word(string text, string surface, string value) => AssertSingle(text, surface, value);

    [Theory]
    // no old year as a bare number after في, nor a Hijri year after عام
    [InlineData("وانتشرت القوات في 1500 موقع في انحاء البلاد")]
    [InlineData("وولد الشيخ عام 1350 هـ في مكة")]
    public void test_times_no_old_year_without_a_month_or_a_year_word(string text) => Assert.Empty(Times(text));

    [Theory]
    [InlineData("منذ منتصف 2014", "منتصف 2014", "2014", "mid")]
    [InlineData("في مطلع الشهر الماضي", "مطلع الشهر الماضي", "2016-06", "early")]
    [InlineData("في أواخر العام الماضي", "أواخر العام الماضي", "2015", "late")]
    [InlineData("في اواخر كانون الاول/ديسمبر 2015", "اواخر كانون الاول/ديسمبر 2015", "2015-12", "late")]
    [InlineData("في منتصف عام 2013", "منتصف عام 2013", "2013", "mid")]
    public void test_times_part_of_period_sets_the_modifier(string text, string surface, string value, string modifier)
    {
        var times = Times(text);
        var t = Assert.Single(times);
        Assert.Equal(surface, text[t.Start..t.End]);
        Assert.Equal(value, t.Value);
        Assert.Equal(modifier, t.Modifier);
    }

    [Theory]
    [InlineData("في 15 رمضان 1437", "15 رمضان 1437", "2016-06-20")]
    [InlineData("في 1 شوال 1437 هـ", "1 شوال 1437 هـ", "2016-07-06")]
    [InlineData("في ذي الحجة 1436", "ذي الحجة 1436", "2015-09")]
    public void test_times_hijri_dates_convert_with_umm_al_qura(string text, string surface, string value) => AssertSingle(text, surface, value);

    [Fact]
    public void test_times_hijri_month_without_year_is_not_resolved() => Assert.Empty(Times("خلال شهر رمضان"));

    [Theory]
    [InlineData("من 5 الى 7 تموز", "من 5 الى 7 تموز", "2016-07-05/2016-07-07")]
    [InlineData("بين 5 و7 تموز/يوليو 2015", "بين 5 و7 تموز/يوليو 2015", "2015-07-05/2015-07-07")]
    [InlineData("من 2011 الى 2014", "من 2011 الى 2014", "2011/2014")]
    public void test_times_ranges_are_iso_intervals(string text, string surface, string value) => AssertSingle(text, surface, value);

    [Theory]
    [InlineData("استمر القتال ثلاثة ايام", "ثلاثة ايام", "P3D")]
    [InlineData("خلال 48 ساعة", "48 ساعة", "PT48H")]
    [InlineData("منذ خمس سنوات", "خمس سنوات", "P5Y")]
    [InlineData("استمرت المعارك يومين", "يومين", "P2D")]
    [InlineData("قبل ثلاثة ايام", "قبل ثلاثة ايام", "2016-07-12")]
    [InlineData("قبل عامين", "عامين", "P2Y")]
    public void test_times_durations(string text, string surface, string value) => AssertSingle(text, surface, value);

    [Theory]
    [InlineData("قتل شاب (19 عاما) برصاص الشرطة")]
    [InlineData("اعتقل محمد (25 عاما) في حمص")]
    [InlineData("توفي الرجل البالغ من العمر 25 عاما في المستشفى")]
    [InlineData("توفي عن عمر يناهز 70 عاما")]
    [InlineData("اصيب طفل عمره خمس سنوات")]
    [InlineData("قتل احمد، 30 عاما، في الغارة")]
    [InlineData("اصيبت الطفلة البالغة عامين")]
    public void test_times_an_age_is_not_a_duration(string text) => Assert.Empty(Times(text));

    [Theory]
    [InlineData("يقيم في المدينة منذ 25 عاما", "25 عاما", "P25Y")]
    [InlineData("سجن لمدة ثلاثة اعوام", "ثلاثة اعوام", "P3Y")]
    [InlineData("اختفى قبل عشرين عاما", "قبل عشرين عاما", "1996")]
    [InlineData("اعتقل ابنه منذ 3 سنوات", "3 سنوات", "P3Y")]          // ابنه is his son, not an age word
    [InlineData("اعتقل محمد (25 عاما) منذ عامين", "عامين", "P2Y")]     // the age is skipped, the period kept
    public void test_times_durations_near_ages_are_still_found(string text, string surface, string value) => AssertSingle(text, surface, value);

    [Theory]
    [InlineData("بيروت 15/7/2016 (اف ب)", "15/7/2016", "2016-07-15")]
    [InlineData("صدر في 2016-07-15", "2016-07-15", "2016-07-15")]
    public void test_times_numeric_dates(string text, string surface, string value) => AssertSingle(text, surface, value);

    [Fact]
    public void test_times_relative_expressions_need_the_story_date()
    {
        Assert.Empty(Times("قال الجمعة امس الاسبوع الماضي", date: null));
        AssertSingle("في 15 تموز/يوليو 2016", "15 تموز/يوليو 2016", "2016-07-15", date: null);
    }

    [Fact]
    public void test_times_nearest_year_for_a_month_without_one() =>
        AssertSingle("في كانون الاول", "كانون الاول", "2015-12", date: "2016-01-10");

    [Fact]
    public void test_times_several_in_one_sentence_in_order()
    {
        var text = "قال الخميس ان الاجتماع سيعقد الاسبوع المقبل بعد لقاء امس.";
        var times = Times(text);
        Assert.Equal(new[] { "2016-07-14", "2016-W29", "2016-07-14" }, times.Select(t => t.Value));
    }

    [Theory]
    [InlineData("وقال مسؤول ان الوزير سيتوجه الى عمان الثلاثاء", "الثلاثاء", "2016-07-19")]   // after a future verb: the coming one
    [InlineData("وقال انه سوف يلتقي الرئيس الاثنين", "الاثنين", "2016-07-18")]
    [InlineData("وقال ان الحكومة ستعقد جلسة الجمعة", "الجمعة", "2016-07-15")]               // the story's own day stays
    [InlineData("وقالت سيارات الاسعاف انها نقلت الجرحى الثلاثاء", "الثلاثاء", "2016-07-12")] // سيارات is a noun
    [InlineData("وصل ستة وزراء الى جنيف الثلاثاء", "الثلاثاء", "2016-07-12")]
    [InlineData("ومن المقرر ان يزور الوزير دمشق الخميس", "الخميس", "2016-07-21")]           // a scheduling word: ahead
    [InlineData("وتعتزم الحكومة عقد مؤتمر الاثنين", "الاثنين", "2016-07-18")]
    public void test_times_weekday_after_a_future_verb_is_the_coming_one(string text, string surface, string value) =>
        AssertSingle(text, surface, value);

    [Theory]
    [InlineData("ودعت المعارضة الى التظاهر الثلاثاء امام البرلمان", "الثلاثاء", "2016-07-19")]   // the day called for: ahead
    [InlineData("وتدعو النقابات الى الاضراب الاثنين", "الاثنين", "2016-07-18")]
    [InlineData("ودعا الاتحاد انصاره للاعتصام الخميس", "الخميس", "2016-07-21")]
    [InlineData("ودعا الرئيس الثلاثاء الى الحوار", "الثلاثاء", "2016-07-12")]                  // the day of the call: past
    [InlineData("وعاد الوفد الى العاصمة الثلاثاء", "الثلاثاء", "2016-07-12")]                   // الى with no call: past
    [InlineData("ورفع محامون دعوى الى المحكمة الثلاثاء", "الثلاثاء", "2016-07-12")]              // دعوى is a lawsuit: past
    public void test_times_weekday_after_what_is_called_for_is_the_coming_one(string text, string surface, string value) =>
        AssertSingle(text, surface, value);

    [Fact]
    public void test_times_a_name_like_a_future_verb_is_not_one()
    {
        var text = "بعد لقاء مع سيرغي لافروف في موسكو الخميس";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سيرغي لافروف", "سيرغي لافروف");
        var time = Assert.Single(new TimeStage().Process(doc).Times);
        Assert.Equal("2016-07-14", time.Value);
    }

    [Theory]
    [InlineData("ستواصل الانفاق حتى نهاية العام", "نهاية العام", "2016", "late")]
    [InlineData("سجلت ارباحا منذ مطلع العام", "مطلع العام", "2016", "early")]
    [InlineData("سيصدر التقرير في منتصف الشهر", "منتصف الشهر", "2016-07", "mid")]
    public void test_times_modifier_with_a_bare_unit_is_the_current_one(string text, string surface, string value, string modifier)
    {
        AssertSingle(text, surface, value);
        Assert.Equal(modifier, Times(text)[0].Modifier);
    }

    [Fact]
    public void test_times_bare_unit_without_a_modifier_is_not_a_time()
    {
        Assert.Empty(Times("وقال ان العام كان صعبا"));
    }

    [Theory]
    [InlineData("شباط", TimeWordKind.Month, true)]
    [InlineData("كانون", TimeWordKind.Month, true)]        // the first word of كانون الثاني
    [InlineData("شباط", TimeWordKind.Weekday, false)]
    [InlineData("الجمعه", TimeWordKind.Weekday, true)]     // a match key (ة folded to ه)
    [InlineData("وزير", TimeWordKind.Month, false)]
    public void test_times_lexicon_kinds_of_a_first_word_are_the_kinds_of_its_phrases(string key, TimeWordKind kind, bool starts)
    {
        var lexicon = TimeLexicon.Shared;
        Assert.Equal(starts, (lexicon.KindsStartingWith(key) & TimeLexicon.KindBit(kind)) != 0);
        Assert.Equal(lexicon.StartingWith(key).Any(p => p.Kind == kind), starts);
        Assert.Equal(lexicon.IsFirstKey(key), lexicon.KindsStartingWith(key) != 0);
    }

    [Theory]
    [InlineData("شباط", true)]
    [InlineData("وبشباط", true)]        // و and ب in front: a reading is still a first word
    [InlineData("الجمعه", true)]
    [InlineData("كتاب", true)]          // كـ + اب (آب, August): let through, the readings decide
    [InlineData("مدينه", false)]
    [InlineData("وزير", false)]
    public void test_times_lexicon_words_that_may_start_a_phrase(string key, bool may) =>
        Assert.Equal(may, TimeLexicon.Shared.MayStartAPhrase(key));
}
