using Npgsql;

namespace Hadath.Store;

/// <summary>Opens the store named by <c>--db</c>: a file path (SQLite), a <c>postgres://</c> URL or a <c>Host=…</c> connection string.</summary>
public static class StoreFactory
{
    public static IDocumentStore Open(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        if (IsPostgres(db))
        {
            return new SqlDocumentStore(new PostgresDialect(ToConnectionString(db)));
        }
        return new SqlDocumentStore(new SqliteDialect(db));
    }

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Turns <c>postgres://user:password@host:port/database?k=v</c> into an Npgsql connection string.</summary>
    public static string ToConnectionString(string db)
    {
        if (!db.Contains("://", StringComparison.Ordinal)) return db;
        var uri = new Uri(db);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } name ? Uri.UnescapeDataString(name) : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder.ConnectionString;
    }
}
