using System.Diagnostics.CodeAnalysis;

namespace Hadath.Arabic.Segmentation;

/// <summary>What the tables say about one spelling; zeros and nulls where they say nothing.</summary>
internal readonly record struct SpellingFacts(int CorpusCount, int TreebankWordCount, int TreebankStemCount, string? Learned, string? Usual);

/// <summary>
/// The corpus counts, the usual spellings, the learned spellings, the treebank counts and the memorized analyses
/// gathered under one key, so that a stem spelling of a new word costs one lookup instead of one per table. The separate tables stay the
/// source of truth (training and the model file use them); this is a read-only view built from them.
/// A new word asks it for every stem spelling of every candidate, and most of those spellings are absent, so a lookup
/// is bound by memory misses: a dictionary of strings reads a bucket, then an entry, then the key string. Here a probe
/// reads one 32-byte slot holding the spelling packed (<see cref="PackedSpelling"/>: whole for nearly every Arabic
/// word) and its counts, so a spelling is answered, present or absent, from the slot it lands on; learned and usual
/// spellings and memorized analyses are read from the side only when the slot says it has them.
/// </summary>
internal sealed class SpellingIndex
{
    private const int EntryMask = (1 << 28) - 1;
    private const int HasAnalysis = 1 << 28;
    private const int HasLearned = 1 << 29;
    private const int HasUsual = 1 << 30;

    private struct Slot
    {
        /// <summary>The spelling packed (<see cref="PackedSpelling.Pack"/>); a Tail of 0 marks an empty slot.</summary>
        public ulong Head, Tail;
        public int CorpusCount, TreebankWordCount, TreebankStemCount;
        /// <summary>The entry's number in the side arrays, with <see cref="HasLearned"/> and <see cref="HasUsual"/>.</summary>
        public int Entry;
    }

    private struct Side
    {
        public string Key;
        public string? Learned, Usual;
        public WordAnalysis? Analysis;
    }

    // Fixed: the keys come from the model, not from the text being read.
    private const ulong Seed = 0x2545F4914F6CDD1DUL;

    private readonly Slot[] _slots;
    private readonly Side[] _sides;
    private readonly int _mask;
    private int _count;

    /// <summary>
    /// Two bits set per key, both in one 64-bit word of a table an eighth as long as the slots (256 KB for the shipped
    /// model's 8 MB of slots): most spellings asked for are absent, and this answers nearly all of those from memory that
    /// stays in the processor's caches and few pages, where each probe of the slots was a miss. A key's bits are never
    /// clear, so no spelling present is missed; about one absent spelling in a hundred passes and is probed as before.
    /// </summary>
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    public SpellingIndex(CorpusLexicon corpus, IReadOnlyDictionary<string, string>? learned = null,
        IReadOnlyDictionary<string, int>? treebankWords = null, IReadOnlyDictionary<string, int>? treebankStems = null,
        IReadOnlyDictionary<string, WordAnalysis>? memorized = null)
    {
        IReadOnlyDictionary<string, string> usualSpellings = corpus.UsualSpellingTable;
        learned ??= new Dictionary<string, string>();
        treebankWords ??= new Dictionary<string, int>();
        treebankStems ??= new Dictionary<string, int>();
        memorized ??= new Dictionary<string, WordAnalysis>();
        // Sized once for exactly the keys of all tables (each counted in the first table that has it) and filled in
        // place, so that loading leaves no large array behind as garbage (which would bring on a full collection later).
        var counts = corpus.Counts;
        int keys = counts.Count
            + usualSpellings.Keys.Count(k => !counts.ContainsKey(k))
            + learned.Keys.Count(k => !counts.ContainsKey(k) && !usualSpellings.ContainsKey(k))
            + treebankWords.Keys.Count(k => !counts.ContainsKey(k) && !usualSpellings.ContainsKey(k) && !learned.ContainsKey(k))
            + treebankStems.Keys.Count(k => !counts.ContainsKey(k) && !usualSpellings.ContainsKey(k) && !learned.ContainsKey(k) && !treebankWords.ContainsKey(k))
            + memorized.Keys.Count(k => !counts.ContainsKey(k) && !usualSpellings.ContainsKey(k) && !learned.ContainsKey(k) && !treebankWords.ContainsKey(k) && !treebankStems.ContainsKey(k));
        int capacity = 16;
        while (capacity < keys + keys / 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _sides = new Side[keys];
        _mask = capacity - 1;
        _filter = new ulong[Math.Max(1, capacity / 8)];
        _filterShift = System.Numerics.BitOperations.Log2((uint)_filter.Length);
        foreach (var (word, count) in counts) SlotFor(word).CorpusCount = count;
        foreach (var (key, usual) in usualSpellings) SetUsual(ref SlotFor(key), usual);
        foreach (var (form, spelling) in learned) SetLearned(ref SlotFor(form), spelling);
        foreach (var (word, count) in treebankWords) SlotFor(word).TreebankWordCount = count;
        foreach (var (word, count) in treebankStems) SlotFor(word).TreebankStemCount = count;
        foreach (var (word, analysis) in memorized) SetAnalysis(ref SlotFor(word), analysis);
    }

    /// <summary>The slot of <paramref name="key"/>, claimed for it (with the next entry number) if it has none yet; construction only.</summary>
    private ref Slot SlotFor(string key)
    {
        var (head, tail) = PackedSpelling.Pack(key, out bool complete);
        int hash = PackedSpelling.Hash(Seed, head, tail, complete, key);
        _filter[FilterWord(hash)] |= FilterBits(hash);
        int i = hash & _mask;
        for (; _slots[i].Tail != 0; i = (i + 1) & _mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Head == head && slot.Tail == tail && string.Equals(_sides[slot.Entry & EntryMask].Key, key, StringComparison.Ordinal)) return ref slot;
        }
        _sides[_count].Key = key;
        _slots[i] = new Slot { Head = head, Tail = tail, Entry = _count++ };
        return ref _slots[i];
    }

