using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Movements named after the day they rose (حركة 20 فبراير, قوى 14 آذار) and union confederations (الكونفدرالية
/// الديمقراطية للشغل), which the tagger misses, are organisations, and the one that organised a protest is its source.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class DateNamedBodiesTests
{
    private static AnalyzedDocument Recovered(AnalyzedDocument doc) => new NameRecoveryStage().Process(doc);

    /// <summary>Every mention as "TYPE text", in text order.</summary>
    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    [InlineData("وخرج الآلاف في مسيرة دعت اليها حركة 20 فبراير وسط المدينة", "ORG حركة 20 فبراير")]
    [InlineData("وقال ناشط في حركة 6 ابريل ان الشرطة اعتقلته", "ORG حركة 6 ابريل")]
    [InlineData("واتهمت قوى 14 آذار الحكومة بالتقصير", "ORG قوى 14 آذار")]
    [InlineData("وقال ناشط في حركة شباب 6 ابريل ان الشرطة اعتقلته", "ORG حركة شباب 6 ابريل")]
    [InlineData("وشارك ناشطون من حركة 20 فبراير في الوقفة", "ORG حركة 20 فبراير")]
    [InlineData("ونظمت الكونفدرالية الديمقراطية للشغل مسيرة حاشدة", "ORG الكونفدرالية الديمقراطية للشغل")]
    public void test_movements_named_after_a_day_and_confederations_are_organisations(string text, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(Recovered(Docs.Tokenized(text))));

    [Theory]
    [InlineData("ودخلت كتيبة ثوار طرابلس الى الحي", "ORG كتيبة ثوار طرابلس")]
    [InlineData("واشتبكت قوات الردع مع كتيبة ثوار مصراتة", "ORG كتيبة ثوار مصراتة")]
    public void test_a_group_of_a_places_rebels_is_one_organisation(string text, string expected)
    {
        var doc = Docs.Tokenized(text);
        var place = text.Contains("طرابلس") ? "طرابلس" : "مصراتة";
        Assert.Contains(expected, Mentions(Recovered(doc.WithEntity("p1", EntityType.LOC, place, place))));
    }

    [Theory]
    [InlineData("وتوقفت حركة السير 20 دقيقة في الشارع")]                  // no month after the number
    [InlineData("وبلغت حركة 2019 ذروتها في الصيف")]                        // a year, no day
    public void test_a_head_before_a_number_without_a_month_is_no_name(string text) =>
        Assert.DoesNotContain(Mentions(Recovered(Docs.Tokenized(text))), m => m.StartsWith("ORG", StringComparison.Ordinal));

    [Fact]
    public void test_a_protest_organised_by_a_movement_named_after_a_day_is_the_movements()
    {
        var text = "ونظمت حركة 20 فبراير مسيرة في الدار البيضاء شارك فيها نحو الفي شخص";
        var doc = Recovered(Docs.Tokenized(text));
        var e = Assert.Single(new EventStage().Process(doc).Events, x => x.Code.StartsWith("14", StringComparison.Ordinal));
        var source = Assert.Single(doc.Entities, x => x.Id == e.Source?.EntityId);
        Assert.Equal("حركة 20 فبراير", source.Name);
    }

    [Theory]
    [InlineData("وشارك ناشطون من حركة 20 فبراير في الوقفة")]
    [InlineData("ونقل موقع سبتمبر نت عن مصدر عسكري ان القوات تقدمت")]
    public void test_a_date_inside_an_organisations_name_is_no_time(string text) =>
        Assert.Empty(new TimeStage().Process(Recovered(Docs.Tokenized(text, "2021-02-11"))).Times);

    [Fact]
    public void test_a_day_the_tagger_took_into_a_names_end_stays_a_time()
    {
        var text = "وعقد مجلس الامن الثلاثاء جلسة طارئة";
        var doc = Docs.Tokenized(text, "2021-02-11").WithEntity("e1", EntityType.ORG, "مجلس الامن الثلاثاء", "مجلس الامن الثلاثاء");
        var time = Assert.Single(new TimeStage().Process(doc).Times);
        Assert.Equal("الثلاثاء", text[time.Span.Start..time.Span.End]);
    }
}
