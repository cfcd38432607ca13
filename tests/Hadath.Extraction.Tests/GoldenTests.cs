using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Hadath.Core;
using Hadath.Core.Json;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Quotes;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Whole wire stories (written for these tests) through the extraction stages, compared with their expected
/// JSON. Entities come from each folder's <c>entities.tsv</c> so the goldens pin extraction, not NER; the story
/// date is the end of the folder name. Regenerate with <c>HADATH_REGENERATE_GOLDEN=1</c> and review the diff.
/// Sentences are left out of the comparison: they belong to the splitter.
/// </summary>
public sealed class GoldenTests
{
    private static readonly IStage[] Stages = { new ActorStage(), new QuoteStage(), new CountStage(), new TimeStage(), new EventStage() };

    public static TheoryData<string> Stories()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Golden")).OrderBy(d => d, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void test_golden_story(string name)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        string text = File.ReadAllText(Path.Combine(dir, "input.txt"));
        string date = name[^10..];
        var doc = Docs.Tokenized(text, date);
        doc = doc.WithEntities(ReadEntities(text, Path.Combine(dir, "entities.tsv")));
        foreach (var stage in Stages) doc = stage.Process(doc);

        var json = JsonNode.Parse(AnalyzedDocumentJson.Serialize(doc))!.AsObject();
        json.Remove("sentences");
        string actual = json.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";

        if (Environment.GetEnvironmentVariable("HADATH_REGENERATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDir(), "Golden", name, "expected.json"), actual);
            return;
        }
        string expectedPath = Path.Combine(dir, "expected.json");
        Assert.True(File.Exists(expectedPath), $"{expectedPath} missing: run with HADATH_REGENERATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    private static ImmutableArray<Entity> ReadEntities(string text, string path)
    {
        var claimed = new List<TextSpan>();
        var rows = File.ReadAllLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        var mentions = rows.Select(_ => new List<Mention>()).ToList();
        // Longer surfaces first so كيري does not claim the end of جون كيري.
        var surfaces = rows.SelectMany((r, i) => r[2].Split('|').Select(s => (Surface: s, Row: i))).OrderByDescending(x => x.Surface.Length);
        foreach (var (surface, row) in surfaces)
        {
            for (int at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + surface.Length);
                if (!IsWordAt(text, span) || claimed.Any(c => c.Overlaps(span))) continue;
                claimed.Add(span);
                mentions[row].Add(new Mention(span));
            }
        }
        return rows.Select((r, i) => new Entity($"e{i + 1}", Enum.Parse<EntityType>(r[0]), r[1], mentions[i].OrderBy(m => m.Start).ToImmutableArray()))
            .Where(e => e.Mentions.Length > 0)
            .ToImmutableArray();
    }

    /// <summary>Whole words only, allowing one glued proclitic letter before (وروسيا, لموسكو).</summary>
    private static bool IsWordAt(string text, TextSpan span)
    {
        bool after = span.End >= text.Length || !char.IsLetter(text[span.End]);
        int b = span.Start - 1;
        if (b >= 0 && "وبلفك".Contains(text[b])) b--;
        bool before = b < 0 || !char.IsLetter(text[b]);
        return after && before;
    }

    private static string SourceDir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
