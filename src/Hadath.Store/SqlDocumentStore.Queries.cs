using System.Data.Common;

namespace Hadath.Store;

/// <summary>The read side: listings and aggregates for the API and the web interface.</summary>
internal sealed partial class SqlDocumentStore
{
    private const string SummaryColumns = "d.id, d.title, d.date, d.source, d.url, x.original_id";
    private const string SummaryFrom = "documents d LEFT JOIN duplicates x ON x.doc_id = d.id";

    private static DocumentSummary ReadSummary(DbDataReader r, int at = 0) =>
        new(r.GetString(at), r.StringOrNull(at + 1), r.StringOrNull(at + 2), r.StringOrNull(at + 3), r.StringOrNull(at + 4),
            r.StringOrNull(at + 5));

    public StoredDocument? Get(string id)
    {
        using var connection = _dialect.Open();
        DocumentSummary summary;
        string hash, text, analysis;
        using (var command = connection.Command($"SELECT {SummaryColumns}, d.hash, d.text, d.analysis FROM {SummaryFrom} WHERE d.id = @id").With("@id", id))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) return null;
            summary = ReadSummary(reader);
            hash = reader.GetString(6);
            text = reader.GetString(7);
            analysis = reader.GetString(8);
        }
        // The whole cluster of copies: those that copy this story, or the original it copies and its other copies.
        var cluster = summary.DuplicateOf ?? summary.Id;
        // IN over a union keeps both lookups on indexes (an OR across the join scanned every document).
        var duplicates = ReadSummaries(connection, $"""
            SELECT {SummaryColumns} FROM {SummaryFrom}
            WHERE d.id IN (SELECT CAST(@c AS TEXT) UNION SELECT doc_id FROM duplicates WHERE original_id = @c) AND d.id <> @id
            ORDER BY d.seq
            """, ("@c", cluster), ("@id", id));
        return new StoredDocument(summary, hash, text, analysis, duplicates);
    }

    public Page<DocumentSummary> List(int limit, int offset)
    {
        using var connection = _dialect.Open();
        long total = connection.Command("SELECT COUNT(*) FROM documents").Scalar();
        var items = ReadSummaries(connection, $"""
            SELECT {SummaryColumns} FROM {SummaryFrom}
            ORDER BY d.date DESC, d.seq DESC LIMIT @limit OFFSET @offset
            """, ("@limit", limit), ("@offset", offset));
        return new Page<DocumentSummary>(total, items);
    }

    public IEnumerable<DocumentRecord> ReadAll(long skip = 0)
    {
        using var connection = _dialect.Open();
        // Skipped rows are left to the database rather than read and dropped here (both dialects take a bigint LIMIT).
        using var command = connection.Command($"""
            SELECT d.id, d.hash, d.text, d.analysis, d.title, d.date, d.source, d.url, d.origin, d.simhash, x.original_id, x.distance,
                   x.similarity
            FROM {SummaryFrom} ORDER BY d.seq LIMIT @limit OFFSET @offset
            """).With("@limit", long.MaxValue).With("@offset", skip);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new DocumentRecord
            {
                Id = reader.GetString(0), Hash = reader.GetString(1), Text = reader.GetString(2), AnalysisJson = reader.GetString(3),
                Title = reader.StringOrNull(4), Date = reader.StringOrNull(5), Source = reader.StringOrNull(6),
                Url = reader.StringOrNull(7), Origin = reader.StringOrNull(8), SimHash = reader.Int64(9),
                DuplicateOf = reader.IsDBNull(10) ? null : new DuplicateLink(reader.GetString(10), reader.Int32(11))
                {
                    Similarity = reader.IsDBNull(12) ? null : reader.GetDouble(12),
                },
            };
        }
    }

    public IEnumerable<(string Id, long SimHash)> Fingerprints()
    {
        using var connection = _dialect.Open();
        using var command = connection.Command(
            """
            SELECT d.id, d.simhash FROM documents d
            WHERE NOT EXISTS (SELECT 1 FROM duplicates x WHERE x.doc_id = d.id) AND NOT EXISTS (SELECT 1 FROM minhashes m WHERE m.doc_id = d.id)
            ORDER BY d.seq
            """);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return (reader.GetString(0), reader.Int64(1));
    }

    public Page<EntitySummary> Entities(string? nameContains, string? type, int limit, int offset)
    {
        using var connection = _dialect.Open();
        var where = new List<string>();
        var args = new List<(string, object?)> { ("@limit", limit), ("@offset", offset) };
        if (!string.IsNullOrWhiteSpace(nameContains))
        {
            where.Add("name LIKE @q ESCAPE '\\'");
            args.Add(("@q", DbExtensions.LikeContains(nameContains.Trim())));
        }
        if (!string.IsNullOrWhiteSpace(type))
        {
            where.Add("type = @type");
            args.Add(("@type", type.Trim().ToUpperInvariant()));
        }
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        long total = With(connection.Command($"SELECT COUNT(*) FROM (SELECT name, type FROM entities {filter} GROUP BY name, type) t"), args).Scalar();
        var items = new List<EntitySummary>();
        using (var command = With(connection.Command($"""
            SELECT name, type, MAX(actor), COUNT(DISTINCT doc_id), SUM(mentions) FROM entities {filter}
            GROUP BY name, type ORDER BY COUNT(DISTINCT doc_id) DESC, SUM(mentions) DESC, name LIMIT @limit OFFSET @offset
            """), args))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add(new EntitySummary(reader.GetString(0), reader.GetString(1), reader.StringOrNull(2), reader.Int64(3), reader.Int64(4)));
            }
        }
        return new Page<EntitySummary>(total, items);
    }

    public EntityDetail? Entity(string name)
    {
        using var connection = _dialect.Open();
        EntitySummary? summary = null;
        using (var command = connection.Command("""
            SELECT name, type, MAX(actor), COUNT(DISTINCT doc_id), SUM(mentions) FROM entities WHERE name = @n
            GROUP BY name, type ORDER BY COUNT(DISTINCT doc_id) DESC
            """).With("@n", name))
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read())
            {
                summary = new EntitySummary(reader.GetString(0), reader.GetString(1), reader.StringOrNull(2), reader.Int64(3), reader.Int64(4));
            }
        }
        if (summary is null) return null;
        var perMonth = ReadFacets(connection, """
            SELECT substr(d.date, 1, 7), SUM(e.mentions) FROM entities e JOIN documents d ON d.id = e.doc_id
            WHERE e.name = @n AND d.date IS NOT NULL GROUP BY substr(d.date, 1, 7) ORDER BY substr(d.date, 1, 7)
            """, ("@n", name));
        var coOccurring = ReadFacets(connection, """
            SELECT o.name, COUNT(DISTINCT o.doc_id) FROM entities e JOIN entities o ON o.doc_id = e.doc_id AND o.name <> e.name
            WHERE e.name = @n GROUP BY o.name ORDER BY COUNT(DISTINCT o.doc_id) DESC, o.name LIMIT 20
            """, ("@n", name));
        var documents = ReadSummaries(connection, $"""
            SELECT {SummaryColumns} FROM {SummaryFrom}
            WHERE d.id IN (SELECT doc_id FROM entities WHERE name = @n) ORDER BY d.date DESC, d.seq DESC LIMIT 50
            """, ("@n", name));
        var quotes = QueryQuotes(connection, "WHERE q.speaker_name = @s", [("@s", name)], 50, 0);
        return new EntityDetail(summary, perMonth, coOccurring, documents, quotes);
    }

    public Page<QuoteSummary> Quotes(string? speaker, int limit, int offset)
    {
        using var connection = _dialect.Open();
        var filter = string.IsNullOrWhiteSpace(speaker) ? "" : "WHERE (q.speaker_name = @s OR q.speaker_text = @s)";
        (string, object?)[] args = string.IsNullOrWhiteSpace(speaker) ? [] : [("@s", speaker.Trim())];
        long total = With(connection.Command($"SELECT COUNT(*) FROM quotes q {filter}"), args).Scalar();
        return new Page<QuoteSummary>(total, QueryQuotes(connection, filter, args, limit, offset));
    }

    private static List<QuoteSummary> QueryQuotes(DbConnection connection, string filter, IEnumerable<(string, object?)> args, int limit, int offset)
    {
        var items = new List<QuoteSummary>();
        using var command = With(connection.Command($"""
            SELECT q.doc_id, d.date, d.source, q.span_start, q.span_end, q.text, q.speaker_name, q.speaker_text, q.cue, q.direct
            FROM quotes q JOIN documents d ON d.id = q.doc_id {filter}
            ORDER BY d.date DESC, d.seq DESC, q.ord LIMIT @limit OFFSET @offset
            """), args.Append(("@limit", limit)).Append(("@offset", offset)));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            items.Add(new QuoteSummary(reader.GetString(0), reader.StringOrNull(1), reader.StringOrNull(2), reader.Int32(3),
                reader.Int32(4), reader.GetString(5), reader.StringOrNull(6), reader.StringOrNull(7), reader.StringOrNull(8),
                reader.Int64(9) != 0));
        }
        return items;
    }

    internal static DbCommand With(DbCommand command, IEnumerable<(string Name, object? Value)> args)
    {
        foreach (var (name, value) in args) command.With(name, value);
        return command;
    }

    private static List<DocumentSummary> ReadSummaries(DbConnection connection, string sql, params (string, object?)[] args)
    {
        var items = new List<DocumentSummary>();
        using var command = With(connection.Command(sql), args);
        using var reader = command.ExecuteReader();
        while (reader.Read()) items.Add(ReadSummary(reader));
        return items;
    }

    private static List<Facet> ReadFacets(DbConnection connection, string sql, params (string, object?)[] args)
    {
        var items = new List<Facet>();
        using var command = With(connection.Command(sql), args);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!reader.IsDBNull(0)) items.Add(new Facet(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!, reader.Int64(1)));
        }
        return items;
    }
}
