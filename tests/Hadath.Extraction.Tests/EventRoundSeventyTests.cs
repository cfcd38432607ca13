using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy's event pass (the blind ev63- stories: a tanker seized in the Strait of Hormuz, an ambassador expelled
/// from Niamey, a drone strike in south Lebanon). A day set off by commas and told from a part of the day (، بعد ظهر
/// اليوم،, ، قبل ظهر امس،) does not end the clause, as a bare day aside does not: a verb's object is found past it
/// (واستدعت الوزارة، بعد ظهر اليوم، السفير). Whose bidding an act was done at, set off by commas (، بطلب من رئيس الحكومة،,
/// ، بتوجيه من الوزير،), does not end the clause either, as a backer set off so does not (تقدم لبنان، بطلب من سلام، بشكوى).
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSeventyTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Bodies =
    [
        ("e1", EntityType.ORG, "وزارة الخارجية المصرية", "EGYGOV"), ("e2", EntityType.ORG, "وزارة الخزانة الاميركية", "USAGOV"),
        ("e3", EntityType.ORG, "وزارة الخارجية الجزائرية", "DZAGOV"), ("e4", EntityType.LOC, "لبنان", "LBN"),
        ("e5", EntityType.PER, "نواف سلام", "LBNGOV"), ("e6", EntityType.ORG, "مجلس الامن الدولي", "IGOUNO"),
        ("e7", EntityType.LOC, "اسرائيل", "ISR"), ("e8", EntityType.ORG, "وزارة الخارجية اللبنانية", "LBNGOV"),
    ];

    [Theory]
    // a day told from a part of the day, set off by commas, between the subject and the pattern's object
    [InlineData("واستدعت وزارة الخارجية المصرية، بعد ظهر اليوم، السفير التركي في القاهرة", "استدعت", "111", "e1")]
    [InlineData("وفرضت وزارة الخزانة الاميركية، بعد ظهر الثلاثاء، عقوبات جديدة على ثلاث شركات", "فرضت", "163", "e2")]
    [InlineData("وطردت وزارة الخارجية الجزائرية، قبل ظهر امس، السفير المالي", "طردت", "161", "e3")]
    public void test_a_day_told_from_a_part_of_the_day_set_off_by_commas_does_not_end_the_clause(string text, string trigger, string code, string source)
    {
        var e = Assert.Single(Events(Named(text, Bodies)), e => e.Code == code);
        Assert.EndsWith(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // whose bidding the act was done at, set off by commas, between the subject and the pattern's object
    [InlineData("وتقدم لبنان، بطلب من نواف سلام، بشكوى الى مجلس الامن الدولي ضد اسرائيل", "تقدم", "114", "e4")]
    [InlineData("وتقدمت وزارة الخارجية اللبنانية، بتوجيه من نواف سلام، بشكوى عاجلة الى مجلس الامن الدولي", "تقدمت", "114", "e8")]
    [InlineData("واستدعت وزارة الخارجية المصرية، بتكليف من الرئيس، السفير الاسرائيلي", "استدعت", "111", "e1")]
    public void test_whose_bidding_an_act_was_done_at_set_off_by_commas_does_not_end_the_clause(string text, string trigger, string code, string source)
    {
        var e = Assert.Single(Events(Named(text, Bodies)), e => e.Code == code);
        Assert.EndsWith(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.NotEqual("e5", e.Target?.EntityId);
    }

    [Theory]
    // guard: a full stop after the aside ends the clause; a time before قبل that is no part of the day opens no day aside
    [InlineData("واستدعت وزارة الخارجية المصرية، بعد ظهر اليوم. واكد السفير التركي ان العلاقات جيدة", "111")]
    [InlineData("واستدعت وزارة الخارجية المصرية، قبل عامين، السفير التركي", "111")]
    // guard: a bidding told without commas before a verb's object is no aside (the request is the news)
    [InlineData("ورفض لبنان الطلب، بطلب من نواف سلام. بشكوى لم تقدم بعد", "114")]
    public void test_an_aside_that_ends_the_clause_or_tells_no_day_keeps_the_object_out_of_reach(string text, string code)
    {
        Assert.DoesNotContain(Events(Named(text, Bodies)), e => e.Code == code);
    }
}
