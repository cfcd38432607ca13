using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>
/// One open-addressing map from a feature key to its joint row: the key's weights in both passes together. The second
/// pass reads every first-pass feature again, so one probe here replaces a probe in each pass's
/// <see cref="FeatureTable"/>. A row keeps only its nonzero weights (87% of the shipped model's weights are zero), each
/// as one signed byte counting steps of a power of two (see <see cref="Data"/>), so all rows together take about a
/// megabyte (a core's L2 cache on the machines measured) where float rows took 2.8 MB and dense rows 17.6 MB. Every
/// step is a whole number of its pass's <see cref="Unit"/>, a power of two, so a word's sum of weights is a whole
/// number of units, exact in a float (up to 2^24 units: 65,536 for the shipped model's first pass, whose largest weight
/// is 48): sums are the same whatever the order of their additions, and the same as integer sums of units. Built from
/// the passes' keys and weights; immutable.
/// </summary>
internal sealed partial class JointFeatureTable
{
    private const int L = EntityLabels.Count;

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>
    /// Per slot, one byte: 0 when the slot is empty, else <see cref="TagOf"/> its key. Most keys looked up per token
    /// (word pairs) are unknown, and an unknown key only has to meet an empty slot: in this array (a 16th of the slots'
    /// size, so it stays in the CPU's caches) instead of a cache line of the slots. A key's slot is read only where its
    /// tag matches (a known key, or 1 in 128 of the other keys' slots passed). The first <see cref="TagRun"/> tags are
    /// repeated after the last, so 16 tags can be read from any slot on without wrapping around.
    /// </summary>
    private readonly byte[] _tags;

    /// <summary>Tags compared at once (one 16-byte vector).</summary>
    private const int TagRun = 16;

    /// <summary>Seven high bits of a key, and a top bit so that no tag is 0 (the slot index comes from the low bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte TagOf(ulong key) => (byte)(0x80 | (key >> 57));

    private struct Slot
    {
        public ulong Key;
        public int Row;   // the row's reference (see Data); -1 = empty
    }

    /// <summary>The joint rows of two passes (the second may be null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // runs once, at load, over every key: no tier-0 code
    public JointFeatureTable(LinearChain firstPass, LinearChain? secondPass)
        : this(firstPass.Keys, secondPass?.Keys ?? [])
    {
        int next = 0;
        Fill(firstPass.Keys, secondPass?.Keys ?? [], row =>
        {
            if (next < firstPass.Count) firstPass.CopyRow(next, row);
            else secondPass!.CopyRow(next - firstPass.Count, row);
            next++;
        });
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
        table.Fill(firstKeys, secondKeys, next);
        return table;
    }

    /// <summary>Lays out the rows <paramref name="next"/> gives, the first pass's in key order, then the second's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fill(ulong[] firstKeys, ulong[] secondKeys, RowReader next)
    {
        var builder = new RowBuilder(_rowCount);
        Span<float> row = stackalloc float[L];
        for (int r = 0; r < firstKeys.Length; r++)
        {
            next(row);
            builder.Add(0, r, row);
        }
        foreach (ulong key in secondKeys)
        {
            next(row);
            builder.Add(1, Find(key), row);
        }
        var (data, references, units) = builder.Lay();
        foreach (ref var slot in _slots.AsSpan())
        {
            if (slot.Row >= 0) slot.Row = references[slot.Row];
        }
        Data = data;
        _units = units;
    }

    /// <summary>Distinct keys of both passes (while building, a slot's Row holds the key's number below this).</summary>
    private readonly int _rowCount;

    /// <summary>Numbers both passes' keys (the first pass's rows keep their numbers); the weights come after.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JointFeatureTable(ulong[] firstKeys, ulong[] secondKeys)
    {
        // Sized for the keys of both passes together (most are in both): half the size of a table sized for the two
        // counts added up, so more of it stays in the CPU's caches. The keys go in from a table sized for the larger
        // pass, which doubles (all keys again) in the rare case that the union fills more than half of it.
        int capacity = 16;
        while (capacity < Math.Max(firstKeys.Length, secondKeys.Length) * 2) capacity <<= 1;
        while (!TryNumber(firstKeys, secondKeys, capacity, out _slots, out _tags, out _rowCount)) capacity <<= 1;
        _mask = capacity - 1;
    }

