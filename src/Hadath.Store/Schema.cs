namespace Hadath.Store;

/// <summary>
/// The schema as numbered migrations, written in the SQL that SQLite and PostgreSQL share (TEXT, BIGINT,
/// DOUBLE PRECISION, composite keys), so both stores hold the same tables. A migration is applied once, in a
/// transaction, and recorded in <c>schema_migrations</c>; never edit one that has shipped: add the next.
/// </summary>
internal static class Schema
{
    public sealed record Migration(int Version, string Name, string[] Statements);

    public static readonly Migration[] Migrations =
    [
        new(1, "documents and analysis layers",
        [
            """
            CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                hash TEXT NOT NULL,
                seq BIGINT NOT NULL,
                title TEXT, date TEXT, source TEXT, url TEXT, origin TEXT,
                text TEXT NOT NULL,
                analysis TEXT NOT NULL,
                simhash BIGINT NOT NULL,
                ingested_at TEXT NOT NULL)
            """,
            "CREATE INDEX ix_documents_hash ON documents (hash)",
            "CREATE INDEX ix_documents_seq ON documents (seq)",
            "CREATE INDEX ix_documents_date ON documents (date)",
            "CREATE INDEX ix_documents_source ON documents (source)",
            """
            CREATE TABLE duplicates (
                doc_id TEXT PRIMARY KEY,
                original_id TEXT NOT NULL,
                distance INTEGER NOT NULL)
            """,
            "CREATE INDEX ix_duplicates_original ON duplicates (original_id)",
            """
            CREATE TABLE entities (
                doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
                actor TEXT, mentions INTEGER NOT NULL,
                PRIMARY KEY (doc_id, entity_id))
            """,
            "CREATE INDEX ix_entities_name ON entities (name)",
            """
            CREATE TABLE mentions (
                doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                PRIMARY KEY (doc_id, span_start, span_end, entity_id))
            """,
            """
            CREATE TABLE quotes (
                doc_id TEXT NOT NULL, ord INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                text TEXT NOT NULL, speaker_id TEXT, speaker_name TEXT, speaker_text TEXT, cue TEXT, direct INTEGER NOT NULL,
                PRIMARY KEY (doc_id, ord))
            """,
            "CREATE INDEX ix_quotes_speaker ON quotes (speaker_name)",
            """
            CREATE TABLE counts (
                doc_id TEXT NOT NULL, ord INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                text TEXT NOT NULL, kind TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, place_id TEXT,
                PRIMARY KEY (doc_id, ord))
            """,
            """
            CREATE TABLE times (
                doc_id TEXT NOT NULL, ord INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                text TEXT NOT NULL, value TEXT NOT NULL,
                PRIMARY KEY (doc_id, ord))
            """,
            """
            CREATE TABLE events (
                doc_id TEXT NOT NULL, ord INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                trigger_text TEXT NOT NULL, code TEXT NOT NULL, plover TEXT, quad INTEGER NOT NULL,
                source_entity TEXT, source_actor TEXT, target_entity TEXT, target_actor TEXT,
                time_value TEXT, rule TEXT NOT NULL,
                PRIMARY KEY (doc_id, ord))
            """,
            "CREATE INDEX ix_events_code ON events (code)",
        ]),
        // Stores made before version 2 keep NULL here (GDELT geo and Goldstein columns stay empty for them).
        new(2, "event place and Goldstein score",
        [
            "ALTER TABLE events ADD COLUMN place_entity TEXT",
            "ALTER TABLE events ADD COLUMN goldstein DOUBLE PRECISION",
        ]),
        // Near-duplicate lookup by MinHash: each story's signature, and one row per LSH band key so that the stories
        // sharing a band with a new one are found on an index. Stories stored before version 3 have no signature;
        // ingest compares new stories with them by SimHash. A MinHash link keeps its estimated Jaccard similarity.
        new(3, "MinHash signatures and LSH bands",
        [
            "CREATE TABLE minhashes (doc_id TEXT PRIMARY KEY, signature TEXT NOT NULL)",
            """
            CREATE TABLE minhash_bands (
                band_key BIGINT NOT NULL,
                doc_id TEXT NOT NULL,
                PRIMARY KEY (band_key, doc_id))
            """,
            "CREATE INDEX ix_minhash_bands_doc ON minhash_bands (doc_id)",
            "ALTER TABLE duplicates ADD COLUMN similarity DOUBLE PRECISION",
        ]),
        // Maintenance that runs in batches and must resume where it stopped: the MinHash backfill (`hadath dedupe`)
        // records the last story it relinked.
        new(4, "resumable store tasks",
        [
            "CREATE TABLE store_tasks (name TEXT PRIMARY KEY, seq BIGINT NOT NULL)",
        ]),
        // An event side no entity stands for (قوات الامن, المتظاهرون) is coded by its words; version 5 keeps those
        // words beside the code so listings can show them. Events stored before stay NULL there.
        new(5, "words of unnamed event actors",
        [
            "ALTER TABLE events ADD COLUMN source_text TEXT",
            "ALTER TABLE events ADD COLUMN target_text TEXT",
        ]),
    ];

    public static int Latest => Migrations[^1].Version;

    /// <summary>Tables holding one document's rows, children first, for deletes.</summary>
    public static readonly string[] DocumentTables = ["mentions", "entities", "quotes", "counts", "times", "events", "duplicates", "minhash_bands", "minhashes", "documents"];
}
