using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Hadath.Entities.Training;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath bench ner</c>: tagging throughput on one core (tokens/s) and the process's peak memory.</summary>
internal static class BenchNerCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--file")
        {
            Description = "CoNLL file whose tokens are tagged.",
            DefaultValueFactory = _ => "../shared/data/ner/anercorp/ANERCorp_CamelLab_train.txt",
        };
        var seconds = new Option<double>("--seconds") { Description = "Minimum measuring time.", DefaultValueFactory = _ => 5 };
        var model = new Option<string?>("--model") { Description = "A model file instead of the embedded one." };
        var command = new Command("ner", "Measure NER tagging speed (tokens/s, one thread) and peak memory.") { file, seconds, model };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"hadath bench ner: {path}: no such file (pass --file)");
                return 2;
            }
            var load = Stopwatch.StartNew();
            var tagger = NerCommand.LoadModel(parse.GetValue(model), "bench ner");
            if (tagger is null) return 2;
            load.Stop();
            var documents = ConllCorpus.Chunk(ConllCorpus.ReadTokens(new StreamReader(path)).Select(s => (IReadOnlyList<string>)s).ToList(), 20);
            long tokensPerRound = documents.Sum(d => d.Sum(s => (long)s.Count));
            foreach (var document in documents.Take(20)) tagger.TagDocument(document);   // warm-up (JIT, tiering)
            // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
            var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            long tokens = 0;
            while (clock.Elapsed.TotalSeconds < parse.GetValue(seconds))
            {
                foreach (var document in documents) tagger.TagDocument(document);
                tokens += tokensPerRound;
            }
            clock.Stop();
            process.Refresh();
            double cpuSeconds = (process.TotalProcessorTime - cpuStart).TotalSeconds;
            double peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ner: {tokens / clock.Elapsed.TotalSeconds:F0} tokens/s on one thread (wall clock), {tokens / cpuSeconds:F0} tokens per CPU-second ({tokens} tokens in {clock.Elapsed.TotalSeconds:F1}s, {cpuSeconds:F1} CPU-s); model load {load.Elapsed.TotalMilliseconds:F0} ms; {tagger.FeatureCount} features; peak memory {peakMb:F0} MB"));
            return 0;
        });
        return command;
    }
}