    /// <summary>
    /// Numbers the keys of both passes in a table of <paramref name="capacity"/> slots (the first pass's in its row
    /// order, then the keys only the second pass knows); false when they fill more than half of it.
    /// </summary>
    private static bool TryNumber(ulong[] first, ulong[] second, int capacity, out Slot[] slots, out byte[] tags, out int rows)
    {
        slots = new Slot[capacity];
        tags = new byte[capacity + TagRun];
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
                tags[slot] = TagOf(key);
                if (slot < TagRun) tags[capacity + slot] = tags[slot];
            }
        }
        return true;
    }

    /// <summary>
    /// Every row, one after another: a header of four bytes (a uint: bit l set when the first pass's label l, 0–15, has
    /// a nonzero weight; bit 16 + l the same for the second pass), then those weights as signed bytes in that order,
    /// then the nonzero weights of label 16 (first pass, then second). A byte counts steps of its row and pass: 2^e of
    /// the pass's <see cref="Unit"/>. A row's reference (what <see cref="Find"/> returns) holds its header's offset
    /// (<see cref="Offset"/>), each pass's e (<see cref="Step"/>) and two bits: 1 when the first pass's label 16 is
    /// nonzero, 2 the same for the second pass. The array ends with a vector's worth of slack, so a whole vector can be
    /// read from any weight of a row.
    /// </summary>
    public byte[] Data { get; private set; } = [];

    /// <summary>Each pass's unit: a power of two, the finest step of its rows.</summary>
    private float[] _units = [1, 1];

    /// <summary>What one unit of pass <paramref name="pass"/>'s (0 or 1) weights is worth: every weight and sum of the pass is a whole number of them.</summary>
    public float Unit(int pass) => _units[pass];

    /// <summary>Where a row's header is in <see cref="Data"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Offset(int reference) => reference >> 8;

    /// <summary>The exponent e of a row's step in pass <paramref name="pass"/>: its bytes count 2^e units each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Step(int reference, int pass) => reference >> (2 + 3 * pass) & 7;

    /// <summary>Header bytes in front of a row's weights.</summary>
    private const int HeaderBytes = sizeof(uint);

    /// <summary>Joint row <paramref name="reference"/>'s weights of one pass (0 or 1) into <paramref name="destination"/> (labels floats).</summary>
    public void CopyRow(int reference, int pass, Span<float> destination)
    {
        var data = Data.AsSpan();
        int at = Offset(reference);
        uint header = BitConverter.ToUInt32(data[at..]);
        int next = at + HeaderBytes + (pass == 0 ? 0 : BitOperations.PopCount(header & 0xFFFF));
        uint bits = pass == 0 ? header & 0xFFFF : header >> 16;
        float step = Unit(pass) * (1 << Step(reference, pass));
        for (int l = 0; l < L - 1; l++) destination[l] = (bits >> l & 1) != 0 ? (sbyte)data[next++] * step : 0;
        next = at + HeaderBytes + BitOperations.PopCount(header);
        if (pass == 1 && (reference & 1) != 0) next++;
        destination[L - 1] = (reference >> pass & 1) != 0 ? (sbyte)data[next] * step : 0;
    }

    /// <summary>
    /// How many keys ahead <see cref="FindAll"/> prefetches: enough to overlap the cache misses of random probes. A probe
    /// that hits the cache takes a few nanoseconds, a miss around a hundred, so 16 keys ahead asked too late (probing
    /// every key of 400 stories alternately, the fastest of 20 rounds: 575 ns per token at 16, 389–501 at 32–48).
    /// </summary>
    private const int PrefetchDistance = 32;

    /// <summary>
    /// The references of many keys' rows at once (-1 for unknown keys), in two steps so that cache misses overlap: the
    /// tags (prefetched for the keys ahead) give each key its candidate slot or tell it is unknown, and the candidates'
    /// slots are prefetched; then the candidates are confirmed by their keys, and each found row's header is prefetched
    /// (a word type's rows are summed soon after, and a rare word's row was a cache miss there, one row after another).
    /// </summary>
    [SkipLocalsInit]   // listed is read only where written
    public unsafe void FindAll(ReadOnlySpan<ulong> keys, Span<int> rows)
    {
        // A prefetch is only a hint: it never faults, and the arrays are large enough to live on the large-object heap,
        // which the GC does not move.
        ref byte tag0 = ref MemoryMarshal.GetArrayDataReference(_tags);
        ref Slot slot0 = ref MemoryMarshal.GetArrayDataReference(_slots);
        int mask = _mask;
        if (Sse.IsSupported)
        {
            for (int f = 0; f < Math.Min(keys.Length, PrefetchDistance); f++)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref tag0, (int)(keys[f] & (ulong)mask))));
            }
        }
        // The keys with a candidate slot, listed without a branch (most keys have none).
        Span<int> listed = keys.Length <= 1024 ? stackalloc int[keys.Length] : new int[keys.Length];
        int count = 0;
        for (int f = 0; f < keys.Length; f++)
        {
            if (Sse.IsSupported && f + PrefetchDistance < keys.Length)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref tag0, (int)(keys[f + PrefetchDistance] & (ulong)mask))));
            }
            int candidate = FirstCandidate(keys[f]);
            rows[f] = candidate;
            listed[count] = f;
            count += candidate >= 0 ? 1 : 0;
            if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref slot0, candidate & mask)));
        }
        ref byte data0 = ref MemoryMarshal.GetArrayDataReference(Data);
        foreach (int f in listed[..count])
        {
            int candidate = rows[f];
            ref readonly var s = ref Unsafe.Add(ref slot0, candidate);
            // Another key with the same tag: go on along the run.
            int row = s.Key == keys[f] ? s.Row : FindFrom(keys[f], (candidate + 1) & mask);
            rows[f] = row;
            if (Sse.IsSupported && row >= 0) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref data0, Offset(row))));   // never faults
        }
    }

    /// <summary>
    /// <see cref="Candidate"/> from the key's own slot, 16 tags at a time: the first slot with the key's tag before the
    /// first empty one. Only a run of 16 full slots without the tag needs the slot-by-slot walk past them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FirstCandidate(ulong key)
    {
        int slot = (int)(key & (ulong)_mask);
        var tags = Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_tags), (nuint)slot);
        uint match = Vector128.Equals(tags, Vector128.Create(TagOf(key))).ExtractMostSignificantBits();
        uint empty = Vector128.Equals(tags, Vector128<byte>.Zero).ExtractMostSignificantBits();
        // The slots before the first empty one (all 16, and more may follow, when none is empty).
        uint run = (empty & (0u - empty)) - 1;
        uint candidates = match & run;
        if (candidates != 0) return (slot + BitOperations.TrailingZeroCount(candidates)) & _mask;
        return empty != 0 ? -1 : Candidate(key, (slot + TagRun) & _mask);
    }

    /// <summary>The first slot from <paramref name="slot"/> on whose tag is <paramref name="key"/>'s, or -1 when an empty slot comes first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Candidate(ulong key, int slot)
    {
        ref byte tag0 = ref MemoryMarshal.GetArrayDataReference(_tags);
        byte tag = TagOf(key);
        while (true)
        {
            byte t = Unsafe.Add(ref tag0, slot);
            if (t == tag) return slot;
            if (t == 0) return -1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// The reference of <paramref name="key"/>'s row, or -1 when neither pass knows it; while the table is built, before
    /// its rows are laid out, the slot holds the key's row number instead.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key) => FindFrom(key, (int)(key & (ulong)_mask));

    /// <summary><see cref="Find"/> from slot <paramref name="slot"/> of the key's run on.</summary>
    private int FindFrom(ulong key, int slot)
    {
        ref Slot slot0 = ref MemoryMarshal.GetArrayDataReference(_slots);
        while (true)
        {
            slot = Candidate(key, slot);
            if (slot < 0) return -1;
            ref readonly var s = ref Unsafe.Add(ref slot0, slot);
            if (s.Key == key) return s.Row;
            slot = (slot + 1) & _mask;
        }
    }
}
