using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round thirty-two's event pass (the blind ev25- stories: a Yemeni air strike, an Egyptian verdict with arrests and a
/// Gulf state visit): two strikes are told in the dual (قتل خمسة مدنيين في غارتين شنهما طيران X), with the dual
/// pronoun on the launching verb, and are strikes as surely as one (غارة شنتها) or many (غارات شنها); and a host's
/// palace or seat named in a day's aside (استقبل X، اليوم في قصر الشاطئ، الرئيس Y) is where he received, so whom he
/// received still follows it when the tagger does not know the palace, and past the host's title after his name (X ولي
/// عهد ابوظبي، اليوم …، الرئيس Y); and the security services (الاجهزة الامنية), as Egyptian and Jordanian wires name
/// the police, are who arrested: the suspects taken (14 شخصا يشتبه بانتمائهم الى X) are the target, not the group they are
/// suspected of; and a state named after دولة (دانت دولة قطر, the Gulf wires' way) is the subject; and a statement set off by commas (ودعت الوزارة، في بيان، مجلس الامن الى) is passed to whom the call
/// is addressed; and so is whose presence an act was done in (ووقع X وY، بحضور الجانبين، اتفاقية): the agreement signed
/// follows it. Sentences written for these tests, none from a
/// story or a data set.
/// </summary>
public sealed class EventRoundThirtyTwoTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("قتل خمسة مدنيين في غارتين شنهما طيران الجيش الاسرائيلي على بلدة بيت حانون", "غارتين")]
    [InlineData("قتل خمسة مدنيين في غارتين شنتهما طائرات الجيش الاسرائيلي على بلدة بيت حانون", "غارتين")]
    [InlineData("واستشهد ثلاثة مواطنين واصيب سبعة آخرون في غارتين نفذهما طيران الجيش الاسرائيلي على بلدة بيت حانون", "غارتين")]
    public void test_two_strikes_in_the_dual_are_launched_by_the_craft_named_after_them(string text, string trigger)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش الاسرائيلي"), ("e2", EntityType.LOC, "بيت حانون"));
        var e = Assert.Single(Events(doc), x => x.Code == "195");
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // a dual strike with no toll and no launcher is talk of strikes, as غارة alone is (هدد بشن غارتين)
    [InlineData("هدد الجيش الاسرائيلي بالرد على اي هجوم ولو بغارتين على بيت حانون")]
    public void test_a_dual_strike_with_no_toll_is_no_event(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش الاسرائيلي"), ("e2", EntityType.LOC, "بيت حانون"));
        Assert.DoesNotContain(Events(doc), x => x.Code == "195");
    }

    [Theory]
    [InlineData("استقبل الملك سلمان بن عبدالعزيز، اليوم في قصر اليمامة، الرئيس الفرنسي ايمانويل ماكرون", "استقبل")]
    [InlineData("واستقبل الملك سلمان بن عبدالعزيز، مساء الثلاثاء في قصر السلام بجدة، الرئيس الفرنسي ايمانويل ماكرون", "استقبل")]
    [InlineData("والتقى الملك سلمان بن عبدالعزيز، صباح اليوم في مقر الديوان الملكي، الرئيس الفرنسي ايمانويل ماكرون", "التقى")]
    public void test_a_palace_in_a_days_aside_is_passed_to_whom_the_host_received(string text, string trigger)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "سلمان بن عبدالعزيز"), ("e2", EntityType.PER, "ايمانويل ماكرون"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("04"));
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("استقبل الشيخ محمد بن زايد ولي عهد ابوظبي، اليوم في قصر الشاطئ، الرئيس الفرنسي ايمانويل ماكرون")]
    [InlineData("استقبل الشيخ محمد بن زايد ولي العهد، اليوم في ابوظبي، الرئيس الفرنسي ايمانويل ماكرون")]
    [InlineData("واستقبل الشيخ محمد بن زايد وزير الخارجية، في ابوظبي، الرئيس الفرنسي ايمانويل ماكرون")]
    public void test_the_hosts_title_before_an_aside_is_passed_to_whom_he_received(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "محمد بن زايد"), ("e2", EntityType.PER, "ايمانويل ماكرون"), ("e3", EntityType.LOC, "ابوظبي"));
        var e = Assert.Single(Events(doc), x => x.Code == "043");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("القت الاجهزة الامنية القبض فجر السبت على 14 شخصا يشتبه بانتمائهم الى جماعة الاخوان المسلمين")]
    [InlineData("واعتقلت الاجهزة الامنية المصرية 14 شخصا يشتبه بانتمائهم الى جماعة الاخوان المسلمين")]
    public void test_the_security_services_arrest_suspects_not_the_group(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جماعة الاخوان المسلمين"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        var side = Assert.IsType<TextSpan>(e.Source?.Span);
        Assert.StartsWith("الاجهزة الامنية", text[side.Start..side.End]);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // الاجهزة alone are devices, not a force
    [InlineData("ضبطت الشرطة الاجهزة المسروقة في منزل المتهم")]
    public void test_devices_are_no_force(string text)
    {
        var doc = Docs.WithNamed(text);
        Assert.All(Events(doc), x => Assert.False(x.Source?.Span is { } side && text[side.Start..side.End].Contains("الاجهزة")));
    }

    [Theory]
    [InlineData("القت الاجهزة الامنية بمحافظة الجيزة القبض فجر السبت على 14 شخصا يشتبه بانتمائهم الى جماعة الاخوان المسلمين")]
    [InlineData("القت قوات الامن في الجيزة القبض على 14 شخصا يشتبه بانتمائهم الى جماعة الاخوان المسلمين")]
    public void test_where_the_force_serves_is_passed_to_whom_it_took(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جماعة الاخوان المسلمين"), ("e2", EntityType.LOC, "الجيزة"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.NotNull(e.Source?.Span);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    [InlineData("ودانت دولة قطر بشدة الهجوم الذي استهدف مسجدا في نيجيريا", "111")]
    [InlineData("دانت دولة قطر الهجوم الارهابي على مسجد في نيجيريا", "111")]
    [InlineData("واستنكرت دولة قطر الهجوم الارهابي على مسجد في نيجيريا", "111")]
    public void test_a_state_named_after_dawla_is_the_subject(string text, string code)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "قطر", "QAT"), ("e2", EntityType.LOC, "نيجيريا", "NGA"));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    [InlineData("ودعت وزارة الخارجية القطرية، في بيان، مجلس الامن الى اتخاذ اجراءات حازمة")]
    [InlineData("ودعت وزارة الخارجية القطرية، في بيان لها، مجلس الامن الى اتخاذ اجراءات حازمة")]
    public void test_a_call_past_a_statement_aside_is_addressed_to_the_name_after_it(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "وزارة الخارجية القطرية", "QATGOV"), ("e2", EntityType.ORG, "مجلس الامن", "IGOUNO"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("02"));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("ووقع وزير الخارجية الكويتي احمد الناصر ونظيره الكيني مونيكا جوما، بحضور الجانبين، اتفاقية للتعاون في مجال النقل البحري")]
    [InlineData("ووقع وزير الخارجية الكويتي احمد الناصر ونظيره الكيني مونيكا جوما، بحضور امير البلاد، اتفاقية للتعاون الامني")]
    public void test_an_agreement_signed_past_whose_presence_it_was_in(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "احمد الناصر", "KWTGOV"), ("e2", EntityType.PER, "مونيكا جوما", "KENGOV"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("05"));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }
}
