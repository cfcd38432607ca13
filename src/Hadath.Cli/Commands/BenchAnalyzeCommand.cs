using System.CommandLine;
using Hadath.Cli.Bench;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath bench analyze [FILES…]</c>: full analyze throughput on one thread, against Lucene.Net's ArabicAnalyzer.</summary>
internal static class BenchAnalyzeCommand
{
    public static Command Create()
    {
        var rounds = new Option<int>("--rounds")
        {
            Description = "Steady-state rounds after the cold first pass; the median is reported.",
            DefaultValueFactory = _ => 3,
        };
        var limit = new Option<int>("--limit") { Description = "Use at most this many articles (default: all)." };
        var warmUp = new Option<int>("--warmup")
        {
            Description = "Articles (after the measured ones) run through both sides before timing: JIT warms up and the caches learn their words.",
            DefaultValueFactory = _ => 200,
        };
        var settle = new Option<int>("--settle-rounds")
        {
            Description = $"After the warm-up, at most this many more rounds of 1,000 of its articles (repeated when fewer), each with empty word caches, until a round JIT-compiles fewer than {AnalyzeBenchmark.SettledMethods} methods; then the warm-up once more, to fill fresh caches (0: none).",
            DefaultValueFactory = _ => 10,
        };
        var files = new Argument<string[]>("files")
        {
            Description = "Corpus files: text, JSON, JSON Lines or .jsonl.gz (default: bench/data/jawharafm-sample.jsonl).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var nerModel = CommonOptions.NerModel();
        var command = new Command("analyze", "Run the full analyze pipeline on one thread, in batches as analyze runs it, timing each stage (CPU share, allocations) and the JSON output apart; compare with Lucene ArabicAnalyzer, both warm.")
        {
            rounds, limit, warmUp, settle, files, nerModel,
        };
        command.SetAction(parse =>
        {
            int roundCount = parse.GetValue(rounds);
            int limitCount = parse.GetValue(limit);
            int warmUpCount = parse.GetValue(warmUp);
            int settleRounds = parse.GetValue(settle);
            if (roundCount < 1 || limitCount < 0 || warmUpCount < 0 || settleRounds < 0)
            {
                Console.Error.WriteLine("hadath bench analyze: --rounds must be at least 1, --limit, --warmup and --settle-rounds not negative");
                return 2;
            }
            try
            {
                var options = new AnalyzeBenchmarkOptions { Files = parse.GetValue(files) ?? [], Rounds = roundCount, Limit = limitCount, WarmUp = warmUpCount, SettleRounds = settleRounds, NerModel = parse.GetValue(nerModel) };
                return AnalyzeBenchmark.Run(options, Console.Out, Console.Error);
            }
            catch (FileNotFoundException ex)
            {
                Console.Error.WriteLine($"hadath bench analyze: {ex.Message}");
                return 2;
            }
        });
        return command;
    }
}
