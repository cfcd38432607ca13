using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>
/// Sums of <see cref="JointFeatureTable"/> rows, which keep only their nonzero weights: each weight is added to its
/// label's sum, the rows in order, so every label's sum is the same sequence of additions as over dense rows less the
/// additions of zero (which change nothing: sums start at +0 and never become −0). A row's weights are spread back
/// to their labels a vector at a time (AVX-512's expanding load, or a permutation where it is missing).
/// </summary>
internal static class JointRowSums
{
    private const int L = EntityLabels.Count;

    /// <summary>
    /// How many rows ahead <see cref="SumRows"/> prefetches (rare words' rows are cache misses). A row in the cache takes
    /// a few nanoseconds, so the prefetch must run well ahead (summing 400 stories' rows alternately, the fastest of 20
    /// rounds: 346–407 ns per token at 16 rows ahead, 243–372 at 48).
    /// </summary>
    private const int PrefetchDistance = 48;

    /// <summary>Whether <see cref="SumRows"/> takes the AVX-512 path on this machine.</summary>
    public static bool Wide => Avx512F.VL.IsSupported;

    /// <summary>
    /// Sums each word's rows (word i owns <c>rows[starts[i]..starts[i+1]]</c>, references from the table) into its
    /// first-pass scores and, when <paramref name="second"/> is not empty, its second-pass scores (n × labels each).
    /// </summary>
    public static void SumRows(JointFeatureTable table, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts, Span<float> first, Span<float> second) =>
        SumRows(table, rows, starts, first, second, Wide);

    /// <summary><see cref="SumRows(JointFeatureTable, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{float}, Span{float})"/> on the path asked for (tests compare both).</summary>
    internal static void SumRows(JointFeatureTable table, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts, Span<float> first, Span<float> second, bool wide)
    {
        int n = starts.Length - 1;
        if (first.Length < n * L || (!second.IsEmpty && second.Length < n * L)) throw new ArgumentException("too few scores for the words");
        if (starts[n] > rows.Length) throw new ArgumentException("too few rows for the words");
        if (wide && Avx512F.VL.IsSupported) SumWide(table.Data, rows, starts, first, second);
        else SumNarrow(table.Data, rows, starts, first, second);
    }

    // Lane l's bit of a row header (labels 0–15 of one pass), and of a reference's two label-16 bits (lanes 2 and 3 unused).
    private static readonly Vector512<uint> LabelBits = Vector512.Create(1u, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768);
    private static readonly Vector128<int> LastBits = Vector128.Create(1, 2, 4, 8);

