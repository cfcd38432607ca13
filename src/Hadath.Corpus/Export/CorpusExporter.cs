using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hadath.Store;

namespace Hadath.Corpus.Export;

/// <summary>
/// Writes the corpus out: <c>jsonl</c> (one analyze object per story, with its text and copy link), <c>csv</c>
/// (one row per event, counted once across copies) and <c>gdelt</c> (the same events as GDELT 2.0 Event rows,
/// tab-separated, in its 61 columns; columns Hadath has no value for stay empty).
/// </summary>
public static class CorpusExporter
{
    public static readonly string[] Formats = ["jsonl", "csv", "gdelt"];
    private const int PageSize = 1000;

    public static long Write(IDocumentStore store, string format, TextWriter output) => format switch
    {
        "jsonl" => WriteJsonLines(store, output),
        "csv" => WriteEventsCsv(store, output),
        "gdelt" => WriteGdelt(store, output),
        _ => throw new ArgumentException($"unknown format '{format}' (jsonl, csv or gdelt)", nameof(format)),
    };

    public static long WriteJsonLines(IDocumentStore store, TextWriter output)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        long n = 0;
        foreach (var record in store.ReadAll())
        {
            var json = JsonNode.Parse(record.AnalysisJson)!.AsObject();
            json["text"] = record.Text;
            json["duplicate_of"] = record.DuplicateOf?.OriginalId;
            output.WriteLine(json.ToJsonString(options));
            n++;
        }
        return n;
    }

    private static IEnumerable<EventSummary> AllEvents(IDocumentStore store)
    {
        for (int offset = 0; ; offset += PageSize)
        {
            var page = store.Events(new EventQuery(Limit: PageSize, Offset: offset));
            foreach (var e in page.Items) yield return e;
            if (page.Items.Count < PageSize) yield break;
        }
    }

    public static readonly string[] CsvColumns =
    [
        "document_id", "date", "source", "url", "trigger", "start", "end", "code", "plover", "quad", "source_actor", "source_name",
        "target_actor", "target_name", "time", "mentions", "sources", "rule",
    ];

    public static long WriteEventsCsv(IDocumentStore store, TextWriter output)
    {
        output.WriteLine(string.Join(',', CsvColumns));
        long n = 0;
        foreach (var e in AllEvents(store))
        {
            string?[] row =
            [
                e.DocumentId, e.Date, e.DocumentSource, e.DocumentUrl, e.Trigger, Num(e.Start), Num(e.End), e.Code, e.Plover, Num(e.Quad),
                e.SourceActor, e.SourceName, e.TargetActor, e.TargetName, e.Time, Num(e.Mentions), Num(e.Sources), e.Rule,
            ];
            output.WriteLine(string.Join(',', row.Select(Csv)));
            n++;
        }
        return n;
    }

    public static long WriteGdelt(IDocumentStore store, TextWriter output)
    {
        output.WriteLine(string.Join('\t', GdeltColumns.Names));
        long n = 0;
        foreach (var e in AllEvents(store))
        {
            output.WriteLine(string.Join('\t', GdeltColumns.Row(++n, e).Select(v => (v ?? "").Replace('\t', ' ').Replace('\n', ' '))));
        }
        return n;
    }

    /// <summary>RFC 4180: quote fields holding commas, quotes or line breaks, doubling the quotes.</summary>
    public static string Csv(string? value)
    {
        if (value is null) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
