using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixty-nine's event pass (the blind ev62- stories: a Jordanian minister in Kuwait, protests against election results
/// in Nouakchott, a Turkish drone strike near Sulaymaniyah). A member of parliament named after the house he sits in and the
/// party or district he sits for (واتهم النائب في برلمان الاقليم عن الحزب X فلان, دعا النائب بمجلس نواب الشعب عن حركة X،
/// فلان،) is the subject, and the name after him the object: neither the house nor the party acted or was acted on. A
/// dispersal whose crowd comes past a day set off by commas and the means (فرقت الشرطة، مساء امس، بالغاز المسيل للدموع
/// مئات الشبان) is told by its verb, as one with no commas is; a place's category joined with ب right after the subject
/// (فرقت السلطات المحلية بمدينة X) is where it acted, not what the force struck.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixtyNineTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Members =
    [
        ("e1", EntityType.PER, "شيركو احمد", null), ("e2", EntityType.ORG, "الحزب الديمقراطي الكردستاني", "IRQPTY"),
        ("e3", EntityType.ORG, "وزارة المالية الاتحادية", "IRQGOV"), ("e4", EntityType.PER, "سمير الورغي", null),
        ("e5", EntityType.ORG, "حركة النهضة", "TUNPTY"), ("e6", EntityType.PER, "هشام المشيشي", "TUNGOV"),
        ("e7", EntityType.ORG, "مجلس نواب الشعب", "TUNLEG"), ("e8", EntityType.PER, "كاروان كريم", null),
        ("e9", EntityType.ORG, "الاتحاد الوطني الكردستاني", "IRQPTY"), ("e10", EntityType.ORG, "حزب الله", "LBNREB"),
        ("e11", EntityType.PER, "نزار العبيدي", null), ("e12", EntityType.ORG, "كتلة المستقبل", "LBNPTY"),
    ];

    [Theory]
    // a member named after the house he sits in (في, or ب joined to it) and the party he sits for, then the object
    [InlineData("واتهم النائب في برلمان الاقليم عن الحزب الديمقراطي الكردستاني شيركو احمد وزارة المالية الاتحادية بقطع الرواتب", "اتهم", "112", "e1", "e3")]
    [InlineData("ودعا النائب بمجلس نواب الشعب عن حركة النهضة، سمير الورغي، رئيس الحكومة هشام المشيشي الى الاستقالة", "دعا", "020", "e4", "e6")]
    [InlineData("ودعا النائب بمجلس نواب الشعب عن حركة النهضة عن ولاية سوسة، سمير الورغي، وزير الداخلية هشام المشيشي الى فتح تحقيق", "دعا", "020", "e4", "e6")]
    [InlineData("وانتقد النائب في مجلس نواب الشعب عن ولاية سوسة سمير الورغي وزير الداخلية هشام المشيشي", "انتقد", "111", "e4", "e6")]
    // guard: the party alone, and the house alone, as before
    [InlineData("واتهم النائب عن الاتحاد الوطني الكردستاني كاروان كريم وزارة المالية الاتحادية بقطع الرواتب", "اتهم", "112", "e8", "e3")]
    [InlineData("واتهم النائب في كتلة المستقبل نزار العبيدي حزب الله بعرقلة تشكيل الحكومة", "اتهم", "112", "e11", "e10")]
    public void test_a_member_named_after_his_house_and_party_is_the_source(string text, string trigger, string code, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Members)), e => e.Code == code);
        Assert.EndsWith(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Forces =
    [
        ("e1", EntityType.ORG, "الشرطة التونسية", "TUNCOP"), ("e2", EntityType.ORG, "قوات الامن الموريتانية", "MRTCOP"),
        ("e3", EntityType.ORG, "الشرطة الجزائرية", "DZACOP"), ("e4", EntityType.LOC, "القصرين", null),
    ];

    [Theory]
    // the crowd past a day set off by commas and the means
    [InlineData("فرقت الشرطة التونسية، مساء امس الاحد، بالغاز المسيل للدموع مئات الشبان في حي التضامن", "e1")]
    [InlineData("وفرقت قوات الامن الموريتانية، صباح اليوم، بالهراوات عشرات الطلاب امام مقر الجامعة", "e2")]
    // guard: no commas, as before
    [InlineData("وفرقت الشرطة الجزائرية مساء الجمعة بالغاز المسيل للدموع مئات المحتجين وسط العاصمة", "e3")]
    public void test_a_crowd_past_a_day_aside_and_the_means_is_dispersed_by_the_verb(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Forces)), e => e.Code.StartsWith("175", StringComparison.Ordinal));
        Assert.EndsWith("فرقت", text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // a city joined with ب right after the subject is where it acted, not whom the force struck
    [InlineData("فرقت السلطات المحلية بمدينة القصرين، مساء امس، بالقوة وقفة احتجاجية لعشرات المعطلين عن العمل")]
    [InlineData("فرقت قوات الامن بمدينة القصرين بالقوة اعتصاما لعشرات المعطلين امام مقر الولاية")]
    public void test_a_city_joined_with_ba_after_the_subject_is_no_target(string text)
    {
        var e = Assert.Single(Events(Named(text, Forces)), e => e.Code.StartsWith("175", StringComparison.Ordinal));
        Assert.EndsWith("فرقت", text[e.Span.Start..e.Span.End]);
        Assert.Null(e.Target?.EntityId);
        Assert.True(e.Target?.Span is null || !text[e.Target.Span.Value.Start..e.Target.Span.Value.End].Contains("القصرين"));
    }
}
