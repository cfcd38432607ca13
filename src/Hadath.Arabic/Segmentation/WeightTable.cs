namespace Hadath.Arabic.Segmentation;

/// <summary>
/// The perceptron weights as an open-addressing table. The keys sit alone in one array (key 0 marks an empty slot),
/// so a lookup of an absent key (most features of a new word) touches only that array, half the memory of keys and
/// weights interleaved; the weight is read only on a hit. Immutable after construction; absent keys weigh 0. Also
/// holds the name-likeness trigram log odds.
/// </summary>
internal sealed class WeightTable
{
    private readonly ulong[] _keys;
    private readonly float[] _weights;
    private readonly int _mask;
    private readonly int _shift;
    // Key 0 cannot mark an empty slot and be a key at once: it is kept aside.
    private readonly bool _hasZeroKey;
    private readonly float _zeroKeyWeight;

    public WeightTable(IReadOnlyDictionary<ulong, float> weights)
    {
        int capacity = 16;
        while (capacity < weights.Count * 2) capacity <<= 1;
        _keys = new ulong[capacity];
        _weights = new float[capacity];
        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        foreach (var (key, weight) in weights)
        {
            if (key == 0)
            {
                _hasZeroKey = true;
                _zeroKeyWeight = weight;
                continue;
            }
            int slot = SlotOf(key);
            while (_keys[slot] != 0) slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _weights[slot] = weight;
        }
    }

    public float this[ulong key] => TryGetValue(key, out float weight) ? weight : 0;

    public bool TryGetValue(ulong key, out float weight)
    {
        if (key == 0)
        {
            weight = _zeroKeyWeight;
            return _hasZeroKey;
        }
        var keys = _keys;
        int slot = SlotOf(key);
        while (true)
        {
            ulong k = keys[slot];
            if (k == key)
            {
                weight = _weights[slot];
                return true;
            }
            if (k == 0)
            {
                weight = 0;
                return false;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Fibonacci hashing: the top bits of key × 2^64/φ, good for FNV keys and packed trigrams alike.</summary>
    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
