using Hadath.Search.Analysis;

namespace Hadath.Search;

/// <summary>
/// A window of a story around its first matched word, as plain text plus the offsets of the matched words in it:
/// callers insert the text as text (never as HTML) and mark the ranges themselves, so a story can never inject
/// markup. A word matches when one of its forms (<see cref="ArabicFolding"/>, then <see cref="ArabicLightStemmer"/>)
/// is a form of a query word — the same test the index applies — so highlighting needs one scan of the story and
/// no analyzer or Lucene highlighter (those were most of a search's time).
/// </summary>
internal static class SnippetMaker
{
    private const int SnippetChars = 320;

    /// <summary>Characters of context kept before the first match, so the snippet starts inside its sentence.</summary>
    private const int LeadIn = 60;

    private const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="forms"/> are every form of every query word as the analyzer stacks them; null or empty
    /// (no query) gives the story's lead.
    /// </summary>
    public static (string Snippet, List<int[]> Highlights) Make(QueryForms? forms, string text)
    {
        if (forms is null || forms.Count == 0) return (Lead(text), []);
        var first = Words(text, 0, text.Length).FirstOrDefault(w => Matches(text, w, forms), (Start: -1, End: -1));
        if (first.Start < 0) return (Lead(text), []);
        int start = first.Start <= LeadIn ? 0 : text.LastIndexOfAny([' ', '\n'], first.Start - LeadIn) + 1;
        int end = Math.Min(text.Length, start + SnippetChars);
        if (end < text.Length)
        {
            // End on a word boundary, unless that would cut the first match itself.
            int space = text.LastIndexOfAny([' ', '\n'], end - 1, end - start);
            if (space >= first.End) end = space;
        }
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;

        string prefix = text.AsSpan(0, start).IsWhiteSpace() ? "" : Ellipsis + " ";
        var highlights = new List<int[]>();
        foreach (var word in Words(text, start, end))
        {
            if (Matches(text, word, forms)) highlights.Add([word.Start - start + prefix.Length, word.End - start + prefix.Length]);
        }
        string suffix = text.AsSpan(end).IsWhiteSpace() ? "" : " " + Ellipsis;
        return (prefix + text[start..end] + suffix, highlights);
    }

    /// <summary>Words of <c>text[from..to]</c> as [start, end) spans: letters and digits, with harakat and tatweel inside.</summary>
    internal static IEnumerable<(int Start, int End)> Words(string text, int from, int to)
    {
        int i = from;
        while (i < to)
        {
            while (i < to && !char.IsLetterOrDigit(text[i])) i++;
            int start = i;
            while (i < to && (char.IsLetterOrDigit(text[i]) || IsMark(text[i]))) i++;
            if (i > start) yield return (start, i);
        }
    }

    /// <summary>Whether the word shares a form with the query, as the index would match it.</summary>
    internal static bool Matches(string text, (int Start, int End) word, QueryForms forms)
    {
        int length = word.End - word.Start;
        // A lam-alef ligature unfolds to two letters: the folded word is at most twice as long.
        Span<char> buffer = length <= 64 ? stackalloc char[2 * length] : new char[2 * length];
        int folded = ArabicFolding.Fold(text.AsSpan(word.Start, length), buffer);
        return folded > 0 && ArabicLightStemmer.AnyForm(buffer[..folded], forms.Contains);
    }

    private static bool IsMark(char c) =>
        c == '\u0640' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>Every form of every query word, looked up by span so that scanning a story allocates nothing.</summary>
    internal sealed class QueryForms(IEnumerable<string> forms)
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup =
            new HashSet<string>(forms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public int Count => _lookup.Set.Count;

        public bool Contains(ReadOnlySpan<char> form) => _lookup.Contains(form);
    }

    private static string Lead(string text) =>
        text.Length <= SnippetChars ? text.Trim() : text[..SnippetChars].TrimEnd() + " " + Ellipsis;
}
