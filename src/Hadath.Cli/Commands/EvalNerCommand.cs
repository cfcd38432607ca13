using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Hadath.Entities.Evaluation;
using Hadath.Entities.Tagging;
using Hadath.Entities.Training;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath eval ner FILE</c>: conlleval-style exact-span P/R/F1 per type and micro, and tokens/s. With
/// <c>--baseline</c> it is a regression guard: exit 3 when micro F1 is more than 0.5 below the recorded figure.
/// </summary>
internal static class EvalNerCommand
{
    private const int DocumentSentences = 20;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Gold CoNLL file (token TAG per line, blank line between sentences)." };
        var anercorpDev = new Option<bool>("--anercorp-dev") { Description = "FILE is ANERcorp's train file: score only its last 10% of sentences (the dev part)." };
        var baseline = new Option<string?>("--baseline") { Description = "metrics.json of the shipped model; exit 3 when micro F1 drops more than 0.5 below its micro_f1." };
        var types = new Option<string?>("--types") { Description = "Comma-separated types counted in micro (e.g. PER,LOC,ORG for AQMAR)." };
        var model = new Option<string?>("--model") { Description = "A model file instead of the embedded one." };
        var command = new Command("ner", "Score the NER tagger on a gold CoNLL file: P/R/F1 per type and micro (exact spans), tokens/s.")
        {
            file, anercorpDev, baseline, types, model,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"hadath eval ner: {path}: no such file");
                return 2;
            }
            var tagger = NerCommand.LoadModel(parse.GetValue(model), "eval ner");
            if (tagger is null) return 2;
            List<LabeledSentence> sentences;
            try { sentences = ConllCorpus.Read(path); }
            catch (InvalidDataException ex)
            {
                Console.Error.WriteLine($"hadath eval ner: {ex.Message}");
                return 2;
            }
            if (parse.GetValue(anercorpDev)) sentences = ConllCorpus.SplitLastTenth(sentences).Dev;
            var scorer = new SpanScorer();
            if (parse.GetValue(types) is { } list)
            {
                var keep = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(EntityLabels.ParseType).ToHashSet();
                for (int t = 0; t < EntityLabels.TypeCount; t++) if (!keep.Contains(t)) scorer.Ignored.Add(t);
            }
            var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            NerTrainer.Evaluate(tagger, ConllCorpus.Chunk(sentences, DocumentSentences), scorer);
            clock.Stop();
            process.Refresh();
            double cpuSeconds = (process.TotalProcessorTime - cpuStart).TotalSeconds;
            long tokens = sentences.Sum(s => (long)s.Words.Length);
            Console.Write(scorer.Report());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sentences.Count} sentences, {tokens} tokens, {tokens / clock.Elapsed.TotalSeconds:F0} tokens/s wall, {tokens / cpuSeconds:F0} tokens per CPU-second (one thread, cold start and scoring included; bench ner measures warm)"));
            return BaselineGuard.Check("eval ner", parse.GetValue(baseline), "micro_f1", scorer.Micro.F1 * 100);
        });
        return command;
    }
}
