using Hadath.Entities.Lexicon;
using Hadath.Entities.Neural;
using Hadath.Entities.Tagging;
using Hadath.Entities.Training;

namespace Hadath.Entities.Tests;

public sealed class NeuralTaggerTests
{
    private const int L = EntityLabels.Count;

    /// <summary>A tiny network over three hand-made words, and its input rows (two padding rows each side).</summary>
    private static (WindowNetwork Net, WordCode[] Codes, float[] Vectors) TinyNetwork()
    {
        var net = new WindowNetwork(vectorDimensions: 3, sparseDimensions: 4, sparseBuckets: 16, hidden: 5);
        net.Initialize(seed: 3);
        // Larger than the initial weights so that the test exercises tanh away from its linear part.
        for (int i = 0; i < net.W1.Length; i++) net.W1[i] *= 3;
        float[] vectors = [0.6f, -0.8f, 0f, 0.1f, 0.2f, -0.97f];
        WordCode[] codes =
        [
            new(-1, [15]), new(-1, [15]),
            new(0, [1, 2, 3]), new(-1, [4, 2]), new(1, [5, 6, 1]),
            new(-1, [14]), new(-1, [14]),
        ];
        return (net, codes, vectors);
    }

    private static float[] Inputs(WindowNetwork net, WordCode[] codes, float[] vectors)
    {
        var inputs = new float[codes.Length * net.Input];
        for (int j = 0; j < codes.Length; j++) net.Represent(codes[j], vectors, inputs.AsSpan(j * net.Input, net.Input));
        return inputs;
    }

    private static double Loss(WindowNetwork net, WordCode[] codes, float[] vectors, int token, int gold)
    {
        var hidden = new float[net.Hidden];
        var posteriors = new float[L];
        net.Forward(Inputs(net, codes, vectors), token, hidden, posteriors);
        return -Math.Log(posteriors[gold]);
    }

