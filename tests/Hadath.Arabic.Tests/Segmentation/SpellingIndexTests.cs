using Hadath.Arabic.Segmentation;

namespace Hadath.Arabic.Tests.Segmentation;

/// <summary>
/// The trained model reads its counts through one index, which answers most absent spellings from a presence filter
/// without probing its slots: every spelling of every table must still be found, and absent ones must read as zero.
/// </summary>
public sealed class SpellingIndexTests
{
    [Fact]
    public void test_spelling_index_finds_every_count_of_the_shipped_model()
    {
        if (!EmbeddedSegmenter.HasTrainedModel) return;
        var model = ((TrainedWordAnalyzer)EmbeddedSegmenter.Instance.Analyzer).Model;
        foreach (var (word, count) in model.Corpus.Counts) Assert.Equal(count, model.CorpusCount(word));
        foreach (var (word, count) in model.TreebankWords) Assert.Equal(count, model.TreebankWordCount(word));
        foreach (var (word, count) in model.TreebankStems) Assert.Equal(count, model.TreebankStemCount(word));
    }

    [Fact]
    public void test_spelling_index_finds_every_word_of_a_large_lexicon_and_no_other()
    {
        // Enough words that the filter's bits cover much of its table: a word dropped by it would read as zero.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        for (int i = 0; i < 20_000; i++)
        {
            var word = new string([letters[i % 28], letters[i / 28 % 28], letters[i / 784 % 28], 'ة']);
            counts[word] = i + 1;
        }
        var model = new SegmenterModel
        {
            Memorized = new(), LearnedSpellings = new(), TreebankWords = new(), TreebankStems = new(),
            Corpus = new CorpusLexicon(counts), Weights = new(), Names = NameLikeness.Empty, Provenance = "test",
        };
        foreach (var (word, count) in counts) Assert.Equal(count, model.CorpusCount(word));
        Assert.Equal(0, model.CorpusCount("ببببة"));
        Assert.Equal(0, model.CorpusCount("وواشنطن"));
    }
}
