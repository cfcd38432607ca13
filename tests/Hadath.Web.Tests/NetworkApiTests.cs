using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Hadath.Web.Tests.NetworkData;

namespace Hadath.Web.Tests;

public sealed class NetworkApiTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(seed: Seed);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<JsonElement> Get(string path)
    {
        var response = await _app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Q(string s) => Uri.EscapeDataString(s);

    private static List<string> Nodes(JsonElement graph) =>
        graph.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("id").GetString()}:{n.GetProperty("weight").GetInt64()}").ToList();

    private static List<string> Edges(JsonElement graph) => graph.GetProperty("edges").EnumerateArray().Select(e =>
        $"{e.GetProperty("source").GetString()}>{e.GetProperty("target").GetString()}:{e.GetProperty("kind").GetString()}:{e.GetProperty("weight").GetInt64()}"
        + (e.GetProperty("quad").ValueKind == JsonValueKind.Number ? $":q{e.GetProperty("quad").GetInt32()}:{e.GetProperty("root").GetString()}" : "")).ToList();

    [Fact]
    public async Task Event_edges_run_source_to_target_and_count_a_copied_story_once()
    {
        var graph = await Get("/api/v1/network");
        Assert.Equal([$"{Kerry}:4", $"{Lavrov}:3", $"{Rebels}:1", $"{Un}:1", $"{Army}:1"], Nodes(graph));
        Assert.Equal([$"{Kerry}>{Lavrov}:event:2:q1:04", $"{Army}>{Rebels}:event:1:q4:19", $"{Kerry}>{Un}:event:1:q1:04",
            $"{Lavrov}>{Kerry}:event:1:q3:11"], Edges(graph));
        Assert.Equal((5, 4), (graph.GetProperty("candidate_nodes").GetInt32(), graph.GetProperty("candidate_edges").GetInt32()));
    }

    [Fact]
    public async Task Nodes_carry_their_type_and_actor_code_and_bare_codes_have_no_entity_page()
    {
        var nodes = (await Get("/api/v1/network")).GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n);
        Assert.Equal((true, "PER", "USAGOV"), (nodes[Kerry].GetProperty("is_entity").GetBoolean(), nodes[Kerry].GetProperty("type").GetString(),
            nodes[Kerry].GetProperty("actor").GetString()));
        Assert.Equal((false, JsonValueKind.Null, "SYRREB"), (nodes[Rebels].GetProperty("is_entity").GetBoolean(),
            nodes[Rebels].GetProperty("type").ValueKind, nodes[Rebels].GetProperty("actor").GetString()));
    }

    [Theory]
    [InlineData("min=2", "كيري>لافروف:event:2:q1:04")]
    [InlineData("root=19", "الجيش السوري>SYRREB:event:1:q4:19")]
    [InlineData("root=11", "لافروف>كيري:event:1:q3:11")]
    [InlineData("quad=3", "لافروف>كيري:event:1:q3:11")]
    [InlineData("from=2016-08-01", "الجيش السوري>SYRREB:event:1:q4:19|كيري>الأمم المتحدة:event:1:q1:04")]
    [InlineData("to=2016-07-31", "كيري>لافروف:event:2:q1:04|لافروف>كيري:event:1:q3:11")]
    [InlineData("limit=2", "كيري>لافروف:event:2:q1:04|لافروف>كيري:event:1:q3:11")]
    [InlineData("root=0", "كيري>لافروف:event:2:q1:04|كيري>الأمم المتحدة:event:1:q1:04")]
    public async Task Filters_narrow_the_edges(string filter, string expected)
    {
        Assert.Equal(expected.Split('|'), Edges(await Get("/api/v1/network?" + filter)));
    }

    [Fact]
    public async Task Story_edges_join_actors_named_in_the_same_original_story()
    {
        var stories = Edges(await Get("/api/v1/network?stories=true")).Where(e => e.Contains(":story:")).ToList();
        // حلب is a place without an actor code: not an actor. n2 copies n1 and adds nothing.
        // Undirected: the name first in ordinal order is the source.
        Assert.Equal([$"{Un}>{Kerry}:story:1", $"{Army}>{Kerry}:story:1", $"{Syria}>{Kerry}:story:1", $"{Syria}>{Lavrov}:story:1",
            $"{Kerry}>{Lavrov}:story:1"], stories);
        var nodes = (await Get("/api/v1/network?stories=true")).GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => (n.GetProperty("event_weight").GetInt64(), n.GetProperty("story_weight").GetInt64()));
        Assert.Equal((4, 4), nodes[Kerry]);
        Assert.Equal((0, 2), nodes[Syria]);
    }

    [Fact]
    public async Task The_events_behind_an_event_edge_are_listed_with_their_copies_counted()
    {
        var events = await Get($"/api/v1/events?source={Q(Kerry)}&target={Q(Lavrov)}");
        Assert.Equal(2, events.GetProperty("total").GetInt32());
        Assert.All(events.GetProperty("items").EnumerateArray(), e => Assert.Equal(("n1", 2, 2),
            (e.GetProperty("document_id").GetString(), e.GetProperty("mentions").GetInt32(), e.GetProperty("sources").GetInt32())));
        var rebels = await Get($"/api/v1/events?source={Q(Army)}&target={Rebels}");
        Assert.Equal("190", rebels.GetProperty("items")[0].GetProperty("code").GetString());
    }

    /// <summary>
    /// Both endpoints narrow events through one filter: each event edge weighs what /events lists behind it with the same
    /// parameters (root is /events' code), and all edges together what /events lists (every seeded event has both sides).
    /// </summary>
    [Theory]
    [InlineData("", 5)]
    [InlineData("root=04", 3)]
    [InlineData("root=0", 3)]
    [InlineData("root=1", 2)]
    [InlineData("root=190", 1)]
    [InlineData("quad=1", 3)]
    [InlineData("quad=3", 1)]
    [InlineData("from=2016-07-16", 2)]
    [InlineData("to=2016-07-31", 3)]
    [InlineData("from=2016-07-15&to=2016-08-01&root=1&quad=4", 1)]
    public async Task An_edge_weighs_the_events_listed_behind_it_with_the_same_filters(string filter, int events)
    {
        var edges = (await Get("/api/v1/network?limit=200&" + filter)).GetProperty("edges").EnumerateArray().ToList();
        var eventFilter = filter.Replace("root=", "code=");
        long sum = 0;
        foreach (var edge in edges)
        {
            var listed = await Get($"/api/v1/events?limit=200&{eventFilter}&source={Q(edge.GetProperty("source").GetString()!)}"
                + $"&target={Q(edge.GetProperty("target").GetString()!)}");
            Assert.Equal(edge.GetProperty("weight").GetInt64(), listed.GetProperty("total").GetInt64());
            sum += edge.GetProperty("weight").GetInt64();
        }
        Assert.Equal(events, sum);
        Assert.Equal(events, (await Get($"/api/v1/events?limit=200&{eventFilter}")).GetProperty("total").GetInt64());
    }

    /// <summary>The events page's timeline counts every listed event by month on the server, not one page of them.</summary>
    [Theory]
    [InlineData("", "2016-07:3 2016-08:2")]
    [InlineData("code=04", "2016-07:2 2016-08:1")]
    [InlineData("quad=4", "2016-08:1")]
    [InlineData("from=2016-08-02", "2016-08:1")]
    [InlineData("code=2", "")]
    public async Task Events_per_month_count_what_the_listing_lists(string filter, string expected)
    {
        var months = (await Get("/api/v1/events/months?" + filter)).EnumerateArray()
            .Select(m => $"{m.GetProperty("value").GetString()}:{m.GetProperty("count").GetInt64()}").ToList();
        Assert.Equal(expected, string.Join(" ", months));
        long total = (await Get("/api/v1/events?limit=1&" + filter)).GetProperty("total").GetInt64();
        Assert.Equal(total, months.Sum(m => long.Parse(m[(m.IndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_stories_behind_a_story_edge_are_the_originals_naming_both()
    {
        var stories = await Get($"/api/v1/network/stories?a={Q(Kerry)}&b={Q(Lavrov)}");
        Assert.Equal(["n1"], stories.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(0, (await Get($"/api/v1/network/stories?a={Q(Kerry)}&b={Q(Lavrov)}&from=2016-08-01")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/network?quad=7")]
    [InlineData("/api/v1/network?root=abc")]
    [InlineData("/api/v1/network/stories?a=x")]
    public async Task Bad_parameters_get_400(string path)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _app.Client.GetAsync(path)).StatusCode);
    }

    /// <summary>The event listing checks the filters it shares with the network as the network does.</summary>
    [Theory]
    [InlineData("/api/v1/events?quad=7", "quad must be 1 (verbal cooperation) to 4 (material conflict)")]
    [InlineData("/api/v1/events?quad=0", "quad must be 1 (verbal cooperation) to 4 (material conflict)")]
    [InlineData("/api/v1/events?code=%25", "code must be a CAMEO code prefix of digits (such as 19), got '%'")]
    [InlineData("/api/v1/events/months?quad=9", "quad must be 1 (verbal cooperation) to 4 (material conflict)")]
    [InlineData("/api/v1/events?code=1a", "code must be a CAMEO code prefix of digits (such as 19), got '1a'")]
    [InlineData("/api/v1/network?root=1a", "root must be a CAMEO code prefix of digits (such as 19), got '1a'")]
    public async Task Bad_event_filters_get_400_with_the_reason(string path, string detail)
    {
        var response = await _app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_network()
    {
        var paths = (await Get("/openapi/v1.json")).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/network", paths);
        Assert.Contains("/api/v1/network/stories", paths);
    }
}
