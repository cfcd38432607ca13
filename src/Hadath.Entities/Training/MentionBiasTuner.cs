using Hadath.Entities.Evaluation;
using Hadath.Entities.Tagging;

namespace Hadath.Entities.Training;

/// <summary>
/// Trades precision for recall after training: a per-type bias added to the scores of the labels that open a
/// mention (B-X and S-X) of the final pass, chosen on dev by coordinate ascent on micro F1. The perceptron leaves
/// recall well below precision (names it has never seen look like ordinary words), and a mention bias is the
/// cheapest lever on that. The bias is folded into the weights of the always-on feature, so tagging costs nothing
/// extra and the model file is unchanged.
/// </summary>
public static class MentionBiasTuner
{
    private const int L = EntityLabels.Count;

    /// <summary>Bias values tried per type; the unit is one perceptron weight.</summary>
    public static readonly float[] Grid = [-1f, 0f, 0.5f, 1f, 1.5f, 2f, 3f, 4f, 5f, 6f, 8f, 10f, 13f, 16f];

    /// <summary>The final-pass emissions and gold spans of every dev sentence, computed once.</summary>
    public sealed record Cache(float[][] Emissions, float[] Transitions, List<(int Start, int End, int Type)>[] Gold);

    public static Cache Prepare(NerModel model, IReadOnlyList<List<LabeledSentence>> documents)
    {
        var emissions = new List<float[]>();
        var gold = new List<List<(int, int, int)>>();
        var chain = model.SecondPass ?? model.FirstPass;
        foreach (var document in documents)
        {
            foreach (var (sentence, e) in document.Zip(model.FinalEmissions(document.Select(s => (IReadOnlyList<string>)s.Words).ToList())))
            {
                emissions.Add(e);
                gold.Add(sentence.Spans.ToList());
            }
        }
        return new Cache(emissions.ToArray(), chain.Transitions, gold.ToArray());
    }

    public static SpanScorer Score(Cache cache, ReadOnlySpan<float> bias)
    {
        var scorer = new SpanScorer();
        for (int s = 0; s < cache.Emissions.Length; s++)
        {
            var e = (float[])cache.Emissions[s].Clone();
            int n = e.Length / L;
            for (int i = 0; i < n; i++)
            {
                for (int t = 0; t < EntityLabels.TypeCount; t++)
                {
                    e[i * L + EntityLabels.Begin(t)] += bias[t];
                    e[i * L + EntityLabels.Single(t)] += bias[t];
                }
            }
            var labels = new int[n];
            Viterbi.Decode(e, cache.Transitions, labels);
            scorer.Add(cache.Gold[s], EntityLabels.SpansFromLabels(labels));
        }
        return scorer;
    }

    /// <summary>One shared bias first (the best of <see cref="Grid"/>), then two rounds of per-type refinement.</summary>
    public static float[] Tune(Cache cache, TextWriter log)
    {
        var bias = new float[EntityLabels.TypeCount];
        double best = Score(cache, bias).Micro.F1;
        log.WriteLine($"mention bias 0: dev micro F1 {best * 100:F2}");
        foreach (float b in Grid)
        {
            float[] candidate = [b, b, b, b];
            var score = Score(cache, candidate);
            log.WriteLine($"mention bias {b}: dev micro F1 {score.Micro.F1 * 100:F2} (P {score.Micro.Precision * 100:F2}, R {score.Micro.Recall * 100:F2})");
            if (score.Micro.F1 > best + 1e-9) { best = score.Micro.F1; bias = candidate; }
        }
        for (int round = 0; round < 2; round++)
        {
            for (int t = 0; t < EntityLabels.TypeCount; t++)
            {
                foreach (float b in Grid)
                {
                    var candidate = (float[])bias.Clone();
                    candidate[t] = b;
                    double f1 = Score(cache, candidate).Micro.F1;
                    if (f1 > best + 1e-9) { best = f1; bias = candidate; }
                }
            }
        }
        log.WriteLine($"per-type mention bias {Format(bias)}: dev micro F1 {best * 100:F2}");
        return bias;
    }

    public static string Format(float[] bias) =>
        string.Join(",", Enumerable.Range(0, bias.Length).Select(t => $"{EntityLabels.TypeNames[t]}={bias[t].ToString(System.Globalization.CultureInfo.InvariantCulture)}"));

    /// <summary>Parses "PER=1,LOC=0.5" (missing types 0) or a single number for every type.</summary>
    public static float[] Parse(string text)
    {
        var bias = new float[EntityLabels.TypeCount];
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (float.TryParse(text, System.Globalization.NumberStyles.Float, inv, out float all))
        {
            Array.Fill(bias, all);
            return bias;
        }
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=');
            int type = kv.Length == 2 ? EntityLabels.ParseType(kv[0]) : -1;
            if (type < 0 || !float.TryParse(kv[1], System.Globalization.NumberStyles.Float, inv, out float value))
            {
                throw new FormatException($"bad mention bias '{part}' (expected TYPE=number, e.g. PER=1.5)");
            }
            bias[type] = value;
        }
        return bias;
    }

    /// <summary>Adds the bias to the B-/S- weights of the always-on feature of <paramref name="chain"/>.</summary>
    internal static void Apply(LinearChain chain, ReadOnlySpan<float> bias)
    {
        int row = chain.Table.Find(FeatureExtractor.AlwaysOn);
        if (row < 0) throw new InvalidOperationException("the chain has no always-on feature to carry the mention bias");
        for (int t = 0; t < EntityLabels.TypeCount; t++)
        {
            chain.Weights[row * L + EntityLabels.Begin(t)] += bias[t];
            chain.Weights[row * L + EntityLabels.Single(t)] += bias[t];
        }
    }
}
