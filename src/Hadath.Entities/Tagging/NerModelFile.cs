using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Hadath.Entities.Lexicon;

namespace Hadath.Entities.Tagging;

/// <summary>
/// The model file: a Brotli stream holding a magic, the feature options, the lexicon (clusters, counts,
/// gazetteer) and one or two passes (feature keys, transitions, half-precision weights: since version 7 all passes'
/// keys first, then their transitions, then their weights; before, pass after pass). Little-endian.
/// </summary>
internal static class NerModelFile
{
    private const string Magic = "HADATH-NER";
    private const int Version = 8;

    public static void Write(NerModel model, Stream output)
    {
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        var o = model.Options;
        w.Write(o.Clusters); w.Write(o.Gazetteer); w.Write(o.Affixes); w.Write(o.WideContext); w.Write(o.CharNgrams); w.Write(o.NeighbourShapes); w.Write(o.Stacked); w.Write(o.Frequency);
        w.Write(o.WordPairs); w.Write(o.StemPair); w.Write(o.WordClusterPair);   // version 8: the combining features' switches
        WriteLexicon(w, model.Lexicon);
        LinearChain[] passes = model.SecondPass is null ? [model.FirstPass] : [model.FirstPass, model.SecondPass];
        w.Write(passes.Length);
        // Version 7: every pass's keys, then every pass's transitions, then every pass's weights, so loading can number
        // all keys before the first weight arrives and put each row straight into the joint table.
        foreach (var pass in passes)
        {
            w.Write(pass.Count);
            w.Write(MemoryMarshal.AsBytes(pass.Keys.AsSpan()));
        }
        foreach (var pass in passes) w.Write(MemoryMarshal.AsBytes(pass.Transitions.AsSpan()));
        foreach (var pass in passes)
        {
            var halves = new Half[pass.Weights.Length];
            for (int i = 0; i < halves.Length; i++) halves[i] = (Half)pass.Weights[i];
            w.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
        }
        WriteHistory(w, model.History);
        w.Write(model.Neural is not null);   // version 6: the optional neural window tagger (Neural/NeuralTagger.cs)
        model.Neural?.Write(w);
    }

