using System.Globalization;
using System.Text.Json.Nodes;

namespace Hadath.Extraction.Evaluation;

/// <summary>
/// One story's facts in the <c>analyze</c> contract (docs/OUTPUT.md), read from JSON: a hand-annotated gold story
/// (which carries its <c>text</c>) or the pipeline's own output for that text. Only what the scorer compares is
/// kept. A layer that is absent from the JSON is null (not annotated, not scored); an empty array is scored.
/// Every span is checked against the text: a gold file whose <c>text</c> fields do not match its offsets is an
/// error, not a silent miss.
/// </summary>
public sealed record StoryAnnotation(string Text)
{
    public string? Id { get; init; }
    public string? Date { get; init; }
    public IReadOnlyList<StorySpan>? Sentences { get; init; }
    public IReadOnlyList<StoryEntity>? Entities { get; init; }
    public IReadOnlyList<StoryQuote>? Quotes { get; init; }
    public IReadOnlyList<StoryCount>? Counts { get; init; }
    public IReadOnlyList<StoryTime>? Times { get; init; }
    public IReadOnlyList<StoryEvent>? Events { get; init; }

    /// <summary>Reads a story; <paramref name="text"/> is the story's text when the JSON does not carry it (analyze output).</summary>
    /// <exception cref="FormatException">A field is missing or of the wrong kind, or a span does not match the text.</exception>
    public static StoryAnnotation Parse(JsonObject json, string? text = null)
    {
        text ??= json["text"]?.GetValue<string>() ?? throw new FormatException("missing \"text\" (the story the offsets point into)");
        var reader = new Reader(text);
        return new StoryAnnotation(text)
        {
            Id = json["id"]?.GetValue<string>(),
            Date = json["date"]?.GetValue<string>(),
            Sentences = Layer(json, "sentences", (o, p) => reader.Span(o, p)),
            Entities = Layer(json, "entities", (o, p) => new StoryEntity(
                reader.String(o, "id", p)!,
                reader.String(o, "type", p)!,
                (o["mentions"] as JsonArray ?? throw new FormatException($"{p}: missing \"mentions\""))
                    .Select((m, k) => reader.Span(m as JsonObject ?? throw new FormatException($"{p}.mentions[{k}]: not an object"), $"{p}.mentions[{k}]"))
                    .ToList())),
            Quotes = Layer(json, "quotes", (o, p) => new StoryQuote(reader.Span(o, p), reader.String(o, "speaker", p, optional: true),
                reader.String(o, "speaker_text", p, optional: true))),
            Counts = Layer(json, "counts", (o, p) => new StoryCount(reader.Span(o, p), reader.String(o, "kind", p)!, reader.Number(o, "value", p))),
            Times = Layer(json, "times", (o, p) => new StoryTime(reader.Span(o, p), reader.String(o, "value", p)!)),
            Events = Layer(json, "events", (o, p) => new StoryEvent(reader.Span(o, p), reader.String(o, "code", p)!,
                Argument(o, "source", p), Argument(o, "target", p))
            {
                SourceSpan = Unnamed(reader, o, "source", p),
                TargetSpan = Unnamed(reader, o, "target", p),
            }),
        };
    }

    private static string? Argument(JsonObject o, string name, string path) =>
        o[name] switch
        {
            null => null,
            JsonObject arg => arg["entity"]?.GetValue<string>(),
            _ => throw new FormatException($"{path}.{name}: expected an object {{\"entity\": …}} or null"),
        };

    /// <summary>The span of an argument no entity stands for (<c>{"entity": null, "start": …, "end": …}</c>), or null.</summary>
    private static StorySpan? Unnamed(Reader reader, JsonObject o, string name, string path) =>
        o[name] is JsonObject arg && arg["entity"] is null && arg["start"] is not null ? reader.Span(arg, $"{path}.{name}") : null;

    private static List<T>? Layer<T>(JsonObject json, string name, Func<JsonObject, string, T> read)
    {
        if (json[name] is null) return null;
        if (json[name] is not JsonArray array) throw new FormatException($"\"{name}\" is not an array");
        return array.Select((item, k) => read(item as JsonObject ?? throw new FormatException($"{name}[{k}]: not an object"), $"{name}[{k}]")).ToList();
    }

    private sealed class Reader(string text)
    {
        public StorySpan Span(JsonObject o, string path)
        {
            int start = (int)Number(o, "start", path), end = (int)Number(o, "end", path);
            if (start < 0 || end <= start || end > text.Length)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{path}: span [{start},{end}) is outside the text (length {text.Length})"));
            }
            string surface = text[start..end];
            if (o["text"]?.GetValue<string>() is { } expected && expected != surface)
            {
                throw new FormatException($"{path}: \"text\" is \"{expected}\" but [{start},{end}) holds \"{surface}\"");
            }
            return new StorySpan(start, end);
        }

        public string? String(JsonObject o, string name, string path, bool optional = false)
        {
            var node = o[name];
            if (node is null) return optional ? null : throw new FormatException($"{path}: missing \"{name}\"");
            try { return node.GetValue<string>(); }
            catch (InvalidOperationException) { throw new FormatException($"{path}.{name}: not a string"); }
        }

        public double Number(JsonObject o, string name, string path)
        {
            var node = o[name] ?? throw new FormatException($"{path}: missing \"{name}\"");
            if (node is JsonValue value)
            {
                if (value.TryGetValue(out double d)) return d;
                if (value.TryGetValue(out long l)) return l;
                if (value.TryGetValue(out int i)) return i;
            }
            throw new FormatException($"{path}.{name}: not a number");
        }
    }
}

public readonly record struct StorySpan(int Start, int End)
{
    public bool Overlaps(StorySpan other) => Start < other.End && other.Start < End;
    public int Overlap(StorySpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));
}

public sealed record StoryEntity(string Id, string Type, IReadOnlyList<StorySpan> Mentions);

public sealed record StoryQuote(StorySpan Span, string? Speaker, string? SpeakerText);

public sealed record StoryCount(StorySpan Span, string Kind, double Value);

public sealed record StoryTime(StorySpan Span, string Value);

public sealed record StoryEvent(StorySpan Span, string Code, string? Source, string? Target)
{
    /// <summary>Where the source or target is an actor no entity stands for (قوات الامن): its words.</summary>
    public StorySpan? SourceSpan { get; init; }
    public StorySpan? TargetSpan { get; init; }

    /// <summary>The CAMEO root (two digits): events are compared at the root, the level annotators agree on.</summary>
    public string Root => Code.Length >= 2 ? Code[..2] : Code;
}
