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
        // Sized once for exactly the keys of all tables (the others mostly overlap the corpus), so that neither
        // growth nor trimming leaves a large array behind as garbage.
        var outsideCorpus = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in (IEnumerable<string>[])[corpus.UsualSpellingTable.Keys, learned?.Keys ?? [], treebankWords?.Keys ?? [], treebankStems?.Keys ?? []])
        {
            foreach (var key in table)
            {
                if (!corpus.Counts.ContainsKey(key)) outsideCorpus.Add(key);
            }
        }
        int keys = corpus.Size + outsideCorpus.Count;
        _facts = new Dictionary<string, SpellingFacts>(keys, StringComparer.Ordinal);
        foreach (var (word, count) in corpus.Counts) _facts[word] = new SpellingFacts(count, 0, 0, null, null);
        foreach (var (key, usual) in corpus.UsualSpellingTable) Update(key, f => f with { Usual = usual });
        foreach (var (form, spelling) in learned ?? Empty<string>()) Update(form, f => f with { Learned = spelling });
        foreach (var (word, count) in treebankWords ?? Empty<int>()) Update(word, f => f with { TreebankWordCount = count });
        foreach (var (word, count) in treebankStems ?? Empty<int>()) Update(word, f => f with { TreebankStemCount = count });
        _bySpan = _facts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static IReadOnlyDictionary<string, T> Empty<T>() => new Dictionary<string, T>();

    private void Update(string key, Func<SpellingFacts, SpellingFacts> change) =>
        _facts[key] = change(_facts.GetValueOrDefault(key));

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
