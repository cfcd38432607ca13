namespace Hadath.Arabic.Segmentation.Training;

/// <summary>
/// Syntactic-word precision/recall/F1: per token, the multiset intersection of predicted and gold forms, summed;
/// also exact token accuracy and the same F1 with hamza seats, alef maksura and marks (dagger alef) folded.
/// </summary>
public sealed class SegmentationScorer
{
    public long Tokens { get; private set; }
    public long ExactTokens { get; private set; }
    public long GoldWords { get; private set; }
    public long PredictedWords { get; private set; }
    public long MatchedWords { get; private set; }
    public long FoldedMatchedWords { get; private set; }

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        Tokens++;
        GoldWords += gold.Count;
        PredictedWords += predicted.Count;
        MatchedWords += Intersection(gold, predicted, s => s);
        FoldedMatchedWords += Intersection(gold, predicted, s => ArabicWordText.FoldSpelling(s));
        if (gold.SequenceEqual(predicted, StringComparer.Ordinal)) ExactTokens++;
    }

    private static int Intersection(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, Func<string, string> fold)
    {
        var remaining = new List<string>(gold.Select(fold));
        int matched = 0;
        foreach (var p in predicted)
        {
            int at = remaining.IndexOf(fold(p));
            if (at >= 0) { remaining.RemoveAt(at); matched++; }
        }
        return matched;
    }

    public double Precision => PredictedWords == 0 ? 0 : 100.0 * MatchedWords / PredictedWords;
    public double Recall => GoldWords == 0 ? 0 : 100.0 * MatchedWords / GoldWords;
    public double F1 => F(Precision, Recall);
    public double FoldedF1 => F(
        PredictedWords == 0 ? 0 : 100.0 * FoldedMatchedWords / PredictedWords,
        GoldWords == 0 ? 0 : 100.0 * FoldedMatchedWords / GoldWords);
    public double TokenAccuracy => Tokens == 0 ? 0 : 100.0 * ExactTokens / Tokens;

    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
