using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Protests told by who took part rather than by a size: groups and crowds that demonstrated (تظاهرت مجموعات من انصار
/// المتهمين, تظاهرت حشود من الشبان), protesters not told before who marched, went out or gathered (سار متظاهرون, خرج
/// متظاهرون), and a demonstration that took place (جرت تظاهرة امام السفارة); beside them, the gatherings and the people
/// that tell no protest, and the protesters or the protest of a protest told already (وسار المتظاهرون, جرت هذه التظاهرة). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventProtestCrowdsTests
{
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(new CountStage().Process(Docs.Tokenized(text))).Events;

    /// <summary>Asserts the sentence's one protest: the words its trigger spans (the conjunction و apart), its code and the words of its source.</summary>
    private static void AssertProtest(string text, string trigger, string code, string? source)
    {
        var e = Assert.Single(Events(text), x => x.Plover == "PROTEST");
        Assert.Equal(trigger.TrimStart('و'), text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(code, e.Code);
        Assert.Equal(source, Docs.ArgumentWords(text, e.Source));
    }

    [Theory]
    // a verb that is a protest by itself, with groups or crowds of no told size as its subject
    [InlineData("وفي مدينة الفاشر تظاهرت مجموعات من انصار المعتقلين امام مقر النيابة", "تظاهرت", "مجموعات من انصار المعتقلين")]
    [InlineData("واحتجت مجموعات من السكان على انقطاع المياه عن احيائهم منذ اسبوع", "واحتجت", "مجموعات من السكان")]
    [InlineData("وتظاهرت حشود من الشبان امام مبنى البلدية مطالبة بفرص عمل", "وتظاهرت", "حشود من الشبان")]
    [InlineData("واعتصمت جموع من العمال المسرحين امام مقر الشركة", "واعتصمت", "جموع من العمال المسرحين")]
    public void test_groups_and_crowds_that_demonstrated_protested(string text, string trigger, string source) =>
        AssertProtest(text, trigger, "141", source);

    [Theory]
    // protesters not told before who marched, went out or gathered protested, with no size told
    [InlineData("وسار متظاهرون في الشوارع الرئيسية للعاصمة نحو مقر البرلمان", "وسار", "متظاهرون")]
    [InlineData("وخرج متظاهرون من عدد من المساجد بعد صلاة الجمعة", "وخرج", "متظاهرون")]
    [InlineData("واحتشد امس محتجون امام مبنى المحافظة حتى ساعة متأخرة من الليل", "واحتشد", "محتجون")]
    [InlineData("وتجمع معتصمون في ساحة الحرية وسط المدينة", "وتجمع", "معتصمون")]
    [InlineData("وسارت متظاهرات في شوارع المدينة القديمة", "وسارت", "متظاهرات")]
    public void test_protesters_who_marched_or_gathered_protested(string text, string trigger, string source) =>
        AssertProtest(text, trigger, "141", source);

    [Theory]
    // groups or crowds of protesters, named after من, who gathered or marched
    [InlineData("واحتشدت مجموعات صغيرة ايضا من المتظاهرين خارج السفارة", "واحتشدت", "المتظاهرين")]
    [InlineData("وسارت حشود من المتظاهرين في شوارع المدينة القديمة", "وسارت", "حشود من المتظاهرين")]
    public void test_groups_of_protesters_who_gathered_protested(string text, string trigger, string source) =>
        AssertProtest(text, trigger, "141", source);

    [Theory]
    // groups of something else gathered or marched
    [InlineData("وسارت حشود من المصلين نحو المسجد الكبير")]
    [InlineData("واحتشدت مجموعات من الصحافيين امام قاعة المؤتمر")]
    public void test_groups_of_other_people_who_gathered_did_not_protest(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Plover == "PROTEST");

    [Theory]
    // a demonstration or a march that took place
    [InlineData("وجرت تظاهرة ضخمة امام السفارة الاميركية في العاصمة", "وجرت")]
    [InlineData("وجرت امس مسيرات في عدة مدن احتجاجا على رفع الاسعار", "وجرت")]
    public void test_a_demonstration_that_took_place_is_a_protest(string text, string trigger) =>
        AssertProtest(text, trigger, "141", null);

    [Fact]
    // who organised a protest pointed back to is news of its own (its organiser, told after the object, is not read yet)
    public void test_a_protest_pointed_back_to_with_its_organiser_is_a_protest()
    {
        const string text = "ونظم هذه الوقفة الاحتجاجية الاتحاد المحلي للمزارعين";
        var e = Assert.Single(Events(text), x => x.Plover == "PROTEST");
        Assert.Equal("نظم", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("141", e.Code);
    }

    [Theory]
    // people who gathered or went out for no protest: a size or a chant is still needed for them
    [InlineData("وتجمع السكان امام مركز توزيع المساعدات منذ الصباح")]
    [InlineData("وخرج المصلون من المسجد بعد انتهاء الصلاة")]
    [InlineData("وسار الرئيس في شوارع المدينة القديمة برفقة المحافظ")]
    // groups that did something else, and crowds that came to welcome
    [InlineData("واحتشدت حشود كبيرة لاستقبال الفريق الفائز في المطار")]
    [InlineData("وشاركت مجموعات من الشبان في حملة تنظيف الشوارع")]
    // the protesters of a protest told already: what they did next retells it
    [InlineData("وسار المتظاهرون في الشوارع الرئيسية للعاصمة نحو مقر البرلمان")]
    [InlineData("واحتشد المحتجون امام مبنى المحافظة حتى ساعة متأخرة من الليل")]
    [InlineData("وجرت هذه التظاهرة استجابة لدعوة من النقابات")]
    // talks or a vote that took place are no protest
    [InlineData("وجرت الانتخابات في اجواء هادئة في معظم الدوائر")]
    [InlineData("وجرت مفاوضات بين الطرفين في العاصمة القطرية")]
    public void test_gatherings_and_events_that_are_no_protest_stay_none(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Plover == "PROTEST");
}
