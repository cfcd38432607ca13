using System.Runtime.InteropServices;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// The trained segmenter: a word seen in the treebank gets its most frequent gold analysis; any other word gets
/// the rule candidate the averaged perceptron scores highest.
/// </summary>
public sealed class TrainedWordAnalyzer : IWordAnalyzer
{
    private readonly SegmenterModel _model;
    private readonly CandidateGenerator _generator;
    private readonly SegmenterVocabulary? _vocabulary;

    /// <param name="vocabulary">Analyses by this model worked out ahead of time, read instead of scoring the candidates of the words it holds.</param>
    public TrainedWordAnalyzer(SegmenterModel model, SegmenterVocabulary? vocabulary = null)
    {
        _model = model;
        _generator = new CandidateGenerator(model.Spellings);
        _vocabulary = vocabulary;
    }

    [ThreadStatic] private static List<ulong>? t_features;
    [ThreadStatic] private static List<SplitCandidate>? t_candidates;
    // The candidates themselves, filled again for each new word on the thread (see CandidateGenerator.GenerateInto).
    [ThreadStatic] private static List<SplitCandidate>? t_spare;

    public SegmenterModel Model => _model;

    public string Description => $"trained segmenter ({_model.Provenance})";

    public WordAnalysis Analyze(string letters)
    {
        // The vocabulary first: it answers most new words of news, and none it holds is memorized (it keeps only words
        // the model has not), so the order changes no answer. The index's slot is asked for before, so that when the
        // vocabulary has no answer the memorized check (and the first candidate's lookup, the word itself) finds it
        // on its way rather than waiting for it after the vocabulary's misses.
        if (_vocabulary is not null)
        {
            _model.Spellings.Prefetch(letters);
            if (_vocabulary.TryGet(letters, out var kept)) return kept;
        }
        if (_model.Spellings.TryGetMemorized(letters, out var known)) return known;
        // The winner is laid out at once: its candidate is filled again for the thread's next word.
        return Choose(letters, t_spare ??= new List<SplitCandidate>(32)).ToAnalysis();
    }

    /// <summary>The best candidate by the model, ignoring memorized analyses (what unseen words get).</summary>
    public SplitCandidate Choose(string letters) => Choose(letters, spare: null);

    /// <summary><see cref="Choose(string)"/> with the candidates taken from <paramref name="spare"/> when given.</summary>
    private SplitCandidate Choose(string letters, List<SplitCandidate>? spare)
    {
        var candidates = t_candidates ??= new List<SplitCandidate>(16);
        _generator.GenerateInto(letters, candidates, spare);
        if (candidates.Count == 1) return candidates[0];
        // Every candidate's features first, then their weights all asked for at once (ScoreAll).
        var features = t_features ??= new List<ulong>(256);
        features.Clear();
        Span<int> ends = candidates.Count <= MaxCandidatesOnStack ? stackalloc int[candidates.Count] : new int[candidates.Count];
        for (int c = 0; c < candidates.Count; c++)
        {
            CandidateFeatures.AppendTo(letters, candidates[c], _model, features);
            ends[c] = features.Count;
        }
        Span<float> scores = candidates.Count <= MaxCandidatesOnStack ? stackalloc float[candidates.Count] : new float[candidates.Count];
        _model.ScoreAll(CollectionsMarshal.AsSpan(features), ends, scores);
        SplitCandidate? best = null;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < candidates.Count; c++)
        {
            if (scores[c] > bestScore)
            {
                bestScore = scores[c];
                best = candidates[c];
            }
        }
        return best ?? throw new InvalidOperationException($"no candidate for '{letters}'");
    }

    private const int MaxCandidatesOnStack = 64;
}
