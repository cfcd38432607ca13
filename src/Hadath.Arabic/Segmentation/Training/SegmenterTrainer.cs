using Hadath.Core;

namespace Hadath.Arabic.Segmentation.Training;

public sealed record SegmenterTrainingOptions
{
    public int Seed { get; init; } = 1;
    public int Epochs { get; init; } = 8;
    public int Folds { get; init; } = 5;
    /// <summary>Corpus words seen fewer times are left out of the shipped lexicon.</summary>
    public int MinCorpusCount { get; init; } = 2;
    /// <summary>Classifier examples: tokens seen at most this often outside their own fold.</summary>
    public int MaxHeldOutCount { get; init; } = 0;
}

/// <summary>
/// Trains the segmenter from the PADT training split: memorizes each seen word's most frequent analysis, learns
/// stem spellings (ان → أن), and trains the candidate ranker on words that are unseen outside their own fold.
/// </summary>
public sealed class SegmenterTrainer(SegmenterTrainingOptions options, TextWriter log)
{
    public SegmenterModel Train(IReadOnlyList<GoldToken[]> sentences, CorpusLexicon corpus, string provenance)
    {
        int folds = options.Folds;
        var surfaces = new TreebankCounts(folds);
        var words = new TreebankCounts(folds);
        var stems = new TreebankCounts(folds);
        var analyses = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var nameExamples = new List<(string Word, bool IsName, int Fold)>();
        var spellings = new SpellingTable[folds + 1];
        for (int k = 0; k <= folds; k++) spellings[k] = new SpellingTable();

        for (int s = 0; s < sentences.Count; s++)
        {
            int fold = s % folds;
            foreach (var token in sentences[s])
            {
                if (token.Surface.Length > 64) continue;
                surfaces.Add(token.Surface, fold);
                if (!analyses.TryGetValue(token.Surface, out var seen)) analyses[token.Surface] = seen = new(StringComparer.Ordinal);
                var key = string.Join(' ', token.Forms);
                seen[key] = seen.GetValueOrDefault(key) + 1;
                if (!token.IsSplit)
                {
                    words.Add(token.Surface, fold);
                    if (ArabicWordText.IsArabicWord(token.Surface)) nameExamples.Add((token.Surface, token.Tag == "X", fold));
                    continue;
                }
                var analysis = PieceAligner.ToAnalysis(token.Surface, token.Forms);
                foreach (var piece in analysis.Pieces)
                {
                    if (piece.Role != SegmentRole.Stem) continue;
                    stems.Add(piece.Form, fold);
                    var surface = token.Surface[piece.Start..piece.End];
                    for (int k = 0; k <= folds; k++)
                    {
                        if (k != fold) spellings[k].Observe(surface, piece.Form, analysis);
                    }
                }
            }
        }
        var memorized = analyses.ToDictionary(
            p => p.Key,
            p => PieceAligner.ToAnalysis(p.Key, p.Value.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal).First().Key.Split(' ')),
            StringComparer.Ordinal);
        log.WriteLine($"treebank: {sentences.Count:N0} sentences, {surfaces.Total.Values.Sum():N0} tokens, {memorized.Count:N0} distinct");

        var names = new NameLikeness[folds + 1];
        for (int k = 0; k <= folds; k++)
        {
            var kept = nameExamples.Where(e => e.Fold != k).DistinctBy(e => (e.Word, e.IsName)).ToList();
            names[k] = NameLikeness.Train(kept.Where(e => e.IsName).Select(e => e.Word), kept.Where(e => !e.IsName).Select(e => e.Word));
        }
        var weights = TrainRanker(sentences, corpus, surfaces, words, stems, spellings, names);
        return new SegmenterModel
        {
            Memorized = memorized,
            LearnedSpellings = spellings[folds].Build(),
            TreebankWords = words.Total,
            TreebankStems = stems.Total,
            Corpus = corpus,
            Weights = weights,
            Names = names[folds],
            Provenance = provenance,
        };
    }

    private Dictionary<ulong, float> TrainRanker(IReadOnlyList<GoldToken[]> sentences, CorpusLexicon corpus,
        TreebankCounts surfaces, TreebankCounts words, TreebankCounts stems, SpellingTable[] spellings, NameLikeness[] names)
    {
        int folds = options.Folds;
        var generators = Enumerable.Range(0, folds).Select(k => new CandidateGenerator(corpus, spellings[k].Build())).ToArray();
        var evidence = Enumerable.Range(0, folds).Select(k => new HeldOutEvidence(corpus, words, stems, names[k], k)).ToArray();
        var examples = new List<(ulong[][] Candidates, int Gold)>();
        int eligible = 0, unreachable = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            int fold = s % folds;
            foreach (var token in sentences[s])
            {
                if (token.Surface.Length > 64 || !ArabicWordText.IsArabicWord(token.Surface)) continue;
                if (surfaces.Count(token.Surface, fold) > options.MaxHeldOutCount) continue;
                eligible++;
                var candidates = generators[fold].Generate(token.Surface);
                int gold = candidates.FindIndex(c => c.HasForms(token.Forms));
                if (gold < 0) gold = candidates.FindIndex(c => c.HasFoldedForms(token.Forms));
                if (gold < 0) { unreachable++; continue; }
                if (candidates.Count < 2) continue;
                examples.Add((candidates.Select(c => CandidateFeatures.Extract(token.Surface, c, evidence[fold])).ToArray(), gold));
            }
        }
        log.WriteLine($"ranker: {eligible:N0} held-out-unseen tokens, {examples.Count:N0} examples, {unreachable:N0} with no matching candidate");

        var perceptron = new AveragedPerceptron();
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0;
            foreach (var i in order)
            {
                if (perceptron.Learn(examples[i].Candidates, examples[i].Gold)) correct++;
            }
            log.WriteLine($"  epoch {epoch}: {100.0 * correct / Math.Max(1, examples.Count):F2}% ranked right before update");
        }
        return perceptron.Averaged();
    }
}

/// <summary>Stem spellings the treebank restores (ان → أن before a pronoun), kept when one spelling dominates.</summary>
internal sealed class SpellingTable
{
    private readonly Dictionary<string, Dictionary<string, int>> _seen = new(StringComparer.Ordinal);

    public void Observe(string surface, string form, WordAnalysis analysis)
    {
        // Keyed by the spelling the rules would produce (ت→ة before a pronoun, the ا of لل's article).
        string key = surface;
        if (form.Length == surface.Length + 1 && form.StartsWith('ا') && surface.StartsWith('ل')) key = "ا" + surface;
        else if (analysis.Pieces[^1].Role == SegmentRole.Enclitic && surface.EndsWith('ت') && form.EndsWith('ة')) key = surface[..^1] + "ة";
        if (!_seen.TryGetValue(key, out var forms)) _seen[key] = forms = new(StringComparer.Ordinal);
        forms[form] = forms.GetValueOrDefault(form) + 1;
    }

    public Dictionary<string, string> Build() => _seen
        .Select(p => (p.Key, Best: p.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First()))
        .Where(p => p.Best.Key != p.Key && ArabicWordText.FoldSpelling(p.Key) == ArabicWordText.FoldSpelling(p.Best.Key))
        .ToDictionary(p => p.Key, p => p.Best.Key, StringComparer.Ordinal);
}
