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
    public static Pipeline Create()
    {
        return Pipeline.CreateBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceSplitterStage())
            .Add(new SegmenterStage())
            .Add(new EntityStage(NerModel.LoadEmbedded()))
            .Add(new NameRecoveryStage())
            .Add(new ActorStage())
            .Add(new QuoteStage())
            .Add(new TimeStage())
            .Add(new CountStage())
            .Add(new EventStage())
            .Build();
    }
}
