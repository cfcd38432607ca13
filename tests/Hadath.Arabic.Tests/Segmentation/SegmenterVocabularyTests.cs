using Hadath.Arabic.Segmentation;

namespace Hadath.Arabic.Tests.Segmentation;

public sealed class SegmenterVocabularyTests
{
    private static SegmenterModel Model => ((TrainedWordAnalyzer)EmbeddedSegmenter.Instance.Analyzer).Model;

    private static SegmenterVocabulary? Shipped()
    {
        var stream = typeof(EmbeddedSegmenter).Assembly.GetManifestResourceStream(EmbeddedSegmenter.VocabularyResource);
        return stream is null ? null : SegmenterVocabulary.Open(stream, Model);
    }

    [Fact]
    public void test_vocabulary_shipped_agrees_with_the_live_model_on_every_entry()
    {
        if (!EmbeddedSegmenter.HasTrainedModel) return;
        var vocabulary = Shipped();
        // Null when the vocabulary was built from another model: rebuild it (models/segmenter/MODEL_CARD.md).
        Assert.NotNull(vocabulary);
        Assert.True(vocabulary.Count > 100_000);
        var live = new TrainedWordAnalyzer(Model);
        int checkedWords = 0;
        foreach (var (word, analysis) in vocabulary.Entries())
        {
            Assert.Equal(Pieces(live.Analyze(word)), Pieces(analysis));
            checkedWords++;
        }
        Assert.Equal(vocabulary.Count, checkedWords);
    }

    [Theory]
    [InlineData("وبانه")]
    [InlineData("حياته")]
    [InlineData("لموسكو")]
    [InlineData("بسياراتهم")]
    [InlineData("فكتبوه")]
    [InlineData("عملائها")]
    public void test_vocabulary_written_gives_back_each_analysis(string word)
    {
        var live = new TrainedWordAnalyzer(Model);
        var vocabulary = RoundTrip(Model, [(word, live.Analyze(word)), ("والمدينة", live.Analyze("والمدينة"))]);
        Assert.NotNull(vocabulary);
        Assert.True(vocabulary.TryGet(word, out var analysis));
        Assert.Equal(Pieces(live.Analyze(word)), Pieces(analysis));
        Assert.Equal(2, vocabulary.Count);
    }

    [Theory]
    [InlineData("وواشنطن")]                // not written
    [InlineData("ووزارتهااااااااااا")]      // too long to be held
    [InlineData("Reuters")]               // not Arabic
    [InlineData("")]
    public void test_vocabulary_does_not_hold_other_words(string word)
    {
        var live = new TrainedWordAnalyzer(Model);
        var vocabulary = RoundTrip(Model, [("وبانه", live.Analyze("وبانه"))]);
        Assert.NotNull(vocabulary);
        Assert.False(vocabulary.TryGet(word, out _));
    }

    [Fact]
    public void test_vocabulary_of_another_model_is_not_used()
    {
        var model = Model;
        var other = new SegmenterModel
        {
            Memorized = model.Memorized, LearnedSpellings = model.LearnedSpellings, TreebankWords = model.TreebankWords,
            TreebankStems = model.TreebankStems, Corpus = model.Corpus, Names = model.Names, Provenance = model.Provenance,
            Weights = new Dictionary<ulong, float>(model.Weights) { [12345] = 0.5f },
        };
        var live = new TrainedWordAnalyzer(model);
        using var stream = new MemoryStream();
        SegmenterVocabulary.Write(stream, model, [("وبانه", live.Analyze("وبانه"))]);
        stream.Position = 0;
        Assert.Null(SegmenterVocabulary.Open(stream, other));
    }

    [Fact]
    public void test_vocabulary_analyzer_gives_the_same_analyses_as_without()
    {
        string[] words = ["وبانه", "حياته", "وواشنطن", "للاسلحة"];
        var live = new TrainedWordAnalyzer(Model);
        var vocabulary = RoundTrip(Model, [("وبانه", live.Analyze("وبانه")), ("حياته", live.Analyze("حياته"))]);
        var withVocabulary = new TrainedWordAnalyzer(Model, vocabulary);
        foreach (var word in words) Assert.Equal(Pieces(live.Analyze(word)), Pieces(withVocabulary.Analyze(word)));
    }

    [Fact]
    public void test_vocabulary_rejects_garbage()
    {
        using var garbage = new MemoryStream("not a vocabulary at all, not at all"u8.ToArray());
        Assert.Throws<InvalidDataException>(() => SegmenterVocabulary.Open(garbage, Model));
    }

    [Fact]
    public void test_vocabulary_rejects_a_header_that_claims_a_table_too_full_to_probe()
    {
        var live = new TrainedWordAnalyzer(Model);
        using var stream = new MemoryStream();
        SegmenterVocabulary.Write(stream, Model, [("وبانه", live.Analyze("وبانه"))]);
        var bytes = stream.ToArray();
        int slotCount = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(20));
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(28), slotCount);   // the word count
        Assert.Throws<InvalidDataException>(() => SegmenterVocabulary.Open(new MemoryStream(bytes), Model));
    }

    [Fact]
    public void test_vocabulary_with_a_slot_pointing_past_its_entries_does_not_hold_the_word()
    {
        var live = new TrainedWordAnalyzer(Model);
        using var stream = new MemoryStream();
        SegmenterVocabulary.Write(stream, Model, [("وبانه", live.Analyze("وبانه"))]);
        var bytes = stream.ToArray();
        int slotCount = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(20));
        var slots = bytes.AsSpan(HeaderBytes(bytes, slotCount), slotCount * 8);
        for (int s = 0; s < slotCount; s++)
        {
            if (System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(slots[(s * 8)..]) != 0)
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(slots[(s * 8 + 4)..], 1u << 30);
        }
        var vocabulary = SegmenterVocabulary.Open(new MemoryStream(bytes), Model);
        Assert.NotNull(vocabulary);
        Assert.False(vocabulary.TryGet("وبانه", out _));
    }

    /// <summary>Where the slots start: the file is the header, the slots (8 bytes each), then the entries.</summary>
    private static int HeaderBytes(byte[] bytes, int slotCount) =>
        bytes.Length - slotCount * 8 - System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(24));

    /// <summary>The pieces as an array: ImmutableArray's own equality compares array references.</summary>
    private static AnalyzedPiece[] Pieces(WordAnalysis analysis) => [.. analysis.Pieces];

    private static SegmenterVocabulary? RoundTrip(SegmenterModel model, IReadOnlyList<(string, WordAnalysis)> words)
    {
        using var stream = new MemoryStream();
        SegmenterVocabulary.Write(stream, model, words);
        stream.Position = 0;
        return SegmenterVocabulary.Open(stream, model);
    }
}
