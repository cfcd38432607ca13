using System.Collections.Immutable;
using Hadath.Arabic.Sentences;
using Hadath.Core;

namespace Hadath.Arabic.Tokenization;

/// <summary>A wire subhead <c>- الوقت ينفد -</c>: its span and its tokens, dashes included.</summary>
public sealed record SubheadMatch(TextSpan Span, Range Tokens);

/// <summary>
/// Finds wire subheads: a dash that starts a line or follows a sentence end, one to
/// <see cref="MaxWords"/> tokens without a terminal or a line break, and a closing dash. The tokens stay
/// ordinary tokens; the sentence splitter makes each subhead a sentence of its own.
/// </summary>
public static class Subheads
{
    public const int MaxWords = 10;

    public static ImmutableArray<SubheadMatch> Find(AnalyzedDocument document) => Find(document.Text, document.Tokens);

    public static ImmutableArray<SubheadMatch> Find(string text, ImmutableArray<Token> tokens) =>
        Find(text, tokens, Dateline.Find(text, tokens)?.Tokens);

    internal static ImmutableArray<SubheadMatch> Find(string text, ImmutableArray<Token> tokens, Range? dateline)
    {
        var found = ImmutableArray.CreateBuilder<SubheadMatch>(0);
        for (int open = 0; open < tokens.Length; open++)
        {
            if (!Dateline.IsDash(text, tokens[open]) || !StartsUnit(text, tokens, open)) continue;
            if (dateline is { } d && open >= d.Start.Value && open < d.End.Value) continue;
            int close = CloseOf(text, tokens, open);
            if (close < 0) continue;
            found.Add(new SubheadMatch(new TextSpan(tokens[open].Start, tokens[close].End), open..(close + 1)));
            open = close;
        }
        return found.ToImmutable();
    }

    /// <summary>At the text start, a line start, or after a terminal (and the closers it took along).</summary>
    private static bool StartsUnit(string text, ImmutableArray<Token> tokens, int i)
    {
        if (i == 0 || Dateline.HasLineBreak(text, tokens[i - 1].End, tokens[i].Start)) return true;
        int j = i - 1;
        while (j > 0 && SentenceRules.IsCloser(text, tokens[j], quoteOpen: true)) j--;
        return SentenceRules.IsTerminal(text, tokens[j]);
    }

    private static int CloseOf(string text, ImmutableArray<Token> tokens, int open)
    {
        for (int j = open + 1; j < tokens.Length && j - open <= MaxWords + 1; j++)
        {
            if (Dateline.HasLineBreak(text, tokens[j - 1].End, tokens[j].Start)) return -1;
            if (Dateline.IsDash(text, tokens[j])) return j > open + 1 ? j : -1;
            if (SentenceRules.IsTerminal(text, tokens[j])) return -1;
        }
        return -1;
    }
}
