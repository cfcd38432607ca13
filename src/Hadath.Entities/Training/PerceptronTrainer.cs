using Hadath.Entities.Tagging;

namespace Hadath.Entities.Training;

/// <summary>A training sentence as feature keys per word and gold BIOES labels.</summary>
/// <summary>A training sentence as feature keys per word and gold BIOES labels; <paramref name="Weight"/> scales its updates (auto-tagged sentences count less).</summary>
internal sealed record FeaturizedSentence(ulong[] Keys, int[] Starts, int[] Gold, float Weight = 1);

/// <summary>
/// Cost-augmented training (loss-augmented decoding): while training, every wrong label of a word gets this much
/// added to its score, so the perceptron keeps updating until gold wins by a margin. Missing a name (a word of a
/// gold name labelled anything else) can cost more than a false alarm on an O word, which pushes recall up.
/// Zero costs are the plain perceptron.
/// </summary>
/// <remarks>
/// <paramref name="PassiveAggressive"/> above zero replaces the fixed perceptron step by the PA-I step (Crammer et al.
/// 2006, the one-best MIRA of McDonald et al. 2005): just large enough for gold to beat the prediction by its
/// Hamming loss, capped at that value.
/// </remarks>
public sealed record TrainingCosts(float Miss = 0, float FalseAlarm = 0, float PassiveAggressive = 0)
{
    public bool Any => Miss != 0 || FalseAlarm != 0;
}

/// <summary>
/// Averaged structured perceptron (Collins 2002) with lazy averaging: each update is also added, scaled by the
/// step counter, to an accumulator, so the average is <c>w − acc / steps</c> without touching every weight per
/// step. Deterministic for a seed: the only randomness is the per-epoch sentence order.
/// </summary>
internal static class PerceptronTrainer
{
    private const int L = EntityLabels.Count;

