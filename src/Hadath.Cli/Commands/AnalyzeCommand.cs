using System.CommandLine;
using Hadath.Core;
using Hadath.Core.Input;
using Hadath.Core.Json;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath analyze</c>: one JSON object per document, in input order, analyzed on all cores.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var date = CommonOptions.Date();
        var id = CommonOptions.Id();
        var encoding = CommonOptions.Encoding();
        var format = CommonOptions.Format();
        var tokens = new Option<bool>("--tokens") { Description = "Include tokens and their clitic segments." };
        var indent = new Option<bool>("--indent") { Description = "Pretty-print the JSON (one document then spans several lines)." };
        var threads = new Option<int>("--threads")
        {
            Description = "Documents analyzed at once (default: all cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var file = CommonOptions.File();
        var command = new Command("analyze", "Analyze Arabic news text and print one JSON object per document (UTF-8 text, JSON or JSON Lines). " +
            "With the output going to a file and standard error a terminal, shows how many documents are done, about once a second.")
        {
            date, id, encoding, format, tokens, indent, threads, file,
        };
        command.SetAction(parse =>
        {
            var options = CommonOptions.ToReaderOptions(parse.GetValue(date), parse.GetValue(id),
                parse.GetValue(encoding)!, parse.GetValue(format)!, out var error);
            if (options is null)
            {
                Console.Error.WriteLine($"hadath analyze: {error}");
                return 2;
            }
            var json = new JsonOutputOptions { IncludeTokens = parse.GetValue(tokens), Indented = parse.GetValue(indent) };
            return Run(parse.GetValue(file)!, options, json, Math.Max(1, parse.GetValue(threads)));
        });
        return command;
    }

    private static int Run(string path, ReaderOptions options, JsonOutputOptions json, int threads)
    {
        var pipeline = HadathPipeline.Create();
        int failures = 0;
        // Each document's JSON comes as UTF-8 bytes (AnalyzedDocumentJson.SerializeToUtf8Bytes) and goes out as it is.
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        // Each thread takes a batch of documents through the stages (Pipeline.RunBatch); batches keep input order.
        var results = Pipeline.Batches(DocumentReader.ReadFile(path, options), input => input.Text?.Length ?? 0, Pipeline.BatchSizeFor(threads))
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(threads)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(batch => Analyze(pipeline, batch, json))
            .SelectMany(lines => lines);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var progress = AnalyzeProgress.ShouldShow ? new AnalyzeProgress(Console.Error, () => clock.Elapsed) : null;
        long documents = 0;
        foreach (var (line, error) in results)
        {
            documents++;
            if (error is not null)
            {
                failures++;
                progress?.Clear();
                Console.Error.WriteLine($"hadath analyze: {error}");
            }
            else
            {
                stdout.Write(line);
                stdout.WriteByte((byte)'\n');
            }
            progress?.Update(documents, failures);
        }
        stdout.Flush();
        progress?.Finish(documents, failures);
        if (failures > 0)
        {
            Console.Error.WriteLine($"hadath analyze: {failures} document(s) could not be analyzed");
            return 1;
        }
        return 0;
    }

    /// <summary>The JSON line of each document of <paramref name="inputs"/>, or why it has none (with where it came from).</summary>
    private static (byte[]? Line, string? Error)[] Analyze(Pipeline pipeline, InputDocument[] inputs, JsonOutputOptions json)
    {
        var lines = new (byte[]? Line, string? Error)[inputs.Length];
        var readable = new List<AnalyzedDocument>(inputs.Length);
        var positions = new List<int>(inputs.Length);
        for (int i = 0; i < inputs.Length; i++)
        {
            if (inputs[i].IsError)
            {
                lines[i] = (null, $"{inputs[i].Origin}: {inputs[i].Error}");
                continue;
            }
            readable.Add(new AnalyzedDocument(inputs[i].Text!, inputs[i].Metadata));
            positions.Add(i);
        }
        // One document that trips a bug must not stop the batch: each is reported with where it came from.
        var results = pipeline.RunBatch(readable);
        for (int k = 0; k < results.Length; k++)
        {
            var input = inputs[positions[k]];
            if (results[k].Document is not { } doc)
            {
                lines[positions[k]] = (null, $"{input.Origin}: analysis failed in {results[k].FailureMessage}");
                continue;
            }
            try
            {
                lines[positions[k]] = (AnalyzedDocumentJson.SerializeToUtf8Bytes(doc, json), null);
            }
            catch (Exception ex)
            {
                lines[positions[k]] = (null, $"{input.Origin}: analysis failed: {ex.GetType().Name}: {ex.Message}");
            }
        }
        return lines;
    }
}
