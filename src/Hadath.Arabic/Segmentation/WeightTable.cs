namespace Hadath.Arabic.Segmentation;

/// <summary>
/// The perceptron weights as an open-addressing table: key and weight side by side in one slot, so a lookup
/// (hundreds per unseen word) touches one cache line where <see cref="Dictionary{TKey,TValue}"/> touches two.
/// Immutable after construction; absent keys weigh 0.
/// </summary>
internal sealed class WeightTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    private struct Slot
    {
        public ulong Key;
        public float Weight;
        public bool Used;
    }

    public WeightTable(IReadOnlyDictionary<ulong, float> weights)
    {
        int capacity = 16;
        while (capacity < weights.Count * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach (var (key, weight) in weights)
        {
            int slot = SlotOf(key);
            while (_slots[slot].Used) slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Key = key, Weight = weight, Used = true };
        }
    }

    public float this[ulong key]
    {
        get
        {
            int slot = SlotOf(key);
            while (true)
            {
                ref readonly var s = ref _slots[slot];
                if (!s.Used) return 0;
                if (s.Key == key) return s.Weight;
                slot = (slot + 1) & _mask;
            }
        }
    }

    /// <summary>FNV keys are poor in their low bits alone; fold the high half in.</summary>
    private int SlotOf(ulong key) => (int)((key ^ (key >> 29) ^ (key >> 47)) & (ulong)_mask);
}
