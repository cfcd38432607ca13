using System.CommandLine;
using System.Globalization;
using Hadath.Corpus;
using Hadath.Corpus.Ingest;
using Hadath.Search;
using Hadath.Store;
using Spectre.Console;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath ingest</c>: analyze a corpus into the store and the search index, resumably.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders: .txt, .json, .jsonl, .jsonl.gz, .zip of JSON (SaudiNewsNet), RSS/Atom (.xml, .rss, .atom).",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DbOption();
        var indexPath = new Option<string?>("--index") { Description = "Search index folder (default: beside the SQLite file, or .hadath/index)." };
        var noIndex = new Option<bool>("--no-index") { Description = "Store only; build no search index." };
        var batch = new Option<int>("--batch") { Description = "Documents committed together.", DefaultValueFactory = _ => 128 };
        var threads = new Option<int>("--threads") { Description = "Documents analyzed at once (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var threshold = new Option<double>("--dup-threshold")
        {
            Description = "Estimated Jaccard similarity (MinHash over 3-word shingles) at which a story is a copy of an earlier one (0–1].",
            DefaultValueFactory = _ => 0.5,
        };
        var distance = new Option<int>("--max-distance")
        {
            Description = "SimHash bits within which a story is a copy of one stored without a MinHash signature (0–15).",
            DefaultValueFactory = _ => 3,
        };
        var date = CommonOptions.Date();
        var encoding = CommonOptions.Encoding();
        var command = new Command("ingest", "Analyze documents into the store and the search index (idempotent and resumable).")
        {
            paths, db, indexPath, noIndex, batch, threads, threshold, distance, date, encoding,
        };
        command.SetAction(parse =>
        {
            var reader = CommonOptions.ToReaderOptions(parse.GetValue(date), null, parse.GetValue(encoding)!, "auto", out var error);
            if (reader is null) return Fail(error!);
            if (parse.GetValue(distance) is < 0 or > 15) return Fail("--max-distance must be between 0 and 15");
            if (parse.GetValue(threshold) is not (> 0 and <= 1)) return Fail("--dup-threshold must be above 0 and at most 1");
            var options = new IngestOptions
            {
                Reader = reader,
                BatchSize = Math.Max(1, parse.GetValue(batch)),
                Threads = Math.Max(1, parse.GetValue(threads)),
                DuplicateThreshold = parse.GetValue(threshold),
                MaxDuplicateDistance = parse.GetValue(distance),
            };
            var dbValue = parse.GetValue(db)!;
            var index = parse.GetValue(noIndex) ? null : parse.GetValue(indexPath) ?? CorpusLocations.IndexFor(dbValue);
            return Run(parse.GetValue(paths)!, dbValue, index, options);
        });
        return command;
    }

    public static Option<string> DbOption() => new("--db")
    {
        Description = "Store: a SQLite file, or PostgreSQL as postgres://user:pass@host:port/db or Host=…;Database=…",
        DefaultValueFactory = _ => CorpusLocations.DefaultDb,
    };

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"hadath ingest: {message}");
        return 2;
    }

    private static int Run(string[] paths, string db, string? indexPath, IngestOptions options)
    {
        if (StoreOpener.Open("ingest", db, mustExist: false) is not { } store) return 2;
        using var _ = store;
        using var index = indexPath is null ? null : new SearchIndex(indexPath);
        var ingester = new Ingester(HadathPipeline.Create(), store, index, options);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // First Ctrl+C: stop after the batch in flight, which is committed; a rerun resumes from there.
            e.Cancel = true;
            cancel.Cancel();
        };
        var problems = new List<IngestProblem>();
        bool terminal = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        ingester.Problem += p =>
        {
            lock (problems)
            {
                problems.Add(p);
                if (!terminal) Console.Error.WriteLine($"hadath ingest: {p.Origin}: {p.Message}");
            }
        };
        Console.WriteLine($"hadath ingest: into {store.Description}" + (index is null ? "" : $", index {index.Path}"));
        IngestProgress result;
        try
        {
            result = terminal ? WithProgressBar(ingester, paths, cancel.Token) : WithPlainLines(ingester, paths, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("hadath ingest: stopped; what was committed stays, rerun to resume.");
            return 130;
        }
        if (terminal)
        {
            foreach (var p in problems.Take(50)) Console.Error.WriteLine($"hadath ingest: {p.Origin}: {p.Message}");
            if (problems.Count > 50) Console.Error.WriteLine($"hadath ingest: … and {problems.Count - 50} more problems");
        }
        Console.WriteLine(Line("done", result));
        return result.Failed > 0 ? 1 : 0;
    }

    private static IngestProgress WithPlainLines(Ingester ingester, string[] paths, CancellationToken cancel)
    {
        var last = DateTime.MinValue;
        ingester.Progress += p =>
        {
            if (DateTime.UtcNow - last < TimeSpan.FromSeconds(2)) return;
            last = DateTime.UtcNow;
            Console.WriteLine(Line("progress", p));
        };
        return ingester.Run(paths, cancel);
    }

    private static IngestProgress WithProgressBar(Ingester ingester, string[] paths, CancellationToken cancel)
    {
        IngestProgress? result = null;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingest", maxValue: 1);
                task.IsIndeterminate = true;
                ingester.Progress += p =>
                {
                    if (p.Total is { } total)
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = Math.Max(1, total);
                    }
                    task.Value = p.Read;
                    task.Description = Markup.Escape(
                        $"{p.Read:N0} read, {p.Added:N0} new, {p.Unchanged:N0} known, {p.Duplicates:N0} copies, {p.Failed:N0} bad · {p.Rate:N0}/s");
                };
                result = ingester.Run(paths, cancel);
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private static string Line(string what, IngestProgress p)
    {
        var total = p.Total is { } t ? $"/{t:N0}" : "";
        var share = p.Fraction is { } f ? $" ({f:P0})" : "";
        var eta = p.Eta is { } e && what == "progress" ? $", ETA {e:hh\\:mm\\:ss}" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"hadath ingest: {what}: {p.Read:N0}{total} read{share}, {p.Added:N0} new, {p.Unchanged:N0} already stored, "
            + $"{p.Duplicates:N0} linked as copies, {p.Failed:N0} bad; {p.Rate:N1} docs/s in {p.Elapsed.TotalSeconds:N1} s{eta}");
    }
}
