using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Sentences;
using Hadath.Arabic.Tokenization;
using Hadath.Cli.Commands;
using Hadath.Core;
using Hadath.Entities;
using Hadath.Entities.Stage;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;
using Hadath.Extraction.Quotes;
using Hadath.Extraction.Times;

namespace Hadath.Cli;

/// <summary>The one place where the CLI's analysis pipeline is put together from the shipped models.</summary>
internal static class HadathPipeline
{
    /// <summary>The pipeline of the shipped models.</summary>
    public static Pipeline Create() => Create(NerModel.LoadEmbedded());

    /// <summary>
    /// The pipeline with <paramref name="nerModel"/>, when given, as its NER model instead of the embedded one (to score or
    /// time a candidate model before it replaces models/ner/ner.bin); null, with the reason on stderr as
    /// <paramref name="verb"/> says it, when that file cannot be loaded.
    /// </summary>
    public static Pipeline? TryCreate(string? nerModel, string verb) =>
        NerCommand.LoadModel(nerModel, verb) is { } model ? Create(model) : null;

    /// <summary>The pipeline over <paramref name="nerModel"/>; with <paramref name="segmenter"/> (its own word cache) instead of the shared embedded one.</summary>
    public static Pipeline Create(NerModel nerModel, CliticSegmenter? segmenter = null)
    {
        return Pipeline.CreateBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceSplitterStage())
            .Add(segmenter is null ? new SegmenterStage() : new SegmenterStage(segmenter))
            .Add(new EntityStage(nerModel))
            .Add(new NameRecoveryStage())
            .Add(new ActorStage())
            .Add(new QuoteStage())
            .Add(new TimeStage())
            .Add(new CountStage())
            .Add(new EventStage())
            .Add(new UnitNameStage())
            .Build();
    }
}
