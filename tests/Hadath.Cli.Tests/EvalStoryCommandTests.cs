using System.CommandLine;
using System.Text.Json.Nodes;
using Hadath.Cli.Commands;

namespace Hadath.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class EvalStoryCommandTests : IDisposable
{
    private const string Text = "وقال وزير الخارجية الاميركي جون كيري الجمعة ان الوقت ينفد. وقتل 84 شخصا في جنيف.";

    private readonly string _dir = Directory.CreateTempSubdirectory("hadath-eval-story-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static JsonObject Span(string surface, params (string Key, JsonNode? Value)[] fields)
    {
        int at = Text.IndexOf(surface, StringComparison.Ordinal);
        var o = new JsonObject { ["start"] = at, ["end"] = at + surface.Length, ["text"] = surface };
        foreach (var (key, value) in fields) o[key] = value;
        return o;
    }

    private (int Code, string Out) Eval(JsonObject gold, double? baseline = null, string? nerModel = null)
    {
        File.WriteAllText(Path.Combine(_dir, "story.json"), gold.ToJsonString());
        var args = new List<string> { "story", _dir };
        if (nerModel is not null) args.AddRange(["--ner-model", nerModel]);
        if (baseline is { } b)
        {
            File.WriteAllText(Path.Combine(_dir, "metrics.json"), $"{{\"mean_f1\": {b.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}");
            args.AddRange(["--baseline", Path.Combine(_dir, "metrics.json")]);
        }
        var root = new RootCommand { EvalStoryCommand.Create() };
        var output = Console.Out;
        var error = Console.Error;
        using var captured = new StringWriter();
        try
        {
            Console.SetOut(captured);
            Console.SetError(TextWriter.Null);
            return (root.Parse(args.ToArray()).Invoke(), captured.ToString());
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }

    private static JsonObject Gold() => new()
    {
        ["id"] = "t1",
        ["date"] = "2016-07-15",
        ["text"] = Text,
        ["times"] = new JsonArray(Span("الجمعة", ("value", "2016-07-15"))),
        ["counts"] = new JsonArray(Span("84 شخصا", ("kind", "killed"), ("value", 84))),
    };

    [Fact]
    public void test_eval_story_scores_the_layers_annotated_and_skips_metrics_json()
    {
        var (code, output) = Eval(Gold(), baseline: 50);
        Assert.Equal(0, code);
        Assert.Matches(@"\ntimes\s+100\.0\s+100\.0\s+100\.0", output);
        Assert.Matches(@"\ncounts\s+100\.0\s+100\.0\s+100\.0", output);
        Assert.Contains("(1 stories)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void test_eval_story_exits_2_without_scoring_when_the_ner_model_file_is_no_model()
    {
        string model = Path.Combine(_dir, "not-a-model.bin");
        File.WriteAllText(model, "هذا ليس نموذجا");
        var (code, output) = Eval(Gold(), nerModel: model);
        Assert.Equal(2, code);
        Assert.DoesNotContain("mean F1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void test_eval_story_exits_3_below_the_baseline()
    {
        var gold = Gold();
        gold["times"] = new JsonArray(Span("الجمعة", ("value", "2016-07-08")));   // a value no resolver gives
        Assert.Equal(3, Eval(gold, baseline: 100).Code);
    }

    [Fact]
    public void test_eval_story_reports_a_gold_file_whose_offsets_do_not_match()
    {
        var gold = Gold();
        gold["times"] = new JsonArray(new JsonObject { ["start"] = 0, ["end"] = 4, ["text"] = "الجمعة", ["value"] = "2016-07-15" });
        Assert.Equal(1, Eval(gold).Code);
    }

    [Fact]
    public void test_eval_story_scores_the_ner_model_given_instead_of_the_embedded_one()
    {
        var gold = Gold();
        gold["entities"] = new JsonArray(
            new JsonObject { ["id"] = "e1", ["type"] = "PER", ["mentions"] = new JsonArray(Span("جون كيري")) },
            new JsonObject { ["id"] = "e2", ["type"] = "LOC", ["mentions"] = new JsonArray(Span("جنيف")) });
        // A model that has only ever seen sentences without names tags none.
        var blind = Hadath.Entities.Training.NerTrainer.Train(
            [[new(["قال", "الوزير", "في", "المدينة"], []), new(["وصل", "الوفد", "الى", "العاصمة"], [])]],
            Hadath.Entities.Lexicon.WordLexicon.Empty, new Hadath.Entities.Training.NerTrainingOptions { Epochs = 2, Folds = 2 }, null, TextWriter.Null);
        string path = Path.Combine(_dir, "blind.bin");
        blind.Save(path);
        var (code, shipped) = Eval(gold);
        var (blindCode, withBlind) = Eval(gold, nerModel: path);
        Assert.Equal((0, 0), (code, blindCode));
        Assert.Matches(@"\nmentions\s+100\.0\s+100\.0\s+100\.0", shipped);
        Assert.DoesNotMatch(@"\nmentions\s+100\.0\s+100\.0\s+100\.0", withBlind);
    }
}
