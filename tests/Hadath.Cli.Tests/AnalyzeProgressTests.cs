using Hadath.Cli.Commands;

namespace Hadath.Cli.Tests;

public sealed class AnalyzeProgressTests
{
    [Fact]
    public void Line_gives_documents_seconds_rate_and_failures_when_there_are_some()
    {
        Assert.Equal("hadath analyze: 12,340 documents in 10 s (1,234/s)", AnalyzeProgress.Line(12_340, 0, TimeSpan.FromSeconds(10)));
        Assert.Equal("hadath analyze: 500 documents in 2 s (250/s), 3 failed", AnalyzeProgress.Line(500, 3, TimeSpan.FromSeconds(2)));
        Assert.Equal("hadath analyze: 0 documents in 0 s (-/s)", AnalyzeProgress.Line(0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void The_line_is_rewritten_at_most_once_a_second_and_the_totals_end_on_a_line_of_their_own()
    {
        var clock = TimeSpan.Zero;
        var error = new StringWriter();
        var progress = new AnalyzeProgress(error, () => clock);

        progress.Update(1, 0);
        clock = TimeSpan.FromMilliseconds(500);
        progress.Update(2, 0);   // too soon: not shown
        clock = TimeSpan.FromSeconds(1);
        progress.Update(30, 0);
        clock = TimeSpan.FromSeconds(2);
        progress.Finish(40, 0);

        Assert.Equal(
            "\rhadath analyze: 1 document in 0 s (-/s)" +
            "\rhadath analyze: 30 documents in 1 s (30/s)" +
            "\rhadath analyze: 40 documents in 2 s (20/s)" + Environment.NewLine,
            error.ToString());
    }

    [Fact]
    public void A_message_clears_the_line_first_and_a_shorter_line_covers_a_longer_one()
    {
        var clock = TimeSpan.FromSeconds(1);
        var error = new StringWriter();
        var progress = new AnalyzeProgress(error, () => clock);

        progress.Update(1_000, 0);   // "hadath analyze: 1,000 documents in 1 s (1,000/s)": 48 characters
        progress.Clear();
        progress.Clear();            // nothing shown: nothing to clear
        error.Write("hadath analyze: a.jsonl line 7: invalid JSON\n");
        clock = TimeSpan.FromSeconds(100);
        progress.Update(1_001, 1);

        string first = "hadath analyze: 1,000 documents in 1 s (1,000/s)";
        Assert.Equal(
            "\r" + first + "\r" + new string(' ', first.Length) + "\r" +
            "hadath analyze: a.jsonl line 7: invalid JSON\n" +
            "\rhadath analyze: 1,001 documents in 100 s (10/s), 1 failed",
            error.ToString());
        // After a line was shown, a shorter one is padded over it.
        clock = TimeSpan.FromSeconds(200);
        var before = error.ToString().Length;
        progress.Update(2, 0);
        string shorter = "hadath analyze: 2 documents in 200 s (0/s)";
        string longer = "hadath analyze: 1,001 documents in 100 s (10/s), 1 failed";
        Assert.Equal("\r" + shorter.PadRight(longer.Length), error.ToString()[before..]);
    }
}
