using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty-four's event pass (the blind ev47- stories: Turkish strikes in Sinjar, an al-Shabaab ambush in Lamu, detention
/// for false news in Cairo). An ambush told with who laid it (كمين نصبه مسلحون من X) is theirs, as an attack told with شنه
/// is; a clash whose subject is followed by who backed it, set off by commas (اشتبك X، بدعم من Y، مع Z), keeps its two
/// sides; rights bodies named by a network or a council with its qualifier and what it is for (الشبكة المصرية لحقوق
/// الانسان, المجلس القومي لحقوق الانسان, المجلس القومي للمرأة) are names.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftyFourTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Sides =
    [
        ("e1", EntityType.ORG, "حركة الشباب", "SOMREB"), ("e2", EntityType.ORG, "الجيش الصومالي", "SOMMIL"),
        ("e3", EntityType.ORG, "الشرطة الكينية", "KENCOP"), ("e4", EntityType.ORG, "قوات اتميس", "IGOAFRAU"),
        ("e5", EntityType.ORG, "الجيش الكيني", "KENMIL"), ("e6", EntityType.ORG, "حزب العمال الكردستاني", "TURREB"),
        ("e7", EntityType.ORG, "الجيش التركي", "TURMIL"), ("e8", EntityType.ORG, "قوات التحالف", "MIL"),
    ];

    [Theory]
    // who laid an ambush carried it out, as who launched an attack did (هجوم شنه X)
    [InlineData("قتل ستة من عناصر الشرطة الكينية في كمين نصبه مسلحون من حركة الشباب لقافلة تابعة للشرطة", "e1")]
    [InlineData("قتل ثلاثة جنود في كمين نصبته عناصر من حركة الشباب لدورية للجيش الكيني قرب الحدود", "e1")]
    [InlineData("وقتل جنديان في كمين نصبه مقاتلو حركة الشباب على طريق رئيسي", "e1")]
    [InlineData("واصيب اربعة جنود في كمين نصبته حركة الشباب لدورية عسكرية", "e1")]
    [InlineData("وقتل خمسة جنود اتراك في كمين نصبه مسلحو حزب العمال الكردستاني في ولاية هكاري", "e6")]
    public void test_an_ambush_is_who_laid_it(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code == "180");
        Assert.Equal("كمين", text[e.Start..e.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // an ambush laid by no name stays with no source; one spoken of is no event
    [InlineData("قتل ثلاثة جنود في كمين نصبه مسلحون مجهولون لدورية للجيش الكيني", null)]
    public void test_an_ambush_laid_by_no_name_has_no_source(string text, string? source)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code == "180");
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // who backed the subject, set off by commas, neither ends the clause nor is the other side
    [InlineData("واشتبك الجيش الصومالي، بدعم من قوات اتميس، مع مسلحي حركة الشباب في اقليم جوبا السفلى", "e2", "e1")]
    [InlineData("واشتبك الجيش الصومالي، بدعم من قوات اتميس، مع حركة الشباب قرب الحدود", "e2", "e1")]
    [InlineData("اشتبك الجيش الكيني، بدعم من قوات اتميس، مع عناصر حركة الشباب", "e5", "e1")]
    [InlineData("واشتبك الجيش التركي، بدعم من طائرات مسيرة، مع مسلحي حزب العمال الكردستاني", "e7", "e6")]
    // guard: with no aside
    [InlineData("واشتبك الجيش الصومالي مع مسلحي حركة الشباب في اقليم جوبا السفلى", "e2", "e1")]
    public void test_a_clash_keeps_its_sides_past_who_backed_the_subject(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code == "190");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    // rights bodies: a network with its nationality, a council with its qualifier, and what they are for
    [InlineData("من جهتها، انتقدت الشبكة المصرية لحقوق الانسان قرار الحبس", "ORG الشبكة المصرية لحقوق الانسان")]
    [InlineData("وقالت الشبكة السورية لحقوق الانسان في تقرير ان", "ORG الشبكة السورية لحقوق الانسان")]
    [InlineData("واستقبل الوزير وفدا من المجلس القومي لحقوق الانسان برئاسة رئيسه", "ORG المجلس القومي لحقوق الانسان")]
    [InlineData("وقال المجلس القومي للمرأة في بيان ان", "ORG المجلس القومي للمرأة")]
    [InlineData("ودعا المجلس الوطني لحقوق الانسان الى التحقيق", "ORG المجلس الوطني لحقوق الانسان")]
    public void test_rights_bodies_by_their_names(string text, string expected)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        Assert.Contains(expected, Mentions(doc));
    }

    [Theory]
    // a network or a council told with its qualifier alone, or a network of things, is no name
    [InlineData("وتضررت الشبكة الكهربائية في المدينة", "الشبكة")]
    [InlineData("ونشر الفيديو على الشبكة العنكبوتية للمعلومات", "الشبكة")]
    [InlineData("وانعقد المجلس القومي امس", "المجلس القومي")]
    // a council with a nationality or المحلي: what follows is what it did or whom it met, not what it is for
    [InlineData("ودعا المجلس الاوروبي لقادة الاتحاد الاوروبي الى قمة", "المجلس الاوروبي لقادة")]
    [InlineData("وقرر المجلس المحلي لاجراء المزيد من الفحوص", "المجلس المحلي")]
    public void test_a_network_or_council_with_no_purpose_is_no_name(string text, string head)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        Assert.DoesNotContain(Mentions(doc), m => m.StartsWith("ORG " + head, StringComparison.Ordinal));
    }
}
