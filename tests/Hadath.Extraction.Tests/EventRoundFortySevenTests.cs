using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round forty-seven's event pass (the blind ev40- stories: Tunisia's council dissolved and opposition figures held, a
/// Turkish drone strike in Duhok, the Derna floods). Trucks or craft sent laden with goods (ارسلت مصر الى ليبيا
/// قافلة من 50 شاحنة محملة, ارسلت الجزائر ثماني طائرات محملة بالمساعدات) is aid given, 07, to the state it was sent to; an appeal addressed
/// or launched (وجهت الامم المتحدة نداء عاجلا, اطلقت المنظمة نداء) is an appeal, 02. Sentences written for these tests,
/// none from a story or a data set.
/// </summary>
public sealed class EventRoundFortySevenTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Senders =
    [
        ("e1", EntityType.LOC, "مصر", "EGY"), ("e2", EntityType.LOC, "ليبيا", "LBY"), ("e3", EntityType.LOC, "الجزائر", "DZA"),
        ("e4", EntityType.LOC, "السودان", "SDN"), ("e5", EntityType.LOC, "الاردن", "JOR"), ("e6", EntityType.LOC, "سوريا", "SYR"),
    ];

    [Theory]
    // a convoy or craft laden with goods, sent to a state, is aid given to it
    [InlineData("وارسلت مصر الى ليبيا قافلة من 50 شاحنة محملة بالمواد الغذائية والطبية", "e1", "e2")]
    [InlineData("كما ارسلت الجزائر ثماني طائرات عسكرية محملة بالمساعدات الى ليبيا", "e3", "e2")]
    [InlineData("وارسل الاردن الى سوريا 30 شاحنة محملة بالقمح والطحين", "e5", "e6")]
    [InlineData("وارسلت مصر طائرتين محملتين بالادوية والخيام الى السودان", "e1", "e4")]
    public void test_a_convoy_or_laden_craft_sent_is_aid(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Senders)), x => x.Code.StartsWith("07", StringComparison.Ordinal));
        Assert.Equal("ارسل", text[e.Start..e.End].TrimStart('و')[..4]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // troops, reinforcements, a letter or an envoy sent are no aid
    [InlineData("وارسلت مصر تعزيزات عسكرية الى الحدود مع ليبيا")]
    [InlineData("وارسلت الجزائر رسالة الى ليبيا تطلب فيها توضيحات")]
    [InlineData("وارسل الاردن مبعوثا الى سوريا لبحث ملف اللاجئين")]
    public void test_troops_letters_and_envoys_sent_are_no_aid(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Senders)), e => e.Code.StartsWith("07", StringComparison.Ordinal));
    }

    private static readonly (string, EntityType, string, string?)[] Appealers =
    [
        ("e1", EntityType.ORG, "الامم المتحدة", "IGOUNO"), ("e2", EntityType.ORG, "الهلال الاحمر الليبي", "LBYNGO"),
        ("e3", EntityType.ORG, "منظمة الصحة العالمية", "IGOWHO"), ("e4", EntityType.LOC, "جنيف", "CHE"),
    ];

    [Theory]
    // an appeal addressed or launched is an appeal
    [InlineData("وفي جنيف، وجهت الامم المتحدة نداء عاجلا لجمع 71 مليون دولار", "e1")]
    [InlineData("واطلق الهلال الاحمر الليبي نداء استغاثة لتوفير الخيام والاغطية", "e2")]
    [InlineData("ووجهت منظمة الصحة العالمية نداء للمانحين لتمويل خطة الاستجابة", "e3")]
    public void test_an_appeal_addressed_or_launched_is_an_appeal(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Appealers)), x => x.Code.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Fact]
    // a body named before the appeal, past an aside, is who appealed, not whom it was addressed to, though named again after
    public void test_a_body_before_an_appeal_past_an_aside_made_it()
    {
        var text = "واشار الى ان الهلال الاحمر الليبي بمساعدة اذاعة \"الوطن اف ام\" وجه نداء للمواطنين لمساعدة العائلة وتلقى الهلال الاحمر الليبي وعودا من المواطنين.";
        var e = Assert.Single(Events(Named(text, Appealers)), x => x.Code.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Null(e.Target);
    }

    [Theory]
    // a charge or criticism addressed is no appeal; an appeal only planned is none
    [InlineData("ووجهت الامم المتحدة انتقادات للاطراف المتحاربة")]
    [InlineData("ومن المقرر ان تطلق الامم المتحدة نداء جديدا الاسبوع المقبل")]
    public void test_criticism_addressed_or_an_appeal_planned_is_no_appeal(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Appealers)), e => e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    private static readonly (string, EntityType, string, string?)[] Strikers =
    [
        ("e1", EntityType.ORG, "حزب العمال الكردستاني", "TURREB"), ("e2", EntityType.LOC, "متينا", "IRQ"),
        ("e3", EntityType.ORG, "قوات سوريا الديمقراطية", "SYRREB"), ("e4", EntityType.LOC, "دهوك", "IRQ"),
    ];

    [Theory]
    // a day set off by commas between the verb and the sites it struck is an aside; whose the sites are is the target
    [InlineData("وكانت مقاتلات تركية قد قصفت، مساء الاربعاء، مواقع لحزب العمال الكردستاني في منطقة متينا الحدودية.", "e1")]
    [InlineData("وقصفت مقاتلات تركية، مساء الاربعاء، مواقع لحزب العمال الكردستاني في منطقة متينا.", "e1")]
    public void test_sites_struck_past_a_day_aside_are_their_owners(string text, string target)
    {
        var e = Assert.Single(Events(Named(text, Strikers)), x => x.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("قصفت", text[e.Start..e.End].TrimStart('و'));
        Assert.Null(e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a place after the aside is where, no target
    [InlineData("وقصفت مقاتلات تركية، مساء الاربعاء، قرى في محافظة دهوك.")]
    public void test_a_place_past_a_day_aside_is_no_target(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Strikers)), x => x.Target?.EntityId == "e4");
    }

    private static readonly (string, EntityType, string, string?)[] Unions =
    [
        ("e1", EntityType.ORG, "الاتحاد العام التونسي للشغل", "TUNLAB"), ("e2", EntityType.ORG, "نقابة المعلمين", "JORLAB"),
    ];

    [Theory]
    // a strike or a sit-in only announced or decided (الدخول في) is no protest, nor is the purpose told after it
    [InlineData("وفي رد سريع، اعلن الاتحاد العام التونسي للشغل الدخول في اضراب عام بكامل القطاعات يوم الخميس 26 مارس الجاري، احتجاجا على ما وصفه بالانفراد بالقرار.")]
    [InlineData("وقررت نقابة المعلمين الدخول في اعتصام مفتوح احتجاجا على تاخر صرف الرواتب.")]
    public void test_a_protest_announced_with_the_verbal_noun_of_entering_is_none(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Unions)), e => e.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    // a strike entered with the verb took place, and its purpose tells it
    public void test_a_strike_entered_with_the_verb_is_a_protest()
    {
        var text = "ودخل المعلمون، صباح اليوم، في اضراب مفتوح احتجاجا على تاخر صرف الرواتب.";
        Assert.Contains(Events(Named(text, Unions)), e => e.Code.StartsWith("14", StringComparison.Ordinal));
    }
}
