using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// From the blind `ev18r-` refugee stories (round twenty-five: Bekaa, Amman, Istanbul, Mosul): a deportation whose
/// subject is told before the verb (a pluperfect with قد, a told clause after ان) and whose crowd carries a qualifier
/// (ما لا يقل عن). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentyFiveRTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وكانت ادارة الهجرة قد رحلت، الاحد، 150 مهاجرا عبر المعبر الحدودي")]
    [InlineData("وكانت ادارة الهجرة قد رحلت الاسبوع الماضي 150 مهاجرا الى بلدانهم")]
    [InlineData("وذكرت المنظمة في تقريرها ان ادارة الهجرة رحلت 150 لاجئا خلال الشهر الماضي")]
    [InlineData("واعلنت ادارة الهجرة انها رحلت 150 مهاجرا الى بلدانهم")]
    [InlineData("ورحلت ادارة الهجرة ما لا يقل عن 150 لاجئا الى بلادهم")]
    [InlineData("وقالت المنظمة ان ادارة الهجرة رحلت ما لا يقل عن 150 لاجئا الى بلادهم")]
    public void test_a_deportation_with_its_subject_before_the_verb_or_a_qualified_crowd_is_read(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "ادارة الهجرة"));
        var e = Assert.Single(Events(doc), x => x.Code == "174");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // the crowd before the verb is who left; nobody after it was sent away
    [InlineData("وكانت 300 عائلة قد رحلت عن المخيم بعد الحريق")]
    [InlineData("وقال المسؤول ان العائلات رحلت عن المخيم قبل يومين")]
    // who died, with an age after عن
    [InlineData("وكانت الفنانة قد رحلت عن 75 عاما بعد صراع مع المرض")]
    public void test_rahala_with_its_subject_before_it_and_no_crowd_sent_is_no_deportation(string text) =>
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code == "174");
}
