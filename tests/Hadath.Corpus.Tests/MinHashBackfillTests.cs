using System.Data.Common;
using Hadath.Core;
using Hadath.Core.Input;
using Hadath.Corpus.Duplicates;
using Hadath.Corpus.Ingest;
using Hadath.Store;
using Hadath.Store.Tests;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hadath.Corpus.Tests;

/// <summary>
/// The MinHash backfill (<c>hadath dedupe</c>) on SQLite (and PostgreSQL when HADATH_TEST_PG is set): a store whose
/// stories lost their signatures (as one written before schema version 3 holds them) ends with the links, similarities
/// and signatures a fresh ingest of the same stories gives, whatever the batch size, and after being stopped midway.
/// </summary>
public sealed class MinHashBackfillTests
{
    public static TheoryData<string> Backends => TestStore.Backends;

    public static TheoryData<string, int> BackendsAndBatches
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var backend in TestStore.Backends) foreach (int batch in new[] { 1, 2, 3, 512 }) data.Add(backend, batch);
            return data;
        }
    }

    private static readonly string Reworded = "(أ ف ب) - " + MinHashTests.Wire.Replace("أكثر من عشر ساعات", "حتى ساعة متأخرة من الليل");

    private static InputDocument Story(string id, string text, string source = "AFP") =>
        InputDocument.Ok(id, text, new DocumentMetadata { Id = id, Source = source, Date = new DateOnly(2016, 9, 9) });

    /// <summary>Stored first (before the "upgrade"): the wire story, a same-topic story, a second wire story and its Reuters copy.</summary>
    private static readonly InputDocument[] Old =
    [
        Story("afp", MinHashTests.Wire), Story("same-topic", MinHashTests.SameTopic, "Reuters"), Story("kerry", Texts.Wire),
        Story("nice", Texts.Other), Story("reuters", "(رويترز) - " + Texts.Wire, "Reuters"),
    ];

    /// <summary>Stored after: two re-edits of the first wire story (SimHash misses the first) and a notice too short to link.</summary>
    private static readonly InputDocument[] New =
        [Story("edited", MinHashTests.Edited, "Reuters"), Story("reworded", Reworded, "SANA"), Story("short", "قال كيري إن المحادثات مستمرة.")];

    private static void Ingest(IDocumentStore store, params InputDocument[] stories) =>
        new Ingester(PlaceStage.Pipeline(), store, null, new IngestOptions { BatchSize = 2, Threads = 2 }).Run(stories);

    private static Dictionary<string, DuplicateLink?> Links(IDocumentStore store) => store.ReadAll().ToDictionary(r => r.Id, r => r.DuplicateOf);

    /// <summary>Every stored signature, by story: the candidates for all band keys of every story ingest would sign.</summary>
    private static Dictionary<string, string> Signatures(IDocumentStore store)
    {
        var bands = store.ReadAll().SelectMany(r => MinHash.BandKeys(MinHash.Signature(TextFingerprint.Words(r.Text)))).ToList();
        return store.MinHashCandidates(bands).ToDictionary(c => c.Id, c => string.Join(',', c.Signature));
    }

    /// <summary>The reference: the same stories ingested into an empty store.</summary>
    private static (Dictionary<string, DuplicateLink?> Links, Dictionary<string, string> Signatures) Fresh(string backend)
    {
        using var t = TestStore.Create(backend);
        Ingest(t.Store, [.. Old, .. New]);
        return (Links(t.Store), Signatures(t.Store));
    }

    /// <summary>
    /// The old stories without signatures and with their links as SimHash made them (no similarity), then the new ones
    /// ingested on top, as a store upgraded to schema 3 and ingested into again holds them.
    /// </summary>
    private static void OldThenNew(TestStore t)
    {
        Ingest(t.Store, Old);
        Execute(t, "DELETE FROM minhash_bands", "DELETE FROM minhashes", "UPDATE duplicates SET similarity = NULL");
        Ingest(t.Reopen(), New);
    }

    [Theory, MemberData(nameof(BackendsAndBatches))]
    public void A_store_upgraded_and_ingested_into_ends_with_the_links_of_a_fresh_ingest(string backend, int batch)
    {
        var fresh = Fresh(backend);
        Assert.Equal(("afp", "afp", "kerry"), (fresh.Links["edited"]?.OriginalId, fresh.Links["reworded"]?.OriginalId, fresh.Links["reuters"]?.OriginalId));
        using var t = TestStore.Create(backend);
        OldThenNew(t);
        // Before: the new re-edit is on its own (SimHash misses it) and the old link has no similarity.
        var before = Links(t.Store);
        Assert.Null(before["edited"]);
        Assert.Null(before["reuters"]!.Similarity);
        Assert.Equal(["afp", "same-topic", "kerry", "nice"], t.Store.Fingerprints().Select(f => f.Id));

        var result = new MinHashBackfill(t.Store, batchSize: batch, threads: 2).Run();

        Assert.Equal(fresh.Links, Links(t.Store));
        Assert.Equal(fresh.Signatures, Signatures(t.Store));
        Assert.Equal((8L, 8L, 5L, 3L), (result.Done, result.Total, result.Signed, result.Copies));
        Assert.Equal(3L, result.Changed); // reuters gains its similarity, edited and reworded link to afp
        Assert.Empty(t.Store.Fingerprints());
        Assert.Null(t.Store.RelinkStart());
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_store_that_lost_every_signature_and_link_gets_them_back(string backend)
    {
        var fresh = Fresh(backend);
        using var t = TestStore.Create(backend);
        Ingest(t.Store, [.. Old, .. New]);
        Execute(t, "DELETE FROM minhash_bands", "DELETE FROM minhashes", "DELETE FROM duplicates");
        Assert.Equal(new RelinkPlan(0, 8, 8), t.Reopen().RelinkStart());

        var result = new MinHashBackfill(t.Store, batchSize: 3, threads: 2).Run();

        Assert.Equal((8L, 8L, 3L, 3L), (result.Signed, result.Done, result.Copies, result.Changed));
        Assert.Equal(fresh.Links, Links(t.Store));
        Assert.Equal(fresh.Signatures, Signatures(t.Store));
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_stopped_backfill_resumes_after_its_last_batch_and_ends_as_an_uninterrupted_one(string backend)
    {
        var fresh = Fresh(backend);
        using var t = TestStore.Create(backend);
        OldThenNew(t);
        using var stop = new CancellationTokenSource();
        var first = new MinHashBackfill(t.Store, batchSize: 3, threads: 2);
        first.Progress += _ => stop.Cancel();
        Assert.Throws<OperationCanceledException>(() => first.Run(stop.Token));

        // One batch of three committed (stories 1–3): the plan resumes after the third, five to go, two of them unsigned.
        Assert.Equal(new RelinkPlan(3, 5, 2), t.Reopen().RelinkStart());
        var rest = new MinHashBackfill(t.Store, batchSize: 3, threads: 2).Run();

        Assert.Equal((5L, 2L), (rest.Done, rest.Signed));
        Assert.Equal(fresh.Links, Links(t.Store));
        Assert.Equal(fresh.Signatures, Signatures(t.Store));
        Assert.Equal(0L, new MinHashBackfill(t.Store).Run().Total);
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_store_ingested_with_signatures_is_left_as_it_is(string backend)
    {
        using var t = TestStore.Create(backend);
        Ingest(t.Store, [.. Old, .. New]);
        var links = Links(t.Store);
        Assert.Null(t.Store.RelinkStart());

        var result = new MinHashBackfill(t.Store).Run();

        Assert.Equal((0L, 0L), (result.Total, result.Changed));
        Assert.Equal(links, Links(t.Store));
    }

    private static void Execute(TestStore t, params string[] statements)
    {
        using DbConnection connection = t.Backend == "postgres" ? new NpgsqlConnection(t.Db) : new SqliteConnection($"Data Source={t.Db}");
        connection.Open();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
