using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hadath.Core.Json;

/// <summary>Options for the <c>analyze</c> JSON (the PRODUCT.md contract).</summary>
public sealed record JsonOutputOptions
{
    public bool IncludeTokens { get; init; }
    public bool Indented { get; init; }
}

/// <summary>
/// Writes an <see cref="AnalyzedDocument"/> as the <c>analyze</c> output contract. Every span is written as
/// <c>start</c>, <c>end</c> and the <c>text</c> sliced from the original, so consumers can check the offsets.
/// Non-ASCII text is written unescaped (JSON, not HTML: whoever embeds it in a page escapes it there).
/// </summary>
public static class AnalyzedDocumentJson
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The document's JSON as a string (for a caller that wants text; <c>analyze</c> writes <see cref="SerializeToUtf8Bytes"/>).</summary>
    public static string Serialize(AnalyzedDocument doc, JsonOutputOptions? options = null) =>
        System.Text.Encoding.UTF8.GetString(WriteToScratch(doc, options).WrittenSpan);

    /// <summary>
    /// The document's JSON in UTF-8, as <c>analyze</c> prints it: one array of the exact length. Written through this
    /// thread's writer and buffer (<see cref="t_scratch"/>), so a document costs its bytes and nothing more; a string
    /// of the same JSON took twice the bytes, and a buffer grown from scratch for every document as much again.
    /// </summary>
    public static byte[] SerializeToUtf8Bytes(AnalyzedDocument doc, JsonOutputOptions? options = null) =>
        WriteToScratch(doc, options).WrittenSpan.ToArray();

    /// <summary>A thread's JSON buffer and a writer over it for each layout (compact, indented), reused from one document to the next.</summary>
    private sealed class Scratch
    {
        public readonly ArrayBufferWriter<byte> Buffer = new(16 * 1024);
        public Utf8JsonWriter? Compact, Indented;
    }

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>A buffer grown past this by one enormous document is dropped once read, not kept for the thread's next ones.</summary>
    private const int MaxKeptBuffer = 1 << 20;

    /// <summary>
    /// Writes <paramref name="doc"/> into this thread's buffer and returns it; the bytes are valid until the thread's
    /// next call. The writer is reset first, so a document whose writing threw leaves nothing behind for the next.
    /// </summary>
    private static ArrayBufferWriter<byte> WriteToScratch(AnalyzedDocument doc, JsonOutputOptions? options)
    {
        options ??= DefaultOptions;
        var scratch = t_scratch ??= new Scratch();
        var buffer = scratch.Buffer;
        buffer.ResetWrittenCount();
        ref var writer = ref options.Indented ? ref scratch.Indented : ref scratch.Compact;
        writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder, Indented = options.Indented });
        writer.Reset(buffer);
        Write(writer, doc, options);
        writer.Flush();
        if (buffer.Capacity > MaxKeptBuffer) t_scratch = null;
        return buffer;
    }

    private static readonly JsonOutputOptions DefaultOptions = new();

    public static void Write(Utf8JsonWriter w, AnalyzedDocument doc, JsonOutputOptions options)
    {
        var meta = doc.Metadata;
        w.WriteStartObject();
        w.WriteString("id", meta.Id);
        if (meta.Date is { } date) w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull("date");
        if (meta.Title is not null) w.WriteString("title", meta.Title);
        if (meta.Source is not null) w.WriteString("source", meta.Source);
        if (meta.Url is not null) w.WriteString("url", meta.Url);

        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (options.IncludeTokens) WriteTokens(w, doc);
        if (doc.Has(Layers.Entities)) WriteEntities(w, doc);
        if (doc.Has(Layers.Quotes)) WriteQuotes(w, doc);
        if (doc.Has(Layers.Counts)) WriteCounts(w, doc);
        if (doc.Has(Layers.Times)) WriteTimes(w, doc);
        if (doc.Has(Layers.Events)) WriteEvents(w, doc);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, AnalyzedDocument doc, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", doc.SliceSpan(span));
    }

    private static void WriteTokens(Utf8JsonWriter w, AnalyzedDocument doc)
    {
        w.WriteStartArray("tokens");
        foreach (var t in doc.Tokens)
        {
            w.WriteStartObject();
            WriteSpan(w, doc, t.Span);
            w.WriteString("kind", KindName(t.Kind));
            var segments = t.Segments;
            if (!segments.IsDefaultOrEmpty)
            {
                w.WriteStartArray("segments");
                foreach (var s in segments)
                {
                    w.WriteStartObject();
                    w.WriteNumber("start", s.Start);
                    w.WriteNumber("end", s.End);
                    w.WriteString("form", s.Form);
                    w.WriteString("role", s.Role switch
                    {
                        SegmentRole.Proclitic => "proclitic",
                        SegmentRole.Enclitic => "enclitic",
                        _ => "stem",
                    });
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punct",
        TokenKind.Latin => "latin",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Hashtag => "hashtag",
        TokenKind.Mention => "mention",
        _ => "symbol",
    };

    private static void WriteEntities(Utf8JsonWriter w, AnalyzedDocument doc)
    {
        w.WriteStartArray("entities");
        foreach (var e in doc.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type.ToString());
            w.WriteString("name", e.Name);
            w.WriteString("actor", e.Actor);
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                WriteSpan(w, doc, m.Span);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, AnalyzedDocument doc)
    {
        w.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            w.WriteStartObject();
            WriteSpan(w, doc, q.Span);
            w.WriteString("speaker", q.SpeakerId);
            if (q.SpeakerSpan is { } sp) w.WriteString("speaker_text", doc.SliceSpan(sp));
            else w.WriteNull("speaker_text");
            if (q.CueSpan is { } cue) w.WriteString("cue", doc.SliceSpan(cue));
            else w.WriteNull("cue");
            w.WriteBoolean("direct", q.Direct);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter w, AnalyzedDocument doc)
    {
        w.WriteStartArray("counts");
        foreach (var c in doc.Counts)
        {
            w.WriteStartObject();
            WriteSpan(w, doc, c.Span);
            w.WriteString("kind", c.Kind);
            w.WriteNumber("value", c.Value);
            w.WriteString("place", c.PlaceId);
            if (c.Qualifier is not null) w.WriteString("qualifier", c.Qualifier);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTimes(Utf8JsonWriter w, AnalyzedDocument doc)
    {
        w.WriteStartArray("times");
        foreach (var t in doc.Times)
        {
            w.WriteStartObject();
            WriteSpan(w, doc, t.Span);
            w.WriteString("value", t.Value);
            if (t.Modifier is not null) w.WriteString("modifier", t.Modifier);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEvents(Utf8JsonWriter w, AnalyzedDocument doc)
    {
        w.WriteStartArray("events");
        foreach (var e in doc.Events)
        {
            w.WriteStartObject();
            WriteSpan(w, doc, e.Span);
            w.WriteString("code", e.Code);
            w.WriteString("plover", e.Plover);
            w.WriteNumber("quad", e.Quad);
            if (e.Goldstein is { } g) w.WriteNumber("goldstein", g);
            WriteArgument(w, "source", e.Source, doc.Text);
            WriteArgument(w, "target", e.Target, doc.Text);
            w.WriteString("place", e.PlaceId);
            w.WriteString("time", e.Time);
            w.WriteString("rule", e.Rule);
            if (e.Modality is not null) w.WriteString("modality", e.Modality);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteArgument(Utf8JsonWriter w, string name, EventArgument? arg, string text)
    {
        if (arg is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("entity", arg.EntityId);
        w.WriteString("actor", arg.Actor);
        if (arg.Span is { } span)
        {
            w.WriteNumber("start", span.Start);
            w.WriteNumber("end", span.End);
            w.WriteString("text", text.AsSpan(span.Start, span.Length));
        }
        w.WriteEndObject();
    }
}
