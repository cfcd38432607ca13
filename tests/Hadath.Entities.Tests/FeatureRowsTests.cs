using Hadath.Entities.Lexicon;
using Hadath.Entities.Tagging;
using Hadath.Entities.Training;

namespace Hadath.Entities.Tests;

/// <summary>
/// Tagging reads word features as cached weight rows (<see cref="DocumentDecoder"/>); training reads them as keys
/// (<see cref="FeatureExtractor.Extract"/>). The two must give the same labels, with every feature family on, with a
/// cold, warm or just-emptied cache, and after the thread switched model.
/// </summary>
public sealed class FeatureRowsTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Document(params string[] sentences) =>
        sentences.Select(s => (IReadOnlyList<string>)s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    /// <summary>Each word's rows in the order the weights are summed: those of its keys (either pass knows), in key order.</summary>
    private static void AssertSameRows(NerModel model, IReadOnlyList<string> words)
    {
        var keys = new List<ulong>();
        var keyStarts = new int[words.Count + 1];
        model.Extractor.Extract(words, null, keys, keyStarts);
        var rows = Array.Empty<int>();
        var rowStarts = new int[words.Count + 1];
        var stems = new ulong[words.Count];
        model.Extractor.ExtractRows(words, WordTypeCache.For(model.Extractor, model.JointTable), ref rows, rowStarts, stems);
        for (int i = 0; i < words.Count; i++)
        {
            var expected = keys.Skip(keyStarts[i]).Take(keyStarts[i + 1] - keyStarts[i]).Select(model.JointTable.Find).Where(r => r >= 0);
            Assert.Equal(expected, rows.Skip(rowStarts[i]).Take(rowStarts[i + 1] - rowStarts[i]));
        }
        AssertSameScores(model, words, rows, rowStarts);
    }

    /// <summary>
    /// Each word's scores in both passes from its word types' sums and its combining rows, on both paths, are bit for
    /// bit those of its rows summed one by one.
    /// </summary>
    private static void AssertSameScores(NerModel model, IReadOnlyList<string> words, int[] rows, int[] rowStarts)
    {
        int n = words.Count, L = EntityLabels.Count;
        var expectedFirst = new float[n * L];
        var expectedSecond = new float[n * L];
        JointRowSums.SumRows(model.JointTable, rows, rowStarts, expectedFirst, expectedSecond, wide: false);
        var cache = WordTypeCache.For(model.Extractor, model.JointTable);
        var text = string.Concat(words);
        var spans = new Hadath.Core.TextSpan[n];
        for (int i = 0, at = 0; i < n; at += words[i].Length, i++) spans[i] = new Hadath.Core.TextSpan(at, at + words[i].Length);
        var sentence = new SentenceWords(text, spans);
        var entries = new int[n];
        cache.LookupAll(sentence, entries, new ulong[n]);
        var pairRows = model.Extractor.PairRows(sentence, cache, entries, new ulong[n]).ToArray();
        foreach (bool wide in (bool[])[true, false])
        {
            var first = new float[n * L];
            var second = new float[n * L];
            JointRowSums.SumTokens(cache, entries, pairRows, FeatureExtractor.PairSlots, first, second, wide);
            Assert.Equal(expectedFirst.Select(BitConverter.SingleToInt32Bits), first.Select(BitConverter.SingleToInt32Bits));
            Assert.Equal(expectedSecond.Select(BitConverter.SingleToInt32Bits), second.Select(BitConverter.SingleToInt32Bits));
        }
    }

    private static void AssertSameLabels(NerModel model, IReadOnlyList<IReadOnlyList<string>> document)
    {
        foreach (var words in document) AssertSameRows(model, words);
        var byKeys = model.DecodeDocumentByKeys(document);
        var byRows = model.DecodeDocument(document);
        Assert.Equal(byKeys.Length, byRows.Length);
        for (int s = 0; s < byKeys.Length; s++) Assert.Equal(byKeys[s], byRows[s]);
    }

    [Theory]
    [InlineData("قال وزير الخارجية الأمريكي جون كيري في واشنطن إن المحادثات مع موسكو مستمرة .", "وأكد كيري أن لافروف سيزور العاصمة الأمريكية .")]
    [InlineData("أعلنت الأمم المتحدة في نيويورك أن الولايات المتحدة وروسيا اتفقتا .", "ورحبت والولايات المتحدة بالاتفاق ، وقال بوتين : \" نعم \" .")]
    [InlineData("وصل الرئيس الفرنسي إيمانويل ماكرون إلى بغداد يوم 12 مايو 2019 .", "للرئيس ماكرون لقاءات مع المسؤولين في بغداد والبصرة .")]
    [InlineData("كلمةطويلةجداجداجداجداجداجداجداجداجداجداجداجداجداجداجداجداجداجداجداجداجدا تلي BBC و CNN .", "؟ ! …")]
    public void Shipped_model_labels_are_the_same_through_rows_and_through_keys(string first, string second)
    {
        var document = Document(first, second);
        AssertSameLabels(ShippedModel.Instance, document);
        AssertSameLabels(ShippedModel.Instance, document);   // now every word type is cached
        Assert.Equal(ShippedModel.Instance.DecodeDocumentByKeys(document).Select(l => EntityLabels.ToIob(l)), ShippedModel.Instance.TagDocumentIob(document));
    }

    [Fact]
    public void The_document_memory_a_thread_reuses_carries_nothing_from_one_story_to_the_next()
    {
        var first = Document("قال وزير الخارجية الأمريكي جون كيري في واشنطن .", "وأكد كيري أن لافروف سيزور موسكو .");
        var second = Document("وصل الرئيس الفرنسي إيمانويل ماكرون إلى بغداد .", "للرئيس ماكرون لقاءات في بغداد والبصرة مع كيري .");
        AssertSameLabels(ShippedModel.Instance, first);
        AssertSameLabels(ShippedModel.Instance, second);
        AssertSameLabels(ShippedModel.Instance, first);
    }

    [Fact]
    public void Shipped_model_finds_the_same_names_with_a_cold_and_a_warm_cache()
    {
        var document = Document("قال جون كيري في واشنطن", "وصل كيري الى موسكو");
        string[][] Tags() => ShippedModel.Instance.TagDocumentIob(document);
        var warm = Tags();
        WordTypeCache.For(ShippedModel.Instance.Extractor, ShippedModel.Instance.JointTable).Clear();
        Assert.Equal(warm, Tags());
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC"], warm[0]);
    }

    [Fact]
    public void Forgetting_the_threads_word_types_empties_its_cache_and_tags_alike()
    {
        var model = ShippedModel.Instance;
        var document = Document("قال جون كيري في واشنطن", "وصل كيري الى موسكو");
        var warm = model.TagDocumentIob(document);
        var before = WordTypeCache.For(model.Extractor, model.JointTable);
        Assert.True(before.Count > 0);
        NerModel.ForgetThreadWordTypes();
        Assert.Equal(0, before.Count);
        Assert.Same(before, WordTypeCache.For(model.Extractor, model.JointTable));
        Assert.Equal(warm, model.TagDocumentIob(document));
        // The new cache described the story's words anew: nine tokens, eight word types (كيري twice).
        Assert.Equal(8, WordTypeCache.For(model.Extractor, model.JointTable).Count);
    }

    private static readonly string[] Vocabulary =
    [
        "قال", "جون", "كيري", "في", "واشنطن", "وصل", "الى", "موسكو", "اعلنت", "الامم", "المتحدة", "نيويورك", "بوتين",
        "الولايات", "الرئيس", "وزير", "الخارجية", "لافروف", "بغداد", "ماكرون", "العراق", "فرنسا", "البنك", "الدولي",
        "2019", "12", "،", ".", "\"", "BBC", "أَعْلَنَ", "الـرئيس", "سيرغي", "ستوكهولم", "بيتروفيتش",
    ];

    private static readonly string[] Clitics = ["", "", "", "و", "ب", "ل", "وب", "فل", "ك"];

    private static IReadOnlyList<IReadOnlyList<string>> RandomDocument(Random random, int sentences)
    {
        var document = new List<IReadOnlyList<string>>();
        for (int s = 0; s < sentences; s++)
        {
            var words = new string[random.Next(1, 25)];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = Clitics[random.Next(Clitics.Length)] + Vocabulary[random.Next(Vocabulary.Length)];
            }
            document.Add(words);
        }
        return document;
    }

    /// <summary>A lexicon that makes every feature family fire: clusters, counts, one-word and phrase gazetteer entries.</summary>
    private static WordLexicon RichLexicon()
    {
        var words = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        for (int i = 0; i < Vocabulary.Length; i++)
        {
            var gazetteer = i % 5 == 0 ? GazetteerClass.Location : i % 7 == 0 ? GazetteerClass.PersonName | GazetteerClass.Country : GazetteerClass.None;
            words[Vocabulary[i]] = new WordEntry(i % 3 == 2 ? -1 : i % 8, 1 + i * 37, gazetteer);
        }
        words["ال" + "رئيس"] = new WordEntry(3, 5000, GazetteerClass.None);
        var phrases = new Dictionary<string, GazetteerClass>(StringComparer.Ordinal)
        {
            ["الولايات المتحدة"] = GazetteerClass.Country,
            ["الامم المتحدة"] = GazetteerClass.Organization,
            ["البنك الدولي"] = GazetteerClass.Organization,
            ["جون كيري في"] = GazetteerClass.PersonName,
        };
        return new WordLexicon(words, [0, 0, 1, 1, 2, 2, 3, 3], [0, 0, 0, 0, 1, 1, 1, 1], phrases, 3);
    }

    private static NerModel TrainTiny(FeatureOptions features, bool secondPass)
    {
        var random = new Random(5);
        var corpus = new List<List<LabeledSentence>>();
        for (int d = 0; d < 4; d++)
        {
            corpus.Add([.. RandomDocument(random, 6).Select(words => new LabeledSentence(words.ToArray(),
                Enumerable.Range(0, words.Count).Where(i => words[i].EndsWith("كيري") || words[i].EndsWith("موسكو")).Select(i => (i, i + 1, i % 2)).ToArray()))]);
        }
        var options = new NerTrainingOptions { Epochs = 3, Folds = 2, SecondPass = secondPass, Features = features };
        return NerTrainer.Train(corpus, RichLexicon(), options, null, TextWriter.Null);
    }

    public static TheoryData<bool, bool, bool, bool, bool> FeatureSets => new()
    {
        { true, true, true, true, true },
        { false, false, false, false, true },
        { true, false, true, false, false },
        { false, true, false, true, true },
    };

    [Theory]
    [MemberData(nameof(FeatureSets))]
    public void Every_feature_family_gives_the_same_labels_through_rows_and_keys(bool charNgrams, bool neighbourShapes, bool stacked, bool frequency, bool secondPass)
    {
        var features = new FeatureOptions { CharNgrams = charNgrams, NeighbourShapes = neighbourShapes, Stacked = stacked, Frequency = frequency };
        var model = TrainTiny(features, secondPass);
        var random = new Random(11);
        for (int d = 0; d < 30; d++) AssertSameLabels(model, RandomDocument(random, random.Next(0, 6)));
        // Another model on the same thread: its cache must not serve this one's rows.
        var other = TrainTiny(features with { WideContext = !features.WideContext }, secondPass);
        for (int d = 0; d < 10; d++)
        {
            var document = RandomDocument(random, 4);
            AssertSameLabels(other, document);
            AssertSameLabels(model, document);
        }
    }

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void A_model_without_some_combining_features_gives_the_same_labels_through_rows_and_keys(bool wordPairs, bool stemPair, bool clusterPair)
    {
        var features = new FeatureOptions { WordPairs = wordPairs, StemPair = stemPair, WordClusterPair = clusterPair };
        var model = TrainTiny(features, secondPass: true);
        var random = new Random(13);
        for (int d = 0; d < 30; d++) AssertSameLabels(model, RandomDocument(random, random.Next(0, 6)));
    }

    /// <summary>
    /// Sentences of 20 words, each word a type of its own (seven random digits between ك and a vocabulary word), enough of them to
    /// outgrow one cache generation.
    /// </summary>
    private static List<IReadOnlyList<string>> SentencesOfNewTypes(int seed)
    {
        var random = new Random(seed);
        var many = new List<IReadOnlyList<string>>();
        for (int s = 0; s < WordTypeCache.MaxTypes / 20 + 10; s++)
        {
            many.Add(Enumerable.Range(0, 20).Select(_ => "ك" + random.Next(1_000_000, 9_999_999) + Vocabulary[random.Next(Vocabulary.Length)]).ToArray());
        }
        return many;
    }

    [Fact]
    public void A_cache_generation_that_outgrew_its_bound_is_aged_and_labels_stay_the_same()
    {
        var model = ShippedModel.Instance;
        var many = SentencesOfNewTypes(seed: 3);
        model.DecodeDocument(many);
        Assert.Equal(0, WordTypeCache.For(model.Extractor, model.JointTable).Count);   // a new generation before the next document
        AssertSameLabels(model, many.Take(50).ToList());   // types copied back from the previous generation
        Assert.Equal(many.Take(50).Sum(s => s.Count), WordTypeCache.For(model.Extractor, model.JointTable).Count);
        AssertSameLabels(model, Document("قال جون كيري في واشنطن", "وصل كيري الى موسكو"));
    }

    [Fact]
    public void Types_copied_back_from_the_previous_generation_have_the_sums_of_their_rows()
    {
        var model = ShippedModel.Instance;
        var many = SentencesOfNewTypes(seed: 7);
        WordTypeCache.For(model.Extractor, model.JointTable).Clear();
        model.DecodeDocument(many);
        // Later sentences first: their entries in the previous generation lie past where the new one has written sums
        // (the sums come along); then the first sentences, whose entries the new generation has passed by then (summed again).
        AssertSameLabels(model, [.. many.Skip(1_000).Take(50), .. many.Take(50)]);
        var cache = WordTypeCache.For(model.Extractor, model.JointTable);
        Assert.Equal(100 * 20, cache.Count);
        var expected = new int[WordTypeCache.TypeSumInts];
        for (int entry = 0; entry < cache.Count; entry++)
        {
            ref readonly var type = ref cache.Types[entry];
            FeatureExtractor.SumRoles(cache.Table, cache.Rows.AsSpan(type.RowStart, type.RowCount), expected);
            Assert.Equal(expected, cache.Sums.AsSpan(entry * WordTypeCache.TypeSumInts, WordTypeCache.TypeSumInts).ToArray());
        }
    }

    [Fact]
    public void Words_that_share_the_characters_a_type_record_keeps_are_different_types()
    {
        const string head = "والاستقلالي";   // one character short of what a record keeps of a word
        Assert.Equal(WordTypeCache.HeadChars - 1, head.Length);
        string[] words = [head, head + "ة", head + "ات", head + "ين", head + "ون", head + "ات" + "ها", head + "ين" + "هم"];
        var document = Document(string.Join(' ', words) + " في بغداد", string.Join(' ', words.Reverse()) + " قال كيري");
        var model = ShippedModel.Instance;
        var cache = WordTypeCache.For(model.Extractor, model.JointTable);
        cache.Clear();
        AssertSameLabels(model, document);
        Assert.Equal(document.SelectMany(s => s).Distinct().Count(), cache.Count);
        AssertSameLabels(model, document);   // now found in the cache, each word its own type
        Assert.Equal(document.SelectMany(s => s).Distinct().Count(), cache.Count);
    }

    [Fact]
    public void A_story_with_more_word_types_than_the_table_holds_grows_it_and_still_finds_its_earlier_words()
    {
        var model = ShippedModel.Instance;
        var random = new Random(5);
        var sentences = new List<IReadOnlyList<string>>();
        for (int s = 0; s < WordTypeCache.MaxTypes * 2 / 20 + 10; s++)
        {
            sentences.Add(Enumerable.Range(0, 20).Select(_ => "ك" + random.Next(1_000_000, 9_999_999) + Vocabulary[random.Next(Vocabulary.Length)]).ToArray());
        }
        sentences.AddRange(sentences.Take(50).ToList());   // words met before the table grew: found, not added again
        var cache = WordTypeCache.For(model.Extractor, model.JointTable);
        cache.Clear();
        var labels = model.DecodeDocument(sentences);
        Assert.Equal(sentences.SelectMany(s => s).Distinct().Count(), cache.Count);
        Assert.Equal(model.DecodeDocumentByKeys(sentences), labels);
    }
    /// <summary>
    /// The two generations' type arrays can grow to different sizes while the sums are one array: a generation grown
    /// to four times its capacity, then the other to twice, must not leave the sums too small for the first when it is
    /// current again (it threw past twice the capacity). Run on a thread of its own, whose cache dies with it.
    /// </summary>
    [Fact]
    public void Generations_grown_to_different_sizes_keep_sums_for_the_larger()
    {
        var model = ShippedModel.Instance;
        int capacity = WordTypeCache.MaxTypes + WordTypeCache.MaxTypes / 4, next = 0;
        // Distinct words only, so nothing is copied back from the previous generation.
        List<IReadOnlyList<string>> Story(int types)
        {
            var sentences = new List<IReadOnlyList<string>>();
            for (int s = 0; s < types / 20; s++) sentences.Add(Enumerable.Range(0, 20).Select(_ => "ك" + next++ + "ن").ToArray());
            return sentences;
        }
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                // At its capacity, then four times it, then twice it (the first generation again), then past twice it in the second.
                foreach (int types in (int[])[WordTypeCache.MaxTypes + 1_000, 2 * capacity + 20_000, capacity + 10_000, 2 * capacity + 20_000])
                {
                    var story = Story(types);
                    Assert.Equal(story.Sum(s => s.Count), model.DecodeDocument(story).Sum(labels => labels.Length));
                }
            }
            catch (Exception e) { failure = e; }
        }, maxStackSize: 16 << 20);
        thread.Start();
        thread.Join();
        Assert.True(failure is null, failure?.ToString());
    }
}
