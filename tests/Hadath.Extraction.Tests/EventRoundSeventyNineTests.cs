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
}
