using Hadath.Search.Analysis;

namespace Hadath.Search.Tests;

/// <summary>Snippets and facets as a search returns them, over small hand-made indexes.</summary>
public sealed class SnippetAndFacetTests : IDisposable
{
    private readonly List<string> _folders = [];

    private SearchIndex NewIndex(params IndexedDocument[][] commits)
    {
        var folder = Directory.CreateTempSubdirectory("hadath-snippets-").FullName;
        _folders.Add(folder);
        var index = new SearchIndex(folder);
        foreach (var batch in commits)
        {
            index.Add(batch);
            index.Commit();
        }
        return index;
    }

    private static IndexedDocument Story(string id, string text, string? source = null, string[]? entities = null) =>
        new(id, null, text, "2016-07-15", source, entities ?? [], []);

    [Theory]
    [InlineData("الحكومة", "قالت الحكومةُ إن للحكومة خطة جديدة.", new[] { "الحكومةُ", "للحكومة" })]
    [InlineData("وزير", "التقى الوزير بنظيره ثم غادر وزيرٌ آخر.", new[] { "الوزير", "وزيرٌ" })]
    [InlineData("واشنطن", "وصل الوفد إلى وواشنطن ثم إلى واشنطنَ.", new[] { "وواشنطن", "واشنطنَ" })]
    [InlineData("\"الأمم المتحدة\"", "أعلنت الأمم المتحدة أمس.", new[] { "الأمم", "المتحدة" })]
    [InlineData("كيري", "قال كـيري إن الحل سياسي.", new[] { "كـيري" })]
    public void Snippets_mark_every_form_of_the_query_words(string query, string text, string[] marked)
    {
        using var index = NewIndex([Story("s", text)]);
        var hit = Assert.Single(index.Search(new SearchRequest { Query = query }).Hits);
        Assert.Equal(text, hit.Snippet);
        Assert.Equal(marked, hit.Highlights.Select(h => hit.Snippet[h[0]..h[1]]));
    }

    [Theory]
    [InlineData("a", null, null, null, "أعلن 😀 الوزير\n«استقالته» ٢٠١٦.")]
    [InlineData("ب-١", "عنوان", "2016-07-15", "جوهرة FM", "أعلن")]
    public void A_hit_shows_its_fields_exactly_as_indexed(string id, string? title, string? date, string? source, string text)
    {
        using var index = NewIndex([new IndexedDocument(id, title, text, date, source, [], [])]);
        var hit = Assert.Single(index.Search(new SearchRequest { Query = "اعلن" }).Hits);
        Assert.Equal((id, title, date, source, text), (hit.Id, hit.Title, hit.Date, hit.Source, hit.Snippet));
    }

    [Fact]
    public void A_story_that_opens_with_blank_lines_gets_no_leading_ellipsis()
    {
        using var index = NewIndex([Story("s", "\n\n  أعلن الوزير استقالته.\n")]);
        var hit = Assert.Single(index.Search(new SearchRequest { Query = "اعلن" }).Hits);
        Assert.Equal("أعلن الوزير استقالته.", hit.Snippet);
        Assert.Equal([new[] { 0, 4 }], hit.Highlights);
    }

    [Fact]
    public void A_long_snippet_ends_on_a_word_with_an_ellipsis()
    {
        var filler = string.Concat(Enumerable.Repeat("كان الطقس معتدلا في المدينة. ", 40));
        using var index = NewIndex([Story("s", "أعلن الوزير استقالته. " + filler)]);
        var hit = Assert.Single(index.Search(new SearchRequest { Query = "وزير" }).Hits);
        Assert.EndsWith(" …", hit.Snippet);
        Assert.True(hit.Snippet.Length <= 330);
        var body = hit.Snippet[..^2];
        Assert.StartsWith(body + " ", "أعلن الوزير استقالته. " + filler, StringComparison.Ordinal);
        Assert.Equal(["الوزير"], hit.Highlights.Select(h => hit.Snippet[h[0]..h[1]]));
    }

    [Fact]
    public void Without_snippets_or_facets_the_same_hits_come_back()
    {
        using var index = NewIndex([Story("a", "أعلن الوزير", "AFP"), Story("b", "أعلن الرئيس", "AFP")]);
        var full = index.Search(new SearchRequest { Query = "اعلن" });
        var bare = index.Search(new SearchRequest { Query = "اعلن", Snippets = false, Facets = false });
        Assert.Equal(full.Hits.Select(h => (h.Id, h.Score)), bare.Hits.Select(h => (h.Id, h.Score)));
        Assert.All(bare.Hits, h => Assert.Equal("", h.Snippet));
        Assert.Empty(bare.Facets);
        Assert.Equal([new FacetValue("AFP", 2)], full.Facets["source"]);
    }

