using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Hadath.Arabic.Segmentation.Training;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath eval segment FILE</c>: syntactic-word P/R/F1 on a PADT-format file, with a regression guard.</summary>
internal static class EvalSegmentCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "PADT-format file (words TAB tags per line)." };
        var baseline = new Option<string?>("--baseline") { Description = "metrics.json recorded with the shipped model: exit 3 when F1 is more than 0.5 below its f1." };
        var fallback = new Option<bool>("--fallback") { Description = "Score the rule-based fallback instead of the trained model." };
        var model = new Option<string?>("--model") { Description = "Score this segmenter.bin instead of the embedded model." };
        var errors = new Option<int>("--errors") { Description = "Also print up to N wrongly segmented tokens (gold | predicted)." };
        var command = new Command("segment", "Score clitic segmentation on a PADT-format file.") { file, baseline, fallback, model, errors };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"hadath eval segment: {path}: no such file");
                return 2;
            }
            var segmenter = SegmenterChoice.Create(parse.GetValue(fallback), parse.GetValue(model), out var error);
            if (segmenter is null)
            {
                Console.Error.WriteLine($"hadath eval segment: {error}");
                return 2;
            }
            List<GoldToken[]> sentences;
            try
            {
                sentences = PadtReader.ReadFile(path).ToList();
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"hadath eval segment: {e.Message}");
                return 2;
            }
            var (scores, tokensPerSecond, warm) = SegmentationEvaluation.Run(segmenter, sentences);
            Console.WriteLine($"segmenter: {segmenter.Description}");
            if (parse.GetValue(model) is null && !parse.GetValue(fallback))
                Console.WriteLine($"embedded segmenter loaded in {Hadath.Arabic.Segmentation.EmbeddedSegmenter.LoadMilliseconds} ms");
            Console.WriteLine(Format(scores, tokensPerSecond, warm));
            PrintErrors(segmenter, sentences, parse.GetValue(errors));
            return BaselineGuard.Check("eval segment", parse.GetValue(baseline), "f1", scores.F1);
        });
        return command;
    }

    public static string Format(SegmentationScorer s, double tokensPerSecond, double warmTokensPerSecond) => string.Create(CultureInfo.InvariantCulture,
        $"tokens {s.Tokens}  words gold {s.GoldWords} predicted {s.PredictedWords}\n" +
        $"precision {s.Precision:F2}  recall {s.Recall:F2}  F1 {s.F1:F2}  folded F1 {s.FoldedF1:F2}  token accuracy {s.TokenAccuracy:F2}\n" +
        $"speed {tokensPerSecond:N0} tokens/s cold cache, {warmTokensPerSecond:N0} tokens/s warm (one thread)");

    private static void PrintErrors(Hadath.Arabic.Segmentation.CliticSegmenter segmenter, List<GoldToken[]> sentences, int limit)
    {
        foreach (var token in sentences.SelectMany(s => s))
        {
            if (limit <= 0) return;
            var predicted = segmenter.Analyze(token.Surface);
            if (predicted.Forms.SequenceEqual(token.Forms, StringComparer.Ordinal)) continue;
            Console.WriteLine($"{token.Surface}\t{string.Join('+', token.Forms)}\t{predicted.Render()}");
            limit--;
        }
    }
}
