using System.Data.Common;
using Hadath.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hadath.Store.Tests;

/// <summary>MinHash signatures and LSH band rows (schema version 3): kept exactly, found by band, gone with their story.</summary>
public sealed class MinHashStoreTests
{
    public static TheoryData<string> Backends => TestStore.Backends;

    /// <summary>A signature with slots at both ends of the range, so an encoding that loses the high bit fails.</summary>
    private static uint[] Signature(uint seed) => Enumerable.Range(0, 128).Select(i => i % 2 == 0 ? uint.MaxValue - seed - (uint)i : seed + (uint)i).ToArray();

    private static DocumentRecord Signed(string id, uint seed, long[] bands, long simHash = 0, DuplicateLink? copyOf = null) =>
        Stories.Record(Stories.Kerry(id), simHash: simHash, duplicateOf: copyOf) with { MinHash = new MinHashSketch(Signature(seed), bands) };

    [Theory, MemberData(nameof(Backends))]
    public void Candidates_are_the_originals_sharing_a_band_oldest_first_with_exact_signatures(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([
            Signed("b", 2, [long.MinValue, 20], simHash: -5),
            Signed("a", 1, [10, 20, long.MaxValue], simHash: 7),
            Signed("copy", 3, [10], copyOf: new DuplicateLink("a", 1) { Similarity = 0.75 }),
            Signed("far", 4, [99]),
        ]);

        var found = t.Reopen().MinHashCandidates([10, 20, long.MinValue, 12345]);

        Assert.Equal(["b", "a"], found.Select(c => c.Id));
        Assert.Equal((-5L, 7L), (found[0].SimHash, found[1].SimHash));
        Assert.Equal(Signature(2), found[0].Signature);
        Assert.Equal(Signature(1), found[1].Signature);
        Assert.Equal(["a"], t.Store.MinHashCandidates([long.MaxValue]).Select(c => c.Id));
        Assert.Empty(t.Store.MinHashCandidates([]));
        Assert.Equal(0.75, t.Store.ReadAll().Single(r => r.Id == "copy").DuplicateOf!.Similarity);
    }

