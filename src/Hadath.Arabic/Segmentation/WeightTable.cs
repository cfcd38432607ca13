using System.Runtime.InteropServices;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// The perceptron weights as an open-addressing table of 12-byte entries, key and weight side by side (key 0 marks an
/// empty slot): a new word's features are looked up cold, and a hit then costs one memory miss, not one for the key
/// and another for a weight kept in an array of its own. Immutable after construction; absent keys weigh 0. Also
/// holds the name-likeness trigram log odds.
/// </summary>
internal sealed class WeightTable
{
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Entry
    {
        public ulong Key;
        public float Weight;
    }

    private readonly Entry[] _entries;
    private readonly int _mask;
    private readonly int _shift;
    // Key 0 cannot mark an empty slot and be a key at once: it is kept aside.
    private readonly bool _hasZeroKey;
    private readonly float _zeroKeyWeight;

    public WeightTable(IReadOnlyDictionary<ulong, float> weights)
    {
        int capacity = 16;
        while (capacity < weights.Count * 2) capacity <<= 1;
        _entries = new Entry[capacity];
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
            while (_entries[slot].Key != 0) slot = (slot + 1) & _mask;
            _entries[slot] = new Entry { Key = key, Weight = weight };
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
        var entries = _entries;
        int slot = SlotOf(key);
        while (true)
        {
            ref var entry = ref entries[slot];
            ulong k = entry.Key;
            if (k == key)
            {
                weight = entry.Weight;
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

    /// <summary>
    /// Asks the processor to fetch the slots of <paramref name="keys"/>, without waiting: a new word's features are
    /// looked up cold, and asked for together their misses overlap instead of each waiting on the probe before it.
    /// </summary>
    public unsafe void Prefetch(ReadOnlySpan<ulong> keys)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported) return;
        var entries = _entries;
        foreach (ulong key in keys) System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref entries[SlotOf(key)]));
    }

    /// <summary>Fibonacci hashing: the top bits of key × 2^64/φ, good for FNV keys and packed trigrams alike.</summary>
    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
