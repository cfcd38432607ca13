using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A killing told as a toll whose agent follows the weapon or the cause (قتل ثلاثة مدنيين جراء قصف شنته طائرات حربية
/// روسية, برصاص قوات الامن): a force no name marks — a force phrase, or the craft of a named country — is the source;
/// with no country named its code is the force's agent alone (MIL, COP, UAF);
/// and who carried out the operation an arrest was made in is its doer (في عملية دهم نفذتها قوة من الشرطة الاتحادية).
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventTollAgentTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وقتل ثلاثة مدنيين جراء قصف شنته طائرات حربية روسية على البلدة", "قصف", "195", "طائرات حربية روسية", "RUSMIL")]
    [InlineData("وقتل خمسة اشخاص نتيجة قصف الطيران الروسي على المدينة", "قصف", "195", "الطيران الروسي", "RUSMIL")]
    [InlineData("وقتل عشرة مدنيين جراء غارات شنتها قوات النظام على المدينة", "غارات", "195", "قوات النظام", "MIL")]
    [InlineData("وقتل 12 شخصا جراء قصف قوات النظام على حي سكني", "قصف", "194", "قوات النظام", "MIL")]
    [InlineData("وقتل 12 شخصا جراء قصف القوات الحكومية على حي سكني", "قصف", "194", "القوات الحكومية", "MIL")]
    [InlineData("وقتل ستة اشخاص بنيران قوات الامن في المدينة", "قتل", "190", "قوات الامن", "COP")]
    [InlineData("وقتل ستة اشخاص بنيران الطائرات الروسية في المدينة", "قتل", "190", "الطائرات الروسية", "RUSMIL")]
    [InlineData("كما قتل العشرات غيرهم برصاص مسلحين مجهولين", "قتل", "180", "مسلحين مجهولين", "UAF")]
    public void test_the_unnamed_agent_after_the_cause_or_weapon_of_a_toll_is_the_source(string text, string trigger, string code, string agent, string? actor)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)));
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(code, e.Code);
        Assert.Null(e.Source?.EntityId);
        Assert.Equal(agent, Docs.ArgumentWords(text, e.Source));
        Assert.Equal(actor, e.Source?.Actor);
    }

    [Theory]
    [InlineData("وقتل 12 شخصا جراء قصف طائرات حربية على حي سكني")]        // craft of no country: nobody's
    [InlineData("وقتل ستة اشخاص بنيران مجهولة في المدينة")]                // no agent after the weapon
    public void test_no_source_where_the_toll_names_no_force(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)));
        Assert.Null(e.Source);
    }

    [Theory]
    [InlineData("واعلنت قيادة العمليات اعتقال خمسة مطلوبين في عملية دهم نفذتها قوة من الشرطة الاتحادية في المدينة", "e2", null)]
    [InlineData("واعلنت قيادة العمليات اعتقال خمسة مطلوبين في عملية امنية نفذتها قوات الامن في المدينة", null, "قوات الامن")]
    [InlineData("واعلنت قيادة العمليات اعتقال خمسة مطلوبين في المدينة", "e1", null)]    // no operation told: the announcer
    public void test_who_carried_out_the_operation_is_the_doer_of_the_arrest(string text, string? doer, string? unnamed)
    {
        var doc = text.Contains("الشرطة الاتحادية", StringComparison.Ordinal)
            ? Docs.WithNamed(text, ("e1", EntityType.ORG, "قيادة العمليات"), ("e2", EntityType.ORG, "الشرطة الاتحادية"))
            : Docs.WithNamed(text, ("e1", EntityType.ORG, "قيادة العمليات"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("اعتقال", text[e.Span.Start..e.Span.End]);
        Assert.Equal(doer, e.Source?.EntityId);
        Assert.Equal(unnamed, Docs.ArgumentWords(text, e.Source));
    }

    [Fact]
    public void test_a_named_group_after_the_weapon_is_still_the_source()
    {
        var text = "وقتل ستة جنود برصاص حركة الشباب في المدينة";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "حركة الشباب"))));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("180", e.Code);
    }
}
