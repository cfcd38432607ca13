namespace Hadath.Entities.Tagging;

/// <summary>
/// An open-addressing map from 64-bit feature keys to weight rows; immutable after construction. Key and row sit
/// side by side in one slot so a lookup touches one cache line.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    private struct Slot
    {
        public ulong Key;
        public int Row;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public FeatureTable(IReadOnlyList<ulong> keys)
    {
        int capacity = 16;
        while (capacity < keys.Count * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        for (int i = 0; i < capacity; i++) _slots[i].Row = -1;
        _mask = capacity - 1;
        Keys = keys.ToArray();
        for (int row = 0; row < keys.Count; row++)
        {
            int slot = (int)(keys[row] & (ulong)_mask);
            while (_slots[slot].Row >= 0) slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Key = keys[row], Row = row };
        }
    }

    /// <summary>The keys in row order, for saving.</summary>
    public ulong[] Keys { get; }

    public int Count => Keys.Length;

    public int Find(ulong key)
    {
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var s = ref _slots[slot];
            if (s.Row < 0 || s.Key == key) return s.Row;
            slot = (slot + 1) & _mask;
        }
    }
}
