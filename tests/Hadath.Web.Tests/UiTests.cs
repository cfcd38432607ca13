using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Hadath.Web.Tests;

public sealed class UiTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/", "search.js")]
    [InlineData("/documents/s1", "story.js")]
    [InlineData("/analyze", "analyze.js")]
    [InlineData("/entities", "entities.js")]
    [InlineData("/entities/%D9%83%D9%8A%D8%B1%D9%8A", "entity.js")]
    [InlineData("/events", "events.js")]
    [InlineData("/network", "network.js")]
    public async Task Pages_are_utf8_right_to_left_and_load_their_script(string path, string script)
    {
        var response = await _app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
        Assert.Contains($"src=\"/static/{script}\"", html);
    }

    [Fact]
    public async Task Every_script_a_page_names_is_served()
    {
        foreach (var page in new[] { "/", "/documents/s1", "/analyze", "/entities", "/entities/x", "/events", "/network" })
        {
            var html = await _app.Client.GetStringAsync(page);
            foreach (Match m in Regex.Matches(html, "(?:src|href)=\"(/static/[^\"]+)\""))
            {
                Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync(m.Groups[1].Value)).StatusCode);
            }
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Client.GetAsync("/static/nope.js")).StatusCode);
    }

    [Fact]
    public void No_script_of_ours_writes_html_from_strings()
    {
        // Untrusted text (stories, titles, names) must reach the page as text only.
        var assembly = typeof(HadathWebOptions).Assembly;
        var scripts = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".js", StringComparison.Ordinal) && !n.Contains("/vendor/")).ToList();
        Assert.NotEmpty(scripts);
        foreach (var name in scripts)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var code = reader.ReadToEnd();
            Assert.DoesNotMatch(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", code);
        }
    }
}
