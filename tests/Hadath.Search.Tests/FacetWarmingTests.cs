namespace Hadath.Search.Tests;

/// <summary>
/// A refreshed reader has its facet ordinals built when it opens, whichever searcher manager opened it: the one tied to
/// this instance's writer (its own commits) or the one over the folder (another process's commits).
/// </summary>
public sealed class FacetWarmingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hadath-warm-").FullName;

    private static IndexedDocument Story(string id, string source) =>
        new(id, null, "أعلن الوزير استقالته.", "2016-07-15", source, ["كيري"], ["040"]);

    private static IReadOnlyList<FacetValue> Sources(SearchIndex index) => index.Search(new SearchRequest { Query = "اعلن" }).Facets["source"];

    [Fact]
    public void This_instance_s_commits_open_a_warmed_reader()
    {
        using var index = new SearchIndex(_folder);
        index.Add([Story("a", "AFP")]);
        index.Commit();
        // Nothing has searched yet (an ingest into a new folder): no reader is opened, nothing is warmed.
        Assert.Null(index.Current());
        Assert.Equal([new FacetValue("AFP", 1)], Sources(index));
        Assert.Equal((1, true), index.Current());

        index.Add([Story("b", "Reuters"), Story("c", "AFP")]);
        index.Commit();

        Assert.Equal((3, true), index.Current());
        Assert.Equal([new FacetValue("AFP", 2), new FacetValue("Reuters", 1)], Sources(index));
    }

    [Fact]
    public void Another_process_s_commit_opens_a_warmed_reader_on_refresh()
    {
        using (var writer = new SearchIndex(_folder))
        {
            writer.Add([Story("a", "AFP")]);
            writer.Commit();
        }
        using var reader = new SearchIndex(_folder);
        Assert.Equal([new FacetValue("AFP", 1)], Sources(reader));
        using var other = new SearchIndex(_folder);
        other.Add([Story("b", "Reuters")]);
        other.Commit();

        reader.RefreshNow();

        Assert.Equal((2, true), reader.Current());
        Assert.Equal([new FacetValue("AFP", 1), new FacetValue("Reuters", 1)], Sources(reader));
    }

    /// <summary>Searches see commits only: a refresh while writes are pending (the background one runs every second) shows none of them.</summary>
    [Fact]
    public void Opening_the_writer_after_searches_keeps_searches_warm_and_on_the_last_commit()
    {
        using (var first = new SearchIndex(_folder))
        {
            first.Add([Story("a", "AFP")]);
            first.Commit();
        }
        using var index = new SearchIndex(_folder);
        Assert.Equal([new FacetValue("AFP", 1)], Sources(index));

        // A write (an HTTP ingest or delete on the server) opens the writer and its own searcher manager.
        index.Delete("a");
        index.Add([Story("b", "Reuters")]);

        Assert.Equal((1, true), index.Current());
        Assert.Equal([new FacetValue("AFP", 1)], Sources(index));
        index.RefreshNow();
        Assert.Equal((1, true), index.Current());
        Assert.Equal([new FacetValue("AFP", 1)], Sources(index));
        index.Commit();
        Assert.Equal((1, true), index.Current());
        Assert.Equal([new FacetValue("Reuters", 1)], Sources(index));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
