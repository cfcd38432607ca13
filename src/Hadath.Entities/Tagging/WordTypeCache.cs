using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>
/// A thread's memory of the word types it has tagged: what tagging needs of each type's description (forms, stem,
/// shape, cluster) and the rows, in both passes, of the features that depend on that word alone, also summed by the
/// role the word plays for the word being tagged (<see cref="Sums"/>). News repeats its words, so most tokens skip
/// normalising, hashing and probing, and read five sums instead of some forty rows. Keyed by the word's first 64 characters (all that
/// <see cref="FeatureExtractor"/> reads of a word) and valid for one model: a thread that switches model starts a
/// new cache. Bounded, in two generations: once the current one holds more than <see cref="MaxTypes"/> types it
/// becomes the previous one (the one before is dropped) before the next document, and a type found only in the
/// previous generation is copied back into the current one, so the words in steady use survive and rare ones age
/// out. What it holds never changes a result, only how fast it comes.
/// </summary>
internal sealed class WordTypeCache
{
    /// <summary>
    /// Types per generation (about 325 bytes each with their slots, rows and characters, and 680 bytes of sums in the
    /// current generation: about 110 MB in all at the arrays' full size, used as types are added). 1,000 news stories hold about 59,000 types:
    /// at 32,768 a generation aged within every few hundred stories, so the words in steady use were described or copied
    /// back again and again (in `bench analyze` 7,000 stories made 473,000 types described or revived at 32,768,
    /// 185,000 at 65,536).
    /// </summary>
    public const int MaxTypes = 1 << 16;

    private const int MaxWordChars = 64;

    /// <summary>
    /// Slots of a generation's table: four per type of the bound, so a generation ages (just past the bound) before
    /// its table is half full and has to grow — growing, then shrinking back, allocated two large arrays per generation.
    /// </summary>
    private const int SlotCount = 4 * MaxTypes;

    [ThreadStatic] private static WordTypeCache? t_cache;

    /// <summary>
    /// What tagging reads of a word type, and the word's first <see cref="HeadChars"/> characters: 64 bytes. Every token
    /// confirms its type by the word's characters; with them in the record a word of up to 12 characters (most words)
    /// is confirmed by the record that tagging reads anyway, instead of by one more cache miss in <see cref="Chars"/>.
    /// </summary>
    public struct TypeRecord
    {
        public ulong Norm, Stem;
        public int Shape, Mid;
        public int RowStart, CharStart;
        public short RawLength, NormLength, StemLength;
        public byte RowCount;
        public bool PhraseHead;
        public WordHead Head;
    }

    /// <summary>Characters of a word kept in its <see cref="TypeRecord"/>.</summary>
    public const int HeadChars = 12;

    /// <summary>The first <see cref="HeadChars"/> characters of a word (the rest, if any, only in <see cref="Chars"/>).</summary>
    [InlineArray(HeadChars)]
    public struct WordHead
    {
        private char _first;
    }

    /// <summary>Whether <paramref name="type"/> is the type of <paramref name="raw"/> (a word's first 64 characters), its characters in <paramref name="chars"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Holds(in TypeRecord type, ReadOnlySpan<char> raw, char[] chars)
    {
        if (raw.Length != type.RawLength) return false;
        return raw.Length <= HeadChars ? raw.SequenceEqual(((ReadOnlySpan<char>)type.Head)[..raw.Length]) : raw.SequenceEqual(chars.AsSpan(type.CharStart, type.RawLength));
    }

    /// <summary>
    /// Asks for a type's record, both cache lines it may straddle (a record is a cache line long, but the array's
    /// elements do not start on a line). A prefetch never faults.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void PrefetchType(ref TypeRecord type)
    {
        Sse.Prefetch0(Unsafe.AsPointer(ref type));
        Sse.Prefetch0((byte*)Unsafe.AsPointer(ref type) + Unsafe.SizeOf<TypeRecord>() - 1);
    }

    /// <summary>8 bytes: the word hash's high half (its low bits pick the slot) and the type's entry + 1 (0 = empty).</summary>
    private struct Slot
    {
        public uint Tag;
        public int Entry;
    }

    private static uint TagOf(ulong hash) => (uint)(hash >> 32);

