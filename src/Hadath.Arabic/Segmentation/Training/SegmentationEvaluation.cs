using System.Diagnostics;

namespace Hadath.Arabic.Segmentation.Training;

/// <summary>Scores a segmenter on gold tokens and times it (tokens per second on one thread, cold cache).</summary>
public static class SegmentationEvaluation
{
    public static (SegmentationScorer Scores, double TokensPerSecond) Run(CliticSegmenter segmenter, IReadOnlyList<GoldToken[]> sentences)
    {
        var scorer = new SegmentationScorer();
        var predictions = new List<WordAnalysis>(sentences.Sum(s => s.Length));
        var clock = Stopwatch.StartNew();
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence) predictions.Add(segmenter.Analyze(token.Surface));
        }
        clock.Stop();
        int i = 0;
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence) scorer.Add(token.Forms, predictions[i++].Forms.ToList());
        }
        return (scorer, predictions.Count / Math.Max(1e-9, clock.Elapsed.TotalSeconds));
    }
}
