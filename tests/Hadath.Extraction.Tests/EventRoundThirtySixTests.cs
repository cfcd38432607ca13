using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round thirty-six's event pass (the blind ev29- stories: Houthi drones at Saudi cities, a West Bank raid, an Iraqi
/// kidnapping). A spokesman who says that his forces acted (قال المتحدث باسم الجيش X ان قواته اعتقلت) speaks for the body
/// named after باسم in his title: the forces are that body's, not his. Sentences written for these tests, none from a story
/// or a data set.
/// </summary>
public sealed class EventRoundThirtySixTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    // a spokesman with or without a rank, an adjective after المتحدث, الناطق for المتحدث, forces or units of the body
    [InlineData("وقال المتحدث باسم الجيش الاردني العقيد سامي الخطيب ان قواته اعتقلت خمسة مهربين قرب الحدود", "اعتقلت", "173")]
    [InlineData("وقال المتحدث العسكري باسم الجيش الاردني سامي الخطيب في بيان ان قواته اعتقلت خمسة مهربين قرب الحدود", "اعتقلت", "173")]
    [InlineData("واكد الناطق باسم الجيش الاردني سامي الخطيب ان وحداته اوقفت خمسة مهربين قرب الحدود", "اوقفت", "173")]
    [InlineData("وقال المتحدث باسم الجيش الاردني العميد سامي الخطيب ان قواته قصفت مواقع المهربين قرب الحدود", "قصفت", "194")]
    public void test_forces_of_a_spokesman_are_the_body_he_speaks_for(string text, string trigger, string code)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش الاردني", "JORMIL"), ("e2", EntityType.PER, "سامي الخطيب", "JORMIL"));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // a commander's forces stay the unit he commands, with or without an adjective of his title
    [InlineData("وقال قائد اللواء الخامس العميد سامي الخطيب ان قواته اعتقلت خمسة مهربين قرب الحدود", "e1")]
    [InlineData("وقال قائد اللواء الخامس سامي الخطيب ان قواته اعتقلت خمسة مهربين قرب الحدود", "e1")]
    public void test_forces_of_a_commander_stay_his_unit(string text, string source)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "اللواء الخامس", "JORMIL"), ("e2", EntityType.PER, "سامي الخطيب", "JORMIL"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // the spokesman speaks of what his body's men did, not of himself: no event where no act is told
    [InlineData("وقال المتحدث باسم الجيش الاردني سامي الخطيب ان قواته في حالة تأهب على الحدود")]
    [InlineData("وقال المتحدث باسم الجيش الاردني سامي الخطيب ان قواته لم تعتقل احدا")]
    public void test_a_spokesman_telling_no_act_is_no_event(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش الاردني", "JORMIL"), ("e2", EntityType.PER, "سامي الخطيب", "JORMIL"));
        Assert.Empty(Events(doc));
    }

    [Theory]
    // drones written with ب, after بعدد من, a single drone, a ballistic missile; the assault verb with or without و
    [InlineData("واستهدفت جماعة الحوثي قاعدة الملك خالد الجوية قرب ابها بطائرات مسيرة مفخخة", "واستهدفت")]
    [InlineData("واستهدفت جماعة الحوثي الاثنين مطار ابها بعدد من الطائرات المسيرة", "واستهدفت")]
    [InlineData("استهدفت جماعة الحوثي مطار ابها بطائرة مسيرة", "استهدفت")]
    [InlineData("واستهدفت جماعة الحوثي مطار ابها بصاروخ باليستي", "واستهدفت")]
    public void test_an_assault_with_drones_or_a_ballistic_missile_is_an_air_strike(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "جماعة الحوثي", "YEMREB"), ("e2", EntityType.LOC, "ابها", "SAU"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("195", e.Code);
        Assert.Equal(trigger.TrimStart('و'), text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // shells keep shelling, guns keep an assault; a drone with no ب is no means
    [InlineData("واستهدفت جماعة الحوثي مطار ابها بقذائف الهاون", "194")]
    [InlineData("واستهدفت جماعة الحوثي حاجزا للجيش قرب ابها باسلحة رشاشة", "180")]
    [InlineData("واستهدفت جماعة الحوثي حاجزا للجيش قرب ابها، ثم اطلقت طائرات مسيرة نحو الحدود", "180")]
    public void test_an_assault_with_other_means_keeps_its_code(string text, string code)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "جماعة الحوثي", "YEMREB"), ("e2", EntityType.LOC, "ابها", "SAU"));
        var e = Assert.Single(Events(doc), x => x.Start == text.IndexOf("واستهدفت", StringComparison.Ordinal) || text[x.Start..x.End].EndsWith("استهدفت", StringComparison.Ordinal));
        Assert.Equal(code, e.Code);
    }

    [Fact]
    public void test_a_campaign_with_drones_is_no_event()
    {
        const string text = "واستهدفت الحملة الاعلامية مطار ابها بطائرات مسيرة من الورق";
        var doc = Docs.WithActors(text, ("e2", EntityType.LOC, "ابها", "SAU"));
        Assert.Empty(Events(doc));
    }

    [Theory]
    // a name inside the charge is what the charge is about: no target
    [InlineData("واعلنت الشرطة انها القت القبض على ثلاثة اشخاص بتهمة تهريب اسلحة الى الحوثيين عبر الحدود", "القت")]
    [InlineData("واعتقلت قوات الامن امس ناشطين بتهمة التخابر مع الحوثيين", "واعتقلت")]
    [InlineData("واوقفت الشرطة خمسة اشخاص بتهم تمويل الحوثيين", "واوقفت")]
    public void test_a_name_inside_the_charge_of_an_arrest_is_no_target(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الحوثيين", "YEMREB"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal(trigger.TrimStart('و'), text[e.Start..e.End].TrimStart('و').Split(' ')[0].TrimStart('و'));
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // a ballistic missile fired at a city: verb first, pluperfect, feminine subject, a dual
    [InlineData("واطلق الحوثيون صاروخا باليستيا على مدينة جازان", "اطلق")]
    [InlineData("وكان الحوثيون قد اطلقوا صاروخا باليستيا على مدينة جازان السعودية", "اطلقوا")]
    [InlineData("واطلقت جماعة الحوثي صاروخين بالستيين على مدينة جازان", "اطلقت")]
    public void test_a_ballistic_missile_fired_is_an_air_strike(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, text.Contains("جماعة الحوثي") ? "جماعة الحوثي" : "الحوثيون", "YEMREB"), ("e2", EntityType.LOC, "جازان", "SAU"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("195", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // rockets and shells fired stay a fight, as the older gold codes rockets fired back
    [InlineData("واطلق الحوثيون صواريخ على مدينة جازان")]
    [InlineData("واطلق الحوثيون عشرات القذائف على مدينة جازان")]
    public void test_other_fire_stays_a_fight(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الحوثيون", "YEMREB"), ("e2", EntityType.LOC, "جازان", "SAU"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("190", e.Code);
    }

    [Theory]
    // a call past a comma to an unnamed addressee before الى: the subject of the clause before calls
    [InlineData("ودانت نقابة الصحفيين العراقيين عملية الخطف، ودعت الاجهزة الامنية الى الكشف عن مصير الصحافي")]
    [InlineData("ودانت نقابة الصحفيين العراقيين عملية الخطف، ودعت السلطات الى محاسبة الجناة")]
    [InlineData("وانتقدت نقابة الصحفيين العراقيين القرار، ودعت المجتمع الدولي الى التدخل")]
    public void test_a_call_after_a_comma_to_an_unnamed_addressee_shares_the_subject(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "نقابة الصحفيين العراقيين", "IRQMED"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal("دعت", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // no comma, or a named body after the verb: left as before (no shared subject read)
    [InlineData("ودانت نقابة الصحفيين العراقيين عملية الخطف ودعت الحكومة العراقية الى محاسبة الجناة")]
    public void test_a_call_without_a_comma_is_not_read_as_shared(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "نقابة الصحفيين العراقيين", "IRQMED"), ("e2", EntityType.ORG, "الحكومة العراقية", "IRQGOV"));
        Assert.DoesNotContain(Events(doc), x => x.Code.StartsWith("02", StringComparison.Ordinal) && x.Source?.EntityId == "e1" && x.Target?.EntityId == "e1");
    }
}
