using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round forty-six's event pass (the blind ev39- stories: Cairo's complaint over the Nile dam, Niger's junta and the Sahel
/// hostages, Kurdistan's oil halted through Turkey). A stop told past a date (اوقفت تركيا في 25 اذار/مارس الماضي ضخ النفط)
/// stops an activity, no arrest; a rejection of a complaint, a decision or threats is words; the masculine وطالب opening
/// its clause is a demand; two presidents, ministers or leaders told by their dual talk with each other; a complaint lodged
/// (تقدمت X بشكوى … ضد Y) is 114 against Y; a decided verbal noun past an aside set off by commas is the decider's act,
/// and a name after it is whom it was done to; a reception told as the occasion of one's words (خلال استقباله X) took
/// place. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFortySixTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Sides =
    [
        ("e1", EntityType.LOC, "تركيا", "TUR"), ("e2", EntityType.LOC, "اقليم كردستان", "IRQ"), ("e3", EntityType.LOC, "مصر", "EGY"),
        ("e4", EntityType.LOC, "اسرائيل", "ISR"), ("e5", EntityType.ORG, "الشرطة", "EGYCOP"), ("e6", EntityType.LOC, "القاهرة", "EGY"),
        ("e7", EntityType.ORG, "الخطوط الجوية العراقية", "IRQBUS"), ("e8", EntityType.LOC, "بغداد", "IRQ"),
    ];

    [Theory]
    // a date between the stopping verb and the activity it stopped takes no room
    [InlineData("وكانت تركيا قد اوقفت في 25 اذار/مارس الماضي ضخ النفط من اقليم كردستان عبر خط الانابيب")]
    [InlineData("واوقفت مصر منذ ايلول/سبتمبر الماضي استيراد الغاز من اسرائيل")]
    [InlineData("واوقفت الخطوط الجوية العراقية في 3 ايار/مايو رحلاتها الى بيروت")]
    [InlineData("واوقفت تركيا في الشهر الماضي تصدير الاسمنت الى اقليم كردستان")]
    public void test_an_activity_stopped_past_a_date_is_no_arrest(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Sides)), e => e.Code.StartsWith("17", StringComparison.Ordinal));
    }

    [Theory]
    // people stopped past a date are still arrested
    [InlineData("واوقفت الشرطة في 25 اذار/مارس الماضي ثلاثة اشخاص في القاهرة")]
    [InlineData("واوقفت الشرطة في الشهر الماضي عشرة مشتبه بهم في القاهرة")]
    [InlineData("واوقفت الشرطة منذ مطلع العام الجاري 112 عنصر دعم للجماعات في القاهرة")]
    public void test_people_stopped_past_a_date_are_arrested(string text)
    {
        var e = Assert.Single(Events(Named(text, Sides)), x => x.Code == "173");
        Assert.Equal("اوقفت", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e5", e.Source?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Rejecters =
    [
        ("e1", EntityType.ORG, "وزارة الخارجية الاثيوبية", "ETHGOV"), ("e2", EntityType.ORG, "حكومة اقليم كردستان", "IRQGOV"),
        ("e3", EntityType.PER, "ابي احمد", "ETHGOV"), ("e4", EntityType.ORG, "الحكومة الاثيوبية", "ETHGOV"), ("e5", EntityType.ORG, "المجلس العسكري", "NERMIL"),
    ];

    [Theory]
    // a complaint, a decision or threats rejected are answered in words: no event, as the story gold codes every rejection
    [InlineData("رفضت وزارة الخارجية الاثيوبية في بيان الشكوى المصرية")]
    [InlineData("ورفضت حكومة اقليم كردستان القرار، ووصفته في بيان بانه سياسي")]
    [InlineData("وفي خطاب امام البرلمان، رفض رئيس الوزراء الاثيوبي ابي احمد ما وصفه بالتهديدات المصرية")]
    [InlineData("ورفضت حكومة اقليم كردستان قرار المحكمة الاتحادية")]
    [InlineData("ورفض المجلس العسكري التهديدات الصادرة عن المجموعة")]
    public void test_a_complaint_a_decision_or_threats_rejected_are_no_event(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Rejecters)), e => e.Code.StartsWith("12", StringComparison.Ordinal));
    }

    [Theory]
    // a plan or an offer rejected stays a rejection
    [InlineData("ورفضت الحكومة الاثيوبية الخطة الاميركية لحل الازمة")]
    [InlineData("ورفض المجلس العسكري مبادرة المجموعة للحوار")]
    public void test_a_plan_rejected_stays_a_rejection(string text)
    {
        var e = Assert.Single(Events(Named(text, Rejecters)));
        Assert.Equal("120", e.Code);
        Assert.NotNull(e.Source?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Callers =
    [
        ("e1", EntityType.PER, "بدر عبد العاطي", "EGYGOV"), ("e2", EntityType.ORG, "مجلس الامن", "IGOUNO"),
        ("e3", EntityType.PER, "نجيب ميقاتي", "LBNGOV"), ("e4", EntityType.ORG, "الامم المتحدة", "IGOUNO"), ("e5", EntityType.PER, "محمد الحلبوسي", "IRQGOV"),
        ("e6", EntityType.ORG, "الحكومة العراقية", "IRQGOV"),
    ];

    [Theory]
    // the masculine وطالب opening its clause is a demand of whom it names next, made to the addressee after its subject
    [InlineData("وطالب بدر عبد العاطي مجلس الامن بعقد جلسة طارئة لبحث الازمة", "e1", "e2")]
    [InlineData("وطالب نجيب ميقاتي الامم المتحدة بالضغط لوقف الاعتداءات", "e3", "e4")]
    [InlineData("وطالب محمد الحلبوسي الحكومة العراقية بحماية المتظاهرين", "e5", "e6")]
    [InlineData("وفي بيروت، وطالب نجيب ميقاتي الامم المتحدة بالتحرك", "e3", "e4")]
    [InlineData("وطالب نجيب ميقاتي الامم المتحدة بالضغط على اسرائيل", "e3", "e4")]
    public void test_the_masculine_demand_opening_its_clause_is_an_appeal(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Callers)));
        Assert.Equal("020", e.Code);
        Assert.Equal("وطالب", text[e.Start..e.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a student joined to a noun before, or the student after a verb, is no demand
    [InlineData("واصيب مدرس وطالب بجروح في القصف على الامم المتحدة")]
    [InlineData("وقتل معلم وطالب في الانفجار قرب مقر الامم المتحدة")]
    [InlineData("قال طالب في جامعة بغداد ان الامم المتحدة غائبة")]
    public void test_a_student_is_no_demand(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Callers)), e => e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Theory]
    // two presidents, ministers or leaders told by their dual talk with each other
    [InlineData("وبحث الرئيسان ملف سد النهضة والاوضاع في القرن الافريقي", "الرئيسان")]
    [InlineData("وبحث الوزيران سبل تعزيز التعاون بين البلدين", "الوزيران")]
    [InlineData("وبحث الزعيمان العلاقات الثنائية والوضع في المنطقة", "الزعيمان")]
    public void test_two_officers_told_by_their_dual_talk_with_each_other(string text, string pair)
    {
        var e = Assert.Single(Events(Docs.WithActors(text)));
        Assert.Equal("040", e.Code);
        Assert.Equal("بحث", text[e.Start..e.End].TrimStart('و'));
        Assert.Null(e.Source?.EntityId);
        Assert.Equal(pair, Docs.ArgumentWords(text, e.Source));
        Assert.Null(e.Target?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Complainants =
    [
        ("e1", EntityType.LOC, "مصر", "EGY"), ("e2", EntityType.ORG, "مجلس الامن الدولي", "IGOUNO"), ("e3", EntityType.LOC, "اثيوبيا", "ETH"),
        ("e4", EntityType.LOC, "الجزائر", "DZA"), ("e5", EntityType.ORG, "الامم المتحدة", "IGOUNO"), ("e6", EntityType.LOC, "المغرب", "MAR"),
        ("e7", EntityType.ORG, "الجيش السوري", "SYRMIL"), ("e8", EntityType.LOC, "ادلب", "SYR"), ("e9", EntityType.ORG, "الحكومة المصرية", "EGYGOV"),
    ];

    [Theory]
    // a complaint lodged is against whom it names after ضد, not the body it went to
    [InlineData("تقدمت مصر، اليوم الثلاثاء، بشكوى رسمية الى مجلس الامن الدولي ضد اثيوبيا", "e1", "e3")]
    [InlineData("وتقدمت الجزائر بشكوى لدى الامم المتحدة ضد المغرب", "e4", "e6")]
    [InlineData("وكانت مصر قد تقدمت بشكوى ضد اثيوبيا الى مجلس الامن الدولي", "e1", "e3")]
    public void test_a_complaint_lodged_is_against_whom_it_names_after_dudda(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Complainants)));
        Assert.Equal("114", e.Code);
        Assert.Equal("تقدمت", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // with no ضد, the body a complaint went to is no side complained against
    [InlineData("تقدمت مصر بشكوى الى مجلس الامن الدولي، ودعت الى جلسة طارئة", "e1")]
    [InlineData("وتقدمت الجزائر بشكوى رسمية لدى الامم المتحدة", "e4")]
    public void test_a_complaint_without_dudda_has_no_target(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Complainants)), x => x.Code == "114");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // an advance, or a bill put forward, is no complaint
    [InlineData("وتقدم الجيش السوري نحو ادلب")]
    [InlineData("وتقدمت الحكومة المصرية بمشروع قانون الى البرلمان")]
    [InlineData("وتقدمت الجزائر بالشكر الى الامم المتحدة")]
    public void test_an_advance_or_a_bill_is_no_complaint(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Complainants)), e => e.Code.StartsWith("11", StringComparison.Ordinal));
    }

    private static readonly (string, EntityType, string, string?)[] Deciders =
    [
        ("e1", EntityType.ORG, "المجلس الوطني لحماية الوطن", "NERMIL"), ("e2", EntityType.PER, "سيلفان ايتيه", "FRAGOV"),
        ("e3", EntityType.LOC, "الجزائر", "DZA"), ("e4", EntityType.ORG, "المجلس الاعلى للامن", "DZAGOV"), ("e5", EntityType.PER, "عبد المجيد تبون", "DZAGOV"),
    ];

    [Theory]
    // an aside set off by commas between the decider and the decided noun; a name after the noun is whom it was done to
    [InlineData("قرر المجلس الوطني لحماية الوطن، في بيان تلي عبر التلفزيون الرسمي، طرد السفير الفرنسي سيلفان ايتيه", "e1", "e2")]
    [InlineData("قرر المجلس الوطني لحماية الوطن الحاكم، في بيان تلي عبر التلفزيون الرسمي، طرد السفير الفرنسي سيلفان ايتيه", "e1", "e2")]
    [InlineData("وقرر المجلس الوطني لحماية الوطن، خلال اجتماع طارئ، طرد السفير الفرنسي سيلفان ايتيه", "e1", "e2")]
    [InlineData("وقرر المجلس الاعلى للامن، برئاسة عبد المجيد تبون، طرد السفير الفرنسي سيلفان ايتيه", "e4", "e2")]
    public void test_a_decided_noun_past_an_aside_is_the_deciders_act(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Deciders)));
        Assert.Equal("161", e.Code);
        Assert.Equal("طرد", text[e.Start..e.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a plain expulsion by its verb is unchanged: who expelled is the subject after it
    [InlineData("وطرد المجلس الوطني لحماية الوطن السفير الفرنسي سيلفان ايتيه", "e1")]
    [InlineData("وقررت الجزائر، اليوم الثلاثاء، طرد السفير الفرنسي سيلفان ايتيه", "e3")]
    public void test_an_expulsion_by_its_verb_or_after_a_day_keeps_its_source(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Deciders)));
        Assert.Equal("161", e.Code);
        Assert.Equal(source, e.Source?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Hosts =
    [
        ("e1", EntityType.PER, "عبد اللطيف جمال رشيد", "IRQGOV"), ("e2", EntityType.PER, "مسرور بارزاني", "IRQGOV"),
        ("e3", EntityType.PER, "قيس سعيد", "TUNGOV"), ("e4", EntityType.PER, "احمد عطاف", "DZAGOV"), ("e5", EntityType.PER, "ايمانويل ماكرون", "FRAGOV"),
    ];

    [Theory]
    // a reception told as the occasion of one's words or call (خلال استقباله X) took place: he received X
    [InlineData("من جهته، دعا رئيس الجمهورية عبد اللطيف جمال رشيد، خلال استقباله رئيس حكومة الاقليم مسرور بارزاني، الى حل الخلافات", "e1", "e2")]
    [InlineData("وقال الرئيس التونسي قيس سعيد خلال استقباله وزير الخارجية الجزائري احمد عطاف ان البلدين يواجهان تحديات مشتركة", "e3", "e4")]
    [InlineData("واكد قيس سعيد اثناء استقباله احمد عطاف ان العلاقات متينة", "e3", "e4")]
    public void test_a_reception_told_as_an_occasion_took_place(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Hosts)), x => x.Code == "043");
        Assert.Equal("استقباله", text[e.Start..e.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a reception still ahead, or one told without its host's pronoun, is none
    [InlineData("وسيبحث قيس سعيد خلال استقباله الرئيس الفرنسي ايمانويل ماكرون ملف الهجرة")]
    [InlineData("وجرى خلال الاستقبال بحث العلاقات الثنائية")]
    [InlineData("واعدت الرئاسة برنامج استقباله في قرطاج")]
    // a reception suffered (استقباله من قبل X) makes its owner no host
    [InlineData("وسلم احمد عطاف خلال استقباله من قبل قيس سعيد رسالة خطية")]
    public void test_no_reception_ahead_or_without_its_host(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Hosts)), e => e.Code == "043");
    }

    private static readonly (string, EntityType, string, string?)[] Accusers =
    [
        ("e1", EntityType.PER, "بدر عبد العاطي", "EGYGOV"), ("e2", EntityType.ORG, "الحكومة الاثيوبية", "ETHGOV"),
    ];

    // The documents below are dated 2016-07-15 (Docs.WithActors): 2015 and 2014 are over long before.
    private static IReadOnlyList<Event> TimedEvents(string text) => Events(new TimeStage().Process(Named(text, Accusers)));

    [Theory]
    // a date inside a quoted charge, or after the participle dating an accord, dates the charge or the accord, not the act
    [InlineData("واتهم بدر عبد العاطي الحكومة الاثيوبية بـ\"انتهاك اعلان المبادئ الموقع عام 2015\" ومواصلة سياسة فرض الامر الواقع")]
    [InlineData("واتهم بدر عبد العاطي الحكومة الاثيوبية بانتهاك الاتفاق الموقع عام 2015")]
    [InlineData("واتهم بدر عبد العاطي الحكومة الاثيوبية بخرق الاتفاقية الصادرة في عام 2015")]
    public void test_a_date_of_a_quoted_charge_or_an_accord_is_no_history(string text)
    {
        var e = Assert.Single(TimedEvents(text));
        Assert.Equal("112", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // the act dated long before the story stays history
    [InlineData("واتهم بدر عبد العاطي الحكومة الاثيوبية عام 2015 بانتهاك الاتفاق")]
    [InlineData("وكان بدر عبد العاطي قد اتهم في تموز/يوليو 2014 الحكومة الاثيوبية بـ\"المماطلة\"")]
    [InlineData("وكان بدر عبد العاطي قد اتهم الحكومة الاثيوبية بالمماطلة، قائلا \"حدث ذلك عام 2014\"")]
    public void test_an_act_dated_long_before_stays_history(string text)
    {
        Assert.Empty(TimedEvents(text));
    }
}
