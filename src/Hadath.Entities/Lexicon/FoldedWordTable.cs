using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hadath.Entities.Tagging;

namespace Hadath.Entities.Lexicon;

/// <summary>
/// The lexicon's words and the first words of its phrases in one open-addressing table, keyed by the folded form's
/// <see cref="FeatureHash"/>. Describing a word the tagger has not met asks the lexicon three or four times (form,
/// stem, the stem with or without ال, whether the stem opens a phrase); through the string dictionaries each answer
/// was a bucket, an entry and a string read one after another, all cache misses for a rare word. Here the tagger
/// passes the hash it computed anyway, an absent word mostly stops at an empty slot, and a present one reads its
/// slot and its letters (the letters confirm the match, so a hash collision never changes an answer). Built once with
/// the lexicon; read-only, so one instance serves every thread.
/// </summary>
internal sealed class FoldedWordTable
{
    /// <summary>
    /// 16 bytes, four to a cache line: 16 bits of the hash (a slot with other bits is passed without reading letters),
    /// where the letters start and how many, the entry's fields, and what the slot holds. Small because the table is new
    /// memory that every process writes while loading the model (1.5 MB for the shipped lexicon, letters included).
    /// </summary>
    private struct Slot
    {
        public ushort Check;
        public ushort Length;
        public int CharStart;
        public int Count;
        public short Cluster;
        public byte Gazetteer;
        public byte Flags;
    }

    private static ushort CheckOf(ulong hash) => (ushort)(hash >> 48);

    private const byte Used = 1, Word = 2, PhraseHead = 4;

    private readonly Slot[] _slots;
    private readonly char[] _chars;
    private readonly int _mask;

