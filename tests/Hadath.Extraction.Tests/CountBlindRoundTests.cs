using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Counts the five blind <c>cn-</c> stories showed missing or of the wrong kind, as general constructions: tolls that
/// reach their number past a time or through a verb of passing it, number words joined by و, duals of feminine nouns,
/// of nisbas with no ين plural and of casualty nouns, people named before a part of the count, verbs of fleeing,
/// drowning and detention, and a year after its month. Sentences written for these tests.
/// </summary>
public sealed class CountBlindRoundTests
{
    private static IReadOnlyList<Count> Counts(string text) => new CountStage().Process(Docs.Tokenized(text)).Counts;

    private static Count Only(string text, string surface) =>
        Assert.Single(Counts(text), c => text[c.Span.Start..c.Span.End] == surface);

    /// <summary>The one count on <paramref name="surface"/>, checked for its kind and value.</summary>
    private static Count AssertCount(string text, string surface, string kind, double value)
    {
        var count = Only(text, surface);
        Assert.Equal(kind, count.Kind);
        Assert.Equal(value, count.Value);
        return count;
    }

    [Theory]
    [InlineData("وارتفعت حصيلة القتلى مساء الثلاثاء الى 31", "القتلى مساء الثلاثاء الى 31", "killed", 31)]
    [InlineData("وارتفع عدد الجرحى في المدينة الى 12", "الجرحى في المدينة الى 12", "wounded", 12)]
    [InlineData("وقالت المنظمة ان عدد الموقوفين تجاوز 220 شخصا", "الموقوفين تجاوز 220 شخصا", "arrested", 220)]
    [InlineData("وفاق عدد النازحين 40 الفا", "النازحين 40 الفا", "displaced", 40000)]
    public void test_a_toll_reaches_its_number(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Theory]
    [InlineData("وتوفي جريحان في المستشفى مساء امس", "توفي جريحان", "killed", 2)]
    [InlineData("واعلنت الوزارة وفاة ثلاثة جرحى", "وفاة ثلاثة جرحى", "killed", 3)]
    [InlineData("ونقل جريحان الى المستشفى", "جريحان", "wounded", 2)]                 // no dying: still wounded
    public void test_the_wounded_who_died_are_killed(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Theory]
    [InlineData("وقدرت الشرطة عدد المتظاهرين بخمسة آلاف", "المتظاهرين بخمسة آلاف", "protesters", 5000, null)]
    [InlineData("وقدرت الشرطة عدد المتظاهرين بنحو 20 الفا", "المتظاهرين بنحو 20 الفا", "protesters", 20000, "about")]
    [InlineData("وقدرت الشرطة عدد المتظاهرين ب5000", "المتظاهرين ب5000", "protesters", 5000, null)]
    public void test_a_toll_reaches_a_number_through_a_glued_ب(string text, string surface, string kind, double value, string? qualifier)
    {
        var count = AssertCount(text, surface, kind, value);
        Assert.Equal(qualifier, count.Qualifier);
    }

    [Fact]
    public void test_a_qualifier_with_a_glued_و_qualifies_and_is_left_out_of_the_span()
    {
        var count = Only("الى 93 قتيلا وقرابة اربعة آلاف جريح", "قرابة اربعة آلاف جريح");
        Assert.Equal("wounded", count.Kind);
        Assert.Equal("about", count.Qualifier);
    }

    [Theory]
    [InlineData("وقتل 25 عنصرا من القوات الحكومية و12 من المسلحين", "12 من المسلحين", "killed")]
    [InlineData("واعتقل 20 ناشطا من الحزب وخمسة صحافيين", "خمسة صحافيين", "arrested")]
    public void test_counts_joined_past_a_من_phrase_share_their_kind(string text, string surface, string kind) =>
        Assert.Equal(kind, Only(text, surface).Kind);

    [Fact]
    public void test_a_number_after_a_glued_ب_with_no_toll_is_an_amount()
    {
        var count = Only("واكتفى بعشرة موظفين", "عشرة موظفين");
        Assert.Equal("amount", count.Kind);
    }

