using Hadath.Entities.Lexicon;
using Hadath.Entities.Tagging;
using Hadath.Entities.Training;

namespace Hadath.Entities.Tests;

/// <summary>Issue 3, third round: corpus prediction history, PA-I updates and self-training.</summary>
public sealed class PredictionHistoryTests
{
    private static LabeledSentence Sentence(string text, params (int, int, int)[] spans) => TinyNer.Sentence(text, spans);

    /// <summary>Unlabeled "news": the names above in new sentences, each form repeated enough to get a history.</summary>
    private static readonly List<string[]> Unlabeled = Enumerable.Range(0, 6)
        .SelectMany(_ => new[] { "قال كيري في موسكو".Split(' '), "وصل بوتين الى واشنطن".Split(' '), "قال بوتين في نيويورك".Split(' ') })
        .ToList();

    private static NerModel Train(NerTrainingOptions options) => TinyNer.Train(options);

    private static byte[] Bytes(NerModel model) => TinyNer.Bytes(model);

    [Theory]
    // O, PER, LOC, ORG, MISC counts; opening labels → majority type (0 = O), its band, count band, opening band.
    [InlineData(new[] { 0, 10, 0, 0, 0 }, 10, 1, 5, 3, 5)]
    [InlineData(new[] { 95, 5, 0, 0, 0 }, 5, 0, 5, 6, 5)]
    [InlineData(new[] { 2, 1, 6, 1, 0 }, 4, 2, 4, 3, 3)]
    [InlineData(new[] { 5, 0, 0, 0, 0 }, 0, 0, 5, 2, 0)]
    public void Packing_keeps_the_majority_its_share_band_the_count_band_and_the_opening_band(int[] counts, int opening,
        int majority, int majorityBand, int countBand, int openingBand)
    {
        uint packed = PredictionHistory.Pack(counts, opening);
        Assert.Equal((uint)majority, (packed >> 15) & 7);
        Assert.Equal((uint)majorityBand, (packed >> 18) & 7);
        Assert.Equal((uint)countBand, (packed >> 21) & 15);
        Assert.Equal((uint)openingBand, (packed >> 25) & 7);
    }

    [Fact]
    public void A_form_without_history_gets_only_the_unknown_feature()
    {
        var history = new PredictionHistory(new Dictionary<ulong, uint>(), new Dictionary<ulong, uint>());
        var keys = new List<ulong>();
        history.AddFeatures([11UL, 22UL], 0, keys);
        Assert.Equal([FeatureHash.Feature(70, 0)], keys);
        Assert.False(history.TryMajority(11UL, out _, out _));
    }

    [Fact]
    public void History_is_built_from_the_corpus_saved_with_the_model_and_training_repeats_for_a_seed()
    {
        var options = new NerTrainingOptions { History = new HistoryOptions { Sentences = Unlabeled, MinCount = 3 } };
        var model = Train(options);
        Assert.NotNull(model.History);
        Assert.NotEmpty(model.History!.Words);
        Assert.Equal(Bytes(model), Bytes(Train(options)));

        var loaded = NerModel.Load(new MemoryStream(Bytes(model)));
        Assert.Equal(model.History.Words, loaded.History!.Words);
        Assert.Equal(model.History.Pairs, loaded.History.Pairs);
        var sentence = "قال كيري في نيويورك".Split(' ');
        Assert.Equal(model.TagSentence(sentence), loaded.TagSentence(sentence));
        Assert.Equal(
            [new TaggedSpan(1, 3, Core.EntityType.PER), new TaggedSpan(4, 5, Core.EntityType.LOC)],
            model.TagSentence("قال جون كيري في واشنطن".Split(' ')));

        // Tagging reads rows through the word-type cache; the history's keys must reach it as they reach training.
        string[][] document = ["قال جون كيري في واشنطن".Split(' '), "وقال كيري في نيويورك ان موسكو توافق".Split(' ')];
        var byKeys = model.DecodeDocumentByKeys(document);
        var byRows = model.DecodeDocument(document);
        Assert.Equal(byKeys.Length, byRows.Length);
        for (int s = 0; s < byKeys.Length; s++) Assert.Equal(byKeys[s], byRows[s]);
    }

    [Fact]
    public void A_model_without_history_saves_none()
    {
        var loaded = NerModel.Load(new MemoryStream(Bytes(Train(new NerTrainingOptions()))));
        Assert.Null(loaded.History);
    }

    [Fact]
    public void Passive_aggressive_updates_and_self_training_still_learn_and_stay_deterministic()
    {
        var options = new NerTrainingOptions
        {
            Costs = new TrainingCosts(PassiveAggressive: 1),
            History = new HistoryOptions { Sentences = Unlabeled, MinCount = 3 },
            SelfTraining = new SelfTrainingOptions { Weight = 0.5f, MaxSentences = 5 },
        };
        TinyNer.AssertLearnsAndRepeats(options);
    }

    [Fact]
    public void SaudiNewsNet_style_text_splits_into_sentences_of_at_most_the_cap()
    {
        var words = string.Join(' ', Enumerable.Repeat("كلمة", 250));
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "corpus", "tiny"));
            string zipPath = Path.Combine(folder.FullName, "corpus", "tiny", "2015-07-21.zip");
            using (var zip = System.IO.Compression.ZipFile.Open(zipPath, System.IO.Compression.ZipArchiveMode.Create))
            {
                using var writer = new StreamWriter(zip.CreateEntry("2015-07-21.json").Open());
                writer.Write($"[{{\"title\": \"عنوان الخبر\", \"content\": \"{words}\"}}]");
            }
            var sentences = HistoryCorpus.Read(folder.FullName, ["tiny"], 1000);
            Assert.Equal([2, 100, 100, 50], sentences.Select(s => s.Length));
            Assert.Same(sentences[1][0], sentences[3][0]);
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
