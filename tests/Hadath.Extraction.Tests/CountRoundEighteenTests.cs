using Hadath.Core;
using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Classes of miss read in round eighteen, on counts in unseen wire stories. Sentences written for these tests; the rows
/// that say what a count is fail on c074036, the guards pass on both.
/// </summary>
public sealed class CountRoundEighteenTests
{
    /// <summary>
    /// اثنان after the noun it counts, as واحد comes (a nationality between or not), makes the noun two people, even one
    /// the lexicon reads as a plural: the action before the noun, or the verb right after اثنان, says what happened.
    /// </summary>
    [Theory]
    [InlineData("وأعلنت الوزارة مقتل مواطنين أردنيين اثنين في الهجوم.", "مقتل مواطنين أردنيين اثنين", "killed", 2)]
    [InlineData("وذكر الجيش أن مدنيين اثنين قتلا في القصف.", "مدنيين اثنين قتلا", "killed", 2)]
    [InlineData("وأعلنت السلطات اعتقال صحفيين اثنين في المدينة.", "اعتقال صحفيين اثنين", "arrested", 2)]
    [InlineData("وقالت المصادر إن مهاجرين اثنين أصيبا بجروح.", "مهاجرين اثنين أصيبا", "wounded", 2)]
    [InlineData("وتحدث الوزير عن جنديين اثنين في المستشفى.", "جنديين اثنين", "amount", 2)]
    [InlineData("وكان المهاجم قد أصاب كذلك شرطيين اثنين قبل فراره.", "أصاب كذلك شرطيين اثنين", "wounded", 2)]
    [InlineData("وطردت الحكومة دبلوماسيين اثنين من كل سفارة.", "دبلوماسيين اثنين", "amount", 2)]
    [InlineData("وتحدث التقرير عن نازحين اثنين في المخيم.", "نازحين اثنين", "displaced", 2)]
    public void test_two_after_the_noun_it_counts(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    /// <summary>A dual counted on its own with an action before it takes the اثنان after it into its span, counted once.</summary>
    [Fact]
    public void test_a_counted_dual_takes_its_two()
    {
        const string text = "وأكد الجيش مقتل جنديين اثنين في الكمين.";
        var count = Assert.Single(CountsIn(text));
        Assert.Equal(("مقتل جنديين اثنين", "killed", 2.0), (text[count.Span.Start..count.Span.End], count.Kind, count.Value));
    }

    /// <summary>
    /// اثنان after a verb, a preposition or a noun of things, or before من and what it names, counts nothing of the word
    /// before it: no count takes that word in.
    /// </summary>
    [Theory]
    [InlineData("وأدين اثنان آخران بتهم أقل.", "أدين")]
    [InlineData("ووقعت مشادة بين اثنين من المساعدين.", "بين")]
    [InlineData("وأطلق المسلحون صاروخين اثنين على البلدة.", "صاروخين")]
    [InlineData("وقتل رجل مسلح اثنين من الحراس قرب البوابة.", "مسلح")]
    [InlineData("ويرى أمريكيين اثنين من أصل ثلاثة أن الوضع سيئ.", "أمريكيين")]
    [InlineData("وضبطت البحرية قاربين ليبيين اثنين قرب الساحل.", "ليبيين")]
    public void test_two_after_no_noun_of_people(string text, string before) =>
        Assert.DoesNotContain(CountsIn(text), c => Overlaps(text, c, before));

    /// <summary>Whether the count's span takes in any of the first occurrence of <paramref name="surface"/>.</summary>
    private static bool Overlaps(string text, Count count, string surface)
    {
        int start = text.IndexOf(surface, StringComparison.Ordinal);
        return count.Span.Start < start + surface.Length && start < count.Span.End;
    }

    /// <summary>The two of them after a counted noun (خمسة مدنيين اثنان منهم) are a part of that count, which keeps its value and span.</summary>
    [Fact]
    public void test_two_of_them_leaves_the_count_before() =>
        AssertCount("وقالت الوزارة إن الغارة قتلت خمسة مدنيين اثنان منهم أطفال.", "قتلت خمسة مدنيين", "killed", 5);

    /// <summary>The guards were killed: the two are counted after من, and the gunman before them is not.</summary>
    [Fact]
    public void test_two_of_the_guards_are_counted() =>
        AssertCount("وقتل رجل مسلح اثنين من الحراس قرب البوابة.", "اثنين من الحراس", "killed", 2);

    /// <summary>
    /// People named after من by words the lexicon lacks (a group by its name, a noun with a possessive), or past على
    /// الاقل, are counted by the plural verb after them.
    /// </summary>
    [Theory]
    [InlineData("وقال الحزب إن 160 من أعضائه اعتقلوا خلال الأسبوع.", "160 من أعضائه اعتقلوا", "arrested", 160)]
    [InlineData("وتقول المنظمة إن نحو 300 ألف من الإيغور فروا إلى الخارج.", "نحو 300 ألف من الإيغور فروا", "displaced", 300000, "about")]
    [InlineData("وقال المرصد إن 17 على الأقل من المقاتلين الموالين قتلوا في الكمين.", "17 على الأقل من المقاتلين الموالين قتلوا", "killed", 17, "at-least")]
    [InlineData("لكن عشرات الآلاف من مناصريه اعتقلوا منذ ذلك الحين.", "عشرات الآلاف من مناصريه اعتقلوا", "arrested", 10000, "at-least")]
    public void test_people_after_of_counted_by_the_verb_after_them(string text, string surface, string kind, double value, string? qualifier = null) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>A verb past a comma, or past a number, has a subject of its own.</summary>
    [Theory]
    [InlineData("وقال إن 160 من أعضائه، الذين اعتقلوا لاحقا، غادروا البلاد.")]
    [InlineData("وقال إن 160 من أعضائه 30 منهم نساء اعتقلوا.")]
    public void test_no_verb_of_its_own_past_a_break(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Value == 160 && c.Kind is "arrested" or "killed");

    /// <summary>Two numbers joined by و with a unit of time after the second are two ages or periods, no people counted.</summary>
    [Theory]
    [InlineData("واعتقلت الشرطة شابين عمرهما 19 و23 سنة في المدينة.", "19 و23")]
    [InlineData("وأوقف الأمن المشتبه بهم وتتراوح أعمارهم بين 20 و35 عاما.", "20 و35")]
    [InlineData("وقبض الأمن على رجلين عمرهما 31 و 44 عاما.", "31 و 44")]
    public void test_the_first_of_two_ages_is_no_count(string text, string ages) =>
        Assert.DoesNotContain(CountsIn(text), c => Overlaps(text, c, ages));

    /// <summary>A count joined by و to a second number with no unit of time after it stays a count.</summary>
    [Fact]
    public void test_a_count_before_another_number_stays() =>
        AssertCount("واعتقلت الشرطة 12 و15 آخرين في حملتين.", "اعتقلت الشرطة 12", "arrested", 12);

    /// <summary>
    /// People right after whom flight is told (دفع القصف X للفرار, سمحت لـX بالفرار, X اضطروا للنزوح, X على الاقل لاذوا
    /// بالفرار, X اجبروا على الهروب) are displaced.
    /// </summary>
    [Theory]
    [InlineData("وقد دفع القصف أكثر من 30 ألف شخص للفرار من البلدات.", "أكثر من 30 ألف شخص", "displaced", 30000, "more-than")]
    [InlineData("وقالت الأمم المتحدة إن 90 ألف مدني اضطروا للنزوح عن مساكنهم.", "90 ألف مدني", "displaced", 90000)]
    [InlineData("وتقول المنظمة إن ثلاثة ملايين شخص على الأقل لاذوا بالفرار من الحرب.", "ثلاثة ملايين شخص على الأقل", "displaced", 3000000, "at-least")]
    [InlineData("وذكر المرصد أن 70 ألف شخص أجبروا على الهروب من المنطقة.", "70 ألف شخص", "displaced", 70000)]
    [InlineData("وبدأ آلاف السكان الفرار من المدينة المحاصرة.", "آلاف السكان", "displaced", 1000, "at-least")]
    public void test_people_told_to_flee_right_after_them_are_displaced(string text, string surface, string kind, double value, string? qualifier = null) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>
    /// People who try to flee (حاول), escape a scene (لاذ), or flee as gunmen or prisoners ran off on their own: no one
    /// displaced them.
    /// </summary>
    [Theory]
    [InlineData("وحاول 40 مهاجرا الفرار من المخيم.")]
    [InlineData("وحاول خمسة سجناء الفرار من السجن.")]
    [InlineData("ولاذ ثلاثة مسلحين بالفرار بعد الهجوم.")]
    [InlineData("وقال الشهود إن ثلاثة مسلحين لاذوا بالفرار.")]
    public void test_an_escape_is_no_displacement(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "displaced");

    /// <summary>على الاقل right after واحد or اثنان joins the count's span and says at least, as it does after a noun.</summary>
    [Theory]
    [InlineData("وأشارت وسائل الإعلام إلى مقتل شخص واحد على الأقل في الحريق.", "مقتل شخص واحد على الأقل", "killed", 1)]
    [InlineData("وأدى إطلاق النار إلى إصابة طالب واحد على الأقل بجروح.", "إصابة طالب واحد على الأقل", "wounded", 1)]
    [InlineData("وأعلن الجيش مقتل مسلحين اثنين على الأقل في الاشتباك.", "مقتل مسلحين اثنين على الأقل", "killed", 2)]
    public void test_at_least_after_one_or_two(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value, "at-least");

    /// <summary>سوريا after a number is a Syrian, in the accusative: people counted, not the country.</summary>
    [Theory]
    [InlineData("واتهمت المنظمة السلطات بترحيل 2731 سوريا بشكل قسري.", "2731 سوريا", "amount", 2731)]
    [InlineData("واوقفت دورية من الجيش 14 سوريا في البلدة.", "اوقفت دورية من الجيش 14 سوريا", "arrested", 14)]
    public void test_syrians_counted_after_a_number(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);
}
