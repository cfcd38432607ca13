using Hadath.Store;

namespace Hadath.Corpus.Duplicates;

/// <summary>
/// Finds an earlier story whose SimHash lies within <see cref="MaxDistance"/> bits. The 64 bits are cut into
/// MaxDistance + 1 bands: two fingerprints that close must agree exactly on at least one band (pigeonhole), so
/// only stories sharing a band are compared.
/// </summary>
public sealed class NearDuplicateIndex
{
    private readonly Dictionary<(int Band, long Key), List<(string Id, long SimHash)>> _buckets = new();
    private readonly int _bands;
    private readonly int _bandBits;

    public NearDuplicateIndex(int maxDistance = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, 15);
        MaxDistance = maxDistance;
        _bands = maxDistance + 1;
        _bandBits = (64 + _bands - 1) / _bands;
    }

    public int MaxDistance { get; }

    public int Count { get; private set; }

    /// <summary>Stories shorter than this many words are never linked: short notices look alike by chance.</summary>
    public const int MinWords = 25;

    public void Add(string id, long simHash)
    {
        for (int band = 0; band < _bands; band++)
        {
            var key = (band, Band(simHash, band));
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = [];
            list.Add((id, simHash));
        }
        Count++;
    }

    /// <summary>The closest earlier story within <see cref="MaxDistance"/>, or null.</summary>
    public DuplicateLink? Find(long simHash)
    {
        DuplicateLink? best = null;
        for (int band = 0; band < _bands; band++)
        {
            if (!_buckets.TryGetValue((band, Band(simHash, band)), out var list)) continue;
            foreach (var (id, other) in list)
            {
                int distance = TextFingerprint.Distance(simHash, other);
                if (distance <= MaxDistance && (best is null || distance < best.Distance)) best = new DuplicateLink(id, distance);
            }
        }
        return best;
    }

    private long Band(long simHash, int band)
    {
        int shift = band * _bandBits;
        int bits = Math.Min(_bandBits, 64 - shift);
        ulong mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        return (long)((unchecked((ulong)simHash) >> shift) & mask);
    }
}
