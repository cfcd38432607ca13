using Hadath.Core;
using Hadath.Extraction.Events;
using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Protest crowds of the ev18p round (Hespress, AFP, APS and Reuters styles): force used on a crowd told by a firing
/// verb with tear gas among what was fired, stones thrown and fire set after قبل ان, a road closed with stones or tree
/// trunks, an arrest a body pointed to (اشارت X الى توقيف), and a weekday after يوم. Sentences written for these tests,
/// none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentyFivePATests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("قالت مصادر امنية ان 17 شخصا اصيبوا يوم الثلاثاء في الديوانية", "يوم الثلاثاء", "2022-08-09")]
    [InlineData("تجمهر صبيحة يوم الاحد العشرات من سكان الحي امام مقر الدائرة", "يوم الاحد", "2022-08-07")]
    public void test_a_weekday_after_yawm_takes_the_word(string text, string surface, string value) =>
        AssertTime(text, surface, value, "2022-08-09");
}
