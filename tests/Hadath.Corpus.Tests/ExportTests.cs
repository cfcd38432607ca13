using System.Text.Json;
using Hadath.Corpus.Export;
using Hadath.Store;

namespace Hadath.Corpus.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IDocumentStore _store;

    public ExportTests()
    {
        _store = StoreFactory.Open(Path.Combine(_folder.Path, "export.db"));
        const string text = "اعلن كيري، في واشنطن، ان \"الحل سياسي\".";
        var ev = new EventRow(0, 0, 4, "اعلن", "010", "STATEMENT", 1, "e1", "USAGOV", null, "IGOUNO", "2016-07-15", "rule, with comma");
        _store.Save([
            new DocumentRecord
            {
                Id = "a", Hash = "h", Text = text, AnalysisJson = "{\"id\":\"a\",\"date\":\"2016-07-14\",\"sentences\":[]}", Date = "2016-07-14",
                Source = "AFP", Url = "http://example.org/a",
                Entities = [new EntityRow("e1", "PER", "كيري", "USAGOV", 1)], Events = [ev],
            },
            new DocumentRecord
            {
                Id = "b", Hash = "h", Text = text, AnalysisJson = "{\"id\":\"b\",\"sentences\":[]}", Source = "Reuters",
                DuplicateOf = new DuplicateLink("a", 0), Events = [ev],
            },
        ]);
    }

    private string Export(string format)
    {
        using var writer = new StringWriter();
        CorpusExporter.Write(_store, format, writer);
        return writer.ToString();
    }

    [Fact]
    public void Json_lines_carry_the_analysis_the_text_and_the_copy_link()
    {
        var lines = Export("jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var copy = JsonDocument.Parse(lines[1]);
        Assert.Equal(("b", "a"), (copy.RootElement.GetProperty("id").GetString(), copy.RootElement.GetProperty("duplicate_of").GetString()));
        Assert.Contains("كيري", copy.RootElement.GetProperty("text").GetString());
        Assert.DoesNotContain("\\u", lines[0]);
    }

    [Fact]
    public void The_events_csv_counts_an_event_once_and_quotes_commas()
    {
        var lines = Export("csv").Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', CorpusExporter.CsvColumns), lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.Equal("a,2016-07-14,AFP,http://example.org/a,اعلن,0,4,010,STATEMENT,1,USAGOV,كيري,IGOUNO,,2016-07-15,2,2,\"rule, with comma\"", row);
    }

    [Fact]
    public void Gdelt_rows_have_the_61_event_columns_with_actor_codes_split()
    {
        var lines = Export("gdelt").Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var header = lines[0].Split('\t');
        var row = lines[1].Split('\t');
        Assert.Equal(61, header.Length);
        Assert.Equal(61, row.Length);
        string Col(string name) => row[Array.IndexOf(header, name)];
        Assert.Equal(("20160715", "201607", "2016"), (Col("SQLDATE"), Col("MonthYear"), Col("Year")));
        Assert.Equal(("USAGOV", "كيري", "USA", "GOV"), (Col("Actor1Code"), Col("Actor1Name"), Col("Actor1CountryCode"), Col("Actor1Type1Code")));
        Assert.Equal(("IGOUNO", "", "UNO", "IGO", ""),
            (Col("Actor2Code"), Col("Actor2CountryCode"), Col("Actor2KnownGroupCode"), Col("Actor2Type1Code"), Col("Actor2Type2Code")));
        Assert.Equal(("010", "010", "01", "1"), (Col("EventCode"), Col("EventBaseCode"), Col("EventRootCode"), Col("QuadClass")));
        Assert.Equal(("2", "2", "http://example.org/a"), (Col("NumMentions"), Col("NumSources"), Col("SOURCEURL")));
    }

    [Theory]
    [InlineData("بسيط", "بسيط")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("قال \"نعم\"", "\"قال \"\"نعم\"\"\"")]
    [InlineData(null, "")]
    public void Csv_fields_are_quoted_only_when_needed(string? value, string expected) => Assert.Equal(expected, CorpusExporter.Csv(value));

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}