    /// <summary>
    /// The table of words given as letters (read straight from a model file: no string or dictionary entry per word)
    /// and of phrases. A word given twice keeps its last entry, as a dictionary filled in order would.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // runs once, at load, over every word: no tier-0 code
    public FoldedWordTable(LexiconWords words, IEnumerable<string> phrases)
    {
        var heads = new List<string>();
        int chars = words.Letters.Length;
        foreach (var phrase in phrases)
        {
            heads.Add(phrase);
            chars += HeadLength(phrase);
        }
        // At most two thirds full: a word not in the lexicon mostly meets an empty slot within a cache line or two.
        int capacity = 16;
        while (capacity * 2 < (words.Count + heads.Count) * 3) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _chars = new char[chars];
        int used = 0;
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var entry = words.Entries[i];
            if (entry.Cluster is < short.MinValue or > short.MaxValue || (uint)entry.Gazetteer > byte.MaxValue)
            {
                throw new InvalidDataException($"the lexicon entry of '{word}' is out of range (cluster {entry.Cluster}, gazetteer {entry.Gazetteer})");
            }
            ulong hash = FeatureHash.Of(word);
            int at = SlotOf(word, hash);
            ref var slot = ref at >= 0 ? ref _slots[at] : ref Insert(word, hash, ref used);
            slot.Flags |= Word;
            slot.Cluster = (short)entry.Cluster;
            slot.Count = entry.Count;
            slot.Gazetteer = (byte)entry.Gazetteer;
            if (at < 0) WordCount++;
        }
        foreach (var phrase in heads)
        {
            var head = phrase.AsSpan(0, HeadLength(phrase));
            ulong hash = FeatureHash.Of(head);
            int at = SlotOf(head, hash);
            ref var slot = ref at >= 0 ? ref _slots[at] : ref Insert(head, hash, ref used);
            slot.Flags |= PhraseHead;
        }
    }

    /// <summary>Distinct words held (phrase heads that are no word not counted).</summary>
    public int WordCount { get; }

    /// <summary>The words and their entries, as a dictionary (for saving a model: the table is what tagging reads).</summary>
    public Dictionary<string, WordEntry> Words()
    {
        var words = new Dictionary<string, WordEntry>(WordCount, StringComparer.Ordinal);
        foreach (var slot in _slots)
        {
            if ((slot.Flags & Word) == 0) continue;
            words.Add(new string(_chars, slot.CharStart, slot.Length), new WordEntry(slot.Cluster, slot.Count, (GazetteerClass)slot.Gazetteer));
        }
        return words;
    }

    /// <summary>The length of a phrase's first word (the whole phrase when it has one word).</summary>
    private static int HeadLength(string phrase) => phrase.IndexOf(' ') is >= 0 and var space ? space : phrase.Length;

    /// <summary>Puts <paramref name="folded"/> in a new slot, its letters copied after the first <paramref name="used"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // runs at load, for every word
    private ref Slot Insert(ReadOnlySpan<char> folded, ulong hash, ref int used)
    {
        if (folded.Length > ushort.MaxValue) throw new InvalidDataException("a lexicon word is longer than 65,535 characters");
        int index = (int)hash & _mask;
        while ((_slots[index].Flags & Used) != 0) index = (index + 1) & _mask;
        ref var slot = ref _slots[index];
        folded.CopyTo(_chars.AsSpan(used));
        slot = new Slot { Check = CheckOf(hash), CharStart = used, Length = (ushort)folded.Length, Cluster = -1, Flags = Used };
        used += folded.Length;
        return ref slot;
    }

    /// <summary>The slot holding <paramref name="folded"/> (whose hash is <paramref name="hash"/>), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // runs at load, for every word
    private int SlotOf(ReadOnlySpan<char> folded, ulong hash)
    {
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
        ushort check = CheckOf(hash);
        for (int index = (int)hash & _mask; ; index = (index + 1) & _mask)
        {
            ref readonly var slot = ref Unsafe.Add(ref first, index);
            if (slot.Flags == 0) return -1;
            if (slot.Check == check && folded.SequenceEqual(_chars.AsSpan(slot.CharStart, slot.Length))) return index;
        }
    }

    /// <summary>The lexicon's entry of <paramref name="folded"/> (hash <paramref name="hash"/>), <see cref="WordEntry.Unknown"/> when it has none.</summary>
    public WordEntry Find(ReadOnlySpan<char> folded, ulong hash) => Find(folded, hash, out _);

    /// <summary>
    /// <see cref="Find(ReadOnlySpan{char}, ulong)"/>, and whether some multi-word phrase begins with the word
    /// (<see cref="IsPhraseHead"/>), from the same slot.
    /// </summary>
    public WordEntry Find(ReadOnlySpan<char> folded, ulong hash, out bool phraseHead)
    {
        int at = SlotOf(folded, hash);
        if (at < 0)
        {
            phraseHead = false;
            return WordEntry.Unknown;
        }
        ref readonly var slot = ref _slots[at];
        phraseHead = (slot.Flags & PhraseHead) != 0;
        return (slot.Flags & Word) != 0 ? new WordEntry(slot.Cluster, slot.Count, (GazetteerClass)slot.Gazetteer) : WordEntry.Unknown;
    }

    /// <summary>Whether some multi-word phrase begins with <paramref name="folded"/> (hash <paramref name="hash"/>).</summary>
    public bool IsPhraseHead(ReadOnlySpan<char> folded, ulong hash)
    {
        int at = SlotOf(folded, hash);
        return at >= 0 && (_slots[at].Flags & PhraseHead) != 0;
    }
}

/// <summary>
/// A lexicon's words as one run of letters (word i is <c>Letters[Ends[i-1]..Ends[i]]</c>, from 0 for the first) with
/// their entries: how a model file's words reach <see cref="FoldedWordTable"/> without a string per word.
/// </summary>
internal readonly struct LexiconWords(char[] letters, int[] ends, WordEntry[] entries, int count)
{
    public int Count => count;

    public ReadOnlySpan<char> Letters => letters.AsSpan(0, count == 0 ? 0 : ends[count - 1]);

    public ReadOnlySpan<WordEntry> Entries => entries.AsSpan(0, count);

    public ReadOnlySpan<char> this[int i] => letters.AsSpan(i == 0 ? 0 : ends[i - 1], ends[i] - (i == 0 ? 0 : ends[i - 1]));

    /// <summary>The words of a dictionary, in its order.</summary>
    public static LexiconWords Of(Dictionary<string, WordEntry> words)
    {
        int chars = 0;
        foreach (var word in words.Keys) chars += word.Length;
        var letters = new char[chars];
        var ends = new int[words.Count];
        var entries = new WordEntry[words.Count];
        int i = 0, used = 0;
        foreach (var (word, entry) in words)
        {
            word.CopyTo(letters.AsSpan(used));
            used += word.Length;
            ends[i] = used;
            entries[i++] = entry;
        }
        return new LexiconWords(letters, ends, entries, words.Count);
    }
}
