using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round forty-three's event pass (the blind ev36- stories: journalists held and a rights group's demand in Cairo, the
/// Green Zone stormed in Baghdad, a prisoner exchange and a drone attack in Yemen). A body's span drawn on over the
/// authorities after it ends before them; the act's noun after a launching verbal noun read with ب after an accusation
/// (اتهمت … التحالف بشن غارات) is its charge, also past a week set off by commas; an attack noun with its drones or
/// ballistic missile right after it (هجوما بطائرة مسيرة) is a strike from the air (195); a demand after a comma whose
/// addressee stands before its ب-complement (…، وطالبت السلطات بالافراج) goes on with the body before; an envoy named past
/// the state he is sent to (المبعوث … الى اليمن X) is the holder of his title; a rejection of what was said (رفضت الوزارة
/// البيان, رفضت روسيا المزاعم) is speech, no event; a blame's participle with the blamed in quotation marks (محملا "الفاسدين"
/// مسؤولية) is an accusation; a road told indefinite (اغلق اخرون طريقا رئيسيا بالاطارات) is a road that a crowd cuts. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFortyThreeTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    /// <summary>The text with those of the given entities it names.</summary>
    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static string Words(string text, EventArgument? side) => side?.Span is { } span ? text[span.Start..span.End] : "";

    [Theory]
    // a body's span the tagger drew on over the authorities the verb names after it
    [InlineData("كما اتهمت منظمة العفو الدولية السلطات المصرية باستخدام قوانين الارهاب", "منظمة العفو الدولية السلطات المصرية", "منظمة العفو الدولية")]
    [InlineData("وطالبت منظمة هيومن رايتس ووتش السلطات العراقية بالافراج عنهم", "منظمة هيومن رايتس ووتش السلطات العراقية", "منظمة هيومن رايتس ووتش")]
    [InlineData("ودعت اللجنة الدولية السلطات الاسرائيلية الى احترام القانون", "اللجنة الدولية السلطات الاسرائيلية", "اللجنة الدولية")]
    public void test_a_bodys_span_ends_before_the_authorities_after_it(string text, string tagged, string expected)
    {
        var doc = new NameRecoveryStage().Process(Docs.WithNamed(text, ("e1", EntityType.ORG, tagged)));
        var spans = doc.Entities.Where(e => e.Type == EntityType.ORG).SelectMany(e => e.Mentions).Select(m => text[m.Start..m.End]).ToList();
        Assert.Contains(expected, spans);
        Assert.DoesNotContain(tagged, spans);
    }

    [Theory]
    // a body whose own name holds the word is left whole (it opens the name, or closes it with nothing after it)
    [InlineData("وقالت السلطات المحلية في المدينة ان الطريق مغلق", "السلطات المحلية")]
    [InlineData("وقالت هيئة تنظيم السلطات ان القرار نافذ", "هيئة تنظيم السلطات")]
    public void test_a_body_that_names_the_authorities_itself_is_left_whole(string text, string tagged)
    {
        var doc = new NameRecoveryStage().Process(Docs.WithNamed(text, ("e1", EntityType.ORG, tagged)));
        Assert.Contains(tagged, doc.Entities.SelectMany(e => e.Mentions).Select(m => text[m.Start..m.End]));
    }

    [Theory]
    // strikes, attacks and rockets charged after a launching verbal noun with ب, with a week or a day between commas
    [InlineData("وكانت جماعة الحوثي قد اتهمت، الاسبوع الماضي، التحالف بشن غارات على مناطق حدودية في محافظة صعدة", "اتهمت")]
    [InlineData("واتهمت جماعة الحوثي التحالف بشن غارات على مناطق حدودية", "اتهمت")]
    [InlineData("واتهم الجيش جماعة الحوثي، امس الاحد، بشن هجمات على القرى الحدودية", "اتهم")]
    [InlineData("واتهمت الحكومة جماعة الحوثي باطلاق صواريخ على الاحياء السكنية", "اتهمت")]
    public void test_an_act_launched_in_the_charge_of_an_accusation_is_no_event(string text, string verb)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "جماعة الحوثي", "YEMREB"), ("e2", EntityType.ORG, "التحالف", "IGOMIL"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("112", e.Code);
        Assert.Equal(verb, text[e.Start..e.End].TrimStart('و'));
    }

    [Theory]
    // strikes told after the accusation's clause closed are told acts
    [InlineData("واتهمت جماعة الحوثي التحالف بالتصعيد، فيما شن التحالف غارات على مواقع في صعدة")]
    [InlineData("وشن التحالف غارات على مواقع جماعة الحوثي في صعدة")]
    public void test_strikes_outside_a_charge_stay_events(string text)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "جماعة الحوثي", "YEMREB"), ("e2", EntityType.ORG, "التحالف", "IGOMIL"));
        Assert.Contains(Events(doc), e => e.Code == "195" && e.Source?.EntityId == "e2");
    }

    [Theory]
    // drones and ballistic missiles right after the attack noun, singular, plural, definite
    [InlineData("وشنت جماعة الحوثي، اليوم، هجوما بطائرة مسيرة على موقع عسكري في مديرية حرض")]
    [InlineData("وشنت جماعة الحوثي هجمات بطائرات مسيرة على مواقع عسكرية قرب الحدود")]
    [InlineData("وشنت جماعة الحوثي هجوما بالطائرات المسيرة على مطار المدينة")]
    [InlineData("وشنت جماعة الحوثي هجوما بصاروخ باليستي على معسكر للقوات الحكومية")]
    public void test_an_attack_noun_with_drones_or_a_ballistic_missile_is_a_strike_from_the_air(string text)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "جماعة الحوثي", "YEMREB"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("195", e.Code);
        Assert.StartsWith("هج", text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // an attack on a march, or with guns, stays an attack
    [InlineData("وشنت جماعة الحوثي هجوما بالاسلحة الخفيفة على موقع عسكري")]
    [InlineData("وشنت جماعة الحوثي هجوما على موقع عسكري بعد ان حلقت طائرة مسيرة فوقه")]
    public void test_an_attack_noun_without_aerial_weapons_stays_an_attack(string text)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "جماعة الحوثي", "YEMREB"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("180", e.Code);
    }

    [Theory]
    // a demand after a comma with its addressee before the ب-complement, by a body with or without an actor code
    [InlineData("ودانت المبادرة المصرية للحقوق الشخصية، في بيان، حبس الصحفيين، وطالبت السلطات بالافراج الفوري عنهم", "المبادرة المصرية للحقوق الشخصية", null)]
    [InlineData("ودانت الامم المتحدة اعتقال الناشطين، وطالبت السلطات بالافراج عنهم", "الامم المتحدة", "IGOUNO")]
    [InlineData("ودانت النقابة الوطنية للصحفيين ايقاف الصحفي، وطالبت الحكومة بمحاسبة المسؤولين", "النقابة الوطنية للصحفيين", null)]
    public void test_a_demand_after_a_comma_goes_on_with_the_condemning_body(string text, string body, string? actor)
    {
        var doc = Named(text, ("e1", EntityType.ORG, body, actor));
        var events = Events(doc);
        Assert.Contains(events, e => e.Code == "111" && e.Source?.EntityId == "e1");
        var demand = Assert.Single(events, e => e.Code == "020");
        Assert.Equal("طالبت", text[demand.Start..demand.End].TrimStart('و'));
        Assert.Equal("e1", demand.Source?.EntityId);
    }

    [Theory]
    // a demand with no one named before what it demands, or by no body, stays no event
    [InlineData("ودانت المبادرة المصرية للحقوق الشخصية حبس الصحفيين، وطالبت بالافراج عنهم")]
    [InlineData("وطالب ناشطون السلطات بالافراج عن المعتقلين")]
    public void test_a_demand_to_no_one_or_by_no_body_is_no_event(string text)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "المبادرة المصرية للحقوق الشخصية", null));
        Assert.DoesNotContain(Events(doc), e => e.Code == "020");
    }

    [Theory]
    // an envoy past the state he is sent to (coded as the actor stage codes a UN envoy), after a verb of calling or
    // welcoming, with or without و
    [InlineData("ودعا المبعوث الخاص للامين العام للامم المتحدة الى اليمن هانس غروندبرغ الطرفين الى البناء على هذه الخطوة")]
    [InlineData("دعا المبعوث الخاص للامين العام للامم المتحدة الى اليمن هانس غروندبرغ الحكومة الى الافراج عن المحتجزين")]
    [InlineData("كما رحب المبعوث الخاص للامين العام للامم المتحدة الى اليمن هانس غروندبرغ بالعملية، ودعا الطرفين الى البناء عليها")]
    public void test_an_envoy_named_past_the_state_he_is_sent_to_is_the_caller(string text)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "للامم المتحدة", "IGOUNO"), ("e2", EntityType.LOC, "اليمن", "YEM"), ("e3", EntityType.PER, "هانس غروندبرغ", "IGOUNO"));
        var events = Events(doc);
        var call = Assert.Single(events, e => e.Code == "020");
        Assert.Equal("e3", call.Source?.EntityId);
    }
    [Theory]
    // a statement, a report, claims or charges rejected, past asides between commas or a long aside without them
    [InlineData("من جهتها، رفضت وزارة الخارجية المصرية، في بيان اليوم، البيان الصادر عن خبراء في الامم المتحدة")]
    [InlineData("ورفضت الحكومة المصرية هذه المزاعم قائلة انها حملة مغرضة")]
    [InlineData("ورفضت الحكومة المصرية في بيان قرأه المتحدث باسمها على التلفزيون الرسمي الاتهامات الاثيوبية")]
    [InlineData("ورفضت الحكومة المصرية التقرير لانه لا يمثل سوى جانب واحد")]
    public void test_a_rejection_of_what_was_said_is_no_event(string text)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "وزارة الخارجية المصرية", "EGYGOV"), ("e2", EntityType.ORG, "الحكومة المصرية", "EGYGOV"));
        Assert.DoesNotContain(Events(doc), e => e.Code.StartsWith("12", StringComparison.Ordinal));
    }

    [Theory]
    // a plan or a proposal rejected is an act; charges spoken of in a clause of their own after a comma do not make it speech
    [InlineData("ورفضت الحكومة المصرية المقترح الامريكي بشان السد")]
    [InlineData("ورفضت الحكومة المصرية الخطة، وقالت ان الاتهامات باطلة")]
    public void test_a_rejection_of_a_plan_stays_an_event(string text)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "الحكومة المصرية", "EGYGOV"));
        var e = Assert.Single(Events(doc), e => e.Code.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }
    [Theory]
    // the one blamed set in quotation marks of either kind after a participle past a comma
    [InlineData("ودعا مقتدى الصدر انصاره الى الانسحاب فورا، محملا \"الفاسدين\" مسؤولية ما جرى")]
    [InlineData("ودعا مقتدى الصدر انصاره الى الانسحاب، محملا «الفاسدين» المسؤولية الكاملة عما جرى")]
    public void test_a_blame_with_the_blamed_in_quotation_marks_is_an_accusation(string text)
    {
        var doc = Named(text, ("e1", EntityType.PER, "مقتدى الصدر", "IRQ"));
        var e = Assert.Single(Events(doc), e => e.Code == "112");
        Assert.Equal("محملا", text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // something carried in quotation marks, or responsibility past a mark that is no quotation mark, is no blame
    [InlineData("وغادر مقتدى الصدر المدينة، محملا \"رسالة\" الى الرئيس")]
    [InlineData("وغادر مقتدى الصدر المدينة، محملا \"رسالة\"؛ وقال ان المسؤولية مشتركة")]
    public void test_quotation_marks_make_no_blame_without_responsibility(string text)
    {
        var doc = Named(text, ("e1", EntityType.PER, "مقتدى الصدر", "IRQ"));
        Assert.DoesNotContain(Events(doc), e => e.Code == "112");
    }
    [Theory]
    // a road told indefinite in the accusative, cut by a crowd with tyres, barricades or stones
    [InlineData("واغلق محتجون طريقا رئيسيا بالاطارات المشتعلة")]
    [InlineData("ونظم المئات تظاهرة امام مبنى المحافظة، فيما اغلق اخرون طريقا رئيسيا بالاطارات المحترقة")]
    [InlineData("وقطع شبان طرقا رئيسية في المدينة بالحجارة والمتاريس")]
    public void test_a_road_told_indefinite_cut_with_tyres_is_a_road_cut(string text)
    {
        var e = Assert.Single(Events(Docs.WithActors(text)), e => e.Code == "144");
        Assert.Null(e.Source?.EntityId);
    }

    [Theory]
    // a road closed by the police, or cut before someone, is no road cut
    [InlineData("واغلقت قوات الامن طريقا رئيسيا بالحواجز")]
    [InlineData("وقطع الجيش طريقا على المسلحين بالحواجز")]
    public void test_an_indefinite_road_closed_by_the_state_is_no_road_cut(string text)
    {
        Assert.DoesNotContain(Events(Docs.WithActors(text)), e => e.Code == "144");
    }
}
