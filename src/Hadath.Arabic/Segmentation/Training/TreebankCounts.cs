namespace Hadath.Arabic.Segmentation.Training;

/// <summary>
/// Treebank word and stem counts split by fold, so the classifier can be trained on each fold with evidence from
/// the other folds only (the words it then sees look as unseen as dev words will).
/// </summary>
internal sealed class TreebankCounts
{
    private readonly Dictionary<string, int> _total = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>[] _byFold;

    public TreebankCounts(int folds)
    {
        _byFold = new Dictionary<string, int>[folds];
        for (int k = 0; k < folds; k++) _byFold[k] = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    public Dictionary<string, int> Total => _total;

    public void Add(string word, int fold)
    {
        _total[word] = _total.GetValueOrDefault(word) + 1;
        _byFold[fold][word] = _byFold[fold].GetValueOrDefault(word) + 1;
    }

    /// <summary>Occurrences outside <paramref name="fold"/> (all occurrences when fold is -1).</summary>
    public int Count(string word, int fold) =>
        _total.GetValueOrDefault(word) - (fold < 0 ? 0 : _byFold[fold].GetValueOrDefault(word));
}

/// <summary>Word evidence as seen from one fold: treebank counts exclude that fold; the corpus is independent.</summary>
internal sealed class HeldOutEvidence(CorpusLexicon corpus, TreebankCounts words, TreebankCounts stems, NameLikeness names, int fold) : IWordEvidence
{
    public float NameScore(string word) => names.Score(word);
    public int CorpusCount(string word) => corpus.Count(word);
    public int TreebankWordCount(string word) => words.Count(word, fold);
    public int TreebankStemCount(string word) => stems.Count(word, fold);
}
