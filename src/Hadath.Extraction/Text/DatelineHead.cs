using System.Buffers;
using Hadath.Core;

namespace Hadath.Extraction.Text;

/// <summary>
/// The opening words of a wire story before its agency tag or dash (<c>بغداد (اف ب) -</c>): the place the story
/// was filed from. It ends at the first <c>(</c>, <c>-</c>, <c>–</c>, line break or slash set off by a space (ديالى / نينا /),
/// when that comes within <see cref="MaxLength"/> characters; a bracket ends it only as a tag (<see cref="IsTag"/>), not
/// as the gloss of a sentence that opens the story (دعت منظمة البلدان المصدرة للنفط (أوبك), فقدت العملة الايرانية (الريال)).
/// The actor stage takes its country as the home of unqualified titles and as the city العاصمة stands for; the event
/// stage never takes a mention in it as an actor.
/// </summary>
public static class DatelineHead
{
    public const int MaxLength = 40;

    private static readonly SearchValues<char> Ends = SearchValues.Create("(-\u2013\n/");

    /// <summary>
    /// The offset where the dateline ends, or -1 when the story opens without one. A line break ends one only with text
    /// after it and no sentence's terminal before it (اتهمت مصر تركيا بدعم الارهاب. is a sentence of its own).
    /// </summary>
    public static int End(string text)
    {
        int reach = Math.Min(text.Length, MaxLength + 1), end = text.AsSpan(0, reach).IndexOfAny(Ends);
        // شباط/فبراير: a slash between two words is no tag; look past it.
        while (end >= 0 && text[end] == '/' && !IsSlashTag(text, end))
        {
            int next = text.AsSpan(end + 1, reach - end - 1).IndexOfAny(Ends);
            end = next < 0 ? -1 : end + 1 + next;
        }
        if (end >= 0 && text[end] == '(') return IsTag(text, end) ? end : -1;
        if (end < 0 || text[end] != '\n') return end;
        if (text.AsSpan(end).IsWhiteSpace()) return -1;
        var before = text.AsSpan(0, end).TrimEnd();
        return before.Length > 0 && Terminals.Contains(before[^1]) ? -1 : end;
    }

    /// <summary>
    /// Whether the bracket at <paramref name="open"/> tags a dateline: it closes and a dash, colon, slash or another bracket
    /// follows (الموصل (العراق) (اف ب) -, سامراء (العراق) /نينا/ -), or the story runs on right after it from a date or
    /// with a listed agency in it (عدن 3 مارس 2017 (شينخوا) قتل, Xinhua's style).
    /// </summary>
    private static bool IsTag(string text, int open)
    {
        int close = text.IndexOf(')', open, Math.Min(text.Length - open, MaxLength));
        if (close < 0) return false;
        int next = close + 1;
        while (next < text.Length && text[next] == ' ') next++;
        if (next < text.Length && text[next] is '-' or '\u2013' or '\u2014' or ':' or '/' or '(') return true;
        return text.AsSpan(0, open).IndexOfAnyInRange('0', '9') >= 0 || IsCredit(text.AsSpan(open + 1, close - open - 1).Trim());
    }

    /// <summary>
    /// Whether the slash at <paramref name="at"/> sets a dateline's place off from its agency, as Iraqi and Gulf wires write
    /// it (ديالى / نينا /, شفق نيوز/, عمان في 20 يونيو /قنا/): a space on one side of it at least.
    /// </summary>
    private static bool IsSlashTag(string text, int at) => (at > 0 && text[at - 1] == ' ') || (at + 1 < text.Length && text[at + 1] == ' ');

    /// <summary>Agencies a dateline credits by a one-word acronym or name (<c>Lexicons/credits.tsv</c>), as match keys.</summary>
    private static readonly HashSet<string> Credits = LexiconTable.Read("credits.tsv").Select(r => MatchKey.Of(r[0])).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> is an agency a dateline credits by one word (<c>Lexicons/credits.tsv</c>: وات, واس, شينخوا).</summary>
    public static bool IsCredit(ReadOnlySpan<char> word) => word.Length > 0 && word.IndexOf(' ') < 0 && Credits.Contains(MatchKey.Of(word.ToString()));

    private static readonly SearchValues<char> Terminals = SearchValues.Create(".!?؟…");

    /// <summary>
    /// The actor code of the first country (a place with a three-letter code) named in the dateline whose end is
    /// <paramref name="end"/>, or null. A place the tagger typed as a body (ديالى / نينا /: ديالى an ORG coded IRQ) counts as
    /// the place it is.
    /// </summary>
    public static string? Country(ReadOnlySpan<Entity> entities, int end)
    {
        if (end < 0) return null;
        foreach (var e in entities)
        {
            if (e.Type is not (EntityType.LOC or EntityType.ORG) || e.Actor is not { Length: 3 }) continue;
            foreach (var m in e.Mentions)
            {
                if (Holds(end, m.Span)) return e.Actor;
            }
        }
        return null;
    }

    /// <summary>True when <paramref name="span"/> lies in the dateline whose end is <paramref name="end"/> (from <see cref="End"/>).</summary>
    public static bool Holds(int end, TextSpan span) => end >= 0 && span.End <= end;
}
