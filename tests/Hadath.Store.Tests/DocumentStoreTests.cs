using Hadath.Core;
using Hadath.Store;

namespace Hadath.Store.Tests;

public sealed class DocumentStoreTests
{
    public static TheoryData<string> Backends => TestStore.Backends;

    [Theory, MemberData(nameof(Backends))]
    public void Save_then_get_returns_the_exact_text_metadata_and_analysis(string backend)
    {
        using var t = TestStore.Create(backend);
        var record = Stories.Record(Stories.Kerry());
        Assert.Equal(1, t.Store.Save([record]));

        var stored = t.Store.Get("k1");
        Assert.NotNull(stored);
        Assert.Equal(Stories.KerryText, stored.Text);
        Assert.Equal(record.AnalysisJson, stored.AnalysisJson);
        Assert.Equal(new DocumentSummary("k1", "كيري في موسكو", "2016-07-15", "AFP", "http://example.org/k", null), stored.Summary);
        Assert.Null(t.Store.Get("missing"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Saving_the_same_id_again_changes_nothing(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(Stories.Kerry())]);
        var changed = Stories.Record(Stories.Kerry()) with { Title = "عنوان اخر" };

        Assert.Equal(0, t.Store.Save([changed]));
        Assert.Equal("كيري في موسكو", t.Store.Get("k1")!.Summary.Title);
        var stats = t.Store.Stats();
        Assert.Equal(1, stats.Documents);
        Assert.Equal(1, stats.Quotes);
        Assert.Equal(3, stats.Mentions);
    }

    [Theory, MemberData(nameof(Backends))]
    public void Migrations_are_applied_once_and_reopening_keeps_the_data(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(Stories.Kerry("a"))]);
        var reopened = t.Reopen();
        Assert.Equal(5, reopened.SchemaVersion);
        reopened.Save([Stories.Record(Stories.Kerry("b", date: "2016-07-16"))]);
        // Ingestion order survives reopening: "a" came first.
        Assert.Equal(["a", "b"], reopened.ReadAll().Select(r => r.Id));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Existing_ids_reports_only_stored_ones(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(Stories.Kerry("a")), Stories.Record(Stories.Kerry("b"))]);
        Assert.Equal(new HashSet<string> { "a", "b" }, t.Store.ExistingIds(["a", "b", "c", "a"]));
        Assert.Empty(t.Store.ExistingIds([]));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Layers_are_flattened_into_entities_quotes_and_events(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(Stories.Kerry("a")), Stories.Record(Stories.Kerry("b", date: "2016-08-01"))]);

        var entities = t.Store.Entities(null, null, 10, 0);
        Assert.Equal(3, entities.Total);
        Assert.Contains(new EntitySummary("جون كيري", "PER", "USAGOV", 2, 2), entities.Items);
        Assert.Equal(["موسكو"], t.Store.Entities("وسك", null, 10, 0).Items.Select(e => e.Name));
        Assert.Equal(2, t.Store.Entities(null, "per", 10, 0).Total);

        var quote = Assert.Single(t.Store.Quotes("جون كيري", 10, 1).Items);
        Assert.Equal(("الحل في سوريا سياسي", "جون كيري", "قال", true), (quote.Text, quote.Speaker, quote.Cue, quote.Direct));

        var events = t.Store.Events(new EventQuery(Code: "04"));
        Assert.Equal(2, events.Total);
        var first = events.Items[0];
        Assert.Equal(("b", "لقائه", "040", "USAGOV", "جون كيري", "RUSGOV", "لافروف"),
            (first.DocumentId, first.Trigger, first.Code, first.SourceActor, first.SourceName, first.TargetActor, first.TargetName));
        Assert.Equal(0, t.Store.Events(new EventQuery(Code: "19")).Total);
        Assert.Equal(1, t.Store.Events(new EventQuery(From: "2016-07-20")).Total);
        Assert.Equal((1.0, "موسكو", null), (first.Goldstein, first.PlaceName, first.PlaceActor));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", first.IngestedAt);
        Assert.Equal(2, t.Store.Events(new EventQuery { Source = "جون كيري", Target = "لافروف", Quad = 1 }).Total);
        Assert.Equal(0, t.Store.Events(new EventQuery { Source = "لافروف", Target = "جون كيري" }).Total);
    }

    [Theory, MemberData(nameof(Backends))]
    public void An_event_side_named_by_words_alone_keeps_those_words(string backend)
    {
        const string text = "فرقت قوات الامن المتظاهرين في وسط العاصمة.";
        var doc = new AnalyzedDocument(text, new DocumentMetadata { Id = "p1", Date = new DateOnly(2016, 7, 15) })
            .WithEvents([new Event(Stories.Find(text, "فرقت"), "145", "test-rule")
            {
                Quad = 4,
                Source = new EventArgument(null, "COP") { Span = Stories.Find(text, "قوات الامن") },
                Target = new EventArgument(null, "OPP") { Span = Stories.Find(text, "المتظاهرين") },
            }]);
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(doc), Stories.Record(Stories.Kerry("k"))]);

        var e = Assert.Single(t.Store.Events(new EventQuery(Code: "14")).Items);
        Assert.Equal(("COP", null, "قوات الامن", "OPP", null, "المتظاهرين"),
            (e.SourceActor, e.SourceName, e.SourceText, e.TargetActor, e.TargetName, e.TargetText));
        var named = Assert.Single(t.Store.Events(new EventQuery(Code: "04")).Items);
        Assert.Equal(((string?)null, (string?)null), (named.SourceText, named.TargetText));
    }

    /// <summary>A code is a literal prefix: LIKE wildcards in it match only themselves, in the listing and the network alike.</summary>
    public static TheoryData<string, string, int> CodePrefixes
    {
        get
        {
            var data = new TheoryData<string, string, int>();
            foreach (var backend in TestStore.Backends)
            {
                foreach (var (code, events) in new[] { ("04", 2), ("040", 2), ("0", 2), ("%", 0), ("0_", 0), ("_4", 0), ("04%", 0) }) data.Add(backend, code, events);
            }
            return data;
        }
    }

    [Theory, MemberData(nameof(CodePrefixes))]
    public void A_code_prefix_is_taken_literally(string backend, string code, int events)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(Stories.Kerry("a")), Stories.Record(Stories.Kerry("b", date: "2016-08-01"))]);
        Assert.Equal(events, t.Store.Events(new EventQuery(Code: code)).Total);
        Assert.Equal(events, t.Store.Network(new NetworkQuery(Code: code)).Edges.Sum(e => e.Weight));
    }

    [Theory, MemberData(nameof(Backends))]
    public void The_network_weighs_event_edges_once_per_cluster_and_story_edges_by_original_stories(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(Stories.Kerry("a")), Stories.Record(Stories.Kerry("b", date: "2016-08-01"))]);
        t.Store.Save([Stories.Record(Stories.Kerry("c", source: "Reuters"), duplicateOf: new DuplicateLink("a", 1))]);

        var graph = t.Store.Network(new NetworkQuery(Stories: true));
        Assert.Equal([new NetworkNode("جون كيري", true, "PER", "USAGOV", 4, 2, 2), new NetworkNode("لافروف", true, "PER", "RUSGOV", 4, 2, 2)],
            graph.Nodes);
        var edge = graph.Edges[0];
        Assert.Equal(("جون كيري", "لافروف", "event", 2L, 1, "04"), (edge.Source, edge.Target, edge.Kind, edge.Weight, edge.Quad, edge.Root));
        // موسكو is a place without an actor code: never a node. The names sort ordinally (ج before ل).
        Assert.Equal(("جون كيري", "لافروف", "story", 2L), (graph.Edges[1].Source, graph.Edges[1].Target, graph.Edges[1].Kind, graph.Edges[1].Weight));
        Assert.Equal(2, graph.Edges.Count);
        Assert.Empty(t.Store.Network(new NetworkQuery(MinWeight: 3)).Nodes);
        Assert.Equal(1, t.Store.Network(new NetworkQuery(From: "2016-08-01")).Edges[0].Weight);
        Assert.Equal(["b", "a"], t.Store.StoriesNaming("لافروف", "جون كيري", null, null, 10, 0).Items.Select(d => d.Id));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Entity_detail_has_timeline_co_occurring_actors_and_quotes(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(Stories.Kerry("a")), Stories.Record(Stories.Kerry("b", date: "2016-08-01"))]);

        var detail = t.Store.Entity("جون كيري");
        Assert.NotNull(detail);
        Assert.Equal([new Facet("2016-07", 1), new Facet("2016-08", 1)], detail.MentionsPerMonth);
        Assert.Equal([new Facet("لافروف", 2), new Facet("موسكو", 2)], detail.CoOccurring);
        Assert.Equal(2, detail.Quotes.Count);
        Assert.Equal(["b", "a"], detail.Documents.Select(d => d.Id));
        Assert.Null(t.Store.Entity("غير موجود"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_copied_story_is_linked_and_its_event_counted_once_with_two_sources(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(Stories.Kerry("afp", source: "AFP"))]);
        t.Store.Save([Stories.Record(Stories.Kerry("reuters", source: "Reuters"), duplicateOf: new DuplicateLink("afp", 2))]);

        var events = t.Store.Events(new EventQuery());
        var only = Assert.Single(events.Items);
        Assert.Equal(("afp", 2L, 2L), (only.DocumentId, only.Mentions, only.Sources));

        Assert.Equal(["reuters"], t.Store.Get("afp")!.Duplicates.Select(d => d.Id));
        var copy = t.Store.Get("reuters")!;
        Assert.Equal("afp", copy.Summary.DuplicateOf);
        Assert.Equal(["afp"], copy.Duplicates.Select(d => d.Id));
        Assert.Equal(["afp"], t.Store.Fingerprints().Select(f => f.Id));
        Assert.Equal(1, t.Store.Stats().Duplicates);
    }

    [Theory, MemberData(nameof(Backends))]
    public void Delete_removes_the_document_and_every_row(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([Stories.Record(Stories.Kerry("a"))]);
        Assert.True(t.Store.Delete("a"));
        Assert.False(t.Store.Delete("a"));
        var stats = t.Store.Stats();
        Assert.Equal((0L, 0L, 0L, 0L, 0L), (stats.Documents, stats.Entities, stats.Quotes, stats.Events, stats.Times));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Listing_pages_newest_first_and_stats_count_months_and_sources(string backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Save([
            Stories.Record(Stories.Kerry("a", "AFP", "2016-07-15")),
            Stories.Record(Stories.Kerry("b", "Reuters", "2016-08-02")),
            Stories.Record(Stories.Kerry("c", "AFP", "2016-08-01")),
        ]);
        var page = t.Store.List(2, 0);
        Assert.Equal(3, page.Total);
        Assert.Equal(["b", "c"], page.Items.Select(d => d.Id));
        Assert.Equal(["a"], t.Store.List(2, 2).Items.Select(d => d.Id));

        var stats = t.Store.Stats();
        Assert.Equal([new Facet("AFP", 2), new Facet("Reuters", 1)], stats.Sources);
        Assert.Equal([new Facet("2016-07", 1), new Facet("2016-08", 2)], stats.DocumentsPerMonth);
        Assert.Equal([new Facet("04", 3)], stats.EventRoots);
        Assert.Equal(("2016-07-15", "2016-08-02"), (stats.FirstDate, stats.LastDate));
    }

    [Theory]
    [InlineData("postgres://u:p%40ss@db.example:6543/news", "db.example", 6543, "news", "u", "p@ss")]
    [InlineData("postgresql://localhost/hadath", "localhost", 5432, "hadath", null, null)]
    public void Postgres_urls_become_connection_strings(string url, string host, int port, string database, string? user, string? password)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(StoreFactory.ToConnectionString(url));
        Assert.Equal((host, port, database, user, password), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
    }

    [Theory]
    [InlineData("corpus.db", false)]
    [InlineData("postgres://localhost/x", true)]
    [InlineData("Host=127.0.0.1;Port=55432;Username=postgres", true)]
    public void The_db_argument_selects_the_backend(string db, bool postgres) => Assert.Equal(postgres, StoreFactory.IsPostgres(db));
}
