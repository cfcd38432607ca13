namespace Hadath.Extraction.Evaluation;

/// <summary>
/// Counts for one layer, added over stories (micro average), with the per-story F1 kept for the macro average.
/// For B³ and MUC the "true positives" are the summed precision and recall numerators, so P and R come apart.
/// </summary>
public sealed class LayerTally
{
    private readonly List<double> _storyF1 = new();

    public double PrecisionHits { get; private set; }
    public double Predicted { get; private set; }
    public double RecallHits { get; private set; }
    public double Gold { get; private set; }

    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : PrecisionHits / Predicted;
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : RecallHits / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Mean of the per-story F1 over the stories where the layer had gold or predicted items.</summary>
    public double MacroF1 => _storyF1.Count == 0 ? F1 : _storyF1.Average();

    /// <summary>True when nothing was annotated or predicted in any story (the layer was not exercised).</summary>
    public bool IsEmpty => Gold == 0 && Predicted == 0;

    /// <summary>Adds one story's counts: exact matches for set layers (hits the same on both sides).</summary>
    public void Add(int matched, int predicted, int gold) => Add(matched, predicted, matched, gold);

    public void Add(double precisionHits, double predicted, double recallHits, double gold)
    {
        PrecisionHits += precisionHits;
        Predicted += predicted;
        RecallHits += recallHits;
        Gold += gold;
        if (predicted == 0 && gold == 0) return;
        double p = predicted == 0 ? 0 : precisionHits / predicted, r = gold == 0 ? 0 : recallHits / gold;
        _storyF1.Add(p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
