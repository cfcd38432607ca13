using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// People released are counted with no event, as the story gold counts them (an amount), also when a noun of the detained
/// names them (محتجزا, معتقلا, أسير) and when the releaser's subject stands between the verb and عن; hostages released stay
/// the kidnapped. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class CountReleaseTests
{
    [Theory]
    [InlineData("وتناولت المحادثات الإفراج عن 15 محتجزا مقابل اطلاق سراح اسرى.", "الإفراج عن 15 محتجزا", 15, null)]
    [InlineData("وتشمل الصفقة اطلاق سراح نحو 400 أسير.", "سراح نحو 400 أسير", 400, "about")]
    [InlineData("وأفرجت السلطات عن 40 معتقلا بمناسبة العيد.", "40 معتقلا", 40, null)]
    [InlineData("وأفرجت السلطات المصرية امس عن 12 معتقلا.", "12 معتقلا", 12, null)]
    // a pardon releases those it is granted to
    [InlineData("واصدر الرئيس عفوا عن 40 معتقلا بمناسبة العيد.", "عفوا عن 40 معتقلا", 40, null)]
    [InlineData("واصدر الملك عفوه على 300 معتقل في قضايا مختلفة.", "عفوه على 300 معتقل", 300, null)]
    public void test_the_detained_released_are_an_amount(string text, string surface, double value, string? qualifier) =>
        AssertCount(text, surface, "amount", value, qualifier);

    [Theory]
    // the detained not released: still the arrested
    [InlineData("وقال ان 400 أسير مضربون عن الطعام.", "400 أسير", "arrested", 400)]
    [InlineData("واعتقلت الشرطة 40 شخصا.", "اعتقلت الشرطة 40 شخصا", "arrested", 40)]
    // hostages released stay the kidnapped
    [InlineData("واطلق المسلحون سراح سبعة رهائن.", "سبعة رهائن", "kidnapped", 7)]
    public void test_the_detained_not_released_keep_their_kind(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);
}
