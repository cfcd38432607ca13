using System.Collections.Immutable;
using System.IO.Compression;
using Hadath.Core;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// Everything the trained segmenter knows: analyses memorized from the treebank, learned stem spellings,
/// word counts (treebank and unlabeled corpus) and perceptron weights. Saved as one gzip-compressed binary file.
/// </summary>
public sealed class SegmenterModel : IWordEvidence
{
    private const string Magic = "HADATH-SEGMENTER";
    private const int Version = 3;

    public required Dictionary<string, WordAnalysis> Memorized { get; init; }
    public required Dictionary<string, string> LearnedSpellings { get; init; }
    public required Dictionary<string, int> TreebankWords { get; init; }
    public required Dictionary<string, int> TreebankStems { get; init; }
    public required CorpusLexicon Corpus { get; init; }
    public required Dictionary<ulong, float> Weights { get; init; }
    public required NameLikeness Names { get; init; }
    /// <summary>Free text recorded at training time: data, seed, options.</summary>
    public required string Provenance { get; init; }

    // Read through the one index: a new word's spellings then touch one table, not four.
    public int CorpusCount(string word) => Spellings[word].CorpusCount;
    public int TreebankWordCount(string word) => Spellings[word].TreebankWordCount;
    public int TreebankStemCount(string word) => Spellings[word].TreebankStemCount;
    public float NameScore(string word) => Names.Score(word);

    public (int Corpus, int TreebankWord, int TreebankStem) Counts(string word)
    {
        var facts = Spellings[word];
        return (facts.CorpusCount, facts.TreebankWordCount, facts.TreebankStemCount);
    }

    private SpellingIndex? _spellings;

    /// <summary>The count, spelling and memorized tables under one key, built on first use; the tables must not change afterwards.</summary>
    internal SpellingIndex Spellings => _spellings ??= new SpellingIndex(Corpus, LearnedSpellings, TreebankWords, TreebankStems, Memorized);

    private WeightTable? _weightTable;

    /// <summary>Built on first use from <see cref="Weights"/>, which must not change afterwards.</summary>
    private WeightTable WeightLookup => _weightTable ??= new WeightTable(Weights);

    /// <summary>
    /// The scores (sums of weights) of several candidates whose features lie one after another (candidate c's end at
    /// <paramref name="ends"/>[c]). All their weights are asked for before any is summed: a new word's weights are
    /// cache misses, and a word's candidates scored one by one waited for them one candidate after another.
    /// </summary>
    public void ScoreAll(ReadOnlySpan<ulong> features, ReadOnlySpan<int> ends, Span<float> scores)
    {
        var table = WeightLookup;
        table.Prefetch(features);
        int start = 0;
        for (int c = 0; c < ends.Length; c++)
        {
            scores[c] = Sum(table, features[start..ends[c]]);
            start = ends[c];
        }
    }

    private static float Sum(WeightTable table, ReadOnlySpan<ulong> features)
    {
        float s = 0;
        foreach (var f in features) s += table[f];
        return s;
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Provenance);
        w.Write(Memorized.Count);
        foreach (var (word, analysis) in Memorized.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write((byte)analysis.Pieces.Length);
            foreach (var p in analysis.Pieces)
            {
                w.Write((byte)p.Start);
                w.Write((byte)p.End);
                w.Write(p.Form);
                w.Write((byte)((int)p.Role | (p.ConcatenatesBack ? 0x80 : 0)));
            }
        }
        WriteStrings(w, LearnedSpellings);
        WriteCounts(w, TreebankWords);
        WriteCounts(w, TreebankStems);
        Corpus.Write(w);
        WriteFloats(w, Weights);
        WriteFloats(w, Names.LogOdds);
        w.Write(Names.Unseen);
    }

    public static SegmenterModel Load(Stream stream)
    {
        // Inflate in one go: BinaryReader's byte-sized reads straight off a GZipStream are several times slower.
        var raw = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) gzip.CopyTo(raw);
        raw.Position = 0;
        using var r = new BinaryReader(raw, System.Text.Encoding.UTF8, leaveOpen: false);
        try
        {
            if (r.ReadString() != Magic) throw new InvalidDataException("not a Hadath segmenter model");
            int version = r.ReadInt32();
            if (version != Version) throw new InvalidDataException($"segmenter model version {version}, expected {Version}");
            var provenance = r.ReadString();
            int n = CheckedCount(r.ReadInt32());
            var memorized = new Dictionary<string, WordAnalysis>(n, StringComparer.Ordinal);
            for (int i = 0; i < n; i++)
            {
                var word = r.ReadString();
                int pieces = r.ReadByte();
                var builder = ImmutableArray.CreateBuilder<AnalyzedPiece>(pieces);
                for (int k = 0; k < pieces; k++)
                {
                    int start = r.ReadByte(), end = r.ReadByte();
                    var form = r.ReadString();
                    byte flags = r.ReadByte();
                    if (end < start || end > word.Length) throw new InvalidDataException($"bad piece range for '{word}'");
                    builder.Add(new AnalyzedPiece(start, end, form, (SegmentRole)(flags & 0x7F), (flags & 0x80) != 0));
                }
                memorized[word] = new WordAnalysis(builder.MoveToImmutable());
            }
            var spellings = ReadStrings(r);
            var words = ReadCounts(r);
            var stems = ReadCounts(r);
            var corpus = CorpusLexicon.Read(r);
            var weights = ReadFloats(r);
            var names = new NameLikeness(ReadFloats(r), r.ReadSingle());
            return new SegmenterModel
            {
                Memorized = memorized, LearnedSpellings = spellings, TreebankWords = words, TreebankStems = stems,
                Corpus = corpus, Weights = weights, Names = names, Provenance = provenance,
            };
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("segmenter model is truncated", e);
        }
    }

    private static int CheckedCount(int n) =>
        n is >= 0 and <= 50_000_000 ? n : throw new InvalidDataException($"corrupt segmenter model (count {n})");

    private static void WriteFloats(BinaryWriter w, IReadOnlyDictionary<ulong, float> map)
    {
        w.Write(map.Count);
        foreach (var (k, v) in map.OrderBy(p => p.Key)) { w.Write(k); w.Write(v); }
    }

    private static Dictionary<ulong, float> ReadFloats(BinaryReader r)
    {
        int n = CheckedCount(r.ReadInt32());
        var map = new Dictionary<ulong, float>(n);
        for (int i = 0; i < n; i++) map[r.ReadUInt64()] = r.ReadSingle();
        return map;
    }

    private static void WriteStrings(BinaryWriter w, Dictionary<string, string> map)
    {
        w.Write(map.Count);
        foreach (var (k, v) in map.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v); }
    }

    private static Dictionary<string, string> ReadStrings(BinaryReader r)
    {
        int n = CheckedCount(r.ReadInt32());
        var map = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) map[r.ReadString()] = r.ReadString();
        return map;
    }

    private static void WriteCounts(BinaryWriter w, Dictionary<string, int> map)
    {
        w.Write(map.Count);
        foreach (var (k, v) in map.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write7BitEncodedInt(v); }
    }

    private static Dictionary<string, int> ReadCounts(BinaryReader r)
    {
        int n = CheckedCount(r.ReadInt32());
        var map = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) map[r.ReadString()] = r.Read7BitEncodedInt();
        return map;
    }
}
