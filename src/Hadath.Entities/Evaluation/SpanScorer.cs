using System.Globalization;
using System.Text;
using Hadath.Entities.Tagging;

namespace Hadath.Entities.Evaluation;

/// <summary>Precision, recall and F1 from counts of exactly matching spans.</summary>
public readonly record struct SpanScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>conlleval-style scoring: a predicted entity counts only when its start, end and type all match gold.</summary>
public sealed class SpanScorer
{
    private readonly int[] _tp = new int[EntityLabels.TypeCount];
    private readonly int[] _fp = new int[EntityLabels.TypeCount];
    private readonly int[] _fn = new int[EntityLabels.TypeCount];

    /// <summary>Types to leave out of the micro figure (AQMAR's MISC is a different category than ANERcorp's).</summary>
    public HashSet<int> Ignored { get; } = new();

    public void Add(IReadOnlyList<(int Start, int End, int Type)> gold, IReadOnlyList<(int Start, int End, int Type)> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        foreach (var span in predictedSet)
        {
            if (goldSet.Contains(span)) _tp[span.Type]++; else _fp[span.Type]++;
        }
        foreach (var span in goldSet)
        {
            if (!predictedSet.Contains(span)) _fn[span.Type]++;
        }
    }

    public SpanScore ForType(int type) => new(_tp[type], _fp[type], _fn[type]);

    public SpanScore Micro
    {
        get
        {
            int tp = 0, fp = 0, fn = 0;
            for (int t = 0; t < EntityLabels.TypeCount; t++)
            {
                if (Ignored.Contains(t)) continue;
                tp += _tp[t]; fp += _fp[t]; fn += _fn[t];
            }
            return new SpanScore(tp, fp, fn);
        }
    }

    public string Report()
    {
        var sb = new StringBuilder();
        sb.AppendLine("type    precision  recall     F1  gold  predicted");
        for (int t = 0; t < EntityLabels.TypeCount; t++)
        {
            var s = ForType(t);
            string note = Ignored.Contains(t) ? "  (not in micro)" : "";
            sb.AppendLine(Line(EntityLabels.TypeNames[t], s) + note);
        }
        sb.AppendLine(Line("micro", Micro));
        return sb.ToString();
    }

    private static string Line(string name, SpanScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-6} {s.Precision * 100,10:F2} {s.Recall * 100,7:F2} {s.F1 * 100,6:F2} {s.TruePositives + s.FalseNegatives,5} {s.TruePositives + s.FalsePositives,10}");
}
