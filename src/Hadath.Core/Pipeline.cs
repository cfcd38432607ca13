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
    /// Documents one thread takes through a stage before the next stage (<see cref="RunBatch"/>) when it is the only
    /// thread. Each stage has megabytes of its own code and tables; run document by document, the ten stages took turns
    /// evicting each other's from the core's caches, and every document found its stage cold. In batches of 64, a stage
    /// met its next document still warm: `bench analyze` went from 8.8 to 9.7 % of Lucene's speed on new articles
    /// (medians of six alternating runs each), with the same output. Batches of 256 meet each stage cold a quarter as
    /// often again: against batches of 64 (the same build otherwise), new articles 10.14 → 11.54 % (medians of five
    /// alternating pairs, faster in all five; the segmenter, tagger, names and event stages 5–20 % faster, the
    /// tokenizer, which meets each batch's new documents first, a few µs slower), with the same output.
    /// </summary>
    public const int BatchSize = 256;

    /// <summary>
    /// Documents in a batch when several threads share the work (<see cref="BatchSizeFor"/>): each thread takes whole
    /// batches, so with batches of <see cref="BatchSize"/> a thousand stories would keep only four threads busy.
    /// </summary>
    public const int ParallelBatchSize = 64;

    /// <summary>
    /// Characters of text at which a batch is closed before it is full: a batch keeps every one of its documents'
    /// analyses alive until its last stage, and 256 documents near the reader's limit (20 million characters each) would
    /// hold gigabytes. About 300 news stories' worth.
    /// </summary>
    public const int MaxBatchChars = 1 << 20;

    /// <summary>The batch size for <paramref name="threads"/> threads: <see cref="BatchSize"/> for one, else <see cref="ParallelBatchSize"/>.</summary>
    public static int BatchSizeFor(int threads) => threads <= 1 ? BatchSize : ParallelBatchSize;

    /// <summary>
    /// <paramref name="items"/> in order, in batches of <paramref name="size"/> (<see cref="BatchSizeFor"/> the threads
    /// that will run them), each closed early once its items' <paramref name="length"/>s reach
    /// <see cref="MaxBatchChars"/> (a longer item makes a batch of its own).
    /// </summary>
    public static IEnumerable<T[]> Batches<T>(IEnumerable<T> items, Func<T, int> length, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var batch = new List<T>(size);
        long chars = 0;
        foreach (var item in items)
        {
            batch.Add(item);
            chars += length(item);
            if (batch.Count < size && chars < MaxBatchChars) continue;
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
