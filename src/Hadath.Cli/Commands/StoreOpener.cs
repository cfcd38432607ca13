using Hadath.Store;

namespace Hadath.Cli.Commands;

/// <summary>
/// Opens the store a command names (SQLite file or PostgreSQL URL) or says in one line why it cannot, so a missing
/// file, a refused connection or a store from a newer build is an error message, not a stack trace.
/// </summary>
internal static class StoreOpener
{
    /// <param name="command">The command's name for the message (<c>ingest</c>, <c>export</c> …).</param>
    /// <param name="mustExist">True for commands that read a store: a SQLite path that does not exist is an error rather than a new empty store.</param>
    public static IDocumentStore? Open(string command, string db, bool mustExist)
    {
        if (mustExist && !StoreFactory.IsPostgres(db) && !File.Exists(db))
        {
            Console.Error.WriteLine($"hadath {command}: no store at {db}");
            return null;
        }
        try
        {
            return StoreFactory.Open(db);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"hadath {command}: cannot open the store {db}: {ex.Message}");
            return null;
        }
    }
}
