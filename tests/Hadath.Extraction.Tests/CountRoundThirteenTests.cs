using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// The defects left after round twelve: two numbers in digits joined by و, each with its own scale word, read as one
/// (بين 6 آلاف و7 آلاف gave 6007); dash ranges (60-70 الفا) dropped or read as their lower bound alone; a part after بينهم
/// of people named with no number read as an amount; nationals who fled told by a verb after a comma. Sentences written
/// for these tests; the rows of the first four theories fail on the code before the round (998611b).
/// </summary>
public sealed class CountRoundThirteenTests
{
    /// <summary>A range of two numbers in digits, each with its scale word, counts from its lower bound, as ranges in words do.</summary>
    [Theory]
    [InlineData("وشارك في المظاهرة ما بين 6 آلاف و7 آلاف شخص.", "شارك في المظاهرة ما بين 6 آلاف و7 آلاف شخص", "protesters", 6000)]
    [InlineData("ونزح ما بين 140 ألفا و180 ألف سوري من المنطقة.", "نزح ما بين 140 ألفا و180 ألف سوري", "displaced", 140000)]
    [InlineData("ونزح ما بين 350 ألف و 500 ألف شخص.", "نزح ما بين 350 ألف و 500 ألف شخص", "displaced", 350000)]
    public void test_a_range_of_digits_with_their_own_scales_counts_from_its_lower_bound(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value, "at-least");

    /// <summary>Two numbers joined by و with no بين before them are two counts, neither the sum.</summary>
    [Fact]
    public void test_two_numbers_with_their_own_scales_are_not_added()
    {
        var counts = CountsIn("وعبر الحدود 140 ألفا و180 ألف سوري في العامين الماضيين.");
        Assert.DoesNotContain(counts, c => c.Value is 140180 or 180);
        Assert.Contains(counts, c => c.Value == 180000);
    }

    /// <summary>A dash range (٦٠-٧٠ الف, 60-70 الفا) counts from its lower bound, the scale after the upper bound counting for both.</summary>
    [Theory]
    [InlineData("ونزح ما بين ٦٠-٧٠ ألف شخص من المدينة.", "نزح ما بين ٦٠-٧٠ ألف شخص", "displaced", 60000)]
    [InlineData("وشارك في المسيرة 60-70 ألفا من المحتجين.", "60-70 ألفا من المحتجين", "protesters", 60000)]
    [InlineData("وقتل 20-25 شخصا في القصف.", "قتل 20-25 شخصا", "killed", 20)]
    public void test_a_dash_range_counts_from_its_lower_bound(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value, "at-least");

    /// <summary>A score or a date with a dash is no range of people.</summary>
    [Theory]
    [InlineData("وفاز الفريق على ضيفه 3-1 في المباراة.")]
    [InlineData("وعقد المؤتمر في الفترة 2011-2012 في العاصمة.")]
    public void test_a_score_or_a_period_with_a_dash_is_no_count(string text) => AssertNoCount(text);

