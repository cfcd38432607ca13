namespace Hadath.Store;

/// <summary>
/// The corpus store. SQLite and PostgreSQL implement it with one schema and the same behaviour; every write is
/// idempotent (a document id that is already stored is left as it is), so a killed ingest can simply be rerun.
/// Implementations are used from one writer thread, and may serve many readers.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>Where the data lives, for messages (a file path, or host/database without the password).</summary>
    string Description { get; }

    /// <summary>The highest schema migration applied.</summary>
    int SchemaVersion { get; }

    /// <summary>Those of <paramref name="ids"/> that are already stored.</summary>
    IReadOnlySet<string> ExistingIds(IReadOnlyCollection<string> ids);

    /// <summary>Stores the batch in one transaction and returns how many documents were new.</summary>
    int Save(IReadOnlyList<DocumentRecord> batch);

    bool Delete(string id);

    StoredDocument? Get(string id);

    Page<DocumentSummary> List(int limit, int offset);

    /// <summary>Every stored document, oldest first, for re-indexing and export; <paramref name="skip"/> leaves out the oldest ones.</summary>
    IEnumerable<DocumentRecord> ReadAll(long skip = 0);

    /// <summary>
    /// SimHash fingerprints of the stored originals (not of documents already linked as copies) that have no MinHash
    /// signature: those stored before schema version 3, which new stories can be compared with by SimHash only.
    /// </summary>
    IEnumerable<(string Id, long SimHash)> Fingerprints();

    /// <summary>
    /// Stored originals with a MinHash band key in <paramref name="bands"/>, oldest first; only those stored before
    /// <paramref name="beforeSeq"/> (a <see cref="LinkState.Seq"/>) when given.
    /// </summary>
    IReadOnlyList<MinHashCandidate> MinHashCandidates(IReadOnlyCollection<long> bands, long beforeSeq = long.MaxValue);

    /// <summary>
    /// Where relinking must start, or null when there is nothing to do: after the last story an interrupted relink
    /// committed, else just before the first story stored without a MinHash signature (before schema version 3).
    /// </summary>
    RelinkPlan? RelinkStart();

    /// <summary>Up to <paramref name="limit"/> stories stored after <paramref name="afterSeq"/>, oldest first, as linking reads them.</summary>
    IReadOnlyList<LinkState> LinkStates(long afterSeq, int limit);

    /// <summary>
    /// In one transaction: stores the new signatures, replaces each story's link (null: an original), and records that
    /// relinking has done every story through <paramref name="throughSeq"/>; <paramref name="done"/> clears that record.
    /// </summary>
    void SaveLinks(IReadOnlyList<Relinked> batch, long throughSeq, bool done);

    Page<EntitySummary> Entities(string? nameContains, string? type, int limit, int offset);

    EntityDetail? Entity(string name);

    Page<QuoteSummary> Quotes(string? speaker, int limit, int offset);

    Page<EventSummary> Events(EventQuery query);

    /// <summary>How many of the events <see cref="Events"/> would list fall in each month (<c>YYYY-MM</c>, story date), all of them, not one page.</summary>
    IReadOnlyList<Facet> EventsPerMonth(EventQuery query);

    CorpusStats Stats();

    /// <summary>Actors as nodes, events between them (and optionally shared stories) as weighted edges.</summary>
    NetworkGraph Network(NetworkQuery query);

    /// <summary>Original stories naming both entities (the stories behind a network <c>story</c> edge).</summary>
    Page<DocumentSummary> StoriesNaming(string first, string second, string? from, string? to, int limit, int offset);
}
