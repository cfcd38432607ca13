using System.Data.Common;
using System.Globalization;

namespace Hadath.Store;

/// <summary>
/// The store over ADO.NET, one implementation for SQLite and PostgreSQL. Each call opens a pooled connection,
/// so one instance serves the ingest writer and concurrent web readers alike.
/// </summary>
internal sealed partial class SqlDocumentStore : IDocumentStore
{
    private readonly SqlDialect _dialect;
    private readonly Lock _writeLock = new();
    private long _nextSeq;

    public SqlDocumentStore(SqlDialect dialect)
    {
        _dialect = dialect;
        SchemaVersion = Migrate();
        using var connection = _dialect.Open();
        _nextSeq = connection.Command("SELECT MAX(seq) FROM documents").Scalar() + 1;
    }

    public string Description => _dialect.Description;

    public int SchemaVersion { get; }

    public void Dispose() => _dialect.Dispose();

    private int Migrate()
    {
        using var connection = _dialect.Open();
        connection.Command("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            .Run();
        int current = (int)connection.Command("SELECT MAX(version) FROM schema_migrations").Scalar();
        if (current > Schema.Latest)
        {
            throw new InvalidOperationException(
                $"{Description} has schema version {current}, newer than this hadath ({Schema.Latest}); upgrade hadath.");
        }
        foreach (var migration in Schema.Migrations.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            foreach (var statement in migration.Statements)
            {
                connection.Command(statement, transaction).Run();
            }
            connection.Command("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)", transaction)
                .With("@v", migration.Version).With("@n", migration.Name).With("@t", Now()).Run();
            transaction.Commit();
            current = migration.Version;
        }
        return current;
    }

    public IReadOnlySet<string> ExistingIds(IReadOnlyCollection<string> ids)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        using var connection = _dialect.Open();
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            using var command = connection.Command("");
            command.CommandText = $"SELECT id FROM documents WHERE id IN ({command.WithList("@p", chunk)})";
            using var reader = command.ExecuteReader();
            while (reader.Read()) found.Add(reader.GetString(0));
        }
        return found;
    }

    public int Save(IReadOnlyList<DocumentRecord> batch)
    {
        if (batch.Count == 0) return 0;
        lock (_writeLock)
        {
            using var connection = _dialect.Open();
            using var transaction = connection.BeginTransaction();
            using var writer = new RowWriter(connection, transaction);
            int added = 0;
            long seq = _nextSeq;
            foreach (var doc in batch)
            {
                if (writer.InsertDocument(doc, seq))
                {
                    seq++;
                    added++;
                    writer.InsertRows(doc);
                }
            }
            transaction.Commit();
            _nextSeq = seq;
            return added;
        }
    }

    public bool Delete(string id)
    {
        lock (_writeLock)
        {
            using var connection = _dialect.Open();
            using var transaction = connection.BeginTransaction();
            int deleted = 0;
            foreach (var table in Schema.DocumentTables)
            {
                deleted = connection.Command($"DELETE FROM {table} WHERE {(table == "documents" ? "id" : "doc_id")} = @id", transaction)
                    .With("@id", id).Run();
            }
            // Copies of the deleted story now stand on their own.
            connection.Command("DELETE FROM duplicates WHERE original_id = @id", transaction).With("@id", id).Run();
            transaction.Commit();
            return deleted > 0;
        }
    }

    internal static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
