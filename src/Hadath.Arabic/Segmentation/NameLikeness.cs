namespace Hadath.Arabic.Segmentation;

/// <summary>
/// How much a word's letters look like a foreign name rather than an Arabic word: naive-Bayes log odds over
/// letter trigrams, learned from treebank words tagged X (unanalysed, mostly transliterated names: PADT leaves
/// those unsplit, so وجونز stays whole) against all other words.
/// </summary>
public sealed class NameLikeness
{
    private readonly Dictionary<ulong, float> _logOdds;
    private readonly WeightTable _lookup;
    private readonly float _unseen;

    public NameLikeness(Dictionary<ulong, float> logOdds, float unseen)
    {
        _logOdds = logOdds;
        _lookup = new WeightTable(logOdds);
        _unseen = unseen;
    }

    public static NameLikeness Empty { get; } = new(new Dictionary<ulong, float>(), 0);

    public IReadOnlyDictionary<ulong, float> LogOdds => _logOdds;
    public float Unseen => _unseen;

    /// <summary>Log odds (name vs word) summed over the letter trigrams of "^word$".</summary>
    public float Score(ReadOnlySpan<char> word)
    {
        if (_logOdds.Count == 0) return 0;
        float score = 0;
        for (int i = 0; i < word.Length; i++)
        {
            score += _lookup.TryGetValue(Trigram(word, i), out var v) ? v : _unseen;
        }
        return score;
    }

    /// <summary>Trigram i of "^word$", for i in [0, word.Length), hashed.</summary>
    public static ulong Trigram(ReadOnlySpan<char> word, int i)
    {
        char a = i == 0 ? '^' : word[i - 1];
        char b = word[i];
        char c = i + 1 < word.Length ? word[i + 1] : '$';
        return ((ulong)a << 32) | ((ulong)b << 16) | c;
    }

    public static NameLikeness Train(IEnumerable<string> names, IEnumerable<string> words)
    {
        var nameGrams = Count(names, out int nameTotal);
        var wordGrams = Count(words, out int wordTotal);
        var vocabulary = new HashSet<ulong>(nameGrams.Keys);
        vocabulary.UnionWith(wordGrams.Keys);
        const float Smoothing = 0.5f;
        float nameDenominator = nameTotal + Smoothing * vocabulary.Count;
        float wordDenominator = wordTotal + Smoothing * vocabulary.Count;
        var logOdds = new Dictionary<ulong, float>(vocabulary.Count);
        foreach (var g in vocabulary)
        {
            logOdds[g] = MathF.Log((nameGrams.GetValueOrDefault(g) + Smoothing) / nameDenominator)
                - MathF.Log((wordGrams.GetValueOrDefault(g) + Smoothing) / wordDenominator);
        }
        return new NameLikeness(logOdds, MathF.Log(Smoothing / nameDenominator) - MathF.Log(Smoothing / wordDenominator));
    }

    private static Dictionary<ulong, int> Count(IEnumerable<string> words, out int total)
    {
        var counts = new Dictionary<ulong, int>();
        total = 0;
        foreach (var w in words)
        {
            for (int i = 0; i < w.Length; i++)
            {
                var g = Trigram(w, i);
                counts[g] = counts.GetValueOrDefault(g) + 1;
                total++;
            }
        }
        return counts;
    }
}