    public static LinearChain Train(IReadOnlyList<FeaturizedSentence> sentences, int epochs, int seed,
        Action<int, LinearChain>? afterEpoch = null, int minCount = 1, int ensemble = 1, TrainingCosts? costs = null)
    {
        costs ??= new TrainingCosts();
        // Features seen fewer than minCount times only let the perceptron memorise single sentences.
        var occurrences = new Dictionary<ulong, int>();
        if (minCount > 1)
        {
            foreach (var sentence in sentences)
            {
                foreach (ulong key in sentence.Keys) occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            }
        }
        var index = new Dictionary<ulong, int>();
        var keysInOrder = new List<ulong>();
        var rows = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            var keys = sentences[s].Keys;
            var r = new int[keys.Length];
            for (int f = 0; f < keys.Length; f++)
            {
                if (minCount > 1 && occurrences[keys[f]] < minCount)
                {
                    r[f] = -1;
                    continue;
                }
                if (!index.TryGetValue(keys[f], out int row))
                {
                    row = keysInOrder.Count;
                    index[keys[f]] = row;
                    keysInOrder.Add(keys[f]);
                }
                r[f] = row;
            }
            rows[s] = r;
        }
        var table = new FeatureTable(keysInOrder);
        if (ensemble > 1)
        {
            // Parameter mixing: perceptrons trained in different sentence orders share the feature rows (assigned in
            // corpus order), so their weights can simply be averaged; this steadies the result across seeds.
            LinearChain? mixed = null;
            for (int member = 0; member < ensemble; member++)
            {
                var chain = TrainOnce(sentences, rows, table, epochs, seed + 1000 * member, member == ensemble - 1 ? afterEpoch : null, costs);
                mixed = mixed is null ? chain : Mix(mixed, chain, member);
            }
            return mixed!;
        }
        return TrainOnce(sentences, rows, table, epochs, seed, afterEpoch, costs);
    }

    /// <summary>Running mean: <paramref name="mean"/> holds <paramref name="count"/> members, <paramref name="next"/> joins.</summary>
    private static LinearChain Mix(LinearChain mean, LinearChain next, int count)
    {
        var weights = new float[mean.Weights.Length];
        for (int i = 0; i < weights.Length; i++) weights[i] = (mean.Weights[i] * count + next.Weights[i]) / (count + 1);
        var transitions = new float[mean.Transitions.Length];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = (mean.Transitions[i] * count + next.Transitions[i]) / (count + 1);
        return new LinearChain(mean.Table, weights, transitions);
    }

    private static LinearChain TrainOnce(IReadOnlyList<FeaturizedSentence> sentences, int[][] rows, FeatureTable table,
        int epochs, int seed, Action<int, LinearChain>? afterEpoch, TrainingCosts costs)
    {
        var weights = new float[table.Count * L];
        var accumulated = new float[weights.Length];
        var transitions = new float[Viterbi.TransitionSize];
        var transitionsAccumulated = new float[transitions.Length];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        float step = 1;
        double stepSum = 0;
        long updates = 0;
        var emissions = new float[256 * L];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int s in order)
            {
                var sentence = sentences[s];
                int n = sentence.Gold.Length;
                if (emissions.Length < n * L) emissions = new float[n * L];
                Viterbi.Emissions(weights, rows[s], sentence.Starts, emissions);
                if (costs.Any) AddCosts(emissions, sentence.Gold, costs);
                var predicted = new int[n];
                Viterbi.Decode(emissions.AsSpan(0, n * L), transitions, predicted);
                if (!predicted.AsSpan().SequenceEqual(sentence.Gold))
                {
                    float scale = sentence.Weight;
                    if (costs.PassiveAggressive > 0)
                    {
                        float tau = PassiveAggressiveStep(emissions, transitions, rows[s], sentence, predicted, costs.PassiveAggressive);
                        scale *= tau;
                        stepSum += tau;
                        updates++;
                    }
                    Update(weights, accumulated, transitions, transitionsAccumulated, rows[s], sentence, predicted, step, scale);
                }
                step++;
            }
            afterEpoch?.Invoke(epoch, Average(table, weights, accumulated, transitions, transitionsAccumulated, step, Rescale()));
        }
        return Average(table, weights, accumulated, transitions, transitionsAccumulated, step, Rescale());

        // PA steps are small (about loss / feature count); dividing by the mean step puts the weights on the
        // perceptron's scale, so the compaction threshold and float16 storage treat both alike. Decoding is unchanged.
        float Rescale() => updates == 0 ? 1 : (float)(updates / stepSum);
    }

    private static void AddCosts(float[] emissions, int[] gold, TrainingCosts costs)
    {
        for (int i = 0; i < gold.Length; i++)
        {
            float cost = gold[i] == EntityLabels.Outside ? costs.FalseAlarm : costs.Miss;
            var row = emissions.AsSpan(i * L, L);
            for (int l = 0; l < L; l++) if (l != gold[i]) row[l] += cost;
        }
    }

    /// <summary>
    /// PA-I step: (loss − margin) / ‖Δφ‖², capped at <paramref name="cap"/>; loss is the number of wrong labels,
    /// margin the score of gold minus that of the prediction, Δφ the feature difference (two entries per feature of
    /// a wrong word, two per differing transition).
    /// </summary>
    private static float PassiveAggressiveStep(float[] emissions, float[] transitions, int[] rows, FeaturizedSentence sentence, int[] predicted, float cap)
    {
        var gold = sentence.Gold;
        int n = gold.Length;
        float margin = 0, norm = 0;
        int loss = 0;
        for (int i = 0; i < n; i++)
        {
            if (gold[i] == predicted[i]) continue;
            loss++;
            margin += emissions[i * L + gold[i]] - emissions[i * L + predicted[i]];
            for (int f = sentence.Starts[i]; f < sentence.Starts[i + 1]; f++) if (rows[f] >= 0) norm += 2;
        }
        for (int i = 0; i <= n; i++)
        {
            int g = TransitionIndex(gold, i, n), p = TransitionIndex(predicted, i, n);
            if (g == p) continue;
            margin += transitions[g] - transitions[p];
            norm += 2;
        }
        return norm == 0 ? 0 : Math.Clamp((loss - margin) / norm, 0, cap);
    }

    private static void Update(float[] weights, float[] accumulated, float[] transitions, float[] transitionsAccumulated,
        int[] rows, FeaturizedSentence sentence, int[] predicted, float step, float scale)
    {
        if (scale <= 0) return;
        float stepScaled = step * scale;
        var gold = sentence.Gold;
        int n = gold.Length;
        for (int i = 0; i < n; i++)
        {
            if (gold[i] == predicted[i]) continue;
            for (int f = sentence.Starts[i]; f < sentence.Starts[i + 1]; f++)
            {
                if (rows[f] < 0) continue;
                int baseIndex = rows[f] * L;
                weights[baseIndex + gold[i]] += scale;
                accumulated[baseIndex + gold[i]] += stepScaled;
                weights[baseIndex + predicted[i]] -= scale;
                accumulated[baseIndex + predicted[i]] -= stepScaled;
            }
        }
        for (int i = 0; i <= n; i++)
        {
            int g = TransitionIndex(gold, i, n);
            int p = TransitionIndex(predicted, i, n);
            if (g == p) continue;
            transitions[g] += scale;
            transitionsAccumulated[g] += stepScaled;
            transitions[p] -= scale;
            transitionsAccumulated[p] -= stepScaled;
        }
    }

    /// <summary>The transition entered at position i: start → labels[0], labels[i-1] → labels[i], labels[n-1] → end.</summary>
    private static int TransitionIndex(int[] labels, int i, int n) =>
        i == 0 ? labels[0] : i == n ? (L + 1) * L + labels[n - 1] : labels[i - 1] * L + L + labels[i];

    private static LinearChain Average(FeatureTable table, float[] weights, float[] accumulated,
        float[] transitions, float[] transitionsAccumulated, float step, float rescale = 1)
    {
        var averaged = new float[weights.Length];
        for (int i = 0; i < weights.Length; i++) averaged[i] = weights[i] - accumulated[i] / step;
        var averagedTransitions = new float[transitions.Length];
        for (int i = 0; i < transitions.Length; i++) averagedTransitions[i] = transitions[i] - transitionsAccumulated[i] / step;
        if (rescale != 1)
        {
            for (int i = 0; i < averaged.Length; i++) averaged[i] *= rescale;
            for (int i = 0; i < averagedTransitions.Length; i++) averagedTransitions[i] *= rescale;
        }
        return new LinearChain(table, averaged, averagedTransitions);
    }

    /// <summary>Drops feature rows whose largest weight is below <paramref name="threshold"/>: they barely move a decision.</summary>
    public static LinearChain Compact(LinearChain chain, float threshold)
    {
        var keys = new List<ulong>();
        var weights = new List<float>();
        for (int row = 0; row < chain.Table.Count; row++)
        {
            var w = chain.Weights.AsSpan(row * L, L);
            float max = 0;
            foreach (float v in w) max = Math.Max(max, Math.Abs(v));
            if (max < threshold) continue;
            keys.Add(chain.Table.Keys[row]);
            weights.AddRange(w);
        }
        return new LinearChain(new FeatureTable(keys), weights.ToArray(), chain.Transitions);
    }
}
