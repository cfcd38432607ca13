using System.CommandLine;
using System.Globalization;
using Hadath.Core.Input;

namespace Hadath.Cli.Commands;

/// <summary>Options every document-reading command shares, parsed one way.</summary>
internal static class CommonOptions
{
    /// <summary>A NER model file instead of the embedded one, for the commands that run the whole pipeline.</summary>
    public static Option<string?> NerModel() => new("--ner-model")
    {
        Description = "A NER model file (ner.bin) instead of the embedded one: to score or time a candidate model.",
    };

    public static Option<string?> Date() => new("--date")
    {
        Description = "Story date (YYYY-MM-DD) for documents that carry none; anchors relative times.",
    };

    public static Option<string?> Id() => new("--id")
    {
        Description = "Document id for documents that carry none (JSON Lines items get ID-LINE).",
    };

    public static Option<string> Encoding() => new("--encoding")
    {
        Description = "Input encoding: utf-8 (default) or windows-1256.",
        DefaultValueFactory = _ => "utf-8",
    };

    public static Option<string> Format() => new("--format")
    {
        Description = "Input format: auto (default), text, json or jsonl.",
        DefaultValueFactory = _ => "auto",
    };

    public static Argument<string> File() => new("FILE")
    {
        Description = "Input file, or - for standard input.",
        DefaultValueFactory = _ => "-",
    };

    /// <summary>Builds reader options or returns an error message for the user.</summary>
    public static ReaderOptions? ToReaderOptions(string? date, string? id, string encoding, string format, out string? error)
    {
        error = null;
        DateOnly? parsedDate = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                error = $"--date must be YYYY-MM-DD, got '{date}'";
                return null;
            }
            parsedDate = d;
        }
        InputEncoding enc;
        switch (encoding.ToLowerInvariant())
        {
            case "utf-8" or "utf8": enc = InputEncoding.Utf8; break;
            case "windows-1256" or "cp1256" or "1256": enc = InputEncoding.Windows1256; break;
            default:
                error = $"--encoding must be utf-8 or windows-1256, got '{encoding}'";
                return null;
        }
        InputFormat fmt;
        switch (format.ToLowerInvariant())
        {
            case "auto": fmt = InputFormat.Auto; break;
            case "text" or "txt": fmt = InputFormat.Text; break;
            case "json": fmt = InputFormat.Json; break;
            case "jsonl" or "ndjson": fmt = InputFormat.JsonLines; break;
            default:
                error = $"--format must be auto, text, json or jsonl, got '{format}'";
                return null;
        }
        return new ReaderOptions { DefaultDate = parsedDate, DefaultId = id, Encoding = enc, Format = fmt };
    }
}
