using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

public sealed class NumberReaderTests
{
    private static NumberPhrase? Read(string text)
    {
        var words = WordScanner.Scan(text, new TextSpan(0, text.Length));
        return NumberReader.Shared.Read(words, 0);
    }

    [Theory]
    [InlineData("84 قتيلا", "84", 84)]
    [InlineData("٣ جرحى", "٣", 3)]
    [InlineData("۱۲ شخصا", "۱۲", 12)]
    [InlineData("1,5 مليون", "1,5 مليون", 1500000)]
    [InlineData("٣٫٥ مليون", "٣٫٥ مليون", 3500000)]
    [InlineData("1,234 شخصا", "1,234", 1234)]
    [InlineData("280 الف شخص", "280 الف", 280000)]
    [InlineData("ثلاثة قتلى", "ثلاثة", 3)]
    [InlineData("ثلاث نساء", "ثلاث", 3)]
    [InlineData("ثلاثة وعشرين قتيلا", "ثلاثة وعشرين", 23)]
    [InlineData("ثلاثة عشر جريحا", "ثلاثة عشر", 13)]
    [InlineData("احد عشر جنديا", "احد عشر", 11)]
    [InlineData("عشرين جريحا", "عشرين", 20)]
    [InlineData("مئة قتيل", "مئة", 100)]
    [InlineData("مائة وخمسين", "مائة وخمسين", 150)]
    [InlineData("ثلاثمئة الف نازح", "ثلاثمئة الف", 300000)]
    [InlineData("الفين شخص", "الفين", 2000)]
    [InlineData("ثلاثة آلاف لاجئ", "ثلاثة آلاف", 3000)]
    [InlineData("ثلاثة الاف لاجئ", "ثلاثة الاف", 3000)]
    [InlineData("عشرة ملايين", "عشرة ملايين", 10000000)]
    [InlineData("مليون شخص", "مليون", 1000000)]
    [InlineData("الفا شخص", "الفا", 2000)]
    [InlineData("عشرين الفا", "عشرين الفا", 20000)]
    [InlineData("الفين وثلاثة آلاف شخص", "الفين", 2000)]              // a scale no smaller than the last starts a new number
    [InlineData("خمسة آلاف وعشرة آلاف شخص", "خمسة آلاف", 5000)]
    [InlineData("ثلاثة ملايين وخمسمئة الف", "ثلاثة ملايين وخمسمئة الف", 3500000)]
    [InlineData("الف ومئتا شخص", "الف ومئتا", 1200)]
    [InlineData("مليون ومئتي الف موظف", "مليون ومئتي الف", 1200000)]       // after a scale that opened the phrase, و starts a part a smaller scale multiplies alone
    [InlineData("الفا وخمسمئة شخص", "الفا وخمسمئة", 2500)]
    [InlineData("6 آلاف و7 آلاف شخص", "6 آلاف", 6000)]                 // digits with a scale of their own after و are a second number
    [InlineData("140 ألفا و180 ألف سوري", "140 ألفا", 140000)]
    [InlineData("350 ألف و 500 ألف شخص", "350 ألف", 350000)]
    [InlineData("مليون و400 الف حاج", "مليون و400 الف", 1400000)]      // a smaller scale after the digits still joins them
    [InlineData("الف و200 شخص", "الف و200", 1200)]
    public void test_numbers_exact_values(string text, string surface, double value)
    {
        var n = Read(text);
        Assert.NotNull(n);
        Assert.Equal(surface, text[n!.Span.Start..n.Span.End]);
        Assert.Equal(value, n.Value);
        Assert.False(n.Vague);
    }

    [Theory]
    [InlineData("عشرات القتلى", "عشرات", 10)]
    [InlineData("مئات المتظاهرين", "مئات", 100)]
    [InlineData("آلاف النازحين", "آلاف", 1000)]
    [InlineData("عشرات الآلاف من", "عشرات الآلاف", 10000)]
    public void test_numbers_plural_nouns_of_number_are_vague_lower_bounds(string text, string surface, double value)
    {
        var n = Read(text);
        Assert.NotNull(n);
        Assert.Equal(surface, text[n!.Span.Start..n.Span.End]);
        Assert.Equal(value, n.Value);
        Assert.True(n.Vague);
    }

    [Theory]
    [InlineData("خمسة خمسة", 5)]            // two units do not add up
    [InlineData("ثلاثة عشرين", 3)]          // only عشر makes a teen without و
    [InlineData("84 عشرة", 84)]
    public void test_numbers_stop_at_words_that_do_not_continue_them(string text, double value) =>
        Assert.Equal(value, Read(text)!.Value);

    [Theory]
    [InlineData("قال الوزير")]
    [InlineData("،")]
    public void test_numbers_none_where_there_is_no_number(string text) => Assert.Null(Read(text));
}
