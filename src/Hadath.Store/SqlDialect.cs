using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hadath.Store;

/// <summary>What differs between the two databases: opening a connection and per-connection settings. The SQL is shared.</summary>
internal abstract class SqlDialect : IDisposable
{
    public abstract string Description { get; }

    public abstract DbConnection Open();

    public virtual void Dispose()
    {
    }
}

/// <summary>A single file in WAL mode: readers (the web server) never block the ingest writer.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;

    public SqliteDialect(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true }.ToString();
        using var connection = Open();
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL";
        wal.ExecuteNonQuery();
    }

    public string Path { get; }

    public override string Description => Path;

    public override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // NORMAL is durable across application crashes in WAL mode; only a power loss can drop the last commit.
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA cache_size=-32000";
        command.ExecuteNonQuery();
        return connection;
    }
}

internal sealed class PostgresDialect : SqlDialect
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"postgres {builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override string Description { get; }

    public override DbConnection Open() => _dataSource.OpenConnection();

    public override void Dispose() => _dataSource.Dispose();
}
