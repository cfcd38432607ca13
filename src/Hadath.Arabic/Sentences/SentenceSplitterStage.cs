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
/// an enumerator (<c>1. قدرات الشحن</c>) or a spaced ellipsis (<c>( . . . )</c>), and never inside the dateline (<c>برلين 15-7 (اف ب) -</c>); numbers and URLs are single tokens, so their dots never count;</item>
/// <item>at a paragraph break (a blank line);</item>
/// <item>at a single line break too, unless the line ends in a comma or semicolon: news sources put one paragraph
/// per line, and a line without a terminal is a headline, caption or subhead that must not run into the next
/// paragraph (hard-wrapped text would be cut at its wraps; it is rare in news feeds);</item>
/// <item>around a subhead <c>- الوقت ينفد -</c> that stands between sentences on the same line.</item>
/// </list>
/// </summary>
public sealed class SentenceSplitterStage : IStage
{
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
        // Gathered in a list this thread keeps and copied once at the exact size: a builder grew through arrays of
        // 8, 16 and 32 before its copy, all garbage.
        var sentences = t_scratch ?? new List<Sentence>(64);
        t_scratch = null;
        try
        {
            Gather(text, tokens, sentences);
            return ImmutableArray.Create<Sentence>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentences));
        }
        finally
        {
            // Cleared so the sentences die with their document; a list grown by a huge text is not kept.
            sentences.Clear();
            if (sentences.Capacity <= MaxKeptCapacity) t_scratch = sentences;
        }
    }

    private const int MaxKeptCapacity = 1 << 12;

    [ThreadStatic] private static List<Sentence>? t_scratch;

    private static void Gather(string text, ImmutableArray<Token> tokens, List<Sentence> sentences)
    {
        var dateline = Dateline.Find(text, tokens)?.Tokens;
        var subheads = Subheads.Find(text, tokens, dateline);
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
                && !SentenceRules.IsEnumeratorDot(text, tokens, i, first)
                && !SentenceRules.IsInsideDotRun(text, tokens, i)
                && !(guillemets > 0 && SentenceRules.IsEllipsis(text, tokens[i])))
            {
                last = AbsorbClosers(text, tokens, i, ref quoteOpen);
                end = true;
            }
            else if (!end)
            {
                end = BreaksAtGap(text, tokens, i, inDateline) || IsSubheadEdge(subheads, i);
            }
            if (end)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[last].End)));
                first = last + 1;
                i = last;
                guillemets = 0;
                // A straight quote can stay open across sentences ("… . … ."), but not across paragraphs.
                if (last + 1 < tokens.Length && SentenceRules.CountLineBreaks(text, tokens[last].End, tokens[last + 1].Start) > 0) quoteOpen = false;
            }
        }
    }

    private static int AbsorbClosers(string text, ImmutableArray<Token> tokens, int i, ref bool quoteOpen)
    {
        while (i + 1 < tokens.Length && SentenceRules.CountLineBreaks(text, tokens[i].End, tokens[i + 1].Start) == 0)
        {
            var next = tokens[i + 1];
            // A quote mark that ends its line or the text can only close.
            bool endsLine = i + 2 >= tokens.Length || SentenceRules.CountLineBreaks(text, next.End, tokens[i + 2].Start) > 0;
            if (SentenceRules.IsCloser(text, next, quoteOpen || endsLine))
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

    /// <summary>A subhead forces a break after the token before it and after its closing dash.</summary>
    private static bool IsSubheadEdge(ImmutableArray<SubheadMatch> subheads, int i)
    {
        foreach (var subhead in subheads)
        {
            if (subhead.Tokens.Start.Value - 1 == i || subhead.Tokens.End.Value - 1 == i) return true;
        }
        return false;
    }

    private static bool BreaksAtGap(string text, ImmutableArray<Token> tokens, int i, bool inDateline)
    {
        int breaks = SentenceRules.CountLineBreaks(text, tokens[i].End, tokens[i + 1].Start);
        if (breaks >= 2) return true;
        return breaks == 1 && !inDateline && !SentenceRules.IsContinuation(text, tokens[i]);
    }
}
