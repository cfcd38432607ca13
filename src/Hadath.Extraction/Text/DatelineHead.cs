using System.Buffers;
using Hadath.Core;

namespace Hadath.Extraction.Text;

/// <summary>
/// The opening words of a wire story before its agency tag or dash (<c>بغداد (اف ب) -</c>): the place the story
/// was filed from. It ends at the first <c>(</c>, <c>-</c>, <c>–</c> or line break, when that comes within
/// <see cref="MaxLength"/> characters. The actor stage takes its country as the home of unqualified titles and as
/// the city العاصمة stands for; the event stage never takes a mention in it as an actor.
/// </summary>
public static class DatelineHead
{
    public const int MaxLength = 40;

    private static readonly SearchValues<char> Ends = SearchValues.Create("(-\u2013\n");

    /// <summary>
    /// The offset where the dateline ends, or -1 when the story opens without one. A line break ends one only with text
    /// after it and no sentence's terminal before it (اتهمت مصر تركيا بدعم الارهاب. is a sentence of its own).
    /// </summary>
    public static int End(string text)
    {
        int end = text.AsSpan(0, Math.Min(text.Length, MaxLength + 1)).IndexOfAny(Ends);
        if (end < 0 || text[end] != '\n') return end;
        if (text.AsSpan(end).IsWhiteSpace()) return -1;
        var before = text.AsSpan(0, end).TrimEnd();
        return before.Length > 0 && Terminals.Contains(before[^1]) ? -1 : end;
    }

    private static readonly SearchValues<char> Terminals = SearchValues.Create(".!?؟…");

    /// <summary>True when <paramref name="span"/> lies in the dateline whose end is <paramref name="end"/> (from <see cref="End"/>).</summary>
    public static bool Holds(int end, TextSpan span) => end >= 0 && span.End <= end;
}
