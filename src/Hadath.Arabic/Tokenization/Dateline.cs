using System.Collections.Frozen;
using System.Collections.Immutable;
using Hadath.Arabic.Normalization;
using Hadath.Core;

namespace Hadath.Arabic.Tokenization;

/// <summary>A wire-story dateline: its whole span (<c>برلين 15-7 (اف ب) -</c>), the place and the agency tag.</summary>
public sealed record DatelineMatch(TextSpan Span, Range Tokens, TextSpan Place, TextSpan Agency);

/// <summary>
/// Finds agency datelines at the start of a story: <c>PLACE [(REGION)] [DD-MM] (AGENCY) [-|:]</c>, on one line,
/// at the start of one of the first <see cref="MaxLinesSearched"/> lines (a headline may come first). The tokens
/// stay ordinary tokens; later stages ask for this span (the sentence splitter never breaks inside it).
/// </summary>
public static class Dateline
{
    public const int MaxLinesSearched = 3;
    private const int MaxPlaceWords = 4;
    private const int MaxAgencyTokens = 7;

    /// <summary>Agency abbreviations and names in key form (<see cref="ArabicNormalizer.Key"/>), letters joined by single spaces.</summary>
    private static readonly FrozenSet<string> Agencies = new[]
    {
        "اف ب", "ا ف ب", "افب", "د ب ا", "رويترز", "ا ش ا", "ا ب", "يو بي اي", "يو بي", "سانا", "واس", "وام", "قنا", "كونا",
        "بترا", "الاناضول", "ارنا", "شينخوا", "وكالات", "وفا", "معا", "الفرنسيه", "سبوتنيك", "تاس", "ق ن ا", "ام ب", "وات",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static DatelineMatch? Find(AnalyzedDocument document) => Find(document.Text, document.Tokens);

    public static DatelineMatch? Find(string text, ImmutableArray<Token> tokens)
    {
        int lines = 0;
        for (int i = 0; i < tokens.Length && lines < MaxLinesSearched; i++)
        {
            if (i > 0 && !HasLineBreak(text, tokens[i - 1].End, tokens[i].Start)) continue;
            lines++;
            if (TryMatchAt(text, tokens, i) is { } match) return match;
        }
        return null;
    }

    /// <summary>Every parenthesized agency tag in the text (<c>(رويترز)</c>, <c>(أ.ف.ب)</c>), wherever it stands.</summary>
    public static ImmutableArray<TextSpan> FindAgencyTags(string text, ImmutableArray<Token> tokens)
    {
        var found = ImmutableArray.CreateBuilder<TextSpan>();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (Is(text, tokens[i], "(") && AgencyGroupEnd(text, tokens, i) is int close and > 0)
            {
                found.Add(new TextSpan(tokens[i].Start, tokens[close].End));
                i = close;
            }
        }
        return found.ToImmutable();
    }

    private static DatelineMatch? TryMatchAt(string text, ImmutableArray<Token> tokens, int first)
    {
        int k = first;
        while (k < tokens.Length && k - first < MaxPlaceWords && tokens[k].Kind == TokenKind.Word && SameLine(text, tokens, first, k)) k++;
        if (k == first) return null;
        var place = new TextSpan(tokens[first].Start, tokens[k - 1].End);
        // Up to two groups after the place: a region "( الولايات المتحدة )" and the agency; an optional date between.
        for (int group = 0; group < 2 && k < tokens.Length && SameLine(text, tokens, first, k); group++)
        {
            k = SkipDate(text, tokens, k);
            if (k >= tokens.Length || !Is(text, tokens[k], "(")) return null;
            int close = GroupEnd(text, tokens, k);
            if (close < 0 || !SameLine(text, tokens, first, close)) return null;
            bool known = AgencyGroupEnd(text, tokens, k) == close;
            int after = close + 1;
            bool dash = after < tokens.Length && IsDashOrColon(text, tokens[after]) && SameLine(text, tokens, first, after);
            if (known || dash)
            {
                int last = dash ? after : close;
                return new DatelineMatch(new TextSpan(tokens[first].Start, tokens[last].End), first..(last + 1), place,
                    new TextSpan(tokens[k].Start, tokens[close].End));
            }
            k = close + 1;
        }
        return null;
    }

    /// <summary>Skips <c>15 - 7</c>, <c>15/7</c> or a lone day number.</summary>
    private static int SkipDate(string text, ImmutableArray<Token> tokens, int k)
    {
        if (k >= tokens.Length || tokens[k].Kind != TokenKind.Number) return k;
        if (k + 2 < tokens.Length && (IsDash(text, tokens[k + 1]) || Is(text, tokens[k + 1], "/")) && tokens[k + 2].Kind == TokenKind.Number)
        {
            return k + 3;
        }
        return k + 1;
    }

    /// <summary>The index of the <c>)</c> closing the group opened at <paramref name="open"/>, if it holds only words and dots; else -1.</summary>
    private static int GroupEnd(string text, ImmutableArray<Token> tokens, int open)
    {
        for (int j = open + 1; j < tokens.Length && j - open <= MaxAgencyTokens + 1; j++)
        {
            if (Is(text, tokens[j], ")")) return j > open + 1 ? j : -1;
            if (tokens[j].Kind != TokenKind.Word && tokens[j].Kind != TokenKind.Latin && !Is(text, tokens[j], ".")) return -1;
        }
        return -1;
    }

    /// <summary>Like <see cref="GroupEnd"/>, but only when the group's words are a known agency; else -1.</summary>
    private static int AgencyGroupEnd(string text, ImmutableArray<Token> tokens, int open)
    {
        int close = GroupEnd(text, tokens, open);
        if (close < 0) return -1;
        Span<char> key = stackalloc char[64];
        int length = 0;
        for (int j = open + 1; j < close; j++)
        {
            if (tokens[j].Kind == TokenKind.Punctuation) continue;
            var surface = text.AsSpan(tokens[j].Start, tokens[j].Span.Length);
            if (length > 0)
            {
                if (length >= key.Length) return -1;
                key[length++] = ' ';
            }
            if (!ArabicNormalizer.TryNormalizeKey(surface, key[length..], out int written)) return -1;
            length += written;
        }
        var lookup = Agencies.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(key[..length]) ? close : -1;
    }

    private static bool SameLine(string text, ImmutableArray<Token> tokens, int first, int k) =>
        k == first || !HasLineBreak(text, tokens[first].Start, tokens[k].Start);

    internal static bool HasLineBreak(string text, int start, int end) =>
        text.AsSpan(start, end - start).IndexOfAny('\n', '\r', '\u2029') >= 0;

    internal static bool IsDash(string text, Token token) =>
        token.Span.Length == 1 && text[token.Start] is '-' or '\u2013' or '\u2014';

    private static bool IsDashOrColon(string text, Token token) => IsDash(text, token) || Is(text, token, ":");

    private static bool Is(string text, Token token, string surface) => text.AsSpan(token.Start, token.Span.Length).SequenceEqual(surface);
}
