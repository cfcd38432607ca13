using System.Text.Encodings.Web;
using System.Text.Json;
using Hadath.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Hadath.Web;

/// <summary>The web server: REST API under <c>/api/v1</c>, its OpenAPI description, and the embedded interface.</summary>
public static class HadathWebApp
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Registers services; call before <c>builder.Build()</c>.</summary>
    public static void AddHadath(this WebApplicationBuilder builder, HadathWebOptions options)
    {
        builder.Services.AddSingleton(options);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = Json.PropertyNamingPolicy;
            o.SerializerOptions.Encoder = Json.Encoder;
        });
        builder.Services.AddOpenApi("v1");
    }

    /// <summary>Maps the API, the OpenAPI document (<c>/openapi/v1.json</c>) and the pages.</summary>
    public static void MapHadath(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // Pages run only their own scripts: even if some text slipped into markup, it could not execute.
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup("/api/v1");
        SearchEndpoints.Map(api);
        DocumentEndpoints.Map(api);
        CorpusEndpoints.Map(api);
        AnalyzeEndpoints.Map(api);
        NetworkEndpoints.Map(api);
        UiEndpoints.Map(app);
    }
}
