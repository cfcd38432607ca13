using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Hadath.Cli.Bench;
using Hadath.Corpus;
using Hadath.Search;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath bench search</c>: latency of searches as the API runs them (top 20, facets, snippets), and the same
/// without snippets, without facets, and counts alone, to tell matching, faceting and hit assembly apart.
/// </summary>
internal static class BenchSearchCommand
{
    /// <summary>Everyday news queries: single words, clitic and hamza variants, phrases, filters alone and with words.</summary>
    private static readonly SearchRequest[] Queries =
    [
        Q("الحكومة"), Q("أعلن"), Q("اعلن"), Q("وزير الخارجية"), Q("\"رئيس الحكومة\""), Q("واشنطن"), Q("وواشنطن"), Q("الأمم المتحدة"),
        Q("مجلس الأمن"), Q("قتل"), Q("الانتخابات البلدية"), Q("سوريا"), Q("النفط"), Q("تونس"), Q("الرياض"), Q("الإرهاب"),
        Q("كرة القدم"), Q("المنتخب"), Q("الخارجيه"), Q("الاقتصاد العالمي"), Q("ترامب"), Q("اسرائيل"), Q("الحوثيين"), Q("ايران"),
        Q("الرئيس الفرنسي"), Q("اللاجئين"), Q("الشرطة"), Q("المحكمة"), Q("البرلمان"), Q("قطر"),
        new SearchRequest { From = "2017-01-01", To = "2017-03-31" }, new SearchRequest { Source = "Jawhara FM" },
        new SearchRequest { Query = "الحكومة", From = "2016-01-01", To = "2016-12-31" },
        new SearchRequest { Query = "وللحكومة" }, new SearchRequest { Query = "\"الأمم المتحدة\"", Sort = "date" },
        new SearchRequest { Query = "الرئيس", Source = "Jawhara FM" }, new SearchRequest { Query = "الرئيس", Offset = 20 },
    ];

    private static SearchRequest Q(string query) => new() { Query = query };

    /// <summary>What each measured variant changes in a request; all share the query set and the rounds.</summary>
    private static readonly (string Name, Func<SearchRequest, SearchRequest> Shape)[] Variants =
    [
        ("top 20 with facets and snippets (the API)", q => q with { Limit = 20 }),
        ("top 20 with facets, no snippets", q => q with { Limit = 20, Snippets = false }),
        ("top 20 with snippets, no facets", q => q with { Limit = 20, Facets = false }),
        ("counts only (no hits, no facets)", q => q with { Limit = 0, Facets = false }),
    ];

    private static string Report(List<double> times, string unit = "ms")
    {
        times.Sort();
        double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {P(0.50):F1} {unit}, p95 {P(0.95):F1} {unit}, p99 {P(0.99):F1} {unit}, max {times[^1]:F1} {unit}");
    }

    /// <summary>The 1-minute load average against the core count: latency on a busy machine is not latency on an idle one.</summary>
    private static string Load() => $"load average {TextBenchmark.LoadAverage()} on {Environment.ProcessorCount} cores";

    public static Command Create()
    {
        var db = IngestCommand.DbOption();
        var indexPath = new Option<string?>("--index") { Description = "Search index folder (default: beside the SQLite file)." };
        var rounds = new Option<int>("--rounds") { Description = "Times each query is run per variant after one warm-up round.", DefaultValueFactory = _ => 5 };
        var command = new Command("search",
            "Measure search latency (p50, p95, p99, max) on built-in Arabic queries, with and without snippets and facets.")
        {
            db, indexPath, rounds,
        };
        command.SetAction(parse =>
        {
            using var index = new SearchIndex(parse.GetValue(indexPath) ?? CorpusLocations.IndexFor(parse.GetValue(db)!));
            int documents = index.Count();
            if (documents == 0)
            {
                Console.Error.WriteLine($"hadath bench search: the index at {index.Path} is empty");
                return 2;
            }
            Console.WriteLine($"bench search: {documents:N0} documents, {Queries.Length} queries, {Load()} at start");
            var clock = Stopwatch.StartNew();
            foreach (var q in Queries) index.Search(q);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench search: warm-up round (first searches, caches filled) {clock.Elapsed.TotalMilliseconds:F0} ms"));
            var times = Variants.Select(_ => new List<double>()).ToArray();
            var cpu = Variants.Select(_ => new List<double>()).ToArray();
            for (int r = 0; r < Math.Max(1, parse.GetValue(rounds)); r++)
            {
                // Variants interleave query by query, so a burst of load on the machine hits them alike.
                foreach (var q in Queries)
                {
                    for (int v = 0; v < Variants.Length; v++)
                    {
                        var request = Variants[v].Shape(q);
                        double cpuStart = ThreadCpuClock.Seconds() * 1e3;
                        clock.Restart();
                        index.Search(request);
                        times[v].Add(clock.Elapsed.TotalMilliseconds);
                        cpu[v].Add(ThreadCpuClock.Seconds() * 1e3 - cpuStart);
                    }
                }
            }
            for (int v = 0; v < Variants.Length; v++)
            {
                Console.WriteLine($"search: {Variants[v].Name}: {times[v].Count} searches, {Report(times[v])}");
                if (ThreadCpuClock.IsPerThread) Console.WriteLine($"        CPU time of the searching thread: {Report(cpu[v], "ms cpu")}");
            }
            Console.WriteLine($"bench search: {Load()} at end");
            return 0;
        });
        return command;
    }
}
