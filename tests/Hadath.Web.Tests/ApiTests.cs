using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Hadath.Web.Tests;

public sealed class ApiTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<JsonElement> Get(string path)
    {
        var response = await _app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Search_finds_hamza_less_spelling_and_returns_the_contract_fields()
    {
        var result = await Get("/api/v1/search?q=" + Uri.EscapeDataString("أعلن"));
        Assert.Equal(1, result.GetProperty("total").GetInt32());
        var hit = result.GetProperty("hits")[0];
        Assert.Equal(("s1", "كيري في واشنطن", "2016-07-15", "AFP"),
            (hit.GetProperty("id").GetString(), hit.GetProperty("title").GetString(), hit.GetProperty("date").GetString(), hit.GetProperty("source").GetString()));
        var snippet = hit.GetProperty("snippet").GetString()!;
        var first = hit.GetProperty("highlights")[0];
        Assert.Equal("اعلن", snippet[first[0].GetInt32()..first[1].GetInt32()]);
    }

    [Theory]
    [InlineData("source=Reuters", "s2")]
    [InlineData("entity=%D9%88%D8%A7%D8%B4%D9%86%D8%B7%D9%86", "s1")]
    [InlineData("from=2016-07-15&to=2016-07-31", "s1")]
    [InlineData("event=01", "s1")]
    public async Task Search_filters_narrow_the_hits(string filter, string id)
    {
        var result = await Get("/api/v1/search?" + filter);
        Assert.Equal([id], result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Documents_are_listed_and_served_with_their_analysis()
    {
        var list = await Get("/api/v1/documents?limit=1");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal("s1", list.GetProperty("items")[0].GetProperty("id").GetString());

        var doc = await Get("/api/v1/documents/s1");
        Assert.Equal(TestApp.Story1, doc.GetProperty("text").GetString());
        var mention = doc.GetProperty("analysis").GetProperty("entities")[0].GetProperty("mentions")[0];
        Assert.Equal("كيري", TestApp.Story1[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()]);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Client.GetAsync("/api/v1/documents/missing")).StatusCode);
    }

    [Fact]
    public async Task Entities_quotes_events_and_stats_come_from_the_store()
    {
        var entities = await Get("/api/v1/entities?type=PER");
        Assert.Equal("كيري", entities.GetProperty("items")[0].GetProperty("name").GetString());
        var entity = await Get("/api/v1/entities/" + Uri.EscapeDataString("كيري"));
        Assert.Equal("واشنطن", entity.GetProperty("co_occurring")[0].GetProperty("value").GetString());
        var quotes = await Get("/api/v1/quotes?speaker=" + Uri.EscapeDataString("كيري"));
        Assert.Equal("الحل سياسي", quotes.GetProperty("items")[0].GetProperty("text").GetString());
        var events = await Get("/api/v1/events?code=01");
        Assert.Equal(("010", "USAGOV", 1), (events.GetProperty("items")[0].GetProperty("code").GetString(),
            events.GetProperty("items")[0].GetProperty("source_actor").GetString(), events.GetProperty("items")[0].GetProperty("mentions").GetInt32()));
        var stats = await Get("/api/v1/stats");
        Assert.Equal((2, 2), (stats.GetProperty("store").GetProperty("documents").GetInt32(), stats.GetProperty("indexed").GetInt32()));
    }

    [Fact]
    public async Task Analyze_accepts_plain_text_and_json_and_returns_the_analyze_contract()
    {
        var plain = await _app.Client.PostAsync("/api/v1/analyze", new StringContent(TestApp.Story1, Encoding.UTF8, "text/plain"));
        var json = await plain.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("application/json", plain.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", plain.Content.Headers.ContentType.CharSet);
        var ev = json.GetProperty("events")[0];
        Assert.Equal("اعلن", ev.GetProperty("text").GetString());

        var withDate = await _app.Client.PostAsJsonAsync("/api/v1/analyze", new { text = "كيري", date = "2016-07-15" });
        Assert.Equal("2016-07-15", (await withDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("", "text/plain")]
    [InlineData("{not json", "application/json")]
    [InlineData("{\"title\": \"no text\"}", "application/json")]
    public async Task Analyze_rejects_bad_input_with_400(string body, string type)
    {
        var response = await _app.Client.PostAsync("/api/v1/analyze", new StringContent(body, Encoding.UTF8, type));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Writes_need_the_api_key()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Client.DeleteAsync("/api/v1/documents/s1")).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/documents/s1") { Headers = { { "X-Api-Key", "nope" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Client.SendAsync(wrong)).StatusCode);

        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/documents/s1") { Headers = { { "X-Api-Key", TestApp.Key } } };
        Assert.Equal(HttpStatusCode.NoContent, (await _app.Client.SendAsync(delete)).StatusCode);
        Assert.Equal(0, (await Get("/api/v1/search?q=" + Uri.EscapeDataString("كيري"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Ingest_over_http_adds_a_story_once()
    {
        var body = "{\"id\": \"s3\", \"text\": \"اعلن كيري من جديد\", \"date\": \"2016-07-20\"}";
        for (int i = 0; i < 2; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
                Headers = { Authorization = new("Bearer", TestApp.Key) },
            };
            var result = await (await _app.Client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(i == 0 ? 1 : 0, result.GetProperty("added").GetInt32());
        }
        Assert.Equal(3, (await Get("/api/v1/documents")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Without_a_configured_key_writes_are_refused()
    {
        await using var app = await TestApp.StartAsync(apiKey: null);
        var request = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/documents/s1") { Headers = { { "X-Api-Key", "anything" } } };
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var openapi = await Get("/openapi/v1.json");
        var paths = openapi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/search", paths);
        Assert.Contains("/api/v1/documents/{id}", paths);
        Assert.Contains("/api/v1/analyze", paths);
        Assert.DoesNotContain("/", paths);
    }
}
