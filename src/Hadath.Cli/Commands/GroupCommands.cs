using System.CommandLine;

namespace Hadath.Cli.Commands;

/// <summary>The verbs that group one subcommand per stage (<c>eval segment</c>, <c>train ner</c>, <c>bench text</c>).</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Score a stage against gold data and print its figures.")
    {
        EvalSegmentCommand.Create(),
        EvalNerCommand.Create(),
        EvalEventsCommand.Create(),
        EvalStoryCommand.Create(),
    };
}

internal static class TrainCommand
{
    public static Command Create() => new("train", "Train a model from data (deterministic with --seed) and write it with its card.")
    {
        TrainSegmentCommand.Create(),
        TrainSegmentVocabularyCommand.Create(),
        TrainNerCommand.Create(),
        TrainEventsCommand.Create(),
        TrainActorsCommand.Create(),
        TrainGeoCommand.Create(),
    };
}

internal static class BenchCommand
{
    public static Command Create() => new("bench", "Measure throughput (tokens/s per core, articles/s) and peak memory against a reference.")
    {
        BenchTextCommand.Create(),
        BenchNerCommand.Create(),
        BenchSearchCommand.Create(),
        BenchAnalyzeCommand.Create(),
    };
}