    private readonly FeatureExtractor _extractor;
    private Slot[] _slots = new Slot[SlotCount];
    private bool _slotsUsed;
    private int _rowsUsed, _charsUsed;

    // The previous generation (empty until the first one fills): read only, to copy types back from.
    private Slot[] _oldSlots = new Slot[16];
    private TypeRecord[] _oldTypes = [];
    private int[] _oldRows = [];
    private char[] _oldChars = [];

    private WordTypeCache(FeatureExtractor extractor, JointFeatureTable table)
    {
        _extractor = extractor;
        Table = table;
        SentenceStartRow = table.Find(FeatureExtractor.SentenceStartKey);
        Clear();
    }

    /// <summary>Empties this thread's cache, keeping its arrays: the next story it tags describes every word type anew.</summary>
    public static void ForgetThread() => t_cache?.Clear();

    /// <summary>This thread's cache for a model's extractor and table, aged first when its current generation has outgrown its bound.</summary>
    public static WordTypeCache For(FeatureExtractor extractor, JointFeatureTable table)
    {
        var cache = t_cache;
        if (cache is null || cache._extractor != extractor || cache.Table != table) return t_cache = new WordTypeCache(extractor, table);
        if (cache.Count > MaxTypes) cache.Age();
        return cache;
    }

    public JointFeatureTable Table { get; }

    /// <summary>Types held.</summary>
    public int Count { get; private set; }

    // A generation's arrays are made at the size a full one needs (a document may add some types past the bound), not
    // grown by doubling: a new array's memory is only reserved until written, so a thread that meets few words pays
    // for few, and a full generation costs one array each instead of every smaller copy before it (fresh memory is
    // what a new word type mostly cost).
    private const int TypeCapacity = MaxTypes + MaxTypes / 4, RowsPerType = 40, CharsPerType = 32;

    public TypeRecord[] Types { get; private set; } = new TypeRecord[TypeCapacity];

    /// <summary>All types' rows; a type's slots start at its record's RowStart.</summary>
    public int[] Rows { get; private set; } = new int[TypeCapacity * RowsPerType];

    /// <summary>
    /// Each type's rows summed by the role the word plays for the word being tagged (<see cref="FeatureExtractor.SumRoles"/>):
    /// <see cref="RoleCount"/> sums of <see cref="RoleInts"/> integers from entry × <see cref="TypeSumInts"/> on, so a
    /// token reads one sum per word around it instead of each of their rows. Indexed by entry, so only the current
    /// generation has sums (a type copied back from the previous one is summed again).
    /// </summary>
    public int[] Sums { get; private set; } = new int[TypeCapacity * TypeSumInts];

    /// <summary>The sums of the pseudo-words around a sentence (offsets −2, −1, unused, +1, +2), as <see cref="Sums"/> holds a type's.</summary>
    public int[] BoundarySums { get; } = new int[5 * TypeSumInts];

    /// <summary>Roles a word plays: itself, the previous word, the next, two before, two after (in this order in a type's sums).</summary>
    public const int RoleCount = 5;

    /// <summary>Integers of one role's sum: the first pass's labels, then the second's, in units of their pass.</summary>
    public const int RoleInts = 2 * EntityLabels.Count;

    /// <summary>Integers of one type's sums.</summary>
    public const int TypeSumInts = RoleCount * RoleInts;

    /// <summary>All types' words (first 64 characters), folded forms and stems, one after another from CharStart.</summary>
    public char[] Chars { get; private set; } = new char[TypeCapacity * CharsPerType];

    /// <summary>The sentence-start feature's row (-1 when the model does not know it).</summary>
    public int SentenceStartRow { get; }

    // The shape trigrams' rows met so far, direct-mapped by the three shapes (a slot holds its packed shapes + 1, 0 =
    // empty): news has few distinct trigrams, so a word's trigram row is mostly one read instead of a hash and a probe.
    private const int ShapeSlots = 1 << 12;
    private readonly int[] _shapeTags = new int[ShapeSlots];
    private readonly int[] _shapeRows = new int[ShapeSlots];

