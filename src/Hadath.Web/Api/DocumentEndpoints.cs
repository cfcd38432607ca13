using System.Text.Json;
using Hadath.Core.Input;
using Hadath.Corpus.Ingest;
using Hadath.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hadath.Web.Api;

internal static class DocumentEndpoints
{
    public sealed record DocumentResponse(string Id, string? Title, string? Date, string? Source, string? Url, string? DuplicateOf,
        string Hash, IReadOnlyList<DocumentSummary> Duplicates, string Text, JsonElement Analysis);

    public sealed record IngestResponse(long Read, long Added, long Unchanged, long Duplicates, long Failed, IReadOnlyList<IngestProblem> Problems);

    /// <summary>HTTP ingests run one at a time: copies are linked against what the previous ingest stored.</summary>
    private static readonly SemaphoreSlim IngestGate = new(1, 1);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents", (HadathWebOptions options, int? limit, int? offset) =>
                Results.Ok(Paging.Items(options.Store.List(Paging.Limit(limit), Paging.Offset(offset)))))
            .WithName("ListDocuments").WithSummary("Stored stories, newest first.");

        api.MapGet("/documents/{id}", (HadathWebOptions options, string id) =>
            {
                var doc = options.Store.Get(id);
                if (doc is null) return Results.Problem($"no document '{id}'", statusCode: 404);
                using var analysis = JsonDocument.Parse(doc.AnalysisJson);
                var s = doc.Summary;
                return Results.Ok(new DocumentResponse(s.Id, s.Title, s.Date, s.Source, s.Url, s.DuplicateOf, doc.Hash, doc.Duplicates,
                    doc.Text, analysis.RootElement.Clone()));
            })
            .WithName("GetDocument").WithSummary("One story: metadata, its exact text and the analyze JSON (offsets into the text).");

        api.MapPost("/documents", async (HttpRequest request, HadathWebOptions options, CancellationToken cancel) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, cancel);
                var documents = DocumentReader.ReadBytes(body.ToArray(), "request", new ReaderOptions()).ToList();
                await IngestGate.WaitAsync(cancel);
                try
                {
                    var problems = new List<IngestProblem>();
                    var ingester = new Ingester(options.Pipeline, options.Store, options.Index, new IngestOptions());
                    ingester.Problem += problems.Add;
                    var result = ingester.Run(documents, cancel);
                    return Results.Ok(new IngestResponse(result.Read, result.Added, result.Unchanged, result.Duplicates, result.Failed, problems));
                }
                finally
                {
                    IngestGate.Release();
                }
            })
            .AddEndpointFilter<ApiKeyFilter>()
            .WithName("IngestDocuments")
            .WithSummary("Ingest stories (a JSON object, array or JSON Lines with text, id, date, title, source, url). Needs the API key.");

        api.MapDelete("/documents/{id}", (HadathWebOptions options, string id) =>
            {
                if (!options.Store.Delete(id)) return Results.Problem($"no document '{id}'", statusCode: 404);
                if (options.Index is not null)
                {
                    options.Index.Delete(id);
                    options.Index.Commit();
                }
                return Results.NoContent();
            })
            .AddEndpointFilter<ApiKeyFilter>()
            .WithName("DeleteDocument").WithSummary("Delete a story and its rows. Needs the API key.");
    }
}