    [Theory, MemberData(nameof(Backends))]
    public void Only_originals_without_a_signature_are_left_to_simhash(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(Stories.Kerry("old"), simHash: 42), Signed("new", 1, [])]);
        Assert.Equal([("old", 42L)], t.Store.Fingerprints());
        Assert.Null(t.Store.ReadAll().Single(r => r.Id == "old").DuplicateOf);
    }

    [Theory, MemberData(nameof(Backends))]
    public void Saving_again_and_deleting_keep_the_band_rows_in_step(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Signed("a", 1, [10, 10, 20])]);
        Assert.Equal(0, t.Store.Save([Signed("a", 9, [30])]));
        Assert.Equal(Signature(1), Assert.Single(t.Store.MinHashCandidates([10, 30])).Signature);

        Assert.True(t.Store.Delete("a"));
        Assert.Empty(t.Store.MinHashCandidates([10, 20]));
        t.Store.Save([Signed("a", 2, [20])]);
        Assert.Equal(Signature(2), Assert.Single(t.Store.MinHashCandidates([10, 20])).Signature);
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_store_written_at_version_2_gains_the_minhash_tables_and_keeps_its_stories(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(Stories.Kerry("old"), simHash: 42)]);
        // Back to version 2, as a store written by an older hadath is.
        Execute(backend, t.Db, "DROP TABLE store_tasks", "DROP TABLE minhash_bands", "DROP TABLE minhashes",
            "ALTER TABLE duplicates DROP COLUMN similarity", "ALTER TABLE events DROP COLUMN source_text",
            "ALTER TABLE events DROP COLUMN target_text", "DELETE FROM schema_migrations WHERE version >= 3");

        var upgraded = t.Reopen();

        Assert.Equal(5, upgraded.SchemaVersion);
        Assert.Equal([("old", 42L)], upgraded.Fingerprints());
        upgraded.Save([Signed("new", 1, [10]), Signed("copy", 2, [20], copyOf: new DuplicateLink("old", 0) { Similarity = 1.0 })]);
        Assert.Equal(["new"], upgraded.MinHashCandidates([10, 20]).Select(c => c.Id));
        Assert.Equal([("old", 42L)], upgraded.Fingerprints());
        Assert.Equal(1.0, upgraded.ReadAll().Single(r => r.Id == "copy").DuplicateOf!.Similarity);
    }

    [Theory, MemberData(nameof(Backends))]
    public void Candidates_can_be_limited_to_stories_stored_before_a_position(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Signed("a", 1, [10]), Signed("b", 2, [10, 20]), Signed("c", 3, [20])]);
        Assert.Equal(["a", "b"], t.Store.MinHashCandidates([10, 20], beforeSeq: 3).Select(c => c.Id));
        Assert.Equal(["b"], t.Store.MinHashCandidates([20], beforeSeq: 3).Select(c => c.Id));
        Assert.Empty(t.Store.MinHashCandidates([10, 20], beforeSeq: 1));
        Assert.Equal(["a", "b", "c"], t.Store.MinHashCandidates([20, 10]).Select(c => c.Id));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Relinking_reads_stories_in_order_writes_signatures_and_links_and_remembers_where_it_stopped(string backend)
    {
        using var t = TestStore.Create(backend);
        var old = Stories.Record(Stories.Kerry("old"), simHash: 42);
        t.Store.Save([old, Signed("new", 1, [10], simHash: 7), Signed("copy", 2, [], copyOf: new DuplicateLink("new", 3) { Similarity = 0.5 }),
            Signed("later", 3, [30])]);
        Assert.Equal(new RelinkPlan(0, 4, 1), t.Store.RelinkStart());

        var states = t.Store.LinkStates(0, 3);

        Assert.Equal([("old", 1L), ("new", 2L), ("copy", 3L)], states.Select(s => (s.Id, s.Seq)));
        Assert.Equal((42L, (uint[]?)null, false, old.Text), (states[0].SimHash, states[0].Signature, states[0].HasBands, states[0].Text));
        Assert.Equal((7L, true, (string?)null), (states[1].SimHash, states[1].HasBands, states[1].Text));
        Assert.Equal(Signature(1), states[1].Signature);
        Assert.Equal((new DuplicateLink("new", 3) { Similarity = 0.5 }, false), (states[2].Link, states[2].HasBands));
        Assert.Null(states[0].Link);

        t.Store.SaveLinks([
            new Relinked("old", new MinHashSketch(Signature(5), [20]), null),
            new Relinked("new", null, new DuplicateLink("old", 1) { Similarity = 0.75 }),
            new Relinked("copy", null, null),
        ], throughSeq: 3, done: false);

        var reopened = t.Reopen();
        Assert.Equal(new RelinkPlan(3, 1, 0), reopened.RelinkStart());
        Assert.Equal(["later"], reopened.LinkStates(3, 10).Select(s => s.Id));
        Assert.Equal([null, new DuplicateLink("old", 1) { Similarity = 0.75 }, null, null], reopened.ReadAll().Select(r => r.DuplicateOf));
        var candidates = reopened.MinHashCandidates([10, 20, 30]);
        Assert.Equal(["old", "later"], candidates.Select(c => c.Id));
        Assert.Equal(Signature(5), candidates[0].Signature);
        Assert.Empty(reopened.Fingerprints());

        reopened.SaveLinks([], throughSeq: 4, done: true);
        Assert.Null(reopened.RelinkStart());
    }

    private static void Execute(string backend, string db, params string[] statements)
    {
        using DbConnection connection = backend == "postgres" ? new NpgsqlConnection(db) : new SqliteConnection($"Data Source={db}");
        connection.Open();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
