using System.Diagnostics;

namespace Hadath.Arabic.Segmentation.Training;

/// <summary>Scores a segmenter on gold tokens and times it (tokens per second on one thread, cold cache).</summary>
public static class SegmentationEvaluation
{
    /// <summary>Scores, and tokens per second on one thread: first pass (cold cache, every new word analysed) and a second, warm pass.</summary>
    public static (SegmentationScorer Scores, double TokensPerSecond, double WarmTokensPerSecond) Run(CliticSegmenter segmenter, IReadOnlyList<GoldToken[]> sentences)
    {
        var scorer = new SegmentationScorer();
        var predictions = new List<WordAnalysis>(sentences.Sum(s => s.Length));
        var clock = Stopwatch.StartNew();
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence) predictions.Add(segmenter.Analyze(token.Surface));
        }
        clock.Stop();
        var warm = System.Diagnostics.Stopwatch.StartNew();
        int analysed = 0;
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence) analysed += segmenter.Analyze(token.Surface).Pieces.Length;
        }
        warm.Stop();
        int i = 0;
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence) scorer.Add(token.Forms, predictions[i++].Forms.ToList());
        }
        return (scorer, predictions.Count / Math.Max(1e-9, clock.Elapsed.TotalSeconds),
            analysed > 0 ? predictions.Count / Math.Max(1e-9, warm.Elapsed.TotalSeconds) : 0);
    }
}
