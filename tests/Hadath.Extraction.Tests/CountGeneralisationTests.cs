using Hadath.Core;
using Hadath.Extraction.Counts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Counts the four blind <c>ev3-</c> stories showed missing or of the wrong kind: teens with احد/احدى, dual nouns of
/// people, "others" before the verb or after a count, people among the dead, and who was taken after an arrest or
/// abduction verb and its subject. Sentences written for these tests.
/// </summary>
public sealed class CountGeneralisationTests
{
    private static IReadOnlyList<Count> Counts(string text) => new CountStage().Process(Docs.Tokenized(text)).Counts;

    [Theory]
    [InlineData("قتل احد عشر مدنيا على الاقل", "قتل احد عشر مدنيا على الاقل", "killed", 11)]
    [InlineData("واصيبت احدى عشرة امرأة بجروح", "اصيبت احدى عشرة امرأة", "wounded", 11)]
    [InlineData("قتل فلسطينيان في الغارة", "قتل فلسطينيان", "killed", 2)]
    [InlineData("اصيب طفلان بجروح طفيفة", "اصيب طفلان", "wounded", 2)]
    [InlineData("واضاف ان 20 شخصا آخرين اصيبوا بجروح", "20 شخصا آخرين اصيبوا", "wounded", 20)]
    [InlineData("اختطف مسلحون مجهولون صباح الخميس ثلاثة موظفين", "ثلاثة موظفين", "kidnapped", 3)]
    [InlineData("وتجمع عشرات الآلاف من الفلسطينيين قرب السياج", "تجمع عشرات الآلاف من الفلسطينيين", "protesters", 10000)]
    [InlineData("واعتقلت الشرطة في العاصمة امس خمسة اشخاص", "خمسة اشخاص", "arrested", 5)]
    public void test_count_kind_value_and_span(string text, string surface, string kind, double value)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(surface, text[count.Span.Start..count.Span.End]);
        Assert.Equal(kind, count.Kind);
        Assert.Equal(value, count.Value);
    }

    [Theory]
    [InlineData("قتل 12 شخصا بينهم ضابطان", "ضابطان", "killed", 2)]
    [InlineData("قتل 12 شخصا بينهم نحو عشرة اطفال", "نحو عشرة اطفال", "killed", 10)]
    [InlineData("نقل 15 جريحا الى المستشفى وعالج 31 آخرين في المكان", "31 آخرين", "wounded", 31)]
    [InlineData("وبين القتلى اربع نساء وطفلين", "اربع نساء", "killed", 4)]
    [InlineData("وبين القتلى اربع نساء وطفلين", "طفلين", "killed", 2)]
    public void test_a_count_takes_its_kind_from_the_count_or_the_casualties_before_it(string text, string surface, string kind, double value)
    {
        var count = Assert.Single(Counts(text), c => text[c.Span.Start..c.Span.End] == surface);
        Assert.Equal(kind, count.Kind);
        Assert.Equal(value, count.Value);
    }

    [Theory]
    [InlineData("يعمل عاملين في المصنع منذ سنوات")]     // a dual spelling with nothing done to them may be a plural
    [InlineData("وهاجمت حركة طالبان الحاجز")]            // and a name
    public void test_a_dual_spelling_alone_is_no_count(string text) => Assert.Empty(Counts(text));

    [Fact]
    public void test_an_injury_verb_does_not_reach_people_named_after_its_clause()
    {
        var text = "اصيب شرطي خلال مواجهات مع ثلاثة مسلحين";
        var count = Assert.Single(Counts(text));
        Assert.Equal("amount", count.Kind);
        Assert.Equal(3, count.Value);
    }
}
