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

    /// <summary>
    /// What scoring a word needs, kept per thread and used again for its next word. Arrays rather than stackalloc: a
    /// method with a loop and stackalloc is compiled optimized at once, without the profile that guides its inlining.
    /// </summary>
    private sealed class Scratch
    {
        public readonly List<SplitCandidate> Candidates = new(16);
        /// <summary>The candidates themselves, filled again for each new word (see CandidateGenerator.GenerateInto).</summary>
        public readonly List<SplitCandidate> Spare = new(32);
        public readonly List<ulong> Features = new(256);
        public int[] Ends = new int[16];
        public float[] Scores = new float[16];
    }

    [ThreadStatic] private static Scratch? t_scratch;

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
        var scratch = t_scratch ??= new Scratch();
        return Choose(letters, scratch, scratch.Spare).ToAnalysis();
    }

    /// <summary>The best candidate by the model, ignoring memorized analyses (what unseen words get).</summary>
    public SplitCandidate Choose(string letters) => Choose(letters, t_scratch ??= new Scratch(), spare: null);

    /// <summary><see cref="Choose(string)"/> with the candidates taken from <paramref name="spare"/> when given.</summary>
    private SplitCandidate Choose(string letters, Scratch scratch, List<SplitCandidate>? spare)
    {
        var candidates = scratch.Candidates;
        _generator.GenerateInto(letters, candidates, spare);
        if (candidates.Count == 1) return candidates[0];
        // Every candidate's features first, then their weights all asked for at once (ScoreAll).
        var features = scratch.Features;
        features.Clear();
        if (scratch.Ends.Length < candidates.Count)
        {
            scratch.Ends = new int[candidates.Count];
            scratch.Scores = new float[candidates.Count];
        }
        var ends = scratch.Ends.AsSpan(0, candidates.Count);
        for (int c = 0; c < candidates.Count; c++)
        {
            CandidateFeatures.AppendTo(letters, candidates[c], _model, features);
            ends[c] = features.Count;
        }
        var scores = scratch.Scores.AsSpan(0, candidates.Count);
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
}
