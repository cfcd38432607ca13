namespace Hadath.Entities.Tagging;

/// <summary>
/// Corpus prediction history (Ratinov and Roth 2009, "non-local features"): how a first-pass model labelled each
/// clitic-free word form, and each pair of forms, across a large unlabeled news corpus. A club or car maker the
/// labelled data never names is still tagged ORG in many easy contexts of the corpus (نادي X, شركة X); the
/// second pass reads that distribution as features. Only forms seen at least a minimum number of times are kept,
/// each as one packed summary (<see cref="Pack"/>), keyed by the stem hash the extractor computes.
/// </summary>
internal sealed class PredictionHistory
{
    private readonly Dictionary<ulong, uint> _words;
    private readonly Dictionary<ulong, uint> _pairs;

    public PredictionHistory(Dictionary<ulong, uint> words, Dictionary<ulong, uint> pairs)
    {
        _words = words;
        _pairs = pairs;
    }

    public IReadOnlyDictionary<ulong, uint> Words => _words;
    public IReadOnlyDictionary<ulong, uint> Pairs => _pairs;

    /// <summary>The key of a pair of stems (previous form, this form).</summary>
    public static ulong PairKey(ulong previous, ulong current) => FeatureHash.Combine(previous, current, 0x5EC0_4D00UL);

    /// <summary>Share bands: none, under 10%, under 30%, under 60%, under 90%, the rest.</summary>
    private static uint Band(int part, int total)
    {
        if (part == 0) return 0;
        double share = (double)part / total;
        return share < 0.1 ? 1u : share < 0.3 ? 2u : share < 0.6 ? 3u : share < 0.9 ? 4u : 5u;
    }

    /// <summary>
    /// Summarises label counts (O, PER, LOC, ORG, MISC) and how many entity labels opened a name into 32 bits:
    /// 3 bits per type share band (O and the four types), the majority type (3 bits), its band (3 bits), the log
    /// count band (4 bits), the band of opening labels among entity labels (3 bits).
    /// </summary>
    public static uint Pack(ReadOnlySpan<int> typeCounts, int opening)
    {
        int total = 0, best = 0, entity = 0;
        for (int t = 0; t < typeCounts.Length; t++)
        {
            total += typeCounts[t];
            if (typeCounts[t] > typeCounts[best]) best = t;
            if (t > 0) entity += typeCounts[t];
        }
        uint packed = 0;
        for (int t = 0; t < 5; t++) packed |= Band(typeCounts[t], total) << (3 * t);
        packed |= (uint)best << 15;
        packed |= Band(typeCounts[best], total) << 18;
        packed |= (uint)Math.Min(15, System.Numerics.BitOperations.Log2((uint)total)) << 21;
        packed |= Band(opening, Math.Max(1, entity)) << 25;
        return packed;
    }

    /// <summary>The type most often given to the form in the corpus (-1: O) and the band of its share; false when the form has no history.</summary>
    public bool TryMajority(ulong stem, out int type, out int band)
    {
        type = -1;
        band = 0;
        if (!_words.TryGetValue(stem, out uint w)) return false;
        type = (int)((w >> 15) & 7) - 1;
        band = (int)((w >> 18) & 7);
        return true;
    }

    /// <summary>Appends the history features of word <paramref name="i"/> (and of the pair it ends, and its neighbours' majorities).</summary>
    public void AddFeatures(ReadOnlySpan<ulong> stems, int i, List<ulong> keys)
    {
        if (_words.TryGetValue(stems[i], out uint w))
        {
            for (int t = 1; t < 5; t++) keys.Add(FeatureHash.Feature(70 + t, (w >> (3 * t)) & 7));
            uint best = (w >> 15) & 7;
            keys.Add(FeatureHash.Feature(75, best * 8 + ((w >> 18) & 7)));
            keys.Add(FeatureHash.Feature(76, best * 16 + ((w >> 21) & 15)));
            if (best != 0 || ((w >> 3) & 4095) != 0) keys.Add(FeatureHash.Feature(77, ((w >> 25) & 7) * 8 + (w & 7)));
        }
        else
        {
            keys.Add(FeatureHash.Feature(70, 0));
        }
        if (i > 0 && _pairs.TryGetValue(PairKey(stems[i - 1], stems[i]), out uint p))
        {
            uint best = (p >> 15) & 7;
            keys.Add(FeatureHash.Feature(80, best * 8 + ((p >> 18) & 7)));
            keys.Add(FeatureHash.Feature(81, ((p >> 25) & 7) * 8 + best));
        }
        if (i > 0 && _words.TryGetValue(stems[i - 1], out uint before)) keys.Add(FeatureHash.Feature(82, (before >> 15) & 7));
        if (i + 1 < stems.Length && _words.TryGetValue(stems[i + 1], out uint after)) keys.Add(FeatureHash.Feature(83, (after >> 15) & 7));
    }
}
