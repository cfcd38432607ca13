using Hadath.Core;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A past verb right after بعد ان, الى ان, اثر ان or عقب ان tells an act that was done (after the United States imposed
/// sanctions), as the story gold codes it (بعد ان استولت, بعد ان اقتحمه, بعد ان اغلقت). The verb table's acts after ان
/// had all been read as wishes (ان يوقع). From a recall audit of the reference stories (…، الى ان فرضت الولايات المتحدة
/// عقوبات … على روسيا gave no event). A present verb after ان, a past one after سبق ان (had once done), and one whose doer is not named
/// (the reference stories' four wrong records of this kind) stay out.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventDoneAfterAnTests
{
    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.LOC, "الولايات المتحدة", "USA"), ("e2", EntityType.LOC, "تركيا", "TUR"),
        ("e3", EntityType.PER, "رجب طيب اردوغان", "TURGOV"), ("e4", EntityType.LOC, "القاهرة", "EGY"),
        ("e5", EntityType.LOC, "الصين", "CHN"),
    ];

    private static IReadOnlyList<Event> Events(string text) => Docs.Events(text, Named);

    [Theory]
    [InlineData("وتراجعت الليرة بعد ان فرضت الولايات المتحدة عقوبات على تركيا", "فرضت", "163", "e1", "e2")]
    [InlineData("وظلت الليرة تتراجع الى ان فرضت الولايات المتحدة عقوبات على تركيا", "فرضت", "163", "e1", "e2")]
    [InlineData("وهدأت الاسواق اثر ان انتقدت الصين الولايات المتحدة", "انتقدت", "111", "e5", "e1")]
    [InlineData("وظلت العلاقات متوترة الى ان زار رجب طيب اردوغان القاهرة", "زار", "042", "e3", "e4")]
    public void test_a_past_act_after_a_time_word_and_an_is_told(string text, string verb, string code, string source, string target)
    {
        var e = Assert.Single(Events(text), e => e.Code == code);
        Assert.Equal(verb, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وتريد الولايات المتحدة ان تفرض عقوبات على تركيا")]
    [InlineData("وسبق ان فرضت الولايات المتحدة عقوبات على تركيا")]
    [InlineData("ويتوقع المحللون ان تنتقد الصين الولايات المتحدة")]
    [InlineData("وتراجعت الليرة قبل ان تفرض الولايات المتحدة عقوبات على تركيا")]
    [InlineData("وتراجعت الليرة بعد ان فرضت عقوبات على تركيا")]
    [InlineData("وتراجعت الليرة بعد ان انتقدت مجموعة من الخبراء الصين")]
    public void test_a_wish_a_forecast_an_act_done_once_before_or_one_by_no_one_named_stays_out(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Code is "163" or "111");
    }
}
