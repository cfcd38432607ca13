using System.CommandLine;
using Hadath.Cli.Bench;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath bench text [FILES…]</c>: text-core throughput on one thread, against Lucene.Net's ArabicAnalyzer.</summary>
internal static class BenchTextCommand
{
    public static Command Create()
    {
        var rounds = new Option<int>("--rounds")
        {
            Description = "Measured rounds; the median is reported.",
            DefaultValueFactory = _ => 5,
        };
        var files = new Argument<string[]>("files")
        {
            Description = "Corpus files: text, JSON, JSON Lines or .jsonl.gz (default: bench/data/jawharafm-sample.jsonl).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("text", "Normalize, tokenize, sentence-split and segment on one thread; compare with Lucene ArabicAnalyzer.")
        {
            rounds, files,
        };
        command.SetAction(parse =>
        {
            int roundCount = parse.GetValue(rounds);
            if (roundCount < 1)
            {
                Console.Error.WriteLine("hadath bench text: --rounds must be at least 1");
                return 2;
            }
            try
            {
                var options = new TextBenchmarkOptions { Files = parse.GetValue(files) ?? [], Rounds = roundCount };
                return TextBenchmark.Run(options, Console.Out, Console.Error);
            }
            catch (FileNotFoundException ex)
            {
                Console.Error.WriteLine($"hadath bench text: {ex.Message}");
                return 2;
            }
        });
        return command;
    }
}
