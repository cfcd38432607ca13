using Hadath.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hadath.Web.Api;

/// <summary>Entities, quotes, events and statistics across the corpus.</summary>
internal static class CorpusEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/entities", (HadathWebOptions options, string? q, string? type, int? limit, int? offset) =>
                Results.Ok(Paging.Items(options.Store.Entities(q, type, Paging.Limit(limit, 50), Paging.Offset(offset)))))
            .WithName("ListEntities").WithSummary("Entities by number of stories naming them; q filters by name, type by PER/LOC/ORG/MISC.");

        api.MapGet("/entities/{name}", (HadathWebOptions options, string name) =>
                options.Store.Entity(name) is { } detail ? Results.Ok(detail) : Results.Problem($"no entity '{name}'", statusCode: 404))
            .WithName("GetEntity").WithSummary("One entity: mentions per month, co-occurring entities, its stories and its quotes.");

        api.MapGet("/quotes", (HadathWebOptions options, string? speaker, int? limit, int? offset) =>
                Results.Ok(Paging.Items(options.Store.Quotes(speaker, Paging.Limit(limit, 50), Paging.Offset(offset)))))
            .WithName("ListQuotes").WithSummary("Quotes, newest first, optionally by one speaker.");

        api.MapGet("/events", (HadathWebOptions options, string? code, string? actor, string? entity, string? from, string? to,
                string? source, string? target, int? quad, int? limit, int? offset) =>
                EventParameters.Problem("code", code, quad)
                ?? Results.Ok(Paging.Items(options.Store.Events(new EventQuery(code, actor, entity, from, to, Paging.Limit(limit, 50), Paging.Offset(offset))
                {
                    Source = source, Target = target, Quad = quad,
                }))))
            .WithName("ListEvents")
            .WithSummary("Events (CAMEO code prefix of digits, actor code, entity, date range, QuadClass 1–4; source/target as the network "
                + "names them: entity name, else actor code), each counted once across copies of a story.");

        api.MapGet("/events/months", (HadathWebOptions options, string? code, string? actor, string? entity, string? from, string? to,
                string? source, string? target, int? quad) =>
                EventParameters.Problem("code", code, quad)
                ?? Results.Ok(options.Store.EventsPerMonth(new EventQuery(code, actor, entity, from, to, 0, 0)
                {
                    Source = source, Target = target, Quad = quad,
                })))
            .WithName("EventsPerMonth")
            .WithSummary("The events /events lists for the same filters, counted per month of their story's date (all of them, not one page).");

        api.MapGet("/stats", (HadathWebOptions options) => Results.Ok(new
            {
                Store = options.Store.Stats(),
                Indexed = options.Index?.Count(),
            }))
            .WithName("Stats").WithSummary("Corpus counts, sources, months and event roots.");
    }
}
