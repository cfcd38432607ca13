using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Shelling (قصف) is CAMEO 194, fighting with artillery, unless aircraft did it: then it is 195, aerial weapons. The
/// craft stand before the verb as its subject (طيران الجيش قصف, طائرة مسيرة تابعة لقوات X قصفت), after it (وقصف
/// الطيران الحربي), or as its means (قصف بالمدفعية والطيران). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventAerialShellingTests
{
    private static Event Shelling(string text) =>
        Assert.Single(new EventStage().Process(Docs.Tokenized(text)).Events, e => e.Code.StartsWith("19", StringComparison.Ordinal));

    [Theory]
    [InlineData("وقال مصدر امني ان طيران الجيش قصف بعد ذلك تجمعات للمسلحين شرقي المدينة")]
    [InlineData("وقال سكان ان طائرات التحالف بقيادة السعودية قصفت مواقع للحوثيين في المدينة")]
    [InlineData("وقالت قوات موالية للحكومة ان طائرة مسيرة تابعة لقوات المشير قصفت مواقع لها قرب المطار")]
    [InlineData("وقصف الطيران الحربي السوري مواقع للمسلحين في ريف حماة")]
    [InlineData("واعلنت الوزارة ان الجيش قصف بالمدفعية والطيران مواقع يتحصن بها المسلحون في الجبل")]
    public void test_shelling_by_aircraft_is_aerial(string text)
    {
        var e = Shelling(text);
        Assert.Equal("195", e.Code);
        Assert.Contains("قصف", text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    [InlineData("وقصف الجيش بالمدفعية الثقيلة قرى في ريف حلب")]
    [InlineData("وقال المرصد ان قوات النظام قصفت مواقع للمسلحين في ريف حماة")]
    // the aircraft are what was hit, or the sentence's earlier clause: no doer of the shelling
    [InlineData("وقال قائد الطائرة ان المدفعية قصفت مواقع للمسلحين")]
    [InlineData("واعلنت الوزارة ان الجيش الوطني قصف بالمدفعية الثقيلة مواقع يتحصن بها المسلحون")]
    public void test_shelling_without_aircraft_stays_artillery(string text)
    {
        Assert.Equal("194", Shelling(text).Code);
    }
}
