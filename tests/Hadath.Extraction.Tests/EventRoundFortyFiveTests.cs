using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round forty-five's event pass (the blind ev38- stories: Palestinian factions signing a paper in Cairo, a Rapid Support
/// Forces raid in Kordofan, an Israeli drone strike and a complaint to the Security Council from Lebanon). A welcome is no
/// event; forces coded as unaligned armed men attack (180), not fight; people held as hostages are taken (181); a body
/// named in the charge is no arrest's target; supporters act for whom they support; a complaint lodged is 114; a paper or
/// a document signed is 057, past a day set off by commas; a call received is talks by telephone; a participle accusation
/// after a blame is its own; the officer of a body within a body is the subject. Sentences written for these tests, none
/// from a story or a data set.
/// </summary>
public sealed class EventRoundFortyFiveTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Sudan =
    [
        ("e1", EntityType.ORG, "قوات الدعم السريع", "SDNUAF"), ("e2", EntityType.ORG, "الجيش السوداني", "SDNMIL"),
        ("e3", EntityType.ORG, "الاستخبارات العسكرية", "SDNMIL"), ("e4", EntityType.ORG, "تنظيم داعش", "IMGMUSISI"),
        ("e5", EntityType.PER, "احمد علي", null),
    ];

    [Theory]
    [InlineData("ورحب الامين العام لجامعة الدول العربية احمد ابو الغيط بالتوقيع")]
    [InlineData("رحبت وزارة الخارجية القطرية بالاتفاق الموقع في القاهرة")]
    [InlineData("كما رحب المبعوث الاممي بالعملية")]
    public void test_a_welcome_is_no_event(string text)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "جامعة الدول العربية", "IGOARL"), ("e2", EntityType.PER, "احمد ابو الغيط", "IGOARL"),
            ("e3", EntityType.ORG, "وزارة الخارجية القطرية", "QATGOV"));
        Assert.Empty(Events(doc));
    }

    [Theory]
    [InlineData("هاجمت قوات الدعم السريع، فجر اليوم، بلدة ام صميمة", "هاجمت")]
    [InlineData("وكانت قوات الدعم السريع قد هاجمت الشهر الماضي مدينة بارا", "هاجمت")]
    [InlineData("هاجمت قوات الدعم السريع مواقع الجيش في المدينة", "هاجمت")]
    public void test_an_attack_by_unaligned_armed_forces_is_an_attack_not_a_fight(string text, string trigger)
    {
        var e = Assert.Single(Events(Named(text, Sudan)));
        Assert.Equal("180", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_an_attack_by_a_states_forces_stays_a_fight()
    {
        const string text = "هاجمت قوات الجيش السوداني مواقع المسلحين في المدينة";
        var e = Assert.Single(Events(Named(text, ("e1", EntityType.ORG, "قوات الجيش السوداني", "SDNMIL"))));
        Assert.Equal("190", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("واحتجزت قوات الدعم السريع عشرات المدنيين رهائن", "احتجزت", "e1")]
    [InlineData("احتجزت قوات الدعم السريع ثلاثة صحافيين كرهائن", "احتجزت", "e1")]
    [InlineData("واحتجز المسلحون خمسة عمال اجانب رهائن لساعات", "احتجز", null)]
    public void test_people_held_as_hostages_are_taken(string text, string trigger, string? source)
    {
        var e = Assert.Single(Events(Named(text, Sudan)));
        Assert.Equal("181", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // held in custody, with no hostages, or hostages freed after a mark, stay an arrest
    [InlineData("واحتجزت الشرطة ثلاثة اشخاص في المدينة")]
    [InlineData("واحتجزت الشرطة ثلاثة اشخاص، وحررت رهينتين")]
    public void test_people_held_with_no_hostages_are_arrested(string text)
    {
        var e = Assert.Single(Events(Named(text, Sudan)), e => e.Start == text.IndexOf("احتجزت", StringComparison.Ordinal));
        Assert.Equal("173", e.Code);
    }

    [Fact]
    public void test_hostages_taken_in_an_attack_are_an_act_of_their_own()
    {
        const string text = "هاجمت قوات الدعم السريع بلدة ام صميمة واحتجزت عشرات المدنيين رهائن";
        var events = Events(Named(text, Sudan));
        Assert.Contains(events, e => e.Code == "180" && e.Source?.EntityId == "e1");
        Assert.Contains(events, e => e.Code == "181" && e.Source?.EntityId == "e1" && text[e.Start..e.End] == "احتجزت");
    }

    [Theory]
    [InlineData("ونهبت قوات الدعم السريع السوق الرئيسي في البلدة", "نهبت")]
    [InlineData("وكانت قوات الدعم السريع قد نهبت المحال التجارية في البلدة", "نهبت")]
    public void test_looting_told_with_its_past_verb_seizes_property(string text, string trigger)
    {
        var e = Assert.Single(Events(Named(text, Sudan)));
        Assert.Equal("171", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
    }

    [Theory]
    // the verbal noun tells no act
    [InlineData("وشهدت البلدة عمليات نهب واسعة")]
    [InlineData("وحذرت المنظمة من نهب المساعدات")]
    public void test_looting_as_a_noun_is_no_event(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Sudan)), e => e.Code.StartsWith("17", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("واعتقلت الاستخبارات العسكرية خمسة اشخاص بتهمة التعاون مع قوات الدعم السريع", "e3")]
    [InlineData("واعلنت الاستخبارات العسكرية توقيف ثلاثة اشخاص يشتبه في تعاونهم مع قوات الدعم السريع", "e3")]
    [InlineData("واعتقلت الاستخبارات العسكرية 11 شخصا يشتبه في انتمائهم الى تنظيم داعش", "e3")]
    public void test_a_body_named_in_the_charge_is_no_arrest_target(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Sudan)));
        Assert.Equal("173", e.Code);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واعتقلت الاستخبارات العسكرية الناشط احمد علي في المدينة")]
    // the suspect is the one arrested, named after his noun
    [InlineData("واعتقلت الاستخبارات العسكرية المشتبه بارتكابه الهجوم ويدعى احمد علي")]
    public void test_a_person_arrested_by_name_stays_the_target(string text)
    {
        var e = Assert.Single(Events(Named(text, Sudan)));
        Assert.Equal("173", e.Code);
        Assert.Equal("e5", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("نظم العشرات من انصار حركة الجهاد الاسلامي وقفة احتجاجية وسط المدينة", "نظم")]
    [InlineData("ونظم المئات من انصار حركة الجهاد الاسلامي تظاهرة امام مبنى المحافظة", "نظم")]
    [InlineData("ونفذ العشرات من مؤيدي حركة الجهاد الاسلامي اعتصاما امام البرلمان", "نفذ")]
    public void test_a_crowd_of_supporters_acts_for_whom_it_supports(string text, string trigger)
    {
        var e = Assert.Single(Events(Named(text, ("e1", EntityType.ORG, "حركة الجهاد الاسلامي", "PSEREB"))));
        Assert.Equal("141", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // a crowd of a place's residents or of a body's students is of no movement
    [InlineData("نظم العشرات من سكان بغداد وقفة احتجاجية امام مبنى المحافظة")]
    [InlineData("نظم العشرات من طلاب جامعة بغداد وقفة احتجاجية امام مبنى الوزارة")]
    public void test_a_crowd_of_others_is_no_supporters(string text)
    {
        var e = Assert.Single(Events(Named(text, ("e1", EntityType.LOC, "بغداد", "IRQ"), ("e2", EntityType.ORG, "جامعة بغداد", null))));
        Assert.Equal("141", e.Code);
        Assert.Null(e.Source?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Complainants =
    [
        ("e1", EntityType.ORG, "الحكومة العراقية", "IRQGOV"), ("e2", EntityType.ORG, "مجلس الامن", "IGOUNO"), ("e3", EntityType.LOC, "تركيا", "TUR"),
        ("e4", EntityType.LOC, "مصر", "EGY"), ("e5", EntityType.LOC, "اثيوبيا", "ETH"), ("e6", EntityType.LOC, "لبنان", "LBN"), ("e7", EntityType.LOC, "اسرائيل", "ISR"),
    ];

    [Theory]
    [InlineData("وتقدمت الحكومة العراقية بشكوى الى مجلس الامن ضد تركيا", "تقدمت", "e1", "e3")]
    [InlineData("تقدمت مصر بشكوى الى مجلس الامن ضد اثيوبيا", "تقدمت", "e4", "e5")]
    [InlineData("وتقدم لبنان بشكوى رسمية الى مجلس الامن ضد اسرائيل", "تقدم", "e6", "e7")]
    public void test_a_complaint_lodged_is_an_official_complaint_against_whom_it_names(string text, string trigger, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Complainants)));
        Assert.Equal("114", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // aid given or an advance is no complaint
    [InlineData("وقدمت الحكومة العراقية مساعدات للنازحين في تركيا")]
    [InlineData("وتقدمت القوات نحو الحدود مع تركيا")]
    public void test_no_complaint_where_none_was_lodged(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Complainants)), e => e.Code == "114");
    }

    private static readonly (string, EntityType, string, string?)[] Factions =
    [
        ("e1", EntityType.ORG, "حركة فتح", "PSEPTY"), ("e2", EntityType.ORG, "حركة حماس", "PSEREBHMS"), ("e3", EntityType.LOC, "القاهرة", "EGY"),
    ];

    [Theory]
    [InlineData("وقعت حركة فتح وحركة حماس ورقة للمصالحة الوطنية")]
    [InlineData("ووقعت حركة فتح وحركة حماس، اليوم الثلاثاء، في القاهرة ورقة للمصالحة الوطنية برعاية مصرية")]
    [InlineData("ووقعت حركة فتح وحركة حماس وعشرة فصائل اخرى، امس الاثنين، في القاهرة وثيقة للوفاق الوطني")]
    public void test_a_paper_signed_is_an_agreement_also_past_a_day_between_commas(string text)
    {
        var e = Assert.Single(Events(Named(text, Factions)));
        Assert.Equal("057", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // an explosion that happened, or a paper too far past a day aside that is no day, signs nothing
    [InlineData("ووقع الانفجار قرب مقر حركة فتح في القاهرة")]
    // وقع before a definite verbal noun took place: a point written into a document, no signing (merge review)
    [InlineData("واشار الى انه قد وقع التنصيص عليها ضمن وثيقة حركة فتح")]
    [InlineData("وقعت حركة فتح، بعد مشاورات طويلة استمرت اسابيع بين قادة الحركة في الداخل والخارج وممثلي الفصائل الاخرى، ورقة")]
    public void test_no_signing_where_nothing_was_signed_within_reach(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Factions)), e => e.Code == "057");
    }

    private static readonly (string, EntityType, string, string?)[] Presidents =
    [
        ("e1", EntityType.PER, "عبد الفتاح السيسي", "EGYGOV"), ("e2", EntityType.PER, "محمود عباس", "PSEGOV"),
    ];

    [Theory]
    [InlineData("وتلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الفلسطيني محمود عباس", "تلقى")]
    [InlineData("تلقى الرئيس عبد الفتاح السيسي، اليوم الثلاثاء، اتصالا هاتفيا من الرئيس الفلسطيني محمود عباس", "تلقى")]
    public void test_a_call_received_is_talks_by_telephone(string text, string trigger)
    {
        var e = Assert.Single(Events(Named(text, Presidents)));
        Assert.Equal("041", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // a blow or a letter received is no call
    [InlineData("وتلقى الرئيس عبد الفتاح السيسي رسالة من الرئيس الفلسطيني محمود عباس")]
    public void test_no_call_where_none_was_received(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Presidents)), e => e.Code.StartsWith("04", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وحمل النائب حسن فضل الله الحكومة مسؤولية التقاعس، متهما لجنة الاشراف بالتغاضي عن الاعتداءات")]
    [InlineData("وحمل النائب حسن فضل الله، عضو كتلة الوفاء للمقاومة، الحكومة مسؤولية التقاعس، متهما لجنة الاشراف بالتغاضي عن الاعتداءات")]
    public void test_a_participle_accusation_after_a_blame_is_an_accusation_of_its_own(string text)
    {
        var events = Events(Named(text, ("e1", EntityType.PER, "حسن فضل الله", null), ("e2", EntityType.ORG, "كتلة الوفاء للمقاومة", null)));
        Assert.Equal(2, events.Count(e => e.Code == "112" && e.Source?.EntityId == "e1"));
        Assert.Contains(events, e => text[e.Start..e.End] == "متهما");
    }

    [Theory]
    [InlineData("بحث رئيس دائرة شؤون اللاجئين في منظمة التحرير الفلسطينية احمد ابو هولي مع المفوض العام للاونروا بيير كرينبول الازمة المالية")]
    [InlineData("بحث رئيس دائرة شؤون اللاجئين في منظمة التحرير الفلسطينية احمد ابو هولي، اليوم الاربعاء، مع المفوض العام للاونروا بيير كرينبول الازمة")]
    public void test_the_officer_of_a_body_within_a_body_is_the_subject(string text)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "دائرة شؤون اللاجئين", null), ("e2", EntityType.ORG, "منظمة التحرير الفلسطينية", "PSEGOV"),
            ("e3", EntityType.PER, "احمد ابو هولي", "PSE"), ("e4", EntityType.PER, "بيير كرينبول", "IGOUNO"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("040", e.Code);
        Assert.Equal("e3", e.Source?.EntityId);
        Assert.NotEqual("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("بحث احمد ابو هولي، اليوم الاربعاء، مع المفوض العام لوكالة غوث وتشغيل اللاجئين الفلسطينيين (الاونروا) بيير كرينبول الازمة")]
    [InlineData("التقى احمد ابو هولي المفوض العام لوكالة غوث وتشغيل اللاجئين الفلسطينيين (الاونروا) بيير كرينبول في عمان")]
    public void test_the_person_after_a_bodys_acronym_in_brackets_holds_its_title(string text)
    {
        var doc = Named(text, ("e3", EntityType.PER, "احمد ابو هولي", "PSE"), ("e6", EntityType.ORG, "الاونروا", "IGOUNO"), ("e7", EntityType.PER, "بيير كرينبول", "IGOUNO"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("040", e.Code);
        Assert.Equal("e3", e.Source?.EntityId);
        Assert.Equal("e7", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واستقبل الرئيس جوزاف عون في قصر بعبدا قائد قوات اليونيفيل الجنرال ديوداتو ابانيارا، وعرض معه الاوضاع", "ديوداتو ابانيارا")]
    [InlineData("والتقى الرئيس جوزاف عون قائد قوات اليونيفيل اللواء ارولدو لاثارو في بعبدا", "ارولدو لاثارو")]
    public void test_a_holder_the_tagger_missed_is_met_past_his_rank(string text, string holder)
    {
        var doc = Named(text, ("e1", EntityType.PER, "جوزاف عون", "LBNGOV"), ("e2", EntityType.ORG, "قوات اليونيفيل", "IGOUNO"),
            ("e3", EntityType.LOC, "قصر بعبدا", "LBN"), ("e4", EntityType.LOC, "بعبدا", "LBN"));
        var e = Assert.Single(Events(doc));
        Assert.StartsWith("04", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal(holder, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("ورحب الامين العام لجامعة الدول العربية احمد ابو الغيط بالتوقيع، ودعا السلطات الى حماية المدنيين")]
    [InlineData("وقال الامين العام لجامعة الدول العربية احمد ابو الغيط كلمة، ودعا السلطات الى حماية المدنيين")]
    public void test_a_call_going_on_after_an_officer_is_the_officers(string text)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "جامعة الدول العربية", "IGOARL"), ("e2", EntityType.PER, "احمد ابو الغيط", "IGOARL"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("020", e.Code);
        Assert.Equal("e2", e.Source?.EntityId);
    }
}
