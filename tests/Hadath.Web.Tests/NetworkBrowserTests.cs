using Microsoft.Playwright;
using static Hadath.Web.Tests.NetworkData;

namespace Hadath.Web.Tests;

/// <summary>The browser fixture over the hand-made network store.</summary>
public sealed class NetworkBrowserFixture() : BrowserFixture(Seed);

public sealed class NetworkBrowserTests(NetworkBrowserFixture fixture) : IClassFixture<NetworkBrowserFixture>
{
    [ChromiumFact]
    public async Task The_network_draws_its_actors_and_clicks_through_to_events_and_entity_pages()
    {
        var page = await fixture.Browser!.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // Chromium asks for /favicon.ico, which the app does not serve.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(fixture.App.BaseAddress + "/network");

        // Drawn: the layout finished with the five actors on the canvas, and the edges listed beside it.
        await Assertions.Expect(page.Locator("#graph[data-ready='5'] canvas").First).ToBeVisibleAsync();
        Assert.Equal(5, await page.EvaluateAsync<int>("() => Hadath.graph.nodes().length"));
        Assert.Equal(Kerry, await page.EvaluateAsync<string>("() => Hadath.graph.nodes()[0].data('label')"));
        await Assertions.Expect(page.Locator("#edges tr")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#edges tr").First).ToContainTextAsync(Lavrov);

        // An edge: the events behind it.
        await page.Locator("#edges tr").First.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.Locator("#detail li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#detail-title")).ToContainTextAsync("2 حدث");

        // Nodes, clicked on the canvas where Cytoscape drew them: a bare actor code lists its events beside the graph,
        // an entity opens its page.
        await page.Locator("#graph").ScrollIntoViewIfNeededAsync();
        await ClickNode(page, Rebels);
        await Assertions.Expect(page.Locator("#detail-title")).ToContainTextAsync("1 حدث");
        await Assertions.Expect(page.Locator("#detail li .badge")).ToHaveTextAsync("190");
        await page.Locator("#graph").ScrollIntoViewIfNeededAsync();
        await ClickNode(page, Kerry);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/entities/" + Uri.EscapeDataString(Kerry) + "$"));
        await Assertions.Expect(page.Locator("#name")).ToHaveTextAsync(Kerry);

        // Nothing was refused by the Content-Security-Policy, and no script failed.
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    private static async Task ClickNode(IPage page, string id)
    {
        var box = (await page.Locator("#graph").BoundingBoxAsync())!;
        var at = await page.EvaluateAsync<double[]>("id => { const p = Hadath.graph.getElementById(id).renderedPosition(); return [p.x, p.y]; }", id);
        await page.Mouse.ClickAsync((float)(box.X + at[0]), (float)(box.Y + at[1]));
    }
}
