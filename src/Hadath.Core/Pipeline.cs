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

    /// <summary>
    /// Documents one thread takes through a stage before the next stage (<see cref="RunBatch"/>). Each stage has
    /// megabytes of its own code and tables; run document by document, the ten stages took turns evicting each
    /// other's from the core's caches, and every document found its stage cold. In batches of 64, a stage meets
    /// its next document still warm: `bench analyze` went from 8.8 to 9.7 % of Lucene's speed on new articles
    /// (medians of six alternating runs each), with the same output.
    /// </summary>
    public const int BatchSize = 64;

    /// <summary>
    /// Characters of text at which a batch is closed before it has <see cref="BatchSize"/> documents: a batch keeps every
    /// one of its documents' analyses alive until its last stage, and 64 documents near the reader's limit (20 million
    /// characters each) would hold gigabytes. About 300 news stories' worth.
    /// </summary>
    public const int MaxBatchChars = 1 << 20;

    /// <summary>
    /// <paramref name="items"/> in order, in batches of <see cref="BatchSize"/>, each closed early once its items'
    /// <paramref name="length"/>s reach <see cref="MaxBatchChars"/> (a longer item makes a batch of its own).
    /// </summary>
    public static IEnumerable<T[]> Batches<T>(IEnumerable<T> items, Func<T, int> length)
    {
        var batch = new List<T>(BatchSize);
        long chars = 0;
        foreach (var item in items)
        {
            batch.Add(item);
            chars += length(item);
            if (batch.Count < BatchSize && chars < MaxBatchChars) continue;
            yield return batch.ToArray();
            batch.Clear();
            chars = 0;
        }
        if (batch.Count > 0) yield return batch.ToArray();
    }

    /// <summary>
    /// Runs every stage over <paramref name="documents"/>, one stage over all of them before the next (see
    /// <see cref="BatchSize"/>), and gives each document's result in their order. A document a stage fails on is
    /// reported with the stage and left out of the later stages; the others go on.
    /// </summary>
    public PipelineResult[] RunBatch(IReadOnlyList<AnalyzedDocument> documents)
    {
        var results = new PipelineResult[documents.Count];
        for (int i = 0; i < results.Length; i++) results[i] = new PipelineResult(documents[i], null, null);
        for (int s = 0; s < Stages.Length; s++) RunStage(s, results);
        return results;
    }

    /// <summary>
    /// Runs stage <paramref name="stage"/> over each result that has not failed, in place: one step of
    /// <see cref="RunBatch"/>, for callers that time the stages apart.
    /// </summary>
    public void RunStage(int stage, PipelineResult[] results)
    {
        var step = Stages[stage];
        for (int i = 0; i < results.Length; i++)
        {
            if (results[i].Document is not { } document) continue;
            try
            {
                results[i] = new PipelineResult(step.Process(document), null, null);
            }
            catch (Exception ex)
            {
                results[i] = new PipelineResult(null, ex, step.Name);
            }
        }
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
