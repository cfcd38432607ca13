using System.Collections.Immutable;

namespace Hadath.Core;

/// <summary>An ordered, validated, immutable list of stages; safe to use from many threads at once.</summary>
public sealed class Pipeline
{
    private Pipeline(ImmutableArray<IStage> stages, Layers provides)
    {
        Stages = stages;
        Provides = provides;
    }

    public ImmutableArray<IStage> Stages { get; }

    /// <summary>Every layer a document carries after the pipeline has run.</summary>
    public Layers Provides { get; }

    public static Builder CreateBuilder() => new();

    public AnalyzedDocument Analyze(string text, DocumentMetadata? metadata = null) =>
        Run(new AnalyzedDocument(text, metadata));

    public AnalyzedDocument Run(AnalyzedDocument document)
    {
        foreach (var stage in Stages)
        {
            document = stage.Process(document);
        }
        return document;
    }

    public sealed class Builder
    {
        private readonly List<IStage> _stages = new();

        public Builder Add(IStage stage)
        {
            ArgumentNullException.ThrowIfNull(stage);
            _stages.Add(stage);
            return this;
        }

        /// <summary>Checks that every stage finds the layers it requires and that no layer is provided twice.</summary>
        public Pipeline Build()
        {
            var present = Layers.None;
            foreach (var stage in _stages)
            {
                var missing = stage.Requires & ~present;
                if (missing != Layers.None)
                {
                    throw new InvalidOperationException(
                        $"Stage '{stage.Name}' requires {missing}, which no earlier stage provides.");
                }
                var twice = stage.Provides & present;
                if (twice != Layers.None)
                {
                    throw new InvalidOperationException(
                        $"Stage '{stage.Name}' provides {twice}, which an earlier stage already provides.");
                }
                present |= stage.Provides;
            }
            return new Pipeline(_stages.ToImmutableArray(), present);
        }
    }
}
