using System.Diagnostics;
using Hadath.Entities.Lexicon;
using Hadath.Entities.Tagging;
using Hadath.Entities.Text;
using Hadath.Entities.Training;

namespace Hadath.Entities.Neural;

/// <summary>Settings of the neural window tagger stacked under the second pass (<c>train ner --neural</c>).</summary>
public sealed record NeuralOptions
{
    /// <summary>Unlabeled sentences (already split into words) for the skip-gram vectors; the training sentences are added.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Corpus { get; init; } = [];
    public int VectorDimensions { get; init; } = 64;
    public int SkipGramEpochs { get; init; } = 2;
    public int Vocabulary { get; init; } = 50000;
    public int SparseDimensions { get; init; } = 32;
    public int SparseBuckets { get; init; } = 1 << 16;
    public int Hidden { get; init; } = 64;
    public int Epochs { get; init; } = 6;
    public float Rate { get; init; } = 0.02f;

    /// <summary>Share of hidden units dropped per training token.</summary>
    public float Dropout { get; init; } = 0.2f;

    /// <summary>Share of word occurrences that lose their identity features (form, stem) in training, as an unseen word would.</summary>
    public float IdentityDropout { get; init; }
}

/// <summary>Trains the skip-gram vectors once per model, then the window network (on-line SGD, fixed epochs, seeded).</summary>
internal static class NeuralTrainer
{
    /// <summary>Word vectors from the unlabeled corpus plus the training sentences (folded forms), unit length.</summary>
    public static WordEncoder BuildEncoder(NeuralOptions options, IEnumerable<IReadOnlyList<string>> trainingSentences, WordLexicon lexicon, int seed, TextWriter log)
    {
        var corpus = RankedCorpus.Build(options.Corpus.Concat(trainingSentences));
        var rank = corpus.Rank;
        int vocabulary = corpus.Vocabulary(options.Vocabulary, minCount: 3);
        int dims = options.VectorDimensions;
        var vectors = new float[vocabulary * dims];
        if (vocabulary > 1 && dims > 0)
        {
            var embedder = new SkipGramEmbedder { Dimensions = dims, Window = 3, Epochs = options.SkipGramEpochs, TimeBudget = TimeSpan.FromMinutes(6) };
            var (ranked, countsByRank) = corpus.ByRank(vocabulary);
            vectors = embedder.Train(ranked, countsByRank, vocabulary, seed, log);
            for (int w = 0; w < vocabulary; w++)
            {
                var v = vectors.AsSpan(w * dims, dims);
                float norm = MathF.Sqrt(VectorMath.Dot(v, v));
                // Rounded to float16 here, as the file stores them, so every fold's network reads the saved values.
                foreach (ref float x in v) x = (float)(Half)(norm > 0 ? x / norm : x);
            }
        }
        var words = new Dictionary<string, int>(vocabulary, StringComparer.Ordinal);
        foreach (var (form, id) in corpus.Ids)
        {
            if (rank[id] < vocabulary) words[form] = rank[id];
        }
        return new WordEncoder(words, vectors, dims, options.SparseBuckets, lexicon);
    }

    /// <summary>Trains a network on the sentences of <paramref name="documents"/> (all of them, in a seeded order per epoch).</summary>
    public static NeuralTagger Train(WordEncoder encoder, IReadOnlyList<LabeledSentence> sentences, NeuralOptions options, int seed, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var net = new WindowNetwork(encoder.VectorDimensions, options.SparseDimensions, options.SparseBuckets, options.Hidden);
        net.Initialize(seed);
        var codes = new Dictionary<string, WordCode>(StringComparer.Ordinal);
        var data = sentences.Where(s => s.Words.Length > 0).Select(s => (Codes: Encode(encoder, s.Words, codes), Gold: s.Labels())).ToArray();
        long tokens = data.Sum(d => (long)d.Gold.Length);
        var order = Enumerable.Range(0, data.Length).ToArray();
        ulong random = (ulong)seed * 0xD1B54A32D192ED03UL + 3;
        int input = net.Input;
        var inputs = new float[(data.Max(d => d.Gold.Length) + 4) * input];
        var gradients = new float[(data.Max(d => d.Gold.Length) + 4) * net.SparseDimensions];
        var hidden = new float[net.Hidden];
        var posteriors = new float[EntityLabels.Count];
        var mask = new float[net.Hidden];
        var scratch = new float[net.Hidden];
        var skips = new int[inputs.Length / input];
        long done = 0, planned = tokens * options.Epochs;
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            for (int i = order.Length - 1; i > 0; i--)
            {
                int j = (int)(SplitMix.Next(ref random) % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            double loss = 0;
            foreach (int s in order)
            {
                var (sentenceCodes, gold) = data[s];
                int n = gold.Length;
                for (int j = 0; j < n + 4; j++)
                {
                    bool drop = options.IdentityDropout > 0 && j >= 2 && j < n + 2 && SplitMix.NextFloat(ref random) < options.IdentityDropout;
                    skips[j] = drop ? WordEncoder.IdentityFeatures : 0;
                    net.Represent(sentenceCodes[j], encoder.Vectors, inputs.AsSpan(j * input, input), skips[j]);
                }
                Array.Clear(gradients, 0, (n + 4) * net.SparseDimensions);
                // Linear decay to a tenth of the starting rate over the planned tokens.
                float rate = options.Rate * (1f - 0.9f * done / (float)planned);
                for (int i = 0; i < n; i++)
                {
                    net.Forward(inputs, i, hidden, posteriors);
                    loss -= Math.Log(posteriors[gold[i]] + 1e-9);
                    if (options.Dropout > 0)
                    {
                        float keep = 1 - options.Dropout;
                        for (int h = 0; h < hidden.Length; h++)
                        {
                            mask[h] = SplitMix.NextFloat(ref random) < keep ? 1 / keep : 0;
                            hidden[h] *= mask[h];
                        }
                    }
                    net.Backward(inputs, i, gold[i], hidden, posteriors, options.Dropout > 0 ? mask : default, rate, gradients, scratch);
                }
                for (int j = 0; j < n + 4; j++) net.ApplySparse(sentenceCodes[j], gradients.AsSpan(j * net.SparseDimensions, net.SparseDimensions), rate, skips[j]);
                done += n;
            }
            log.WriteLine($"neural epoch {epoch + 1}: mean loss {loss / tokens:F4} at {clock.Elapsed.TotalSeconds:F1}s");
        }
        var tagger = new NeuralTagger(encoder, net);
        tagger.RoundToHalf();
        return tagger;
    }

    /// <summary>A sentence's word codes with two padding codes on each side (window positions outside the sentence).</summary>
    internal static WordCode[] Encode(WordEncoder encoder, IReadOnlyList<string> words, Dictionary<string, WordCode> cache)
    {
        var result = new WordCode[words.Count + 4];
        result[0] = result[1] = encoder.StartPad;
        result[^1] = result[^2] = encoder.EndPad;
        for (int i = 0; i < words.Count; i++)
        {
            if (!cache.TryGetValue(words[i], out var code)) cache[words[i]] = code = encoder.Encode(words[i]);
            result[i + 2] = code;
        }
        return result;
    }
}
