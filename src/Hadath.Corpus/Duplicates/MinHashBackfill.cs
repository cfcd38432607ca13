using System.Diagnostics;
using Hadath.Store;

namespace Hadath.Corpus.Duplicates;

/// <summary>Where a backfill stands: stories relinked of <see cref="Total"/>, signatures computed, copies found, links changed.</summary>
public sealed record BackfillProgress(long Done, long Total, long Signed, long Copies, long Changed, TimeSpan Elapsed)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? Eta => Rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, Total - Done) / Rate) : null;
}

/// <summary>
/// Gives stories stored before schema version 3 their MinHash signatures and band keys, and links copies as a fresh
/// ingest would have: from the first story without a signature on, every story is relinked in store order through
/// <see cref="BatchLinker"/> against the originals stored before it (later stories may have been linked by SimHash to
/// the old ones, or missed them). Each batch is one transaction that also records how far it got, so a killed run
/// resumes after its last batch. Run it while nothing else writes to the store.
/// </summary>
public sealed class MinHashBackfill(IDocumentStore store, double threshold = 0.5, int batchSize = 512, int threads = 0)
{
    public event Action<BackfillProgress>? Progress;

    public BackfillProgress Run(CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var plan = store.RelinkStart();
        if (plan is null) return new BackfillProgress(0, 0, 0, 0, 0, clock.Elapsed);
        long after = plan.AfterSeq, done = 0, signed = 0, copies = 0, changed = 0;
        int degree = threads > 0 ? threads : Environment.ProcessorCount;
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            var states = store.LinkStates(after, Math.Max(1, batchSize));
            if (states.Count == 0) break;
            var stories = states.AsParallel().AsOrdered().WithDegreeOfParallelism(degree).Select(Input).ToList();
            // Only originals stored before the batch: later ones are relinked after it, as ingest would have met them.
            var stored = store.MinHashCandidates(BatchLinker.Bands(stories), beforeSeq: states[0].Seq);
            var links = BatchLinker.Link(stories, stored, threshold);
            var relinked = new Relinked[states.Count];
            for (int i = 0; i < states.Count; i++)
            {
                bool unsigned = states[i].Signature is null;
                relinked[i] = new Relinked(states[i].Id, unsigned ? stories[i].Sketch : null, links[i]);
                if (unsigned) signed++;
                if (links[i] is not null) copies++;
                if (links[i] != states[i].Link) changed++;
            }
            after = states[^1].Seq;
            store.SaveLinks(relinked, after, done: false);
            done += states.Count;
            Progress?.Invoke(new BackfillProgress(done, Math.Max(done, plan.Stories), signed, copies, changed, clock.Elapsed));
        }
        store.SaveLinks([], after, done: true);
        return new BackfillProgress(done, Math.Max(done, plan.Stories), signed, copies, changed, clock.Elapsed);
    }

    /// <summary>A stored story as the linker takes it; one without a signature gets the sketch ingest would have given it.</summary>
    private static LinkInput Input(LinkState state)
    {
        if (state.Signature is { } signature)
        {
            return new LinkInput(state.Id, state.SimHash, new MinHashSketch(signature, state.HasBands ? MinHash.BandKeys(signature) : []));
        }
        var words = TextFingerprint.Words(state.Text ?? "");
        var sketch = MinHash.Sketch(TextFingerprint.ShingleHashes(words), linkable: words.Count >= NearDuplicateIndex.MinWords);
        return new LinkInput(state.Id, state.SimHash, sketch);
    }
}
