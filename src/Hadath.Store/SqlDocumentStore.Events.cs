namespace Hadath.Store;

/// <summary>Events counted once per cluster of copies, and corpus statistics.</summary>
internal sealed partial class SqlDocumentStore
{
    /// <summary>The listing's conditions: the network's filters plus actor, entity and the two named sides.</summary>
    private static EventFilter ListingFilter(EventQuery query) =>
        EventFilter.Events(query.Code, query.Quad, query.From, query.To)
            .Actor(query.Actor).Entity(query.Entity).Source(query.Source).Target(query.Target);

    public IReadOnlyList<Facet> EventsPerMonth(EventQuery query)
    {
        using var connection = _dialect.Open();
        var filter = ListingFilter(query);
        string where = filter.Where.Length == 0 ? "WHERE d.date IS NOT NULL" : filter.Where + " AND d.date IS NOT NULL";
        return ReadFacets(connection,
            $"SELECT substr(d.date, 1, 7), COUNT(*) FROM {EventFilter.EventsFrom} {where} GROUP BY substr(d.date, 1, 7) ORDER BY substr(d.date, 1, 7)",
            filter.Args.ToArray());
    }

    public Page<EventSummary> Events(EventQuery query)
    {
        using var connection = _dialect.Open();
        var filter = ListingFilter(query);
        var args = filter.Args;
        const string from = EventFilter.EventsFrom;
        const string place = "LEFT JOIN entities pe ON pe.doc_id = e.doc_id AND pe.entity_id = e.place_entity";
        long total = With(connection.Command($"SELECT COUNT(*) FROM {from} {filter.Where}"), args).Scalar();
        var items = new List<EventSummary>();
        using (var command = With(connection.Command($"""
            SELECT e.doc_id, d.date, e.span_start, e.span_end, e.trigger_text, e.code, e.plover, e.quad,
                   e.source_actor, se.name, e.target_actor, te.name, e.time_value, e.rule,
                   1 + (SELECT COUNT(DISTINCT c.doc_id) FROM duplicates c JOIN events ce ON ce.doc_id = c.doc_id
                        WHERE c.original_id = e.doc_id AND ce.code = e.code),
                   (SELECT COUNT(DISTINCT sd.source) FROM documents sd
                    WHERE sd.id = e.doc_id OR sd.id IN (SELECT c.doc_id FROM duplicates c JOIN events ce ON ce.doc_id = c.doc_id
                                                       WHERE c.original_id = e.doc_id AND ce.code = e.code)),
                   d.source, d.url, e.goldstein, pe.name, pe.actor, d.ingested_at, e.source_text, e.target_text
            FROM {from} {place} {filter.Where}
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
                    SourceText = r.StringOrNull(22), TargetText = r.StringOrNull(23),
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
