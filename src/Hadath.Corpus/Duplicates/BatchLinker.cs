using Hadath.Store;

namespace Hadath.Corpus.Duplicates;

/// <summary>A story to link: its id, SimHash and MinHash sketch (no band keys: too short to be linked).</summary>
public sealed record LinkInput(string Id, long SimHash, MinHashSketch Sketch);

/// <summary>
/// How copies are linked, one batch of stories at a time in store order: ingest and the MinHash backfill both link
/// through here, so a backfilled store holds the links a fresh ingest would have made.
/// </summary>
public static class BatchLinker
{
    /// <summary>
    /// Links each story with band keys to the most similar earlier original by MinHash: the <paramref name="stored"/>
    /// originals sharing a band with the batch (oldest first, all stored before the batch) and the originals earlier in
    /// the batch; failing that, by SimHash, to one stored without a signature (<paramref name="unsigned"/>). A story that
    /// links to none is an original for the rest of the batch. Returns one link (or null) per story.
    /// </summary>
    public static DuplicateLink?[] Link(IReadOnlyList<LinkInput> batch, IReadOnlyList<MinHashCandidate> stored, double threshold,
        NearDuplicateIndex? unsigned = null)
    {
        var originals = new MinHashIndex(threshold);
        foreach (var candidate in stored) originals.Add(candidate);
        var links = new DuplicateLink?[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            var (id, simHash, sketch) = batch[i];
            if (sketch.Bands.Count == 0) continue;
            DuplicateLink? link = originals.Find(sketch.Signature, sketch.Bands) is { } match
                ? new DuplicateLink(match.Original.Id, TextFingerprint.Distance(simHash, match.Original.SimHash)) { Similarity = match.Similarity }
                : unsigned?.Find(simHash);
            if (link is null) originals.Add(new MinHashCandidate(id, simHash, sketch.Signature), sketch.Bands);
            links[i] = link;
        }
        return links;
    }

    /// <summary>The band keys of the batch's linkable stories: what to ask the store's band index for.</summary>
    public static HashSet<long> Bands(IEnumerable<LinkInput> batch) => batch.SelectMany(s => s.Sketch.Bands).ToHashSet();
}