    private void SetUsual(ref Slot slot, string usual)
    {
        slot.Entry |= HasUsual;
        _sides[slot.Entry & EntryMask].Usual = usual;
    }

    private void SetLearned(ref Slot slot, string learned)
    {
        slot.Entry |= HasLearned;
        _sides[slot.Entry & EntryMask].Learned = learned;
    }

    private void SetAnalysis(ref Slot slot, WordAnalysis analysis)
    {
        slot.Entry |= HasAnalysis;
        _sides[slot.Entry & EntryMask].Analysis = analysis;
    }

    /// <summary>The analysis memorized for <paramref name="word"/>, if any; its slot is then warm for the candidates' lookups.</summary>
    public bool TryGetMemorized(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out WordAnalysis analysis)
    {
        analysis = !TryGet(word, out _, out int entry) ? null
            : (entry & HasAnalysis) != 0 ? _sides[entry & EntryMask].Analysis : null;
        return analysis is not null;
    }

    /// <summary>Asks the processor to fetch the slot where <paramref name="spelling"/> would be found, without waiting for it.</summary>
    public unsafe void Prefetch(ReadOnlySpan<char> spelling)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported) return;
        var (head, tail) = PackedSpelling.Pack(spelling, out bool complete);
        int hash = PackedSpelling.Hash(Seed, head, tail, complete, spelling);
        if (MayHold(hash)) System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref _slots[hash & _mask]));
    }

    public SpellingFacts this[ReadOnlySpan<char> spelling] => TryGet(spelling, out var facts, out _) ? facts : default;

    /// <summary>The facts of <paramref name="spelling"/> and its slot's entry (number and flags; -1 when it has no slot).</summary>
    private bool TryGet(ReadOnlySpan<char> spelling, out SpellingFacts facts, out int entry)
    {
        var slots = _slots;
        var (head, tail) = PackedSpelling.Pack(spelling, out bool complete);
        int hash = PackedSpelling.Hash(Seed, head, tail, complete, spelling);
        if (MayHold(hash))
        {
            for (int i = hash & _mask; ; i = (i + 1) & _mask)
            {
                ref var slot = ref slots[i];
                if (slot.Tail == 0) break;
                if (slot.Head != head || slot.Tail != tail) continue;
                entry = slot.Entry;
                if (!complete && !spelling.SequenceEqual(_sides[entry & EntryMask].Key)) continue;
                facts = new SpellingFacts(slot.CorpusCount, slot.TreebankWordCount, slot.TreebankStemCount,
                    (entry & HasLearned) != 0 ? _sides[entry & EntryMask].Learned : null,
                    (entry & HasUsual) != 0 ? _sides[entry & EntryMask].Usual : null);
                return true;
            }
        }
        facts = default;
        entry = -1;
        return false;
    }

    /// <summary>Whether a key of hash <paramref name="hash"/> may be held: false only when none is (see <see cref="_filter"/>).</summary>
    private bool MayHold(int hash)
    {
        ulong bits = FilterBits(hash);
        return (_filter[FilterWord(hash)] & bits) == bits;
    }

    /// <summary>The filter word of a hash: its low bits (<see cref="PackedSpelling.Hash"/> mixes every bit).</summary>
    private int FilterWord(int hash) => hash & (_filter.Length - 1);

    /// <summary>The two bits a hash sets in its word, from the hash bits above those that chose the word.</summary>
    private ulong FilterBits(int hash) => (1UL << ((hash >> _filterShift) & 63)) | (1UL << ((hash >> (_filterShift + 6)) & 63));

    /// <summary>
    /// <see cref="CorpusLexicon.UsualSpelling"/> read from the index: the word's facts when it folds to itself (most
    /// stems), else one more lookup for its folded key.
    /// </summary>
    public string UsualSpelling(string word, in SpellingFacts facts)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var key = buffer[..ArabicWordText.FoldSpelling(word, buffer)];
        if (key.SequenceEqual(word)) return facts.Usual ?? word;
        if (!TryGet(key, out var folded, out int entry)) return word;
        if (folded.Usual is { } usual) return usual;
        // The folded spelling is itself a corpus word: the key string equals the string the lexicon would make.
        return folded.CorpusCount == 0 ? word : _sides[entry & EntryMask].Key;
    }
}
