using System.Globalization;

namespace Hadath.Cli.Commands;

/// <summary>
/// How far a long <c>analyze</c> has come, on standard error: one line rewritten in place about once a second, and the
/// totals when it ends. Shown only where someone watches it (<see cref="ShouldShow"/>): with the JSON going to a file
/// and standard error a terminal. A message about a document (one that could not be read or analyzed) first clears
/// the line, so messages stand on lines of their own.
/// </summary>
internal sealed class AnalyzeProgress
{
    /// <summary>How often the line is rewritten at most.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly TextWriter _error;
    private readonly Func<TimeSpan> _elapsed;
    private TimeSpan _shownAt = -Interval;
    private int _shownLength;

    /// <param name="error">Where the line goes (standard error).</param>
    /// <param name="elapsed">Time since the run began (a stopwatch's; a test's clock).</param>
    public AnalyzeProgress(TextWriter error, Func<TimeSpan> elapsed)
    {
        _error = error;
        _elapsed = elapsed;
    }

    /// <summary>Whether a run shows progress: its output is redirected (a terminal would mix the line into the JSON) and standard error is a terminal.</summary>
    public static bool ShouldShow => Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>Rewrites the line when <see cref="Interval"/> has passed since it was last written.</summary>
    public void Update(long documents, long failed)
    {
        var now = _elapsed();
        if (now - _shownAt < Interval) return;
        _shownAt = now;
        Show(Line(documents, failed, now));
    }

    /// <summary>Clears the line before a message of its own is written.</summary>
    public void Clear()
    {
        if (_shownLength == 0) return;
        _error.Write('\r' + new string(' ', _shownLength) + '\r');
        _shownLength = 0;
        _error.Flush();
    }

    /// <summary>Writes the totals on a line of their own.</summary>
    public void Finish(long documents, long failed)
    {
        Show(Line(documents, failed, _elapsed()));
        _error.WriteLine();
        _shownLength = 0;
    }

    private void Show(string line)
    {
        // Padded over a longer line written before, so none of it is left at the end.
        _error.Write('\r' + line.PadRight(_shownLength));
        _shownLength = line.Length;
        _error.Flush();
    }

    /// <summary>"hadath analyze: 12,345 documents in 10 s (1,234/s), 2 failed".</summary>
    public static string Line(long documents, long failed, TimeSpan elapsed)
    {
        double seconds = elapsed.TotalSeconds;
        string rate = seconds > 0 ? (documents / seconds).ToString("N0", CultureInfo.InvariantCulture) : "-";
        string line = string.Create(CultureInfo.InvariantCulture, $"hadath analyze: {documents:N0} document{(documents == 1 ? "" : "s")} in {seconds:F0} s ({rate}/s)");
        return failed > 0 ? line + string.Create(CultureInfo.InvariantCulture, $", {failed:N0} failed") : line;
    }
}
