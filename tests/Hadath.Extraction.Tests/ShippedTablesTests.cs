using Hadath.Extraction.Actors;
using Hadath.Extraction.Events;
using Xunit.Abstractions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// The shipped tables are exactly what their build commands produce from the shared data (reproducible,
/// deterministic). Runs when the data is beside the checkout (<c>../shared</c> or <c>HADATH_SHARED</c>).
/// </summary>
public sealed class ShippedTablesTests
{
    private readonly ITestOutputHelper _output;

    public ShippedTablesTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void test_shipped_cameo_table_is_rebuilt_exactly()
    {
        if (Paths() is not { } p) return;
        string events = Path.Combine(p.Data, "events");
        string built = CameoTableBuilder.Build(Path.Combine(events, "gdelt", "lookups", "CAMEO.goldsteinscale.txt"),
                                               Path.Combine(events, "plover", "CAMEO2PLOVER-2021.txt"));
        Assert.Equal(File.ReadAllText(Path.Combine(p.Root, "models", "events", "cameo-codes.tsv")), built);
    }

    [Fact]
    public void test_shipped_actor_lexicon_is_rebuilt_exactly()
    {
        if (Paths() is not { } p) return;
        string built = ActorLexiconBuilder.Build(
            Path.Combine(p.Data, "events", "universalpetrarch-dictionaries", "arabic", "actor_dict_ar_v4.txt"),
            Path.Combine(p.Data, "gazetteers", "countries-ar", "countries_ar.tsv"), out _, out _);
        Assert.Equal(File.ReadAllText(Path.Combine(p.Root, "models", "actors", "actors.tsv")), built);
    }

    [Fact]
    public void test_shipped_cameo_verb_table_is_rebuilt_exactly()
    {
        if (Paths() is not { } p) return;
        string events = Path.Combine(p.Data, "events");
        var codes = new CameoCodes(new StringReader(File.ReadAllText(Path.Combine(p.Root, "models", "events", "cameo-codes.tsv"))));
        var words = CameoVerbCompiler.CountWords(CameoVerbCompiler.CorpusTexts(Path.Combine(p.Data, "corpus", "ant-jawharafm")));
        var built = CameoVerbCompiler.Compile(Path.Combine(events, "universalpetrarch-dictionaries", "arabic", "CAMEO.ar.0.5.txt"),
                                              Path.Combine(p.Root, "models", "events", "verbs-hadath.tsv"), codes, words);
        Assert.Equal(File.ReadAllText(Path.Combine(p.Root, "models", "events", "cameo-verbs.tsv")), built.Table);
    }

    private (string Root, string Data)? Paths()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hadath.slnx"))) dir = dir.Parent;
        if (dir is null) return null;
        string shared = Environment.GetEnvironmentVariable("HADATH_SHARED") ?? Path.Combine(dir.FullName, "..", "shared");
        string data = Path.Combine(shared, "data");
        if (!Directory.Exists(Path.Combine(data, "events")))
        {
            _output.WriteLine($"skipped: {data} not found (set HADATH_SHARED)");
            return null;
        }
        return (dir.FullName, data);
    }
}
