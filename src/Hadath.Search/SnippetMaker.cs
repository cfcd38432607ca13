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

    public (string Snippet, List<int[]> Highlights) Make(Query? query, string text)
    {
        text = text.Replace(MarkStart, ' ').Replace(MarkEnd, ' ');
        if (query is null) return (Lead(text), []);
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
