using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Crowd sizes the blind <c>ev9-</c> stories (marches and sit-ins in Morocco and Algeria, refugees in Lebanon) showed
/// read as mere amounts: people who took part in a protest, the number of those taking part in it, a crowd that
/// organised a protest past a day set off by commas or a place, and a second estimate pointing back with عددهم.
/// Sentences written for these tests.
/// </summary>
public sealed class CountRoundNineTests
{
    [Theory]
    [InlineData("وقال احد المنظمين ان اكثر من عشرة آلاف شخص شاركوا في المسيرة", "اكثر من عشرة آلاف شخص", "protesters", 10000, "more-than")]
    [InlineData("وقال ان نحو الفي عامل شاركوا في الوقفة امام المصنع", "نحو الفي عامل", "protesters", 2000, "about")]
    [InlineData("وقالت ان نحو 300 امرأة شاركن في المسيرة", "نحو 300 امرأة", "protesters", 300, "about")]
    public void test_people_who_took_part_in_a_protest_are_its_protesters(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وقال ان اكثر من عشرة آلاف شخص شاركوا في المؤتمر")]   // a conference is no protest
    [InlineData("وقال ان نحو الفي عامل شاركوا في الانتخابات")]
    public void test_people_who_took_part_in_something_else_are_no_protesters(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "protesters");

    [Theory]
    [InlineData("وقدر المنظمون عدد المشاركين في المسيرة بنحو 50 الف شخص", "عدد المشاركين في المسيرة بنحو 50 الف شخص", "protesters", 50000, "about")]
    [InlineData("وقالت اللجنة ان عدد المشاركين في الوقفة بلغ نحو 1500 طبيب", "عدد المشاركين في الوقفة بلغ نحو 1500 طبيب", "protesters", 1500, "about")]
    public void test_the_number_of_those_taking_part_in_a_protest_counts_protesters(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Fact]
    public void test_the_number_of_those_taking_part_in_a_conference_is_no_crowd() =>
        Assert.DoesNotContain(CountsIn("وقالت اللجنة ان عدد المشاركين في المؤتمر بلغ نحو 1500 طبيب"), c => c.Kind == "protesters");

    [Theory]
    [InlineData("ونظم مئات الاطباء، اليوم الاربعاء، وقفة احتجاجية امام الوزارة", "نظم مئات الاطباء", "protesters", 100, "at-least")]
    [InlineData("ونفذ مئات اللاجئين في مخيم البقعة شمال عمان اعتصاما امام المكتب", "نفذ مئات اللاجئين", "protesters", 100, "at-least")]
    public void test_a_crowd_that_organised_a_protest_past_a_day_or_a_place_is_its_protesters(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("ونفذ مئات العمال في المصنع اعمال صيانة")]          // no protest organised
    [InlineData("ونظم مئات الاطباء، اليوم الاربعاء، حملة تلقيح")]
    public void test_a_crowd_that_organised_no_protest_is_no_crowd(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "protesters");

    [Theory]
    [InlineData("وتظاهر نحو خمسة آلاف شخص في وسط المدينة، فيما قدرت الشرطة عددهم بنحو الفين", "نحو الفين", "protesters", 2000, "about")]
    [InlineData("وقال المنظمون ان اكثر من عشرة آلاف شخص شاركوا في المسيرة، بينما قالت الشرطة ان عددهم لم يتجاوز ثلاثة آلاف", "ثلاثة آلاف", "protesters", 3000, null)]
    public void test_a_second_estimate_pointing_back_with_their_number_counts_the_same_people(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وقتل عشرات الآلاف، وشرد ربع سكان البلاد، البالغ عددهم 12 مليونا")]           // البالغ names the noun before it
    [InlineData("وتظاهر نحو خمسة آلاف شخص، فيما قال مسؤولون ان سكان المدينة يبلغ عددهم 40 الفا")]   // other people named in between
    public void test_their_number_of_other_people_takes_no_kind_from_the_count_before(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind is "killed" or "protesters" && c.Value is 12 or 12000000 or 40000);

    [Theory]
    [InlineData("واعتقلت الشرطة 20 من المتظاهرين الذين قدر عددهم بنحو الف", 1000, "arrested")]   // the whole crowd, in a relative clause
    [InlineData("وقتل 5 مدنيين في غارات بلغ عددها 20", 20, "killed")]                          // عددها counts the raids
    public void test_their_number_in_a_relative_clause_or_of_things_is_not_the_count_before(string text, double value, string kind) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Value == value && c.Kind == kind);

    [Theory]
    [InlineData("ونفذت 4 طائرات مسيرة غارات على المدينة")]                  // drones
    [InlineData("ونفذ 500 عنصر من الامن انتشارا قرب مسيرة المعارضة")]       // forces deployed near a march
    [InlineData("وبلغ عدد المشاركين في المسيرة التي انطلقت من 4 احياء نحو الفي شخص")] // a number inside a relative clause
    public void test_drones_forces_near_a_march_and_numbers_in_a_relative_clause_are_no_protesters(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "protesters" && c.Value is 4 or 500);

    [Fact]
    public void test_their_number_in_a_later_sentence_takes_no_kind_from_the_count_before() =>
        Assert.DoesNotContain(CountsIn("وتظاهر نحو خمسة آلاف شخص في وسط المدينة. وقالت الوزارة ان عددهم في البلاد يبلغ 40"), c => c.Value == 40);

    [Theory]
    [InlineData("وعاد نحو 400 لاجئ سوري الى قراهم الخميس", "نحو 400 لاجئ", "amount", 400, "about")]
    [InlineData("وقال ان نحو 5200 لاجئ سوري عادوا الى بلادهم", "نحو 5200 لاجئ", "amount", 5200, "about")]
    [InlineData("وقال ان نحو 300 لاجئ يعودون كل اسبوع الى قراهم", "نحو 300 لاجئ", "amount", 300, "about")]
    [InlineData("ورجع نحو 600 لاجئ الى بلدتهم", "نحو 600 لاجئ", "amount", 600, "about")]
    [InlineData("وفر نحو 400 لاجئ سوري من المخيم", "نحو 400 لاجئ", "displaced", 400, "about")]   // fleeing: displaced
    public void test_refugees_going_back_are_counted_as_an_amount(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Fact]
    public void test_a_part_counted_with_minhum_takes_the_verb_after_it() =>
        AssertCount("وقال ان قوات الامن اشتبكت مع المسلحين، وان 35 منهم قتلوا", "35 منهم قتلوا", "killed", 35, null);

    [Fact]
    public void test_members_of_a_force_are_people() =>
        AssertCount("واضاف ان ثلاثة من منتسبي الحرس اصيبوا بجروح", "ثلاثة من منتسبي الحرس اصيبوا", "wounded", 3, null);
}
