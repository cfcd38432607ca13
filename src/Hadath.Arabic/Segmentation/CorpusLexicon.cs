namespace Hadath.Arabic.Segmentation;

/// <summary>
/// How often each spelling occurs as a free-standing word in unlabeled news text, and the usual spelling of
/// each hamza-folded word (اصحاب → أصحاب). Tells a real stem (موسكو in لموسكو) from a chance one.
/// </summary>
public sealed class CorpusLexicon
{
    private readonly Dictionary<string, int> _counts;
    private readonly Dictionary<string, string> _usualSpelling;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _countsBySpan;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _usualSpellingBySpan;

    public CorpusLexicon(Dictionary<string, int> counts) : this(counts, UsualSpellings(counts)) { }

    private CorpusLexicon(Dictionary<string, int> counts, Dictionary<string, string> usualSpelling)
    {
        _counts = counts;
        _countsBySpan = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        _usualSpelling = usualSpelling;
        _usualSpellingBySpan = usualSpelling.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>For each folded spelling whose most frequent written form differs from it, that form.</summary>
    private static Dictionary<string, string> UsualSpellings(Dictionary<string, int> counts)
    {
        var best = new Dictionary<string, (string Spelling, int Count)>(StringComparer.Ordinal);
        foreach (var (word, count) in counts)
        {
            var key = ArabicWordText.FoldSpelling(word);
            if (!best.TryGetValue(key, out var current) || count > current.Count
                || (count == current.Count && string.CompareOrdinal(word, current.Spelling) < 0))
            {
                best[key] = (word, count);
            }
        }
        return best.Where(p => p.Key != p.Value.Spelling).ToDictionary(p => p.Key, p => p.Value.Spelling, StringComparer.Ordinal);
    }

    public static CorpusLexicon Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    public int Size => _counts.Count;

    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Folded spelling → its most frequent written form, where the two differ.</summary>
    internal IReadOnlyDictionary<string, string> UsualSpellingTable => _usualSpelling;

    public int Count(ReadOnlySpan<char> word) => _countsBySpan.TryGetValue(word, out var c) ? c : 0;

    /// <summary>The most frequent spelling of the word up to hamza seats and alef maksura; the word itself when unknown.</summary>
    public string UsualSpelling(string word)
    {
        // Folded on the stack: this runs for every stem spelling of every new word, and most find nothing.
        Span<char> buffer = word.Length <= 128 ? stackalloc char[128] : new char[word.Length];
        var key = buffer[..ArabicWordText.FoldSpelling(word, buffer)];
        if (_usualSpellingBySpan.TryGetValue(key, out var spelling)) return spelling;
        if (Count(key) == 0) return word;
        return key.SequenceEqual(word) ? word : new string(key);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_counts.Count);
        foreach (var (word, count) in _counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write7BitEncodedInt(count);
        }
        // Stored rather than recomputed so that loading stays well under a second.
        writer.Write(_usualSpelling.Count);
        foreach (var (key, spelling) in _usualSpelling.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(spelling);
        }
    }

    public static CorpusLexicon Read(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        if (n < 0 || n > 50_000_000) throw new InvalidDataException($"corrupt lexicon size {n}");
        var counts = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var word = reader.ReadString();
            counts[word] = reader.Read7BitEncodedInt();
        }
        int m = reader.ReadInt32();
        if (m < 0 || m > n) throw new InvalidDataException($"corrupt lexicon spelling table size {m}");
        var usual = new Dictionary<string, string>(m, StringComparer.Ordinal);
        for (int i = 0; i < m; i++) usual[reader.ReadString()] = reader.ReadString();
        return new CorpusLexicon(counts, usual);
    }
}
