using Hadath.Corpus.Ingest;
using Hadath.Search;
using Hadath.Store;

namespace Hadath.Corpus.Tests;

public sealed class IngesterTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<IngestProblem> _problems = [];

    private string Db => Path.Combine(_folder.Path, "store", "corpus.db");
    private string IndexPath => Path.Combine(_folder.Path, "store", "corpus.index");

    private IngestProgress Ingest(params string[] paths) => Ingest(withIndex: true, paths);

    private IngestProgress Ingest(bool withIndex, params string[] paths)
    {
        using var store = StoreFactory.Open(Db);
        using var index = withIndex ? new SearchIndex(IndexPath) : null;
        var ingester = new Ingester(PlaceStage.Pipeline(), store, index, new IngestOptions { BatchSize = 2, Threads = 2 });
        ingester.Problem += p => _problems.Add(p);
        return ingester.Run(paths);
    }

    private string WriteCorpus() => _folder.Write("in/a.jsonl", string.Join('\n',
        $"{{\"id\": \"afp-1\", \"source\": \"AFP\", \"date\": \"2016-07-15\", \"title\": \"كيري\", \"text\": \"{Texts.Wire}\"}}",
        "{\"id\": \"bad\", \"title\": \"no text\"}",
        $"{{\"source\": \"AFP\", \"date\": \"2016-07-14\", \"text\": \"{Texts.Other}\"}}",
        $"{{\"id\": \"reuters-9\", \"source\": \"Reuters\", \"date\": \"2016-07-15\", \"text\": \"(رويترز) - {Texts.Wire}\"}}",
        "{\"id\": \"boom\", \"text\": \"انفجار_المرحلة في النص\"}"));

    [Fact]
    public void Ingest_stores_indexes_links_copies_and_reports_bad_documents_with_their_line()
    {
        var a = WriteCorpus();
        var result = Ingest(_folder.Path + "/in");

        Assert.Equal((5L, 3L, 0L, 2L, 1L), (result.Read, result.Added, result.Unchanged, result.Failed, result.Duplicates));
        Assert.Equal([$"{a}:2", $"{a}:5"], _problems.Select(p => p.Origin));
        Assert.Contains("analysis failed", _problems[1].Message);

        using var store = StoreFactory.Open(Db);
        Assert.Equal("afp-1", store.Get("reuters-9")!.Summary.DuplicateOf);
        var noId = Assert.Single(store.List(10, 0).Items, d => d.Id.StartsWith("sha256-", StringComparison.Ordinal));
        Assert.Equal("2016-07-14", noId.Date);
        Assert.Equal(new EntitySummary("واشنطن", "LOC", null, 2, 2), Assert.Single(store.Entities(null, null, 10, 0).Items));

        using var index = new SearchIndex(IndexPath);
        Assert.Equal(["afp-1", "reuters-9"], index.Search(new SearchRequest { Query = "وواشنطن" }).Hits.Select(h => h.Id).Order());
        Assert.Equal(["reuters-9"], index.Search(new SearchRequest { Query = "لافروف", Source = "Reuters" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Ingesting_again_changes_nothing()
    {
        WriteCorpus();
        Ingest(_folder.Path + "/in");
        var again = Ingest(_folder.Path + "/in");
        Assert.Equal((0L, 3L, 0L), (again.Added, again.Unchanged, again.Duplicates));
        using var store = StoreFactory.Open(Db);
        Assert.Equal(3, store.Stats().Documents);
    }

    [Fact]
    public void A_rerun_after_a_partial_ingest_adds_only_the_rest()
    {
        var first = _folder.Write("in/1.jsonl", $"{{\"id\": \"one\", \"text\": \"{Texts.Other}\"}}");
        _folder.Write("in/2.jsonl", $"{{\"id\": \"two\", \"text\": \"{Texts.Wire}\"}}");
        Ingest(first);
        var rest = Ingest(_folder.Path + "/in");
        Assert.Equal((1L, 1L), (rest.Added, rest.Unchanged));
    }

    [Fact]
    public void A_lost_index_is_rebuilt_from_the_store()
    {
        WriteCorpus();
        Ingest(_folder.Path + "/in");
        Directory.Delete(IndexPath, recursive: true);
        Ingest(_folder.Path + "/in");
        using var index = new SearchIndex(IndexPath);
        Assert.Equal(3, index.Count());
        Assert.Equal(["afp-1", "reuters-9"], index.Search(new SearchRequest { Entity = "واشنطن" }).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Stories_stored_after_the_last_index_commit_are_indexed_on_the_next_run()
    {
        var first = _folder.Write("in/1.jsonl", $"{{\"id\": \"one\", \"text\": \"{Texts.Other}\"}}");
        var second = _folder.Write("in/2.jsonl", $"{{\"id\": \"two\", \"source\": \"AFP\", \"text\": \"{Texts.Wire}\"}}");
        Ingest(first);
        // As after a kill between a store commit and the next index commit: the store holds a story the index lacks.
        Ingest(withIndex: false, second);
        using (var behind = new SearchIndex(IndexPath)) Assert.Equal(1, behind.Count());

        var rerun = Ingest(_folder.Path + "/in");

        Assert.Equal((0L, 2L), (rerun.Added, rerun.Unchanged));
        using var index = new SearchIndex(IndexPath);
        Assert.Equal(2, index.Count());
        Assert.Equal(["two"], index.Search(new SearchRequest { Query = "لافروف", Source = "AFP" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void The_same_id_twice_in_one_run_is_stored_once()
    {
        _folder.Write("in/dup.jsonl", $"{{\"id\": \"x\", \"text\": \"{Texts.Other}\"}}\n{{\"id\": \"x\", \"text\": \"نص اخر\"}}");
        var result = Ingest(_folder.Path + "/in");
        Assert.Equal((1L, 1L), (result.Added, result.Unchanged));
        using var store = StoreFactory.Open(Db);
        Assert.Equal(Texts.Other, store.Get("x")!.Text);
    }

    public void Dispose() => _folder.Dispose();
}