    public static NerModel Read(Stream input)
    {
        using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8, leaveOpen: true);
        string magic;
        try { magic = r.ReadString(); }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new InvalidDataException("not a Hadath NER model (expected a Brotli stream)", ex);
        }
        if (magic != Magic) throw new InvalidDataException("not a Hadath NER model");
        int version = r.ReadInt32();
        if (version is < 2 or > Version) throw new InvalidDataException($"NER model version {version} is not supported (expected {Version})");
        var options = new FeatureOptions
        {
            Clusters = r.ReadBoolean(), Gazetteer = r.ReadBoolean(), Affixes = r.ReadBoolean(), WideContext = r.ReadBoolean(),
            CharNgrams = r.ReadBoolean(), NeighbourShapes = r.ReadBoolean(),
        };
        if (version >= 3) options = options with { Stacked = r.ReadBoolean() };
        if (version >= 4) options = options with { Frequency = r.ReadBoolean() };
        if (version >= 8) options = options with { WordPairs = r.ReadBoolean(), StemPair = r.ReadBoolean(), WordClusterPair = r.ReadBoolean() };
        var lexicon = ReadLexicon(r);
        int passes = r.ReadInt32();
        if (passes is < 1 or > 2) throw new InvalidDataException("corrupt NER model: bad pass count");
        LinearChain first;
        LinearChain? second = null;
        JointFeatureTable? joint = null;
        if (version >= 7)
        {
            (first, second, joint) = ReadPasses(r, passes);
        }
        else
        {
            first = ReadPass(r);
            if (passes > 1) second = ReadPass(r);
        }
        var history = version >= 5 ? ReadHistory(r) : null;
        var neural = version >= 6 && r.ReadBoolean() ? Neural.NeuralTagger.Read(r, lexicon) : null;
        return new NerModel(lexicon, options, first, second, history, neural, joint);
    }

    private static void WriteLexicon(BinaryWriter w, WordLexicon lexicon)
    {
        w.Write(lexicon.Words.Count);
        foreach (var (word, entry) in lexicon.Words.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write7BitEncodedInt(entry.Cluster + 1);
            w.Write7BitEncodedInt(entry.Count);
            w.Write7BitEncodedInt((int)entry.Gazetteer);
        }
        WriteInts(w, lexicon.FineToMid);
        WriteInts(w, lexicon.FineToCoarse);
        w.Write(lexicon.Phrases.Count);
        foreach (var (phrase, c) in lexicon.Phrases.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(phrase);
            w.Write7BitEncodedInt((int)c);
        }
        w.Write(lexicon.MaxPhraseTokens);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WordLexicon ReadLexicon(BinaryReader r)
    {
        int count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("corrupt NER model: bad word count");
        // The words' letters one after another (the table copies them), no string per word.
        var letters = new char[Math.Min(count, 1 << 20) * 8];
        var ends = new int[count];
        var entries = new WordEntry[count];
        byte[] buffer = new byte[256];
        int used = 0;
        for (int i = 0; i < count; i++)
        {
            used += ReadChars(r, ref buffer, ref letters, used);
            ends[i] = used;
            entries[i] = new WordEntry(r.Read7BitEncodedInt() - 1, r.Read7BitEncodedInt(), (GazetteerClass)r.Read7BitEncodedInt());
        }
        var words = new LexiconWords(letters, ends, entries, count);
        var fineToMid = ReadInts(r);
        var fineToCoarse = ReadInts(r);
        int phraseCount = r.ReadInt32();
        var phrases = new Dictionary<string, GazetteerClass>(phraseCount, StringComparer.Ordinal);
        for (int i = 0; i < phraseCount; i++) phrases[ReadString(r, ref buffer)] = (GazetteerClass)r.Read7BitEncodedInt();
        return new WordLexicon(words, fineToMid, fineToCoarse, phrases, r.ReadInt32());
    }

    /// <summary>
    /// A string as <see cref="BinaryWriter.Write(string)"/> wrote it (7-bit byte count, UTF-8), decoded here when it
    /// holds only one- and two-byte sequences (Latin and Arabic letters, as the lexicon's forms do); anything else goes
    /// to the runtime's decoder, which gives the same characters. That decoder is vectorized code which the runtime
    /// compiles unoptimized first, and the lexicon calls it tens of thousands of times while loading.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string ReadString(BinaryReader r, ref byte[] buffer)
    {
        var bytes = ReadStringBytes(r, ref buffer);
        Span<char> chars = bytes.Length <= 512 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        int n = Decode(bytes, chars);
        return n >= 0 ? new string(chars[..n]) : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// <see cref="ReadString"/> into <paramref name="chars"/> from <paramref name="at"/> on (grown when too short);
    /// returns how many characters it wrote.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadChars(BinaryReader r, ref byte[] buffer, ref char[] chars, int at)
    {
        var bytes = ReadStringBytes(r, ref buffer);
        // UTF-8 never takes fewer bytes than UTF-16 characters.
        if (chars.Length - at < bytes.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, at + bytes.Length));
        int n = Decode(bytes, chars.AsSpan(at));
        return n >= 0 ? n : Encoding.UTF8.GetChars(bytes, chars.AsSpan(at));
    }

    /// <summary>The bytes of a string as <see cref="BinaryWriter.Write(string)"/> wrote it (7-bit byte count, UTF-8), in <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<byte> ReadStringBytes(BinaryReader r, ref byte[] buffer)
    {
        int length = r.Read7BitEncodedInt();
        if (length < 0) throw new InvalidDataException("corrupt NER model: bad string length");
        if (buffer.Length < length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
        var bytes = buffer.AsSpan(0, length);
        ReadExactly(r, bytes);
        return bytes;
    }

    /// <summary>
    /// UTF-8 of one- and two-byte sequences only into <paramref name="chars"/> (as long as the bytes at least); returns
    /// how many characters it wrote, or -1 at anything else (for the runtime's decoder, which gives the same characters).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Decode(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        int n = 0;
        for (int i = 0; i < bytes.Length;)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                chars[n++] = (char)b;
                i++;
            }
            else if (b is >= 0xC2 and <= 0xDF && i + 1 < bytes.Length && (bytes[i + 1] & 0xC0) == 0x80)
            {
                chars[n++] = (char)(((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            }
            else
            {
                return -1;
            }
        }
        return n;
    }

    /// <summary>
    /// Version 7: the passes' keys, transitions and weights, read into the model's joint table row by row: no pass
    /// holds weights of its own (<see cref="LinearChain"/> takes them from the joint table when asked).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (LinearChain First, LinearChain? Second, JointFeatureTable Joint) ReadPasses(BinaryReader r, int passes)
    {
        var keys = new ulong[passes][];
        for (int p = 0; p < passes; p++)
        {
            int count = r.ReadInt32();
            if (count < 0 || count > 50_000_000) throw new InvalidDataException("corrupt NER model: bad feature count");
            keys[p] = new ulong[count];
            ReadExactly(r, MemoryMarshal.AsBytes(keys[p].AsSpan()));
        }
        var transitions = new float[passes][];
        for (int p = 0; p < passes; p++)
        {
            transitions[p] = new float[Viterbi.TransitionSize];
            ReadExactly(r, MemoryMarshal.AsBytes(transitions[p].AsSpan()));
        }
        // The rows come in blocks through one small buffer.
        const int L = EntityLabels.Count, BlockRows = 1024;
        var block = new Half[BlockRows * L];
        int left = keys.Sum(k => k.Length), at = 0, filled = 0;
        var joint = JointFeatureTable.Read(keys[0], passes > 1 ? keys[1] : [], row =>
        {
            if (at == filled)
            {
                filled = Math.Min(BlockRows, left) * L;
                left -= filled / L;
                at = 0;
                ReadExactly(r, MemoryMarshal.AsBytes(block.AsSpan(0, filled)));
            }
            for (int l = 0; l < L; l++) row[l] = (float)block[at + l];
            at += L;
        });
        var first = new LinearChain(keys[0], transitions[0], joint, 0);
        var second = passes > 1 ? new LinearChain(keys[1], transitions[1], joint, 1) : null;
        return (first, second, joint);
    }

    /// <summary>Before version 7: one pass's keys, weights and transitions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LinearChain ReadPass(BinaryReader r)
    {
        int count = r.ReadInt32();
        if (count < 0 || count > 50_000_000) throw new InvalidDataException("corrupt NER model: bad feature count");
        var keys = new ulong[count];
        ReadExactly(r, MemoryMarshal.AsBytes(keys.AsSpan()));
        // Kept in half precision: the joint table is built from them, the pass's own table and float weights only when asked for.
        var halves = new Half[count * EntityLabels.Count];
        ReadExactly(r, MemoryMarshal.AsBytes(halves.AsSpan()));
        var transitions = new float[Viterbi.TransitionSize];
        ReadExactly(r, MemoryMarshal.AsBytes(transitions.AsSpan()));
        return new LinearChain(keys, halves, transitions);
    }

    /// <summary>Version 5: a flag, then the word and pair summaries of the corpus prediction history (keys sorted).</summary>
    private static void WriteHistory(BinaryWriter w, PredictionHistory? history)
    {
        w.Write(history is not null);
        if (history is null) return;
        foreach (var table in new[] { history.Words, history.Pairs })
        {
            // Sorted keys, then their values, each as one block: loading reads two arrays instead of entry by entry.
            var keys = table.Keys.Order().ToArray();
            var values = keys.Select(k => table[k]).ToArray();
            w.Write(keys.Length);
            w.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
        }
    }

    private static PredictionHistory? ReadHistory(BinaryReader r)
    {
        if (!r.ReadBoolean()) return null;
        Dictionary<ulong, uint> ReadTable()
        {
            int count = r.ReadInt32();
            if (count < 0 || count > 50_000_000) throw new InvalidDataException("corrupt NER model: bad history size");
            var keys = new ulong[count];
            var values = new uint[count];
            ReadExactly(r, MemoryMarshal.AsBytes(keys.AsSpan()));
            ReadExactly(r, MemoryMarshal.AsBytes(values.AsSpan()));
            var table = new Dictionary<ulong, uint>(count);
            for (int i = 0; i < count; i++) table[keys[i]] = values[i];
            return table;
        }
        var words = ReadTable();
        return new PredictionHistory(words, ReadTable());
    }

    private static void WriteInts(BinaryWriter w, int[] values)
    {
        w.Write(values.Length);
        foreach (int v in values) w.Write7BitEncodedInt(v);
    }

    private static int[] ReadInts(BinaryReader r)
    {
        var values = new int[r.ReadInt32()];
        for (int i = 0; i < values.Length; i++) values[i] = r.Read7BitEncodedInt();
        return values;
    }

    private static void ReadExactly(BinaryReader r, Span<byte> destination)
    {
        r.BaseStream.ReadExactly(destination);
    }
}
