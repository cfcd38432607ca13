using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Segmentation.Training;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath train segment</c>: trains the clitic segmenter and writes the model, corpus lexicon and dev metrics.</summary>
internal static class TrainSegmentCommand
{
    private const string TrainFile = "ar_padt-ud-train.txt";
    private const string DevFile = "ar_padt-ud-dev.txt";

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder with ar_padt-ud-train.txt (and -dev.txt).", DefaultValueFactory = _ => "../shared/data/ud/padt" };
        var corpus = new Option<string>("--corpus") { Description = "Folder of unlabeled *.jsonl.gz news (Apache-2.0 Jawhara FM).", DefaultValueFactory = _ => "../shared/data/corpus/ant-jawharafm" };
        var output = new Option<string>("--out") { Description = "Where segmenter.bin, corpus-lexicon.bin and metrics.json go.", DefaultValueFactory = _ => "models/segmenter" };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed (training is deterministic for a seed).", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Perceptron passes.", DefaultValueFactory = _ => 8 };
        var heldOut = new Option<int>("--max-held-out") { Description = "Ranker examples: tokens seen at most this often outside their fold.", DefaultValueFactory = _ => new SegmenterTrainingOptions().MaxHeldOutCount };
        var minCount = new Option<int>("--min-corpus-count") { Description = "Keep corpus words seen at least this often.", DefaultValueFactory = _ => new SegmenterTrainingOptions().MinCorpusCount };
        var command = new Command("segment", "Train the clitic segmenter on UD Arabic-PADT plus corpus word counts.") { data, corpus, output, seed, epochs, heldOut, minCount };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(corpus)!, parse.GetValue(output)!,
            new SegmenterTrainingOptions
            {
                Seed = parse.GetValue(seed), Epochs = Math.Max(1, parse.GetValue(epochs)),
                MaxHeldOutCount = parse.GetValue(heldOut), MinCorpusCount = Math.Max(1, parse.GetValue(minCount)),
            }));
        return command;
    }

    private static int Run(string dataDir, string corpusDir, string outDir, SegmenterTrainingOptions options)
    {
        var trainPath = Path.Combine(dataDir, TrainFile);
        if (!File.Exists(trainPath)) { Console.Error.WriteLine($"hadath train segment: {trainPath}: no such file"); return 2; }
        if (!Directory.Exists(corpusDir)) { Console.Error.WriteLine($"hadath train segment: {corpusDir}: no such folder"); return 2; }
        var log = Console.Out;
        var lexicon = CorpusLexiconBuilder.Build(corpusDir, options.MinCorpusCount, log);
        var train = PadtReader.ReadFile(trainPath).ToList();
        var provenance = $"UD Arabic-PADT train + Jawhara FM corpus counts, seed {options.Seed}, {options.Epochs} epochs";
        var model = new SegmenterTrainer(options, log).Train(train, lexicon, provenance);

        Directory.CreateDirectory(outDir);
        var modelPath = Path.Combine(outDir, "segmenter.bin");
        using (var stream = File.Create(modelPath)) model.Save(stream);
        var lexiconPath = Path.Combine(outDir, "corpus-lexicon.bin");
        using (var stream = File.Create(lexiconPath)) EmbeddedSegmenter.WriteLexicon(lexicon, stream);
        log.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length:N0} bytes), {lexiconPath} ({new FileInfo(lexiconPath).Length:N0} bytes)");

        var devPath = Path.Combine(dataDir, DevFile);
        if (!File.Exists(devPath)) return 0;
        var dev = PadtReader.ReadFile(devPath).ToList();
        var (trained, speed, warm) = SegmentationEvaluation.Run(new CliticSegmenter(new TrainedWordAnalyzer(model)), dev);
        var (fallback, _, _) = SegmentationEvaluation.Run(new CliticSegmenter(new RuleWordAnalyzer(lexicon)), dev);
        log.WriteLine("dev, trained model:");
        log.WriteLine(EvalSegmentCommand.Format(trained, speed, warm));
        log.WriteLine("dev, rule fallback:");
        log.WriteLine(EvalSegmentCommand.Format(fallback, 0, 0));
        var metrics = new Dictionary<string, object>
        {
            ["data"] = DevFile,
            ["tokens"] = trained.Tokens,
            ["f1"] = Math.Round(trained.F1, 2),
            ["precision"] = Math.Round(trained.Precision, 2),
            ["recall"] = Math.Round(trained.Recall, 2),
            ["folded_f1"] = Math.Round(trained.FoldedF1, 2),
            ["token_accuracy"] = Math.Round(trained.TokenAccuracy, 2),
            ["fallback_f1"] = Math.Round(fallback.F1, 2),
            ["fallback_folded_f1"] = Math.Round(fallback.FoldedF1, 2),
            ["seed"] = options.Seed,
            ["epochs"] = options.Epochs,
        };
        File.WriteAllText(Path.Combine(outDir, "metrics.json"),
            JsonSerializer.Serialize(metrics, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return 0;
    }
}
