using System.Text.Json;

namespace Hadath.Core.Input;

/// <summary>Options shared by every command that reads documents.</summary>
public sealed record ReaderOptions
{
    public InputFormat Format { get; init; } = InputFormat.Auto;
    public InputEncoding Encoding { get; init; } = InputEncoding.Utf8;

    /// <summary>Applied to documents that carry no id of their own (a JSON Lines batch gets <c>ID-line</c>).</summary>
    public string? DefaultId { get; init; }

    /// <summary>Applied to documents that carry no date of their own.</summary>
    public DateOnly? DefaultDate { get; init; }

    /// <summary>Documents longer than this (in UTF-16 code units) are reported, not analyzed.</summary>
    public int MaxChars { get; init; } = 20_000_000;
}

/// <summary>
/// Reads UTF-8 text, one JSON object, a JSON array, or JSON Lines (auto-detected) into documents. Errors are
/// returned as items (file:line), never thrown, so one bad document never stops a batch.
/// </summary>
public static class DocumentReader
{
    public static IEnumerable<InputDocument> ReadFile(string path, ReaderOptions options)
    {
        byte[] bytes;
        string origin = path == "-" ? "<stdin>" : path;
        string? ioError = null;
        try
        {
            bytes = path == "-" ? ReadAll(Console.OpenStandardInput()) : File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bytes = [];
            ioError = ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : ex.Message;
        }
        if (ioError is not null)
        {
            return [InputDocument.Fail(origin, ioError)];
        }
        return ReadBytes(bytes, origin, options);
    }

    public static IEnumerable<InputDocument> ReadBytes(byte[] bytes, string origin, ReaderOptions options)
    {
        var format = options.Format == InputFormat.Auto ? Detect(bytes) : options.Format;
        return format switch
        {
            InputFormat.JsonLines => ReadJsonLines(bytes, origin, options),
            InputFormat.Json => ReadJson(bytes, origin, options),
            _ => ReadText(bytes, origin, options),
        };
    }

