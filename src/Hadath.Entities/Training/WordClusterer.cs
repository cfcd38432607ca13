using System.Numerics;
using Hadath.Entities.Text;

namespace Hadath.Entities.Training;

/// <summary>
/// Cheap distributional word classes (a stand-in for Brown clusters that runs in seconds): each frequent word
/// gets a context vector (PPMI of the words at offsets −2, −1, +1, +2), randomly projected to a few dense dimensions,
/// then spherical k-means groups the words into fine clusters, and k-means over those centroids gives the mid and
/// coarse levels. Words that behave alike (place names after في, person names after قال) share clusters even when
/// the labelled data never saw them.
/// </summary>
internal sealed class WordClusterer
{
    public int VocabularySize { get; init; } = 40000;
    public int MinCount { get; init; } = 3;
    public int ContextWords { get; init; } = 1500;
    public int Dimensions { get; init; } = 96;
    public int FineClusters { get; init; } = 512;
    public int MidClusters { get; init; } = 64;
    public int CoarseClusters { get; init; } = 16;
    public int Iterations { get; init; } = 12;

    /// <summary>When set, word vectors come from skip-gram training instead of projected PPMI counts.</summary>
    public SkipGramEmbedder? SkipGram { get; init; }

    public sealed record Result(Dictionary<string, (int Cluster, int Count)> Words, int[] FineToMid, int[] FineToCoarse);

    /// <summary>Clusters the words of <paramref name="sentences"/> (already split into words).</summary>
    public Result Cluster(IEnumerable<IReadOnlyList<string>> sentences, int seed, TextWriter log)
    {
        var ranked = RankedCorpus.Build(sentences);
        var (ids, counts, corpus, byFrequency, rank) = (ranked.Ids, ranked.Counts, ranked.Sentences, ranked.ByFrequency, ranked.Rank);
        int vocabulary = ranked.Vocabulary(VocabularySize, MinCount);
        long tokens = counts.Sum(c => (long)c);
        log.WriteLine($"clusters: {tokens:N0} tokens, {counts.Count:N0} word forms, clustering {vocabulary:N0}");

        int dims = SkipGram?.Dimensions ?? Dimensions;
        var vectors = SkipGram is { } embedder
            ? SkipGramVectors(embedder, ranked, vocabulary, seed, log)
            : PpmiVectors(corpus, rank, counts, byFrequency, vocabulary, seed);
        for (int w = 0; w < vocabulary; w++) Normalize(vectors.AsSpan(w * dims, dims));

        var fine = KMeans(vectors, vocabulary, FineClusters, seed, out var centroids);
        int k = centroids.Length / dims;
        var mid = KMeans(centroids, k, MidClusters, seed + 1, out _);
        var coarse = KMeans(centroids, k, CoarseClusters, seed + 2, out _);

        var words = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var (form, id) in ids)
        {
            int w = rank[id];
            if (w < vocabulary) words[form] = (fine[w], counts[id]);
        }
        return new Result(words, mid, coarse);
    }

    private static float[] SkipGramVectors(SkipGramEmbedder embedder, RankedCorpus corpus, int vocabulary, int seed, TextWriter log)
    {
        var (ranked, countsByRank) = corpus.ByRank(vocabulary);
        return embedder.Train(ranked, countsByRank, vocabulary, seed, log);
    }

    private float[] PpmiVectors(List<int[]> corpus, int[] rank, List<int> counts, int[] byFrequency, int vocabulary, int seed)
    {
        // Co-occurrence counts with the most frequent words at four offsets; context index = offset slot * C + rank.
        int contextDims = 4 * ContextWords;
        var pairs = new Dictionary<long, int>();
        var contextTotals = new long[contextDims];
        ReadOnlySpan<int> offsets = [-2, -1, 1, 2];
        foreach (var sentence in corpus)
        {
            for (int i = 0; i < sentence.Length; i++)
            {
                int w = rank[sentence[i]];
                if (w >= vocabulary) continue;
                for (int o = 0; o < offsets.Length; o++)
                {
                    int j = i + offsets[o];
                    int c = j < 0 || j >= sentence.Length ? ContextWords - 1 : rank[sentence[j]];
                    if (c >= ContextWords) continue;
                    int dim = o * ContextWords + c;
                    long key = (long)w * contextDims + dim;
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                    contextTotals[dim]++;
                }
            }
        }

        var projection = RandomProjection(contextDims, Dimensions, seed);
        var vectors = new float[vocabulary * Dimensions];
        double total = contextTotals.Sum();
        foreach (var (key, count) in pairs)
        {
            int w = (int)(key / contextDims), dim = (int)(key % contextDims);
            double pmi = Math.Log(count * total / ((double)counts[byFrequency[w]] * 4 * contextTotals[dim]));
            if (pmi <= 0) continue;
            var target = vectors.AsSpan(w * Dimensions, Dimensions);
            var source = projection.AsSpan(dim * Dimensions, Dimensions);
            for (int d = 0; d < Dimensions; d++) target[d] += (float)pmi * source[d];
        }
        return vectors;
    }

    private static float[] RandomProjection(int rows, int dimensions, int seed)
    {
        var random = new Random(seed);
        var projection = new float[rows * dimensions];
        for (int i = 0; i < projection.Length; i++) projection[i] = random.Next(2) == 0 ? -1f : 1f;
        return projection;
    }

    private static void Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(VectorMath.Dot(v, v));
        if (norm == 0) return;
        for (int d = 0; d < v.Length; d++) v[d] /= norm;
    }


    /// <summary>Spherical k-means (cosine), seeded from evenly spaced points of the frequency-ranked rows.</summary>
    private int[] KMeans(float[] points, int count, int k, int seed, out float[] centroids)
    {
        int dims = points.Length / count;
        k = Math.Min(k, count);
        centroids = new float[k * dims];
        var random = new Random(seed);
        var chosen = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(k).ToArray();
        for (int c = 0; c < k; c++) points.AsSpan(chosen[c] * dims, dims).CopyTo(centroids.AsSpan(c * dims, dims));
        var assignment = new int[count];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            for (int p = 0; p < count; p++)
            {
                var point = points.AsSpan(p * dims, dims);
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int c = 0; c < k; c++)
                {
                    float s = VectorMath.Dot(point, centroids.AsSpan(c * dims, dims));
                    if (s > best) { best = s; arg = c; }
                }
                assignment[p] = arg;
            }
            var sums = new float[k * dims];
            var sizes = new int[k];
            for (int p = 0; p < count; p++)
            {
                var target = sums.AsSpan(assignment[p] * dims, dims);
                var point = points.AsSpan(p * dims, dims);
                for (int d = 0; d < dims; d++) target[d] += point[d];
                sizes[assignment[p]]++;
            }
            for (int c = 0; c < k; c++)
            {
                if (sizes[c] == 0) continue;
                var centroid = sums.AsSpan(c * dims, dims);
                Normalize(centroid);
                centroid.CopyTo(centroids.AsSpan(c * dims, dims));
            }
        }
        return assignment;
    }
}
