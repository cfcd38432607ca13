using Microsoft.Playwright;

namespace Hadath.Web.Tests;

/// <summary>Runs only where Debian's Chromium is installed (scripts/lib/services.sh installs it); browsers are never downloaded.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium)) Skip = $"{Chromium} not found (apt-get install chromium)";
    }
}

/// <summary>One server and one headless Chromium shared by the browser tests.</summary>
public class BrowserFixture : IAsyncLifetime
{
    private readonly Action<Hadath.Store.IDocumentStore>? _seed;

    public BrowserFixture() : this(null)
    {
    }

    /// <summary>A fixture over a store filled by <paramref name="seed"/> instead of the two stories.</summary>
    protected BrowserFixture(Action<Hadath.Store.IDocumentStore>? seed) => _seed = seed;

    public TestApp App { get; private set; } = null!;
    public IBrowser? Browser { get; private set; }
    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync(kestrel: true, seed: _seed);
        // CI machines are shared and slow: give pages time before an expectation fails.
        Assertions.SetDefaultExpectTimeout(20_000);
        if (!File.Exists(ChromiumFactAttribute.Chromium)) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Chromium,
            Headless = true,
            // The flags this project runs Chromium with everywhere (DEVELOPERS.md); Playwright gives each launch a fresh
            // temporary profile, the --user-data-dir those flags ask for.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<(IPage Page, List<string> Dialogs, PageTrace Trace)> Open(string path)
    {
        var page = await fixture.Browser!.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var trace = new PageTrace(page);
        await page.GotoAsync(fixture.App.BaseAddress + path);
        return (page, dialogs, trace);
    }

    [ChromiumFact]
    public async Task Searching_in_arabic_lists_the_story_with_the_word_marked()
    {
        var (page, _, trace) = await Open("/");
        await trace.Run(async () =>
        {
            // Let the first listing (no query) draw before typing, so the two requests cannot race.
            await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(2);
            await page.FillAsync("#q", "أعلن");
            await page.ClickAsync("#search-form button[type=submit]");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=%D8%A3%D8%B9%D9%84%D9%86"));
            // Until the query's answer is drawn the two-story listing is still on the page, and a text expectation on a
            // locator that matches two elements fails at once on Playwright's strict mode instead of waiting (this test's
            // old flake): wait for the listing to shrink to the one story first.
            await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".hit a.title")).ToHaveTextAsync("كيري في واشنطن");
            await Assertions.Expect(page.Locator(".hit .snippet mark").First).ToHaveTextAsync("اعلن");
            await Assertions.Expect(page.Locator("#facets")).ToContainTextAsync("AFP");
        });
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Opening_a_story_shows_its_layers_highlighted()
    {
        var (page, _, trace) = await Open("/?q=" + Uri.EscapeDataString("واشنطن"));
        await trace.Run(async () =>
        {
            await page.ClickAsync(".hit a.title");
            // The story page's expectations below wait for what they check. Waiting for the page's load event as well once
            // timed out on a loaded machine although the trace showed every request of the page answered within 400 ms,
            // and so did WaitForURLAsync(…, Commit) once (2026-12-05, fresh-clone CI: the page and its API answered within
            // 1.5 s, the wait logged a network-idle event and ran out): the address is polled instead, as the
            // expectations below poll the page.
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/documents/s1$"));
            await Assertions.Expect(page.Locator("#text .ent-PER")).ToHaveTextAsync("كيري");
            await Assertions.Expect(page.Locator("#text .ent-LOC")).ToHaveTextAsync("واشنطن");
            await Assertions.Expect(page.Locator("#text .time")).ToHaveTextAsync("الجمعة");
            await Assertions.Expect(page.Locator("#text .event")).ToHaveTextAsync("اعلن");
            await Assertions.Expect(page.Locator("#text .quote")).ToHaveTextAsync("الحل سياسي");
            Assert.Equal(TestApp.Story1, await page.Locator("#text").TextContentAsync());
            await Assertions.Expect(page.Locator("[data-panel='الاقتباسات']")).ToContainTextAsync("كيري");
        });
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Markup_inside_a_story_is_shown_as_text_and_never_runs()
    {
        var (page, dialogs, _) = await Open("/documents/s2");
        await Assertions.Expect(page.Locator("#text")).ToHaveTextAsync(TestApp.Story2);
        await Assertions.Expect(page.Locator("#text .count")).ToHaveTextAsync("84 قتيلا");
        Assert.Equal(0, await page.Locator("#text script").CountAsync());
        Assert.Empty(dialogs);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Pasting_a_story_and_analyzing_it_shows_the_highlights()
    {
        var (page, _, trace) = await Open("/analyze");
        await trace.Run(async () =>
        {
            await page.FillAsync("#input", TestApp.Story1);
            await page.ClickAsync("#run");
            await Assertions.Expect(page.Locator("#text .ent-PER")).ToHaveTextAsync("كيري");
            await Assertions.Expect(page.Locator("#text .event")).ToHaveTextAsync("اعلن");
            await Assertions.Expect(page.Locator("[data-panel='الكيانات']")).ToContainTextAsync("واشنطن");
        });
        await page.CloseAsync();
    }
}
