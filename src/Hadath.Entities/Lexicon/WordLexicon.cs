namespace Hadath.Entities.Lexicon;

/// <summary>Gazetteer classes a word or phrase can belong to (bits, since a name can be both a first name and a place).</summary>
[Flags]
public enum GazetteerClass
{
    None = 0,
    PersonName = 1,
    Location = 2,
    Organization = 4,
    Country = 8,
}

/// <summary>
/// What the tagger knows about words beyond the labelled data: distributional word clusters and corpus counts
/// learned from unlabeled news, and a gazetteer of names. All keys are folded forms (<see cref="Text.NameForms"/>).
/// Read-only after construction, so one instance serves every thread.
/// </summary>
public sealed class WordLexicon
{
    /// <summary>The words as a dictionary: given, or made from the table when first asked (a model read from a file has only the table).</summary>
    private Dictionary<string, WordEntry>? _words;

    private readonly Dictionary<string, GazetteerClass> _phrases;
    private readonly Dictionary<string, GazetteerClass>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;

    /// <summary>The words and phrase heads, for lookups by folded form (see <see cref="FoldedWordTable"/> for why not the dictionaries).</summary>
    private readonly FoldedWordTable _table;

    public WordLexicon(Dictionary<string, WordEntry> words, int[] fineToMid, int[] fineToCoarse,
        Dictionary<string, GazetteerClass> phrases, int maxPhraseTokens)
        : this(LexiconWords.Of(words), fineToMid, fineToCoarse, phrases, maxPhraseTokens)
    {
        _words = words;
    }

    /// <summary>
    /// A lexicon whose words come as letters (a model file's: loading makes no string or dictionary entry per word,
    /// which was half of reading the lexicon, and held every word twice).
    /// </summary>
    internal WordLexicon(LexiconWords words, int[] fineToMid, int[] fineToCoarse,
        Dictionary<string, GazetteerClass> phrases, int maxPhraseTokens)
    {
        FineToMid = fineToMid;
        FineToCoarse = fineToCoarse;
        _phrases = phrases;
        _phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxPhraseTokens = maxPhraseTokens;
        // Phrase heads are kept because most words start no phrase: testing the first word once spares building a key per length.
        _table = new FoldedWordTable(words, phrases.Keys);
    }

    public static WordLexicon Empty { get; } = new(new Dictionary<string, WordEntry>(), [], [], new(), 0);

    /// <summary>The words and their entries (made from the table when first asked; saving a model asks, tagging does not).</summary>
    public IReadOnlyDictionary<string, WordEntry> Words => _words ??= _table.Words();
    public IReadOnlyDictionary<string, GazetteerClass> Phrases => _phrases;
    public int[] FineToMid { get; }
    public int[] FineToCoarse { get; }
    public int MaxPhraseTokens { get; }

    public WordEntry Find(ReadOnlySpan<char> folded) => _table.Find(folded, Tagging.FeatureHash.Of(folded));

    /// <summary><see cref="Find(ReadOnlySpan{char})"/> of a word whose <see cref="Tagging.FeatureHash"/> the caller has computed already.</summary>
    internal WordEntry Find(ReadOnlySpan<char> folded, ulong hash) => _table.Find(folded, hash);

    /// <summary>Whether some multi-word phrase begins with this folded word.</summary>
    public bool IsPhraseHead(ReadOnlySpan<char> folded) => _table.IsPhraseHead(folded, Tagging.FeatureHash.Of(folded));

    /// <summary><see cref="IsPhraseHead(ReadOnlySpan{char})"/> of a word whose <see cref="Tagging.FeatureHash"/> the caller has computed already.</summary>
    internal bool IsPhraseHead(ReadOnlySpan<char> folded, ulong hash) => _table.IsPhraseHead(folded, hash);

    /// <summary>Gazetteer classes of a folded phrase (tokens joined by one space).</summary>
    public GazetteerClass FindPhrase(ReadOnlySpan<char> folded) =>
        _phraseLookup.TryGetValue(folded, out var c) ? c : GazetteerClass.None;
}

/// <summary>A word's fine cluster (-1 when unclustered), its corpus count, and its gazetteer classes as a single word.</summary>
public readonly record struct WordEntry(int Cluster, int Count, GazetteerClass Gazetteer)
{
    public static WordEntry Unknown => new(-1, 0, GazetteerClass.None);
}
