using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixty-four's event pass (the blind ev57- stories: rockets near the US embassy in Baghdad, an army operation
/// near Tebessa, the King's talks with the Palestinian President in Amman). Goods seized told by their measure (وحجزت
/// 2300 لتر من الوقود, ضبطت ثلاثة اطنان من السكر) are a seizure as goods told by their kind are. A و-verb of blame past a comma
/// whose one name stands right before المسؤولية (ودانت الوزارة الاقتحام، وحملت الحكومة الاسرائيلية المسؤولية) has no
/// subject of its own: the name is whom the subject before blames. A name typed MISC with no actor code (a shrine, a
/// prize, a currency, a tournament) is no one a verbal act is aimed at: a threat, a condemnation or a call is not
/// against it. A meeting with the chief of staff of a body (رئيس اركان الجيش X, قائد اركان جيش البر اللواء X) is with the
/// person named after the body, as one with its commander (قائد القوات البرية اللواء X) is. A detachment told again by
/// its noun with the article (وحجزت المفرزة) acts for the force it was sent from, named with ل as well as after من
/// (مفرزة للجيش الوطني الشعبي, as مفرزة من الجيش). Sentences written for these
/// tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixtyFourTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Seizers =
    [
        ("e1", EntityType.ORG, "الحرس الوطني", "TUNMIL"), ("e2", EntityType.ORG, "الجمارك", "DZAGOV"),
        ("e3", EntityType.ORG, "الدرك الوطني", "DZACOP"),
    ];

    [Theory]
    // goods seized told by their measure (litres, tons, kilograms) right after the verb or its subject
    [InlineData("وحجزت وحدات الحرس الوطني 4500 لتر من البنزين المهرب على الطريق الحدودية", "حجزت", "e1")]
    [InlineData("وحجزت وحدات الدرك الوطني ثلاثة اطنان من السكر المدعم في مستودع مهجور", "حجزت", "e3")]
    [InlineData("وضبطت الجمارك 12 كيلوغراما من الذهب داخل حقيبة مسافر", "ضبطت", "e2")]
    public void test_goods_told_by_their_measure_are_seized(string text, string trigger, string source)
    {
        var e = Assert.Single(Events(Named(text, Seizers)), e => e.Code == "171");
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Fact]
    public void test_goods_told_by_their_measure_after_an_arrest_are_seized_by_the_same_force()
    {
        const string text = "واوقفت وحدات الحرس الوطني خمسة مهربين، وحجزت 900 لتر من المازوت كانت على متن مركبتهم";
        var e = Assert.Single(Events(Named(text, Seizers)), e => e.Code == "171");
        Assert.Equal("حجزت", text[e.Span.Start..e.Span.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // guard: a measure that is no goods taken (a booking, a record, a price) makes no seizure
    [InlineData("وحجز المنتخب بطاقة التاهل بعد فوزه بثلاثة اهداف")]
    [InlineData("وحجزت الشركة مقعدين في الرحلة المقبلة")]
    [InlineData("وارتفع سعر اللتر من البنزين الى دينارين")]
    public void test_a_booking_or_a_price_is_no_seizure(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Seizers)), e => e.Code == "171");
    }

    private static readonly (string, EntityType, string, string?)[] Blamers =
    [
        ("e4", EntityType.ORG, "نقابة الصحفيين", "JORMED"), ("e5", EntityType.ORG, "وزارة الداخلية", "JORGOV"),
        ("e6", EntityType.ORG, "الحكومة الاسرائيلية", "ISRGOV"), ("e7", EntityType.PER, "سليم حداد", "LBNGOV"),
        ("e8", EntityType.ORG, "البلدية", "LBNGOV"), ("e9", EntityType.ORG, "الهيئة العليا", "LBNGOV"),
    ];

    [Theory]
    // a و-verb of blame past a comma, one name right before المسؤولية: whom the subject before blames
    [InlineData("ودانت نقابة الصحفيين الاعتداء على المصورين، وحملت وزارة الداخلية المسؤولية الكاملة عما جرى", "e4", "e5")]
    [InlineData("كما ندد سليم حداد بالحادث، وحمل البلدية مسؤولية الاهمال في صيانة الجسر", "e7", "e8")]
    [InlineData("واستنكرت الهيئة العليا، في بيان، الاقتحام، وحملت الحكومة الاسرائيلية المسؤولية عن تبعاته", "e9", "e6")]
    public void test_a_blame_going_on_past_a_comma_blames_the_name_before_responsibility(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Blamers)), e => e.Code.StartsWith("112", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // guard: a blame with its own subject and object, or opening its sentence, keeps its subject
    [InlineData("ودانت نقابة الصحفيين الاعتداء، وحمل سليم حداد البلدية مسؤولية ما جرى", "e7", "e8")]
    [InlineData("وحملت نقابة الصحفيين وزارة الداخلية المسؤولية الكاملة عن سلامة المصورين", "e4", "e5")]
    public void test_a_blame_with_its_own_subject_keeps_it(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Blamers)), e => e.Code.StartsWith("112", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Speakers =
    [
        ("e10", EntityType.PER, "موشيه كاتس", "ISRGOV"), ("e11", EntityType.MISC, "المسجد الاقصى", null),
        ("e12", EntityType.ORG, "الاتحاد الاوروبي", "IGOEUREEC"), ("e13", EntityType.MISC, "كأس العالم", null),
        ("e14", EntityType.MISC, "البيت الابيض", "USAGOV"), ("e15", EntityType.LOC, "ايران", "IRN"),
    ];

    [Theory]
    // a thing the tagger calls MISC, with no actor code, is no one threatened, condemned or called on
    [InlineData("وكان الوزير موشيه كاتس قد هدد الاسبوع الماضي بفرض السيادة على المسجد الاقصى", "130")]
    [InlineData("وانتقد الاتحاد الاوروبي تنظيم كأس العالم في ظروف صعبة", "111")]
    public void test_a_thing_named_misc_is_no_target_of_speech(string text, string code)
    {
        var e = Assert.Single(Events(Named(text, Speakers)), e => e.Code == code);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // guard: a MISC name with an actor code stays, as source or target
    [InlineData("واتهم البيت الابيض ايران بتزويد الميليشيات بالصواريخ", "112", "e14", "e15")]
    [InlineData("وانتقد الاتحاد الاوروبي البيت الابيض بشدة بسبب الرسوم الجمركية", "111", "e12", "e14")]
    public void test_a_misc_name_with_an_actor_code_stays(string text, string code, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Speakers)), e => e.Code == code);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Hosts =
    [
        ("e16", EntityType.PER, "جان دوبوا", "FRAGOV"), ("e17", EntityType.ORG, "الجيش اللبناني", "LBNMIL"),
        ("e18", EntityType.PER, "سمير حداد", "LBNMIL"), ("e19", EntityType.PER, "عماد مميش", "TUNGOV"),
        ("e20", EntityType.ORG, "جيش البر الليبي", "LBYMIL"), ("e21", EntityType.PER, "سالم الفيتوري", "LBYMIL"),
    ];

    [Theory]
    // a meeting with the chief of staff of a body, past a rank: the person named after the body
    [InlineData("والتقى وزير الدفاع الفرنسي جان دوبوا رئيس اركان الجيش اللبناني سمير حداد في باريس", "e16", "e18")]
    [InlineData("واستقبل وزير الدفاع عماد مميش قائد اركان جيش البر الليبي اللواء سالم الفيتوري بمقر الوزارة", "e19", "e21")]
    public void test_a_meeting_with_a_chief_of_staff_is_with_the_person(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Hosts)), e => e.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // guard: a chief of staff with no name after the body leaves the body met
    [InlineData("والتقى وزير الدفاع الفرنسي جان دوبوا رئيس اركان الجيش اللبناني في باريس", "e16", "e17")]
    public void test_a_chief_of_staff_not_named_leaves_the_body(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Hosts)), e => e.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Forces =
    [
        ("e22", EntityType.ORG, "الجيش الوطني الشعبي", "DZAMIL"), ("e23", EntityType.ORG, "الدرك الوطني", "DZACOP"),
    ];

    [Fact]
    public void test_a_detachment_told_again_acts_for_the_force_named_with_lam()
    {
        const string text = "قضت مفرزة للجيش الوطني الشعبي على ارهابيين اثنين قرب الحدود. وحجزت المفرزة بندقيتين وكمية من الذخيرة. " +
                            "واكد الجيش الوطني الشعبي في بيان ان العملية متواصلة.";
        var e = Assert.Single(Events(Named(text, Forces)), e => e.Code == "171");
        Assert.Equal("e22", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_detachment_told_again_with_no_force_named_has_no_source()
    {
        // guard: a force named with ل that the story names nowhere else gives the detachment no source
        const string text = "قضت مفرزة للحرس البلدي على ارهابيين اثنين قرب الحدود. وحجزت المفرزة بندقيتين وكمية من الذخيرة. " +
                            "واكد الدرك الوطني في بيان ان العملية متواصلة.";
        var e = Assert.Single(Events(Named(text, Forces)), e => e.Code == "171");
        Assert.Null(e.Source?.EntityId);
    }
}
