using System.Buffers;
using System.IO.Compression;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Hadath.Search;

/// <summary>What a hit shows: the story's id, title, date, source and (for its snippet) text.</summary>
internal sealed record HitFields(string Id, string? Title, string? Date, string? Source, string? Text)
{
    /// <summary>Brotli quality for the text: 5 packs Arabic news about 3:1 at a fraction of a millisecond a story.</summary>
    private const int TextQuality = 5;

    private const int BrotliWindow = 22;

    /// <summary>
    /// Packs the fields into one doc-values blob: the four short fields as UTF-8, then the text Brotli-compressed
    /// on its own. Stored fields compress stories together in 16 kB chunks, so showing one hit decompressed its
    /// whole chunk (about 0.1 ms; two of a search's six); one story's own blob decompresses in microseconds.
    /// </summary>
    public static BytesRef Pack(IndexedDocument doc)
    {
        var output = new ArrayBufferWriter<byte>(64 + doc.Text.Length);
        WriteString(output, doc.Id);
        WriteString(output, doc.Title);
        WriteString(output, doc.Date);
        WriteString(output, doc.Source);
        var raw = Encoding.UTF8.GetBytes(doc.Text);
        WriteInt(output, raw.Length);
        var compressed = output.GetSpan(BrotliEncoder.GetMaxCompressedLength(raw.Length));
        if (!BrotliEncoder.TryCompress(raw, compressed, out int written, TextQuality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli could not compress a story's text");
        }
        output.Advance(written);
        return new BytesRef(output.WrittenSpan.ToArray());
    }

    public static HitFields Unpack(BytesRef value, bool withText)
    {
        var bytes = new ReadOnlySpan<byte>(value.Bytes, value.Offset, value.Length);
        var id = ReadString(ref bytes) ?? "";
        var title = ReadString(ref bytes);
        var date = ReadString(ref bytes);
        var source = ReadString(ref bytes);
        if (!withText) return new HitFields(id, title, date, source, null);
        int length = ReadInt(ref bytes);
        var raw = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        try
        {
            if (!BrotliDecoder.TryDecompress(bytes, raw, out int written) || written != length)
            {
                throw new InvalidDataException($"the packed text of story {id} is damaged");
            }
            return new HitFields(id, title, date, source, Encoding.UTF8.GetString(raw, 0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
        }
    }

    /// <summary>
    /// Reads a hit from the packed field, or from stored fields in segments written before the field existed
    /// (an index built by an older version keeps working, at the old speed, until it is rebuilt).
    /// </summary>
    public static HitFields Read(IndexSearcher searcher, int doc, bool withText, Dictionary<int, BinaryDocValues?> packedByLeaf)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (!packedByLeaf.TryGetValue(leaf.Ord, out var packed))
        {
            packedByLeaf[leaf.Ord] = packed = leaf.AtomicReader.GetBinaryDocValues(IndexFields.Hit);
        }
        if (packed is not null)
        {
            var value = new BytesRef();
            packed.Get(doc - leaf.DocBase, value);
            if (value.Length > 0) return Unpack(value, withText);
        }
        var stored = StoredHit.Read(searcher, doc, withText);
        return new HitFields(stored.Id ?? "", stored.Title, stored.Date, stored.Source, stored.Text);
    }

    private static void WriteString(ArrayBufferWriter<byte> output, string? value)
    {
        if (value is null)
        {
            WriteInt(output, 0);
            return;
        }
        int length = Encoding.UTF8.GetByteCount(value);
        WriteInt(output, length + 1);
        output.Advance(Encoding.UTF8.GetBytes(value, output.GetSpan(length)));
    }

    private static string? ReadString(ref ReadOnlySpan<byte> bytes)
    {
        int length = ReadInt(ref bytes) - 1;
        if (length < 0) return null;
        var value = Encoding.UTF8.GetString(bytes[..length]);
        bytes = bytes[length..];
        return value;
    }

    /// <summary>Unsigned LEB128, as Lucene's VInt.</summary>
    private static void WriteInt(ArrayBufferWriter<byte> output, int value)
    {
        uint v = (uint)value;
        var span = output.GetSpan(5);
        int n = 0;
        while (v >= 0x80)
        {
            span[n++] = (byte)(v | 0x80);
            v >>= 7;
        }
        span[n++] = (byte)v;
        output.Advance(n);
    }

    private static int ReadInt(ref ReadOnlySpan<byte> bytes)
    {
        uint value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = bytes[0];
            bytes = bytes[1..];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)value;
            if (shift >= 28) throw new InvalidDataException("a packed hit field is damaged");
        }
    }
}
