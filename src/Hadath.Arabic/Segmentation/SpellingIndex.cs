using System.Runtime.InteropServices;

namespace Hadath.Arabic.Segmentation;

/// <summary>What the tables say about one spelling; zeros and nulls where they say nothing.</summary>
internal readonly record struct SpellingFacts(int CorpusCount, int TreebankWordCount, int TreebankStemCount, string? Learned, string? Usual);

/// <summary>
/// The corpus counts, the usual spellings, the learned spellings and the treebank counts gathered under one key, so
/// that a stem spelling of a new word costs one lookup instead of one per table. The separate tables stay the
/// source of truth (training and the model file use them); this is a read-only view built from them.
/// </summary>
internal sealed class SpellingIndex
{
    private readonly Dictionary<string, SpellingFacts> _facts;
    private readonly Dictionary<string, SpellingFacts>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public SpellingIndex(CorpusLexicon corpus, IReadOnlyDictionary<string, string>? learned = null,
        IReadOnlyDictionary<string, int>? treebankWords = null, IReadOnlyDictionary<string, int>? treebankStems = null)
    {
        IReadOnlyDictionary<string, string> usualSpellings = corpus.UsualSpellingTable;
        learned ??= new Dictionary<string, string>();
        treebankWords ??= new Dictionary<string, int>();
        treebankStems ??= new Dictionary<string, int>();
        // Sized once for exactly the keys of all tables (each counted in the first table that has it), so that
        // neither growth nor trimming leaves a large array behind as garbage; filled in place, one lookup a key.
        var counts = corpus.Counts;
        int keys = counts.Count
            + usualSpellings.Keys.Count(k => !counts.ContainsKey(k))
            + learned.Keys.Count(k => !counts.ContainsKey(k) && !usualSpellings.ContainsKey(k))
            + treebankWords.Keys.Count(k => !counts.ContainsKey(k) && !usualSpellings.ContainsKey(k) && !learned.ContainsKey(k))
            + treebankStems.Keys.Count(k => !counts.ContainsKey(k) && !usualSpellings.ContainsKey(k) && !learned.ContainsKey(k) && !treebankWords.ContainsKey(k));
        _facts = new Dictionary<string, SpellingFacts>(keys, StringComparer.Ordinal);
        foreach (var (word, count) in counts) _facts[word] = new SpellingFacts(count, 0, 0, null, null);
        foreach (var (key, usual) in usualSpellings) Entry(key) = Entry(key) with { Usual = usual };
        foreach (var (form, spelling) in learned) Entry(form) = Entry(form) with { Learned = spelling };
        foreach (var (word, count) in treebankWords) Entry(word) = Entry(word) with { TreebankWordCount = count };
        foreach (var (word, count) in treebankStems) Entry(word) = Entry(word) with { TreebankStemCount = count };
        _bySpan = _facts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private ref SpellingFacts Entry(string key) => ref CollectionsMarshal.GetValueRefOrAddDefault(_facts, key, out _);

    public SpellingFacts this[ReadOnlySpan<char> spelling] => _bySpan.TryGetValue(spelling, out var facts) ? facts : default;

    /// <summary>
    /// <see cref="CorpusLexicon.UsualSpelling"/> read from the index: the word's facts when it folds to itself (most
    /// stems), else one more lookup for its folded key.
    /// </summary>
    public string UsualSpelling(string word, in SpellingFacts facts)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var key = buffer[..ArabicWordText.FoldSpelling(word, buffer)];
        if (key.SequenceEqual(word)) return facts.Usual ?? word;
        if (!_bySpan.TryGetValue(key, out var keyString, out var folded)) return word;
        if (folded.Usual is { } usual) return usual;
        // The folded spelling is itself a corpus word: the key string equals the string the lexicon would make.
        return folded.CorpusCount == 0 ? word : keyString;
    }
}
