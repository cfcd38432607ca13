using Hadath.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hadath.Web.Api;

internal static class SearchEndpoints
{
    public sealed record SearchResponse(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, double TookMs);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/search", (HadathWebOptions options, string? q, string? from, string? to, string? source, string? entity,
                string? @event, string? sort, int? limit, int? offset) =>
            {
                if (options.Index is null) return Results.Problem("this server has no search index", statusCode: 503);
                var result = options.Index.Search(new SearchRequest
                {
                    Query = q, From = from, To = to, Source = source, Entity = entity, EventCode = @event, Sort = sort,
                    Limit = Paging.Limit(limit), Offset = Paging.Offset(offset),
                });
                return Results.Ok(new SearchResponse(result.Total, result.Hits, result.Facets, Math.Round(result.ElapsedMs, 2)));
            })
            .WithName("Search")
            .WithSummary("Search stories in Arabic (normalized spelling, clitics), with filters, facets and highlighted snippets.");
    }
}
