using Hadath.Entities.Lexicon;
using Hadath.Entities.Training;

namespace Hadath.Entities.Tests;

public sealed class ModelFileTests
{
    private static LabeledSentence Sentence(string text, params (int, int, int)[] spans) => new(text.Split(' '), spans);

    internal static NerModel TrainTinyModel() => NerTrainer.Train(
        [
            [Sentence("قال جون كيري في واشنطن", (1, 3, 0), (4, 5, 1)), Sentence("وصل كيري الى موسكو", (1, 2, 0), (3, 4, 1))],
            [Sentence("اعلنت الامم المتحدة في نيويورك", (1, 3, 2), (4, 5, 1)), Sentence("قال بوتين في موسكو", (1, 2, 0), (3, 4, 1))],
        ],
        WordLexicon.Empty, new NerTrainingOptions { Epochs = 5, Folds = 2 }, null, TextWriter.Null);

    [Fact]
    public void Saved_model_loads_and_tags_exactly_as_before()
    {
        var model = TrainTinyModel();
        var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        var sentence = "قال كيري في نيويورك".Split(' ');
        Assert.Equal(model.TagSentence(sentence), loaded.TagSentence(sentence));
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
    }

    [Fact]
    public void A_loaded_lexicon_gives_back_its_words_entries_and_phrases()
    {
        // Loading reads the words straight into the lexicon's table (no dictionary): the dictionary made from the table
        // for saving holds the same words and entries, and a model saved again gives the same bytes.
        var lexicon = new WordLexicon(
            new Dictionary<string, WordEntry>(StringComparer.Ordinal)
            {
                ["موسكو"] = new(7, 120, GazetteerClass.Location),
                ["الرئيس"] = new(3, 900, GazetteerClass.None),
                ["محمد"] = new(-1, 40, GazetteerClass.PersonName),
                ["BBC"] = new(2, 5, GazetteerClass.Organization),
            },
            [0, 0, 1, 1, 1, 2, 2, 2], [0, 0, 0, 0, 0, 1, 1, 1],
            new Dictionary<string, GazetteerClass>(StringComparer.Ordinal) { ["الامم المتحدة"] = GazetteerClass.Organization },
            2);
        var model = NerTrainer.Train([[Sentence("قال محمد في موسكو", (1, 2, 0), (3, 4, 1))]], lexicon,
            new NerTrainingOptions { Epochs = 2, Folds = 2 }, null, TextWriter.Null);
        var saved = new MemoryStream();
        model.Save(saved);
        var loaded = NerModel.Load(new MemoryStream(saved.ToArray()));
        Assert.Equal(lexicon.Words.OrderBy(p => p.Key, StringComparer.Ordinal), loaded.Lexicon.Words.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(new WordEntry(7, 120, GazetteerClass.Location), loaded.Lexicon.Find("موسكو"));
        Assert.Equal(WordEntry.Unknown, loaded.Lexicon.Find("الامم"));
        Assert.True(loaded.Lexicon.IsPhraseHead("الامم"));
        var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(saved.ToArray(), again.ToArray());
    }

    [Fact]
    public void Loaded_model_saves_back_to_the_same_bytes()
    {
        // A loaded pass keeps its weights in half precision and widens them only when asked (here, to save): the
        // keys, weights and transitions it gives back are exactly those it read.
        var saved = new MemoryStream();
        TrainTinyModel().Save(saved);
        var again = new MemoryStream();
        NerModel.Load(new MemoryStream(saved.ToArray())).Save(again);
        Assert.Equal(saved.ToArray(), again.ToArray());
    }

    [Fact]
    public void Tiny_model_learns_its_training_sentences()
    {
        var model = TrainTinyModel();
        var spans = model.TagSentence("قال جون كيري في واشنطن".Split(' '));
        Assert.Equal([new TaggedSpan(1, 3, Core.EntityType.PER), new TaggedSpan(4, 5, Core.EntityType.LOC)], spans);
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        var a = new MemoryStream();
        var b = new MemoryStream();
        TrainTinyModel().Save(a);
        TrainTinyModel().Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_a_clear_error()
    {
        var ex = Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream("hello"u8.ToArray())));
        Assert.Contains("not a Hadath NER model", ex.Message);
    }

    [Fact]
    public void Shipped_model_loads_in_under_a_second_of_cpu()
    {
        // CPU time of this thread, not wall time: test runners share busy machines, and the target is about the
        // work loading takes. Falls back to a generous wall-clock bound where /proc is not available.
        double? cpuBefore = ThreadCpuSeconds();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var model = NerModel.LoadEmbedded();
        double? cpuAfter = ThreadCpuSeconds();
        if (cpuBefore is { } before && cpuAfter is { } after)
        {
            Assert.True(after - before < 1.0, $"took {after - before:F2} CPU-s");
        }
        else
        {
            Assert.True(clock.Elapsed.TotalSeconds < 3, $"took {clock.Elapsed.TotalMilliseconds:F0} ms");
        }
        Assert.True(model.FeatureCount > 10_000);
    }

    /// <summary>utime + stime of the calling thread from /proc (Linux clock ticks, 100 per second).</summary>
    private static double? ThreadCpuSeconds()
    {
        try
        {
            string stat = File.ReadAllText("/proc/thread-self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
