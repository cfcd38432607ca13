using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Hadath.Web.Tests;

/// <summary>
/// What a page did, kept so that a failing browser test says why: every request with when it started, when its
/// response came (or how it failed), console errors and uncaught page errors, in milliseconds since the page opened.
/// A wait that times out otherwise only says what the page still showed, not whether the request it waited on was
/// ever sent, answered or drawn.
/// </summary>
public sealed class PageTrace
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public PageTrace(IPage page)
    {
        page.Request += (_, request) => Add($"→ {request.Method} {request.Url}");
        page.Response += (_, response) => Add($"← {response.Status} {response.Url}");
        page.RequestFailed += (_, request) => Add($"✗ {request.Url}: {request.Failure}");
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") Add($"console {message.Type}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Add($"page error: {error}");
    }

    private void Add(string line) => _lines.Enqueue($"{_clock.ElapsedMilliseconds,6} ms  {line}");

    /// <summary>Runs the test's steps; when one fails, the failure carries the page's trace.</summary>
    public async Task Run(Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception failure)
        {
            throw new XunitException($"{failure.Message}\n--- page trace ---\n{string.Join('\n', _lines)}", failure);
        }
    }
}
