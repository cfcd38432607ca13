using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hadath.Core;
using Hadath.Core.Input;
using Hadath.Core.Json;
using Hadath.Extraction.Evaluation;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath eval story GOLD…</c>: runs the analyze pipeline on each hand-annotated story (a JSON file in the
/// analyze contract that carries its <c>text</c>; a folder means every <c>*.json</c> under it) and prints per-layer
/// P/R/F1 (micro over stories, and the macro mean of per-story F1) for mentions, coreference (B³, MUC), quotes
/// with speaker, counts, times and events, then the mean F1 of the headline layers. With <c>--baseline</c> it is a
/// regression guard on that mean. Annotation rules: tests/Hadath.Extraction.Tests/StoryGold/README.md.
/// </summary>
internal static class EvalStoryCommand
{
    public static Command Create()
    {
        var gold = new Argument<string[]>("GOLD") { Description = "Gold story files (.json) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "metrics.json with mean_f1; exit 3 when the mean F1 falls more than 0.5 below it.",
        };
        var errors = new Option<bool>("--errors") { Description = "Print every miss, false alarm and wrong speaker to stderr." };
        var nerModel = CommonOptions.NerModel();
        var command = new Command("story", "Score the whole pipeline on hand-annotated stories: mentions, coreference, quotes+speaker, counts, times, events.")
        {
            gold, baseline, errors, nerModel,
        };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(baseline), parse.GetValue(errors), parse.GetValue(nerModel)));
        return command;
    }

    private static int Run(string[] paths, string? baselinePath, bool errors, string? nerModel)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // metrics.json beside the stories is the --baseline, not a story.
                files.AddRange(Directory.GetFiles(path, "*.json", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "metrics.json").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path)) files.Add(path);
            else
            {
                Console.Error.WriteLine($"hadath eval story: {path}: no such file or folder");
                return 2;
            }
        }
        if (files.Count == 0)
        {
            Console.Error.WriteLine("hadath eval story: no gold stories (*.json) found");
            return 2;
        }

        if (HadathPipeline.TryCreate(nerModel, "eval story") is not { } pipeline) return 2;
        var scorer = new StoryScorer();
        bool failed = false;
        string[] shown = StoryScorer.HeadlineLayers;
        Console.WriteLine($"{"story",-40}" + string.Concat(shown.Select(l => $"{l,15}")));
        foreach (var file in files)
        {
            StoryAnnotation goldStory;
            try
            {
                var json = JsonNode.Parse(File.ReadAllText(file)) as JsonObject ?? throw new FormatException("not a JSON object");
                goldStory = StoryAnnotation.Parse(json);
                goldStory = goldStory with { Id = goldStory.Id ?? Path.GetFileNameWithoutExtension(file) };
            }
            catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException or IOException)
            {
                Console.Error.WriteLine($"{file}: {ex.Message}");
                failed = true;
                continue;
            }
            var metadata = new DocumentMetadata
            {
                Id = goldStory.Id,
                Date = DateParsing.TryParse(goldStory.Date, out var date) ? date : null,
            };
            var doc = pipeline.Analyze(goldStory.Text, metadata);
            var predicted = StoryAnnotation.Parse(JsonNode.Parse(AnalyzedDocumentJson.Serialize(doc))!.AsObject(), goldStory.Text);
            var story = scorer.Add(goldStory, predicted);
            Console.WriteLine($"{Path.GetFileNameWithoutExtension(file),-40}" + string.Concat(shown.Select(l => $"{Cell(story[l]),15}")));
        }
        if (errors)
        {
            foreach (var line in scorer.Errors) Console.Error.WriteLine(line);
        }

        Console.WriteLine();
        Console.WriteLine($"{"layer",-16}{"P",7}{"R",7}{"F1",7}{"macro F1",10}   (predicted / gold)");
        foreach (var name in StoryScorer.LayerNames)
        {
            var t = scorer.Layers[name];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-16}{100 * t.Precision,7:F1}{100 * t.Recall,7:F1}{100 * t.F1,7:F1}{100 * t.MacroF1,10:F1}   ({t.Predicted:0.#} / {t.Gold:0.#})"));
        }
        double mean = 100 * scorer.MeanF1;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean F1 {mean:F1} over {string.Join(", ", StoryScorer.HeadlineLayers)} ({files.Count} stories)"));
        int guard = BaselineGuard.Check("eval story", baselinePath, "mean_f1", mean);
        return guard != 0 ? guard : failed ? 1 : 0;
    }

    private static string Cell(LayerTally t) =>
        t.IsEmpty ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100 * t.F1:F1}");
}