    private static WindowNetwork Copy(WindowNetwork net)
    {
        var copy = new WindowNetwork(net.VectorDimensions, net.SparseDimensions, net.SparseBuckets, net.Hidden);
        foreach (var (from, to) in new[] { (net.Sparse, copy.Sparse), (net.W1, copy.W1), (net.B1, copy.B1), (net.W2, copy.W2), (net.B2, copy.B2) }) from.CopyTo(to, 0);
        return copy;
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 0)]
    [InlineData(2, 12)]
    public void Backward_step_matches_the_numeric_gradient_of_every_parameter(int token, int gold)
    {
        var (net, codes, vectors) = TinyNetwork();
        // One SGD step at a small rate: each parameter moves by −rate × its gradient.
        var stepped = Copy(net);
        const float rate = 1e-2f;
        var inputs = Inputs(stepped, codes, vectors);
        var hidden = new float[net.Hidden];
        var posteriors = new float[L];
        stepped.Forward(inputs, token, hidden, posteriors);
        var gradients = new float[codes.Length * net.SparseDimensions];
        stepped.Backward(inputs, token, gold, hidden, posteriors, default, rate, gradients, new float[net.Hidden]);
        for (int j = 0; j < codes.Length; j++) stepped.ApplySparse(codes[j], gradients.AsSpan(j * net.SparseDimensions, net.SparseDimensions), rate);

        int checkedCount = 0;
        foreach (var (original, after) in new[] { (net.W1, stepped.W1), (net.B1, stepped.B1), (net.W2, stepped.W2), (net.B2, stepped.B2), (net.Sparse, stepped.Sparse) })
        {
            for (int k = 0; k < original.Length; k += 7)
            {
                double analytic = (original[k] - after[k]) / (double)rate;
                float kept = original[k];
                const float epsilon = 1e-2f;
                original[k] = kept + epsilon;
                double plus = Loss(net, codes, vectors, token, gold);
                original[k] = kept - epsilon;
                double minus = Loss(net, codes, vectors, token, gold);
                original[k] = kept;
                double numeric = (plus - minus) / (2 * epsilon);
                Assert.True(Math.Abs(analytic - numeric) <= 2e-3 + 0.02 * Math.Abs(numeric),
                    $"parameter {k} of a {original.Length}-array: analytic {analytic:F5}, numeric {numeric:F5}");
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 50);
    }

    [Fact]
    public void Cached_projections_give_the_posteriors_of_the_direct_forward_pass()
    {
        var (net, _, _) = TinyNetwork();
        var encoder = new WordEncoder(new Dictionary<string, int>(StringComparer.Ordinal) { ["كيري"] = 0, ["موسكو"] = 1 },
            [0.6f, -0.8f, 0f, 0.1f, 0.2f, -0.97f], 3, 16, WordLexicon.Empty);
        var tagger = new NeuralTagger(encoder, net);
        string[] words = ["قال", "كيري", "في", "موسكو"];
        var fromCache = tagger.Posteriors(words);
        Assert.Equal(fromCache, tagger.Posteriors(words));   // second call reads every type from the cache

        var codes = NeuralTrainer.Encode(encoder, words, new Dictionary<string, WordCode>());
        var inputs = Inputs(net, codes, encoder.Vectors);
        var posteriors = new float[L];
        for (int i = 0; i < words.Length; i++)
        {
            net.Forward(inputs, i, new float[net.Hidden], posteriors);
            for (int l = 0; l < L; l++) Assert.Equal(posteriors[l], fromCache[i * L + l], 4);
            Assert.Equal(1f, fromCache.AsSpan(i * L, L).ToArray().Sum(), 4);
        }
    }

    [Theory]
    [InlineData("وموسكو", 0)]      // clitic stripped: the stem's vector
    [InlineData("موسكو", 0)]
    [InlineData("بوتين", -1)]     // no vector: sparse features only
    public void Encoder_finds_the_vector_of_the_form_or_its_clitic_free_stem(string word, int vector)
    {
        var encoder = new WordEncoder(new Dictionary<string, int>(StringComparer.Ordinal) { ["موسكو"] = 0 }, [1f, 0f], 2, 1 << 10, WordLexicon.Empty);
        var code = encoder.Encode(word);
        Assert.Equal(vector, code.Vector);
        Assert.All(code.Sparse, b => Assert.InRange(b, 0, (1 << 10) - 1));
    }

    private static NerTrainingOptions NeuralOptions()
    {
        // An unlabeled "corpus" where names and places recur in their contexts, so some forms get vectors.
        var corpus = Enumerable.Range(0, 60).Select(i => (IReadOnlyList<string>)(i % 2 == 0
            ? ["قال", i % 4 == 0 ? "كيري" : "بوتين", "في", i % 3 == 0 ? "موسكو" : "واشنطن"]
            : ["وصل", "الرئيس", "الى", "نيويورك"])).ToList();
        return new NerTrainingOptions
        {
            Neural = new NeuralOptions { Corpus = corpus, VectorDimensions = 8, SkipGramEpochs = 2, SparseBuckets = 1 << 10, SparseDimensions = 8, Hidden = 8, Epochs = 4, IdentityDropout = 0.3f },
        };
    }

    [Fact]
    public void Training_with_the_neural_tagger_is_deterministic_and_still_learns()
    {
        var model = TinyNer.AssertLearnsAndRepeats(NeuralOptions());
        Assert.NotNull(model.Neural);
        Assert.True(model.Neural!.Encoder.Vocabulary.Count > 0);
    }

    [Fact]
    public void Neural_model_file_round_trips_and_tags_alike_by_rows_and_by_keys()
    {
        var model = TinyNer.Train(NeuralOptions());
        var loaded = NerModel.Load(new MemoryStream(TinyNer.Bytes(model)));
        Assert.NotNull(loaded.Neural);
        string[][] document = ["قال جون كيري في واشنطن".Split(' '), "وصل بوتين الى نيويورك".Split(' '), ["موسكو"]];
        foreach (var sentence in document) Assert.Equal(model.Neural!.Posteriors(sentence), loaded.Neural!.Posteriors(sentence));
        Assert.Equal(model.TagDocumentIob(document), loaded.TagDocumentIob(document));
        Assert.Equal(TinyNer.Bytes(model), TinyNer.Bytes(loaded));
        Assert.Equal(loaded.DecodeDocumentByKeys(document), loaded.DecodeDocument(document));
    }

    [Fact]
    public void Keys_per_token_are_fixed_and_follow_the_best_label()
    {
        var posteriors = new float[2 * L];
        posteriors[EntityLabels.Single(0)] = 0.95f;
        posteriors[EntityLabels.Outside] = 0.05f;
        posteriors[L + EntityLabels.Outside] = 1f;
        var keys = NeuralTagger.KeysFrom(posteriors, [EntityLabels.Single(0), EntityLabels.Outside]);
        Assert.Equal(2 * NeuralTagger.KeysPerToken, keys.Length);
        Assert.NotEqual(keys[0], keys[NeuralTagger.KeysPerToken]);   // S-PER against O
        var same = NeuralTagger.KeysFrom(posteriors, [EntityLabels.Outside, EntityLabels.Outside]);
        Assert.NotEqual(keys[6], same[6]);                            // agreement with the first pass differs
        Assert.Equal(keys[0], same[0]);
    }
}
