using System.Text.Json.Nodes;
using Hadath.Extraction.Evaluation;

namespace Hadath.Extraction.Tests;

public sealed class StoryScorerTests
{
    private const string Text = "وقال جون كيري ان الوقت ينفد. واضاف كيري ان المحادثات ستستأنف الجمعة. وقتل 84 شخصا في جنيف.";

    private static JsonObject Mention(string surface, int nth = 0)
    {
        var span = Docs.Find(Text, surface, nth);
        return new JsonObject { ["start"] = span.Start, ["end"] = span.End, ["text"] = surface };
    }

    private static JsonObject Entity(string id, string type, params JsonObject[] mentions) =>
        new() { ["id"] = id, ["type"] = type, ["mentions"] = new JsonArray(mentions) };

    private static JsonObject Spanned(string surface, params (string Key, JsonNode? Value)[] fields)
    {
        var o = Mention(surface);
        foreach (var (key, value) in fields) o[key] = value;
        return o;
    }

    private static JsonObject Gold() => new()
    {
        ["text"] = Text,
        ["entities"] = new JsonArray(
            Entity("e1", "PER", Mention("جون كيري"), Mention("كيري", 1)),
            Entity("e2", "LOC", Mention("جنيف"))),
        ["quotes"] = new JsonArray(
            Spanned("ان الوقت ينفد", ("speaker", "e1"), ("speaker_text", "جون كيري")),
            Spanned("ان المحادثات ستستأنف الجمعة", ("speaker", "e1"), ("speaker_text", "كيري"))),
        ["counts"] = new JsonArray(Spanned("84 شخصا", ("kind", "killed"), ("value", 84))),
        ["times"] = new JsonArray(Spanned("الجمعة", ("value", "2016-07-15"))),
    };

    private static Dictionary<string, LayerTally> Score(JsonObject gold, JsonObject predicted)
    {
        var scorer = new StoryScorer();
        return scorer.Add(StoryAnnotation.Parse(gold), StoryAnnotation.Parse(predicted, Text));
    }

    [Fact]
    public void test_scorer_identical_story_scores_one_everywhere()
    {
        var story = Score(Gold(), Gold());
        foreach (var layer in new[] { "mentions", "coref B3", "coref MUC", "quotes (span)", "quotes+speaker", "counts", "times" })
        {
            Assert.Equal(1.0, story[layer].F1, 6);
        }
        Assert.True(story["events"].IsEmpty);   // not annotated: not scored
    }

    [Fact]
    public void test_scorer_split_entity_costs_coref_recall_not_mentions()
    {
        var predicted = Gold();
        predicted["entities"] = new JsonArray(
            Entity("p1", "PER", Mention("جون كيري")), Entity("p2", "PER", Mention("كيري", 1)), Entity("p3", "LOC", Mention("جنيف")));
        var story = Score(Gold(), predicted);
        Assert.Equal(1.0, story["mentions"].F1, 6);
        // B³ recall: كيري mentions 1/2 each, جنيف 1 → (0.5 + 0.5 + 1) / 3; precision stays 1.
        Assert.Equal(2.0 / 3, story["coref B3"].Recall, 6);
        Assert.Equal(1.0, story["coref B3"].Precision, 6);
        Assert.Equal(0.0, story["coref MUC"].Recall, 6);
    }

    [Fact]
    public void test_scorer_missed_title_mention_counts_as_a_singleton()
    {
        var predicted = Gold();
        predicted["entities"] = new JsonArray(Entity("p1", "PER", Mention("جون كيري")), Entity("p2", "LOC", Mention("جنيف")));
        var story = Score(Gold(), predicted);
        Assert.Equal(2.0 / 3, story["mentions"].Recall, 6);
        Assert.Equal(2.0 / 3, story["coref B3"].Recall, 6);
    }

    [Fact]
    public void test_scorer_speaker_must_denote_the_gold_entity()
    {
        var predicted = Gold();
        predicted["entities"] = new JsonArray(Entity("x7", "PER", Mention("جون كيري"), Mention("كيري", 1)), Entity("x8", "LOC", Mention("جنيف")));
        predicted["quotes"] = new JsonArray(
            Spanned("الوقت ينفد", ("speaker", "x7")),           // overlapping span, speaker id differs but denotes e1
            Spanned("ان المحادثات ستستأنف", ("speaker", "x8")));  // wrong speaker
        var story = Score(Gold(), predicted);
        Assert.Equal(1.0, story["quotes (span)"].F1, 6);
        Assert.Equal(0.5, story["quotes+speaker"].F1, 6);
    }

    [Theory]
    [InlineData("مسؤول اميركي", "مسؤول", true)]
    [InlineData("مسؤول", "مسؤول اميركي رفيع", true)]
    [InlineData("مسؤول اميركي", "مصدر", false)]
    public void test_scorer_unnamed_speakers_match_by_their_words(string gold, string predicted, bool right)
    {
        var g = Gold();
        g["quotes"] = new JsonArray(Spanned("ان الوقت ينفد", ("speaker", null), ("speaker_text", gold)));
        var p = Gold();
        p["quotes"] = new JsonArray(Spanned("ان الوقت ينفد", ("speaker", null), ("speaker_text", predicted)));
        Assert.Equal(right ? 1.0 : 0.0, Score(g, p)["quotes+speaker"].F1, 6);
    }

    [Fact]
    public void test_scorer_count_needs_same_kind_and_value_and_time_same_span_and_value()
    {
        var predicted = Gold();
        predicted["counts"] = new JsonArray(Spanned("قتل 84 شخصا", ("kind", "killed"), ("value", 85)));
        predicted["times"] = new JsonArray(Spanned("الجمعة", ("value", "2016-07-08")));
        var story = Score(Gold(), predicted);
        Assert.Equal(0.0, story["counts"].F1, 6);
        Assert.Equal(1.0, story["times (span)"].F1, 6);
        Assert.Equal(0.0, story["times"].F1, 6);
    }

