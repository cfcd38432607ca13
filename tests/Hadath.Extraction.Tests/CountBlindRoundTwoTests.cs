using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;
using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Counts the six blind <c>cn2-</c> stories showed missing or wrong, as general constructions: people named before
/// the number and pointed back at (جرحى عددهم 12, وعددهم نحو الف, المعتقلين الـ 25), a plural verb of the after role
/// before counted people, bare numbers parallel to a count (و17 في X), an adverb between action and number, tolls
/// through الى only after عدد/حصيلة, halves and digits joined to a scale. Sentences written for these tests.
/// </summary>
public sealed class CountBlindRoundTwoTests
{
    [Theory]
    [InlineData("وسقط في القصف جرحى عددهم 12 نقلوا الى المستشفى", "جرحى عددهم 12", "wounded", 12, null)]
    [InlineData("واحتشد المحتجون وعددهم قرابة 300 امام البرلمان", "المحتجون وعددهم قرابة 300", "protesters", 300, "about")]
    [InlineData("ولجأ النازحون الجدد، وعددهم نحو الف، الى المدارس", "نحو الف", "displaced", 1000, "about")]
    [InlineData("ويعيش في الحي سكان يبلغ عددهم 40 الفا", "40 الفا", "amount", 40000, null)]
    [InlineData("ويتواصل البحث عن مفقودين يقدر عددهم بنحو 15", "نحو 15", "amount", 15, "about")]
    [InlineData("وقال ان المعتقلين الـ 25 سيحالون الى القضاء", "المعتقلين الـ 25", "arrested", 25, null)]
    [InlineData("ونقل الجرحى الـ12 الى مستشفى المدينة", "الجرحى الـ12", "wounded", 12, null)]
    [InlineData("وبين القتلى الـ 16 اربعة اطفال", "القتلى الـ 16", "killed", 16, null)]
    public void test_people_named_before_the_number_say_who_it_counts(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وقال ان المسلحين احرقوا المنازل وقتلوا خمسة اشخاص", "قتلوا خمسة اشخاص", "killed", 5)]
    [InlineData("وهاجموا القرية واختطفوا ثلاثة موظفين", "اختطفوا ثلاثة موظفين", "kidnapped", 3)]
    [InlineData("وقالت الشرطة انها ضبطت كذلك 30 شخصا", "ضبطت كذلك 30 شخصا", "arrested", 30)]   // people seized are arrested (round fifteen)
    public void test_an_action_before_the_number_past_its_subject_agreement_or_an_adverb(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Theory]
    [InlineData("وتظاهروا ثلاثة ايام متتالية")]                        // a plural verb before a period, not before people
    [InlineData("ونقلت سيارات الاسعاف الجرحى الى اربعة مستشفيات")]    // the wounded taken to four hospitals: no toll
    [InlineData("وعثر على جثة العامل الـ 39 تحت الانقاض")]              // after a singular, الـ 39 is an ordinal
    [InlineData("تمثالان يعودان للاسرة الـ 19")]
    [InlineData("ويملك الاثرياء البالغ عددهم 1 في المئة نصف الثروة")]     // a share, not people
    public void test_no_count_where_nothing_counts_people(string text) => AssertNoCount(text);

    [Fact]
    public void test_a_toll_through_الى_after_عدد_still_counts() =>
        AssertCount("وارتفع عدد الجرحى الى 12 مساء امس", "الجرحى الى 12", "wounded", 12);

    [Theory]
    [InlineData("قتل 12 شخصا في حلب و5 في ادلب", "5", "killed", 5)]
    [InlineData("واصيب 30 شخصا في طنطا وعشرة في الاسكندرية", "عشرة", "wounded", 10)]
    public void test_a_bare_number_parallel_to_a_count_is_more_of_it(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Theory]
    [InlineData("وادى المناسك نحو مليوني حاج، بينهم مليون و400 الف من الخارج", "مليون و400 الف", "amount", 1400000)]
    [InlineData("واعتقلت الشرطة 40 شخصا بينهم 12 يحملون جنسيات اجنبية", "12", "arrested", 12)]
    public void test_a_bare_number_after_بينهم_is_a_part_of_the_count_before(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Fact]
    public void test_a_period_after_منهم_is_no_part_of_the_count()
    {
        var counts = CountsIn("وامرت النيابة بحبس 38 منهم 15 يوما على ذمة التحقيق");
        Assert.Equal(new double[] { 38 }, counts.Select(c => c.Value));
    }

    [Fact]
    public void test_a_bare_number_after_منها_is_no_part_of_people()
    {
        var counts = CountsIn("وقتل 20 شخصا في خمس هجمات، منها 3 في بغداد");
        Assert.Equal(new double[] { 20 }, counts.Select(c => c.Value));
    }

    [Fact]
    public void test_a_bare_number_after_an_amount_is_no_count()
    {
        var counts = CountsIn("ويعيش 12 الف شخص في حلب و5 في ادلب");
        Assert.Equal(new double[] { 12000 }, counts.Select(c => c.Value));
    }

    [Theory]
    [InlineData("وقتل 12 شخصا بينهم قاصران و18 قاصرا اخرين", "18 قاصرا", "killed", 18)]
    [InlineData("وحاصرت المياه نحو مئة وخمسين مريضا في المستشفى", "نحو مئة وخمسين مريضا", "amount", 150)]
    [InlineData("وتوفي 700 حاج", "توفي 700 حاج", "killed", 700)]
    public void test_more_nouns_of_people(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value, surface.StartsWith("نحو") ? "about" : null);

    [Theory]
    [InlineData("وغادر اكثر من 25 الف تونسي البلاد بحرا", "اكثر من 25 الف تونسي", "amount", 25000, "more-than")]
    [InlineData("وقتل 131 ايرانيا في التدافع", "قتل 131 ايرانيا", "killed", 131, null)]
    [InlineData("وتمكن خفر السواحل من انقاذ 68 منهم", "انقاذ 68 منهم", "amount", 68, null)]   // the rescue in the span since the cn3- pass
    [InlineData("وانتشلت فرق الانقاذ 94 جثة من النهر", "94 جثة", "killed", 94, null)]
    [InlineData("في حادث اودى بحياة 12 شخصا", "بحياة 12 شخصا", "killed", 12, null)]
    [InlineData("واقال الوزير عشرة مسؤولين", "عشرة مسؤولين", "amount", 10, null)]
    [InlineData("وكانت العبارة تقل اكثر من مئتي راكب", "اكثر من مئتي راكب", "amount", 200, "more-than")]
    public void test_nouns_of_the_second_blind_round(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وقال ان 131 ايرانيا على الاقل بين القتلى", "131 ايرانيا على الاقل", "killed", 131, "at-least")]
    [InlineData("واكدت الوزارة ان ثلاثة صحافيين من بين الجرحى", "ثلاثة صحافيين", "wounded", 3, null)]
    public void test_people_counted_among_a_kind_named_after_them(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Fact]
    public void test_people_among_others_named_after_them_stay_an_amount() =>
        AssertCount("وقال ان 12 شخصا بين الركاب", "12 شخصا", "amount", 12);

    [Theory]
    [InlineData("وتراجع مؤشر نيكي 225 الياباني عند الافتتاح")]          // a definite singular nationality describes the index
    [InlineData("وهي بكتيريا تودي بحياة 60 % من المصابين بها")]          // a share of people is no count of them
    public void test_no_count_of_an_index_or_a_share(string text) => AssertNoCount(text);

    [Fact]
    public void test_a_definite_plural_nationality_still_counts() =>
        AssertCount("وعاد مئات السوريين الى بلادهم", "مئات السوريين", "amount", 100, "at-least");

    // ليبيا would read as the accusative of ليبي: a country name never counts people.
    [Fact]
    public void test_a_country_named_like_a_nationality_is_no_people() => AssertNoCount("وتشهد منذ 2011 ليبيا اضطرابات");

    private static NumberPhrase? Read(string text) => NumberReader.Shared.Read(WordScanner.Scan(text, new TextSpan(0, text.Length)), 0);

    [Theory]
    [InlineData("مليون ونصف شخص", "مليون ونصف", 1500000)]
    [InlineData("مليونين ونصف المليون نازح", "مليونين ونصف المليون", 2500000)]
    [InlineData("ثلاثة ملايين ونصف", "ثلاثة ملايين ونصف", 3500000)]
    [InlineData("الف ونصف الف", "الف ونصف الف", 1500)]
    [InlineData("الف و200 شخص", "الف و200", 1200)]
    [InlineData("مليون و400 الف حاج", "مليون و400 الف", 1400000)]
    [InlineData("ألفًا و 659 إصابة", "ألفًا و 659", 1659)]                   // before و, ألفا is one thousand, not the dual
    [InlineData("الف و 2000 شخص", "الف", 1000)]                        // digits no smaller than a thousand are no part of it
    [InlineData("عشرات و20 شخصا", "عشرات", 10)]                       // nor of a vague number
    public void test_halves_and_digits_joined_to_a_scale(string text, string surface, double value)
    {
        var number = Read(text);
        Assert.NotNull(number);
        Assert.Equal(surface, text[number.Span.Start..number.Span.End]);
        Assert.Equal(value, number.Value);
    }
}
