using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>Events from the compiled CAMEO verb table (models/events/cameo-verbs.tsv); sentences written for these tests.</summary>
public sealed class CameoVerbTests
{
    [Theory]
    // among patterns as specific, Hadath's own row wins over the dictionary's, whatever other rows the table holds
    // (List.Sort is unstable: one row less elsewhere had reordered the ties of a form)
    [InlineData(false)]
    [InlineData(true)]
    public void test_an_own_pattern_wins_a_tie_whatever_else_the_table_holds(bool extraRows)
    {
        var rows = new List<string> { "@1\tقدمت قدموا", "@2\tقدم قدمت" };
        if (extraRows) rows.AddRange(Enumerable.Range(0, 9).Select(n => $"ar05:9{n}\t139\t@1\tكلمه{n}"));
        rows.Add("ar05:970\t073\t@1\tمساعده");
        if (extraRows) rows.Add("ar05:3552\t139\t@1\tساعه");
        rows.Add("own:قدم+مساعدات\t073\t@2\tمساعدات");
        var table = new CameoVerbTable(new StringReader(string.Join('\n', rows)));
        const string text = "وقالت الجمعية ان فرقها قدمت مساعدات طبية للجرحى";
        var hit = Assert.Single(table.Find(text, Hadath.Extraction.Text.WordScanner.ScanAlone(text)));
        Assert.Equal("own:قدم+مساعدات", hit.Pattern.Id);
    }

    private const string Meeting = "التقى وزير الخارجية الاميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف الجمعة";

