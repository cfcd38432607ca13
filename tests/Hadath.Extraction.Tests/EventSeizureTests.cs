using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Quotes;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Territory taken by force (CAMEO 192, occupy territory): a past سيطر/استولى with a town, a base or a position after على.
/// The seizer is the source and the place taken the target. Control of a fire, a match or a situation, a present state
/// (يسيطر … منذ), history and a denied seizure are no events. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventSeizureTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new QuoteStage().Process(new TimeStage().Process(doc))).Events;

    [Fact]
    public void test_a_group_that_took_a_town_is_the_source_and_the_town_the_target()
    {
        var text = "وسيطر مسلحو تنظيم داعش يوم الجمعة على بلدة البغدادي غربي الانبار بعد معارك مع القوات العراقية";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "تنظيم داعش"), ("e2", EntityType.LOC, "البغدادي"),
            ("e3", EntityType.LOC, "الانبار"), ("e4", EntityType.ORG, "القوات العراقية"));
        var e = Assert.Single(Events(doc), x => x.Code == "192");
        Assert.Equal("سيطر", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واستولى المسلحون على مقر قيادة الشرطة في المدينة")]
    [InlineData("وقال مصدر امني ان عناصر التنظيم استولوا على ثلاث قرى شمال المدينة")]
    [InlineData("وسيطرت قوات المعارضة امس على معسكر للجيش قرب الحدود")]
    [InlineData("واستولت الجماعة المسلحة على مطار المدينة بعد انسحاب الجنود")]
    [InlineData("واستعادت القوات الحكومية السيطرة على حي الضباط بعد معارك")]        // ground taken back
    [InlineData("وسيطر مسلحو التنظيم على المجمع الحكومي وسط المدينة")]              // a compound, a dam, a crossing, parts of a town
    [InlineData("واستولى المقاتلون على سد الموصل بعد انسحاب الحراس")]
    [InlineData("وسيطرت الفصائل على معبر حدودي مع تركيا")]
    [InlineData("وسيطر المسلحون على اجزاء من الحي الشرقي")]
    public void test_a_base_a_position_or_villages_taken_are_a_seizure(string text) =>
        Assert.Equal("192", Assert.Single(Events(Docs.WithNamed(text)), x => x.Code == "192").Code);

    [Fact]
    public void test_ground_its_takers_managed_to_take_is_a_seizure_by_them()
    {
        var text = "وتمكن مسلحو تنظيم داعش من السيطرة على منطقة الملعب بعد معارك عنيفة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "تنظيم داعش"), ("e2", EntityType.LOC, "الملعب"));
        var e = Assert.Single(Events(doc), x => x.Code == "192");
        Assert.Equal("السيطرة", text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وتمكنت فرق الدفاع المدني من السيطرة على الحريق")]        // a fire
    [InlineData("وتهدف العملية الى السيطرة على المدينة")]                  // an aim
    [InlineData("وتمكنت القوات من صد الهجوم ومنع المسلحين من السيطرة على الحي")]   // prevented
    public void test_control_managed_of_a_fire_aimed_at_or_prevented_is_no_seizure(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text)), x => x.Code == "192");

    [Fact]
    public void test_a_named_town_taken_is_the_target()
    {
        var text = "وسيطرت القوات الحكومية على الرمادي بعد ثلاثة ايام من المعارك";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "القوات الحكومية"), ("e2", EntityType.LOC, "الرمادي"));
        var e = Assert.Single(Events(doc), x => x.Code == "192");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وسيطر رجال الاطفاء على الحريق بعد ساعتين")]
    [InlineData("وسيطر الرئيس تدريجيا على مناطق البلاد عبر تعيين حكام موالين له", "الرئيس")]   // a person, by politics                        // a fire brought under control
    [InlineData("وسيطر الفريق على مجريات المباراة في الشوط الاول")]                  // a match
    [InlineData("وتمكنت الشرطة من السيطرة على الوضع")]                              // the verbal noun, a situation
    [InlineData("ويسيطر التنظيم على المدينة منذ عام 2014")]                         // a present state
    [InlineData("ونفى المتحدث ان يكون المسلحون سيطروا على اي قرية في القضاء")]        // denied
    [InlineData("وكان التنظيم قد سيطر على المدينة في حزيران 2014")]                  // history
    [InlineData("وقال المتحدث ان \"قواتنا استعادت السيطرة الكاملة على البلدة بعد معارك\"")]   // a side's claim in its own words
    public void test_control_of_a_fire_a_match_a_state_history_or_a_denial_is_no_seizure(string text, string? person = null) =>
        Assert.DoesNotContain(Events(person is null ? Docs.WithNamed(text) : Docs.WithNamed(text, ("e1", EntityType.PER, person))), x => x.Code == "192");
}
