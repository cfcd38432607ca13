using System.Collections.Concurrent;
using System.Diagnostics;
using Hadath.Core;
using Hadath.Core.Input;
using Hadath.Core.Json;
using Hadath.Corpus.Duplicates;
using Hadath.Corpus.Reading;
using Hadath.Search;
using Hadath.Store;

namespace Hadath.Corpus.Ingest;

/// <summary>
/// Reads, analyzes (on all cores) and stores a corpus. Idempotent: a document is known by its id, else by the
/// hash of its normalized text, and known documents are skipped before analysis; resumable: each batch is
/// committed to the store, so after a kill a rerun redoes at most one batch; the index is committed every
/// <see cref="IngestOptions.IndexCommitEvery"/> documents and at the end, and a rerun first indexes the stories
/// the index missed.
/// Copies of one story are linked to the first one stored: by MinHash over word shingles (candidates from the
/// store's LSH band index, linked at <see cref="IngestOptions.DuplicateThreshold"/>), and by SimHash to stories
/// stored before MinHash signatures were kept.
/// </summary>
public sealed class Ingester(Pipeline pipeline, IDocumentStore store, SearchIndex? index, IngestOptions options)
{
    public event Action<IngestProgress>? Progress;
    public event Action<IngestProblem>? Problem;

    /// <summary>Originals stored without a MinHash signature, compared by SimHash when MinHash finds nothing.</summary>
    private readonly NearDuplicateIndex _unsigned = new(options.MaxDuplicateDistance);
    private readonly HashSet<string> _seenThisRun = new(StringComparer.Ordinal);
    private long _read, _added, _unchanged, _failed, _duplicateCount;
    private long? _total;
    private readonly Stopwatch _clock = new();

    public IngestProgress Run(IReadOnlyList<string> paths, CancellationToken cancel = default)
    {
        var files = CorpusReader.Files(paths, out var missing);
        foreach (var path in missing) Report(new IngestProblem(path, "no such file or folder"));
        var reader = new CorpusReader(options.Reader);
        // Counting reads everything once more, but analysis costs far more: it runs alongside and gives the ETA.
        _ = Task.Run(() => _total = files.Sum(reader.Count), cancel);
        return Run(files.SelectMany(reader.ReadFile), cancel);
    }

    /// <summary>Ingests documents already read (the HTTP ingest endpoint, tests).</summary>
    public IngestProgress Run(IEnumerable<InputDocument> documents, CancellationToken cancel = default)
    {
        _clock.Start();
        foreach (var (id, simHash) in store.Fingerprints()) _unsigned.Add(id, simHash);
        CatchUpIndex();

        using var batches = new BlockingCollection<List<DocumentRecord>>(boundedCapacity: 2);
        var writer = Task.Run(() => Write(batches), CancellationToken.None);
        try
        {
            foreach (var batch in documents.Chunk(options.BatchSize))
            {
                cancel.ThrowIfCancellationRequested();
                if (writer.IsFaulted) break;
                batches.Add(Analyze(batch), cancel);
            }
        }
        finally
        {
            batches.CompleteAdding();
            writer.GetAwaiter().GetResult();
        }
        var final = Snapshot();
        Progress?.Invoke(final);
        return final;
    }

    /// <summary>Counts known documents and analyzes the new ones in parallel, in input order.</summary>
    private List<DocumentRecord> Analyze(InputDocument[] inputs)
    {
        var prepared = inputs.AsParallel().AsOrdered().WithDegreeOfParallelism(options.Threads).Select(Prepare).ToList();
        var known = store.ExistingIds(prepared.Where(p => p.Id is not null).Select(p => p.Id!).ToList());
        var fresh = new List<Prepared>(prepared.Count);
        foreach (var p in prepared)
        {
            Interlocked.Increment(ref _read);
            if (p.Error is not null)
            {
                Interlocked.Increment(ref _failed);
                Report(new IngestProblem(p.Input.Origin, p.Error));
            }
            else if (known.Contains(p.Id!) || !_seenThisRun.Add(p.Id!))
            {
                Interlocked.Increment(ref _unchanged);
            }
            else fresh.Add(p);
        }
        // Each thread takes a batch of documents through the stages (Pipeline.RunBatch); batches keep input order.
        var records = Pipeline.Batches(fresh, p => p.Input.Text!.Length, Pipeline.BatchSizeFor(options.Threads)).AsParallel().AsOrdered().WithDegreeOfParallelism(options.Threads)
            .SelectMany(AnalyzeBatch).ToList();
        var ok = new List<DocumentRecord>(records.Count);
        foreach (var (record, problem) in records)
        {
            if (record is not null) ok.Add(record);
            else
            {
                Interlocked.Increment(ref _failed);
                Report(problem!);
            }
        }
        return ok;
    }

