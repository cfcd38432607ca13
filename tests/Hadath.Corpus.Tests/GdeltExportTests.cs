using Hadath.Corpus.Export;
using Hadath.Store;

namespace Hadath.Corpus.Tests;

/// <summary>One hand-made event, reported by two outlets, exported as a GDELT 2.0 row checked column by column.</summary>
public sealed class GdeltExportTests : IDisposable
{
    private const string Text = "قصف الجيش السوري مواقع للمعارضة قرب دمشق.";
    private readonly TempFolder _folder = new();
    private readonly IDocumentStore _store;

    public GdeltExportTests()
    {
        _store = StoreFactory.Open(Path.Combine(_folder.Path, "gdelt.db"));
        var ev = new EventRow(0, 0, 3, "قصف", "195", "ASSAULT", 4, "e1", "SYRMIL", null, "SYRREB", "2016-08-01", "cameo:قصف")
        {
            PlaceEntity = "e2", Goldstein = -10.0,
        };
        EntityRow[] entities = [new("e1", "ORG", "الجيش السوري", "SYRMIL", 1), new("e2", "LOC", "دمشق", "SYR", 1)];
        _store.Save([new DocumentRecord
        {
            Id = "sy1", Hash = "h1", Text = Text, AnalysisJson = "{}", Date = "2016-08-02", Source = "AFP", Url = "http://example.org/sy1",
            Entities = entities, Events = [ev],
        }]);
        _store.Save([new DocumentRecord
        {
            Id = "sy2", Hash = "h2", Text = Text, AnalysisJson = "{}", Date = "2016-08-02", Source = "Reuters", Url = "http://example.org/sy2",
            DuplicateOf = new DuplicateLink("sy1", 1), Entities = entities, Events = [ev],
        }]);
    }

    [Fact]
    public void The_row_carries_goldstein_quadclass_counts_actor_fields_country_geography_and_the_url()
    {
        using var writer = new StringWriter();
        Assert.Equal(1, CorpusExporter.WriteGdelt(_store, writer));
        var lines = writer.ToString().Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split('\t');
        var row = Assert.Single(lines.Skip(1)).Split('\t');
        Assert.Equal(61, row.Length);
        var columns = header.Zip(row).ToDictionary(p => p.First, p => p.Second);
        string ingested = _store.Events(new EventQuery()).Items[0].IngestedAt!;
        var expected = new Dictionary<string, string>
        {
            ["GLOBALEVENTID"] = "1", ["SQLDATE"] = "20160801", ["MonthYear"] = "201608", ["Year"] = "2016", ["FractionDate"] = "2016.5836",
            ["Actor1Code"] = "SYRMIL", ["Actor1Name"] = "الجيش السوري", ["Actor1CountryCode"] = "SYR", ["Actor1Type1Code"] = "MIL",
            ["Actor2Code"] = "SYRREB", ["Actor2Name"] = "", ["Actor2CountryCode"] = "SYR", ["Actor2Type1Code"] = "REB",
            ["IsRootEvent"] = "0", ["EventCode"] = "195", ["EventBaseCode"] = "195", ["EventRootCode"] = "19", ["QuadClass"] = "4",
            ["GoldsteinScale"] = "-10", ["NumMentions"] = "2", ["NumSources"] = "2", ["NumArticles"] = "2", ["AvgTone"] = "",
            ["ActionGeo_Type"] = "1", ["ActionGeo_FullName"] = "Syria", ["ActionGeo_CountryCode"] = "SY", ["ActionGeo_ADM1Code"] = "SY",
            ["ActionGeo_ADM2Code"] = "", ["ActionGeo_Lat"] = "35", ["ActionGeo_Long"] = "38", ["ActionGeo_FeatureID"] = "SY",
            ["DATEADDED"] = ingested[..10].Replace("-", "") + ingested[11..19].Replace(":", ""), ["SOURCEURL"] = "http://example.org/sy1",
        };
        foreach (var (name, value) in expected) Assert.True(value == columns[name], $"{name}: expected '{value}', got '{columns[name]}'");
        // Everything else is empty: no ethnicity, religion or known group in these codes, no actor geography.
        Assert.All(header.Except(expected.Keys), name => Assert.True(columns[name] == "", $"{name} should be empty, got '{columns[name]}'"));
        Assert.Matches("^20[0-9]{12}$", columns["DATEADDED"]);
    }

    [Theory]
    [InlineData("USAGOV", "USA", "", "", "", "GOV", "")]
    [InlineData("IGOUNO", "", "UNO", "", "", "IGO", "")]
    [InlineData("NGOHRIAMN", "", "AMN", "", "", "NGO", "HRI")]
    [InlineData("IRQMOSSHI", "IRQ", "", "MOS", "SHI", "", "")]
    [InlineData("IMGREBRAD", "", "", "", "", "IMG", "REB")]
    [InlineData("SYRGOVMIL", "SYR", "", "", "", "GOV", "MIL")]
    public void Actor_codes_split_into_country_known_group_religion_and_types(string code, string country, string group, string religion1,
        string religion2, string type1, string type2)
    {
        var e = new EventSummary("d", "2016-08-01", 0, 1, "x", "010", null, 1, code, null, null, null, null, "r", 1, 1);
        var row = GdeltColumns.Row(1, e);
        string Col(string name) => row[Array.IndexOf(GdeltColumns.Names, name)] ?? "";
        Assert.Equal((country, group, religion1, religion2, type1, type2),
            (Col("Actor1CountryCode"), Col("Actor1KnownGroupCode"), Col("Actor1Religion1Code"), Col("Actor1Religion2Code"), Col("Actor1Type1Code"),
                Col("Actor1Type2Code")));
    }

    [Theory]
    [InlineData("SYR", "Syria", "SY", "35", "38")]
    [InlineData("SAU", "Saudi Arabia", "SA", "25", "45")]
    [InlineData("TUN", "Tunisia", "TS", "34", "9")]
    public void A_place_with_a_country_code_gets_country_level_geography(string placeActor, string name, string fips, string lat, string lon)
    {
        var e = new EventSummary("d", null, 0, 1, "x", "010", null, 1, null, null, null, null, null, "r", 1, 1) { PlaceActor = placeActor };
        var row = GdeltColumns.Row(1, e);
        string? Col(string column) => row[Array.IndexOf(GdeltColumns.Names, column)];
        Assert.Equal(("1", name, fips, lat, lon), (Col("ActionGeo_Type"), Col("ActionGeo_FullName"), Col("ActionGeo_CountryCode"),
            Col("ActionGeo_Lat"), Col("ActionGeo_Long")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("حلب")]
    [InlineData("IGO")]
    [InlineData("GBRMED")]
    public void A_place_without_a_known_country_leaves_the_geography_empty(string? placeActor)
    {
        var e = new EventSummary("d", null, 0, 1, "x", "010", null, 1, null, null, null, null, null, "r", 1, 1) { PlaceActor = placeActor };
        var row = GdeltColumns.Row(1, e);
        int first = Array.IndexOf(GdeltColumns.Names, "ActionGeo_Type");
        Assert.All(row[first..(first + 8)], Assert.Null);
    }

    [Fact]
    public void The_shipped_country_table_has_every_fips_code_once()
    {
        var table = CountryTable.Shared;
        Assert.True(table.Count >= 240);
        var fips = table.Countries.Where(c => c.Fips is not null).Select(c => c.Fips).ToList();
        Assert.Equal(fips.Count, fips.Distinct().Count());
        Assert.Equal("IZ", table.FromActorCode("IRQGOV")!.Fips);
        Assert.Null(table.FromActorCode("PSE")!.Fips);
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}
