using Hadath.Entities.Lexicon;
using Hadath.Entities.Tagging;
using Hadath.Entities.Training;

namespace Hadath.Entities.Tests;

/// <summary>The knobs added for issue 3: dev slices, the mention bias, cost-augmented training, word dropout, skip-gram vectors.</summary>
public sealed class TrainingOptionsTests
{
    private static LabeledSentence Sentence(string text, params (int, int, int)[] spans) => TinyNer.Sentence(text, spans);

    private static NerModel Train(NerTrainingOptions options) => TinyNer.Train(options);

    private static byte[] Bytes(NerModel model) => TinyNer.Bytes(model);

    [Fact]
    public void Dev_slice_nine_is_the_last_tenth_and_every_slice_partitions_the_corpus()
    {
        var all = Enumerable.Range(0, 57).Select(i => Sentence($"كلمة{i}")).ToList();
        var (lastTrain, lastDev) = ConllCorpus.SplitLastTenth(all);
        var (train9, dev9) = ConllCorpus.SplitTenth(all, 9);
        Assert.Equal(lastTrain, train9);
        Assert.Equal(lastDev, dev9);
        for (int slice = 0; slice < 10; slice++)
        {
            var (train, dev) = ConllCorpus.SplitTenth(all, slice);
            Assert.True(dev.Count >= 5);
            Assert.Empty(train.Intersect(dev));
            Assert.Equal(all.Count, train.Count + dev.Count);
        }
        Assert.Equal(all[20], ConllCorpus.SplitTenth(all, 4).Dev[0]);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(-1)]
    public void A_dev_slice_outside_zero_to_nine_is_refused(int slice) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConllCorpus.SplitTenth([Sentence("كلمة")], slice));

    [Theory]
    [InlineData("2.5", new[] { 2.5f, 2.5f, 2.5f, 2.5f })]
    [InlineData("PER=1.5,ORG=4", new[] { 1.5f, 0f, 4f, 0f })]
    [InlineData("MISC=-1, LOC=3", new[] { 0f, 3f, 0f, -1f })]
    public void Mention_bias_parses_one_number_or_per_type_values(string text, float[] expected) =>
        Assert.Equal(expected, MentionBiasTuner.Parse(text));

    [Theory]
    [InlineData("PER")]
    [InlineData("CITY=2")]
    [InlineData("PER=x")]
    public void A_bad_mention_bias_is_a_clear_error(string text)
    {
        var ex = Assert.Throws<FormatException>(() => MentionBiasTuner.Parse(text));
        Assert.Contains("mention bias", ex.Message);
    }

    [Fact]
    public void A_huge_mention_bias_makes_every_word_a_mention_of_that_type()
    {
        var model = Train(new NerTrainingOptions { MentionBias = [0, 0, 0, 1e6f] });
        var spans = model.TagSentence("ذهب الرجل الى البيت".Split(' '));
        Assert.Equal(Enumerable.Range(0, 4).Select(i => new TaggedSpan(i, i + 1, Core.EntityType.MISC)), spans);
    }

    [Fact]
    public void Cost_augmented_training_and_word_dropout_still_learn_and_stay_deterministic()
    {
        var options = new NerTrainingOptions { Costs = new TrainingCosts(Miss: 2, FalseAlarm: 1), WordDropout = 0.3 };
        TinyNer.AssertLearnsAndRepeats(options);
    }

    [Fact]
    public void Full_word_dropout_leaves_out_exactly_the_identity_features()
    {
        var words = "قال جون كيري في واشنطن".Split(' ');
        var plain = new List<ulong>();
        var dropped = new List<ulong>();
        var starts = new int[words.Length + 1];
        new FeatureExtractor(WordLexicon.Empty, new FeatureOptions()).Extract(words, null, plain, starts);
        new FeatureExtractor(WordLexicon.Empty, new FeatureOptions()) { IdentityDropout = (1.0, new Random(1)) }.Extract(words, null, dropped, starts);
        Assert.Subset(plain.ToHashSet(), dropped.ToHashSet());
        // Per word: the folded form, the stem, the two word pairs, and the raw form where it differs from the folded one.
        Assert.InRange(plain.Count - dropped.Count, 4 * words.Length, 5 * words.Length);
        Assert.DoesNotContain(FeatureHashOfForm("كيري"), dropped);
        Assert.Contains(FeatureHashOfForm("كيري"), plain);
    }

    private static ulong FeatureHashOfForm(string word) => FeatureHash.Feature(2, FeatureHash.Of(Text.NameForms.Normalize(word)));

    [Fact]
    public void Skip_gram_vectors_put_words_with_the_same_contexts_together_and_repeat_for_a_seed()
    {
        // Words 0-1 only ever appear between contexts 4/5, words 2-3 only between 6/7; ids are frequency ranks.
        var random = new Random(3);
        var sentences = new List<int[]>();
        for (int i = 0; i < 3000; i++)
        {
            bool first = random.Next(2) == 0;
            int word = (first ? 0 : 2) + random.Next(2);
            sentences.Add(first ? [4, word, 5, 8] : [6, word, 7, 9]);
        }
        var counts = new long[10];
        foreach (var s in sentences) foreach (int w in s) counts[w]++;
        var embedder = new SkipGramEmbedder { Dimensions = 16, Window = 1, Epochs = 3, Subsample = 1 };
        var vectors = embedder.Train(sentences, counts, 10, seed: 5, TextWriter.Null);
        Assert.Equal(vectors, embedder.Train(sentences, counts, 10, seed: 5, TextWriter.Null));
        float Cosine(int a, int b)
        {
            var x = vectors.AsSpan(a * 16, 16);
            var y = vectors.AsSpan(b * 16, 16);
            float dot = 0, nx = 0, ny = 0;
            for (int d = 0; d < 16; d++) { dot += x[d] * y[d]; nx += x[d] * x[d]; ny += y[d] * y[d]; }
            return dot / MathF.Sqrt(nx * ny);
        }
        Assert.True(Cosine(0, 1) > Cosine(0, 2) + 0.3f, $"same-context {Cosine(0, 1):F2}, other {Cosine(0, 2):F2}");
        Assert.True(Cosine(2, 3) > Cosine(1, 3) + 0.3f, $"same-context {Cosine(2, 3):F2}, other {Cosine(1, 3):F2}");
    }

    private static WordLexicon CountsLexicon() => new(
        new Dictionary<string, WordEntry>(StringComparer.Ordinal)
        {
            [Text.NameForms.Normalize("رئيس")] = new(-1, 100, GazetteerClass.None),
            [Text.NameForms.Normalize("الرئيس")] = new(-1, 400, GazetteerClass.None),
            [Text.NameForms.Normalize("ديابي")] = new(-1, 50, GazetteerClass.None),
        },
        [], [], new Dictionary<string, GazetteerClass>(), 1);

    private static List<ulong> FrequencyKeys(string word)
    {
        var keys = new List<ulong>();
        new FeatureExtractor(CountsLexicon(), new FeatureOptions { Frequency = true }).Extract([word], null, keys, new int[2]);
        return keys;
    }

    [Theory]
    [InlineData("رئيس", 12)]
    [InlineData("الرئيس", 12)]
    [InlineData("للرئيس", 12)]
    [InlineData("ديابي", 5)]
    [InlineData("وديابي", 5)]
    [InlineData("مجهول", 0)]
    public void Article_band_compares_the_al_form_with_the_bare_form_in_the_corpus(string word, int band)
    {
        // 10 + log2(count with ال + 1) − log2(count without + 1), clamped to ±5; 0 when the corpus has neither.
        Assert.Contains(FeatureHash.Feature(61, (ulong)band), FrequencyKeys(word));
    }

    [Fact]
    public void Frequency_features_are_off_unless_asked_for_and_survive_saving()
    {
        var plain = new List<ulong>();
        new FeatureExtractor(CountsLexicon(), new FeatureOptions()).Extract(["رئيس"], null, plain, new int[2]);
        Assert.DoesNotContain(FeatureHash.Feature(61, 12), plain);
        var model = Train(new NerTrainingOptions { Features = new FeatureOptions { Frequency = true } });
        var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        Assert.True(NerModel.Load(stream).Options.Frequency);
    }

    [Theory]
    [InlineData(19, false, true, true)]
    [InlineData(20, false, true, true)]
    [InlineData(35, true, false, true)]
    [InlineData(38, true, true, false)]
    public void A_combining_feature_switched_off_gives_no_key_of_its_template(int template, bool wordPairs, bool stemPair, bool clusterPair)
    {
        string[] words = ["قال", "جون", "كيري", "في", "واشنطن"];
        var on = new List<ulong>();
        new FeatureExtractor(CountsLexicon(), new FeatureOptions()).Extract(words, null, on, new int[words.Length + 1]);
        var off = new List<ulong>();
        var options = new FeatureOptions { WordPairs = wordPairs, StemPair = stemPair, WordClusterPair = clusterPair };
        new FeatureExtractor(CountsLexicon(), options).Extract(words, null, off, new int[words.Length + 1]);
        // Word 2's key of the template (its neighbours' forms and stems; the cluster is -1 in this lexicon).
        ulong norm(int i) => FeatureHash.Of(Text.NameForms.Normalize(words[i]));
        ulong stem(int i) => FeatureHash.Of(Text.NameForms.Normalize(words[i]));
        ulong key = template switch
        {
            19 => FeatureHash.Feature(19, FeatureHash.Combine(norm(1), norm(2))),
            20 => FeatureHash.Feature(20, FeatureHash.Combine(norm(2), norm(3))),
            35 => FeatureHash.Feature(35, FeatureHash.Combine(stem(0), stem(1))),
            _ => FeatureHash.Feature(38, FeatureHash.Combine(norm(1), unchecked((ulong)(long)-1))),
        };
        Assert.Contains(key, on);
        Assert.DoesNotContain(key, off);
        // The switch takes away that template's key of every word and nothing else (both pairs for --no-word-pairs).
        Assert.Equal(on.Count - words.Length * (wordPairs ? 1 : 2), off.Count);
    }

    [Fact]
    public void Combining_feature_switches_are_on_unless_turned_off_and_survive_saving()
    {
        var defaults = new FeatureOptions();
        Assert.True(defaults.WordPairs && defaults.StemPair && defaults.WordClusterPair);
        var features = new FeatureOptions { StemPair = false, WordClusterPair = false };
        var model = Train(new NerTrainingOptions { Features = features });
        var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream).Options;
        Assert.Equal((true, false, false), (loaded.WordPairs, loaded.StemPair, loaded.WordClusterPair));
    }
}
