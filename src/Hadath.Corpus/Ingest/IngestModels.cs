using Hadath.Core.Input;

namespace Hadath.Corpus.Ingest;

public sealed record IngestOptions
{
    public ReaderOptions Reader { get; init; } = new();

    /// <summary>Documents committed to the store together; a kill loses at most the batch in flight.</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>
    /// Documents between index commits. A Lucene commit syncs files and starts merges (about a tenth of ingest's
    /// CPU when done every batch); stories stored but not yet committed to the index are re-indexed from the store
    /// on the next run.
    /// </summary>
    public int IndexCommitEvery { get; init; } = 2048;

    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Estimated Jaccard similarity (MinHash over 3-word shingles) at which a story is linked as a copy.</summary>
    public double DuplicateThreshold { get; init; } = 0.5;

    /// <summary>
    /// SimHash bits a story may differ in from one stored before schema version 3 (no MinHash signature) and
    /// still be linked as its copy.
    /// </summary>
    public int MaxDuplicateDistance { get; init; } = 3;
}

/// <summary>Where an ingest stands. <see cref="Total"/> is null until the documents have been counted.</summary>
public sealed record IngestProgress(long Read, long Added, long Unchanged, long Failed, long Duplicates, long? Total, TimeSpan Elapsed)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;

    public TimeSpan? Eta => Total is { } total && Rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, total - Read) / Rate) : null;

    public double? Fraction => Total is > 0 ? Math.Min(1.0, (double)Read / Total.Value) : null;
}

/// <summary>A document that could not be read or analyzed, with where it came from (file, file:line, archive!entry).</summary>
public sealed record IngestProblem(string Origin, string Message);
