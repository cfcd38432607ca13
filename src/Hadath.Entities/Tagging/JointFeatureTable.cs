using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>
/// One open-addressing map from a feature key to its joint row: the key's weights in both passes side by side
/// (zeros where a pass lacks the key). The second pass reads every first-pass feature again, so one probe here
/// replaces a probe in each pass's <see cref="FeatureTable"/>, and the weights come from two aligned cache lines
/// (labels 0–15 of both passes, see <see cref="Weights"/>) and one 8-byte entry of a small array (label 16 of both,
/// <see cref="LastLabel"/>) instead of two 68-byte rows far apart (four lines). Adding a zero leaves a sum unchanged
/// (sums start at +0 and never become −0), so the scores are bit for bit those of the passes' own rows. Built from
/// the passes' keys and weights; immutable.
/// </summary>
internal sealed class JointFeatureTable
{
    private const int L = EntityLabels.Count;

    /// <summary>Floats per row of <see cref="Weights"/>: labels 0–15 of the first pass, then labels 0–15 of the second.</summary>
    public const int Stride = 32;

    private readonly Slot[] _slots;
    private readonly int _mask;

    private struct Slot
    {
        public ulong Key;
        public int Row;   // -1 = empty
    }

    /// <summary>The joint rows of two passes (the second may be null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // runs once, at load, over every key: no tier-0 code
    public JointFeatureTable(LinearChain firstPass, LinearChain? secondPass)
        : this(firstPass.Keys, secondPass?.Keys ?? [])
    {
        Span<float> row = stackalloc float[L];
        for (int r = 0; r < firstPass.Count; r++)
        {
            firstPass.CopyRow(r, row);
            Place(row, r, 0);
        }
        for (int r = 0; r < (secondPass?.Count ?? 0); r++)
        {
            secondPass!.CopyRow(r, row);
            Place(row, Find(secondPass.Keys[r]), 1);
        }
    }

    /// <summary>Fills <paramref name="row"/> with the next row's weights (labels floats).</summary>
    public delegate void RowReader(Span<float> row);

    /// <summary>
    /// The joint rows of two passes whose weights come row by row from <paramref name="next"/>: the first pass's rows
    /// in its key order, then the second's (the model file's order since version 7), so no pass keeps weights of its own.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static JointFeatureTable Read(ulong[] firstKeys, ulong[] secondKeys, RowReader next)
    {
        var table = new JointFeatureTable(firstKeys, secondKeys);
        Span<float> row = stackalloc float[L];
        for (int r = 0; r < firstKeys.Length; r++)
        {
            next(row);
            table.Place(row, r, 0);
        }
        foreach (ulong key in secondKeys)
        {
            next(row);
            table.Place(row, table.Find(key), 1);
        }
        return table;
    }

    /// <summary>Numbers both passes' keys and makes their rows, all zero (the first pass's rows keep their numbers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JointFeatureTable(ulong[] firstKeys, ulong[] secondKeys)
    {
        // Sized for the keys of both passes together (most are in both): half the size of a table sized for the two
        // counts added up, so more of it stays in the CPU's caches. The keys go in from a table sized for the larger
        // pass, which doubles (all keys again) in the rare case that the union fills more than half of it.
        int capacity = 16;
        while (capacity < Math.Max(firstKeys.Length, secondKeys.Length) * 2) capacity <<= 1;
        int rows;
        while (!TryNumber(firstKeys, secondKeys, capacity, out _slots, out rows)) capacity <<= 1;
        _mask = capacity - 1;
        // A row starts on a cache line: the array gets one line of slack and the rows start at its first aligned float.
        // It is large enough for the large-object heap, which the GC does not move (were it moved, only speed would suffer).
        Weights = new float[rows * Stride + 16];
        WeightsStart = AlignedStart(Weights);
        LastLabel = new float[rows * 2];
    }

    /// <summary>Joint row <paramref name="joint"/>'s weights of one pass (0 or 1) into <paramref name="destination"/> (labels floats).</summary>
    public void CopyRow(int joint, int pass, Span<float> destination)
    {
        Weights.AsSpan(WeightsStart + joint * Stride + pass * (L - 1), L - 1).CopyTo(destination);
        destination[L - 1] = LastLabel[joint * 2 + pass];
    }

    /// <summary>
    /// Numbers the keys of both passes in a table of <paramref name="capacity"/> slots (the first pass's in its row
    /// order, then the keys only the second pass knows); false when they fill more than half of it.
    /// </summary>
    private static bool TryNumber(ulong[] first, ulong[] second, int capacity, out Slot[] slots, out int rows)
    {
        slots = new Slot[capacity];
        for (int i = 0; i < capacity; i++) slots[i].Row = -1;
        int mask = capacity - 1;
        rows = 0;
        foreach (var keys in (ReadOnlySpan<ulong[]>)[first, second])
        {
            foreach (ulong key in keys)
            {
                int slot = (int)(key & (ulong)mask);
                while (slots[slot].Row >= 0 && slots[slot].Key != key) slot = (slot + 1) & mask;
                if (slots[slot].Row >= 0) continue;
                if ((rows + 1) * 2 > capacity) return false;
                slots[slot] = new Slot { Key = key, Row = rows++ };
            }
        }
        return true;
    }

    /// <summary>Puts one pass's row (<paramref name="pass"/> 0 or 1) into joint row <paramref name="joint"/>.</summary>
    private void Place(ReadOnlySpan<float> row, int joint, int pass)
    {
        row[..(L - 1)].CopyTo(Weights.AsSpan(WeightsStart + joint * Stride + pass * (L - 1)));
        LastLabel[joint * 2 + pass] = row[L - 1];
    }

    /// <summary>Every joint row's labels 0–15 of both passes (<see cref="Stride"/> floats from <see cref="WeightsStart"/> + row × stride).</summary>
    public float[] Weights { get; }

    /// <summary>Where row 0 starts in <see cref="Weights"/> (the first float on a 64-byte boundary).</summary>
    public int WeightsStart { get; }

    /// <summary>Each joint row's last label (16), first pass then second: two floats per row.</summary>
    public float[] LastLabel { get; }

    private static unsafe int AlignedStart(float[] array)
    {
        fixed (float* p = array) return (int)((64 - (long)p % 64) % 64 / sizeof(float));
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
