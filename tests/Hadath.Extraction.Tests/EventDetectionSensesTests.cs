using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Sentence detection of ASSAULT: senses of a violent trigger that tell no act of force (a crisis that "exploded", eyes
/// that were "stolen", a decision "attacked", the charge an accusation states, a regime's fall, a plot to kidnap, an
/// aim "targeted"), beside the violent senses they must leave alone.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventDetectionSensesTests
{
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(Docs.Tokenized(text)).Events;

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
    [InlineData("وانفجرت سيارة مفخخة قرب السوق المركزي")]
    [InlineData("وهاجم مسلحون مقر الشرطة في المدينة")]
    [InlineData("وخطفت مجموعة مسلحة ثلاثة مهندسين اجانب")]
    public void test_the_violent_senses_stay_assaults(string text) =>
        Assert.True(Any(text, "ASSAULT"));

}
