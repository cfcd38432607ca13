using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Hadath.Web;

/// <summary>
/// The pages and their assets, embedded in this assembly (the binary is self-contained). Each page is a static
/// shell that fetches the API; story text is always inserted as text, never as HTML.
/// </summary>
internal static class UiEndpoints
{
    private static readonly Assembly Assembly = typeof(UiEndpoints).Assembly;

    private static readonly FrozenDictionary<string, byte[]> Files = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal))
        .ToFrozenDictionary(n => n["wwwroot/".Length..], Read, StringComparer.Ordinal);

    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => Page("index.html")).ExcludeFromDescription();
        app.MapGet("/documents/{id}", (string id) => Page("story.html")).ExcludeFromDescription();
        app.MapGet("/analyze", () => Page("analyze.html")).ExcludeFromDescription();
        app.MapGet("/entities", () => Page("entities.html")).ExcludeFromDescription();
        app.MapGet("/entities/{name}", (string name) => Page("entity.html")).ExcludeFromDescription();
        app.MapGet("/events", () => Page("events.html")).ExcludeFromDescription();
        app.MapGet("/network", () => Page("network.html")).ExcludeFromDescription();
        app.MapGet("/static/{**path}", (string path) => Asset(path)).ExcludeFromDescription();
    }

    private static IResult Page(string name) => Asset(name);

    private static IResult Asset(string path)
    {
        if (!Files.TryGetValue(path, out var bytes)) return Results.NotFound();
        return Results.Bytes(bytes, ContentType(path));
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
