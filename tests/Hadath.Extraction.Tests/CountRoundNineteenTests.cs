using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Kinds the blind <c>ev11-</c> stories (sit-ins, marches, refugees and fighting) showed read as mere amounts: families
/// described as displaced by an adjective, people driven الى النزوح, the crowd of a sit-in named after its noun with ل,
/// and displaced people whose return is the news. Sentences written for these tests.
/// </summary>
public sealed class CountRoundNineteenTests
{
    [Theory]
    [InlineData("ووزعت الجمعية مساعدات على نحو 300 عائلة نازحة في البقاع", "نحو 300 عائلة نازحة", "displaced", 300, "about")]
    [InlineData("وتقيم 40 اسرة لاجئة في المدرسة منذ شهرين", "40 اسرة لاجئة", "displaced", 40, null)]
    public void test_families_described_as_displaced_are_displaced(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("ودفع القصف آلاف السكان الى النزوح نحو الجنوب", "آلاف السكان", "displaced", 1000, "at-least")]
    [InlineData("واضطر القتال 200 عائلة الى الفرار من القرية", "200 عائلة", "displaced", 200, null)]
    public void test_people_driven_to_flight_with_ila_are_displaced(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وفضت الشرطة اعتصاما لنحو 250 من موظفي البلدية امام مقرها", "نحو 250 من موظفي", "protesters", 250, "about")]
    [InlineData("ونظمت النقابة وقفة احتجاجية لعشرات الممرضين امام الوزارة", "عشرات الممرضين", "protesters", 10, "at-least")]
    public void test_the_crowd_of_a_protest_named_after_its_noun_with_lam_are_protesters(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("ودخل الاطباء اضرابا لثلاثة ايام")]   // how long the strike lasts, no crowd
    [InlineData("ودعت النقابة الى وقفة احتجاجية لمدة ساعتين")]
    public void test_a_duration_after_a_protest_is_no_crowd(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "protesters");

    [Theory]
    [InlineData("وكان مئات السائقين قد بدأوا اضرابهم صباح الاحد", "مئات السائقين", "protesters", 100, "at-least")]
    [InlineData("وقال ان نحو الف طالب بدأوا اعتصاما امام الجامعة", "نحو الف طالب", "protesters", 1000, "about")]
    public void test_people_who_began_a_protest_are_its_protesters(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وقال المنظمون ان نحو عشرة آلاف شخص شاركوا في المسيرة، في حين تحدثت الشرطة عن ثلاثة آلاف مشارك", "ثلاثة آلاف مشارك", "protesters", 3000, null)]
    [InlineData("وتظاهر نحو الفي طالب امام البرلمان، فيما اشارت السلطات الى 800 متظاهر", "800 متظاهر", "protesters", 800, null)]
    public void test_a_contrasting_source_s_figure_with_its_own_noun_counts_the_crowd_again(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("واعلنت الوزارة انها سهلت عودة 800 نازح سوري الى قراهم", "800 نازح", "amount", 800, null)]
    [InlineData("وجرى تنظيم عودة نحو 500 لاجئ الى بلداتهم", "نحو 500 لاجئ", "amount", 500, "about")]
    public void test_displaced_people_whose_return_is_the_news_are_an_amount(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);
}