    /// <summary>
    /// A part after بينهم of people named with no number is counted as what happened to them, as a part of a counted
    /// whole takes the whole's kind; a whole named after an earlier count is its own.
    /// </summary>
    [Theory]
    [InlineData("قتل مدنيون بينهم ثلاثة اطفال في القصف.", "ثلاثة اطفال", "killed", 3)]
    [InlineData("واصيب عدد من المدنيين، بينهم خمسة اطفال، في الانفجار.", "خمسة اطفال", "wounded", 5)]
    [InlineData("وسقط جرحى بينهم اربعة من عناصر الشرطة.", "اربعة من عناصر", "wounded", 4)]
    [InlineData("وقتل عشرة جنود، واصيب مدنيون بينهم ثلاثة اطفال.", "ثلاثة اطفال", "wounded", 3)]
    public void test_a_part_of_people_named_without_a_number_takes_what_happened_to_them(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    /// <summary>Nationals who fled, told by a plural verb after a comma or after an aside between commas.</summary>
    [Theory]
    [InlineData("وقال مسؤول ان اكثر من 3000 عراقي، فروا من القتال.", "اكثر من 3000 عراقي، فروا", "displaced", 3000, "more-than")]
    [InlineData("وقال مسؤول محلي ان نحو 3000 عراقي، اغلبهم نساء واطفال، فروا من القتال.", "نحو 3000 عراقي، اغلبهم نساء واطفال، فروا", "displaced", 3000, "about")]
    [InlineData("وقال ان آلاف العراقيين، فروا من المدينة.", "آلاف العراقيين، فروا", "displaced", 1000, "at-least")]
    public void test_nationals_who_fled_after_a_comma_are_displaced(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>What the round must leave alone: a part of a counted whole, joined numbers below a scale, a clause after a comma with و.</summary>
    [Theory]
    [InlineData("وقتل 12 شخصا بينهم ثلاثة اطفال في القصف.", "ثلاثة اطفال", "killed", 3, null)]
    [InlineData("ونزح مليون و400 ألف شخص.", "نزح مليون و400 ألف شخص", "displaced", 1400000, null)]
    [InlineData("ووصل 300 لاجئ، وقتلوا في الطريق.", "300 لاجئ", "displaced", 300, null)]
    [InlineData("ونزح ما بين ستة آلاف وسبعة آلاف شخص.", "نزح ما بين ستة آلاف وسبعة آلاف شخص", "displaced", 6000, "at-least")]
    public void test_the_round_leaves_other_counts_alone(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>
    /// The failure classes of the corpus reading (a sample of 210 counts in France24 and CNN stories not read before):
    /// a noun with و read as the counted one (مقتل العشرات وإصابة: wounded), a count added by بالاضافة الى or فضلا عن, a part
    /// after وبينهم, families who left their homes, refugees named after the noun, asylum seekers, detention held in the present.
    /// </summary>
    [Theory]
    [InlineData("وطالب النواب بتحقيق في الاحداث التي انتهت بمقتل العشرات وإصابة أكثر من ثلاثة آلاف شخص.", "مقتل العشرات", "killed", 10, "at-least")]
    [InlineData("وأسفر القصف عن مقتل 7 وإصابة نحو 40 آخرين.", "مقتل 7", "killed", 7, null)]
    [InlineData("وادى الهجوم الى مقتل 20 جنديا بالإضافة إلى ثلاثة مدنيين.", "ثلاثة مدنيين", "killed", 3, null)]
    [InlineData("واسفر القصف عن مقتل 12 شخصا فضلا عن خمسة اطفال.", "خمسة اطفال", "killed", 5, null)]
    [InlineData("وطالب الوزيران بالافراج عن الاسرى والمعتقلين وبينهم 14 صحافيا.", "14 صحافيا", "arrested", 14, null)]
    [InlineData("وذكر مسؤولون محليون أن عشرات العائلات غادرت منازلها.", "عشرات العائلات", "displaced", 10, "at-least")]
    [InlineData("وقال التقرير ان هناك 1,8 مليون طفل سوري لاجئ في دول الجوار.", "1,8 مليون طفل", "displaced", 1800000, null)]
    [InlineData("واستقبلت البلاد أكثر من مليون طالب لجوء.", "أكثر من مليون طالب", "displaced", 1000000, "more-than")]
    [InlineData("وتعتقل السلطات نحو 6500 شخص في سجونها.", "تعتقل السلطات نحو 6500 شخص", "arrested", 6500, "about")]
    public void test_the_corpus_classes_of_round_thirteen(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>People gone missing (وفقد, وفقدان) are no more of the dead counted before them.</summary>
    [Theory]
    [InlineData("وقتل 40 مهاجرا وفقد 16 آخرون في غرق القارب.", "فقد 16 آخرون")]
    [InlineData("واعلنت المنظمة مقتل 46 مهاجرا وفقدان 16 آخرين.", "فقدان 16 آخرين")]
    public void test_the_missing_are_no_more_of_the_dead(string text, string surface) => AssertCount(text, surface, "amount", 16);

    /// <summary>A bare year after a preposition is no count; voters taking part in a vote are no protesters.</summary>
    [Theory]
    [InlineData("وسجن الناشط في 2011 بتهمة التظاهر.")]
    [InlineData("والناشط قيد الحبس الاحتياطي منذ 2016.")]
    public void test_a_bare_year_after_a_preposition_is_no_count(string text) => AssertNoCount(text);

    [Theory]
    [InlineData("وجرت الانتخابات الشهر الماضي وشارك فيها نحو 11 مليون ناخب.")]
    [InlineData("وشارك نحو 11 مليون ناخب في الاقتراع.")]
    public void test_voters_are_no_protesters(string text) => Assert.DoesNotContain(CountsIn(text), c => c.Kind == "protesters");

    /// <summary>What the corpus rules leave alone: a count in a year, protesters taking part in protests named before.</summary>
    [Theory]
    [InlineData("وقتل 50 شخصا في 2014 في البلدة.", "قتل 50 شخصا", "killed", 50, null)]
    [InlineData("وقتل 12 شخصا خلال مسيرات شارك فيها عشرات آلاف الفلسطينيين.", "شارك فيها عشرات آلاف الفلسطينيين", "protesters", 10000, "at-least")]
    [InlineData("وقتل 20 جنديا واصيب ثلاثة مدنيين بالإضافة إلى خمسة اطفال.", "خمسة اطفال", "wounded", 5, null)]
    public void test_the_corpus_rules_leave_other_counts_alone(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>
    /// What the two blind ev13- stories missed: a range with no noun after its upper bound, counted by the toll before it
    /// (and the second estimate after it then follows), and a part after منهم of a kind named with no number before it.
    /// </summary>
    [Theory]
    [InlineData("وقدر الاتحاد عدد المحتجين بما بين 2500 و3 آلاف، في حين تحدثت مصادر امنية عن الف وخمسمئة فقط.", "المحتجين بما بين 2500 و3 آلاف", "protesters", 2500, "at-least")]
    [InlineData("وقدر الاتحاد عدد المحتجين بما بين 2500 و3 آلاف، في حين تحدثت مصادر امنية عن الف وخمسمئة فقط.", "الف وخمسمئة", "protesters", 1500, null)]
    [InlineData("وقتل ضابطان، فيما نقل الجرحى الى مستشفى المدينة، وحالة ثلاثة منهم حرجة.", "ثلاثة منهم", "wounded", 3, null)]
    [InlineData("وشملت الاعتقالات عشرات الناشطين، وتأكدنا من أسماء تسعة منهم.", "تسعة منهم", "amount", 9, null)]
    public void test_the_blind_misses_of_round_thirteen(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>واحد after the noun it counts: the action before the noun says what happened, else a casualty noun.</summary>
    [Theory]
    [InlineData("وأسفر القصف عن مقتل شخص واحد.", "مقتل شخص واحد", "killed")]
    [InlineData("وأشارت الانباء الى إصابة جندي واحد بجروح طفيفة.", "إصابة جندي واحد", "wounded")]
    [InlineData("ونجم عن ذلك مقتل مواطن مصري واحد.", "مقتل مواطن مصري واحد", "killed")]
    [InlineData("واندلعت اشتباكات قتل فيها متظاهر واحد.", "قتل فيها متظاهر واحد", "killed")]
    [InlineData("وأشارت حصيلة أولية الى سقوط قتيل واحد.", "قتيل واحد", "killed")]
    public void test_one_after_its_noun_is_counted(string text, string surface, string kind) => AssertCount(text, surface, kind, 1);

    /// <summary>One of a period (في يوم واحد) and one person with nothing done to them are no count.</summary>
    [Theory]
    [InlineData("وقتل في يوم واحد.")]
    [InlineData("وجاء القبض عليه بعد يوم واحد من تصريحات الرئيس.")]
    [InlineData("والتقى الوزير شخصا واحدا.")]
    public void test_one_of_a_period_or_with_nothing_done_is_no_count(string text) => AssertNoCount(text);

    /// <summary>
    /// The classes of the second, untuned corpus sample (Alarabia and CNN): people carried للمستشفى past آخرين, killed along
    /// with others (قتل مع 13 آخرين), prisoners after آخرين, an abduction in the feminine, a unit's number that is no count.
    /// </summary>
    [Theory]
    [InlineData("واضاف ان 5 أشخاص آخرين نقلوا للمستشفى.", "5 أشخاص", "wounded", 5)]
    [InlineData("وأكد المصدر ان القائد قتل مع 6 آخرين من عناصر الميليشيات.", "قتل مع 6 آخرين", "killed", 6)]
    [InlineData("وجرح العشرات، إضافة إلى وقوع 35 آخرين أسرى لدى المسلحين.", "35 آخرين أسرى", "arrested", 35)]
    [InlineData("وداهم المسلحون القرية واختطفت 13 من سكانها.", "اختطفت 13 من سكانها", "kidnapped", 13)]
    public void test_the_classes_of_the_second_corpus_sample(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Fact]
    public void test_a_units_number_is_no_count() => AssertNoCount("وأعلنت الميليشيات مقتل قائد اللواء 405 مشاة.");

    /// <summary>People taking part (يشارك فيها) in a protest named before them through a relative clause are its protesters; in a vote they are not.</summary>
    [Fact]
    public void test_people_taking_part_in_a_protest_named_before_are_protesters() =>
        AssertCount("وتشهد العاصمة منذ اسابيع اعتصامات \"الكرامة\" التي يشارك فيها آلاف المواطنين.", "آلاف المواطنين", "protesters", 1000, "at-least");

    [Fact]
    public void test_people_taking_part_in_a_vote_named_before_are_no_protesters() =>
        Assert.DoesNotContain(CountsIn("وجرت الانتخابات التي يشارك فيها آلاف الناخبين."), c => c.Kind == "protesters");
}
