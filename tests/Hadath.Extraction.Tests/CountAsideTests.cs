using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Counts told past an aside and by verbs the Algerian defence ministry's style uses (the blind ev57- stories): a longer
/// phrase of place or occasion set off by commas between the action and the people it counts, or between a crowd and the
/// protest it held; a unit of the army that eliminated (قضت على) militants killed them; arms and goods taken back or impounded
/// (حجز, استرجاع) were seized. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class CountAsideTests
{
    [Theory]
    // the arrest past a place phrase of six or seven words between commas
    // (the span runs from the verb, as it does with only the subject between)
    [InlineData("كما اوقفت وحدات الشرطة، في عمليات متفرقة بولايات الوسط والجنوب والشرق، سبعة اشخاص.",
        "اوقفت وحدات الشرطة، في عمليات متفرقة بولايات الوسط والجنوب والشرق، سبعة اشخاص", "arrested", 7)]
    [InlineData("واعتقلت قوات الامن، خلال مداهمات في احياء المدينة القديمة ليلة امس، 12 شخصا.",
        "اعتقلت قوات الامن، خلال مداهمات في احياء المدينة القديمة ليلة امس، 12 شخصا", "arrested", 12)]
    public void test_an_action_reaches_its_count_past_a_longer_aside(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Theory]
    // the crowd that held a protest, an occasion set off by commas between them
    [InlineData("ونظم مئات الطلاب، عقب صلاة الجمعة امس، وقفة امام الجامعة.", "نظم مئات الطلاب", "protesters", 100, "at-least")]
    [InlineData("ونظم الاف المواطنين، اثر صلاة الجمعة، مسيرة جابت الشوارع.", "نظم الاف المواطنين", "protesters", 1000, "at-least")]
    public void test_a_crowd_holds_its_protest_past_an_occasion_aside(string text, string surface, string kind, double value, string qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    // a unit of the army eliminated (قضى على) the militants counted: killed, also past a day set off by commas
    [InlineData("قضت وحدات الجيش، فجر اليوم، على اربعة ارهابيين قرب الحدود.", "اربعة ارهابيين", "killed", 4)]
    [InlineData("وقضت مفرزة للجيش على ثلاثة مسلحين في الجبل.", "ثلاثة مسلحين", "killed", 3)]
    public void test_a_force_that_eliminated_militants_killed_them(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Fact]
    public void test_a_court_that_ruled_on_the_accused_killed_no_one()
    {
        // قضت المحكمة على: a ruling, not a killing
        var counts = CountsIn("وقضت المحكمة على ثلاثة متهمين بالسجن عشر سنوات.");
        Assert.DoesNotContain(counts, c => c.Kind == "killed");
    }

    [Theory]
    // arms impounded or taken back are seized
    [InlineData("وحجزت الوحدة خمسة مسدسات وكمية من الذخيرة.", "حجزت الوحدة خمسة", "seized", 5)]
    [InlineData("وتم خلال العملية استرجاع 40 قطعة سلاح.", "استرجاع 40", "seized", 40)]
    public void test_arms_impounded_or_taken_back_are_seized(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Fact]
    public void test_seats_booked_are_not_seized()
    {
        // حجز is booking as well as impounding: tickets and rooms are booked
        var counts = CountsIn("وقام الامير بحجز 80 تذكرة ذهاب وعودة.");
        Assert.DoesNotContain(counts, c => c.Kind == "seized");
    }

    [Fact]
    public void test_militants_eliminated_before_arms_taken_back_are_killed()
    {
        // the arms taken back after و are seized; the militants before them are still the killed
        const string text = "قضت وحدات الجيش بعد ظهر يوم الاربعاء بولاية البويرة، على خمسة ارهابيين واسترجعت خمسة مسدسات رشاشة.";
        AssertCount(text, "خمسة ارهابيين", "killed", 5);
        AssertCount(text, "استرجعت خمسة", "seized", 5);
    }
}
