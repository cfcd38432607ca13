using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// From the blind `ev17r-` refugee stories (round twenty-four): aid handed out as food parcels, rations, meals or
/// blankets (CAMEO 073), also past an aside set off by commas naming a partner (، وبالتعاون مع X،), and the aid bodies
/// of the region's refugee news the tagger misses. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentyFourRTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("ووزعت جمعية الاغاثة طرودا غذائية على مئتي عائلة في المخيم")]
    [InlineData("ووزع الصليب الاحمر حصصا غذائية على العائلات النازحة")]
    [InlineData("وقدمت جمعية الاغاثة وجبات ساخنة للعائلات في مركز الايواء")]
    [InlineData("ووزعت جمعية الاغاثة سلالا غذائية وبطانيات على الاسر")]
    [InlineData("كما وزعت جمعية الاغاثة مواد غذائية على سكان القرية")]
    public void test_aid_handed_out_as_parcels_rations_or_meals_is_aid(string text)
    {
        var org = text.Contains("الصليب") ? "الصليب الاحمر" : "جمعية الاغاثة";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, org))));
        Assert.Equal("073", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وزعت جمعية الاغاثة، اليوم الثلاثاء، وبالتعاون مع برنامج الاغذية العالمي، طرودا غذائية على الاسر")]
    [InlineData("ووزعت جمعية الاغاثة، بالتنسيق مع برنامج الاغذية العالمي، حصصا غذائية على العائلات")]
    public void test_aid_found_past_a_partner_set_off_by_commas(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جمعية الاغاثة"), ("e2", EntityType.ORG, "برنامج الاغذية العالمي"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("073", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وزعت إدارة الكوارث والطوارئ التركية (آفاد) مساعدات على 300 عائلة")]
    [InlineData("ووزعت منظمة الاغاثة الانسانية (جاد) مساعدات على 300 عائلة")]
    public void test_aid_object_found_past_an_acronym_in_brackets(string text)
    {
        var words = Hadath.Extraction.Text.WordScanner.ScanAlone(text);
        var hit = Assert.Single(CameoVerbTable.Shared.Find(text, words, new Hadath.Extraction.Text.SentenceReadings(text, words)));
        Assert.Equal("073", hit.Pattern.Code);
    }

    [Theory]
    [InlineData("ووزعت جمعية الاغاثة بيانا على الصحافيين")]
    [InlineData("وقدمت جمعية الاغاثة العاملة في مطاعم للوجبات السريعة شكاوى ضد الشركة")]
    [InlineData("وقدمت جمعية الاغاثة، بالتنسيق مع البلدية، شكوى الى القضاء")]
    public void test_other_things_handed_out_are_no_aid(string text) =>
        Assert.Empty(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "جمعية الاغاثة"))));

    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    [InlineData("ووزع الصليب الاحمر اللبناني الحصص", "ORG الصليب الاحمر اللبناني")]
    [InlineData("وزعت الهيئة الخيرية الاردنية الهاشمية الطرود", "ORG الهيئة الخيرية الاردنية الهاشمية")]
    [InlineData("وقالت إدارة الكوارث والطوارئ التركية في بيان", "ORG إدارة الكوارث والطوارئ التركية")]
    [InlineData("وقالت ادارة الكوارث والطوارئ التركية في بيان", "ORG ادارة الكوارث والطوارئ التركية")]
    [InlineData("وارسلت هيئة الاغاثة الانسانية التركية قافلة", "ORG هيئة الاغاثة الانسانية التركية")]
    public void test_aid_bodies_of_refugee_news_are_names(string text, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(new NameRecoveryStage().Process(Docs.Tokenized(text))));
}
