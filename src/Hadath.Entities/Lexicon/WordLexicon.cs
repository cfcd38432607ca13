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
    /// <summary>Every phrase and every beginning of one two or more tokens long (see <see cref="FindPhraseStep"/>).</summary>
    private readonly Dictionary<string, PhraseStep>.AlternateLookup<ReadOnlySpan<char>> _stepLookup;

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
        _stepLookup = PhraseSteps(phrases).GetAlternateLookup<ReadOnlySpan<char>>();
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

    /// <summary><see cref="Find(ReadOnlySpan{char}, ulong)"/>, and <see cref="IsPhraseHead(ReadOnlySpan{char})"/> from the same lookup.</summary>
    internal WordEntry Find(ReadOnlySpan<char> folded, ulong hash, out bool phraseHead) => _table.Find(folded, hash, out phraseHead);

    /// <summary>Whether some multi-word phrase begins with this folded word.</summary>
    public bool IsPhraseHead(ReadOnlySpan<char> folded) => _table.IsPhraseHead(folded, Tagging.FeatureHash.Of(folded));

    /// <summary>
    /// What a key of two or more folded tokens (joined by one space) is: a phrase's classes (none when it is no phrase)
    /// and whether a longer phrase begins with it. A search that grows a key token by token stops at the first key
    /// from which no phrase goes on, instead of building and looking up a key for every length.
    /// </summary>
    internal PhraseStep FindPhraseStep(ReadOnlySpan<char> folded) =>
        _stepLookup.TryGetValue(folded, out var step) ? step : default;

    private static Dictionary<string, PhraseStep> PhraseSteps(Dictionary<string, GazetteerClass> phrases)
    {
        var steps = new Dictionary<string, PhraseStep>(phrases.Count * 2, phrases.Comparer);
        foreach (var (phrase, classes) in phrases)
        {
            steps[phrase] = steps.TryGetValue(phrase, out var known) ? known with { Classes = classes } : new PhraseStep(classes, false);
            // Each beginning of two or more tokens, up to the space before a later token, goes on to this phrase.
            int second = phrase.IndexOf(' ');
            for (int space = second < 0 ? -1 : phrase.IndexOf(' ', second + 1); space >= 0; space = phrase.IndexOf(' ', space + 1))
            {
                string beginning = phrase[..space];
                steps[beginning] = steps.TryGetValue(beginning, out var step) ? step with { GoesOn = true } : new PhraseStep(GazetteerClass.None, true);
            }
        }
        return steps;
    }
}

/// <summary>A key's classes as a phrase (none when it is only the beginning of one) and whether a longer phrase begins with it.</summary>
internal readonly record struct PhraseStep(GazetteerClass Classes, bool GoesOn);

/// <summary>A word's fine cluster (-1 when unclustered), its corpus count, and its gazetteer classes as a single word.</summary>
public readonly record struct WordEntry(int Cluster, int Count, GazetteerClass Gazetteer)
{
    public static WordEntry Unknown => new(-1, 0, GazetteerClass.None);
}
