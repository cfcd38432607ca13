using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

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

    /// <summary>How many keys ahead <see cref="FindAll"/> prefetches: enough to overlap the cache misses of random probes.</summary>
    private const int PrefetchDistance = 32;

    /// <summary>
    /// The rows of many keys at once (-1 where absent). The table is far larger than the CPU caches, so a probe is
    /// mostly a cache miss; prefetching the slot of a key a few places ahead overlaps those misses.
    /// </summary>
    public unsafe void FindAll(ReadOnlySpan<ulong> keys, Span<int> rows)
    {
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
        for (int f = 0; f < keys.Length; f++)
        {
            // A prefetch is only a hint: it never faults, and the slot array is large enough to live on the
            // large-object heap, which the GC does not move.
            if (Sse.IsSupported && f + PrefetchDistance < keys.Length)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref first, (int)(keys[f + PrefetchDistance] & (ulong)_mask))));
            }
            rows[f] = Find(keys[f]);
        }
    }

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
