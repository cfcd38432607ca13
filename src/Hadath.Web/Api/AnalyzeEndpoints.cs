using System.Text;
using System.Text.Json;
using Hadath.Core.Input;
using Hadath.Core.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hadath.Web.Api;

internal static class AnalyzeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/analyze", async (HttpRequest request, HadathWebOptions options, CancellationToken cancel) =>
            {
                using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true));
                string body;
                try
                {
                    body = await reader.ReadToEndAsync(cancel);
                }
                catch (DecoderFallbackException)
                {
                    return Results.Problem("the body is not valid UTF-8", statusCode: 400);
                }
                InputDocument input;
                if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
                {
                    try
                    {
                        using var json = JsonDocument.Parse(body);
                        input = DocumentReader.FromJson(json.RootElement, "request", new ReaderOptions { MaxChars = options.MaxAnalyzeChars }, null);
                    }
                    catch (JsonException ex)
                    {
                        return Results.Problem($"invalid JSON: {ex.Message}", statusCode: 400);
                    }
                }
                else
                {
                    input = body.Length > options.MaxAnalyzeChars
                        ? InputDocument.Fail("request", $"text over {options.MaxAnalyzeChars:N0} characters")
                        : InputDocument.Ok("request", body, Core.DocumentMetadata.Empty);
                }
                if (input.IsError) return Results.Problem(input.Error, statusCode: 400);
                if (string.IsNullOrWhiteSpace(input.Text)) return Results.Problem("no text to analyze", statusCode: 400);
                var doc = options.Pipeline.Analyze(input.Text!, input.Metadata);
                return Results.Bytes(AnalyzedDocumentJson.SerializeToUtf8Bytes(doc), "application/json; charset=utf-8");
            })
            .WithName("Analyze")
            .WithSummary("Analyze one story: text/plain body, or JSON {text, date, id, title}. Returns the analyze JSON (offsets into the text sent).");
    }
}
