namespace Hadath.Store;

/// <summary>Events counted once per cluster of copies, and corpus statistics.</summary>
internal sealed partial class SqlDocumentStore
{
    /// <summary>How the actor network names an event's sides: the entity's name, else the bare actor code.</summary>
    private const string SourceNode = "COALESCE(se.name, e.source_actor)";
    private const string TargetNode = "COALESCE(te.name, e.target_actor)";

    public Page<EventSummary> Events(EventQuery query)
    {
        using var connection = _dialect.Open();
        // Only events of original stories are listed; their copies add mentions and sources instead of rows.
        var where = new List<string> { "NOT EXISTS (SELECT 1 FROM duplicates dx WHERE dx.doc_id = e.doc_id)" };
        var args = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(query.Code))
        {
            where.Add("e.code LIKE @code");
            args.Add(("@code", query.Code.Trim() + "%"));
        }
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            where.Add("(e.source_actor = @actor OR e.target_actor = @actor)");
            args.Add(("@actor", query.Actor.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            where.Add("(se.name = @entity OR te.name = @entity)");
            args.Add(("@entity", query.Entity.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            where.Add($"{SourceNode} = @source");
            args.Add(("@source", query.Source.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.Target))
        {
            where.Add($"{TargetNode} = @target");
            args.Add(("@target", query.Target.Trim()));
        }
        if (query.Quad is { } quad)
        {
            where.Add("e.quad = @quad");
            args.Add(("@quad", quad));
        }
        if (!string.IsNullOrWhiteSpace(query.From))
        {
            where.Add("d.date >= @from");
            args.Add(("@from", query.From.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.To))
        {
            where.Add("d.date <= @to");
            args.Add(("@to", query.To.Trim()));
        }
        var from = """
            events e JOIN documents d ON d.id = e.doc_id
            LEFT JOIN entities se ON se.doc_id = e.doc_id AND se.entity_id = e.source_entity
            LEFT JOIN entities te ON te.doc_id = e.doc_id AND te.entity_id = e.target_entity
            """;
        const string place = "LEFT JOIN entities pe ON pe.doc_id = e.doc_id AND pe.entity_id = e.place_entity";
        var filter = "WHERE " + string.Join(" AND ", where);
        long total = With(connection.Command($"SELECT COUNT(*) FROM {from} {filter}"), args).Scalar();
        var items = new List<EventSummary>();
        using (var command = With(connection.Command($"""
            SELECT e.doc_id, d.date, e.span_start, e.span_end, e.trigger_text, e.code, e.plover, e.quad,
                   e.source_actor, se.name, e.target_actor, te.name, e.time_value, e.rule,
                   1 + (SELECT COUNT(DISTINCT c.doc_id) FROM duplicates c JOIN events ce ON ce.doc_id = c.doc_id
                        WHERE c.original_id = e.doc_id AND ce.code = e.code),
                   (SELECT COUNT(DISTINCT sd.source) FROM documents sd
                    WHERE sd.id = e.doc_id OR sd.id IN (SELECT c.doc_id FROM duplicates c JOIN events ce ON ce.doc_id = c.doc_id
                                                       WHERE c.original_id = e.doc_id AND ce.code = e.code)),
                   d.source, d.url, e.goldstein, pe.name, pe.actor, d.ingested_at
            FROM {from} {place} {filter}
            ORDER BY d.date DESC, d.seq DESC, e.ord LIMIT @limit OFFSET @offset
            """), args.Append(("@limit", query.Limit)).Append(("@offset", query.Offset))))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                items.Add(new EventSummary(r.GetString(0), r.StringOrNull(1), r.Int32(2), r.Int32(3), r.GetString(4), r.GetString(5),
                    r.StringOrNull(6), r.Int32(7), r.StringOrNull(8), r.StringOrNull(9), r.StringOrNull(10), r.StringOrNull(11),
                    r.StringOrNull(12), r.GetString(13), r.Int64(14), r.Int64(15), r.StringOrNull(16), r.StringOrNull(17))
                {
                    Goldstein = r.IsDBNull(18) ? null : Convert.ToDouble(r.GetValue(18), System.Globalization.CultureInfo.InvariantCulture),
                    PlaceName = r.StringOrNull(19), PlaceActor = r.StringOrNull(20), IngestedAt = r.StringOrNull(21),
                });
            }
        }
        return new Page<EventSummary>(total, items);
    }

    public CorpusStats Stats()
    {
        using var connection = _dialect.Open();
        long Count(string sql) => connection.Command(sql).Scalar();
        string? First(string sql)
        {
            using var command = connection.Command(sql);
            return command.ExecuteScalar() is string s ? s : null;
        }
        return new CorpusStats(
            Documents: Count("SELECT COUNT(*) FROM documents"),
            Duplicates: Count("SELECT COUNT(*) FROM duplicates"),
            Entities: Count("SELECT COUNT(*) FROM (SELECT name, type FROM entities GROUP BY name, type) t"),
            Mentions: Count("SELECT COUNT(*) FROM mentions"),
            Quotes: Count("SELECT COUNT(*) FROM quotes"),
            Counts: Count("SELECT COUNT(*) FROM counts"),
            Times: Count("SELECT COUNT(*) FROM times"),
            Events: Count("SELECT COUNT(*) FROM events"),
            FirstDate: First("SELECT MIN(date) FROM documents"),
            LastDate: First("SELECT MAX(date) FROM documents"),
            Sources: ReadFacets(connection, "SELECT source, COUNT(*) FROM documents WHERE source IS NOT NULL GROUP BY source ORDER BY COUNT(*) DESC, source LIMIT 50"),
            EventRoots: ReadFacets(connection, "SELECT substr(code, 1, 2), COUNT(*) FROM events GROUP BY substr(code, 1, 2) ORDER BY substr(code, 1, 2)"),
            DocumentsPerMonth: ReadFacets(connection, "SELECT substr(date, 1, 7), COUNT(*) FROM documents WHERE date IS NOT NULL GROUP BY substr(date, 1, 7) ORDER BY substr(date, 1, 7)"));
    }
}
