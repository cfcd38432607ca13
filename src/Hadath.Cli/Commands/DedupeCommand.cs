using System.CommandLine;
using System.Globalization;
using Hadath.Corpus.Duplicates;
using Hadath.Store;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath dedupe</c>: the MinHash backfill for stores written before schema version 3, which ingest leaves on
/// SimHash. Resumable; progress on standard error.
/// </summary>
internal static class DedupeCommand
{
    public static Command Create()
    {
        var db = IngestCommand.DbOption();
        var threshold = new Option<double>("--dup-threshold")
        {
            Description = "Estimated Jaccard similarity at which a story is a copy of an earlier one (0–1]; use the one ingest uses.",
            DefaultValueFactory = _ => 0.5,
        };
        var batch = new Option<int>("--batch") { Description = "Stories relinked per transaction.", DefaultValueFactory = _ => 512 };
        var threads = new Option<int>("--threads") { Description = "Signatures computed at once (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("dedupe",
            "Give stories stored without a MinHash signature (before schema version 3) their signature and band keys, and relink "
            + "copies from the first of them on as a fresh ingest would (SimHash links among them are replaced). Resumable: "
            + "a rerun continues after the last committed batch. Run it while no ingest writes to the store.")
        {
            db, threshold, batch, threads,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(threshold) is not (> 0 and <= 1)) return Fail("--dup-threshold must be above 0 and at most 1");
            var dbValue = parse.GetValue(db)!;
            if (StoreOpener.Open("dedupe", dbValue, mustExist: true) is not { } store) return 2;
            using var _ = store;
            var backfill = new MinHashBackfill(store, parse.GetValue(threshold), Math.Max(1, parse.GetValue(batch)), Math.Max(1, parse.GetValue(threads)));
            var last = DateTime.MinValue;
            backfill.Progress += p =>
            {
                if (DateTime.UtcNow - last < TimeSpan.FromSeconds(2)) return;
                last = DateTime.UtcNow;
                Console.Error.WriteLine(Line("progress", p));
            };
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                // Stop after the batch in flight, which is committed with the position reached; a rerun resumes there.
                e.Cancel = true;
                cancel.Cancel();
            };
            try
            {
                var result = backfill.Run(cancel.Token);
                Console.WriteLine(result.Total == 0
                    ? $"hadath dedupe: every story in {store.Description} has a MinHash signature; nothing to do"
                    : Line("done", result));
                return 0;
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("hadath dedupe: stopped; what was committed stays, rerun to resume.");
                return 130;
            }
        });
        return command;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"hadath dedupe: {message}");
        return 2;
    }

    private static string Line(string what, BackfillProgress p)
    {
        var eta = p.Eta is { } e && what == "progress" ? $", ETA {e:hh\\:mm\\:ss}" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"hadath dedupe: {what}: {p.Done:N0}/{p.Total:N0} stories relinked, {p.Signed:N0} signatures computed, {p.Copies:N0} copies, "
            + $"{p.Changed:N0} links changed; {p.Rate:N0} stories/s in {p.Elapsed.TotalSeconds:N1} s{eta}");
    }
}
