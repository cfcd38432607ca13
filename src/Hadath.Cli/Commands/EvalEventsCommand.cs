using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hadath.Core;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath eval events</c>: ASSAULT and PROTEST sentence detection on the Arabic event gold (its
/// <c>*_gsr_dev.csv</c> files). A sentence is predicted positive when the analyze pipeline yields an event of
/// that PLOVER type. Gold positive: label "yes" (unanimous accept); negative: "easy no" and "difficult no";
/// "ambiguous" rows are left out. Prints P/R/F1 per type and their mean (in percent). With <c>--arguments</c> it scores
/// the events' sources and targets on the gold's <c>*_spans_dev.json</c> instead (<see cref="EventArgumentEval"/>).
/// </summary>
internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "Folder with assault_gsr_dev.csv and protest_gsr_dev.csv.",
            DefaultValueFactory = _ => "../shared/data/events/arabic-event-gsr-dev",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "metrics.json recorded with the shipped lexicon; exit 3 when mean F1 falls more than 0.5 below it.",
        };
        var errors = new Option<bool>("--errors") { Description = "Print each false positive (with the rule that fired) and false negative to stderr." };
        var rules = new Option<bool>("--rules") { Description = "After the scores, print how many true and false positives each rule (its trigger, without its condition) took part in." };
        var half = new Option<string?>("--half")
        {
            Description = "Score only the even (rows 0, 2, 4 … of each file) or odd rows: two halves to check that a change helps on both.",
        };
        half.AcceptOnlyFromAmong("even", "odd");
        var arguments = new Option<bool>("--arguments")
        {
            Description = "Score event arguments on assault_spans_dev.json and protest_spans_dev.json instead of detection. A sentence " +
                          "holds a gold event when at least half its annotators marked a verb, and a side (source, target) when at least " +
                          "half of those gave it (its tokens: the union of theirs, as whole words). Event found: a sentence with a gold " +
                          "event and one of ours of the file's type. Sides are scored on paired events only (of several of ours, the one " +
                          "overlapping the gold sides most): right when one of our side's spans (the entity's mentions, or the phrase) " +
                          "overlaps a gold token; a wrong side is both fp and fn. Country/role: only where the gold side gives one, right " +
                          "when our side is right and its actor code starts with the country or holds the role in a later 3-letter block " +
                          "(a code opening with a role code, UAF or CVL, names no country and is all roles). " +
                          "--half splits by the sentence's row in *_gsr_dev.csv, as detection does; --errors lists sides we got wrong.",
        };
        var command = new Command("events", "Score ASSAULT/PROTEST sentence detection (P/R/F1) on the Arabic event gold, or with --arguments the events' sources and targets.")
            { data, baseline, errors, rules, half, arguments };
        command.SetAction(parse => parse.GetValue(arguments)
            ? EventArgumentEval.Run(HadathPipeline.Create(), parse.GetValue(data)!, parse.GetValue(half), parse.GetValue(errors))
            : Run(parse.GetValue(data)!, parse.GetValue(baseline), parse.GetValue(errors), parse.GetValue(rules), parse.GetValue(half)));
        return command;
    }

    private static int Run(string dir, string? baselinePath, bool errors, bool rules, string? half)
    {
        var pipeline = HadathPipeline.Create();
        var scores = new List<double>();
        var byRule = new SortedDictionary<string, (int Tp, int Fp)>(StringComparer.Ordinal);
        foreach (var (type, file) in new[] { ("ASSAULT", "assault_gsr_dev.csv"), ("PROTEST", "protest_gsr_dev.csv") })
        {
            string path = Path.Combine(dir, file);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"hadath eval events: {path} not found (pass --data DIR)");
                return 2;
            }
            int tp = 0, fp = 0, fn = 0, rows = 0;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            int index = -1;
            foreach (var row in ReadCsv(path))
            {
                index++;
                if (half is not null && index % 2 != (half == "even" ? 0 : 1)) continue;
                string label = row.GetValueOrDefault("label", "");
                if (label == "ambiguous" || !row.TryGetValue("text", out var text)) continue;
                bool gold = label == "yes";
                var doc = pipeline.Analyze(text);
                bool predicted = doc.Events.Any(e => e.Plover == type);
                rows++;
                if (predicted && gold) tp++;
                else if (predicted) fp++;
                else if (gold) fn++;
                if (predicted)
                {
                    // A rule is its trigger phrase; the condition that let it fire (+casualty:مقتل) varies by sentence.
                    foreach (var rule in doc.Events.Where(e => e.Plover == type).Select(e => type + " " + e.Rule.Split('+')[0]).Distinct())
                    {
                        var (ruleTp, ruleFp) = byRule.GetValueOrDefault(rule);
                        byRule[rule] = gold ? (ruleTp + 1, ruleFp) : (ruleTp, ruleFp + 1);
                    }
                }
                if (errors && predicted != gold)
                {
                    string rule = string.Join(" | ", doc.Events.Where(e => e.Plover == type).Select(e => e.Rule));
                    Console.Error.WriteLine($"{(predicted ? "FP" : "FN")} {type} {rule} :: {text[..Math.Min(text.Length, 160)]}");
                }
            }
            double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            scores.Add(100 * f);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{type,-8} sentences {rows,5}  P {100 * p:F1}  R {100 * r:F1}  F1 {100 * f:F1}  (tp {tp} fp {fp} fn {fn}, {rows / Math.Max(0.001, watch.Elapsed.TotalSeconds):F0} sentences/s)"));
        }
        if (rules)
        {
            foreach (var (rule, (t, f)) in byRule) Console.WriteLine($"rule {rule}  tp {t} fp {f}");
        }
        double mean = scores.Average();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean F1 {mean:F1}"));
        return BaselineGuard.Check("eval events", baselinePath, "mean_f1", mean);
    }

    /// <summary>RFC 4180 CSV with a header row; quoted fields may hold commas, quotes ("") and line breaks.</summary>
    internal static IEnumerable<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        string[]? header = null;
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        int c;
        while (true)
        {
            c = reader.Read();
            if (quoted)
            {
                if (c == -1) break;
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else field.Append((char)c);
                continue;
            }
            if (c == '"') { quoted = true; continue; }
            if (c == ',') { fields.Add(field.ToString()); field.Clear(); continue; }
            if (c == '\r') continue;
            if (c == '\n' || c == -1)
            {
                if (c == -1 && fields.Count == 0 && field.Length == 0) break;
                fields.Add(field.ToString());
                field.Clear();
                if (header is null) header = fields.ToArray();
                else
                {
                    var row = new Dictionary<string, string>(StringComparer.Ordinal);
                    for (int k = 0; k < header.Length && k < fields.Count; k++) row[header[k]] = fields[k];
                    yield return row;
                }
                fields.Clear();
                if (c == -1) break;
                continue;
            }
            field.Append((char)c);
        }
    }
}