    [Theory]
    [InlineData("وتظاهر بين الفين وثلاثة آلاف شخص", "تظاهر بين الفين وثلاثة آلاف شخص", "protesters", 2000)]
    [InlineData("وبلغ عدد اللاجئين المسجلين 1,1 مليون", "اللاجئين المسجلين 1,1 مليون", "displaced", 1100000)]
    [InlineData("ونزح ثلاثة ملايين وخمسمئة الف شخص", "نزح ثلاثة ملايين وخمسمئة الف شخص", "displaced", 3500000)]
    [InlineData("وقتل الف ومئتا شخص", "قتل الف ومئتا شخص", "killed", 1200)]
    public void test_ranges_of_thousands_and_tolls_with_adjectives(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Theory]
    [InlineData("وخرج آلاف المغاربة الى الشوارع", "خرج آلاف", 1000)]
    [InlineData("ونزل الاحد نحو عشرة آلاف شخص الى الشارع", "نزل الاحد نحو عشرة آلاف شخص", 10000)]
    [InlineData("وشارك في التظاهرة ما بين خمسة آلاف وعشرة آلاف شخص", "شارك في التظاهرة ما بين خمسة آلاف وعشرة آلاف شخص", 5000)]
    public void test_people_who_went_out_into_the_streets_or_took_part_are_protesters(string text, string surface, double value)
    {
        var count = Only(text, surface);
        Assert.Equal("protesters", count.Kind);
        Assert.Equal(value, count.Value);
    }

    [Fact]
    public void test_going_out_without_the_streets_is_no_protest()
    {
        var count = Only("وخرج 5 اشخاص من المستشفى", "5 اشخاص");
        Assert.Equal("amount", count.Kind);
    }

    [Fact]
    public void test_a_toll_that_passed_its_number_is_more_than_it()
    {
        var count = Only("ان عدد الموقوفين تجاوز 220 شخصا", "الموقوفين تجاوز 220 شخصا");
        Assert.Equal("more-than", count.Qualifier);
    }

    [Theory]
    [InlineData("وقال ان 40 شخصا وصلوا الى المدينة الى جانب الجرحى")]        // الى far from a noun named a toll
    [InlineData("ونقل المصابون الى المستشفى، الى 12 مركزا صحيا")]           // punctuation between the noun and الى
    public void test_a_casualty_noun_far_before_الى_without_عدد_or_حصيلة_is_no_toll(string text) =>
        Assert.DoesNotContain(Counts(text), c => c.Kind is "killed" or "wounded" && c.Value == 12);

    [Theory]
    [InlineData("انقذنا 112 شخصا، بينهم 17 امرأة وثلاثة اطفال رضع", "ثلاثة اطفال", "amount", 3)]
    [InlineData("قتل 12 شخصا بينهم العريس وسبعة اطفال", "سبعة اطفال", "killed", 7)]
    [InlineData("قتل 20 شخصا بينهم امرأة حامل وعشرة اطفال", "عشرة اطفال", "killed", 10)]
    [InlineData("واعتقلت الشرطة ستة ناشطين وعشرات الطلاب", "عشرات الطلاب", "arrested", 10)]
    public void test_a_number_word_joined_by_و_is_read_and_counted_with_what_came_before(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Theory]
    [InlineData("قتل سبعة اطفال وامرأتين", "امرأتين", "killed")]
    [InlineData("اعلن الجيش مقتل جنديين في هجوم", "مقتل جنديين", "killed")]
    [InlineData("وفي حادث آخر قتل مواطنان برصاص مجهولين", "قتل مواطنان", "killed")]
    [InlineData("وسقط قتيلان في الاشتباكات", "قتيلان", "killed")]
    [InlineData("جنديان قتلا في الهجوم", "جنديان قتلا", "killed")]
    [InlineData("خطف مسلحون اربعة عمال، بينهم مهندسان تركيان", "مهندسان", "kidnapped")]
    [InlineData("ان عدد الموقوفين تجاوز 220 شخصا، بينهم ثلاث نساء وطالبان جامعيان", "طالبان", "arrested")]
    public void test_a_dual_is_a_count_of_two(string text, string surface, string kind)
    {
        var count = Only(text, surface);
        Assert.Equal(kind, count.Kind);
        Assert.Equal(2, count.Value);
    }

