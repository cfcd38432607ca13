namespace Hadath.Entities.Tagging;

/// <summary>
/// Document-level consistency: how the first pass labelled each word form (by its clitic-free stem) across the
/// whole story. The second pass reads it as features, so a name recognised in one sentence pulls its other
/// mentions (كيري after جون كيري) the same way, and learns from held-out predictions how far to trust it.
/// </summary>
internal sealed class DocumentMemory
{
    // Each stem's label counts sit in one shared array (a row of EntityLabels.Count from its offset): one
    // allocation per document instead of one per distinct stem.
    private readonly Dictionary<ulong, int> _offsetByStem = new();
    private int[] _counts = new int[EntityLabels.Count * 64];

    /// <summary>Distinct stems held.</summary>
    public int Count => _offsetByStem.Count;

    /// <summary>Forgets every stem, keeping the memory's capacity (a tagging thread reuses one memory for every story).</summary>
    public void Clear()
    {
        Array.Clear(_counts, 0, _offsetByStem.Count * EntityLabels.Count);
        _offsetByStem.Clear();
    }

    public void Record(ulong stem, int label)
    {
        if (!_offsetByStem.TryGetValue(stem, out int offset))
        {
            offset = _offsetByStem.Count * EntityLabels.Count;
            if (offset + EntityLabels.Count > _counts.Length) Array.Resize(ref _counts, _counts.Length * 2);
            _offsetByStem[stem] = offset;
        }
        _counts[offset + label]++;
    }

    public void AddFeatures(ulong stem, List<ulong> keys)
    {
        if (!_offsetByStem.TryGetValue(stem, out int offset)) return;
        var counts = _counts.AsSpan(offset, EntityLabels.Count);
        int total = 0, entity = 0, best = -1;
        for (int label = 0; label < counts.Length; label++)
        {
            total += counts[label];
            if (label == EntityLabels.Outside || counts[label] == 0) continue;
            entity += counts[label];
            keys.Add(FeatureHash.Feature(40, (ulong)label));
            if (best < 0 || counts[label] > counts[best]) best = label;
        }
        if (best < 0) return;
        keys.Add(FeatureHash.Feature(41, (ulong)EntityLabels.TypeOf(best)));
        int share = entity * 4 / total;
        keys.Add(FeatureHash.Feature(42, (ulong)(share * 8 + Math.Min(entity, 3))));
    }
}
