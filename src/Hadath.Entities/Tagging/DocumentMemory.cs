namespace Hadath.Entities.Tagging;

/// <summary>
/// Document-level consistency: how the first pass labelled each word form (by its clitic-free stem) across the
/// whole story. The second pass reads it as features, so a name recognised in one sentence pulls its other
/// mentions (كيري after جون كيري) the same way, and learns from held-out predictions how far to trust it.
/// </summary>
internal sealed class DocumentMemory
{
    private const int L = EntityLabels.Count;

    // Each stem's label counts sit in one shared array (a row of L counts per stem, in the order stems were first
    // recorded), found through an open-addressing table of stems (stem keys are hashes already: their low bits pick
    // the slot). A tagging thread reuses one memory for every story, so clearing touches only what the last story
    // filled: its slots (listed by row) and its rows of counts.
    private Slot[] _slots = new Slot[128];

    // The slots in use: a prefix of the array, sized for the story (Reset), so a short story after a long one probes a
    // small table that stays in the CPU's caches instead of the long story's table, one cache miss per word.
    private int _mask = 127;
    private int[] _slotOfRow = new int[64];
    private int[] _counts = new int[L * 64];

    // Per row: how many of its stem's labels are not O. Most words are only ever O, and such a word has no features.
    private int[] _entityLabels = new int[64];

    private struct Slot
    {
        public ulong Stem;
        public int Row;   // row + 1; 0 = empty
    }

    /// <summary>Distinct stems held.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets every stem, keeping the memory's capacity (a tagging thread reuses one memory for every story).</summary>
    public void Clear()
    {
        Array.Clear(_counts, 0, Count * L);
        Array.Clear(_entityLabels, 0, Count);
        for (int row = 0; row < Count; row++) _slots[_slotOfRow[row]] = default;
        Count = 0;
    }

    /// <summary>Forgets every stem and sizes the table in use for a story of <paramref name="words"/> words (no more distinct stems).</summary>
    public void Reset(int words)
    {
        Clear();
        int size = (int)Math.Max(128, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(words, 1) * 2));
        if (size > _slots.Length) _slots = new Slot[size];
        _mask = size - 1;
    }

    /// <summary>Counts <paramref name="label"/> for <paramref name="stem"/>; returns the stem's row (for <see cref="AddFeaturesOfRow"/>).</summary>
    public int Record(ulong stem, int label)
    {
        int slot = SlotOf(stem);
        int row = _slots[slot].Row - 1;
        if (row < 0)
        {
            if ((Count + 1) * 2 > _mask + 1)
            {
                Grow();
                slot = SlotOf(stem);
            }
            row = Count++;
            if (row == _slotOfRow.Length)
            {
                Array.Resize(ref _slotOfRow, row * 2);
                Array.Resize(ref _counts, row * 2 * L);
                Array.Resize(ref _entityLabels, row * 2);
            }
            _slots[slot] = new Slot { Stem = stem, Row = row + 1 };
            _slotOfRow[row] = slot;
        }
        _counts[row * L + label]++;
        if (label != EntityLabels.Outside) _entityLabels[row]++;
        return row;
    }

    public void AddFeatures(ulong stem, List<ulong> keys) => AddFeaturesOfRow(_slots[SlotOf(stem)].Row - 1, keys);

    /// <summary>
    /// <see cref="AddFeatures"/> of the stem whose row <see cref="Record"/> returned (-1: a stem not recorded): a story's
    /// words are recorded and then read in turn, so each is looked up once.
    /// </summary>
    public void AddFeaturesOfRow(int row, List<ulong> keys)
    {
        // A stem labelled only O adds nothing below (the loop adds a key per entity label, and none is best).
        if (row < 0 || _entityLabels[row] == 0) return;
        var counts = _counts.AsSpan(row * L, L);
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

    /// <summary>The slot holding <paramref name="stem"/>, or the empty slot where it would go.</summary>
    private int SlotOf(ulong stem)
    {
        int mask = _mask;
        int slot = (int)stem & mask;
        while (_slots[slot].Row != 0 && _slots[slot].Stem != stem) slot = (slot + 1) & mask;
        return slot;
    }

    /// <summary>Doubles the table in use and puts every stem back (rows and counts stay where they are).</summary>
    private void Grow()
    {
        var stems = new ulong[Count];
        for (int row = 0; row < Count; row++)
        {
            stems[row] = _slots[_slotOfRow[row]].Stem;
            _slots[_slotOfRow[row]] = default;
        }
        int size = (_mask + 1) * 2;
        if (size > _slots.Length) _slots = new Slot[size];
        _mask = size - 1;
        for (int row = 0; row < Count; row++)
        {
            int slot = SlotOf(stems[row]);
            _slots[slot] = new Slot { Stem = stems[row], Row = row + 1 };
            _slotOfRow[row] = slot;
        }
    }
}
