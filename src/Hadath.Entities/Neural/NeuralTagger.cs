using System.Runtime.InteropServices;
using Hadath.Entities.Lexicon;
using Hadath.Entities.Tagging;

namespace Hadath.Entities.Neural;

/// <summary>
/// The trained window network with its word encoder, as the perceptron's second pass reads it: per-token label
/// posteriors, turned into <see cref="KeysPerToken"/> feature keys (<see cref="Keys"/>). Immutable; tagging threads
/// each keep a cache of word types' first-layer projections, so a repeated word costs no matrix product.
/// </summary>
internal sealed class NeuralTagger
{
    public NeuralTagger(WordEncoder encoder, WindowNetwork network)
    {
        Encoder = encoder;
        Network = network;
    }

    public WordEncoder Encoder { get; }
    public WindowNetwork Network { get; }

    private const int L = EntityLabels.Count;

    /// <summary>
    /// Word types per cache generation (each Window × Hidden floats, 1.3 KB at 64 units): a thread keeps the current
    /// generation and the one before, up to ~42 MB, and a type found in the old one moves to the current one. A plain
    /// clear at the bound made every round over a 29,000-type text recompute most types.
    /// </summary>
    private const int MaxCachedTypes = 16384;

    [ThreadStatic] private static Dictionary<string, float[]>? t_current;
    [ThreadStatic] private static Dictionary<string, float[]>? t_previous;
    [ThreadStatic] private static NeuralTagger? t_cacheOwner;
    [ThreadStatic] private static float[]? t_input;

    /// <summary>Label posteriors (n × 17) of every word of one sentence.</summary>
    public float[] Posteriors(IReadOnlyList<string> words)
    {
        int n = words.Count;
        var result = new float[n * L];
        if (n == 0) return result;
        var net = Network;
        var projections = new float[n + 4][];
        projections[0] = projections[1] = Projection(null, start: true);
        projections[n + 2] = projections[n + 3] = Projection(null, start: false);
        for (int i = 0; i < n; i++) projections[i + 2] = Projection(words[i], start: false);
        Span<float> hidden = stackalloc float[net.Hidden];
        for (int i = 0; i < n; i++) net.FromProjections(projections, i, hidden, result.AsSpan(i * L, L));
        return result;
    }

    private float[] Projection(string? word, bool start)
    {
        if (!ReferenceEquals(t_cacheOwner, this) || t_current is null || t_previous is null)
        {
            t_current = new Dictionary<string, float[]>(StringComparer.Ordinal);
            t_previous = new Dictionary<string, float[]>(StringComparer.Ordinal);
            t_cacheOwner = this;
        }
        string key = word ?? (start ? "\0<s>" : "\0</s>");
        if (t_current.TryGetValue(key, out var projection)) return projection;
        if (!t_previous.Remove(key, out projection))
        {
            var code = word is null ? (start ? Encoder.StartPad : Encoder.EndPad) : Encoder.Encode(word);
            var x = t_input is { } kept && kept.Length == Network.Input ? kept : t_input = new float[Network.Input];
            Network.Represent(code, Encoder.Vectors, x);
            projection = new float[WindowNetwork.Window * Network.Hidden];
            Network.Project(x, projection);
        }
        if (t_current.Count >= MaxCachedTypes)
        {
            (t_previous, t_current) = (t_current, t_previous);
            t_current.Clear();
        }
        t_current[key] = projection;
        return projection;
    }

    /// <summary>Feature keys each token gets from the network (see <see cref="Keys"/>).</summary>
    public const int KeysPerToken = 8;

    /// <summary>
    /// The second-pass features of each word from the network's posteriors (<see cref="KeysPerToken"/> per word):
    /// its best label, that label with its probability band, each type's total probability band, the best label
    /// with the first pass's label (agreement), and the best labels of the word and its neighbours.
    /// </summary>
    public ulong[] Keys(IReadOnlyList<string> words, ReadOnlySpan<int> firstLabels) => KeysFrom(Posteriors(words), firstLabels);

