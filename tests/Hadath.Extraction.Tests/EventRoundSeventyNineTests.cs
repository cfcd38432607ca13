using Hadath.Core;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy-nine's event pass (the blind ev72- stories: an army raid on Jenin camp, the RSF's shelling of El Fasher
/// and the sovereign council chair's Egyptian guest, an army hideout destroyed in Khenchela and the Malian minister in
/// Algiers). Sudanese and Yemeni wires write a staff rank in three words, the last one ركن without the article (رئيس
/// مجلس السيادة الفريق اول ركن X, اللواء ركن X): ركن is a rank word as الركن is, so the holder after it is the one who
/// acts, where the rank used to hide him and leave the council as the host.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSeventyNineTests
{
    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.PER, "عبد الفتاح البرهان", null), ("e2", EntityType.PER, "فيصل بن فرحان", null),
        ("e3", EntityType.ORG, "مجلس السيادة", null), ("e4", EntityType.PER, "محمد المقدشي", null),
        ("e5", EntityType.PER, "ستيفن فاجن", null), ("e6", EntityType.ORG, "هيئة الاركان العامة", null),
        ("e7", EntityType.ORG, "الشرطة الاتحادية", null), ("e8", EntityType.ORG, "قوات الدرك", null),
    ];

    private static IReadOnlyList<Event> Events(string text) => Docs.Events(text, Named);

    [Theory]
    [InlineData("استقبل رئيس مجلس السيادة الفريق اول ركن عبد الفتاح البرهان امس وزير الخارجية السعودي فيصل بن فرحان", "استقبل", "e1", "e2")]
    [InlineData("واستقبل رئيس هيئة الاركان العامة اللواء ركن محمد المقدشي في مأرب السفير الامريكي ستيفن فاجن", "واستقبل", "e4", "e5")]
    [InlineData("والتقى رئيس هيئة الاركان العامة الفريق ركن محمد المقدشي امس السفير الامريكي ستيفن فاجن", "والتقى", "e4", "e5")]
    // guard: a rank with no ركن reads as before
    [InlineData("استقبل رئيس مجلس السيادة الفريق اول عبد الفتاح البرهان امس وزير الخارجية السعودي فيصل بن فرحان", "استقبل", "e1", "e2")]
    [InlineData("واستقبل رئيس هيئة الاركان العامة اللواء الركن محمد المقدشي في مأرب السفير الامريكي ستيفن فاجن", "واستقبل", "e4", "e5")]
    public void test_a_holder_after_a_rank_ending_in_rukn_is_the_host(string text, string verb, string source, string target)
    {
        var e = Assert.Single(Events(text), e => e.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.EndsWith(verb[^5..], text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واعتقلت الشرطة الاتحادية، خلال مداهمات في احياء متفرقة من العاصمة، تسعة اشخاص", "واعتقلت", "e7")]
    [InlineData("واوقفت قوات الدرك، في عمليات متفرقة عبر ولايات الجنوب، اربعة مهربين", "واوقفت", "e8")]
    // guard: a day set off by commas reads as before
    [InlineData("واوقفت قوات الدرك، الاحد، اربعة مهربين", "واوقفت", "e8")]
    public void test_people_taken_past_an_aside_of_where_are_an_arrest(string text, string verb, string source)
    {
        var e = Assert.Single(Events(text), e => e.Code == "173");
        Assert.EndsWith(verb[^5..], text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // guard: things caught past the aside are no arrest
    [InlineData("وضبطت قوات الدرك، في عملية بمنطقة صحراوية، 40 قطعة سلاح")]
    public void test_an_aside_with_no_people_after_it_is_no_arrest(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Code == "173");
    }
}
