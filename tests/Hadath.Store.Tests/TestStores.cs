using Hadath.Store;
using Npgsql;

namespace Hadath.Store.Tests;

/// <summary>
/// A fresh, empty store per test: a temporary SQLite file always, and a temporary PostgreSQL database when
/// HADATH_TEST_PG holds a connection string (scripts/lib/services.sh starts one and sets it).
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly string? _directory;
    private readonly string? _pgDatabase;

    private TestStore(string backend)
    {
        Backend = backend;
        if (backend == "postgres")
        {
            _pgDatabase = "hadath_test_" + Guid.NewGuid().ToString("N")[..12];
            using (var admin = new NpgsqlConnection(AdminConnectionString))
            {
                admin.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {_pgDatabase} ENCODING 'UTF8' TEMPLATE template0", admin);
                create.ExecuteNonQuery();
            }
            Db = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _pgDatabase, Pooling = false }.ConnectionString;
        }
        else
        {
            _directory = Directory.CreateTempSubdirectory("hadath-store-").FullName;
            Db = Path.Combine(_directory, "test.db");
        }
        Store = StoreFactory.Open(Db);
    }

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable("HADATH_TEST_PG") is { Length: > 0 } pg ? pg : null;

    /// <summary>"sqlite" always; "postgres" too when a server is available.</summary>
    public static TheoryData<string> Backends
    {
        get
        {
            var data = new TheoryData<string> { "sqlite" };
            if (AdminConnectionString is not null) data.Add("postgres");
            return data;
        }
    }

    public static TestStore Create(string backend) => new(backend);

    public string Backend { get; }
    public string Db { get; }
    public IDocumentStore Store { get; private set; }

    /// <summary>Closes and opens the same database again, as a second process would.</summary>
    public IDocumentStore Reopen()
    {
        Store.Dispose();
        Store = StoreFactory.Open(Db);
        return Store;
    }

    public void Dispose()
    {
        Store.Dispose();
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        }
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(AdminConnectionString);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
    }
}
