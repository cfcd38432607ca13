namespace Hadath.Store;

/// <summary>
/// Relinking copies over stored stories (the MinHash backfill): read in store order, written back batch by batch with
/// the position reached, so that a killed run resumes after its last committed batch.
/// </summary>
internal sealed partial class SqlDocumentStore
{
    private const string RelinkTask = "minhash-relink";

    public RelinkPlan? RelinkStart()
    {
        using var connection = _dialect.Open();
        using var cursor = connection.Command("SELECT seq FROM store_tasks WHERE name = @n").With("@n", RelinkTask);
        long? after = cursor.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (after is null)
        {
            using var first = connection.Command("""
                SELECT MIN(d.seq) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM minhashes m WHERE m.doc_id = d.id)
                """);
            if (first.ExecuteScalar() is not { } seq || seq is DBNull) return null;
            after = Convert.ToInt64(seq, System.Globalization.CultureInfo.InvariantCulture) - 1;
        }
        long stories = connection.Command("SELECT COUNT(*) FROM documents WHERE seq > @s").With("@s", after.Value).Scalar();
        long unsigned = connection.Command("""
            SELECT COUNT(*) FROM documents d WHERE d.seq > @s AND NOT EXISTS (SELECT 1 FROM minhashes m WHERE m.doc_id = d.id)
            """).With("@s", after.Value).Scalar();
        return new RelinkPlan(after.Value, stories, unsigned);
    }

    public IReadOnlyList<LinkState> LinkStates(long afterSeq, int limit)
    {
        using var connection = _dialect.Open();
        // The text only of stories without a signature: the rest need none to be relinked.
        using var command = connection.Command("""
            SELECT d.id, d.seq, d.simhash, m.signature,
                   EXISTS (SELECT 1 FROM minhash_bands b WHERE b.doc_id = d.id),
                   CASE WHEN m.signature IS NULL THEN d.text END,
                   x.original_id, x.distance, x.similarity
            FROM documents d LEFT JOIN minhashes m ON m.doc_id = d.id LEFT JOIN duplicates x ON x.doc_id = d.id
            WHERE d.seq > @after ORDER BY d.seq LIMIT @limit
            """).With("@after", afterSeq).With("@limit", limit);
        using var r = command.ExecuteReader();
        var states = new List<LinkState>();
        while (r.Read())
        {
            var link = r.IsDBNull(6) ? null : new DuplicateLink(r.GetString(6), r.Int32(7))
            {
                Similarity = r.IsDBNull(8) ? null : Convert.ToDouble(r.GetValue(8), System.Globalization.CultureInfo.InvariantCulture),
            };
            states.Add(new LinkState(r.GetString(0), r.Int64(1), r.Int64(2), r.IsDBNull(3) ? null : SignatureText.Decode(r.GetString(3)),
                Convert.ToBoolean(r.GetValue(4), System.Globalization.CultureInfo.InvariantCulture), r.StringOrNull(5), link));
        }
        return states;
    }

    public void SaveLinks(IReadOnlyList<Relinked> batch, long throughSeq, bool done)
    {
        lock (_writeLock)
        {
            using var connection = _dialect.Open();
            using var transaction = connection.BeginTransaction();
            // The batch's old links go in a few statements (a round trip per story cost PostgreSQL most of its time).
            foreach (var chunk in batch.Select(b => b.Id).Chunk(500))
            {
                using var delete = connection.Command("", transaction);
                delete.CommandText = $"DELETE FROM duplicates WHERE doc_id IN ({delete.WithList("@d", chunk)})";
                delete.ExecuteNonQuery();
            }
            using (var writer = new RowWriter(connection, transaction))
            {
                foreach (var story in batch)
                {
                    if (story.NewSketch is { } sketch) writer.InsertSketch(story.Id, sketch);
                    if (story.Link is { } link) writer.InsertLink(story.Id, link);
                }
            }
            if (done)
            {
                connection.Command("DELETE FROM store_tasks WHERE name = @n", transaction).With("@n", RelinkTask).Run();
            }
            else
            {
                connection.Command("INSERT INTO store_tasks (name, seq) VALUES (@n, @s) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq", transaction)
                    .With("@n", RelinkTask).With("@s", throughSeq).Run();
            }
            transaction.Commit();
        }
    }
}
