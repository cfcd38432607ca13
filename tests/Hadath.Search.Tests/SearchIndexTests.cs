namespace Hadath.Search.Tests;

public sealed class SearchIndexTests : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("hadath-index-").FullName;
    private readonly SearchIndex _index;

    public SearchIndexTests()
    {
        _index = new SearchIndex(_path);
        _index.Add([
            new IndexedDocument("d1", "اعلن الرئيس", "اعلن الرئيس الاميركي امس ان وزارة الخارجية ستستقبل الوفد.", "2016-07-15", "AFP",
                ["الولايات المتحدة"], ["010"]),
            new IndexedDocument("d2", "لقاء في واشنطن", "التقى وزير الخارجية الروسي نظيره في واشنطن الجمعة.", "2016-08-01", "Reuters",
                ["واشنطن", "روسيا"], ["040", "042"]),
            new IndexedDocument("d3", "هجوم", "قتل 84 شخصا في هجوم على مدينة نيس. وقال مسؤول للوزير ان الوضع خطير.", "2016-07-14", "AFP",
                ["نيس"], ["190"]),
        ]);
        _index.Commit();
    }

    private IEnumerable<string> Ids(SearchRequest request) => _index.Search(request).Hits.Select(h => h.Id).Order();

    [Theory]
    [InlineData("أعلن", new[] { "d1" })]
    [InlineData("الخارجيه", new[] { "d1", "d2" })]
    [InlineData("وواشنطن", new[] { "d2" })]
    [InlineData("وزير", new[] { "d2", "d3" })]
    [InlineData("الوزارة", new[] { "d1" })]
    [InlineData("كِيري", new string[0])]
    [InlineData("الخارجية واشنطن", new[] { "d2" })]
    [InlineData("\"وزير الخارجية\"", new[] { "d2" })]
    [InlineData("\"الخارجية وزير\"", new string[0])]
    public void Arabic_queries_match_across_spelling_and_clitics(string query, string[] expected) =>
        Assert.Equal(expected, Ids(new SearchRequest { Query = query }));

    [Theory]
    [InlineData("2016-07-15", null, null, null, null, new[] { "d1", "d2" })]
    [InlineData(null, "2016-07-14", null, null, null, new[] { "d3" })]
    [InlineData(null, null, "AFP", null, null, new[] { "d1", "d3" })]
    [InlineData(null, null, null, "واشنطن", null, new[] { "d2" })]
    [InlineData(null, null, null, null, "04", new[] { "d2" })]
    [InlineData(null, null, null, null, "19", new[] { "d3" })]
    [InlineData("2016-07-01", "2016-07-31", "AFP", null, "0", new[] { "d1" })]
    [InlineData("2016-07-01", "2016-07-31", "AFP", null, null, new[] { "d1", "d3" })]
    public void Filters_narrow_by_date_source_entity_and_event_code(string? from, string? to, string? source, string? entity,
        string? code, string[] expected) =>
        Assert.Equal(expected, Ids(new SearchRequest { From = from, To = to, Source = source, Entity = entity, EventCode = code }));

    [Fact]
    public void Without_a_query_stories_come_newest_first()
    {
        Assert.Equal(["d2", "d1", "d3"], _index.Search(new SearchRequest()).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Highlights_point_at_the_original_words_in_the_snippet()
    {
        var hit = Assert.Single(_index.Search(new SearchRequest { Query = "أعلن وزاره" }).Hits);
        var marked = hit.Highlights.Select(h => hit.Snippet[h[0]..h[1]]).ToList();
        Assert.Equal(["اعلن", "وزارة"], marked);
        Assert.StartsWith("اعلن الرئيس", hit.Snippet);
    }

    [Fact]
    public void Facets_count_sources_months_entities_and_event_roots_of_all_matches()
    {
        var result = _index.Search(new SearchRequest { Limit = 1 });
        Assert.Equal(3, result.Total);
        Assert.Single(result.Hits);
        Assert.Equal([new FacetValue("AFP", 2), new FacetValue("Reuters", 1)], result.Facets["source"]);
        Assert.Equal([new FacetValue("2016-07", 2), new FacetValue("2016-08", 1)], result.Facets["month"]);
        Assert.Equal(["01", "04", "19"], result.Facets["event"].Select(f => f.Value).Order());
    }

    [Fact]
    public void Adding_a_story_again_replaces_it()
    {
        _index.Add([new IndexedDocument("d1", "عنوان جديد", "نص جديد تماما", "2016-07-15", "AFP", [], [])]);
        _index.Commit();
        Assert.Equal(3, _index.Count());
        Assert.Empty(Ids(new SearchRequest { Query = "أعلن" }));
        Assert.Equal(["d1"], Ids(new SearchRequest { Query = "جديد" }));
    }

    [Fact]
    public void Paging_returns_the_requested_slice()
    {
        var all = _index.Search(new SearchRequest()).Hits.Select(h => h.Id).ToList();
        Assert.Equal(all.Skip(1).Take(1), _index.Search(new SearchRequest { Offset = 1, Limit = 1 }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_match_deep_in_a_long_story_gets_a_snippet_around_it()
    {
        var folder = Directory.CreateTempSubdirectory("hadath-long-").FullName;
        using var index = new SearchIndex(folder);
        var filler = string.Concat(Enumerable.Repeat("كان الطقس معتدلا في المدينة طوال اليوم. ", 200));
        index.Add([new IndexedDocument("long", null, filler + "ثم أعلنَ الوزير استقالته. " + filler, null, null, [], [])]);
        index.Commit();
        var hit = Assert.Single(index.Search(new SearchRequest { Query = "اعلن" }).Hits);
        Assert.StartsWith("… ", hit.Snippet);
        Assert.True(hit.Snippet.Length < 600);
        Assert.Equal(["أعلنَ"], hit.Highlights.Select(h => hit.Snippet[h[0]..h[1]]));
    }

    [Fact]
    public void An_empty_folder_searches_as_an_empty_index()
    {
        var empty = Directory.CreateTempSubdirectory("hadath-empty-").FullName;
        using var index = new SearchIndex(empty);
        Assert.Equal(0, index.Search(new SearchRequest { Query = "اعلن" }).Total);
    }

    public void Dispose()
    {
        _index.Dispose();
        try { Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}
