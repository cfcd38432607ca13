using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Acts and sides the blind ev13p- stories (protests, sit-ins, dispersals and deportations in the Maghreb, Egypt, Iraq
/// and Lebanon) lost: a deportation told by رحّل (bare رحل is also "left" or "died"), a dispersal told by a subjunctive
/// after قبل ان (تفض, تفرق), criticism told by وجه with its object noun, an anonymous official's own body
/// read as what he accused, and protesters' employer read as the organiser of their protest. Sentences written for
/// these tests, none from a story or a data set.
/// </summary>
public sealed class EventDeportationAndCriticismTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("رحلت السلطات اللبنانية، الثلاثاء، 16 لاجئا سوريا الى بلادهم عبر المعبر", "رحلت")]
    [InlineData("رحّلت السلطات الجزائرية اكثر من 600 مهاجر الى النيجر", "رحّلت")]
    public void test_a_deportation_of_a_counted_crowd_after_its_subject_is_read(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)));
        Assert.Equal("174", e.Code);
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
    }

    [Fact]
    public void test_a_deportation_by_a_named_body_is_the_bodys()
    {
        const string text = "في سياق متصل، رحلت المديرية العامة للامن العام 43 سوريا دخلوا البلاد خلسة";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "المديرية العامة للامن العام"))), x => x.Code == "174");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // a crowd right after the verb is who left
    [InlineData("رحل 300 لاجئ عن المخيم بعد الحريق")]
    // an age is no crowd: who died
    [InlineData("ورحل الشاعر الكبير عن عمر ناهز 80 عاما")]
    [InlineData("رحلت الفنانة امس عن 75 عاما بعد صراع مع المرض")]
    // a number in a date after في is no crowd: who died on that day
    [InlineData("رحل المغني المعروف سمير فرج في الثالث عشر من مارس الماضي بعد مرض")]
    public void test_rahala_without_a_counted_crowd_after_its_subject_is_no_deportation(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("17", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("اعتصم العشرات من الخريجين قرب مقر الشركة، قبل ان تفض قوة من الجيش اعتصامهم", "تفض")]
    [InlineData("تجمع مئات الشبان امام البلدية قبل ان تفرق الشرطة المحتجين بعد ساعتين", "تفرق")]
    public void test_a_dispersal_told_by_a_subjunctive_after_qabla_an_is_read(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code == "175");
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    // tafarraqa: the crowd went its way, nobody dispersed it
    [InlineData("وتفرق المحتجون بعد ساعتين من دون تسجيل حوادث")]
    [InlineData("ولم يتفرق المعتصمون الا بعد منتصف الليل")]
    public void test_a_crowd_that_broke_up_by_itself_is_no_dispersal(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code == "175");
    }

    [Fact]
    public void test_criticism_told_by_wajjaha_intiqadat_is_the_subjects_of_the_body_after_li()
    {
        const string text = "من جهتها، وجهت النقابة الوطنية للتعليم العالي انتقادات شديدة لوزارة الصحة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "النقابة الوطنية للتعليم العالي"), ("e2", EntityType.ORG, "وزارة الصحة"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal("111", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("ووجهت وزارة العمل دعوة للنقابات الى الحوار")]
    [InlineData("ووجه الرئيس رسالة الى نظيره يتهم فيها")]
    public void test_wajjaha_with_another_object_is_no_criticism(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code is "111" or "112" && text[x.Span.Start..x.Span.End].Contains("وجه", StringComparison.Ordinal));
    }

    [Fact]
    public void test_an_anonymous_officials_own_body_is_not_whom_he_accused()
    {
        const string text = "واتهم مسؤول في المديرية العامة للامن العام، طلب عدم ذكر اسمه، بعض المنظمات بتضخيم اعداد المرحلين";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "المديرية العامة للامن العام"))), x => x.Code == "112");
        Assert.Null(e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_the_company_of_counted_workers_is_not_the_organiser_of_their_protest()
    {
        const string text = "نظم مئات العمال بشركة السويس للصلب وقفة احتجاجية امام مبنى الادارة";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "شركة السويس للصلب"))), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Null(e.Source?.EntityId);
    }
}