    private sealed record Prepared(InputDocument Input, string? Id, string? Hash, long SimHash, MinHashSketch? Sketch, string? Error);

    private static Prepared Prepare(InputDocument input)
    {
        if (input.IsError) return new Prepared(input, null, null, 0, null, input.Error);
        if (string.IsNullOrWhiteSpace(input.Text)) return new Prepared(input, null, null, 0, null, "empty text");
        var words = TextFingerprint.Words(input.Text);
        var hash = TextFingerprint.Hash(words);
        var id = string.IsNullOrWhiteSpace(input.Metadata.Id) ? "sha256-" + hash[..24] : input.Metadata.Id.Trim();
        // Only stories long enough to be linked get band keys (short notices look alike by chance).
        var shingles = TextFingerprint.ShingleHashes(words);
        var sketch = MinHash.Sketch(shingles, linkable: words.Count >= NearDuplicateIndex.MinWords);
        return new Prepared(input, id, hash, TextFingerprint.SimHash(shingles), sketch, null);
    }

    private (DocumentRecord?, IngestProblem?)[] AnalyzeBatch(Prepared[] batch)
    {
        var results = pipeline.RunBatch(batch.Select(p => new AnalyzedDocument(p.Input.Text!, p.Input.Metadata with { Id = p.Id })).ToList());
        var records = new (DocumentRecord?, IngestProblem?)[batch.Length];
        for (int i = 0; i < batch.Length; i++)
        {
            var p = batch[i];
            // One document that trips a bug must not stop the batch; report it with where it came from.
            if (results[i].Document is not { } doc)
            {
                records[i] = (null, new IngestProblem(p.Input.Origin, $"analysis failed in {results[i].FailureMessage}"));
                continue;
            }
            try
            {
                var json = AnalyzedDocumentJson.Serialize(doc);
                var record = DocumentRecords.FromAnalysis(doc, p.Id!, p.Hash!, p.SimHash, json) with { MinHash = p.Sketch };
                records[i] = (record, null);
            }
            catch (Exception ex)
            {
                records[i] = (null, new IngestProblem(p.Input.Origin, $"analysis failed: {ex.GetType().Name}: {ex.Message}"));
            }
        }
        return records;
    }

    private void Write(BlockingCollection<List<DocumentRecord>> batches)
    {
        int uncommitted = 0;
        foreach (var batch in batches.GetConsumingEnumerable())
        {
            var linked = Link(batch);
            if (index is not null)
            {
                index.Add(linked.Select(IndexedDocuments.From));
                uncommitted += linked.Count;
                if (uncommitted >= options.IndexCommitEvery)
                {
                    index.Commit();
                    uncommitted = 0;
                }
            }
            Interlocked.Add(ref _added, store.Save(linked));
            Progress?.Invoke(Snapshot());
        }
        if (uncommitted > 0) index?.Commit();
    }

    /// <summary>Links the batch's copies (<see cref="BatchLinker"/>): one indexed band lookup per batch.</summary>
    private List<DocumentRecord> Link(List<DocumentRecord> batch)
    {
        var stories = batch.Select(r => new LinkInput(r.Id, r.SimHash, r.MinHash!)).ToList();
        var links = BatchLinker.Link(stories, store.MinHashCandidates(BatchLinker.Bands(stories)), options.DuplicateThreshold, _unsigned);
        var linked = new List<DocumentRecord>(batch.Count);
        for (int i = 0; i < batch.Count; i++)
        {
            if (links[i] is not null) Interlocked.Increment(ref _duplicateCount);
            linked.Add(batch[i] with { DuplicateOf = links[i] });
        }
        return linked;
    }

    /// <summary>An index that is missing or behind the store (deleted, or a crash) is filled from the store first.</summary>
    private void CatchUpIndex()
    {
        if (index is null) return;
        long stored = store.List(1, 0).Total;
        int indexed = index.Count();
        if (indexed >= stored) return;
        // Stories are indexed in the order they are stored, so what a kill left out is the tail; should the index
        // have lost anything else (deleted by hand), everything is indexed again (updates by id, so no doubles).
        IndexStored(skip: indexed);
        if (index.Count() >= stored) return;
        IndexStored(skip: 0);
    }

    private void IndexStored(long skip)
    {
        foreach (var chunk in store.ReadAll(skip).Chunk(1000))
        {
            index!.Add(chunk.Select(IndexedDocuments.From));
        }
        index!.Commit();
    }

    private IngestProgress Snapshot() => new(Interlocked.Read(ref _read), Interlocked.Read(ref _added), Interlocked.Read(ref _unchanged),
        Interlocked.Read(ref _failed), Interlocked.Read(ref _duplicateCount), _total, _clock.Elapsed);

    private void Report(IngestProblem problem) => Problem?.Invoke(problem);
}
