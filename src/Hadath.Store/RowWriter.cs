using System.Data.Common;
using System.Globalization;

namespace Hadath.Store;

/// <summary>
/// Inserts documents and their flattened rows inside the caller's transaction. Each statement is prepared once
/// per batch and reused with new values (parameters <c>@p0…</c>), which keeps row inserts cheap.
/// </summary>
internal sealed class RowWriter(DbConnection connection, DbTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _prepared = new(StringComparer.Ordinal);

    /// <summary>Returns false, writing nothing, when the id is already stored (re-ingesting changes nothing).</summary>
    public bool InsertDocument(DocumentRecord doc, long seq) => Run("""
        INSERT INTO documents (id, hash, seq, title, date, source, url, origin, text, analysis, simhash, ingested_at)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)
        ON CONFLICT (id) DO NOTHING
        """, doc.Id, doc.Hash, seq, doc.Title, doc.Date, doc.Source, doc.Url, doc.Origin, doc.Text, doc.AnalysisJson, doc.SimHash,
        SqlDocumentStore.Now()) == 1;

    public void InsertRows(DocumentRecord doc)
    {
        if (doc.DuplicateOf is { } dup) InsertLink(doc.Id, dup);
        if (doc.MinHash is { } sketch) InsertSketch(doc.Id, sketch);
        foreach (var e in doc.Entities)
        {
            Run("INSERT INTO entities (doc_id, entity_id, type, name, actor, mentions) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
                doc.Id, e.EntityId, e.Type, e.Name, e.Actor, e.MentionCount);
        }
        foreach (var m in doc.Mentions.DistinctBy(m => (m.Start, m.End, m.EntityId)))
        {
            Run("INSERT INTO mentions (doc_id, entity_id, span_start, span_end) VALUES (@p0, @p1, @p2, @p3)", doc.Id, m.EntityId, m.Start, m.End);
        }
        foreach (var q in doc.Quotes)
        {
            Run("""
                INSERT INTO quotes (doc_id, ord, span_start, span_end, text, speaker_id, speaker_name, speaker_text, cue, direct)
                VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)
                """, doc.Id, q.Ordinal, q.Start, q.End, q.Text, q.SpeakerId, q.SpeakerName, q.SpeakerText, q.Cue, q.Direct ? 1 : 0);
        }
        foreach (var c in doc.Counts)
        {
            Run("INSERT INTO counts (doc_id, ord, span_start, span_end, text, kind, value, place_id) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)",
                doc.Id, c.Ordinal, c.Start, c.End, c.Text, c.Kind, c.Value, c.PlaceId);
        }
        foreach (var t in doc.Times)
        {
            Run("INSERT INTO times (doc_id, ord, span_start, span_end, text, value) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
                doc.Id, t.Ordinal, t.Start, t.End, t.Text, t.Value);
        }
        foreach (var e in doc.Events)
        {
            Run("""
                INSERT INTO events (doc_id, ord, span_start, span_end, trigger_text, code, plover, quad, source_entity, source_actor,
                                    target_entity, target_actor, time_value, rule, place_entity, goldstein, source_text, target_text)
                VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17)
                """, doc.Id, e.Ordinal, e.Start, e.End, e.Trigger, e.Code, e.Plover, e.Quad, e.SourceEntity, e.SourceActor,
                e.TargetEntity, e.TargetActor, e.Time, e.Rule, e.PlaceEntity, e.Goldstein, e.SourceText, e.TargetText);
        }
    }

    public void InsertLink(string id, DuplicateLink link) =>
        Run("INSERT INTO duplicates (doc_id, original_id, distance, similarity) VALUES (@p0, @p1, @p2, @p3) ON CONFLICT (doc_id) DO NOTHING",
            id, link.OriginalId, link.Distance, link.Similarity);

    public void InsertSketch(string id, MinHashSketch sketch)
    {
        Run("INSERT INTO minhashes (doc_id, signature) VALUES (@p0, @p1) ON CONFLICT (doc_id) DO NOTHING", id, SignatureText.Encode(sketch.Signature));
        // All of a story's band rows in one statement: one round trip instead of 32 (PostgreSQL ran at a fifth of
        // SQLite's speed with one per row). Stories have 32 bands, so the statement is prepared once per batch.
        var bands = sketch.Bands.Distinct().ToArray();
        if (bands.Length == 0) return;
        var values = new object?[bands.Length * 2];
        for (int i = 0; i < bands.Length; i++)
        {
            values[2 * i] = bands[i];
            values[2 * i + 1] = id;
        }
        Run(BandInsert(bands.Length), values);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> BandInserts = new();

    private static string BandInsert(int rows) => BandInserts.GetOrAdd(rows, n =>
        "INSERT INTO minhash_bands (band_key, doc_id) VALUES "
        + string.Join(", ", Enumerable.Range(0, n).Select(i => string.Create(CultureInfo.InvariantCulture, $"(@p{2 * i}, @p{2 * i + 1})")))
        + " ON CONFLICT (band_key, doc_id) DO NOTHING");

    private int Run(string sql, params object?[] values)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = connection.Command(sql, transaction);
            for (int i = 0; i < values.Length; i++) command.With("@p" + i.ToString(CultureInfo.InvariantCulture), values[i]);
            _prepared[sql] = command;
        }
        else
        {
            // A null first seen leaves the parameter untyped; values are plain CLR values both providers infer from.
            for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values) command.Dispose();
    }
}
