using Hadath.Core.Input;
using Hadath.Corpus.Reading;

namespace Hadath.Corpus.Tests;

public sealed class ReadingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CorpusReader _reader = new(new ReaderOptions());

    private List<InputDocument> ReadAll(params string[] paths) =>
        CorpusReader.Files(paths, out _).SelectMany(_reader.ReadFile).ToList();

    [Fact]
    public void Rss_items_become_documents_with_html_reduced_to_text()
    {
        var path = _folder.Write("feed.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>وكالة</title>
            <item><title>كيري في موسكو</title><link>http://example.org/1</link><guid>g-1</guid>
            <pubDate>Fri, 15 Jul 2016 10:00:00 +0300</pubDate>
            <description>&lt;p&gt;اعلن &lt;b&gt;كيري&lt;/b&gt; &amp;amp; لافروف&lt;/p&gt;&lt;p&gt;الجمعة&lt;/p&gt;</description></item>
            </channel></rss>
            """);
        var doc = Assert.Single(ReadAll(path));
        Assert.Null(doc.Error);
        Assert.Equal("اعلن كيري & لافروف\nالجمعة", doc.Text);
        Assert.Equal(("g-1", "كيري في موسكو", "http://example.org/1", new DateOnly(2016, 7, 15), "وكالة"),
            (doc.Metadata.Id, doc.Metadata.Title, doc.Metadata.Url, doc.Metadata.Date, doc.Metadata.Source));
    }

    [Fact]
    public void Atom_entries_use_content_link_and_published_date()
    {
        var path = _folder.Write("feed.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>مصدر</title>
            <entry><id>urn:1</id><title>عنوان</title><link rel="alternate" href="http://example.org/a"/>
            <published>2016-07-14T22:30:00Z</published><content type="html">نص الخبر</content></entry></feed>
            """);
        var doc = Assert.Single(ReadAll(path));
        Assert.Equal(("urn:1", "نص الخبر", "http://example.org/a", new DateOnly(2016, 7, 14)),
            (doc.Metadata.Id, doc.Text, doc.Metadata.Url, doc.Metadata.Date));
    }

    [Fact]
    public void Broken_xml_is_reported_with_its_line()
    {
        var path = _folder.Write("bad.xml", "<rss><channel>\n<item><title>x</title>\n</channel></rss>");
        var doc = Assert.Single(ReadAll(path));
        Assert.StartsWith("invalid XML at line 3", doc.Error);
        Assert.Equal(path, doc.Origin);
    }

    [Fact]
    public void A_folder_mixes_text_jsonl_gzip_zip_and_feeds_and_skips_other_files()
    {
        _folder.Write("a/story.txt", "نص الخبر الاول");
        _folder.Write("b.jsonl", "{\"docno\": \"x1\", \"text\": \"نص\", \"time\": \"15/07/2016\", \"src\": \"Jawhara FM\"}\n{not json\n");
        _folder.WriteGzip("c.jsonl.gz", "{\"id\": \"g1\", \"text\": \"نص مضغوط\"}\n");
        _folder.WriteZip("2015-07-21.zip", "2015-07-21.json",
            "[{\"source\": \"okaz\", \"url\": \"http://okaz/1\", \"date_extracted\": \"2015-07-21 10:11:12\", \"title\": \"ع\", \"content\": \"محتوى\"}]");
        _folder.Write("notes.csv", "a,b");
        var docs = ReadAll(_folder.Path);

        Assert.Equal(5, docs.Count);
        var bad = Assert.Single(docs, d => d.IsError);
        Assert.EndsWith("b.jsonl:2", bad.Origin);
        var jsonl = docs.Single(d => d.Metadata.Id == "x1");
        Assert.Equal((new DateOnly(2016, 7, 15), "Jawhara FM"), (jsonl.Metadata.Date, jsonl.Metadata.Source));
        var saudi = docs.Single(d => d.Text == "محتوى");
        Assert.Equal(("okaz", new DateOnly(2015, 7, 21), "http://okaz/1"), (saudi.Metadata.Source, saudi.Metadata.Date, saudi.Metadata.Url));
        Assert.EndsWith("2015-07-21.zip!2015-07-21.json[1]", saudi.Origin);
        Assert.Contains(docs, d => d.Text == "نص مضغوط" && d.Metadata.Id == "g1");
        Assert.Contains(docs, d => d.Text == "نص الخبر الاول");
    }

    [Fact]
    public void Corrupt_archives_and_missing_paths_are_reported_not_thrown()
    {
        var zip = _folder.Write("broken.zip", "not a zip");
        var gz = _folder.Write("broken.jsonl.gz", "not gzip");
        var docs = ReadAll(zip, gz);
        Assert.All(docs, d => Assert.True(d.IsError));
        Assert.Equal(2, docs.Count);
        CorpusReader.Files([Path.Combine(_folder.Path, "nope")], out var missing);
        Assert.Single(missing);
    }

    public void Dispose() => _folder.Dispose();
}

public sealed class CountingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("a.jsonl", "{\"text\": \"ا\"}\n\n{\"text\": \"ب\"}", 2)]
    [InlineData("b.jsonl", "{\"text\": \"ا\"}\n{\"text\": \"ب\"}\n", 2)]
    [InlineData("c.json", "[{\"text\": \"ا\"}, {\"text\": \"ب\"}, {\"text\": \"ج\"}]", 3)]
    [InlineData("d.txt", "نص", 1)]
    public void Counting_agrees_with_reading(string name, string content, long expected)
    {
        var path = _folder.Write(name, content);
        var reader = new CorpusReader(new Hadath.Core.Input.ReaderOptions());
        Assert.Equal(expected, reader.Count(path));
        Assert.Equal(expected, reader.ReadFile(path).LongCount());
    }

    [Fact]
    public void Gzipped_json_lines_are_counted_by_lines()
    {
        var path = _folder.WriteGzip("e.jsonl.gz", "{\"text\": \"ا\"}\n{\"text\": \"ب\"}\n");
        Assert.Equal(2, new CorpusReader(new Hadath.Core.Input.ReaderOptions()).Count(path));
    }

    public void Dispose() => _folder.Dispose();
}
