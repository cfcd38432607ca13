using System.Diagnostics;
using System.Numerics;

namespace Hadath.Entities.Training;

/// <summary>
/// Skip-gram word vectors with negative sampling (Mikolov et al. 2013), the word2vec recipe: frequent words
/// subsampled, a window shrunk at random per word, negatives drawn from the unigram distribution to the 3/4.
/// Written here because no .NET package on the offline feed trains word2vec (Microsoft.ML only applies
/// pretrained English embeddings, and TorchSharp does not load on this system); it is ~150 lines and
/// single-threaded so that a seed gives the same vectors on every run (Hogwild threads would not).
/// </summary>
public sealed class SkipGramEmbedder
{
    public int Dimensions { get; init; } = 64;
    public int Window { get; init; } = 3;
    public int Negatives { get; init; } = 5;
    public int Epochs { get; init; } = 1;
    public float LearningRate { get; init; } = 0.025f;
    public double Subsample { get; init; } = 1e-4;

    /// <summary>Stops early when training has run this long (the whole train ner must stay within minutes).</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromMinutes(5);

    private const int TableSize = 1 << 22;

    /// <summary>
    /// Vectors for words 0…vocabulary−1 (ids are frequency ranks; ranks ≥ vocabulary are skipped), not normalised (the clusterer normalises them),
    /// <see cref="Dimensions"/> floats per word.
    /// </summary>
    internal float[] Train(IReadOnlyList<int[]> sentences, long[] counts, int vocabulary, int seed, TextWriter log)
    {
        int dims = Dimensions;
        ulong random = (ulong)seed * 0x9E3779B97F4A7C15UL + 1;
        var input = new float[vocabulary * dims];
        var output = new float[vocabulary * dims];
        for (int i = 0; i < input.Length; i++) input[i] = ((float)(Next(ref random) >> 40) / (1 << 24) - 0.5f) / dims;

        var table = NegativeTable(counts, vocabulary);
        long total = 0;
        for (int w = 0; w < vocabulary; w++) total += counts[w];
        var keep = new float[vocabulary];
        for (int w = 0; w < vocabulary; w++)
        {
            double f = counts[w] / (double)total;
            keep[w] = (float)Math.Min(1.0, (Math.Sqrt(f / Subsample) + 1) * Subsample / f);
        }

        long planned = total * Epochs, done = 0;
        var clock = Stopwatch.StartNew();
        var hidden = new float[dims];
        var buffer = new int[1024];
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            foreach (var sentence in sentences)
            {
                if (clock.Elapsed > TimeBudget)
                {
                    log.WriteLine($"skip-gram: time budget reached after {done:N0} of {planned:N0} tokens");
                    goto finished;
                }
                int n = 0;
                foreach (int w in sentence)
                {
                    if (w >= vocabulary) continue;
                    done++;
                    if (keep[w] < 1f && keep[w] < (Next(ref random) >> 40) / (float)(1 << 24)) continue;
                    if (n == buffer.Length) Array.Resize(ref buffer, n * 2);
                    buffer[n++] = w;
                }
                float alpha = LearningRate * Math.Max(1e-4f, 1f - done / (float)(planned + 1));
                for (int i = 0; i < n; i++)
                {
                    int reduced = (int)(Next(ref random) % (ulong)Window);
                    for (int j = i - Window + reduced; j <= i + Window - reduced; j++)
                    {
                        if (j < 0 || j >= n || j == i) continue;
                        TrainPair(input.AsSpan(buffer[j] * dims, dims), buffer[i], output, table, hidden, alpha, ref random);
                    }
                }
            }
        }
    finished:
        log.WriteLine($"skip-gram: {done:N0} tokens, {vocabulary:N0} words, {dims} dimensions in {clock.Elapsed.TotalSeconds:F1}s");
        return input;
    }

    /// <summary>One context word predicting <paramref name="target"/> against <see cref="Negatives"/> sampled words.</summary>
    private void TrainPair(Span<float> context, int target, float[] output, int[] table, float[] hidden, float alpha, ref ulong random)
    {
        int dims = Dimensions;
        Array.Clear(hidden);
        for (int d = 0; d <= Negatives; d++)
        {
            int word;
            float label;
            if (d == 0)
            {
                word = target;
                label = 1;
            }
            else
            {
                word = table[(int)(Next(ref random) >> 42)];
                if (word == target) continue;
                label = 0;
            }
            var row = output.AsSpan(word * dims, dims);
            float score = VectorMath.Dot(context, row);
            float gradient = (label - Sigmoid(score)) * alpha;
            VectorMath.AddScaled(hidden, row, gradient);
            VectorMath.AddScaled(row, context, gradient);
        }
        VectorMath.AddScaled(context, hidden, 1f);
    }

    private static int[] NegativeTable(long[] counts, int vocabulary)
    {
        var table = new int[TableSize];
        double sum = 0;
        for (int w = 0; w < vocabulary; w++) sum += Math.Pow(counts[w], 0.75);
        int word = 0;
        double cumulative = Math.Pow(counts[0], 0.75) / sum;
        for (int i = 0; i < TableSize; i++)
        {
            table[i] = word;
            if (i / (double)TableSize > cumulative && word < vocabulary - 1)
            {
                word++;
                cumulative += Math.Pow(counts[word], 0.75) / sum;
            }
        }
        return table;
    }

    private static float Sigmoid(float x) => x > 8 ? 1 : x < -8 ? 0 : 1f / (1f + MathF.Exp(-x));

    /// <summary>SplitMix64: a fixed generator, so the vectors depend only on the seed.</summary>
    private static ulong Next(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
