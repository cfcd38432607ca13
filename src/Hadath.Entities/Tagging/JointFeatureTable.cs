using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>
/// One open-addressing map from a feature key to its joint row: the key's weights in the first pass followed by
/// its weights in the second (zeros where a pass lacks the key), side by side in <see cref="Weights"/>. The second
/// pass reads every first-pass feature again, so one probe here replaces a probe in each pass's
/// <see cref="FeatureTable"/>, and one row of 34 floats (three cache lines) replaces two rows of 17 far apart (four).
/// Adding a zero leaves a sum unchanged (sums start at +0 and never become −0), so the scores are bit for bit those
/// of the passes' own rows. Built from the passes' tables; immutable.
/// </summary>
internal sealed class JointFeatureTable
{
    private const int L = EntityLabels.Count;

    private readonly Slot[] _slots;
    private readonly int _mask;

    private struct Slot
    {
        public ulong Key;
        public int Row;   // -1 = empty
    }

    public JointFeatureTable(LinearChain firstPass, LinearChain? secondPass)
    {
        var first = firstPass.Table;
        var second = secondPass?.Table;
        int count = first.Count + (second?.Count ?? 0);
        int capacity = 16;
        while (capacity < count * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (int i = 0; i < capacity; i++) _slots[i].Row = -1;
        // The first pass's rows keep their numbers; keys only the second pass knows follow them.
        int rows = 0;
        for (int row = 0; row < first.Count; row++) RowOf(first.Keys[row], ref rows);
        if (second is not null)
        {
            for (int row = 0; row < second.Count; row++) RowOf(second.Keys[row], ref rows);
        }
        Stride = second is null ? L : 2 * L;
        Weights = new float[rows * Stride];
        for (int row = 0; row < first.Count; row++) firstPass.Weights.AsSpan(row * L, L).CopyTo(Weights.AsSpan(row * Stride));
        if (second is null) return;
        for (int row = 0; row < second.Count; row++)
        {
            secondPass!.Weights.AsSpan(row * L, L).CopyTo(Weights.AsSpan(Find(second.Keys[row]) * Stride + L));
        }
    }

    /// <summary>Floats per joint row: the labels of the first pass, then (with a second pass) those of the second.</summary>
    public int Stride { get; }

    /// <summary>Every joint row, one after another.</summary>
    public float[] Weights { get; }

    /// <summary>The joint row of <paramref name="key"/>, numbered next when the key is new (construction only).</summary>
    private void RowOf(ulong key, ref int next)
    {
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref var s = ref _slots[slot];
            if (s.Row < 0)
            {
                s.Key = key;
                s.Row = next++;
                return;
            }
            if (s.Key == key) return;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>How many keys ahead <see cref="FindAll"/> prefetches: enough to overlap the cache misses of random probes.</summary>
    private const int PrefetchDistance = 16;

    /// <summary>The joint rows of many keys at once (-1 for unknown keys), prefetching the slots of the keys ahead so their cache misses overlap.</summary>
    public unsafe void FindAll(ReadOnlySpan<ulong> keys, Span<int> rows)
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

    /// <summary>The joint row of <paramref name="key"/>, or -1 when neither pass knows it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var s = ref Unsafe.Add(ref first, slot);
            if (s.Row < 0) return -1;
            if (s.Key == key) return s.Row;
            slot = (slot + 1) & _mask;
        }
    }
}
