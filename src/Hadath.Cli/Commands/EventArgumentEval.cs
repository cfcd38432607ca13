using System.Globalization;
using System.Text.Json;
using Hadath.Core;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath eval events --arguments</c>: runs the analyze pipeline on each sentence of the gold's
/// <c>assault_spans_dev.json</c> and <c>protest_spans_dev.json</c> and scores the events of that PLOVER type against the
/// annotators' sides, per sentence: whether the sentence holds an event, not which verb it hangs on
/// (<see cref="EventArgumentScorer"/> holds the matching rules). A sentence belongs to the
/// half of its row in the detection file (<c>*_gsr_dev.csv</c>), so both scores split the same sentences; one that file
/// lacks goes by its place in the spans file.
/// </summary>
internal static class EventArgumentEval
{
    public static int Run(Pipeline pipeline, string dir, string? half, bool errors)
    {
        var all = new EventArgumentScorer();
        foreach (var (type, file, detection) in new[] { ("ASSAULT", "assault_spans_dev.json", "assault_gsr_dev.csv"), ("PROTEST", "protest_spans_dev.json", "protest_gsr_dev.csv") })
        {
            string path = Path.Combine(dir, file);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"hadath eval events: {path} not found (pass --data DIR)");
                return 2;
            }
            var rows = DetectionRows(Path.Combine(dir, detection));
            var scorer = new EventArgumentScorer();
            int sentences = 0, index = -1;
            foreach (var (text, annotators) in ReadSpans(path))
            {
                index++;
                int row = rows.TryGetValue(text, out var r) ? r : index;
                if (half is not null && row % 2 != (half == "even" ? 0 : 1)) continue;
                sentences++;
                var doc = pipeline.Analyze(text);
                var ours = doc.Events.Where(e => e.Plover == type).Select(e => new EventArgumentScorer.Predicted(SideOf(doc, e.Source), SideOf(doc, e.Target))).ToList();
                var outcome = scorer.Score(text, annotators, ours);
                if (errors) ReportErrors(type, doc, outcome, text);
            }
            Print(type, sentences, scorer);
            all.Add(scorer);
        }
        Print("all", null, all);
        return 0;
    }

    /// <summary>Each sentence of the detection file with its row number (the first row where a sentence repeats).</summary>
    private static Dictionary<string, int> DetectionRows(string path)
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(path)) return rows;
        int index = 0;
        foreach (var row in EvalEventsCommand.ReadCsv(path))
        {
            if (row.TryGetValue("text", out var text)) rows.TryAdd(text, index);
            index++;
        }
        return rows;
    }

    /// <summary>The sentences of a spans file with their annotators' events.</summary>
    internal static IEnumerable<(string Text, List<EventArgumentScorer.Annotation> Annotators)> ReadSpans(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var record in json.RootElement.EnumerateArray())
        {
            if (!record.TryGetProperty("text", out var text) || text.GetString() is not { } sentence) continue;
            var annotators = new List<EventArgumentScorer.Annotation>();
            if (record.TryGetProperty("spans", out var spans))
            {
                foreach (var s in spans.EnumerateArray()) annotators.Add(Annotation(s));
            }
            yield return (sentence, annotators);
        }
    }

    private static EventArgumentScorer.Annotation Annotation(JsonElement s) =>
        new(Tokens(s, "verb"), Tokens(s, "source_actor"), Tokens(s, "target_actor"),
            Role(s, "source_role", "main"), Role(s, "source_role", "role"), Role(s, "target_role", "main"), Role(s, "target_role", "role"));

    private static List<string> Tokens(JsonElement s, string name) =>
        s.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(t => t.GetString() ?? "").Where(t => t.Length > 0).ToList()
            : [];

    /// <summary>A side's country or role; the gold writes a missing one as "None", as null, or leaves the object out.</summary>
    private static string? Role(JsonElement s, string side, string field) =>
        s.TryGetProperty(side, out var roles) && roles.ValueKind == JsonValueKind.Object &&
        roles.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Our side: the phrase's span, or every mention of the entity in the sentence.</summary>
    private static EventArgumentScorer.Side? SideOf(AnalyzedDocument doc, EventArgument? argument)
    {
        if (argument is null) return null;
        if (argument.Span is { } span) return new EventArgumentScorer.Side([span], argument.Actor);
        var entity = doc.Entities.FirstOrDefault(e => e.Id == argument.EntityId);
        return entity is null ? null : new EventArgumentScorer.Side(entity.Mentions.Select(m => m.Span).ToList(), argument.Actor);
    }

    private static void ReportErrors(string type, AnalyzedDocument doc, EventArgumentScorer.Outcome outcome, string text)
    {
        string head = text[..Math.Min(text.Length, 200)];
        if (outcome.Gold != outcome.Ours)
        {
            Console.Error.WriteLine($"{(outcome.Ours ? "FP" : "FN")} {type} event :: {head}");
            return;
        }
        string ours = string.Join(" | ", doc.Events.Where(e => e.Plover == type).Select(e => $"{doc.Slice(e.Span)} S={Surface(doc, e.Source)} T={Surface(doc, e.Target)}"));
        if (outcome.SourceRight is false || outcome.TargetRight is false)
        {
            Console.Error.WriteLine($"ARG {type} src:{Mark(outcome.SourceRight)} tgt:{Mark(outcome.TargetRight)} gold S=[{outcome.GoldSource}] T=[{outcome.GoldTarget}] ours {ours} :: {head}");
        }
        if (outcome.SourceCodeMiss is { } source) Console.Error.WriteLine($"CODE {type} source {source} gold S=[{outcome.GoldSource}] ours {ours} :: {head}");
        if (outcome.TargetCodeMiss is { } target) Console.Error.WriteLine($"CODE {type} target {target} gold T=[{outcome.GoldTarget}] ours {ours} :: {head}");
    }

    private static string Mark(bool? right) => right switch { true => "ok", false => "WRONG", null => "-" };

    private static string Surface(AnalyzedDocument doc, EventArgument? argument)
    {
        if (argument is null) return "-";
        if (argument.Span is { } span) return $"[{doc.Slice(span)}]{argument.Actor}";
        var entity = doc.Entities.FirstOrDefault(e => e.Id == argument.EntityId);
        return $"[{entity?.Name}]{argument.Actor}";
    }

    private static void Print(string type, int? sentences, EventArgumentScorer scorer)
    {
        string count = sentences is { } n ? $"  sentences {n}" : "";
        Console.WriteLine($"{type}{count}");
        Line("event found", scorer.Found);
        Line("source span", scorer.Source);
        Line("target span", scorer.Target);
        Line("country", scorer.Country);
        Line("role", scorer.Role);
    }

    private static void Line(string measure, EventArgumentScorer.Tally t)
    {
        var s = t.Score;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {measure,-12} P {100 * s.Precision,5:F1}  R {100 * s.Recall,5:F1}  F1 {100 * s.F1,5:F1}  (tp {s.TruePositives} fp {s.FalsePositives} fn {s.FalseNegatives})"));
    }
}