    /// <summary>The row of the shape trigram (<paramref name="previous"/>, <paramref name="shape"/>, <paramref name="next"/>), as the table gives it.</summary>
    public int ShapeTrigramRow(int previous, int shape, int next)
    {
        // Shapes are below 256, the sentence boundaries' −2…2: nine bits each after adding 2.
        if ((uint)(previous + 2) >= 512 || (uint)(shape + 2) >= 512 || (uint)(next + 2) >= 512)
        {
            return Table.Find(FeatureExtractor.ShapeTrigramKey(previous, shape, next));
        }
        int packed = (previous + 2) | (shape + 2) << 9 | (next + 2) << 18;
        int slot = (int)((uint)packed * 0x9E3779B1u >> 20);
        if (_shapeTags[slot] == packed + 1) return _shapeRows[slot];
        int row = Table.Find(FeatureExtractor.ShapeTrigramKey(previous, shape, next));
        _shapeTags[slot] = packed + 1;
        _shapeRows[slot] = row;
        return row;
    }

    /// <summary>Where the rows of the pseudo-words around a sentence start (offsets −2, −1, unused, +1, +2).</summary>
    public int[] BoundaryStarts { get; } = new int[5];

    /// <summary>Forgets every type, of both generations.</summary>
    public void Clear()
    {
        _oldSlots = new Slot[16];
        _oldTypes = [];
        _oldRows = [];
        _oldChars = [];
        ClearCurrent();
    }

    /// <summary>Empties the current generation (offsets into <see cref="Rows"/> and <see cref="Chars"/> handed out before become invalid).</summary>
    private void ClearCurrent()
    {
        // A table that grew within one long document is replaced by one of the normal size.
        // A table that grew within one long document is replaced by one of the normal size; one that never held a type
        // is left as it is (clearing a new one would only write its memory).
        if (_slots.Length > SlotCount) _slots = new Slot[SlotCount];
        else if (_slotsUsed) Array.Clear(_slots);
        _slotsUsed = false;
        Count = 0;
        _rowsUsed = 0;
        _charsUsed = 0;
        _extractor.AddBoundaryRows(this);
    }

    /// <summary>Makes the current generation the previous one and starts an empty current one (recycling the arrays of the one dropped).</summary>
    private void Age()
    {
        bool recycled = _oldSlots.Length == SlotCount;
        (_oldSlots, _slots) = (_slots, recycled ? _oldSlots : new Slot[SlotCount]);
        _slotsUsed = recycled;
        // The first time, the new generation gets arrays as large as the full one's, so it does not grow again.
        (_oldTypes, Types) = (Types, _oldTypes.Length > 0 ? _oldTypes : new TypeRecord[Types.Length]);
        (_oldRows, Rows) = (Rows, _oldRows.Length > 0 ? _oldRows : new int[Rows.Length]);
        (_oldChars, Chars) = (Chars, _oldChars.Length > 0 ? _oldChars : new char[Chars.Length]);
        ClearCurrent();
    }

    /// <summary>
    /// Copies a type of the previous generation into the current one; returns its entry there, and whether its sums
    /// came along (<paramref name="summed"/>). Sums are indexed by entry and the current generation writes them from
    /// entry 0 up, so the previous generation's sums of an entry the current one has not reached yet are still in
    /// place: they are copied (the same integers summing the same rows again would give) instead of summed again.
    /// Right after a generation ages, most revived types are of that kind.
    /// </summary>
    private int Revive(int old, out bool summed)
    {
        ref readonly var type = ref _oldTypes[old];
        var copy = type;
        copy.CharStart = AddChars(_oldChars.AsSpan(type.CharStart, type.RawLength + type.NormLength + type.StemLength));
        copy.RowStart = AddRows(_oldRows.AsSpan(type.RowStart, type.RowCount));
        int entry = AddType(copy);
        summed = old >= entry;
        if (summed && old > entry) Sums.AsSpan(old * TypeSumInts, TypeSumInts).CopyTo(Sums.AsSpan(entry * TypeSumInts, TypeSumInts));
        return entry;
    }

