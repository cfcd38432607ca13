using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Hadath.Corpus;
using Hadath.Search;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath bench search</c>: latency of searches as the API runs them (top 20, facets, snippets).</summary>
internal static class BenchSearchCommand
{
    /// <summary>Everyday news queries: single words, clitic and hamza variants, phrases, and filters alone.</summary>
    private static readonly SearchRequest[] Queries =
    [
        Q("الحكومة"), Q("أعلن"), Q("اعلن"), Q("وزير الخارجية"), Q("\"رئيس الحكومة\""), Q("واشنطن"), Q("وواشنطن"), Q("الأمم المتحدة"),
        Q("مجلس الأمن"), Q("قتل"), Q("الانتخابات البلدية"), Q("سوريا"), Q("النفط"), Q("تونس"), Q("الرياض"), Q("الإرهاب"),
        Q("كرة القدم"), Q("المنتخب"), Q("الخارجيه"), Q("الاقتصاد العالمي"), Q("ترامب"), Q("اسرائيل"), Q("الحوثيين"), Q("ايران"),
        Q("الرئيس الفرنسي"), Q("اللاجئين"), Q("الشرطة"), Q("المحكمة"), Q("البرلمان"), Q("قطر"),
        new SearchRequest { From = "2017-01-01", To = "2017-03-31" }, new SearchRequest { Source = "Jawhara FM" },
        new SearchRequest { Query = "الحكومة", From = "2016-01-01", To = "2016-12-31" },
    ];

    private static SearchRequest Q(string query) => new() { Query = query };

    private static void Report(string what, List<double> times)
    {
        times.Sort();
        double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {times.Count} searches, p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, max {times[^1]:F1} ms"));
    }

    public static Command Create()
    {
        var db = IngestCommand.DbOption();
        var indexPath = new Option<string?>("--index") { Description = "Search index folder (default: beside the SQLite file)." };
        var rounds = new Option<int>("--rounds") { Description = "Times each query is run after one warm-up round.", DefaultValueFactory = _ => 5 };
        var command = new Command("search", "Measure search latency (p50, p95, max) on the built-in Arabic queries.") { db, indexPath, rounds };
        command.SetAction(parse =>
        {
            using var index = new SearchIndex(parse.GetValue(indexPath) ?? CorpusLocations.IndexFor(parse.GetValue(db)!));
            int documents = index.Count();
            if (documents == 0)
            {
                Console.Error.WriteLine($"hadath bench search: the index at {index.Path} is empty");
                return 2;
            }
            foreach (var q in Queries) index.Search(q);
            var times = new List<double>();
            for (int r = 0; r < Math.Max(1, parse.GetValue(rounds)); r++)
            {
                foreach (var q in Queries)
                {
                    var clock = Stopwatch.StartNew();
                    index.Search(q with { Limit = 20 });
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
            Report($"search: {documents:N0} documents, top 20 with facets and snippets", times);
            // The same without snippets, to tell matching and faceting from highlighting.
            times.Clear();
            foreach (var q in Queries)
            {
                var clock = Stopwatch.StartNew();
                index.Search(q with { Limit = 0 });
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            Report("search: counts and facets only", times);
            return 0;
        });
        return command;
    }
}
