using System.Diagnostics;
using Hadath.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hadath.Web.Api;

/// <summary>The actor network and the stories behind its edges (the events behind an event edge come from <c>/events</c>).</summary>
internal static class NetworkEndpoints
{
    public const int DefaultNodes = 50;

    public sealed record NetworkResponse(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, long CandidateNodes,
        long CandidateEdges, double TookMs);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/network", (HadathWebOptions options, string? from, string? to, string? root, int? quad, int? min, int? limit,
                bool? stories) =>
            {
                if (EventParameters.Problem("root", root, quad) is { } problem) return problem;
                var clock = Stopwatch.StartNew();
                var graph = options.Store.Network(new NetworkQuery(from, to, root, quad, Math.Max(1, min ?? 1),
                    Paging.Limit(limit, DefaultNodes), stories ?? false));
                return Results.Ok(new NetworkResponse(graph.Nodes, graph.Edges, graph.CandidateNodes, graph.CandidateEdges,
                    Math.Round(clock.Elapsed.TotalMilliseconds, 2)));
            })
            .WithName("Network")
            .WithSummary("Actor network: nodes are entities (persons, organisations, anything with an actor code) or bare actor codes; "
                + "event edges run source→target weighted by events (counted once across copies; root = CAMEO prefix, quad = QuadClass); "
                + "with stories=true, story edges join actors named in the same original story. min drops lighter edges, limit keeps the "
                + "heaviest nodes (default 50, at most 200). The events behind an edge: /api/v1/events?source=&target=.");

        api.MapGet("/network/stories", (HadathWebOptions options, string? a, string? b, string? from, string? to, int? limit, int? offset) =>
            {
                if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b)) return Results.Problem("a and b (two entity names) are required", statusCode: 400);
                var page = options.Store.StoriesNaming(a.Trim(), b.Trim(), from, to, Paging.Limit(limit, 50), Paging.Offset(offset));
                return Results.Ok(Paging.Items(page));
            })
            .WithName("NetworkStories").WithSummary("Original stories naming both entities a and b, newest first (the stories behind a story edge).");
    }
}
