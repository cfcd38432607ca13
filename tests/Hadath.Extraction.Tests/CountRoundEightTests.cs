using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Counts the ten blind <c>ev8-</c> stories showed missing or of the wrong kind, as general constructions: youths on
/// one side of a fight with a force of order, a crowd that held a march after it was counted, protesting and dispersal
/// verbs, people carried to hospital, deaths by drowning, fighters taken captive, people pursued, joined counts of
/// protesters and wounded, and bare numbers whose people are only implied. Sentences written for these tests.
/// </summary>
public sealed class CountRoundEightTests
{
    [Theory]
    [InlineData("واندلعت مواجهات بين قوات الشرطة وعشرات الشبان في الحي", "عشرات الشبان", "protesters", 10, "at-least")]
    [InlineData("وجرح ثلاثة في صدامات بين عناصر الدرك ومئات السكان", "مئات السكان", "protesters", 100, "at-least")]
    [InlineData("ودارت اشتباكات بين مئات المحتجين وقوات الامن قرب البرلمان", "مئات المحتجين", "protesters", 100, "at-least")]
    public void test_people_on_one_side_of_a_fight_with_a_force_of_order_are_protesters(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("ودارت اشتباكات بين مسلحي العشيرتين ومئات الشبان من القرية")]   // two sides, no force of order
    public void test_a_fight_without_a_force_of_order_makes_no_protesters(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "protesters");

    [Theory]
    [InlineData("وكان نحو 800 من سكان البلدة قد نظموا صباح الجمعة وقفة امام البلدية", "نحو 800 من سكان", "protesters", 800, "about")]
    [InlineData("وقال ان الفي عامل نفذوا اعتصاما امام المصنع", "الفي عامل", "protesters", 2000, null)]
    [InlineData("وشارك مئات من اهالي المدينة في المسيرة", "شارك مئات من اهالي", "protesters", 100, "at-least")]
    public void test_a_crowd_that_held_a_protest_after_it_was_counted(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("واحتج مئات من الطلاب امام الوزارة", "احتج مئات من الطلاب", "protesters", 100, "at-least")]
    [InlineData("وتدخلت الشرطة لتفريق نحو 300 شاب", "تفريق نحو 300 شاب", "protesters", 300, "about")]
    [InlineData("وفرقت قوات الامن عشرات الشبان بالغاز", "فرقت قوات الامن عشرات الشبان", "protesters", 10, "at-least")]
    public void test_protesting_and_dispersal_verbs_count_protesters(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وقال الطبيب ان المستوصف استقبل 60 شخصا، ونقل تسعة منهم الى المستشفى", "تسعة منهم", "wounded", 9, null)]
    [InlineData("وافاد ان 12 عاملا نقلوا الى المستشفيات القريبة", "12 عاملا", "wounded", 12, null)]
    public void test_people_carried_to_a_hospital_are_wounded(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وقال ان الدفاع المدني نقل 5 سيارات الى المستشفى")]   // things carried, not people
    [InlineData("وقال ان الهلال الاحمر نقل ثلاث شحنات الى المستشفيات")]
    public void test_things_carried_to_a_hospital_are_no_wounded(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "wounded");

    [Fact]
    public void test_a_bare_number_carried_to_a_hospital_is_wounded() =>
        AssertCount("وقال ان المسعفين نقلوا خمسة الى المستشفى", "خمسة", "wounded", 5, null);

    [Theory]
    [InlineData("وقضى نحو 40 مهاجرا غرقا قبالة السواحل", "نحو 40 مهاجرا غرقا", "killed", 40, "about")]
    [InlineData("وقالت ان ثمانية اطفال قضوا غرقا في النهر", "ثمانية اطفال قضوا غرقا", "killed", 8, null)]
    [InlineData("وتوفي ثلاثة عمال اختناقا داخل البئر", "توفي ثلاثة عمال", "killed", 3, null)]
    public void test_deaths_by_drowning_are_killed(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("واضاف ان 25 من عناصر الفصيل المنافس وقعوا في الاسر", "25 من عناصر الفصيل المنافس وقعوا في الاسر", "arrested", 25, null)]
    [InlineData("واسرت القوات 14 مقاتلا خلال المعارك", "اسرت القوات 14 مقاتلا", "arrested", 14, null)]
    public void test_fighters_taken_captive_are_arrested(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Fact]
    public void test_people_pursued_are_no_more_of_the_arrested_before_them()
    {
        const string text = "واوقفت الشرطة ثلاثة اشخاص وتلاحق خمسة آخرين";
        AssertCount(text, "اوقفت الشرطة ثلاثة اشخاص", "arrested", 3);
        AssertCount(text, "تلاحق خمسة آخرين", "amount", 5);
    }

    [Fact]
    public void test_a_verb_after_joined_counts_says_what_happened_to_protesters_named_before()
    {
        const string text = "وقال ان 20 متظاهرا و6 من رجال الشرطة اصيبوا بجروح";
        AssertCount(text, "20 متظاهرا", "wounded", 20);
        AssertCount(text, "6 من رجال الشرطة اصيبوا", "wounded", 6);
    }

    [Fact]
    public void test_protesters_joined_to_a_count_with_no_verb_after_stay_protesters()
    {
        const string text = "وتجمع 300 متظاهر و40 طالبا امام المقر";
        Assert.Contains(CountsIn(text), c => c.Kind == "protesters" && c.Value == 300);
    }

    [Theory]
    [InlineData("وقالت المفوضية ان المخيم يؤوي حاليا اكثر من 12 الفا، معظمهم نساء", "اكثر من 12 الفا", "amount", 12000, "more-than")]
    [InlineData("واوضح ان البلدة تستضيف نحو 5000 منذ بدء المعارك", "نحو 5000", "amount", 5000, "about")]
    [InlineData("وقال شاهد: كان المعتصمون قرابة الف", "قرابة الف", "protesters", 1000, "about")]
    public void test_a_bare_number_whose_people_are_implied(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وقالت النقابة ان 40 استاذا اصيبوا بجروح", "40 استاذا اصيبوا", "wounded", 40, null)]
    [InlineData("ويبلغ عدد الاساتذة المضربين نحو 12 الفا", "الاساتذة المضربين نحو 12 الفا", "amount", 12000, "about")]
    public void test_teachers_are_people(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وتضم الولاية 12 محافظة")]                          // no verb of sheltering: places
    [InlineData("وكان المخيم يؤوي 40 خيمة")]                         // a noun follows: things, not people
    [InlineData("وقضت المحكمة بسجن المتهم خمس سنوات")]              // قضى without a manner of dying
    [InlineData("وتستضيف البلاد واحدة من اكبر القواعد")]               // من and a noun after the number: not people implied
    [InlineData("وتتهم الاسر الحكومة بقتل ابنائها")]                   // الاسر: families, no verb of capture
    [InlineData("وعين سنة 1988 استاذا مساعدا في الكلية")]               // a year after سنة, not 1988 teachers
    public void test_no_count_where_no_people_are_implied(string text) => AssertNoCount(text);
}
