using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Segmentation.Training;

namespace Hadath.Arabic.Tests.Segmentation;

public sealed class ModelAndFallbackTests
{
    private static readonly string[] Words = ["وبانه", "للاسلحة", "حياته", "لموسكو", "وواشنطن", "بسياراتهم", "فكتبوه", "والمدينة"];

    [Fact]
    public void test_model_save_load_round_trip_keeps_analyses()
    {
        var model = ((TrainedWordAnalyzer)EmbeddedSegmenter.Instance.Analyzer).Model;
        using var saved = new MemoryStream();
        model.Save(saved);
        saved.Position = 0;
        var loaded = SegmenterModel.Load(saved);
        Assert.Equal(model.Memorized.Count, loaded.Memorized.Count);
        Assert.Equal(model.Weights.Count, loaded.Weights.Count);
        Assert.Equal(model.Corpus.Size, loaded.Corpus.Size);
        var before = new TrainedWordAnalyzer(model);
        var after = new TrainedWordAnalyzer(loaded);
        foreach (var word in Words) Assert.Equal(before.Analyze(word).Render(), after.Analyze(word).Render());
        using var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(saved.ToArray(), again.ToArray());
    }

    [Fact]
    public void test_model_load_rejects_garbage()
    {
        using var garbage = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(garbage, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
            gzip.Write("not a model at all"u8);
        garbage.Position = 0;
        Assert.Throws<InvalidDataException>(() => SegmenterModel.Load(garbage));
    }

    private static RuleWordAnalyzer Fallback() => new(new CorpusLexicon(new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["موسكو"] = 50, ["الأسلحة"] = 20, ["الاسلحة"] = 3, ["حياة"] = 300, ["كتب"] = 40, ["واشنطن"] = 60, ["وزير"] = 90,
    }));

    [Theory]
    [InlineData("لموسكو", "ل+موسكو")]
    [InlineData("وواشنطن", "و+واشنطن")]
    [InlineData("للاسلحة", "ل+الأسلحة")]
    [InlineData("بالحكومة", "ب+الحكومة")]
    [InlineData("مما", "من+ما")]
    [InlineData("وبانه", "و+ب+أن+ه")]
    [InlineData("وزير", "وزير")]
    [InlineData("كتب", "كتب")]
    public void test_fallback_splits_by_rules_and_corpus_counts(string word, string expected)
    {
        Assert.Equal(expected, Fallback().Analyze(word).Render());
    }

    [Fact]
    public void test_fallback_is_used_when_asked_and_says_so()
    {
        var fallback = EmbeddedSegmenter.CreateFallback();
        Assert.Contains("fallback", fallback.Description);
        Assert.Equal("ل+موسكو", fallback.Analyze("لموسكو").Render());
    }

    [Fact]
    public void test_fallback_without_lexicon_still_splits_article_words()
    {
        var bare = new RuleWordAnalyzer(CorpusLexicon.Empty);
        Assert.Equal("و+ب+الحكومة", bare.Analyze("وبالحكومة").Render());
        Assert.Equal("حكومة", bare.Analyze("حكومة").Render());
    }

    /// <summary>Two hamza spellings of one name that fold alike; the frequent one is the usual spelling.</summary>
    private static RuleWordAnalyzer HamzaFallback() => new(new CorpusLexicon(new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["إيران"] = 100, ["أيران"] = 2,
    }));

    [Theory]
    [InlineData("لايران", "ل+إيران")] // the stem folds to itself: the usual spelling comes with its own lookup
    [InlineData("لأيران", "ل+إيران")] // the stem has a hamza seat: the usual spelling is found under its folded key
    [InlineData("لإيران", "ل+إيران")]
    public void test_fallback_restores_the_usual_spelling_of_a_stem(string word, string expected)
    {
        Assert.Equal(expected, HamzaFallback().Analyze(word).Render());
    }

    [Fact]
    public void test_model_counts_read_through_one_index_equal_its_tables()
    {
        var model = ((TrainedWordAnalyzer)EmbeddedSegmenter.Instance.Analyzer).Model;
        IWordEvidence evidence = model;
        var words = model.Corpus.Counts.Keys.Take(3000).Concat(model.TreebankWords.Keys.Take(3000))
            .Concat(model.TreebankStems.Keys.Take(3000)).Concat(model.LearnedSpellings.Keys)
            .Concat(["", "xyz", "غيرموجودكلمة"]);
        foreach (var word in words)
        {
            var expected = (model.Corpus.Count(word), model.TreebankWords.GetValueOrDefault(word), model.TreebankStems.GetValueOrDefault(word));
            Assert.Equal(expected, evidence.Counts(word));
            Assert.Equal(expected, (model.CorpusCount(word), model.TreebankWordCount(word), model.TreebankStemCount(word)));
        }
    }

    [Fact]
    public void test_generator_offers_the_learned_and_usual_spellings_its_tables_give_a_whole_word()
    {
        var model = ((TrainedWordAnalyzer)EmbeddedSegmenter.Instance.Analyzer).Model;
        var generator = new CandidateGenerator(model.Corpus, model.LearnedSpellings);
        // Every corpus word, each also with its hamza seats folded (looked up under a key that is not itself), and the learned forms.
        var words = model.Corpus.Counts.Keys.SelectMany(w => new[] { w, ArabicWordText.FoldSpelling(w) })
            .Concat(model.LearnedSpellings.Keys).Concat(["xyz", "غيرموجودكلمة"]).Distinct().ToList();
        Assert.True(words.Count > 40_000);
        foreach (var word in words)
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal) { word, model.Corpus.UsualSpelling(word) };
            if (model.LearnedSpellings.TryGetValue(word, out var learned)) expected.Add(learned);
            var whole = generator.Generate(word).Where(c => c.IsWhole).Select(c => c.StemForm);
            Assert.Equal(expected, new SortedSet<string>(whole, StringComparer.Ordinal));
        }
    }
}
