using System.Collections.Immutable;
using Hadath.Arabic.Tokenization;
using Hadath.Core;

namespace Hadath.Arabic.Sentences;

/// <summary>
/// Groups tokens into sentences; every token lies in exactly one sentence, and a sentence spans its first to
/// its last token. A sentence ends:
/// <list type="bullet">
/// <item>after <c>.</c> <c>؟</c> <c>?</c> <c>!</c> <c>…</c> (or a run of dots; an ellipsis inside an open «…» is a pause, not an end), taking along further terminals and closing
/// quotes/brackets (<c>».</c>, <c>؟!</c>, <c>.)</c>) — but not at a dot that closes an abbreviation (<c>د.</c>, <c>U.S.</c>)
/// and never inside the dateline (<c>برلين 15-7 (اف ب) -</c>); numbers and URLs are single tokens, so their dots never count;</item>
/// <item>at a paragraph break (a blank line);</item>
/// <item>at a single line break too, unless the line ends in a comma or semicolon: news sources put one paragraph
/// per line, and a line without a terminal is a headline, caption or subhead that must not run into the next
/// paragraph (hard-wrapped text would be cut at its wraps; it is rare in news feeds);</item>
/// <item>around a subhead <c>- الوقت ينفد -</c> that stands between sentences on the same line.</item>
/// </list>
/// </summary>
public sealed class SentenceSplitterStage : IStage
{
    private const int MaxSubheadTokens = 12;

    public string Name => "sentences";
    public Layers Requires => Layers.Tokens;
    public Layers Provides => Layers.Sentences;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.WithSentences(Split(document.Text, document.Tokens));
    }

    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens)
    {
        if (tokens.IsDefaultOrEmpty) return ImmutableArray<Sentence>.Empty;
        var dateline = Dateline.Find(text, tokens)?.Tokens;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int first = 0;
        bool quoteOpen = false;
        int guillemets = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (SentenceRules.IsStraightQuote(text, tokens[i])) quoteOpen = !quoteOpen;
            guillemets = Math.Max(0, guillemets + SentenceRules.GuillemetDelta(text, tokens[i]));
            int last = i;
            bool end = i == tokens.Length - 1;
            bool inDateline = dateline is { } d && i >= d.Start.Value && i < d.End.Value;
            if (!end && !inDateline && SentenceRules.IsTerminal(text, tokens[i]) && !SentenceRules.IsAbbreviationDot(text, tokens, i)
                && !(guillemets > 0 && SentenceRules.IsEllipsis(text, tokens[i])))
            {
                last = AbsorbClosers(text, tokens, i, ref quoteOpen);
                end = true;
            }
            else if (!end)
            {
                end = BreaksAtGap(text, tokens, i, inDateline) || StartsSubhead(text, tokens, i + 1) || EndsSubhead(text, tokens, first, i);
            }
            if (end)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[last].End)));
                first = last + 1;
                i = last;
                quoteOpen = false;
                guillemets = 0;
            }
        }
        return sentences.ToImmutable();
    }

    private static int AbsorbClosers(string text, ImmutableArray<Token> tokens, int i, ref bool quoteOpen)
    {
        while (i + 1 < tokens.Length && SentenceRules.CountLineBreaks(text, tokens[i].End, tokens[i + 1].Start) == 0)
        {
            var next = tokens[i + 1];
            if (SentenceRules.IsCloser(text, next, quoteOpen))
            {
                if (SentenceRules.IsStraightQuote(text, next)) quoteOpen = false;
            }
            else if (!SentenceRules.IsTerminal(text, next))
            {
                break;
            }
            i++;
        }
        return i;
    }

    private static bool BreaksAtGap(string text, ImmutableArray<Token> tokens, int i, bool inDateline)
    {
        int breaks = SentenceRules.CountLineBreaks(text, tokens[i].End, tokens[i + 1].Start);
        if (breaks >= 2) return true;
        return breaks == 1 && !inDateline && !SentenceRules.IsContinuation(text, tokens[i]);
    }

    /// <summary>A dash at <paramref name="i"/>, right after a sentence end on the same line, opening <c>- words -</c>.</summary>
    private static bool StartsSubhead(string text, ImmutableArray<Token> tokens, int i)
    {
        if (i <= 0 || i >= tokens.Length || !Dateline.IsDash(text, tokens[i])) return false;
        if (!SentenceRules.IsTerminal(text, tokens[i - 1]) && !SentenceRules.IsCloser(text, tokens[i - 1], quoteOpen: false)) return false;
        return SubheadClose(text, tokens, i) > 0;
    }

    /// <summary>The sentence <c>[first..i]</c> is a subhead <c>- words -</c> that more text follows on the same line.</summary>
    private static bool EndsSubhead(string text, ImmutableArray<Token> tokens, int first, int i) =>
        i > first && Dateline.IsDash(text, tokens[first]) && SubheadClose(text, tokens, first) == i;

    private static int SubheadClose(string text, ImmutableArray<Token> tokens, int open)
    {
        for (int j = open + 1; j < tokens.Length && j - open <= MaxSubheadTokens; j++)
        {
            if (SentenceRules.CountLineBreaks(text, tokens[j - 1].End, tokens[j].Start) > 0) return -1;
            if (Dateline.IsDash(text, tokens[j])) return j > open + 1 ? j : -1;
            if (SentenceRules.IsTerminal(text, tokens[j])) return -1;
        }
        return -1;
    }
}
