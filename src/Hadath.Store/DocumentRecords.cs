using System.Globalization;
using Hadath.Core;

namespace Hadath.Store;

/// <summary>Flattens an analyzed document into the store's rows; whatever layers it carries are kept, the rest stay empty.</summary>
public static class DocumentRecords
{
    public static DocumentRecord FromAnalysis(AnalyzedDocument doc, string id, string hash, long simHash, string analysisJson)
    {
        var meta = doc.Metadata;
        var names = doc.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        string? NameOf(string? entityId) => entityId is not null && names.TryGetValue(entityId, out var n) ? n : null;
        return new DocumentRecord
        {
            Id = id,
            Hash = hash,
            Text = doc.Text,
            AnalysisJson = analysisJson,
            Title = meta.Title,
            Date = meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Source = meta.Source,
            Url = meta.Url,
            Origin = meta.Origin,
            SimHash = simHash,
            Entities = doc.Entities
                .Select(e => new EntityRow(e.Id, e.Type.ToString(), e.Name, e.Actor, e.Mentions.Length)).ToList(),
            Mentions = doc.Entities
                .SelectMany(e => e.Mentions.Select(m => new MentionRow(e.Id, m.Start, m.End))).ToList(),
            Quotes = doc.Quotes.Select((q, i) => new QuoteRow(i, q.Start, q.End, doc.Slice(q.Span), q.SpeakerId, NameOf(q.SpeakerId),
                q.SpeakerSpan is { } s ? doc.Slice(s) : null, q.CueSpan is { } c ? doc.Slice(c) : null, q.Direct)).ToList(),
            Counts = doc.Counts.Select((c, i) => new CountRow(i, c.Start, c.End, doc.Slice(c.Span), c.Kind, c.Value, c.PlaceId)).ToList(),
            Times = doc.Times.Select((t, i) => new TimeRow(i, t.Start, t.End, doc.Slice(t.Span), t.Value)).ToList(),
            Events = doc.Events.Select((e, i) => new EventRow(i, e.Start, e.End, doc.Slice(e.Span), e.Code, e.Plover, e.Quad,
                e.Source?.EntityId, e.Source?.Actor, e.Target?.EntityId, e.Target?.Actor, e.Time, e.Rule)
                {
                    PlaceEntity = e.PlaceId, Goldstein = e.Goldstein,
                    SourceText = e.Source?.Span is { } ss ? doc.Slice(ss) : null,
                    TargetText = e.Target?.Span is { } ts ? doc.Slice(ts) : null,
                }).ToList(),
        };
    }
}
