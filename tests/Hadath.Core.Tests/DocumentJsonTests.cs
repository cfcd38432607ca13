using System.Text;
using System.Text.Json;
using Hadath.Core.Json;

namespace Hadath.Core.Tests;

public sealed class DocumentJsonTests
{
    private static AnalyzedDocument Story(string id, string text) =>
        new(text, new DocumentMetadata { Id = id, Date = new DateOnly(2016, 7, 15), Title = "الوزير في موسكو" });

    [Fact]
    public void Utf8_bytes_are_the_string_json_encoded_with_arabic_unescaped()
    {
        var doc = Story("afp-1", "قال الوزير امس ان المحادثات ستستمر.");

        byte[] bytes = AnalyzedDocumentJson.SerializeToUtf8Bytes(doc);

        Assert.Equal(Encoding.UTF8.GetBytes(AnalyzedDocumentJson.Serialize(doc)), bytes);
        using var json = JsonDocument.Parse(bytes);
        Assert.Equal("afp-1", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("2016-07-15", json.RootElement.GetProperty("date").GetString());
        Assert.Equal("الوزير في موسكو", json.RootElement.GetProperty("title").GetString());
        // Written as UTF-8 letters, not \u escapes.
        Assert.Contains("الوزير", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Each_document_gets_only_its_own_json_and_its_own_layout_when_a_thread_writes_several()
    {
        var first = Story("a-1", "وصل الوفد الى موسكو امس في زيارة تستمر ثلاثة ايام يلتقي خلالها عددا من المسؤولين.");
        var second = Story("b-2", "قال.");
        var indented = new JsonOutputOptions { Indented = true };

        byte[] long1 = AnalyzedDocumentJson.SerializeToUtf8Bytes(first);
        byte[] short2 = AnalyzedDocumentJson.SerializeToUtf8Bytes(second);
        byte[] pretty2 = AnalyzedDocumentJson.SerializeToUtf8Bytes(second, indented);
        byte[] compact2 = AnalyzedDocumentJson.SerializeToUtf8Bytes(second);

        // The shorter document written after the longer one carries nothing of it.
        Assert.DoesNotContain("a-1", Encoding.UTF8.GetString(short2));
        using (var json = JsonDocument.Parse(short2)) Assert.Equal("b-2", json.RootElement.GetProperty("id").GetString());
        Assert.Contains("a-1", Encoding.UTF8.GetString(long1));
        // Indented and compact layouts do not leak into each other.
        Assert.Contains((byte)'\n', pretty2);
        Assert.DoesNotContain((byte)'\n', compact2);
        Assert.Equal(short2, compact2);
        Assert.Equal(AnalyzedDocumentJson.Serialize(second, indented), Encoding.UTF8.GetString(pretty2));
    }
}
