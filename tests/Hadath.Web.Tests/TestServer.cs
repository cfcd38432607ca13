using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Core.Input;
using Hadath.Corpus.Ingest;
using Hadath.Search;
using Hadath.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Hadath.Web.Tests;

/// <summary>A stage that marks known words, so the API and pages have every layer to show.</summary>
internal sealed class MarkerStage : IStage
{
    public string Name => "test-markers";
    public Layers Requires => Layers.None;
    public Layers Provides => Layers.Sentences | Layers.Entities | Layers.Quotes | Layers.Times | Layers.Counts | Layers.Events;

    public AnalyzedDocument Process(AnalyzedDocument doc)
    {
        var t = doc.Text;
        TextSpan? Find(string s) => t.IndexOf(s, StringComparison.Ordinal) is var i and >= 0 ? new TextSpan(i, i + s.Length) : null;
        var entities = ImmutableArray.CreateBuilder<Entity>();
        if (Find("كيري") is { } kerry) entities.Add(new Entity("e1", EntityType.PER, "كيري", [new Mention(kerry)]) { Actor = "USAGOV" });
        if (Find("واشنطن") is { } dc) entities.Add(new Entity("e2", EntityType.LOC, "واشنطن", [new Mention(dc)]));
        var quotes = Find("الحل سياسي") is { } q && Find("كيري") is { } sp
            ? ImmutableArray.Create(new Quote(q, true) { SpeakerId = "e1", SpeakerSpan = sp }) : [];
        var times = Find("الجمعة") is { } fr ? ImmutableArray.Create(new TimeExpression(fr, "2016-07-15")) : [];
        var counts = Find("84 قتيلا") is { } c ? ImmutableArray.Create(new Count(c, "killed", 84)) : [];
        var events = Find("اعلن") is { } ev ? ImmutableArray.Create(new Event(ev, "010", "test") { Source = new EventArgument("e1", "USAGOV") }) : [];
        return doc.WithSentences([new Sentence(new TextSpan(0, t.Length))]).WithEntities(entities.ToImmutable())
            .WithQuotes(quotes).WithTimes(times).WithCounts(counts).WithEvents(events);
    }
}

/// <summary>The real app on an in-memory test server over a temporary store and index holding two stories.</summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string Key = "s3cret";
    public const string Story1 = "اعلن كيري في واشنطن الجمعة ان \"الحل سياسي\" في سوريا.";
    public const string Story2 = "قتل 84 قتيلا في هجوم <script>alert(1)</script> على مدينة نيس.";

    private readonly string _folder = Directory.CreateTempSubdirectory("hadath-web-").FullName;
    private WebApplication? _app;

    public IDocumentStore Store { get; }
    public SearchIndex Index { get; }
    public HttpClient Client { get; private set; } = null!;

    private TestApp(string? apiKey, Action<IDocumentStore>? seed)
    {
        Store = StoreFactory.Open(Path.Combine(_folder, "web.db"));
        Index = new SearchIndex(Path.Combine(_folder, "web.index"));
        Pipeline = Core.Pipeline.CreateBuilder().Add(new MarkerStage()).Build();
        ApiKey = apiKey;
        if (seed is not null)
        {
            seed(Store);
            return;
        }
        new Ingester(Pipeline, Store, Index, new IngestOptions()).Run([
            InputDocument.Ok("t:1", Story1, new DocumentMetadata { Id = "s1", Title = "كيري في واشنطن", Date = new DateOnly(2016, 7, 15), Source = "AFP" }),
            InputDocument.Ok("t:2", Story2, new DocumentMetadata { Id = "s2", Title = "هجوم نيس", Date = new DateOnly(2016, 7, 14), Source = "Reuters" }),
        ]);
    }

    public Pipeline Pipeline { get; }
    public string? ApiKey { get; }

    /// <summary>
    /// In memory by default; with <paramref name="kestrel"/> on a free port of 127.0.0.1, for a real browser. A
    /// <paramref name="seed"/> fills the store instead of the two stories (and leaves the index empty).
    /// </summary>
    public static async Task<TestApp> StartAsync(string? apiKey = Key, bool kestrel = false, Action<IDocumentStore>? seed = null)
    {
        var test = new TestApp(apiKey, seed);
        var builder = WebApplication.CreateBuilder();
        if (kestrel) builder.WebHost.UseUrls("http://127.0.0.1:0");
        else builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.AddHadath(new HadathWebOptions(test.Store, test.Index, test.Pipeline) { ApiKey = apiKey });
        test._app = builder.Build();
        test._app.MapHadath();
        await test._app.StartAsync();
        if (kestrel)
        {
            test.BaseAddress = test._app.Urls.First();
            test.Client = new HttpClient { BaseAddress = new Uri(test.BaseAddress) };
        }
        else test.Client = test._app.GetTestClient();
        return test;
    }

    public string BaseAddress { get; private set; } = "http://localhost";

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        Index.Dispose();
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