    /// <summary>The text with two people carrying actor codes (and جنيف as a place when it is there).</summary>
    private static AnalyzedDocument WithActors(string text, string first, string firstActor, string second, string secondActor)
    {
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, first, first)
            .WithEntity("e2", EntityType.PER, second, second);
        if (text.Contains("جنيف", StringComparison.Ordinal)) doc = doc.WithEntity("e3", EntityType.LOC, "جنيف", "جنيف");
        var actors = new Dictionary<string, string> { ["e1"] = firstActor, ["e2"] = secondActor };
        return doc.WithEntities(doc.Entities.Select(e => actors.TryGetValue(e.Id, out var a) ? e with { Actor = a } : e).ToImmutableArray());
    }

    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Fact]
    public void test_cameo_verbs_meeting_is_consult_from_source_to_target()
    {
        var e = Assert.Single(Events(WithActors(Meeting, "جون كيري", "USAGOV", "سيرغي لافروف", "RUSGOV")));
        Assert.Equal("التقى", Meeting[e.Start..e.End]);
        Assert.Equal((0, 5), (e.Start, e.End));
        Assert.Equal("040", e.Code);
        Assert.Equal("CONSULT", e.Plover);
        Assert.Equal(1, e.Quad);
        Assert.Equal("USAGOV", e.Source!.Actor);
        Assert.Equal("RUSGOV", e.Target!.Actor);
        Assert.Equal("e3", e.PlaceId);
        Assert.Equal("2016-07-15", new EventStage().Process(new Hadath.Extraction.Times.TimeStage().Process(WithActors(Meeting, "جون كيري", "USAGOV", "سيرغي لافروف", "RUSGOV"))).Events[0].Time);
        Assert.Equal("cameo-dict:own:التقي", e.Rule);
    }

    [Theory]
    [InlineData("ندد الرئيس الفرنسي فرانسوا هولاند بتصريحات الرئيس السوري بشار الاسد", "ندد", "111", "ACCUSE")]
    [InlineData("وندد الرئيس الفرنسي فرانسوا هولاند بتصريحات الرئيس السوري بشار الاسد", "ندد", "111", "ACCUSE")]
    [InlineData("فرانسوا هولاند ندد بتصريحات بشار الاسد امس", "ندد", "111", "ACCUSE")]
    [InlineData("واتهمت فرنسا على لسان فرانسوا هولاند الرئيس بشار الاسد بعرقلة الحل", "اتهمت", "112", "ACCUSE")]
    [InlineData("واستقبل فرانسوا هولاند في قصر الاليزيه الرئيس بشار الاسد", "استقبل", "043", "CONSULT")]
    // a welcome (رحب) is no event (round forty-five); praise still is
    [InlineData("واشاد فرانسوا هولاند بزيارة بشار الاسد", "اشاد", "051", "SUPPORT")]
    [InlineData("ووقع فرانسوا هولاند وبشار الاسد اتفاقا للتعاون الاقتصادي", "وقع", "057", "SUPPORT")]
    public void test_cameo_verbs_code_trigger_and_actors(string text, string trigger, string code, string plover)
    {
        var e = Assert.Single(Events(WithActors(text, "فرانسوا هولاند", "FRAGOV", "بشار الاسد", "SYRGOV")));
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(code, e.Code);
        Assert.Equal(plover, e.Plover);
        Assert.Equal("FRAGOV", e.Source!.Actor);
        Assert.Equal("SYRGOV", e.Target!.Actor);
        Assert.StartsWith("cameo-dict:", e.Rule);
    }

    [Theory]
    [InlineData("لم يلتق وزير الخارجية الاميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف")] // negated (jussive)
    [InlineData("ما التقى وزير الخارجية الاميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف")] // negated
    [InlineData("قد يلتقي وزير الخارجية الاميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف")] // a possibility
    [InlineData("ونفى جون كيري انه التقى سيرغي لافروف في جنيف")]                               // denied
    [InlineData("اذا التقى جون كيري سيرغي لافروف في جنيف فسيبحثان الهدنة")]                    // hypothetical
    [InlineData("وسيلتقي وزير الخارجية الاميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف")] // future: not yet an event
    [InlineData("وتحدث جون كيري عن رفض سيرغي لافروف للخطة")]                                   // رفض after عن is the verbal noun
    public void test_cameo_verbs_negated_possible_denied_and_future_meetings_are_left_out(string text) =>
        Assert.Empty(Events(WithActors(text, "جون كيري", "USAGOV", "سيرغي لافروف", "RUSGOV")));

    [Fact]
    public void test_cameo_verbs_need_an_actor_code()
    {
        var text = "والتقى الصديقان احمد وسامي في المقهى";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "احمد", "احمد").WithEntity("e2", EntityType.PER, "سامي", "سامي");
        Assert.Empty(Events(doc));
        Assert.Empty(Events(Docs.Tokenized(Meeting)));
    }

    [Fact]
    public void test_cameo_verbs_a_verb_read_with_the_article_or_a_preposition_is_a_noun()
    {
        // ليلتقي is "in order to meet": a plan, not a meeting; الاستقبال is the noun.
        var text = "ووصل جون كيري الى جنيف ليلتقي سيرغي لافروف بعد الاستقبال";
        var e = Assert.Single(Events(WithActors(text, "جون كيري", "USAGOV", "سيرغي لافروف", "RUSGOV")));
        Assert.Equal(("وصل", "042", "e3"), (text[e.Start..e.End], e.Code, e.Target?.EntityId));   // the visit to جنيف only
    }

    [Fact]
    public void test_cameo_verbs_one_record_per_code_source_and_target()
    {
        var text = "والتقى جون كيري سيرغي لافروف واجتمع جون كيري مع سيرغي لافروف";
        var events = Events(WithActors(text, "جون كيري", "USAGOV", "سيرغي لافروف", "RUSGOV"));
        Assert.Single(events);
    }

    [Fact]
    public void test_cameo_verbs_never_code_assault_or_protest()
    {
        var table = CameoVerbTable.Shared;
        Assert.True(table.FormCount > 500);
        foreach (var text in new[] { "وهاجم جون كيري سيرغي لافروف بشدة", "وتظاهر جون كيري امام سيرغي لافروف", "واطلق جون كيري سراح سيرغي لافروف" })
        {
            var events = Events(WithActors(text, "جون كيري", "USAGOV", "سيرغي لافروف", "RUSGOV"));
            Assert.DoesNotContain(events, e => e.Plover is "ASSAULT" or "PROTEST" && e.Rule.StartsWith("cameo-dict:", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("ندد", "ندد نددت نددوا نددا يندد تندد ينددون")]
    [InlineData("التقى", "التقي التقت التقوا يلتقي تلتقي")]
    [InlineData("أعلن", "اعلن اعلنت اعلنوا اعلنا يعلن تعلن يعلنون")]
    [InlineData("زار", "زار زارت زاروا زارا")]
    [InlineData("زار زارت", "زار زارت")]
    public void test_cameo_verbs_forms_are_expanded_from_the_dictionary_form(string verb, string forms) =>
        Assert.Equal(forms, string.Join(' ', CameoVerbCompiler.Forms(verb)));
}
