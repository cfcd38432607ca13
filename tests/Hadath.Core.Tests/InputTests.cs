using System.Text;
using Hadath.Core.Input;

namespace Hadath.Core.Tests;

public sealed class InputTests
{
    private static readonly ReaderOptions Defaults = new();

    private static List<InputDocument> Read(string content, ReaderOptions? options = null) =>
        DocumentReader.ReadBytes(Encoding.UTF8.GetBytes(content), "in.txt", options ?? Defaults).ToList();

    [Fact]
    public void Plain_text_is_one_document_kept_exactly()
    {
        var docs = Read("قال كيري\r\nامس");

        var doc = Assert.Single(docs);
        Assert.Null(doc.Error);
        Assert.Equal("قال كيري\r\nامس", doc.Text);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_not_part_of_the_text()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("نص")).ToArray();

        var doc = Assert.Single(DocumentReader.ReadBytes(bytes, "bom.txt", Defaults));

        Assert.Equal("نص", doc.Text);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("نص ").Concat(new byte[] { 0xFF, 0x41 }).ToArray();

        var doc = Assert.Single(DocumentReader.ReadBytes(bytes, "bad.txt", Defaults));

        Assert.Equal("bad.txt", doc.Origin);
        Assert.Contains("byte offset 5", doc.Error);
    }

    [Fact]
    public void Windows1256_bytes_are_recognised_and_readable_with_the_option()
    {
        var bytes = TextDecoding.Windows1256.GetBytes("السلام عليكم");

        var refused = Assert.Single(DocumentReader.ReadBytes(bytes, "old.txt", Defaults));
        var read = Assert.Single(DocumentReader.ReadBytes(bytes, "old.txt", Defaults with { Encoding = InputEncoding.Windows1256 }));

        Assert.Contains("windows-1256", refused.Error);
        Assert.Equal("السلام عليكم", read.Text);
    }

    [Fact]
    public void Json_lines_report_a_bad_line_and_keep_the_rest()
    {
        var docs = Read("{\"text\":\"اول\",\"id\":\"a\"}\n{oops\n\n{\"text\":\"ثالث\",\"date\":\"2016-07-15\"}\n", Defaults with { DefaultId = "b" });

        Assert.Equal(3, docs.Count);
        Assert.Equal("a", docs[0].Metadata.Id);
        Assert.Equal("in.txt:2", docs[1].Origin);
        Assert.NotNull(docs[1].Error);
        Assert.Equal("b-4", docs[2].Metadata.Id);
        Assert.Equal(new DateOnly(2016, 7, 15), docs[2].Metadata.Date);
    }

    [Fact]
    public void Json_lines_report_invalid_utf8_on_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\":\"اول\"}\n{\"text\":\"").Concat(new byte[] { 0xC7, 0x22, 0x7D, 0x0A })
            .Concat(Encoding.UTF8.GetBytes("{\"text\":\"ثالث\"}\n")).ToArray();

        var docs = DocumentReader.ReadBytes(bytes, "feed.jsonl", Defaults).ToList();

        Assert.Equal(3, docs.Count);
        Assert.Equal("feed.jsonl:2", docs[1].Origin);
        Assert.Contains("invalid UTF-8", docs[1].Error);
        Assert.Equal("ثالث", docs[2].Text);
    }

    [Fact]
    public void A_pretty_printed_object_is_one_json_document()
    {
        var docs = Read("{\n  \"text\": \"نص\",\n  \"title\": \"عنوان\",\n  \"src\": \"BBC\"\n}\n");

        var doc = Assert.Single(docs);
        Assert.Equal("نص", doc.Text);
        Assert.Equal("عنوان", doc.Metadata.Title);
        Assert.Equal("BBC", doc.Metadata.Source);
    }

    [Fact]
    public void A_json_array_of_articles_uses_the_saudinewsnet_fields()
    {
        var docs = Read("[{\"content\":\"نص\",\"date_extracted\":\"2015-07-21 10:00:00\",\"source\":\"aawsat\"}]");

        var doc = Assert.Single(docs);
        Assert.Equal("نص", doc.Text);
        Assert.Equal(new DateOnly(2015, 7, 21), doc.Metadata.Date);
    }

    [Fact]
    public void Empty_input_gives_one_empty_document()
    {
        var doc = Assert.Single(Read(""));

        Assert.Equal("", doc.Text);
        Assert.Null(doc.Error);
    }

    [Fact]
    public void A_document_over_the_limit_is_reported_not_read()
    {
        var doc = Assert.Single(Read(new string('ب', 50), Defaults with { MaxChars = 10 }));

        Assert.Contains("over the limit", doc.Error);
    }

    [Theory]
    [InlineData("2016-07-15", 2016, 7, 15)]
    [InlineData("2016-07-15T09:30:00Z", 2016, 7, 15)]
    [InlineData("15/07/2016", 2016, 7, 15)]
    [InlineData("Fri, 15 Jul 2016 09:30:00 +0300", 2016, 7, 15)]
    [InlineData("Fri, 15 Jul 2016 09:30:00 GMT", 2016, 7, 15)]
    public void Dates_parse_from_common_feed_formats(string value, int y, int m, int d)
    {
        Assert.True(DateParsing.TryParse(value, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }
}
