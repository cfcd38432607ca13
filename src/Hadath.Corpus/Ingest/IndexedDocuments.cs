using System.Text.Json;
using Hadath.Search;
using Hadath.Store;

namespace Hadath.Corpus.Ingest;

/// <summary>What the search index needs from a stored document.</summary>
public static class IndexedDocuments
{
    public static IndexedDocument From(DocumentRecord record)
    {
        var entities = record.Entities.Select(e => e.Name).ToList();
        var events = record.Events.Select(e => e.Code).ToList();
        if (entities.Count == 0 && events.Count == 0) ReadLayers(record.AnalysisJson, entities, events);
        return new IndexedDocument(record.Id, record.Title, record.Text, record.Date, record.Source, entities, events);
    }

    /// <summary>Records read back from the store carry only the analysis JSON: take the names and codes from it.</summary>
    private static void ReadLayers(string json, List<string> entities, List<string> events)
    {
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.TryGetProperty("entities", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in list.EnumerateArray())
            {
                if (e.TryGetProperty("name", out var name) && name.GetString() is { } n) entities.Add(n);
            }
        }
        if (doc.RootElement.TryGetProperty("events", out var evs) && evs.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in evs.EnumerateArray())
            {
                if (e.TryGetProperty("code", out var code) && code.GetString() is { } c) events.Add(c);
            }
        }
    }
}
