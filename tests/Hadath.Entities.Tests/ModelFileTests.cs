using Hadath.Entities.Lexicon;
using Hadath.Entities.Training;

namespace Hadath.Entities.Tests;

public sealed class ModelFileTests
{
    private static LabeledSentence Sentence(string text, params (int, int, int)[] spans) => new(text.Split(' '), spans);

    private static NerModel TrainTinyModel() => NerTrainer.Train(
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
    public void Shipped_model_loads_quickly()
    {
        // The target is under a second on an idle core (bench ner prints it); test runners share busy machines,
        // so this only catches a loader that became several times slower.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var model = NerModel.LoadEmbedded();
        Assert.True(clock.Elapsed.TotalSeconds < 3, $"took {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(model.FeatureCount > 10_000);
    }
}
