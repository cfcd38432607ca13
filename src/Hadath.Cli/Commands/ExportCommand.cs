using System.CommandLine;
using System.Text;
using Hadath.Corpus.Export;
using Hadath.Store;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath export</c>: the stored corpus as JSON Lines, an events CSV, or GDELT 2.0 event rows.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = IngestCommand.DbOption();
        var format = new Option<string>("--format")
        {
            Description = "jsonl (stories with their analysis), csv (events) or gdelt (GDELT 2.0 event columns, tab-separated; "
                + "AvgTone, actor geography, EthnicCode and ADM2 stay empty, ActionGeo is country-level from the event's place; see docs/EXPORT.md).",
            DefaultValueFactory = _ => "jsonl",
        };
        var output = new Option<string?>("--out") { Description = "Output file (default: standard output)." };
        var command = new Command("export", "Export the stored corpus.") { db, format, output };
        command.SetAction(parse =>
        {
            var fmt = parse.GetValue(format)!.ToLowerInvariant();
            if (!CorpusExporter.Formats.Contains(fmt))
            {
                Console.Error.WriteLine($"hadath export: --format must be jsonl, csv or gdelt, got '{fmt}'");
                return 2;
            }
            var dbValue = parse.GetValue(db)!;
            if (StoreOpener.Open("export", dbValue, mustExist: true) is not { } store) return 2;
            using var _ = store;
            var path = parse.GetValue(output);
            using var writer = path is null
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
                : new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
            long n = CorpusExporter.Write(store, fmt, writer);
            writer.Flush();
            Console.Error.WriteLine($"hadath export: {n:N0} {(fmt == "jsonl" ? "stories" : "events")} written");
            return 0;
        });
        return command;
    }
}
