using Hadath.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Hadath.Search;

/// <summary>
/// Best fragments of a story for a query, as plain text plus the offsets of the matched words: callers insert
/// the text as text (never as HTML) and mark the ranges themselves, so a story can never inject markup.
/// </summary>
internal sealed class SnippetMaker(Analyzer analyzer)
{
    // Private-use characters bracket the matches while the highlighter runs; they are removed from the story first.
    private const char MarkStart = '\uE000';
    private const char MarkEnd = '\uE001';
    private const int FragmentChars = 160;

    /// <summary>
    /// <paramref name="forms"/> are every form of every query word (as the analyzer stacks them). The highlighter
    /// runs only on a window around the first word sharing a form with them, found by a cheap scan: analyzing
    /// whole stories for twenty hits was most of a search's time.
    /// </summary>
    public (string Snippet, List<int[]> Highlights) Make(Query? query, IReadOnlySet<string> forms, string text)
    {
        text = text.Replace(MarkStart, ' ').Replace(MarkEnd, ' ');
        if (query is null) return (Lead(text), []);
        int first = FirstMatch(text, forms);
        if (first < 0) return (Lead(text), []);
        int start = first <= LeadIn ? 0 : text.LastIndexOfAny([' ', '\n'], first - LeadIn) + 1;
        int end = Math.Min(text.Length, start + 2 * FragmentChars + LeadIn);
        var window = text[start..end];
        var (snippet, highlights) = Highlight(query, window);
        if (start == 0) return (snippet, highlights);
        const string Ellipsis = "… ";
        return (Ellipsis + snippet, highlights.Select(h => new[] { h[0] + Ellipsis.Length, h[1] + Ellipsis.Length }).ToList());
    }

    private const int LeadIn = 60;

    private (string, List<int[]>) Highlight(Query query, string text)
    {
        // Term scoring, not span scoring: the span scorer builds an in-memory index per story and costs several
        // times more; phrases then light up word by word, which reads the same.
        var scorer = new QueryTermScorer(query, IndexFields.Text);
        var highlighter = new Highlighter(new Marker(), scorer)
        {
            TextFragmenter = new SimpleFragmenter(FragmentChars),
            // Matches past the first few thousand characters still rank the story; its snippet then shows the lead.
            MaxDocCharsToAnalyze = 5_000,
        };
        using var tokens = analyzer.GetTokenStream(IndexFields.Text, text);
        var fragments = highlighter.GetBestFragments(tokens, text, 2);
        if (fragments.Length == 0) return (Lead(text), []);
        return Unmark(string.Join(" … ", fragments.Select(f => f.Trim())));
    }

    /// <summary>Offset of the first word of <paramref name="text"/> one of whose forms is in <paramref name="forms"/>, or -1.</summary>
    internal static int FirstMatch(string text, IReadOnlySet<string> forms)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsMark(text[i]))) i++;
            if (i == start) continue;
            var folded = ArabicFolding.Fold(text.AsSpan(start, i - start));
            if (folded.Length == 0) continue;
            if (forms.Contains(folded)) return start;
            foreach (var form in ArabicLightStemmer.Forms(folded))
            {
                if (forms.Contains(form)) return start;
            }
        }
        return -1;
    }

    private static bool IsMark(char c) =>
        c == '\u0640' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static string Lead(string text) =>
        text.Length <= FragmentChars * 2 ? text.Trim() : text[..(FragmentChars * 2)].TrimEnd() + " …";

    private static (string, List<int[]>) Unmark(string marked)
    {
        var plain = new System.Text.StringBuilder(marked.Length);
        var highlights = new List<int[]>();
        int start = -1;
        foreach (char c in marked)
        {
            if (c == MarkStart) start = plain.Length;
            else if (c == MarkEnd && start >= 0)
            {
                highlights.Add([start, plain.Length]);
                start = -1;
            }
            else plain.Append(c);
        }
        return (plain.ToString(), highlights);
    }

    private sealed class Marker : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 ? MarkStart + originalText + MarkEnd : originalText;
    }
}
