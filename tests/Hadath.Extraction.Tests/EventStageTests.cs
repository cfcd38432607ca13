using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

public sealed class EventStageTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    private static IReadOnlyList<Event> Events(string text) => Events(Docs.Tokenized(text));

    [Theory]
    [InlineData("واغتال مسلحون مجهولون قاضيا في المدينة", "اغتال", "186", "ASSAULT")]
    [InlineData("وخطفوا ثلاثة صحافيين", "خطفوا", "181", "ASSAULT")]
    [InlineData("وفجر نفسه قرب حاجز", "فجر نفسه", "1831", "ASSAULT")]
    [InlineData("انفجرت سيارة قرب السوق", "انفجرت", "183", "ASSAULT")]
    [InlineData("تظاهر الاف الاشخاص امس في العاصمة", "تظاهر", "141", "PROTEST")]
    [InlineData("وتجمع نحو مئة متظاهر امام السفارة", "تجمع", "141", "PROTEST")]
    [InlineData("وقاطع التجار الاسواق احتجاجا على الاجور", "احتجاجا على", "140", "PROTEST")]
    public void test_events_triggers_code_and_plover(string text, string trigger, string code, string plover)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(code, e.Code);
        Assert.Equal(plover, e.Plover);
        Assert.Equal(4, e.Quad);
        Assert.True(e.Goldstein < 0);
        Assert.StartsWith("trigger:", e.Rule);
    }

    [Fact]
    public void test_events_attack_noun_needs_its_toll()
    {
        Assert.Empty(Events("وتحدث الوزير عن الهجوم في خطابه"));
        var text = "وتحدثوا عن مقتل عشرة اشخاص في هجوم";
        var e = Assert.Single(Events(text));
        Assert.Equal("هجوم", text[e.Start..e.End]);
        Assert.Equal("trigger:هجوم+casualty:مقتل", e.Rule);
    }

    [Fact]
    public void test_events_protest_verb_needs_a_crowd()
    {
        Assert.Empty(Events("وتجمع الادلة على تورطه"));
        Assert.Single(Events("تظاهر مئات الطلاب"));
    }

    [Theory]
    [InlineData("لم يقتلوا احدا ولم يخطفوا")]          // no trigger form here at all
    [InlineData("ونفى الجيش انه قصفت طائراته القرية")]   // denied
    [InlineData("لم قتلوا")]                           // negated
    [InlineData("اذا هاجموا المدينة فسيرد الجيش")]      // hypothetical
    [InlineData("الهجوم الذي استهدف الفندق العام الماضي")] // background in a relative clause
    public void test_events_negated_hypothetical_denied_and_background_actions_are_left_out(string text) =>
        Assert.Empty(Events(text));

    [Fact]
    public void test_events_one_record_per_type_in_a_sentence()
    {
        var events = Events("قتلوا عشرة اشخاص في هجوم انتحاري بسيارة مفخخة");
        Assert.Single(events);
    }

    [Fact]
    public void test_events_source_target_place_and_time_from_the_sentence()
    {
        var text = "واغتال مسلحو طالبان المحافظ في قندهار الجمعة.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.ORG, "طالبان", "طالبان")
            .WithEntity("e2", EntityType.LOC, "قندهار", "قندهار");
        doc = doc.WithEntities(doc.Entities.Select(e => e.Id == "e1" ? e with { Actor = "AFGINS" } : e).ToImmutableArray());
        doc = new Hadath.Extraction.Times.TimeStage().Process(doc);
        // مسلحو طالبان is the subject after the verb: the Taliban assassinated; المحافظ is no entity, so he is the
        // target by his words.
        var e = Assert.Single(Events(doc));
        Assert.Equal("e1", e.Source!.EntityId);
        Assert.Equal("AFGINS", e.Source.Actor);
        Assert.Null(e.Target!.EntityId);
        Assert.Equal("المحافظ", Docs.ArgumentWords(text, e.Target));
        Assert.Equal("e2", e.PlaceId);
        Assert.Equal("2016-07-15", e.Time);
    }

    [Fact]
    public void test_events_source_is_the_entity_before_the_trigger()
    {
        var text = "وقالت الشرطة ان طالبان خطفوا المهندس الروسي";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "طالبان", "طالبان");
        Assert.Equal("e1", Assert.Single(Events(doc)).Source!.EntityId);
    }

    [Fact]
    public void test_events_cameo_table_falls_back_to_the_parent_code()
    {
        var codes = CameoCodes.Shared;
        Assert.Equal("ASSAULT", codes.Lookup("1832").Plover);
        Assert.Equal(-10.0, codes.Lookup("1832").Goldstein);
        Assert.Equal("PROTEST", codes.Lookup("141").Plover);
        Assert.Equal(1, CameoCodes.QuadClass("042"));
        Assert.Equal(3, CameoCodes.QuadClass("112"));
    }
}
