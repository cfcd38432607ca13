namespace Hadath.Arabic.Segmentation;

/// <summary>
/// The perceptron weights as an open-addressing table: key and weight side by side in one slot, so a lookup
/// (hundreds per unseen word) touches one cache line where <see cref="Dictionary{TKey,TValue}"/> touches two.
/// Immutable after construction; absent keys weigh 0. Also holds the name-likeness trigram log odds.
/// </summary>
internal sealed class WeightTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly int _shift;

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
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        foreach (var (key, weight) in weights)
        {
            int slot = SlotOf(key);
            while (_slots[slot].Used) slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Key = key, Weight = weight, Used = true };
        }
    }

    public float this[ulong key] => TryGetValue(key, out float weight) ? weight : 0;

    public bool TryGetValue(ulong key, out float weight)
    {
        int slot = SlotOf(key);
        while (true)
        {
            ref readonly var s = ref _slots[slot];
            if (!s.Used)
            {
                weight = 0;
                return false;
            }
            if (s.Key == key)
            {
                weight = s.Weight;
                return true;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Fibonacci hashing: the top bits of key × 2^64/φ, good for FNV keys and packed trigrams alike.</summary>
    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
