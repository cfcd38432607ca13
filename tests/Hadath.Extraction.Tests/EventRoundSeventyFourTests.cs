using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy-four's event pass (the blind ev67- stories: an Israeli drone strike near Bint Jbeil, an army operation
/// in Tipaza, RSF shelling of El Obeid). A group noun the tagger leaves out of the name (مليشيا, تنظيم, حركة) may stand
/// between شنه/شنته and the group that carried out the act (قصف مدفعي شنته مليشيا الدعم السريع): the group after it is the
/// agent, as it is past members in construct (مسلحو تنظيم داعش). Arms recovered by a force (واسترجعت الوحدات خمسة مسدسات
/// رشاشة, as Algerian army statements tell a seizure) are seized (171); استرجع with no arms after it (استرجع المؤشر بعض
/// خسائره) is no event. Sentences written for these tests, none from a story or
/// a data set.
/// </summary>
public sealed class EventRoundSeventyFourTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Groups =
    [
        ("e1", EntityType.ORG, "الدعم السريع", "SDNREB"), ("e2", EntityType.ORG, "داعش", "IMGMUSISI"),
        ("e3", EntityType.ORG, "الشباب", "SOMREB"), ("e4", EntityType.LOC, "كادوقلي", "SDN"),
        ("e5", EntityType.LOC, "الرمادي", "IRQ"), ("e6", EntityType.LOC, "بلدوين", "SOM"),
    ];

    [Theory]
    // a group noun left out of the name between the launching word and the group
    [InlineData("سقط خمسة قتلى في قصف مدفعي شنته مليشيا الدعم السريع على سوق مدينة كادوقلي", "قصف", "194", "e1")]
    [InlineData("قتل ثلاثة جنود في هجوم نفذه تنظيم داعش على نقطة تفتيش غربي الرمادي", "هجوم", "180", "e2")]
    [InlineData("اصيب عشرة مدنيين في هجوم شنته حركة الشباب على فندق في بلدوين", "هجوم", "180", "e3")]
    public void test_a_group_noun_before_the_launchers_name_is_passed(string text, string trigger, string code, string source)
    {
        var e = Assert.Single(Events(Named(text, Groups)), e => e.Code == code);
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // guard: the group named right after the launching word, with no group noun, keeps its agent
    [InlineData("سقط خمسة قتلى في قصف مدفعي شنته الدعم السريع على سوق مدينة كادوقلي", "194", "e1")]
    // guard: a group noun with no name after it names no agent
    [InlineData("سقط خمسة قتلى في قصف مدفعي شنته مليشيا مسلحة على سوق مدينة كادوقلي", "194", null)]
    public void test_the_launcher_without_a_group_noun_is_unchanged(string text, string code, string? source)
    {
        var e = Assert.Single(Events(Named(text, Groups)), e => e.Code == code);
        Assert.Equal(source, e.Source?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Army =
    [
        ("e1", EntityType.ORG, "للجيش الوطني الشعبي", "DZAMIL"), ("e2", EntityType.LOC, "المدية", "DZA"),
        ("e3", EntityType.LOC, "عين الدفلى", "DZA"),
    ];

    [Theory]
    // arms recovered by a force, right after the verb, past a count, or past the force's name
    [InlineData("وحاصرت مفرزة للجيش الوطني الشعبي مخبا بولاية المدية، واسترجعت خمسة مسدسات رشاشة وكمية من الذخيرة", "استرجعت", "e1")]
    [InlineData("استرجعت مفرزة للجيش الوطني الشعبي بولاية عين الدفلى بندقية نصف آلية ومسدسين", "استرجعت", "e1")]
    public void test_arms_recovered_by_a_force_are_seized(string text, string trigger, string source)
    {
        var e = Assert.Single(Events(Named(text, Army)), e => e.Code == "171");
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // guard: استرجع with no arms after it is no seizure
    [InlineData("واسترجع المؤشر الرئيسي للبورصة بعض خسائره في نهاية الجلسة")]
    [InlineData("استرجعت الجزائر مكانتها الاقليمية بفضل دبلوماسيتها النشطة")]
    public void test_recovering_anything_but_arms_is_no_seizure(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Army)), e => e.Code == "171");
    }
}
