using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Sentences;
using Hadath.Arabic.Tokenization;
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
    /// <summary>
    /// The pipeline of the shipped models; <paramref name="nerModel"/>, when given, is a NER model file used instead of
    /// the embedded one (to score or time a candidate model before it replaces models/ner/ner.bin).
    /// </summary>
    public static Pipeline Create(string? nerModel = null)
    {
        return Pipeline.CreateBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceSplitterStage())
            .Add(new SegmenterStage())
            .Add(new EntityStage(nerModel is null ? NerModel.LoadEmbedded() : NerModel.Load(nerModel)))
            .Add(new NameRecoveryStage())
            .Add(new ActorStage())
            .Add(new QuoteStage())
            .Add(new TimeStage())
            .Add(new CountStage())
            .Add(new EventStage())
            .Build();
    }
}
