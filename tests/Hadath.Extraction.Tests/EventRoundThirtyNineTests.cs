using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round thirty-nine's event pass (the blind ev32- stories: a drone strike on a militia commander near Baghdad, a jihadist
/// attack on an army post in the Sahel, clashes between two forces in south Yemen). An attack verb whose subject is a drone
/// right before it (طائرة مسيرة استهدفت, هجوم بطائرات مسيرة استهدف) is a strike from the air (195), as the dev stories code
/// drone strikes. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundThirtyNineTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    // a drone subject right before the verb: after ب (an attack told by its means), singular or plural, after كانت
    [InlineData("وتاتي الضربة بعد هجوم بطائرات مسيرة استهدف قاعدة الحرير في محافظة اربيل", "استهدف")]
    [InlineData("وكانت طائرة مسيرة استهدفت قاعدة الحرير الشهر الماضي", "استهدفت")]
    [InlineData("وكانت طائرات مسيرة استهدفت قاعدة الحرير امس", "استهدفت")]
    public void test_an_attack_whose_subject_is_a_drone_before_it_is_an_air_strike(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "قاعدة الحرير", null));
        var e = Assert.Single(Events(doc), e => e.Code.StartsWith("19", StringComparison.Ordinal) || e.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("195", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    // the march (مسيرة) that a crowd organised, and a drone shot down by the defences: no strike from the air
    [InlineData("ونظم المحتجون مسيرة استهدفت مبنى المحافظة بالحجارة")]
    [InlineData("واسقطت الدفاعات الجوية طائرة مسيرة فوق قاعدة الحرير")]
    public void test_a_march_or_a_downed_drone_is_no_air_strike(string text)
    {
        var doc = text.Contains("قاعدة الحرير", StringComparison.Ordinal) ? Docs.WithActors(text, ("e1", EntityType.LOC, "قاعدة الحرير", null)) : Docs.WithActors(text);
        Assert.DoesNotContain(Events(doc), e => e.Code == "195");
    }

    [Theory]
    // the title, the state, the office's adjective (الانتقالي), a rank (الكابتن, النقيب) and the name; with either alone
    [InlineData("ودان رئيس بوركينا فاسو الانتقالي الكابتن ابراهيم تراوري الهجوم")]
    [InlineData("ودان رئيس بوركينا فاسو الانتقالي ابراهيم تراوري الهجوم على الموقع")]
    [InlineData("ودان رئيس بوركينا فاسو الكابتن ابراهيم تراوري الهجوم")]
    [InlineData("وندد رئيس بوركينا فاسو الانتقالي النقيب ابراهيم تراوري بالهجوم")]
    public void test_a_head_of_state_told_by_seat_office_adjective_and_rank_is_the_source(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "بوركينا فاسو", "BFA"), ("e2", EntityType.PER, "ابراهيم تراوري", "BFAGOV"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("111", e.Code);
        Assert.Equal(text.StartsWith("وندد", StringComparison.Ordinal) ? "ندد" : "دان", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // the council's own name with الانتقالي after the verb: the body acts, no holder is read into it
    [InlineData("ودان المجلس الانتقالي الجنوبي الهجوم على عتق", "e3")]
    public void test_a_transitional_council_named_stays_the_source(string text, string source)
    {
        var doc = Docs.WithActors(text, ("e3", EntityType.ORG, "المجلس الانتقالي الجنوبي", null));
        var e = Assert.Single(Events(doc));
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // the participle after a comma, masculine or feminine, retaliation told with الرد على, الانتقام من or الثار من
    [InlineData("ونعت كتائب حزب الله قائدها في بيان، متوعدة بالرد على الولايات المتحدة في الزمان والمكان المناسبين", "متوعدة")]
    [InlineData("ونعت كتائب حزب الله قائدها، متوعدة بالانتقام من الولايات المتحدة", "متوعدة")]
    [InlineData("ودانت كتائب حزب الله الضربة، مهددة بالرد على الولايات المتحدة", "مهددة")]
    [InlineData("وشيعت كتائب حزب الله قائدها، متوعدة بالثار من الولايات المتحدة", "متوعدة")]
    public void test_a_vow_of_retaliation_after_a_comma_is_against_whom_it_names(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "كتائب حزب الله", null), ("e2", EntityType.LOC, "الولايات المتحدة", "USA"));
        var e = Assert.Single(Events(doc), e => e.Code.StartsWith("13", StringComparison.Ordinal));
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // a vow against a deed, no one named after على: no target read into the words after it
    [InlineData("ونعت كتائب حزب الله قائدها، متوعدة بالرد على الجريمة في الوقت المناسب")]
    public void test_a_vow_of_retaliation_against_no_one_named_has_no_target(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "كتائب حزب الله", null));
        var e = Assert.Single(Events(doc), e => e.Code.StartsWith("13", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }
}
