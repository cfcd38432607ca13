using System.Data.Common;

namespace Hadath.Store;

/// <summary>Inserts one document and its flattened rows inside the caller's transaction.</summary>
internal sealed class RowWriter(DbConnection connection, DbTransaction transaction)
{
    /// <summary>Returns false, writing nothing, when the id is already stored (re-ingesting changes nothing).</summary>
    public bool InsertDocument(DocumentRecord doc, long seq)
    {
        int inserted = Command("""
            INSERT INTO documents (id, hash, seq, title, date, source, url, origin, text, analysis, simhash, ingested_at)
            VALUES (@id, @hash, @seq, @title, @date, @source, @url, @origin, @text, @analysis, @simhash, @at)
            ON CONFLICT (id) DO NOTHING
            """)
            .With("@id", doc.Id).With("@hash", doc.Hash).With("@seq", seq).With("@title", doc.Title).With("@date", doc.Date)
            .With("@source", doc.Source).With("@url", doc.Url).With("@origin", doc.Origin).With("@text", doc.Text)
            .With("@analysis", doc.AnalysisJson).With("@simhash", doc.SimHash).With("@at", SqlDocumentStore.Now())
            .Run();
        return inserted == 1;
    }

    public void InsertRows(DocumentRecord doc)
    {
        if (doc.DuplicateOf is { } dup)
        {
            Command("INSERT INTO duplicates (doc_id, original_id, distance) VALUES (@d, @o, @x) ON CONFLICT (doc_id) DO NOTHING")
                .With("@d", doc.Id).With("@o", dup.OriginalId).With("@x", dup.Distance).Run();
        }
        foreach (var e in doc.Entities)
        {
            Command("INSERT INTO entities (doc_id, entity_id, type, name, actor, mentions) VALUES (@d, @e, @t, @n, @a, @m)")
                .With("@d", doc.Id).With("@e", e.EntityId).With("@t", e.Type).With("@n", e.Name).With("@a", e.Actor)
                .With("@m", e.MentionCount).Run();
        }
        foreach (var m in doc.Mentions.DistinctBy(m => (m.Start, m.End, m.EntityId)))
        {
            Command("INSERT INTO mentions (doc_id, entity_id, span_start, span_end) VALUES (@d, @e, @s, @x)")
                .With("@d", doc.Id).With("@e", m.EntityId).With("@s", m.Start).With("@x", m.End).Run();
        }
        foreach (var q in doc.Quotes)
        {
            Command("""
                INSERT INTO quotes (doc_id, ord, span_start, span_end, text, speaker_id, speaker_name, speaker_text, cue, direct)
                VALUES (@d, @o, @s, @x, @t, @si, @sn, @st, @c, @dir)
                """)
                .With("@d", doc.Id).With("@o", q.Ordinal).With("@s", q.Start).With("@x", q.End).With("@t", q.Text)
                .With("@si", q.SpeakerId).With("@sn", q.SpeakerName).With("@st", q.SpeakerText).With("@c", q.Cue)
                .With("@dir", q.Direct ? 1 : 0).Run();
        }
        foreach (var c in doc.Counts)
        {
            Command("INSERT INTO counts (doc_id, ord, span_start, span_end, text, kind, value, place_id) VALUES (@d, @o, @s, @x, @t, @k, @v, @p)")
                .With("@d", doc.Id).With("@o", c.Ordinal).With("@s", c.Start).With("@x", c.End).With("@t", c.Text)
                .With("@k", c.Kind).With("@v", c.Value).With("@p", c.PlaceId).Run();
        }
        foreach (var t in doc.Times)
        {
            Command("INSERT INTO times (doc_id, ord, span_start, span_end, text, value) VALUES (@d, @o, @s, @x, @t, @v)")
                .With("@d", doc.Id).With("@o", t.Ordinal).With("@s", t.Start).With("@x", t.End).With("@t", t.Text)
                .With("@v", t.Value).Run();
        }
        foreach (var e in doc.Events)
        {
            Command("""
                INSERT INTO events (doc_id, ord, span_start, span_end, trigger_text, code, plover, quad, source_entity, source_actor,
                                    target_entity, target_actor, time_value, rule)
                VALUES (@d, @o, @s, @x, @t, @c, @p, @q, @se, @sa, @te, @ta, @tv, @r)
                """)
                .With("@d", doc.Id).With("@o", e.Ordinal).With("@s", e.Start).With("@x", e.End).With("@t", e.Trigger)
                .With("@c", e.Code).With("@p", e.Plover).With("@q", e.Quad).With("@se", e.SourceEntity).With("@sa", e.SourceActor)
                .With("@te", e.TargetEntity).With("@ta", e.TargetActor).With("@tv", e.Time).With("@r", e.Rule).Run();
        }
    }

    private DbCommand Command(string sql) => connection.Command(sql, transaction);
}
