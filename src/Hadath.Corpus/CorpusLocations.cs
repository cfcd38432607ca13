using Hadath.Store;

namespace Hadath.Corpus;

/// <summary>Where the search index of a store lives unless <c>--index</c> says otherwise.</summary>
public static class CorpusLocations
{
    public const string DefaultDb = ".hadath/hadath.db";

    /// <summary><c>corpus.db</c> → <c>corpus.index/</c> beside it; a PostgreSQL store → <c>.hadath/index</c>.</summary>
    public static string IndexFor(string db)
    {
        if (StoreFactory.IsPostgres(db)) return Path.Combine(".hadath", "index");
        var full = Path.GetFullPath(db);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + ".index");
    }
}