    [Fact]
    public void Facet_counts_add_up_across_segments_and_ties_go_by_label()
    {
        using var index = NewIndex(
            [Story("a", "خبر اول", "AFP", ["واشنطن", "موسكو"]), Story("b", "خبر ثان", "Reuters", ["واشنطن"])],
            [Story("c", "خبر ثالث", "AFP", ["واشنطن", "باريس"]), Story("d", "خبر رابع", "BBC", ["موسكو"])]);
        var facets = index.Search(new SearchRequest()).Facets;
        Assert.Equal([new FacetValue("AFP", 2), new FacetValue("BBC", 1), new FacetValue("Reuters", 1)], facets["source"]);
        Assert.Equal([new FacetValue("واشنطن", 3), new FacetValue("موسكو", 2), new FacetValue("باريس", 1)], facets["entity"]);
        Assert.Equal([new FacetValue("2016-07", 4)], facets["month"]);
    }

    [Fact]
    public void A_replaced_story_is_counted_under_its_new_values_only()
    {
        using var index = NewIndex([Story("a", "خبر اول", "AFP", ["واشنطن"]), Story("b", "خبر ثان", "AFP", ["واشنطن"])]);
        Assert.Equal([new FacetValue("AFP", 2)], index.Search(new SearchRequest()).Facets["source"]);
        index.Add([Story("b", "خبر ثان معدل", "Reuters", ["موسكو"])]);
        index.Commit();
        var facets = index.Search(new SearchRequest()).Facets;
        Assert.Equal([new FacetValue("AFP", 1), new FacetValue("Reuters", 1)], facets["source"]);
        Assert.Equal([new FacetValue("موسكو", 1), new FacetValue("واشنطن", 1)], facets["entity"]);
    }

    [Fact]
    public void Random_stories_give_highlights_inside_the_snippet_on_matching_words()
    {
        var random = new Random(20261130);
        string[] words = ["الحكومة", "للحكومة", "حكومات", "وزير", "الوزراء", "أعلن", "اعلنت", "واشنطن", "في", "ان", "قال", "الأمم", "2016"];
        const string noise = " \n،.«»ـًَُ\u200f";
        var stories = new List<IndexedDocument>();
        for (int n = 0; n < 60; n++)
        {
            var text = new System.Text.StringBuilder();
            for (int w = random.Next(1, 120); w > 0; w--)
            {
                text.Append(words[random.Next(words.Length)]);
                text.Append(noise[random.Next(noise.Length)]);
            }
            stories.Add(Story("r" + n, text.ToString()));
        }
        using var index = NewIndex([.. stories]);
        foreach (var query in words)
        {
            var queryForms = ArabicLightStemmer.Forms(ArabicFolding.Fold(query)).ToHashSet();
            foreach (var hit in index.Search(new SearchRequest { Query = query, Limit = 100 }).Hits)
            {
                int previousEnd = 0;
                foreach (var h in hit.Highlights)
                {
                    Assert.InRange(h[0], previousEnd, h[1] - 1);
                    Assert.InRange(h[1], h[0] + 1, hit.Snippet.Length);
                    previousEnd = h[1];
                    var folded = ArabicFolding.Fold(hit.Snippet.AsSpan(h[0], h[1] - h[0]));
                    Assert.True(ArabicLightStemmer.Forms(folded).Any(queryForms.Contains), $"{hit.Snippet[h[0]..h[1]]} for {query}");
                }
            }
        }
    }

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>An index written before hits were packed (text as a stored field) still searches and shows snippets.</summary>
public sealed class OlderIndexTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hadath-old-index-").FullName;

    [Fact]
    public void Hits_of_an_index_with_stored_text_read_their_fields_from_it()
    {
        using (var directory = Lucene.Net.Store.FSDirectory.Open(_folder))
        using (var analyzer = new ArabicSearchAnalyzer())
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(ArabicSearchAnalyzer.Version, analyzer)))
        {
            writer.AddDocument(new Lucene.Net.Documents.Document
            {
                new Lucene.Net.Documents.StringField("id", "old-1", Lucene.Net.Documents.Field.Store.YES),
                new Lucene.Net.Documents.TextField("text", "أعلن الوزير استقالته أمس.", Lucene.Net.Documents.Field.Store.YES),
                new Lucene.Net.Documents.TextField("title", "استقالة", Lucene.Net.Documents.Field.Store.YES),
                new Lucene.Net.Documents.StringField("date", "2016-07-15", Lucene.Net.Documents.Field.Store.YES),
                new Lucene.Net.Documents.StringField("source", "AFP", Lucene.Net.Documents.Field.Store.YES),
            });
            writer.Commit();
        }
        using var index = new SearchIndex(_folder);
        index.Add([new IndexedDocument("new-1", "جديد", "أعلن الرئيس الخطة.", "2016-07-16", "BBC", [], [])]);
        index.Commit();
        var hits = index.Search(new SearchRequest { Query = "اعلن" }).Hits.OrderBy(h => h.Id).ToList();
        Assert.Equal(
            [("new-1", "جديد", "2016-07-16", "BBC", "أعلن الرئيس الخطة."), ("old-1", "استقالة", "2016-07-15", "AFP", "أعلن الوزير استقالته أمس.")],
            hits.Select(h => (h.Id, h.Title, h.Date, h.Source, h.Snippet)));
        Assert.All(hits, h => Assert.Equal("أعلن", h.Snippet[h.Highlights[0][0]..h.Highlights[0][1]]));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
