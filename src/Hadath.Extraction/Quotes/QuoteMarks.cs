using Hadath.Core;

namespace Hadath.Extraction.Quotes;

/// <summary>
/// Pairs quotation marks (« », “ ”, " ", „ “) over the whole text, so a quote may span sentences but not a blank
/// line. Returns the content between the marks, trimmed of spaces, with the marks' positions.
/// </summary>
public static class QuoteMarks
{
    private const char LeftGuillemet = '\u00AB';
    private const char RightGuillemet = '\u00BB';
    private const char LeftDoubleQuote = '\u201C';
    private const char RightDoubleQuote = '\u201D';
    private const char LowDoubleQuote = '\u201E';
    private const char QuotationMark = '"';
    private const int MaxQuoteLength = 3000;

    public readonly record struct Marked(TextSpan Content, int Open, int Close);

    /// <summary>The marks a quote opens with: the text between them is skipped by a vectorized search.</summary>
    private static readonly System.Buffers.SearchValues<char> Openers =
        System.Buffers.SearchValues.Create([LeftGuillemet, LeftDoubleQuote, LowDoubleQuote, QuotationMark, RightDoubleQuote]);

    public static List<Marked> Find(string text)
    {
        var found = new List<Marked>();
        int i = 0;
        while (i < text.Length)
        {
            int next = text.AsSpan(i).IndexOfAny(Openers);
            if (next < 0) break;
            i += next;
            char close = text[i] switch
            {
                LeftGuillemet => RightGuillemet,
                LeftDoubleQuote => RightDoubleQuote,
                LowDoubleQuote => LeftDoubleQuote,
                QuotationMark => QuotationMark,
                RightDoubleQuote => RightDoubleQuote,   // some wires open with ” as well
                _ => '\0',
            };
            if (close == '\0')
            {
                i++;
                continue;
            }
            int end = FindClose(text, i + 1, close, text[i]);
            if (end < 0)
            {
                i++;
                continue;
            }
            int s = i + 1, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) found.Add(new Marked(new TextSpan(s, e), i, end));
            i = end + 1;
        }
        return found;
    }

    private static int FindClose(string text, int from, char close, char open)
    {
        int limit = Math.Min(text.Length, from + MaxQuoteLength);
        for (int j = from; j < limit; j++)
        {
            char c = text[j];
            if (c == close) return j;
            if (c == '\n' && IsBlankLineAfter(text, j + 1)) return -1;
            if (open != QuotationMark && c == open && open != close) return -1;   // a new opening before the close: unbalanced
        }
        return -1;
    }

    private static bool IsBlankLineAfter(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\u00A0') i++;
        return i < text.Length && text[i] == '\n';
    }
}