    /// <summary>AVX-512: each pass's labels 0–15 are one expanding load (its lanes without a weight get zero), label 16 of both passes another.</summary>
    private static unsafe void SumWide(float[] data, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts, Span<float> first, Span<float> second)
    {
        int n = starts.Length - 1;
        int total = starts[n];
        bool both = !second.IsEmpty;
        var labelBits = LabelBits;
        var highBits = LabelBits << 16;
        var lastBits = LastBits;
        ref int row0 = ref MemoryMarshal.GetReference(rows);
        // The rows are only read, inside the data array (every reference points at a header; a row's weights follow it).
        fixed (float* d = data)
        {
            for (int i = 0; i < n; i++)
            {
                var a = Vector512<float>.Zero;
                var b = Vector512<float>.Zero;
                var last = Vector128<float>.Zero;
                for (int f = starts[i]; f < starts[i + 1]; f++)
                {
                    // A prefetch never faults, whatever the address.
                    // A reference is its header's index times 4 plus two bits: without the bits, the header's byte offset.
                    if (f + PrefetchDistance < total) Sse.Prefetch0((byte*)d + (Unsafe.Add(ref row0, f + PrefetchDistance) & ~3));
                    int reference = Unsafe.Add(ref row0, f);
                    float* row = (float*)((byte*)d + (reference & ~3));
                    uint header = *(uint*)row;
                    // The weights are loaded as their bits (the masks then stay mask registers) and added as floats.
                    uint* weights = (uint*)row + 1;
                    // One broadcast of the header serves both passes' masks (a test of the lane's bit: one instruction).
                    var bits = Vector512.Create(header);
                    var low = Avx512F.ExpandLoad(weights, Avx512F.CompareNotEqual(bits & labelBits, Vector512<uint>.Zero), Vector512<uint>.Zero);
                    var high = Avx512F.ExpandLoad(weights + BitOperations.PopCount(header & 0xFFFF), Avx512F.CompareNotEqual(bits & highBits, Vector512<uint>.Zero), Vector512<uint>.Zero);
                    var ends = Avx512F.VL.ExpandLoad((int*)weights + BitOperations.PopCount(header), Avx512F.VL.CompareNotEqual(Vector128.Create(reference) & lastBits, Vector128<int>.Zero), Vector128<int>.Zero);
                    a += low.AsSingle();
                    b += high.AsSingle();
                    last += ends.AsSingle();
                }
                ref float e1 = ref first[i * L];
                a.StoreUnsafe(ref e1);
                Unsafe.Add(ref e1, L - 1) = last.GetElement(0);
                if (!both) continue;
                ref float e2 = ref second[i * L];
                b.StoreUnsafe(ref e2);
                Unsafe.Add(ref e2, L - 1) = last.GetElement(1);
            }
        }
    }

    /// <summary>For each byte of header bits: where each of 8 lanes finds its weight among the byte's packed weights (0 for lanes without one).</summary>
    private static readonly Vector256<int>[] ExpandIndex = BuildExpandIndex();

    private static readonly Vector256<int> ByteBits = Vector256.Create(1, 2, 4, 8, 16, 32, 64, 128);

    private static Vector256<int>[] BuildExpandIndex()
    {
        var table = new Vector256<int>[256];
        Span<int> lanes = stackalloc int[8];
        for (int bits = 0; bits < 256; bits++)
        {
            for (int lane = 0; lane < 8; lane++) lanes[lane] = (bits >> lane & 1) != 0 ? BitOperations.PopCount((uint)(bits & ((1 << lane) - 1))) : 0;
            table[bits] = Vector256.Create<int>(lanes);
        }
        return table;
    }

    /// <summary>Without AVX-512: eight labels at a time, the packed weights permuted to their lanes and the lanes without one zeroed.</summary>
    private static unsafe void SumNarrow(float[] data, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts, Span<float> first, Span<float> second)
    {
        int n = starts.Length - 1;
        int total = starts[n];
        bool both = !second.IsEmpty;
        fixed (float* d = data)
        {
            for (int i = 0; i < n; i++)
            {
                Vector256<float> a0 = Vector256<float>.Zero, a1 = a0, b0 = a0, b1 = a0;
                float a16 = 0, b16 = 0;
                for (int f = starts[i]; f < starts[i + 1]; f++)
                {
                    if (Sse.IsSupported && f + PrefetchDistance < total) Sse.Prefetch0(d + (rows[f + PrefetchDistance] >> 2));
                    int reference = rows[f];
                    float* row = d + (reference >> 2);
                    uint header = *(uint*)row;
                    float* next = row + 1;
                    a0 += Expand(ref next, header & 0xFF);
                    a1 += Expand(ref next, header >> 8 & 0xFF);
                    b0 += Expand(ref next, header >> 16 & 0xFF);
                    b1 += Expand(ref next, header >> 24);
                    if ((reference & 1) != 0) a16 += *next++;
                    if ((reference & 2) != 0) b16 += *next;
                }
                ref float e1 = ref first[i * L];
                a0.StoreUnsafe(ref e1);
                a1.StoreUnsafe(ref e1, 8);
                Unsafe.Add(ref e1, 16) = a16;
                if (!both) continue;
                ref float e2 = ref second[i * L];
                b0.StoreUnsafe(ref e2);
                b1.StoreUnsafe(ref e2, 8);
                Unsafe.Add(ref e2, 16) = b16;
            }
        }
    }

