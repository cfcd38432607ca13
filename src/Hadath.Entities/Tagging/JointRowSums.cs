using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>
/// Sums of <see cref="JointFeatureTable"/> rows, which keep only their nonzero weights, as bytes counting steps of
/// their row: each word's weights are added up per label in 32-bit integers, in units of their pass (a byte shifted
/// left by its row's step), then turned into a float once (times the unit). Integer sums do not depend on the order of the additions, and the floats they give are exactly the float
/// sums of the rows' weights in any order (see <see cref="JointFeatureTable"/>), so the paths here and the key path
/// (<see cref="Viterbi.Emissions"/> over <see cref="LinearChain.Weights"/>) agree bit for bit.
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

    /// <summary>Whether <see cref="SumRows"/> takes the AVX-512 path on this machine (byte expanding loads).</summary>
    public static bool Wide => Avx512Vbmi2.VL.IsSupported && Avx512BW.VL.IsSupported;

    /// <summary>Header bytes in front of a row's weights.</summary>
    private const int HeaderBytes = sizeof(uint);

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
        if (wide && Wide) SumWide(table, rows, starts, first, second);
        else SumNarrow(table, rows, starts, first, second);
    }

    /// <summary>For each of 32 byte lanes, the header byte that holds its label's bit (lanes 0–15: the first pass's labels, 16–31: the second's).</summary>
    private static readonly Vector256<byte> HeaderByteOfLane =
        Vector256.Create((byte)0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3);

    /// <summary>For each of 32 byte lanes, its label's bit within that header byte.</summary>
    private static readonly Vector256<byte> BitOfLane =
        Vector256.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128);

    /// <summary>
    /// A row's labels 0–15 of both passes, their bytes spread to their lanes (first pass in lanes 0–15, second in
    /// 16–31; zero where a row has no weight) by one expanding load of bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector256<sbyte> ExpandRow(byte* row)
    {
        // Each lane gets its header byte (the shuffle keeps to 16-byte halves, and each half holds the whole header).
        var bits = Avx2.Shuffle(Vector256.Create(*(uint*)row).AsByte(), HeaderByteOfLane) & BitOfLane;
        return Avx512Vbmi2.VL.ExpandLoad((sbyte*)row + HeaderBytes, Vector256.Equals(bits, BitOfLane).AsSByte(), Vector256<sbyte>.Zero);
    }

    /// <summary>Where a row's bytes of label 16 are: after its other labels' bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe sbyte* LastSteps(byte* row) => (sbyte*)row + HeaderBytes + BitOperations.PopCount(*(uint*)row);

    /// <summary>AVX-512: a row's labels 0–15 of both passes are one expanding load of 32 bytes, widened to two vectors of sums.</summary>
    private static unsafe void SumWide(JointFeatureTable table, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts, Span<float> first, Span<float> second)
    {
        int n = starts.Length - 1;
        int total = starts[n];
        bool both = !second.IsEmpty;
        float firstUnit = table.Unit(0), secondUnit = table.Unit(1);
        ref int row0 = ref MemoryMarshal.GetReference(rows);
        // The rows are only read, inside the data array (every reference points at a header; a row's weights follow it).
        fixed (byte* d = table.Data)
        {
            for (int i = 0; i < n; i++)
            {
                var a = Vector512<int>.Zero;
                var b = Vector512<int>.Zero;
                int a16 = 0, b16 = 0;
                for (int f = starts[i]; f < starts[i + 1]; f++)
                {
                    // A prefetch never faults, whatever the address.
                    if (f + PrefetchDistance < total) Sse.Prefetch0(d + JointFeatureTable.Offset(Unsafe.Add(ref row0, f + PrefetchDistance)));
                    AddRow(d, Unsafe.Add(ref row0, f), ref a, ref b, ref a16, ref b16);
                }
                StoreScores(first, i, a, a16, firstUnit);
                if (both) StoreScores(second, i, b, b16, secondUnit);
            }
        }
    }

    /// <summary>
    /// Adds the weights of <paramref name="rows"/> (-1 for none) in units to <paramref name="sums"/>: the first pass's
    /// labels, then the second's (2 × labels integers), as <see cref="SumRows(JointFeatureTable, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{float}, Span{float})"/>
    /// adds them before turning them into floats.
    /// </summary>
    public static void AddUnits(JointFeatureTable table, ReadOnlySpan<int> rows, Span<int> sums) => AddUnits(table, rows, sums, Wide);

    /// <summary>As the public overload, on the path asked for (tests compare both).</summary>
    internal static unsafe void AddUnits(JointFeatureTable table, ReadOnlySpan<int> rows, Span<int> sums, bool wide)
    {
        if (sums.Length < 2 * L) throw new ArgumentException("too few sums for the labels");
        if (!wide || !Wide)
        {
            foreach (int reference in rows)
            {
                if (reference >= 0) AddUnits(table.Data, reference, sums);
            }
            return;
        }
        fixed (byte* d = table.Data)
        fixed (int* s = sums)
        {
            var a = Vector512.Load(s);
            var b = Vector512.Load(s + L);
            int a16 = s[L - 1], b16 = s[2 * L - 1];
            foreach (int reference in rows)
            {
                if (reference < 0) continue;
                AddRow(d, reference, ref a, ref b, ref a16, ref b16);
            }
            a.Store(s);
            s[L - 1] = a16;
            b.Store(s + L);
            s[2 * L - 1] = b16;
        }
    }

    /// <summary>Word <paramref name="i"/>'s scores in one pass: its summed units (labels 0–15 in a vector, label 16 apart) times the pass's unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreScores(Span<float> scores, int i, Vector512<int> units, int lastUnits, float unit)
    {
        ref float e = ref scores[i * L];
        (Vector512.ConvertToSingle(units) * unit).StoreUnsafe(ref e);
        Unsafe.Add(ref e, L - 1) = lastUnits * unit;
    }

    /// <summary>Adds row <paramref name="reference"/>'s units to both passes' sums (labels 0–15 in vectors, label 16 apart).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void AddRow(byte* data, int reference, ref Vector512<int> a, ref Vector512<int> b, ref int a16, ref int b16)
    {
        byte* row = data + JointFeatureTable.Offset(reference);
        var steps = ExpandRow(row);
        int firstStep = JointFeatureTable.Step(reference, 0), secondStep = JointFeatureTable.Step(reference, 1);
        a += Avx512F.ConvertToVector512Int32(steps.GetLower()) << firstStep;
        b += Avx512F.ConvertToVector512Int32(steps.GetUpper()) << secondStep;
        // Label 16 without a branch: a missing weight counts zero times (the byte read is inside the array's slack at worst).
        sbyte* last = LastSteps(row);
        a16 += (reference & 1) * last[0] << firstStep;
        b16 += (reference >> 1 & 1) * last[reference & 1] << secondStep;
    }

    /// <summary>
    /// The scores of a sentence's words (n × labels in each pass; the second's left out when empty) from the sums of
    /// their word types (<see cref="WordTypeCache.Sums"/>: word i's own, its neighbours' as previous and next word and
    /// two before and after, the boundaries' past the sentence's ends) and the rows of their combining features
    /// (<paramref name="pairRows"/>: <paramref name="pairSlots"/> per word, -1 for none). The same integers as
    /// <see cref="SumRows(JointFeatureTable, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{float}, Span{float})"/> over
    /// the words' rows one by one, so the same floats.
    /// </summary>
    public static void SumTokens(WordTypeCache cache, ReadOnlySpan<int> entries, ReadOnlySpan<int> pairRows, int pairSlots, Span<float> first, Span<float> second) =>
        SumTokens(cache, entries, pairRows, pairSlots, first, second, Wide);

    /// <summary>As the public overload, on the path asked for (tests compare both).</summary>
    [SkipLocalsInit]   // the narrow path's sums are cleared per word
    internal static unsafe void SumTokens(WordTypeCache cache, ReadOnlySpan<int> entries, ReadOnlySpan<int> pairRows, int pairSlots, Span<float> first, Span<float> second, bool wide)
    {
        const int T = WordTypeCache.TypeSumInts, R = WordTypeCache.RoleInts;
        int n = entries.Length;
        bool both = !second.IsEmpty;
        if (first.Length < n * L || (both && second.Length < n * L)) throw new ArgumentException("too few scores for the words");
        if (pairRows.Length < n * pairSlots) throw new ArgumentException("too few combining rows for the words");
        var table = cache.Table;
        float firstUnit = table.Unit(0), secondUnit = table.Unit(1);
        Span<int> narrow = stackalloc int[2 * L];
        // Only read: every entry is a type of the cache's current generation, whose sums are in place.
        fixed (int* types = cache.Sums)
        fixed (int* boundaries = cache.BoundarySums)
        fixed (byte* d = table.Data)
        {
            for (int i = 0; i < n; i++)
            {
                int* self = types + entries[i] * T;
                int* previous = (i > 0 ? types + entries[i - 1] * T : boundaries + 1 * T) + R;
                int* next = (i + 1 < n ? types + entries[i + 1] * T : boundaries + 3 * T) + 2 * R;
                int* previous2 = (i > 1 ? types + entries[i - 2] * T : boundaries) + 3 * R;
                int* next2 = (i + 2 < n ? types + entries[i + 2] * T : boundaries + 4 * T) + 4 * R;
                var pairs = pairRows.Slice(i * pairSlots, pairSlots);
                if (wide && Wide)
                {
                    var a = Vector512.Load(self) + Vector512.Load(previous) + Vector512.Load(next) + Vector512.Load(previous2) + Vector512.Load(next2);
                    var b = Vector512.Load(self + L) + Vector512.Load(previous + L) + Vector512.Load(next + L) + Vector512.Load(previous2 + L) + Vector512.Load(next2 + L);
                    int a16 = self[L - 1] + previous[L - 1] + next[L - 1] + previous2[L - 1] + next2[L - 1];
                    int b16 = self[2 * L - 1] + previous[2 * L - 1] + next[2 * L - 1] + previous2[2 * L - 1] + next2[2 * L - 1];
                    foreach (int reference in pairs)
                    {
                        if (reference >= 0) AddRow(d, reference, ref a, ref b, ref a16, ref b16);
                    }
                    StoreScores(first, i, a, a16, firstUnit);
                    if (both) StoreScores(second, i, b, b16, secondUnit);
                    continue;
                }
                AddRoles(self, previous, next, previous2, next2, narrow);
                foreach (int reference in pairs)
                {
                    if (reference >= 0) AddUnits(table.Data, reference, narrow);
                }
                Scaled(narrow[..L], firstUnit, first.Slice(i * L, L));
                if (both) Scaled(narrow[L..], secondUnit, second.Slice(i * L, L));
            }
        }
    }

    /// <summary>Without AVX-512: row by row, each weight's units added to its label's integer sum (spread by byte shuffles where the machine has AVX2).</summary>
    [SkipLocalsInit]   // the sums are cleared per word
    private static void SumNarrow(JointFeatureTable table, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts, Span<float> first, Span<float> second)
    {
        int n = starts.Length - 1;
        bool both = !second.IsEmpty;
        Span<int> sums = stackalloc int[2 * L];
        for (int i = 0; i < n; i++)
        {
            sums.Clear();
            foreach (int reference in rows[starts[i]..starts[i + 1]]) AddUnits(table.Data, reference, sums);
            Scaled(sums[..L], table.Unit(0), first.Slice(i * L, L));
            if (both) Scaled(sums[L..], table.Unit(1), second.Slice(i * L, L));
        }
    }

    /// <summary>Adds a row's weights, in units, to <paramref name="sums"/>: the first pass's labels, then the second's (2 × labels).</summary>
    private static void AddUnits(byte[] data, int reference, Span<int> sums)
    {
        int at = JointFeatureTable.Offset(reference);
        int firstStep = JointFeatureTable.Step(reference, 0), secondStep = JointFeatureTable.Step(reference, 1);
        uint header = BitConverter.ToUInt32(data, at);
        int next = at + HeaderBytes;
        // With byte shuffles, each pass's labels 0–15 at once (two 16-byte reads, which must stay inside the array).
        if (Avx2.IsSupported && next + 2 * Vector128<byte>.Count <= data.Length)
        {
            AddSpread(data, next, header & 0xFFFF, firstStep, sums);
            next += BitOperations.PopCount(header & 0xFFFF);
            AddSpread(data, next, header >> 16, secondStep, sums[L..]);
            next += BitOperations.PopCount(header >> 16);
        }
        else
        {
            for (uint bits = header & 0xFFFF; bits != 0; bits &= bits - 1) sums[BitOperations.TrailingZeroCount(bits)] += (sbyte)data[next++] << firstStep;
            for (uint bits = header >> 16; bits != 0; bits &= bits - 1) sums[L + BitOperations.TrailingZeroCount(bits)] += (sbyte)data[next++] << secondStep;
        }
        if ((reference & 1) != 0) sums[L - 1] += (sbyte)data[next++] << firstStep;
        if ((reference & 2) != 0) sums[2 * L - 1] += (sbyte)data[next] << secondStep;
    }

    /// <summary>
    /// The sums of a word's five roles (both passes' labels, 2 × labels integers each) into <paramref name="sums"/>, eight
    /// at a time where the machine has vectors: integer additions, so the same sums in any grouping.
    /// </summary>
    private static unsafe void AddRoles(int* self, int* previous, int* next, int* previous2, int* next2, Span<int> sums)
    {
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref int target = ref MemoryMarshal.GetReference(sums[..(2 * L)]);
            for (; k + Vector256<int>.Count <= 2 * L; k += Vector256<int>.Count)
            {
                (Vector256.Load(self + k) + Vector256.Load(previous + k) + Vector256.Load(next + k) + Vector256.Load(previous2 + k)
                    + Vector256.Load(next2 + k)).StoreUnsafe(ref target, (nuint)k);
            }
        }
        for (; k < 2 * L; k++) sums[k] = self[k] + previous[k] + next[k] + previous2[k] + next2[k];
    }

    /// <summary>
    /// Adds one pass's weights of labels 0–15 (<paramref name="bits"/>: which labels have one; their bytes packed from
    /// <paramref name="at"/> in label order) in units to <paramref name="sums"/>[0..16]: a byte shuffle spreads each
    /// weight to its label's lane (zero where none), as the AVX-512 path's expanding load does, then the bytes are
    /// widened and shifted exactly as one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddSpread(byte[] data, int at, uint bits, int step, Span<int> sums)
    {
        uint low = bits & 0xFF;
        // The upper eight labels' bytes follow the lower ones' (adding to an unset lane's 0x80 keeps its top bit: zero).
        ulong high = SpreadOfByte[bits >> 8] + 0x0101010101010101UL * (ulong)BitOperations.PopCount(low);
        var spread = Ssse3.Shuffle(Vector128.LoadUnsafe(ref data[at]), Vector128.Create(SpreadOfByte[low], high).AsByte()).AsSByte();
        ref int target = ref MemoryMarshal.GetReference(sums[..16]);
        (Vector256.LoadUnsafe(ref target) + (Avx2.ConvertToVector256Int32(spread) << step)).StoreUnsafe(ref target);
        (Vector256.LoadUnsafe(ref target, 8) + (Avx2.ConvertToVector256Int32(Sse2.ShiftRightLogical128BitLane(spread, 8)) << step)).StoreUnsafe(ref target, 8);
    }

    /// <summary>
    /// Per set of eight labels (a byte of bits): for each label, which of the packed bytes is its weight (how many
    /// set bits come before its own), or 0x80 (the shuffle gives zero) where its bit is clear; one byte per label.
    /// </summary>
    private static readonly ulong[] SpreadOfByte = BuildSpreadOfByte();

    private static ulong[] BuildSpreadOfByte()
    {
        var spread = new ulong[256];
        for (int bits = 0; bits < 256; bits++)
        {
            for (int label = 0; label < 8; label++)
            {
                ulong index = (bits >> label & 1) != 0 ? (ulong)BitOperations.PopCount((uint)bits & ((1u << label) - 1)) : 0x80;
                spread[bits] |= index << (8 * label);
            }
        }
        return spread;
    }

    /// <summary>
    /// Units times their pass's unit: each integer turned into the nearest float and multiplied, eight at a time where
    /// the machine has vectors (the same conversion and product per lane as one by one, so the same floats).
    /// </summary>
    private static void Scaled(ReadOnlySpan<int> units, float scale, Span<float> destination)
    {
        int l = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            destination = destination[..units.Length];
            for (; l + Vector256<int>.Count <= units.Length; l += Vector256<int>.Count)
            {
                (Vector256.ConvertToSingle(Vector256.Create(units.Slice(l, Vector256<int>.Count))) * scale).CopyTo(destination[l..]);
            }
        }
        for (; l < units.Length; l++) destination[l] = units[l] * scale;
    }

    /// <summary>
    /// Adds the second-pass weights of each word's rows (word i owns <c>rows[starts[i]..starts[i+1]]</c>, -1 for keys
    /// neither pass knows) to its scores (n × labels). Every score and weight is a whole number of the second pass's
    /// units, so the sums are exactly those of <see cref="AddSecond(Span{float}, JointFeatureTable, int)"/> row by row.
    /// </summary>
    public static void AddSecond(Span<float> scores, JointFeatureTable table, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts) =>
        AddSecond(scores, table, rows, starts, wide: true);

    /// <summary>As the public overload; <paramref name="wide"/> false keeps to the row-by-row loop (tests compare the two).</summary>
    internal static unsafe void AddSecond(Span<float> scores, JointFeatureTable table, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts, bool wide)
    {
        int n = starts.Length - 1;
        if (scores.Length < n * L) throw new ArgumentException("too few scores for the words");
        if (!wide || !Wide)
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
        float unit = table.Unit(1);
        fixed (byte* d = table.Data)
        {
            for (int i = 0; i < n; i++)
            {
                if (starts[i] == starts[i + 1]) continue;
                var sum = Vector512<int>.Zero;
                int last = 0;
                foreach (int reference in rows[starts[i]..starts[i + 1]])
                {
                    if (reference < 0) continue;
                    byte* row = d + JointFeatureTable.Offset(reference);
                    int step = JointFeatureTable.Step(reference, 1);
                    sum += Avx512F.ConvertToVector512Int32(ExpandRow(row).GetUpper()) << step;
                    last += (reference >> 1 & 1) * LastSteps(row)[reference & 1] << step;
                }
                ref float target = ref scores[i * L];
                (Vector512.LoadUnsafe(ref target) + Vector512.ConvertToSingle(sum) * unit).StoreUnsafe(ref target);
                Unsafe.Add(ref target, L - 1) += last * unit;
            }
        }
    }

    /// <summary>Adds a row's second-pass weights to a word's scores (labels floats).</summary>
    public static void AddSecond(Span<float> target, JointFeatureTable table, int reference)
    {
        Span<float> row = stackalloc float[L];
        table.CopyRow(reference, 1, row);
        for (int l = 0; l < L; l++) target[l] += row[l];
    }
}
