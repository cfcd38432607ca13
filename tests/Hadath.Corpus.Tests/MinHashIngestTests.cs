using Hadath.Core;
using Hadath.Core.Input;
using Hadath.Core.Json;
using Hadath.Corpus.Duplicates;
using Hadath.Corpus.Ingest;
using Hadath.Store;
using Hadath.Store.Tests;

namespace Hadath.Corpus.Tests;

/// <summary>
/// Near-duplicate links through the real ingester on SQLite (and PostgreSQL when HADATH_TEST_PG is set), with the
/// hand-made stories of <see cref="MinHashTests"/>: a re-edited wire copy, a same-topic story.
/// </summary>
public sealed class MinHashIngestTests
{
    public static TheoryData<string> Backends => TestStore.Backends;

    /// <summary>A second re-edit of the wire story: its own lead-in and a changed ending, otherwise the original.</summary>
    private static readonly string Reworded = "(أ ف ب) - " + MinHashTests.Wire.Replace("أكثر من عشر ساعات", "حتى ساعة متأخرة من الليل");

    private static InputDocument Story(string id, string text, string source = "AFP") =>
        InputDocument.Ok(id, text, new DocumentMetadata { Id = id, Source = source, Date = new DateOnly(2016, 9, 9) });

    private static IngestProgress Ingest(IDocumentStore store, int batchSize, params InputDocument[] stories) =>
        new Ingester(PlaceStage.Pipeline(), store, null, new IngestOptions { BatchSize = batchSize, Threads = 2 }).Run(stories);

    private static Dictionary<string, DuplicateLink?> Links(IDocumentStore store) =>
        store.ReadAll().ToDictionary(r => r.Id, r => r.DuplicateOf);

    private static long SimHashDistance(string a, string b) =>
        TextFingerprint.Distance(TextFingerprint.SimHash(TextFingerprint.Words(a)), TextFingerprint.SimHash(TextFingerprint.Words(b)));

    [Theory, MemberData(nameof(Backends))]
    public void A_re_edited_copy_links_to_the_original_and_a_same_topic_story_does_not(string backend)
    {
        // SimHash alone misses this copy: the point of MinHash.
        Assert.InRange(SimHashDistance(MinHashTests.Wire, MinHashTests.Edited), 4, 64);
        using var t = TestStore.Create(backend);

        var result = Ingest(t.Store, batchSize: 128,
            Story("afp", MinHashTests.Wire), Story("same-topic", MinHashTests.SameTopic, "Reuters"), Story("edited", MinHashTests.Edited, "Reuters"));

        Assert.Equal((3L, 1L), (result.Added, result.Duplicates));
        var links = Links(t.Store);
        Assert.Null(links["afp"]);
        Assert.Null(links["same-topic"]);
        Assert.Equal("afp", links["edited"]!.OriginalId);
        Assert.InRange(links["edited"]!.Similarity!.Value, 0.5, 0.95);
        Assert.Equal(SimHashDistance(MinHashTests.Wire, MinHashTests.Edited), links["edited"]!.Distance);
        Assert.Equal(["edited"], t.Store.Get("afp")!.Duplicates.Select(d => d.Id));
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_copy_in_a_later_run_is_found_through_the_stored_bands(string backend)
    {
        using var t = TestStore.Create(backend);
        Ingest(t.Store, batchSize: 1, Story("afp", MinHashTests.Wire), Story("same-topic", MinHashTests.SameTopic));
        var reopened = t.Reopen();

        var result = Ingest(reopened, batchSize: 1, Story("edited", MinHashTests.Edited, "Reuters"));

        Assert.Equal((1L, 1L), (result.Added, result.Duplicates));
        Assert.Equal("afp", Links(reopened)["edited"]?.OriginalId);
    }

    [Theory, MemberData(nameof(Backends))]
    public void Every_copy_links_to_the_original_never_to_another_copy_and_events_count_once(string backend)
    {
        using var t = TestStore.Create(backend);
        Ingest(t.Store, batchSize: 2, Story("afp", MinHashTests.Wire));
        Ingest(t.Store, batchSize: 2, Story("edited", MinHashTests.Edited, "Reuters"), Story("reworded", Reworded, "SANA"));

        var links = Links(t.Store);
        Assert.Equal(("afp", "afp"), (links["edited"]?.OriginalId, links["reworded"]?.OriginalId));
        Assert.Equal(["edited", "reworded"], t.Store.Get("afp")!.Duplicates.Select(d => d.Id));
        Assert.Equal(2, t.Store.Stats().Duplicates);
        // Copies are not candidates: only the original is found by the band lookup.
        var bands = MinHash.BandKeys(MinHash.Signature(TextFingerprint.Words(Reworded)));
        Assert.Equal(["afp"], t.Store.MinHashCandidates(bands).Select(c => c.Id));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Ingesting_again_changes_nothing(string backend)
    {
        using var t = TestStore.Create(backend);
        InputDocument[] stories =
            [Story("afp", MinHashTests.Wire), Story("same-topic", MinHashTests.SameTopic), Story("edited", MinHashTests.Edited, "Reuters")];
        Ingest(t.Store, batchSize: 2, stories);
        var links = Links(t.Store);
        var stats = t.Store.Stats();

        var again = Ingest(t.Reopen(), batchSize: 2, stories);

        Assert.Equal((0L, 3L, 0L), (again.Added, again.Unchanged, again.Duplicates));
        Assert.Equal(links, Links(t.Store));
        Assert.Equal((stats.Documents, stats.Duplicates), (t.Store.Stats().Documents, t.Store.Stats().Duplicates));
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_story_stored_without_a_signature_is_still_found_by_simhash(string backend)
    {
        using var t = TestStore.Create(backend);
        // As a store written before schema version 3 holds it: a SimHash, no MinHash signature or bands.
        var words = TextFingerprint.Words(Texts.Wire);
        var old = new AnalyzedDocument(Texts.Wire, new DocumentMetadata { Id = "old" });
        t.Store.Save([DocumentRecords.FromAnalysis(old, "old", TextFingerprint.Hash(words), TextFingerprint.SimHash(words),
            AnalyzedDocumentJson.Serialize(old))]);
        Assert.Equal(["old"], t.Store.Fingerprints().Select(f => f.Id));

        var result = Ingest(t.Store, batchSize: 128, Story("reuters", "(رويترز) - " + Texts.Wire, "Reuters"), Story("other", Texts.Other));

        Assert.Equal((2L, 1L), (result.Added, result.Duplicates));
        var link = Links(t.Store)["reuters"];
        Assert.Equal(("old", (double?)null), (link?.OriginalId, link?.Similarity));
        Assert.Null(Links(t.Store)["other"]);
        // New stories carry signatures, so the SimHash fallback still holds only the old one.
        Assert.Equal(["old"], t.Store.Fingerprints().Select(f => f.Id));
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_higher_threshold_leaves_the_re_edited_copy_unlinked(string backend)
    {
        using var t = TestStore.Create(backend);
        var options = new IngestOptions { BatchSize = 128, Threads = 2, DuplicateThreshold = 0.95 };
        var result = new Ingester(PlaceStage.Pipeline(), t.Store, null, options)
            .Run([Story("afp", MinHashTests.Wire), Story("edited", MinHashTests.Edited)]);
        Assert.Equal(0L, result.Duplicates);
        Assert.Null(Links(t.Store)["edited"]);
    }
}
