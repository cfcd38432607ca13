using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

/// <summary>Shared checks of the count and time layers on a hand-built sentence: one assertion block, many theories.</summary>
internal static class ExtractionAsserts
{
    public static IReadOnlyList<Count> CountsIn(string text) => new CountStage().Process(Docs.Tokenized(text)).Counts;

    public static IReadOnlyList<TimeExpression> TimesIn(string text, string date) => new TimeStage().Process(Docs.Tokenized(text, date)).Times;

    /// <summary>The one count spanning exactly <paramref name="surface"/>, with its kind, value and qualifier.</summary>
    public static void AssertCount(string text, string surface, string kind, double value, string? qualifier = null)
    {
        var counts = CountsIn(text);
        var count = Assert.Single(counts, c => text[c.Span.Start..c.Span.End] == surface);
        Assert.Equal(kind, count.Kind);
        Assert.Equal(value, count.Value);
        Assert.Equal(qualifier, count.Qualifier);
    }

    /// <summary>No count at all in <paramref name="text"/>.</summary>
    public static void AssertNoCount(string text)
    {
        var counts = CountsIn(text);
        Assert.True(counts.Count == 0, $"expected no count in '{text}', got {Show(text, counts.Select(c => (c.Span, $"{c.Kind} {c.Value}")))}");
    }

    /// <summary>Exactly one time in <paramref name="text"/>, spanning <paramref name="surface"/> with <paramref name="value"/>.</summary>
    public static void AssertTime(string text, string surface, string value, string date)
    {
        var times = TimesIn(text, date);
        Assert.True(times.Count == 1, $"expected one time in '{text}', got {Show(text, times.Select(t => (t.Span, t.Value)))}");
        Assert.Equal(surface, text[times[0].Start..times[0].End]);
        Assert.Equal(value, times[0].Value);
    }

    /// <summary>No time at all in <paramref name="text"/>.</summary>
    public static void AssertNoTime(string text, string date)
    {
        var times = TimesIn(text, date);
        Assert.True(times.Count == 0, $"expected no time in '{text}', got {Show(text, times.Select(t => (t.Span, t.Value)))}");
    }

    private static string Show(string text, IEnumerable<(TextSpan Span, string What)> found) =>
        string.Join(", ", found.Select(f => $"[{text[f.Span.Start..f.Span.End]}] {f.What}"));
}