    /// <summary>
    /// JSON when the first non-blank character is <c>{</c> or <c>[</c>; JSON Lines when the second non-blank
    /// line also starts with <c>{</c> (a single-object JSON file spans lines that do not).
    /// </summary>
    public static InputFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        int i = SkipBlank(bytes, 0);
        if (i >= bytes.Length) return InputFormat.Text;
        if (bytes[i] == (byte)'[') return InputFormat.Json;
        if (bytes[i] != (byte)'{') return InputFormat.Text;
        int nl = bytes[i..].IndexOf((byte)'\n');
        if (nl < 0) return InputFormat.JsonLines;
        int j = SkipBlank(bytes, i + nl + 1);
        if (j >= bytes.Length) return InputFormat.JsonLines;
        if (bytes[j] != (byte)'{') return InputFormat.Json;
        // A pretty-printed object can have a nested object on its second line; a JSON Lines first line parses alone.
        return IsCompleteJson(bytes.Slice(i, nl)) ? InputFormat.JsonLines : InputFormat.Json;
    }

    private static bool IsCompleteJson(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            reader.Read();
            reader.Skip();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static int SkipBlank(ReadOnlySpan<byte> bytes, int i)
    {
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return i;
    }

    private static IEnumerable<InputDocument> ReadText(byte[] bytes, string origin, ReaderOptions options)
    {
        var text = TextDecoding.TryDecode(bytes, options.Encoding, out var error);
        if (text is null)
        {
            yield return InputDocument.Fail(origin, error!);
            yield break;
        }
        if (text.Length > options.MaxChars)
        {
            yield return InputDocument.Fail(origin, $"document has {text.Length:N0} characters, over the limit of {options.MaxChars:N0} (--max-chars)");
            yield break;
        }
        yield return InputDocument.Ok(origin, text, new DocumentMetadata { Id = options.DefaultId, Date = options.DefaultDate });
    }

    private static IEnumerable<InputDocument> ReadJson(byte[] bytes, string origin, ReaderOptions options)
    {
        var text = TextDecoding.TryDecode(bytes, options.Encoding, out var error);
        if (text is null)
        {
            yield return InputDocument.Fail(origin, error!);
            yield break;
        }
        JsonDocument json;
        string? parseError = null;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            json = null!;
            parseError = $"invalid JSON at line {ex.LineNumber + 1}: {ex.Message}";
        }
        if (parseError is not null)
        {
            yield return InputDocument.Fail(origin, parseError);
            yield break;
        }
        using (json)
        {
            if (json.RootElement.ValueKind == JsonValueKind.Array)
            {
                int index = 0;
                foreach (var item in json.RootElement.EnumerateArray())
                {
                    index++;
                    yield return FromJson(item, $"{origin}[{index}]", options, index);
                }
            }
            else
            {
                yield return FromJson(json.RootElement, origin, options, null);
            }
        }
    }

    private static IEnumerable<InputDocument> ReadJsonLines(byte[] bytes, string origin, ReaderOptions options)
    {
        int lineNo = 0;
        int pos = 0;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) pos = 3;
        while (pos < bytes.Length)
        {
            int nl = Array.IndexOf(bytes, (byte)'\n', pos);
            int end = nl < 0 ? bytes.Length : nl;
            lineNo++;
            var lineBytes = bytes.AsSpan(pos, end - pos);
            long lineOffset = pos;
            pos = end + 1;
            if (lineBytes.Trim((byte)'\r').Trim((byte)' ').IsEmpty) continue;
            string lineOrigin = $"{origin}:{lineNo}";
            var line = TextDecoding.TryDecode(lineBytes, options.Encoding, out var error, lineOffset);
            if (line is null)
            {
                yield return InputDocument.Fail(lineOrigin, error!);
                continue;
            }
            yield return ParseJsonLine(line, lineOrigin, options, lineNo);
        }
    }

    private static InputDocument ParseJsonLine(string line, string origin, ReaderOptions options, int lineNo)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return FromJson(json.RootElement, origin, options, lineNo);
        }
        catch (JsonException ex)
        {
            return InputDocument.Fail(origin, $"invalid JSON: {ex.Message}");
        }
    }

    /// <summary>Field names of the common layouts: ours, the ANT corpus (docno, src, time) and SaudiNewsNet (content).</summary>
    private static readonly string[] TextFields = ["text", "content", "body", "article"];
    private static readonly string[] IdFields = ["id", "docno", "doc_id", "guid"];
    private static readonly string[] DateFields = ["date", "time", "published", "pubDate", "date_extracted"];
    private static readonly string[] SourceFields = ["source", "src"];

    public static InputDocument FromJson(JsonElement item, string origin, ReaderOptions options, int? ordinal)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return InputDocument.Fail(origin, $"expected a JSON object, found {item.ValueKind.ToString().ToLowerInvariant()}");
        }
        var text = FirstString(item, TextFields);
        if (text is null)
        {
            return InputDocument.Fail(origin, "no \"text\" field");
        }
        if (text.Length > options.MaxChars)
        {
            return InputDocument.Fail(origin, $"document has {text.Length:N0} characters, over the limit of {options.MaxChars:N0} (--max-chars)");
        }
        var id = FirstString(item, IdFields)
                 ?? (options.DefaultId is { } baseId ? (ordinal is { } n ? $"{baseId}-{n}" : baseId) : null);
        DateOnly? date = options.DefaultDate;
        var dateText = FirstString(item, DateFields);
        if (dateText is not null && DateParsing.TryParse(dateText, out var parsed)) date = parsed;
        var meta = new DocumentMetadata
        {
            Id = id,
            Date = date,
            Title = FirstString(item, ["title"]),
            Source = FirstString(item, SourceFields),
            Url = FirstString(item, ["url", "link"]),
        };
        return InputDocument.Ok(origin, text, meta);
    }

    private static string? FirstString(JsonElement item, string[] names)
    {
        foreach (var name in names)
        {
            if (item.TryGetProperty(name, out var v))
            {
                if (v.ValueKind == JsonValueKind.String) return v.GetString();
                if (v.ValueKind == JsonValueKind.Number) return v.GetRawText();
            }
        }
        return null;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }
}
