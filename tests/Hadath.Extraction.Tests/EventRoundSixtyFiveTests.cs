using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixty-five's event pass (the blind ev58- stories: a cell charged in Manama, a Turkish operation in northern
/// Iraq, a mosque bombing in Peshawar). Charges brought against someone (ووجهت النيابة العامة الى X تهمة …, وجهت الشرطة
/// تهمة القتل لرجل) are an accusation of a crime (112). Sentences written for these tests, none from a story or a data set.
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
}
