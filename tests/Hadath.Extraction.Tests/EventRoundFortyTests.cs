using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round forty's event pass (the blind ev33- stories: a border clash with smugglers in Jordan, protests after a death in
/// custody in Iran, a drone strike and its answer in north Syria). A woman envoy summoned (سفيرة المانيا) is another
/// state's envoy, not the acting state's own (سفيره); a condemnation told as an expressed feeling (اعربت عن ادانتها) is one;
/// a gathering told by its verb (تجمع الطلاب) is the protest a pronoun dispersal (قبل ان تفرقهم) breaks up; sanctions
/// imposed by the masculine verb with its subject between (فرض الاتحاد الاوروبي عقوبات). Sentences written for these tests,
/// none from a story or a data set.
/// </summary>
public sealed class EventRoundFortyTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    /// <summary>The text with those of the given entities it names.</summary>
    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    [Theory]
    // the woman ambassador with her state after her, in or لدى the summoning capital, with or without و
    [InlineData("واستدعت وزارة الخارجية سفيرة المانيا في طهران احتجاجا على العقوبات")]
    [InlineData("استدعت وزارة الخارجية، اليوم الثلاثاء، سفيرة المانيا لدى طهران")]
    [InlineData("واستدعت وزارة الخارجية سفيرة المانيا وابلغتها احتجاجها الشديد")]
    public void test_a_woman_envoy_summoned_is_a_formal_protest_to_her_state(string text)
    {
        var doc = Named(text, ("e1", EntityType.LOC, "طهران", "IRN"), ("e2", EntityType.LOC, "المانيا", "DEU"),
            ("e3", EntityType.ORG, "وزارة الخارجية", "GOV"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("111", e.Code);
        Assert.Equal("استدعت", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e3", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // the acting state's own envoy (سفيره, سفيرها) is still recalled: relations reduced with his host
    [InlineData("واستدعت المانيا سفيرها في طهران للتشاور")]
    [InlineData("واستدعى الرئيس سفيره لدى طهران للتشاور")]
    public void test_the_states_own_envoy_recalled_still_reduces_relations(string text)
    {
        var doc = Named(text, ("e1", EntityType.LOC, "طهران", "IRN"), ("e2", EntityType.LOC, "المانيا", "DEU"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("161", e.Code);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    // the verb masculine or feminine, in a statement or not, the noun with its object pronoun of either gender, استنكار too
    [InlineData("واعربت وزارة الخارجية في بيان عن ادانتها لعمليات التهريب", "اعربت", "e1")]
    [InlineData("واعرب مجلس الوزراء عن ادانته الشديدة للهجوم على السفارة", "اعرب", "e2")]
    [InlineData("اعربت وزارة الخارجية، اليوم، عن استنكارها للغارة", "اعربت", "e1")]
    [InlineData("واعربت وزارة الخارجية عن ادانتها واستنكارها للاعتداء", "اعربت", "e1")]
    public void test_a_condemnation_expressed_is_a_condemnation(string text, string trigger, string source)
    {
        var doc = Docs.WithActors(text, new[] { ("e1", EntityType.ORG, "وزارة الخارجية", (string?)"GOV"), ("e2", EntityType.ORG, "مجلس الوزراء", "GOV") }
            .Where(e => text.Contains(e.Item3, StringComparison.Ordinal)).ToArray());
        var e = Assert.Single(Events(doc));
        Assert.Equal("111", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // hope, concern, welcome and thanks expressed are no condemnation
    [InlineData("واعربت وزارة الخارجية عن املها في التوصل الى حل")]
    [InlineData("واعربت وزارة الخارجية عن قلقها من التصعيد")]
    [InlineData("واعربت وزارة الخارجية عن ترحيبها بالاتفاق")]
    public void test_other_feelings_expressed_are_no_condemnation(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "وزارة الخارجية", "GOV"));
        Assert.DoesNotContain(Events(doc), e => e.Code.StartsWith("11", StringComparison.Ordinal));
    }

    [Theory]
    // a gathering or a demonstration told by its verb (masculine, feminine), broken up after قبل ان by a pronoun form
    [InlineData("وتجمع عشرات الطلاب امام الجامعة رافعين صور الشاب، قبل ان تفرقهم قوات الامن")]
    [InlineData("وتجمعت عشرات النساء امام المحكمة، قبل ان تفرقهن الشرطة")]
    [InlineData("وتظاهرت عشرات الطالبات امام الجامعة قبل ان تفرقهن الشرطة بالقوة")]
    public void test_a_gathering_told_by_its_verb_is_what_a_pronoun_dispersal_breaks_up(string text)
    {
        var events = Events(Docs.WithActors(text));
        var e = Assert.Single(events, e => e.Code == "175");
        Assert.StartsWith("تفرق", text[e.Start..e.End]);
        Assert.Contains(events, e => e.Code == "141");
    }

    [Theory]
    // a gathering verb with the pronoun form not after قبل ان (a family the war parted), no gathering before it (a convoy)
    [InlineData("وتجمع افراد العائلة في المنزل بعد ان فرقتهم الحرب سنوات")]
    [InlineData("ووصلت الحافلات الى المدينة قبل ان تفرقهم الطرق")]
    public void test_a_pronoun_dispersal_with_no_protest_is_no_dispersal(string text)
    {
        Assert.DoesNotContain(Events(Docs.WithActors(text)), e => e.Code == "175");
    }

    [Theory]
    // the masculine past with its subject (and a day) between it and the sanctions, with or without و
    [InlineData("فرض الاتحاد الاوروبي اليوم عقوبات على مسؤولين ايرانيين", "فرض")]
    [InlineData("وفرض الاتحاد الاوروبي عقوبات جديدة على مسؤولين ايرانيين", "فرض")]
    [InlineData("وفي بروكسل، فرض الاتحاد الاوروبي، الثلاثاء، عقوبات على ثلاث شركات", "فرض")]
    // after بعدما, its subject between it and the sanctions; the present keeps its sanctions right after it
    [InlineData("وتراجعت العملة بعدما فرض الاتحاد الاوروبي عقوبات على طهران", "فرض")]
    [InlineData("الاتحاد الاوروبي يفرض عقوبات على مسؤولين ايرانيين", "يفرض")]
    public void test_sanctions_imposed_by_the_masculine_verb_are_sanctions(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الاتحاد الاوروبي", "IGOEEC"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("163", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // فرض right before عقوبات is the verbal noun: a plan, a threat, a debate, not sanctions imposed
    [InlineData("ويدرس الاتحاد الاوروبي فرض عقوبات على مسؤولين ايرانيين")]
    [InlineData("وهدد الاتحاد الاوروبي بفرض عقوبات على مسؤولين ايرانيين")]
    [InlineData("وناقش الوزراء امكانية فرض عقوبات جديدة")]
    // the verbal noun with its own agent after it, after a noun or a preposition (اعادة فرض, في ظل فرض): no act told
    [InlineData("وتراجعت العملة بعد اعادة فرض الاتحاد الاوروبي عقوبات على طهران")]
    [InlineData("وانسحبت الشركة في ظل فرض الاتحاد الاوروبي عقوبات جديدة")]
    [InlineData("وتخشى الاسواق اعادة فرض العقوبات على طهران")]
    public void test_the_verbal_noun_farḍ_before_sanctions_is_no_sanction(string text)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "الاتحاد الاوروبي", "IGOEEC"));
        Assert.DoesNotContain(Events(doc), e => e.Code == "163");
    }

    [Theory]
    // a drone or planes shot down: the single, the dual, the plural, a helicopter
    [InlineData("واسقطت القوات المسلحة طائرة مسيرة محملة بالمخدرات قرب الحدود", "اسقطت")]
    [InlineData("واسقطت القوات المسلحة طائرتين مسيرتين قادمتين من الاراضي السورية", "اسقطت")]
    [InlineData("اسقطت القوات المسلحة مسيرات اطلقت نحو قاعدة عسكرية", "اسقطت")]
    [InlineData("واسقطت القوات المسلحة مروحية قرب الحدود", "اسقطت")]
    public void test_a_drone_shot_down_is_force_used(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "القوات المسلحة", "JORMIL"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("190", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // charges, a bill, a name or a government dropped: no force used
    [InlineData("واسقطت المحكمة التهم عن المتهمين الخمسة")]
    [InlineData("واسقط البرلمان مشروع القانون في جلسة الامس")]
    [InlineData("واسقطت القوات المسلحة اسم الضابط من قائمة المطلوبين")]
    [InlineData("واسقط المحتجون الحكومة بعد اشهر من التظاهرات")]
    public void test_other_things_dropped_are_no_force(string text)
    {
        Assert.DoesNotContain(Events(Docs.WithActors(text)), e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }
}