    [Fact]
    public void test_scorer_events_match_on_root_and_arguments_in_the_sentence()
    {
        var gold = Gold();
        gold["events"] = new JsonArray(Spanned("وقتل", ("code", "180"), ("source", null), ("target", new JsonObject { ["entity"] = "e2" })));
        var predicted = Gold();
        predicted["sentences"] = new JsonArray(
            new JsonObject { ["start"] = 0, ["end"] = Text.IndexOf("واضاف", StringComparison.Ordinal) },
            new JsonObject { ["start"] = Text.IndexOf("واضاف", StringComparison.Ordinal), ["end"] = Text.IndexOf("وقتل", StringComparison.Ordinal) },
            new JsonObject { ["start"] = Text.IndexOf("وقتل", StringComparison.Ordinal), ["end"] = Text.Length });
        predicted["events"] = new JsonArray(Spanned("شخصا", ("code", "183"), ("source", null), ("target", new JsonObject { ["entity"] = "e2" })));
        Assert.Equal(1.0, Score(gold, predicted)["events"].F1, 6);
        predicted["events"] = new JsonArray(Spanned("شخصا", ("code", "190"), ("source", null), ("target", new JsonObject { ["entity"] = "e2" })));
        Assert.Equal(0.0, Score(gold, predicted)["events"].F1, 6);
    }

    [Fact]
    public void test_scorer_events_action_layer_ignores_the_sides_but_not_the_root()
    {
        var gold = Gold();
        gold["events"] = new JsonArray(Spanned("وقتل", ("code", "180"), ("source", null), ("target", new JsonObject { ["entity"] = "e2" })));
        var predicted = Gold();
        predicted["events"] = new JsonArray(Spanned("وقتل", ("code", "183"), ("source", new JsonObject { ["entity"] = "e1" }), ("target", null)));
        var story = Score(gold, predicted);
        Assert.Equal(0.0, story["events"].F1, 6);
        Assert.Equal(1.0, story["events (action)"].F1, 6);
        predicted["events"] = new JsonArray(Spanned("وقتل", ("code", "190"), ("source", null), ("target", new JsonObject { ["entity"] = "e2" })));
        Assert.Equal(0.0, Score(gold, predicted)["events (action)"].F1, 6);
    }

    [Theory]
    [InlineData("جنيف", "e2")]          // an unnamed target whose words overlap a gold mention denotes its entity
    [InlineData("شخصا", null)]          // one that overlaps no gold mention denotes nothing: right where gold has null
    public void test_scorer_an_unnamed_argument_denotes_the_gold_entity_its_span_overlaps(string words, string? goldTarget)
    {
        var gold = Gold();
        gold["events"] = new JsonArray(Spanned("وقتل", ("code", "180"), ("source", null),
            ("target", goldTarget is null ? null : new JsonObject { ["entity"] = goldTarget })));
        var predicted = Gold();
        var span = Docs.Find(Text, words);
        predicted["events"] = new JsonArray(Spanned("وقتل", ("code", "180"), ("source", null),
            ("target", new JsonObject { ["entity"] = null, ["actor"] = null, ["start"] = span.Start, ["end"] = span.End, ["text"] = words })));
        Assert.Equal(1.0, Score(gold, predicted)["events"].F1, 6);
        gold["events"]![0]!["target"] = new JsonObject { ["entity"] = "e1" };
        Assert.Equal(0.0, Score(gold, predicted)["events"].F1, 6);
    }

    [Theory]
    [InlineData("{\"entities\": []}", "text")]
    [InlineData("{\"text\": \"abc\", \"times\": [{\"start\": 0, \"end\": 9, \"value\": \"2016\"}]}", "outside the text")]
    [InlineData("{\"text\": \"abc\", \"times\": [{\"start\": 0, \"end\": 2, \"text\": \"bc\", \"value\": \"2016\"}]}", "holds \"ab\"")]
    [InlineData("{\"text\": \"abc\", \"counts\": [{\"start\": 0, \"end\": 2, \"kind\": \"killed\"}]}", "missing \"value\"")]
    public void test_scorer_bad_gold_is_a_clear_error(string json, string message)
    {
        var ex = Assert.Throws<FormatException>(() => StoryAnnotation.Parse(JsonNode.Parse(json)!.AsObject()));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Every shipped gold story parses: its offsets match its text (the annotation is checked, not trusted).</summary>
    public static TheoryData<string> GoldStories()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "StoryGold"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file) != "metrics.json") data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldStories))]
    public void test_scorer_gold_story_is_consistent(string path)
    {
        var story = StoryAnnotation.Parse(JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path)))!.AsObject());
        // A story may annotate some layers only (the ev12- refugee story: counts alone), but at least one.
        Assert.True(story.Entities is not null || story.Counts is not null || story.Events is not null, "no layer annotated");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", story.Date ?? "");
        int words = story.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        // the three older goldens are short; the new stories 150–300, the ev35- ones (15–25 sentences) up to 380
        Assert.InRange(words, 50, 400);
        var entities = story.Entities ?? [];
        var ids = entities.Select(e => e.Id).ToHashSet();
        Assert.All(story.Quotes ?? [], q => Assert.True(q.Speaker is null || ids.Contains(q.Speaker), $"unknown speaker {q.Speaker}"));
        var mentions = entities.SelectMany(e => e.Mentions).OrderBy(m => m.Start).ToList();
        for (int k = 1; k < mentions.Count; k++) Assert.False(mentions[k - 1].Overlaps(mentions[k]), $"mentions overlap at {mentions[k].Start}");
    }
}