    [Theory]
    [InlineData("وفي ولاية النيل الازرق، نزح قرابة ثلاثين الف شخص من قراهم", "نزح قرابة ثلاثين الف شخص", "displaced", 30000)]
    [InlineData("فيما فرت عشرات العائلات من الاحياء القريبة", "فرت عشرات العائلات", "displaced", 10)]   // العائلات: a noun of people since the cn2- pass
    [InlineData("وانتشل جثث 28 آخرين غرقوا بعد انقلاب قاربهم", "28 آخرين غرقوا", "killed", 28)]
    [InlineData("وعثر على جثث 15 مهاجرا على الشاطئ", "جثث 15 مهاجرا", "killed", 15)]
    [InlineData("وامرت النيابة بحبس 38 منهم", "حبس 38 منهم", "arrested", 38)]   // منهم in the span since the cn2- pass
    [InlineData("ويبلغ عدد سكانها نحو مئة مليون نسمة", "نحو مئة مليون نسمة", "amount", 100000000)]
    [InlineData("وان اثنين من المسعفين فقدا خلال البحث", "اثنين من المسعفين", "amount", 2)]
    [InlineData("وسط اكثر من الف مدعو", "اكثر من الف مدعو", "amount", 1000)]
    public void test_count_words_of_the_blind_round(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Theory]
    [InlineData("قتل امس 12 شخصا في هجوم", "قتل امس 12 شخصا", "killed", 12)]
    [InlineData("قتل مساء امس 12 شخصا في هجوم", "قتل مساء امس 12 شخصا", "killed", 12)]
    [InlineData("واعتقل الاحد 20 متظاهرا", "اعتقل الاحد 20 متظاهرا", "arrested", 20)]
    [InlineData("اعدم التنظيم 40 مدنيا في الموصل", "اعدم التنظيم 40 مدنيا", "killed", 40)]
    [InlineData("قتل 30 من مقاتلي التنظيم", "قتل 30 من مقاتلي", "killed", 30)]
    [InlineData("وقتل انتحاريان في الهجوم", "قتل انتحاريان", "killed", 2)]
    [InlineData("فر آلاف السكان من المدينة", "فر آلاف السكان", "displaced", 1000)]
    public void test_an_action_reaches_its_count_past_a_day_and_over_more_nouns_of_people(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Fact]
    public void test_a_day_alone_before_a_number_gives_it_no_kind()
    {
        var count = Only("وصل امس 12 شخصا الى المدينة", "12 شخصا");
        Assert.Equal("amount", count.Kind);
    }

    [Theory]
    [InlineData("وكان مسلحون خطفوا في كانون الاول/ديسمبر 2017 مهندسا فرنسيا")]
    [InlineData("وكان مسلحون خطفوا في كانون الاول 2017 مهندسا فرنسيا")]
    [InlineData("وعين في عام 2015 موظفا في الوزارة")]
    public void test_a_year_after_its_month_is_no_count(string text) => Assert.Empty(Counts(text));

    [Fact]
    public void test_a_round_number_that_is_no_year_still_counts()
    {
        var count = Only("قتل 2000 شخص في المعارك", "قتل 2000 شخص");
        Assert.Equal("killed", count.Kind);
        Assert.Equal(2000, count.Value);
    }

    [Theory]
    [InlineData("وثلاثة اطفال", "ثلاثة", 3)]
    [InlineData("وعشرات الجرحى", "عشرات", 10)]
    [InlineData("وخمسة وعشرين", "خمسة وعشرين", 25)]
    [InlineData("بخمسة آلاف", "خمسة آلاف", 5000)]
    public void test_a_number_after_و_or_ب_is_read_without_it(string text, string surface, double value)
    {
        var words = WordScanner.Scan(text, new TextSpan(0, text.Length));
        var number = NumberReader.Shared.ReadAfterProclitic(words, 0);
        Assert.NotNull(number);
        Assert.Equal(surface, text[number.Span.Start..number.Span.End]);
        Assert.Equal(value, number.Value);
    }

    [Theory]
    [InlineData("واحد")]       // a number word that starts with و
    [InlineData("وزير")]
    [InlineData("ثلاثة")]      // no و at all
    public void test_a_word_that_is_no_number_after_و_is_not_read_so(string text)
    {
        var words = WordScanner.Scan(text, new TextSpan(0, text.Length));
        Assert.Null(NumberReader.Shared.ReadAfterProclitic(words, 0));
    }
}
