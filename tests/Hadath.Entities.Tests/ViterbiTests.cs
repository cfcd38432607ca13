using Hadath.Entities.Tagging;

namespace Hadath.Entities.Tests;

public sealed class ViterbiTests
{
    private const int L = EntityLabels.Count;

    /// <summary>The textbook decoder: every allowed previous label in ascending order, a strict "greater", no vectors.</summary>
    private static int[] Reference(float[] emissions, float[] transitions, int n)
    {
        var score = new float[n, L];
        var back = new int[n, L];
        for (int l = 0; l < L; l++) score[0, l] = EntityLabels.CanStart(l) ? emissions[l] + transitions[l] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            for (int next = 0; next < L; next++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int prev = 0; prev < L; prev++)
                {
                    if (!EntityLabels.CanFollow(prev, next)) continue;
                    float s = score[i - 1, prev] + transitions[(prev + 1) * L + next];
                    if (s > best) (best, arg) = (s, prev);
                }
                score[i, next] = best + emissions[i * L + next];
                back[i, next] = arg;
            }
        }
        float bestEnd = float.NegativeInfinity;
        var labels = new int[n];
        for (int l = 0; l < L; l++)
        {
            if (!EntityLabels.CanEnd(l)) continue;
            float s = score[n - 1, l] + transitions[(L + 1) * L + l];
            if (s > bestEnd) (bestEnd, labels[n - 1]) = (s, l);
        }
        for (int i = n - 1; i > 0; i--) labels[i - 1] = back[i, labels[i]];
        return labels;
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Decode_gives_the_textbook_labels_and_ties(int seed, bool fewValues)
    {
        // Few distinct values make ties common, so the tie rule (the first best previous label wins) is exercised.
        var random = new Random(seed);
        float Next() => fewValues ? random.Next(-2, 3) : (float)(random.NextDouble() * 8 - 4);
        for (int round = 0; round < 300; round++)
        {
            int n = random.Next(1, 40);
            var emissions = new float[n * L];
            var transitions = new float[Viterbi.TransitionSize];
            for (int k = 0; k < emissions.Length; k++) emissions[k] = Next();
            for (int k = 0; k < transitions.Length; k++) transitions[k] = Next();
            var labels = new int[n];
            Viterbi.Decode(emissions, transitions, labels);
            var expected = Reference(emissions, transitions, n);
            Assert.Equal(expected, labels);
            // Both loops (the wide one only where the machine has AVX-512; elsewhere both calls take the narrow one).
            foreach (bool wide in (bool[])[false, true])
            {
                Array.Clear(labels);
                Viterbi.Decode(emissions, new Viterbi.PreparedTransitions(transitions), labels, wide);
                Assert.Equal(expected, labels);
            }
        }
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Decode_with_transitions_prepared_once_gives_the_textbook_labels_for_every_sentence(int seed, bool fewValues)
    {
        // A pass lays its transitions out once and decodes every sentence with them: nothing of one sentence may stay.
        var random = new Random(seed);
        float Next() => fewValues ? random.Next(-2, 3) : (float)(random.NextDouble() * 8 - 4);
        var transitions = new float[Viterbi.TransitionSize];
        for (int k = 0; k < transitions.Length; k++) transitions[k] = Next();
        var prepared = new Viterbi.PreparedTransitions(transitions);
        for (int round = 0; round < 300; round++)
        {
            int n = random.Next(1, 40);
            var emissions = new float[n * L];
            for (int k = 0; k < emissions.Length; k++) emissions[k] = Next();
            var expected = Reference(emissions, transitions, n);
            foreach (bool wide in (bool[])[false, true])
            {
                var labels = new int[n];
                Viterbi.Decode(emissions, prepared, labels, wide);
                Assert.Equal(expected, labels);
            }
        }
    }
}
