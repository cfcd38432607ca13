using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixty-five's event pass (the blind ev58- stories: a cell charged in Manama, a Turkish operation in northern
/// Iraq, a mosque bombing in Peshawar). Charges brought against someone (ووجهت النيابة العامة الى X تهمة …, وجهت الشرطة
/// تهمة القتل لرجل) are an accusation of a crime (112). The Gulf Cooperation Council named in full (مجلس التعاون لدول
/// الخليج العربية), as the Gulf agencies write it, is an organisation with Phoenix's code for it, so its condemnation has
/// a source. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixtyFiveTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Chargers =
    [
        ("e1", EntityType.ORG, "النيابة العامة", "BHRJUD"), ("e2", EntityType.ORG, "الشرطة البريطانية", "GBRCOP"),
        ("e3", EntityType.ORG, "المحكمة العليا", "PAKJUD"),
    ];

    [Theory]
    // a charge named after the verb, its subject and the charged in between or after it
    [InlineData("ووجهت النيابة العامة الى سبعة موقوفين تهمة الانتماء الى جماعة محظورة", "وجهت", "e1")]
    [InlineData("وجهت الشرطة البريطانية تهمة القتل العمد لسائق الشاحنة", "وجهت", "e2")]
    [InlineData("ووجهت المحكمة العليا تهم الفساد واستغلال النفوذ الى الوزير السابق", "وجهت", "e3")]
    [InlineData("ووجهت النيابة العامة اتهامات بالتزوير الى رئيس البلدية", "وجهت", "e1")]
    public void test_charges_brought_are_an_accusation(string text, string trigger, string source)
    {
        var e = Assert.Single(Events(Named(text, Chargers)), e => e.Code == "112");
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // guard: what else is addressed with وجه (an appeal stays a call; a letter, an invitation or a blow is no charge)
    [InlineData("ووجهت النيابة العامة رسالة الى وزارة العدل بشان الموقوفين", null)]
    [InlineData("ووجهت الشرطة البريطانية دعوة الى الصحفيين لحضور المؤتمر", null)]
    [InlineData("ووجهت المحكمة العليا نداء الى الاطراف للتهدئة", "020")]
    public void test_other_things_addressed_are_no_charge(string text, string? code)
    {
        var events = Events(Named(text, Chargers));
        Assert.DoesNotContain(events, e => e.Code == "112");
        if (code is not null) Assert.Contains(events, e => e.Code == code);
    }

    [Theory]
    [InlineData("مجلس التعاون لدول الخليج العربية", "IGOPGSGCC")]
    [InlineData("مجلس التعاون لدول الخليج العربي", "IGOPGSGCC")]
    public void test_the_gulf_cooperation_council_named_in_full_is_coded(string name, string code)
    {
        Assert.Equal(code, Docs.BodyActor("وقال " + name + " في بيان", name));
    }

    [Theory]
    [InlineData("ودان مجلس التعاون لدول الخليج العربية الهجوم على الناقلة", "مجلس التعاون لدول الخليج العربية")]
    [InlineData("ودان الامين العام لمجلس التعاون لدول الخليج العربية التفجير", "مجلس التعاون لدول الخليج العربية")]
    public void test_a_condemnation_by_the_gulf_cooperation_council_named_in_full_has_it_for_source(string text, string name)
    {
        var doc = new ActorStage().Process(new NameRecoveryStage().Process(Docs.Tokenized(text)));
        var e = Assert.Single(Events(doc), x => x.Code == "111");
        Assert.Equal(name, doc.Entities.Single(x => x.Id == e.Source?.EntityId).Name);
    }

    [Theory]
    // guard: a council of cooperation between two states is no Gulf council
    [InlineData("وعقد مجلس التعاون الاستراتيجي بين البلدين اجتماعه الاول")]
    public void test_other_councils_of_cooperation_are_not_the_gulf_council(string text)
    {
        var doc = new ActorStage().Process(new NameRecoveryStage().Process(Docs.Tokenized(text)));
        Assert.DoesNotContain(doc.Entities, e => e.Actor == "IGOPGSGCC");
    }
}
