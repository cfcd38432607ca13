using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Sentence detection of ASSAULT: senses of a violent trigger that tell no act of force (a crisis that "exploded", eyes
/// that were "stolen", a decision "attacked", the charge an accusation states, a regime's fall, a plot to kidnap, an
/// aim "targeted"), attacks that came before the news (after بعد/اثر/غداة), beside the violent senses they must leave
/// alone, and acts told by a definite attack noun that took place or by a passive abduction with its takers.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventDetectionSensesTests
{
    // The count stage runs first, as in the pipeline: a toll is read from its count.
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(new CountStage().Process(Docs.Tokenized(text))).Events;

    private static bool Any(string text, string plover) => Events(text).Any(e => e.Plover == plover);

    [Theory]
    // فجر/انفجر with a crisis, a row or a storm of words: nothing blew up
    [InlineData("وفجروا ازمة جديدة داخل الحزب الحاكم")]
    [InlineData("وانفجرت الازمة بين الحزبين مجددا بعد الانتخابات")]
    // خطف الانظار: caught the eye, however long the subject between
    [InlineData("وخطفت الفنانة الشابة الانظار في حفل الافتتاح")]
    [InlineData("وخطفت العروض التي قدمتها الفرق القادمة من دول آسيا الشرقية والغربية انظار الجمهور")]
    // استهدف with the verbal noun of an aim: what it aimed at, no one struck
    [InlineData("وقال ان تلك العمليات استهدفت زعزعة الاستقرار في البلاد")]
    // an attack on a decision, a policy or a strike is words
    [InlineData("وهاجم خطباء المساجد سياسات الحكومة الاقتصادية")]
    [InlineData("وهاجموا قرار اللجنة بتأجيل الانتخابات")]
    // what an accusation says they did is its charge, not a report
    [InlineData("واتهمت النيابة ثلاثة رجال بانهم قتلوا حارسين في المصرف")]
    // the fall of a regime or a town is no casualty
    [InlineData("واعترف المتهمون بتنفيذ تفجير بسيارة مفخخة قبل سقوط النظام")]
    // a verbal noun read with ل is a purpose (a plot to kidnap), no act
    [InlineData("واعتقل رجل يشتبه في اعداده مؤامرة «لخطف احد الاشخاص»")]
    public void test_a_figurative_sense_a_charge_or_a_purpose_is_no_assault(string text) =>
        Assert.False(Any(text, "ASSAULT"));

    [Theory]
    // a bomb that went off while its own men planted, defused or built it: a mishap, no attack on anyone
    [InlineData("وقال مصدر امني ان العبوة انفجرت اثناء محاولة عنصرين من الخلية زرعها قرب الجسر")]
    [InlineData("وانفجرت قنبلة يدوية خلال تفكيكها في مركز الشرطة")]
    [InlineData("وقتل شابان بانفجار عبوة ناسفة لدى تصنيعها في منزل بالقرية")]
    public void test_a_bomb_that_blew_up_while_handled_is_no_assault(string text) =>
        Assert.False(Any(text, "ASSAULT"));

    [Theory]
    [InlineData("وانفجرت سيارة مفخخة قرب السوق المركزي")]
    [InlineData("وهاجم مسلحون مقر الشرطة في المدينة")]
    [InlineData("وخطفت مجموعة مسلحة ثلاثة مهندسين اجانب")]
    // a blast as a patrol passed, during a crowd's prayer or a ceremony, is an attack
    [InlineData("وانفجرت عبوة ناسفة لدى مرور دورية للجيش في الطريق العام")]
    [InlineData("وانفجرت سيارة مفخخة اثناء صلاة الجمعة قرب المسجد")]
    [InlineData("وانفجرت عبوة ناسفة اثناء وضع حجر الاساس لمدرسة في البلدة")]
    // what an inquiry found, after ان, tells the act
    [InlineData("وقال رئيس لجنة التحقيق في بيان ان هجوما بسيارة مفخخة اسفر عن مقتل ثلاثة اشخاص امس")]
    public void test_the_violent_senses_stay_assaults(string text) =>
        Assert.True(Any(text, "ASSAULT"));

    [Theory]
    // an attack after بعد/اثر/غداة, or a toll after اثر with the attack in its phrase, is what came before the news
    [InlineData("وقطعت الحكومة علاقاتها مع جارتها غداة هجوم شنه متمردون على العاصمة اسفر عن سقوط عشرات القتلى")]
    [InlineData("ودعت الحكومة الى التهدئة اثر مقتل شرطيين في هجوم على حاجز امس")]
    // the attack told already, in a relative clause; an abduction as the verbal noun after بسبب
    [InlineData("وقال ان الهجوم الذي وقع امس كان متوقعا")]
    [InlineData("واعربت عائلته عن قلقها بسبب خطف جندي على ايدي مسلحين")]
    // an attack under investigation (التحقيق في …) was told before: the news is the inquiry
    [InlineData("وفتحت الشرطة تحقيقا في هجوم بسيارة مفخخة اسفر عن مقتل ثلاثة اشخاص")]
    [InlineData("وانضم محققون اجانب الى التحقيق الجاري في حادث الاعتداء على قافلة تابعة للامم المتحدة بواسطة عبوة ناسفة ادى الى جرح اربعة")]
    public void test_an_act_before_the_news_or_told_already_is_no_assault(string text) =>
        Assert.False(Any(text, "ASSAULT"));

    /// <summary>
    /// A bomber noun after اثر هجوم still fires: the toll before it joins that attack, and the claim after it (تبنته الحركة)
    /// names who carried it out.
    /// </summary>
    [Fact]
    public void test_a_bomber_noun_after_a_cause_word_and_an_attack_noun_still_tells_the_attack_a_toll_joins()
    {
        const string text = "وقتل سبعة شرطيين امس اثر هجوم انتحاري تبنته الحركة";
        var e = Assert.Single(Events(text), x => x.Plover == "ASSAULT");
        Assert.Equal("trigger:انتحاري+casualty:قتل", e.Rule);
    }

    [Theory]
    // a definite attack noun with a verb of taking place or of outcome right after it tells the act
    [InlineData("وقال شاهد ان التفجير وقع في سوق مزدحم وسط المدينة", "تفجير", "trigger:تفجير+occurred:وقع")]
    [InlineData("وذكرت الشرطة ان الهجوم بالقنابل نفذ ضد دورية للجيش", "هجوم", "trigger:هجوم+occurred:نفذ")]
    [InlineData("وبحسب المصدر فان عملية التفجير اسفرت عن جرح ستة من المارة", "تفجير", "trigger:تفجير+occurred:اسفرت")]
    // the passive خطف with who took the captive after من قبل/على ايدي
    [InlineData("وذكرت الشرطة ان المهندس خطف في وسط المدينة من قبل اربعة مسلحين", "خطف", "trigger:خطف+captive:by:اربعه")]
    [InlineData("وكان الصحافي قد خطف على ايدي مسلحين مجهولين الاسبوع الماضي", "خطف", "trigger:خطف+captive:by:مسلحين")]
    public void test_an_attack_that_took_place_or_an_abduction_by_its_takers_is_an_assault(string text, string trigger, string rule)
    {
        var e = Assert.Single(Events(text), x => x.Plover == "ASSAULT");
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(rule, e.Rule);
    }

    [Theory]
    // killed so far (حتى الآن) is a running total, like killed since a date
    [InlineData("وقال مصدر في الجيش ان 17 جنديا قتلوا في المنطقة حتى الآن هذا الشهر", false)]
    [InlineData("وقال مصدر في الجيش ان 17 جنديا قتلوا في المنطقة امس", true)]
    // حتى الآن far on, or after a negation, dates what is still unknown or unclaimed, not the toll
    [InlineData("وقال مصدر ان 6 جنود قتلوا في هجوم على حاجز لم تتبنه اي جهة حتى الآن", true)]
    [InlineData("وقال مصدر ان 6 جنود قتلوا قرب الحاجز ولا يزال القاتل مجهولا حتى الآن", true)]
    public void test_killed_so_far_is_a_running_total(string text, bool assault) =>
        Assert.Equal(assault, Any(text, "ASSAULT"));

    [Theory]
    // a blast that took place is no attack by itself: a depot can blow up by accident
    [InlineData("وقال الدفاع المدني ان الانفجار وقع في مخزن للغاز قرب الميناء", false)]
    // a parking lot (موقف) attacked by gunmen is a place, not a position in words
    [InlineData("وهاجم مسلحون موقف الحافلات في وسط البلدة", true)]
    // a decision past an adjunct (بعد قرار) is no object of هاجم
    [InlineData("وهاجم مسلحون قافلة بعد قرار الحكومة فتح الطريق", true)]
    // الاهتمام in a later clause is no object of خطف: the abduction stays
    [InlineData("وخطف مسلحون مهندسين اثنين في عملية جذبت الاهتمام الدولي", true)]
    // what the accusation says ends at its clause: a toll after فيما or a comma is told
    [InlineData("واتهم الحزب الحكومة بانها عجزت عن حماية القرى، فيما قتل 9 اشخاص في قصف جديد", true)]
    // تحسين right after استهدف is a man's name, not an aim
    [InlineData("وقال ان عبوة ناسفة استهدفت تحسين العبيدي رئيس المجلس البلدي", true)]
    // سقوط with a toll after it tells casualties; the fall of a town does not
    [InlineData("وتعرضت البلدة لقصف مدفعي خلف سقوط 11 قتيلا", true)]
    [InlineData("وقال ان القصف اعقبه سقوط المدينة بيد المسلحين", false)]
    public void test_a_narrowed_sense_rule_leaves_the_act_alone(string text, bool assault) =>
        Assert.Equal(assault, Any(text, "ASSAULT"));

}
