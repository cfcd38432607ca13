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
    private readonly Dictionary<string, WordEntry> _words;
    private readonly Dictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, GazetteerClass> _phrases;
    private readonly Dictionary<string, GazetteerClass>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseHeads;

    public WordLexicon(Dictionary<string, WordEntry> words, int[] fineToMid, int[] fineToCoarse,
        Dictionary<string, GazetteerClass> phrases, int maxPhraseTokens)
    {
        _words = words;
        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        FineToMid = fineToMid;
        FineToCoarse = fineToCoarse;
        _phrases = phrases;
        _phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxPhraseTokens = maxPhraseTokens;
        // Most words start no phrase: testing the first word once spares building a key per length.
        var heads = new HashSet<string>(phrases.Keys.Select(p => p.Split(' ')[0]), StringComparer.Ordinal);
        _phraseHeads = heads.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordLexicon Empty { get; } = new(new(), [], [], new(), 0);

    public IReadOnlyDictionary<string, WordEntry> Words => _words;
    public IReadOnlyDictionary<string, GazetteerClass> Phrases => _phrases;
    public int[] FineToMid { get; }
    public int[] FineToCoarse { get; }
    public int MaxPhraseTokens { get; }

    public WordEntry Find(ReadOnlySpan<char> folded) =>
        _wordLookup.TryGetValue(folded, out var entry) ? entry : WordEntry.Unknown;

    /// <summary>Whether some multi-word phrase begins with this folded word.</summary>
    public bool IsPhraseHead(ReadOnlySpan<char> folded) => _phraseHeads.Contains(folded);

    /// <summary>Gazetteer classes of a folded phrase (tokens joined by one space).</summary>
    public GazetteerClass FindPhrase(ReadOnlySpan<char> folded) =>
        _phraseLookup.TryGetValue(folded, out var c) ? c : GazetteerClass.None;
}

/// <summary>A word's fine cluster (-1 when unclustered), its corpus count, and its gazetteer classes as a single word.</summary>
public readonly record struct WordEntry(int Cluster, int Count, GazetteerClass Gazetteer)
{
    public static WordEntry Unknown => new(-1, 0, GazetteerClass.None);
}
