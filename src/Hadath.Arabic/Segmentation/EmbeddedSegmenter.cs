using System.Diagnostics;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// The segmenter shipped inside this assembly, loaded once on first use: the trained model when the build embedded
/// it (it is non-commercial, see models/segmenter/MODEL_CARD.md), else the rule fallback over the Apache-2.0
/// corpus lexicon, else bare clitic rules.
/// </summary>
public static class EmbeddedSegmenter
{
    public const string ModelResource = "Hadath.Arabic.Models.segmenter.bin";
    public const string LexiconResource = "Hadath.Arabic.Models.corpus-lexicon.bin";
    public const string VocabularyResource = "Hadath.Arabic.Models.segmenter-vocabulary.bin";

    private static readonly Lazy<CliticSegmenter> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static CliticSegmenter Instance => Shared.Value;

    /// <summary>Milliseconds the first load took (0 before it happened).</summary>
    public static long LoadMilliseconds { get; private set; }

    public static bool HasTrainedModel => typeof(EmbeddedSegmenter).Assembly.GetManifestResourceInfo(ModelResource) is not null;

    public static CliticSegmenter CreateFallback()
    {
        using var lexicon = typeof(EmbeddedSegmenter).Assembly.GetManifestResourceStream(LexiconResource);
        return new CliticSegmenter(new RuleWordAnalyzer(lexicon is null ? CorpusLexicon.Empty : ReadLexicon(lexicon)));
    }

    private static CliticSegmenter Load()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var model = typeof(EmbeddedSegmenter).Assembly.GetManifestResourceStream(ModelResource);
            if (model is not null)
            {
                var trained = SegmenterModel.Load(model);
                return new CliticSegmenter(new TrainedWordAnalyzer(trained, OpenVocabulary(trained)));
            }
            return CreateFallback();
        }
        finally
        {
            LoadMilliseconds = clock.ElapsedMilliseconds;
        }
    }

    /// <summary>The embedded vocabulary when it was built from <paramref name="model"/> (read in place from the assembly's image), else null.</summary>
    private static SegmenterVocabulary? OpenVocabulary(SegmenterModel model)
    {
        // Not disposed: the vocabulary reads through the stream's pointer for as long as the process runs.
        var stream = typeof(EmbeddedSegmenter).Assembly.GetManifestResourceStream(VocabularyResource);
        return stream is null ? null : SegmenterVocabulary.Open(stream, model);
    }

    public static CorpusLexicon ReadLexicon(Stream stream)
    {
        var raw = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress, leaveOpen: true)) gzip.CopyTo(raw);
        raw.Position = 0;
        using var reader = new BinaryReader(raw, System.Text.Encoding.UTF8, leaveOpen: false);
        return CorpusLexicon.Read(reader);
    }

    public static void WriteLexicon(CorpusLexicon lexicon, Stream stream)
    {
        using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, System.Text.Encoding.UTF8, leaveOpen: true);
        lexicon.Write(writer);
    }
}
