namespace Hadath.Arabic.Segmentation;

/// <summary>
/// The fallback when the trained model is not shipped: clitic rules ranked by corpus evidence alone. A split wins
/// when its stem is clearly a more common free-standing word than the whole token (لموسكو: موسكو is common,
/// لموسكو is not); the article after ب/ل/ك and a few function words are trusted outright.
/// </summary>
public sealed class RuleWordAnalyzer : IWordAnalyzer
{
    /// <summary>Splits of function words the corpus cannot show (they are never free-standing).</summary>
    private static readonly Dictionary<string, string[]> FunctionWords = new(StringComparer.Ordinal)
    {
        ["مما"] = ["من", "ما"], ["عما"] = ["عن", "ما"], ["ممن"] = ["من", "من"], ["عمن"] = ["عن", "من"],
        ["انه"] = ["أن", "ه"], ["انها"] = ["أن", "ها"], ["انهم"] = ["أن", "هم"], ["لانه"] = ["ل", "أن", "ه"],
        ["وانه"] = ["و", "أن", "ه"], ["بانه"] = ["ب", "أن", "ه"], ["بان"] = ["ب", "أن"], ["لان"] = ["ل", "أن"],
        ["وان"] = ["و", "أن"], ["فان"] = ["ف", "إن"], ["وذلك"] = ["و", "ذٰلك"], ["لذلك"] = ["ل", "ذٰلك"],
        ["بذلك"] = ["ب", "ذٰلك"], ["كذلك"] = ["ك", "ذٰلك"], ["وهذا"] = ["و", "هٰذا"], ["وهذه"] = ["و", "هٰذه"],
        ["لهذا"] = ["ل", "هٰذا"], ["لهذه"] = ["ل", "هٰذه"], ["بهذا"] = ["ب", "هٰذا"], ["بهذه"] = ["ب", "هٰذه"],
        ["عليه"] = ["علي", "ه"], ["عليها"] = ["علي", "ها"],
        ["عليهم"] = ["علي", "هم"], ["اليه"] = ["إلي", "ه"], ["اليها"] = ["إلي", "ها"], ["لدى"] = ["لدى"],
        ["منه"] = ["من", "ه"], ["منها"] = ["من", "ها"], ["منهم"] = ["من", "هم"], ["عنه"] = ["عن", "ه"],
        ["عنها"] = ["عن", "ها"], ["فيه"] = ["في", "ه"], ["فيها"] = ["في", "ها"], ["فيهم"] = ["في", "هم"],
        ["وفي"] = ["و", "في"], ["ومن"] = ["و", "من"], ["وعلى"] = ["و", "على"], ["والى"] = ["و", "إلى"],
        ["ولا"] = ["و", "لا"], ["ولم"] = ["و", "لم"], ["وقد"] = ["و", "قد"], ["وقال"] = ["و", "قال"],
        ["ولن"] = ["و", "لن"], ["وما"] = ["و", "ما"], ["كان"] = ["كان"], ["لكن"] = ["لٰكن"], ["ولكن"] = ["و", "لٰكن"], ["فيما"] = ["فيما"], ["الا"] = ["الا"],
        ["عليك"] = ["علي", "ك"], ["عليكم"] = ["علي", "كم"], ["الينا"] = ["إلي", "نا"], ["علينا"] = ["علي", "نا"],
        ["كلم"] = ["كلم"], ["كما"] = ["كما"], ["الله"] = ["الله"], ["لله"] = ["ل", "الله"], ["والله"] = ["و", "الله"],
    };

    private readonly CorpusLexicon _lexicon;
    private readonly CandidateGenerator _generator;

    public RuleWordAnalyzer(CorpusLexicon lexicon)
    {
        _lexicon = lexicon;
        _generator = new CandidateGenerator(lexicon);
    }

    public string Description => $"rule-based fallback segmenter (clitic rules + corpus lexicon of {_lexicon.Size} words)";

    public WordAnalysis Analyze(string letters)
    {
        if (FunctionWords.TryGetValue(letters, out var forms)) return PieceAligner.ToAnalysis(letters, forms);
        if (letters.Length > 1 && letters[0] is 'و' or 'ف' && FunctionWords.TryGetValue(letters[1..], out var rest))
            return PieceAligner.ToAnalysis(letters, [letters[..1], .. rest]);
        SplitCandidate? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var candidate in _generator.Generate(letters))
        {
            double score = Score(letters, candidate);
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }
        return best?.ToAnalysis() ?? WordAnalysis.Whole(letters);
    }

    private double Score(string word, SplitCandidate c)
    {
        if (c.IsWhole) return 0;
        // A split must be backed by its stem: unknown stems (names, rare words) keep the word whole.
        if (c.ParticleStem) return 4;
        int stemCount = _lexicon.Count(c.StemForm);
        bool article = c.StemForm.StartsWith("ال", StringComparison.Ordinal) && c.Prefix.Length > 0;
        if (stemCount == 0 && !article) return -3;
        int clitics = c.Pieces.Length - 1;
        double score = Math.Log2(1 + stemCount) - Math.Log2(1 + _lexicon.Count(word)) + 1.5 - 0.5 * (clitics - 1);
        // بال / لل / وال: a proclitic before the article is nearly always a real split.
        if (article) score += 5;
        if (c.Restoration == StemRestoration.WawAlef) score -= 2;
        if (c.InitialHamza != '\0' && stemCount == 0) score -= 1;
        // The article and a pronoun suffix exclude each other (الشرطي is not الشرط+ي).
        if (c.StemForm.StartsWith("ال", StringComparison.Ordinal) && c.Suffix.Length > 0) score -= 4;
        // ك (like) is rare and its letter starts many words (كان، كلم).
        if (c.Prefix.EndsWith('ك')) score -= 2;
        return score;
    }
}