    /// <summary>
    /// The packed weights at <paramref name="next"/> of the labels whose bits are set in <paramref name="bits"/> (8
    /// labels), in their lanes, zero elsewhere; moves <paramref name="next"/> past them. Reads a whole vector from
    /// <paramref name="next"/>: the data array has a vector's slack after its last row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector256<float> Expand(ref float* next, uint bits)
    {
        var packed = Vector256.Load(next);
        var index = ExpandIndex[bits];
        var spread = Avx2.IsSupported ? Avx2.PermuteVar8x32(packed, index) : Vector256.Shuffle(packed, index);
        next += BitOperations.PopCount(bits);
        return spread & Vector256.Equals(Vector256.Create((int)bits) & ByteBits, ByteBits).AsSingle();
    }

    /// <summary>
    /// Adds the second-pass weights of each word's rows (word i owns <c>rows[starts[i]..starts[i+1]]</c>, -1 for keys
    /// neither pass knows) to its scores (n × labels), the rows in order: each label's sum gets the same additions as
    /// with <see cref="AddSecond(Span{float}, JointFeatureTable, int)"/> row by row (a lane without a weight adds +0,
    /// which leaves a sum that is never −0 unchanged).
    /// </summary>
    public static void AddSecond(Span<float> scores, JointFeatureTable table, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts) =>
        AddSecond(scores, table, rows, starts, wide: true);

    /// <summary>As the public overload; <paramref name="wide"/> false keeps to the row-by-row loop (tests compare the two).</summary>
    internal static unsafe void AddSecond(Span<float> scores, JointFeatureTable table, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts, bool wide)
    {
        int n = starts.Length - 1;
        if (scores.Length < n * L) throw new ArgumentException("too few scores for the words");
        if (!wide || !Avx512F.VL.IsSupported)
        {
            for (int i = 0; i < n; i++)
            {
                var target = scores.Slice(i * L, L);
                foreach (int reference in rows[starts[i]..starts[i + 1]])
                {
                    if (reference >= 0) AddSecond(target, table, reference);
                }
            }
            return;
        }
        var labelBits = LabelBits;
        fixed (float* d = table.Data)
        {
            for (int i = 0; i < n; i++)
            {
                if (starts[i] == starts[i + 1]) continue;
                ref float target = ref scores[i * L];
                var sum = Vector512.LoadUnsafe(ref target);
                float last = Unsafe.Add(ref target, L - 1);
                foreach (int reference in rows[starts[i]..starts[i + 1]])
                {
                    if (reference < 0) continue;
                    float* row = d + (reference >> 2);
                    uint header = *(uint*)row;
                    uint* weights = (uint*)row + 1 + BitOperations.PopCount(header & 0xFFFF);
                    sum += Avx512F.ExpandLoad(weights, Vector512.Equals(Vector512.Create(header >> 16) & labelBits, labelBits), Vector512<uint>.Zero).AsSingle();
                    if ((reference & 2) != 0) last += *((float*)weights + BitOperations.PopCount(header >> 16) + (reference & 1));
                }
                sum.StoreUnsafe(ref target);
                Unsafe.Add(ref target, L - 1) = last;
            }
        }
    }

    /// <summary>Adds a row's second-pass weights to a word's scores (labels floats).</summary>
    public static void AddSecond(Span<float> target, JointFeatureTable table, int reference)
    {
        var data = table.Data.AsSpan();
        int at = reference >> 2;
        uint header = MemoryMarshal.Cast<float, uint>(data)[at];
        int next = at + 1 + BitOperations.PopCount(header & 0xFFFF);
        for (uint bits = header >> 16; bits != 0; bits &= bits - 1) target[BitOperations.TrailingZeroCount(bits)] += data[next++];
        if ((reference & 2) != 0) target[L - 1] += data[next + (reference & 1)];
    }
}