    /// <summary>
    /// The type entries of a story's words (or one sentence's), describing the new ones. In steps, each over all the
    /// words and prefetching what the next step reads (slots, then records, then characters), so the cache misses of
    /// different words overlap instead of following one another.
    /// </summary>
    public unsafe void LookupAll(in SentenceWords words, Span<int> entries, Span<ulong> hashes)
    {
        int n = words.Count;
        int mask = _slots.Length - 1;
        ref Slot slot0 = ref MemoryMarshal.GetArrayDataReference(_slots);
        for (int i = 0; i < n; i++)
        {
            var word = words[i];
            hashes[i] = FeatureHash.Of(word.Length > MaxWordChars ? word[..MaxWordChars] : word);
            if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref slot0, (int)hashes[i] & mask)));
        }
        // Each word's candidate: the first slot of its run with its tag (-1 when the run ends first: a new word).
        for (int i = 0; i < n; i++)
        {
            uint tag = TagOf(hashes[i]);
            int entry = -1;
            for (int slot = (int)hashes[i] & mask; ; slot = (slot + 1) & mask)
            {
                ref readonly var s = ref Unsafe.Add(ref slot0, slot);
                if (s.Entry == 0) break;
                if (s.Tag != tag) continue;
                entry = s.Entry - 1;
                break;
            }
            entries[i] = entry;
            if (entry >= 0 && Sse.IsSupported) PrefetchType(ref Types[entry]);
        }
        for (int i = 0; i < n; i++)
        {
            // Only a long word's characters are read outside its record. A prefetch never faults.
            if (entries[i] >= 0 && Sse.IsSupported && Types[entries[i]].RawLength > HeadChars)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Chars), Types[entries[i]].CharStart)));
            }
        }
        // Confirmed by the characters; a candidate with another word's characters (same tag) gets the full probe.
        for (int i = 0; i < n; i++)
        {
            if (entries[i] < 0) continue;
            ref readonly var type = ref Types[entries[i]];
            var word = words[i];
            var raw = word.Length > MaxWordChars ? word[..MaxWordChars] : word;
            if (!Holds(type, raw, Chars)) entries[i] = Probe(hashes[i], word);
        }
        int missing = 0;
        for (int i = 0; i < n; i++) missing += entries[i] < 0 ? 1 : 0;
        if (missing > 0) AddMissing(words, entries, hashes, missing);
    }

    /// <summary>
    /// Adds the words the current generation does not hold: copied back from the previous generation, or described.
    /// The previous generation is looked up in the same prefetched steps as <see cref="LookupAll"/> (slots, records,
    /// characters), so a story's new words do not wait for three cache misses one after another; the described types'
    /// rows are looked up together at the end (<see cref="ResolvePendingRows"/>), for the same reason.
    /// </summary>
    private unsafe void AddMissing(in SentenceWords words, Span<int> entries, ReadOnlySpan<ulong> hashes, int count)
    {
        int n = words.Count;
        if (_missing.Length < count) (_missing, _old) = (new int[count * 2], new int[count * 2]);
        var missing = _missing.AsSpan(0, count);
        var old = _old.AsSpan(0, count);
        int oldMask = _oldSlots.Length - 1;
        ref Slot oldSlot0 = ref MemoryMarshal.GetArrayDataReference(_oldSlots);
        for (int i = 0, k = 0; i < n; i++)
        {
            if (entries[i] >= 0) continue;
            missing[k++] = i;
            if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref oldSlot0, (int)hashes[i] & oldMask)));
        }
        // Each word's candidate in the previous generation: the first slot of its run with its tag (-1 when none).
        for (int k = 0; k < count; k++)
        {
            ulong hash = hashes[missing[k]];
            uint tag = TagOf(hash);
            int entry = -1;
            for (int slot = (int)hash & oldMask; ; slot = (slot + 1) & oldMask)
            {
                ref readonly var s = ref Unsafe.Add(ref oldSlot0, slot);
                if (s.Entry == 0) break;
                if (s.Tag != tag) continue;
                entry = s.Entry - 1;
                break;
            }
            old[k] = entry;
            if (entry >= 0 && Sse.IsSupported) PrefetchType(ref _oldTypes[entry]);
        }
        for (int k = 0; k < count; k++)
        {
            if (old[k] < 0 || !Sse.IsSupported) continue;
            ref readonly var type = ref _oldTypes[old[k]];
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_oldChars), type.CharStart)));
            // A revived type's rows are copied too (a prefetch never faults).
            ref int rows = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_oldRows), type.RowStart);
            for (int r = 0; r < type.RowCount; r += 16) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref rows, r)));
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref rows, type.RowCount - 1)));
        }
        // The types added whose sums are still to be made: described ones, and revived ones whose sums were overwritten.
        var unsummed = _unsummed.Length >= count ? _unsummed : _unsummed = new int[count * 2];
        int toSum = 0;
        for (int k = 0; k < count; k++)
        {
            int i = missing[k];
            // A word seen for the first time (it may repeat later in this sentence: probe again before adding).
            entries[i] = Probe(hashes[i], words[i]);
            if (entries[i] >= 0) continue;
            var word = words[i];
            int previous = old[k];
            if (previous >= 0)
            {
                // Confirmed by the characters; a candidate with another word's characters (same tag) gets the full probe.
                ref readonly var type = ref _oldTypes[previous];
                var raw = word.Length > MaxWordChars ? word[..MaxWordChars] : word;
                if (!Holds(type, raw, _oldChars)) previous = Probe(_oldSlots, _oldTypes, _oldChars, hashes[i], word);
            }
            bool summed = false;
            entries[i] = Insert(hashes[i], previous >= 0 ? Revive(previous, out summed) : _extractor.AddWordType(word, hashes[i], this));
            if (!summed) unsummed[toSum++] = entries[i];
        }
        ResolvePendingRows();
        PrefetchRowData(unsummed.AsSpan(0, toSum));
        foreach (int entry in unsummed.AsSpan(0, toSum))
        {
            ref readonly var type = ref Types[entry];
            FeatureExtractor.SumRoles(Table, Rows.AsSpan(type.RowStart, type.RowCount), Sums.AsSpan(entry * TypeSumInts, TypeSumInts));
        }
    }

    /// <summary>
    /// Asks for the weights of every row of the types <paramref name="toSum"/>, before they are summed: a described
    /// type's rows were just looked up, but a type copied back from the previous generation brings only its rows'
    /// references, and its rows, read one after another, would wait for one cache miss after another.
    /// </summary>
    private unsafe void PrefetchRowData(ReadOnlySpan<int> toSum)
    {
        if (!Sse.IsSupported) return;
        ref byte data0 = ref MemoryMarshal.GetArrayDataReference(Table.Data);
        foreach (int entry in toSum)
        {
            ref readonly var type = ref Types[entry];
            foreach (int row in Rows.AsSpan(type.RowStart, type.RowCount))
            {
                // A prefetch never faults; the data array lives on the large-object heap, which the GC does not move.
                if (row >= 0) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref data0, JointFeatureTable.Offset(row))));
            }
        }
    }

    // The missing words' indices and their candidates in the previous generation (kept for the thread's next story).
    private int[] _missing = new int[256], _old = new int[256];

    // The types a story added whose sums are still to be made (kept for the thread's next story).
    private int[] _unsummed = new int[256];

    // Rows of described types still to be looked up: the key, and where in Rows its row goes.
    private ulong[] _pendingKeys = new ulong[1024];
    private int[] _pendingTargets = new int[1024];
    private int _pendingCount;

    /// <summary>Keys per <see cref="JointFeatureTable.FindAll"/> call (its scratch list stays on the stack up to this many).</summary>
    private const int FindChunk = 1024;

    /// <summary>
    /// Asks for the row of <paramref name="key"/> at <paramref name="target"/> in <see cref="Rows"/>, which holds -1 (no
    /// row) until <see cref="ResolvePendingRows"/> looks the key up together with the other new types' keys.
    /// </summary>
    public void AddPendingRow(int target, ulong key)
    {
        if (_pendingCount == _pendingKeys.Length)
        {
            Array.Resize(ref _pendingKeys, _pendingCount * 2);
            Array.Resize(ref _pendingTargets, _pendingCount * 2);
        }
        _pendingKeys[_pendingCount] = key;
        _pendingTargets[_pendingCount++] = target;
    }

    /// <summary>Looks up the pending rows of the types just described, all in one pass, and puts them in place.</summary>
    [SkipLocalsInit]   // found is written before it is read
    private void ResolvePendingRows()
    {
        Span<int> found = stackalloc int[FindChunk];
        for (int k = 0; k < _pendingCount; k += FindChunk)
        {
            int count = Math.Min(FindChunk, _pendingCount - k);
            Table.FindAll(_pendingKeys.AsSpan(k, count), found[..count]);
            for (int j = 0; j < count; j++) Rows[_pendingTargets[k + j]] = found[j];
        }
        _pendingCount = 0;
    }

    /// <summary>The entry of a word with this hash in the current generation, or -1.</summary>
    private int Probe(ulong hash, ReadOnlySpan<char> word) => Probe(_slots, Types, Chars, hash, word);

    private static int Probe(Slot[] slots, TypeRecord[] types, char[] chars, ulong hash, ReadOnlySpan<char> word)
    {
        var raw = word.Length > MaxWordChars ? word[..MaxWordChars] : word;
        int mask = slots.Length - 1;
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(slots);
        for (int slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            ref readonly var s = ref Unsafe.Add(ref first, slot);
            if (s.Entry == 0) return -1;
            if (s.Tag != TagOf(hash)) continue;
            ref readonly var type = ref types[s.Entry - 1];
            if (Holds(type, raw, chars)) return s.Entry - 1;
        }
    }

    private int Insert(ulong hash, int entry)
    {
        if (Count * 2 > _slots.Length) Grow();
        int mask = _slots.Length - 1;
        int slot = (int)hash & mask;
        while (_slots[slot].Entry != 0) slot = (slot + 1) & mask;
        _slots[slot] = new Slot { Tag = TagOf(hash), Entry = entry + 1 };
        _slotsUsed = true;
        return entry;
    }

    /// <summary>One long document can hold more types than the bound: the table doubles until the document ends.</summary>
    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (var s in old)
        {
            if (s.Entry == 0) continue;
            // A slot keeps only half its word's hash: the other half comes from the word again.
            ref readonly var type = ref Types[s.Entry - 1];
            int slot = (int)FeatureHash.Of(Chars.AsSpan(type.CharStart, type.RawLength)) & mask;
            while (_slots[slot].Entry != 0) slot = (slot + 1) & mask;
            _slots[slot] = s;
        }
    }

    /// <summary>Appends rows (for the boundaries and new types); returns where they start.</summary>
    public int AddRows(ReadOnlySpan<int> rows)
    {
        var array = Rows;
        int start = Append(ref array, ref _rowsUsed, rows);
        Rows = array;
        return start;
    }

    /// <summary>Appends characters (a type's word, form or stem); returns where they start.</summary>
    public int AddChars(ReadOnlySpan<char> chars)
    {
        var array = Chars;
        int start = Append(ref array, ref _charsUsed, chars);
        Chars = array;
        return start;
    }

    /// <summary>Copies <paramref name="items"/> after the <paramref name="used"/> part of <paramref name="array"/>, doubling it when full; returns where they start.</summary>
    private static int Append<T>(ref T[] array, ref int used, ReadOnlySpan<T> items)
    {
        if (used + items.Length > array.Length) Array.Resize(ref array, Math.Max(array.Length * 2, used + items.Length));
        int start = used;
        items.CopyTo(array.AsSpan(start));
        used += items.Length;
        return start;
    }

    /// <summary>Adds a type whose characters are in <see cref="Chars"/> already (its record's head is copied from there); returns its entry.</summary>
    public int AddType(in TypeRecord type)
    {
        if (Count == Types.Length)
        {
            var grown = Types;
            Array.Resize(ref grown, Count * 2);
            Types = grown;
            // Age swaps the generations' type arrays but keeps one Sums, so Sums must cover the larger of the two:
            // it only ever grows.
            var grownSums = Sums;
            Array.Resize(ref grownSums, Math.Max(grownSums.Length, Count * 2 * TypeSumInts));
            Sums = grownSums;
        }
        ref var added = ref Types[Count];
        added = type;
        Chars.AsSpan(type.CharStart, Math.Min((int)type.RawLength, HeadChars)).CopyTo(added.Head);
        return Count++;
    }
}
