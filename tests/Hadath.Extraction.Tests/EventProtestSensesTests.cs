using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Sentence detection of PROTEST: what a protest word tells when it names no protest (احتجاجا على giving the reason of
/// an act that is no protest or of one only called for, a rally of support or joy, a demonstration after بعد ان/منذ ان,
/// قطع الطريق على as forestalling), and a crowd of no told size that chanted or demanded, beside the protests each rule
/// must leave alone. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventProtestSensesTests
{
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(new CountStage().Process(Docs.Tokenized(text))).Events;

    private static bool Any(string text) => Events(text).Any(e => e.Plover == "PROTEST");

    /// <summary>Asserts the sentence's one protest: the words its trigger spans and the rule it fired with.</summary>
    private static void AssertProtest(string text, string trigger, string rule)
    {
        var e = Assert.Single(Events(text), x => x.Plover == "PROTEST");
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(rule, e.Rule);
    }

    [Theory]
    // احتجاجا على gives the reason of what someone did; converting, burning a banknote or summoning an envoy is no protest
    [InlineData("واعتنق عدد من ابناء القرية الاسلام احتجاجا على سياسة الكنيسة")]
    [InlineData("واحرق رئيس الحكومة الاوراق النقدية الجديدة احتجاجا على توقيع منافسه عليها")]
    [InlineData("واستدعت وزارة الخارجية سفير جارتها احتجاجا على تصريحات وزير دفاعها")]
    // a nominal act with no verb of doing it tells of no one who did it
    [InlineData("وبدأت الحركة باحراق الفرد نفسه احتجاجا على الظلم ثم اتسعت")]
    // a protest called for or intended has not taken place
    [InlineData("ودعت النقابة الى اضراب عام في القطاع احتجاجا على تأخر الرواتب")]
    [InlineData("وتعتزم الاحزاب تنظيم مسيرة احتجاجا على نتائج الانتخابات")]
    public void test_a_protest_purpose_of_an_act_that_is_no_protest_is_no_protest(string text) =>
        Assert.False(Any(text));

    [Theory]
    // after a protest verb, a protest noun or a verb of going on strike or going out, the purpose tells the protest
    [InlineData("وقاطع التجار الاسواق احتجاجا على الاجور", "trigger:احتجاجا علي+after-protest:قاطع")]
    [InlineData("وشارك سكان الحي في مسيرة على الاقدام احتجاجا على انقطاع الماء", "trigger:احتجاجا علي+after-protest:مسيره")]
    [InlineData("وكانت نقابة الاطباء قد واصلت اضرابها المفتوح احتجاجا على الاعتداءات", "trigger:احتجاجا علي+after-protest:اضرابها")]
    [InlineData("وحاول شاب الانتحار حرقا امام مقر الولاية احتجاجا على حجز بضاعته", "trigger:احتجاجا علي+after-protest:حاول")]
    public void test_a_protest_purpose_after_a_protest_act_tells_the_protest(string text, string rule) =>
        AssertProtest(text, "احتجاجا على", rule);

    [Theory]
    // a rally in support of a decision or a leader, or in celebration, is against no one
    [InlineData("وتظاهر المئات في وسط المدينة تأييدا لقرار المحكمة")]
    [InlineData("وخرج الاف السكان الى الشوارع ابتهاجا بفوز المنتخب")]
    [InlineData("وتجمع المئات امام القصر للتعبير عن فرحهم بعودة الرئيس")]
    public void test_a_rally_of_support_or_celebration_is_no_protest(string text) =>
        Assert.False(Any(text));

    [Theory]
    // solidarity with others who protest, and a protest before the support it also states, stay protests
    [InlineData("وتظاهر المئات في وسط المدينة تضامنا مع المعتقلين")]
    [InlineData("وتظاهر المئات احتجاجا على قرار المحكمة وتأييدا للمعتقلين")]
    [InlineData("وتظاهر المئات تنديدا بالحكم، فيما احتفل انصار الحكومة")]
    public void test_a_protest_beside_a_word_of_support_stays_a_protest(string text) =>
        Assert.True(Any(text));

    [Theory]
    // قطع الطريق على with no traffic after it is to forestall: nothing was blocked
    [InlineData("وقال ان قادة الحزب قطعوا الطريق على اي تسوية مع الحكومة", false)]
    [InlineData("وقطعوا الطريق الرئيسي بالاطارات المشتعلة", true)]
    [InlineData("وقطعوا الطريق على السيارات المتجهة الى العاصمة", true)]
    public void test_a_road_cut_on_anything_but_traffic_is_forestalling(string text, bool protest) =>
        Assert.Equal(protest, Any(text));

    [Theory]
    // a crowd of no told size that gathered chanting slogans, raising banners, denouncing or demanding protests
    [InlineData("وتجمهر الناس في الساحة الرئيسية مرددين شعارات ضد الحكومة", "trigger:تجمهر+chanting:شعارات")]
    [InlineData("وتجمع السكان امام البلدية، رافعين لافتات تطالب برحيل المحافظ", "trigger:تجمع+chanting:لافتات")]
    [InlineData("وخرج اهالي القرية الى الشارع مطالبين بالافراج عن المعتقلين", "trigger:خرج+chanting:مطالبين")]
    public void test_a_crowd_chanting_or_demanding_protests(string text, string rule)
    {
        var e = Assert.Single(Events(text), x => x.Plover == "PROTEST");
        Assert.Equal(rule, e.Rule);
    }

    [Theory]
    // songs and flags are no protest by themselves; a chant in another sentence tells nothing of this crowd
    [InlineData("وتجمع الاطفال في الساحة مرددين الاناشيد الوطنية")]
    [InlineData("وتجمع السكان امام البلدية لاستقبال الوفد. وكتبت على جدران المدينة شعارات قديمة")]
    public void test_a_crowd_with_no_protest_chant_is_no_protest(string text) =>
        Assert.False(Any(text));

    [Theory]
    // a demonstration after بعد ان/منذ ان/بعدما is what came before the news; a price that fell (نزل) is no crowd
    [InlineData("وتحولت البلاد الى الحرب منذ ان خرج الاف السوريين الى الشوارع مطالبين بالتغيير", false)]
    [InlineData("وارتفع سعر الذهب بعدما نزل الى 1210 دولارات للاوقية", false)]
    [InlineData("وخرج الاف السوريين الى الشوارع مطالبين بالتغيير", true)]
    // stones thrown before the force stepped in are the news's own riot
    [InlineData("وتدخلت قوات الامن بعد ان رشق المحتجون عناصرها بالحجارة", true)]
    public void test_a_demonstration_after_a_cause_clause_is_background(string text, bool protest) =>
        Assert.Equal(protest, Any(text));

    [Theory]
    // a share or a fraction after the verb (نزل النفط 0.3 بالمئة, نزل القمح 2 في المئة) and a number after a preposition
    // (خرجت في 3 طبعات) count no crowd; a crowd of people after the verb or its subject still does
    [InlineData("ونزل النفط 0.3 بالمئة عند الاغلاق", false)]
    [InlineData("ونزل القمح 2 في المئة خلال الاسبوع", false)]
    [InlineData("ونزل الين 1.5 امام الدولار", false)]
    [InlineData("وخرجت في 3 طبعات خلال العام", false)]
    [InlineData("ونزل 4 الاف عامل الى الشوارع امس", true)]
    [InlineData("وتظاهر امس 300 طالب امام مبنى الجامعة", true)]
    public void test_a_share_a_fraction_or_a_number_after_a_preposition_counts_no_crowd(string text, bool protest) =>
        Assert.Equal(protest, Any(text));

    [Theory]
    // a feminine crowd verb with its size (a crowd of women, of families), a strike carried out or waged, and people going
    // out in a march are protests
    [InlineData("واحتشدت مئات النساء امام مقر البرلمان امس", "احتشدت", "trigger:احتشدت+crowd:ميات")]
    [InlineData("وتجمعت عشرات الاسر امام مبنى المحافظة", "تجمعت", "trigger:تجمعت+crowd:عشرات")]
    [InlineData("واعتصمت عشرات الممرضات داخل المستشفى الحكومي", "اعتصمت", "trigger:اعتصمت+crowd:عشرات")]
    [InlineData("ونفذ عمال الميناء اضرابا عن العمل امس", "نفذ", "trigger:نفذ+protest-object:اضرابا")]
    [InlineData("وخاض سائقو سيارات الاجرة اضرابا مفتوحا في العاصمة", "خاض", "trigger:خاض+protest-object:اضرابا")]
    [InlineData("وخرج سكان الحي في مسيرة جابت الشوارع", "خرج", "trigger:خرج+protest-object:مسيره")]
    public void test_a_feminine_crowd_verb_a_strike_and_a_march_gone_out_in_are_protests(string text, string trigger, string rule) =>
        AssertProtest(text, trigger, rule);

    [Theory]
    // rain water that gathered, a minister who left a meeting and a plan carried out are no protest
    [InlineData("وتجمعت مياه الامطار في الشوارع المنخفضة")]
    [InlineData("وتجمعت مئات السيارات في الطريق المؤدي الى المدينة")]   // a feminine verb's crowd of things
    [InlineData("وخرج الوزير من الاجتماع غاضبا")]
    [InlineData("ونفذ الجيش خطة انتشار جديدة في المدينة")]
    [InlineData("ونفذت الحكومة خطتها رغم اضراب العمال")]            // another's strike, past رغم
    [InlineData("وخرج الوزير ليعلق على الاضراب في المدينة")]          // a strike spoken of, past على
    public void test_the_same_verbs_with_no_crowd_or_protest_are_no_protest(string text) =>
        Assert.False(Any(text));

    [Theory]
    // a counted crowd that gathered to welcome a team or watch a match is no protest
    [InlineData("وتجمع المئات في المطار لاستقبال المنتخب")]
    [InlineData("وتجمع الالاف في الساحة لمشاهدة المباراة على شاشة كبيرة")]
    public void test_a_crowd_gathered_to_welcome_or_watch_is_no_protest(string text) =>
        Assert.False(Any(text));

    [Fact]
    public void test_a_crowd_gathered_to_follow_a_trial_chanting_against_someone_protests() =>
        Assert.True(Any("وتجمع العشرات امام المحكمة لمتابعة محاكمة المعتقلين مرددين شعارات ضد الحكومة"));
}
