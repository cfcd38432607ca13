using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>The weight rows of one feature key in the first and the second pass (-1 where that pass lacks it).</summary>
internal readonly record struct RowPair(int First, int Second)
{
    public static readonly RowPair None = new(-1, -1);

    public bool IsNone => First < 0 && Second < 0;
}

/// <summary>
/// One open-addressing map from a feature key to its rows in both passes. The second pass reads every first-pass
/// feature again, so one probe here replaces a probe in each pass's <see cref="FeatureTable"/> (the tables are far
/// larger than the CPU caches: a probe is mostly a cache miss). Built from the passes' tables; immutable.
/// </summary>
internal sealed class JointFeatureTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    private struct Slot
    {
        public ulong Key;
        public int First;
        public int Second;
    }

    public JointFeatureTable(FeatureTable first, FeatureTable? second)
    {
        int count = first.Count + (second?.Count ?? 0);
        int capacity = 16;
        while (capacity < count * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        // Empty slots have both rows -1; a key present in either pass has at least one row.
        for (int i = 0; i < capacity; i++) _slots[i] = new Slot { First = -1, Second = -1 };
        for (int row = 0; row < first.Count; row++) SlotOf(first.Keys[row]).First = row;
        if (second is null) return;
        for (int row = 0; row < second.Count; row++) SlotOf(second.Keys[row]).Second = row;
    }

    /// <summary>The slot holding <paramref name="key"/>, claimed for it when the key is new (construction only).</summary>
    private ref Slot SlotOf(ulong key)
    {
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref var s = ref _slots[slot];
            if (s.First < 0 && s.Second < 0)
            {
                s.Key = key;
                return ref s;
            }
            if (s.Key == key) return ref s;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>How many keys ahead <see cref="FindAll"/> prefetches: enough to overlap the cache misses of random probes.</summary>
    private const int PrefetchDistance = 16;

    /// <summary>The rows of many keys at once, prefetching the slots of the keys ahead so their cache misses overlap.</summary>
    public unsafe void FindAll(ReadOnlySpan<ulong> keys, Span<RowPair> rows)
    {
        // A prefetch is only a hint: it never faults, and the slot array is large enough to live on the
        // large-object heap, which the GC does not move.
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
        if (Sse.IsSupported)
        {
            for (int f = 0; f < Math.Min(keys.Length, PrefetchDistance); f++)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref first, (int)(keys[f] & (ulong)_mask))));
            }
        }
        for (int f = 0; f < keys.Length; f++)
        {
            if (Sse.IsSupported && f + PrefetchDistance < keys.Length)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref first, (int)(keys[f + PrefetchDistance] & (ulong)_mask))));
            }
            rows[f] = Find(keys[f]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public RowPair Find(ulong key)
    {
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var s = ref Unsafe.Add(ref first, slot);
            if (s.Key == key && (s.First >= 0 || s.Second >= 0)) return new RowPair(s.First, s.Second);
            if (s.First < 0 && s.Second < 0) return RowPair.None;
            slot = (slot + 1) & _mask;
        }
    }
}
