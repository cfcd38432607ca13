using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixty-eight's event pass (the blind ev61- stories: clashes in southern Tripoli, the shelling of El Fasher, a drone
/// attack on Marib). A call written with و right after a comma whose addressee opens with a quantifier in construct
/// (…، ودعت جميع الاطراف الى ضبط النفس, ودعا كافة القوى السياسية الى) is called by the subject before, as one whose
/// addressee is told by definite words alone (…، ودعت السلطات الى) is: the quantifier and the definite words after it are
/// whom it calls on, no subject of its own. Drones told right before a launching verb with an object pronoun (ثلاث
/// طائرات مسيرة مفخخة اطلقتها الجماعة باتجاه المدينة) were launched by whom the verb names after it: a strike from the air
/// (195), as the older gold codes it; a missile told so, a definite drone, or an initiative is no launch read here. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixtyEightTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Callers =
    [
        ("e1", EntityType.ORG, "منظمة الصحة العالمية", "IGOWHO"), ("e2", EntityType.ORG, "الاتحاد الافريقي", "IGOAFU"),
        ("e3", EntityType.ORG, "جامعة الدول العربية", "IGOARL"), ("e4", EntityType.LOC, "مصر", "EGY"),
        ("e5", EntityType.LOC, "السودان", "SDN"),
    ];

    [Theory]
    // a quantifier in construct with definite words opens the addressee of a call after a comma
    [InlineData("واعربت منظمة الصحة العالمية عن قلقها ازاء انتشار الوباء، ودعت جميع الدول الى تشديد الرقابة على الحدود", "دعت", "e1")]
    [InlineData("وندد الاتحاد الافريقي بالانقلاب، ودعا كافة الاطراف المعنية الى العودة للحوار", "دعا", "e2")]
    [InlineData("ورحبت جامعة الدول العربية بوقف القتال، ودعت كل القوى السياسية الى الالتزام بالهدنة", "دعت", "e3")]
    [InlineData("واعرب الاتحاد الافريقي عن قلقه، ودعا جميع الفصائل المسلحة الى وقف القتال", "دعا", "e2")]
    public void test_a_call_whose_addressee_opens_with_a_quantifier_goes_on_with_the_subject_before(string text, string trigger, string source)
    {
        var e = Assert.Single(Events(Named(text, Callers)), e => e.Code.StartsWith("02", StringComparison.Ordinal));
        Assert.EndsWith(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // guard: the sides listed after كل من called themselves; the body before the comma is no caller
    [InlineData("وندد الاتحاد الافريقي بالهجوم، ودعا كل من مصر والسودان الى ضبط النفس")]
    // guard: a quantifier followed by no definite word opens no addressee
    [InlineData("وندد الاتحاد الافريقي بالهجوم، ودعا جميعهم الى ضبط النفس")]
    public void test_a_call_after_a_quantifier_that_opens_no_addressee_is_not_given_the_subject_before(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Callers)), e => e.Code.StartsWith("02", StringComparison.Ordinal) && e.Source?.EntityId == "e2");
    }

    private static readonly (string, EntityType, string, string?)[] Launchers =
    [
        ("e6", EntityType.ORG, "جماعة الحوثي", "YEMREB"), ("e7", EntityType.ORG, "تنظيم داعش", "IMGMUS"),
        ("e8", EntityType.ORG, "الجيش اليمني", "YEMMIL"), ("e9", EntityType.LOC, "جازان", "SAU"),
    ];

    [Theory]
    // an indefinite drone before a launching verb with an object pronoun: launched by whom the verb names
    [InlineData("واعلن الجيش اليمني اسقاط ثلاث طائرات مسيرة مفخخة اطلقتها جماعة الحوثي باتجاه مدينة جازان", "اطلقتها", "e6")]
    [InlineData("وافاد شهود بان طائرتين مسيرتين اطلقتهما جماعة الحوثي حلقتا فوق جازان", "اطلقتهما", "e6")]
    [InlineData("واعترضت الدفاعات الجوية طائرة مسيرة اطلقتها جماعة الحوثي نحو جازان", "اطلقتها", "e6")]
    public void test_a_drone_before_a_launching_verb_with_its_pronoun_is_a_strike(string text, string trigger, string source)
    {
        var e = Assert.Single(Events(Named(text, Launchers)), e => e.Code == "195");
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // guard: a missile told with ب after an attack noun or before the verb, a definite drone told before, an initiative launched
    [InlineData("واعترض الجيش اليمني صواريخ اطلقها مسلحو تنظيم داعش على البلدة", "اطلقها")]
    [InlineData("وقال الجيش اليمني ان الطائرات المسيرة التي اطلقتها جماعة الحوثي سقطت في مناطق خالية", "اطلقتها")]
    [InlineData("وقتل ثلاثة مدنيين في هجوم بصاروخ اطلقه جماعة الحوثي على سوق شعبي", "اطلقه")]
    [InlineData("وقال الجيش اليمني ان الصواريخ التي اطلقتها جماعة الحوثي سقطت في مناطق خالية", "اطلقتها")]
    [InlineData("ورحب الجيش اليمني بالمبادرة التي اطلقتها جماعة الحوثي لفتح الطرق", "اطلقتها")]
    public void test_a_launching_verb_with_no_indefinite_weapon_before_it_tells_no_launch(string text, string verb)
    {
        Assert.DoesNotContain(Events(Named(text, Launchers)), e => text[e.Span.Start..e.Span.End].EndsWith(verb, StringComparison.Ordinal));
    }
}