    internal static ulong[] KeysFrom(ReadOnlySpan<float> posteriors, ReadOnlySpan<int> firstLabels)
    {
        int n = firstLabels.Length;
        var best = new int[n];
        var bestProbability = new float[n];
        for (int i = 0; i < n; i++)
        {
            var p = posteriors.Slice(i * L, L);
            int b = 0;
            for (int l = 1; l < L; l++) if (p[l] > p[b]) b = l;
            best[i] = b;
            bestProbability[i] = p[b];
        }
        var keys = new ulong[n * KeysPerToken];
        for (int i = 0; i < n; i++)
        {
            var p = posteriors.Slice(i * L, L);
            var k = keys.AsSpan(i * KeysPerToken, KeysPerToken);
            ulong b = (ulong)best[i];
            k[0] = FeatureHash.Feature(120, b);
            k[1] = FeatureHash.Feature(121, FeatureHash.Combine(b, Band(bestProbability[i])));
            for (int t = 0; t < EntityLabels.TypeCount; t++)
            {
                float mass = p[EntityLabels.Begin(t)] + p[EntityLabels.Inside(t)] + p[EntityLabels.End(t)] + p[EntityLabels.Single(t)];
                k[2 + t] = FeatureHash.Feature(122, FeatureHash.Combine((ulong)t, Band(mass)));
            }
            k[6] = FeatureHash.Feature(123, FeatureHash.Combine(b, (ulong)firstLabels[i]));
            ulong previous = i > 0 ? (ulong)best[i - 1] : 99, next = i + 1 < n ? (ulong)best[i + 1] : 99;
            k[7] = FeatureHash.Feature(124, FeatureHash.Combine(previous, b, next));
        }
        return keys;
    }

    private static ulong Band(float p) => p switch { < 0.1f => 0, < 0.3f => 1, < 0.5f => 2, < 0.7f => 3, < 0.9f => 4, < 0.97f => 5, _ => 6 };

    /// <summary>BIOES labels of the network alone (Viterbi over log posteriors, no transition scores), for its own dev figure.</summary>
    public int[] Decode(IReadOnlyList<string> words)
    {
        var posteriors = Posteriors(words);
        for (int i = 0; i < posteriors.Length; i++) posteriors[i] = MathF.Log(posteriors[i] + 1e-9f);
        var labels = new int[words.Count];
        Viterbi.Decode(posteriors, NoTransitions, labels);
        return labels;
    }

    /// <summary>All-zero transition scores, laid out once.</summary>
    private static readonly Viterbi.PreparedTransitions NoTransitions = new(new float[Viterbi.TransitionSize]);

    // File block (NER model format 6): sizes, vocabulary in row order, vectors and weights as float16.
    public void Write(BinaryWriter w)
    {
        var net = Network;
        w.Write(net.VectorDimensions); w.Write(net.SparseDimensions); w.Write(net.SparseBuckets); w.Write(net.Hidden);
        var words = new string[Encoder.Vocabulary.Count];
        foreach (var (word, row) in Encoder.Vocabulary) words[row] = word;
        w.Write(words.Length);
        foreach (string word in words) w.Write(word);
        foreach (var array in new[] { Encoder.Vectors, net.Sparse, net.W1, net.B1, net.W2, net.B2 }) WriteHalves(w, array);
    }

    public static NeuralTagger Read(BinaryReader r, WordLexicon lexicon)
    {
        int vectorDims = r.ReadInt32(), sparseDims = r.ReadInt32(), buckets = r.ReadInt32(), hidden = r.ReadInt32();
        if (vectorDims is < 0 or > 1024 || sparseDims is < 1 or > 1024 || buckets is < 1 or > 1 << 24 || hidden is < 1 or > 4096)
        {
            throw new InvalidDataException("corrupt NER model: bad network sizes");
        }
        int count = r.ReadInt32();
        if (count is < 0 or > 10_000_000) throw new InvalidDataException("corrupt NER model: bad vocabulary size");
        var vocabulary = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++) vocabulary[r.ReadString()] = i;
        var vectors = new float[count * vectorDims];
        var net = new WindowNetwork(vectorDims, sparseDims, buckets, hidden);
        foreach (var array in new[] { vectors, net.Sparse, net.W1, net.B1, net.W2, net.B2 }) ReadHalves(r, array);
        return new NeuralTagger(new WordEncoder(vocabulary, vectors, vectorDims, buckets, lexicon), net);
    }

    private static void WriteHalves(BinaryWriter w, float[] values)
    {
        var halves = new Half[values.Length];
        for (int i = 0; i < values.Length; i++) halves[i] = (Half)values[i];
        w.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
    }

    private static void ReadHalves(BinaryReader r, float[] values)
    {
        var halves = new Half[values.Length];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        for (int i = 0; i < values.Length; i++) values[i] = (float)halves[i];
    }

    /// <summary>The network's weights rounded to float16 as the file stores them, so a trained model tags exactly as its saved copy (the vectors are rounded when built).</summary>
    public void RoundToHalf()
    {
        foreach (var array in new[] { Network.Sparse, Network.W1, Network.B1, Network.W2, Network.B2 })
        {
            for (int i = 0; i < array.Length; i++) array[i] = (float)(Half)array[i];
        }
    }
}
