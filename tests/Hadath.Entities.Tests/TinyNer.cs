using Hadath.Entities.Lexicon;
using Hadath.Entities.Training;

namespace Hadath.Entities.Tests;

/// <summary>Two hand-labelled pseudo-documents and a five-epoch trainer: enough for training options to be exercised in milliseconds.</summary>
internal static class TinyNer
{
    /// <summary>A sentence from space-separated words, with (start, end, type) spans over word indices (0 PER, 1 LOC, 2 ORG).</summary>
    public static LabeledSentence Sentence(string text, params (int, int, int)[] spans) => new(text.Split(' '), spans);

    public static readonly List<LabeledSentence>[] Corpus =
    [
        [Sentence("قال جون كيري في واشنطن", (1, 3, 0), (4, 5, 1)), Sentence("وصل كيري الى موسكو", (1, 2, 0), (3, 4, 1))],
        [Sentence("اعلنت الامم المتحدة في نيويورك", (1, 3, 2), (4, 5, 1)), Sentence("قال بوتين في موسكو", (1, 2, 0), (3, 4, 1))],
    ];

    public static NerModel Train(NerTrainingOptions options) =>
        NerTrainer.Train(Corpus, WordLexicon.Empty, options with { Epochs = 5, Folds = 2 }, null, TextWriter.Null);

    /// <summary>
    /// Trains twice with <paramref name="options"/>: the two files must be the same byte for byte, and the model must
    /// still tag the training sentence's person and place. Returns the model.
    /// </summary>
    public static NerModel AssertLearnsAndRepeats(NerTrainingOptions options)
    {
        var model = Train(options);
        Assert.Equal(Bytes(model), Bytes(Train(options)));
        Assert.Equal(
            [new TaggedSpan(1, 3, Core.EntityType.PER), new TaggedSpan(4, 5, Core.EntityType.LOC)],
            model.TagSentence("قال جون كيري في واشنطن".Split(' ')));
        return model;
    }

    /// <summary>The model as its file holds it, to compare two trainings byte for byte.</summary>
    public static byte[] Bytes(NerModel model)
    {
        var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
