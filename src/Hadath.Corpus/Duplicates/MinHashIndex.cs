using Hadath.Store;

namespace Hadath.Corpus.Duplicates;

/// <summary>
/// Finds an earlier story whose MinHash similarity reaches <see cref="Threshold"/>. Locality-sensitive hashing:
/// the 128 slots are cut into 32 bands of 4; stories are compared only when they agree on a whole band, which
/// stories at similarity s do with probability 1 − (1 − s⁴)³² (0.87 at s = 0.5, 0.99 at s = 0.6, 0.003 at s = 0.1).
/// A story's band keys are computed once: callers that have them (ingest keeps them with the story) pass them in.
/// </summary>
public sealed class MinHashIndex
{
    private readonly Dictionary<long, List<int>> _buckets = new();
    private readonly List<MinHashCandidate> _stories = [];

    public MinHashIndex(double threshold = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        Threshold = threshold;
    }

    public double Threshold { get; }

    public int Count => _stories.Count;

    /// <summary>Adds a story, computing its band keys.</summary>
    public void Add(MinHashCandidate story) => Add(story, MinHash.BandKeys(story.Signature));

    /// <summary>Adds a story with the band keys already computed from its signature.</summary>
    public void Add(MinHashCandidate story, IReadOnlyList<long> bands)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(story.Signature.Length, MinHash.Slots);
        int position = _stories.Count;
        _stories.Add(story);
        foreach (long key in bands)
        {
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = [];
            list.Add(position);
        }
    }

    /// <inheritdoc cref="Find(uint[], IReadOnlyList{long})"/>
    public MinHashMatch? Find(uint[] signature) => Find(signature, MinHash.BandKeys(signature));

    /// <summary>
    /// The most similar earlier story at or above <see cref="Threshold"/> (the first added among equals), or null;
    /// <paramref name="bands"/> are the band keys of <paramref name="signature"/>.
    /// </summary>
    public MinHashMatch? Find(uint[] signature, IReadOnlyList<long> bands)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(signature.Length, MinHash.Slots);
        int best = -1;
        double bestSimilarity = 0;
        HashSet<int>? seen = null;
        foreach (long key in bands)
        {
            if (!_buckets.TryGetValue(key, out var list)) continue;
            seen ??= [];
            foreach (int story in list)
            {
                if (!seen.Add(story)) continue;
                double similarity = MinHash.Similarity(signature, _stories[story].Signature);
                if (similarity >= Threshold && (similarity > bestSimilarity || (similarity == bestSimilarity && story < best)))
                {
                    best = story;
                    bestSimilarity = similarity;
                }
            }
        }
        return best < 0 ? null : new MinHashMatch(_stories[best], bestSimilarity);
    }
}

/// <summary>An earlier story found by <see cref="MinHashIndex.Find(uint[])"/> and its estimated Jaccard similarity.</summary>
public readonly record struct MinHashMatch(MinHashCandidate Original, double Similarity);
