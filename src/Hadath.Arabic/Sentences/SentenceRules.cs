using System.Collections.Frozen;
using System.Collections.Immutable;
using Hadath.Arabic.Normalization;
using Hadath.Core;

namespace Hadath.Arabic.Sentences;

/// <summary>The token-level facts the sentence splitter decides on: terminals, closers, abbreviation dots, line breaks.</summary>
internal static class SentenceRules
{
    private const char FullStop = '.';
    private const char QuestionMark = '?';
    private const char ArabicQuestionMark = '\u061F';
    private const char ExclamationMark = '!';
    private const char HorizontalEllipsis = '\u2026';
    private const char ArabicFullStop = '\u06D4';
    private const char QuotationMark = '"';
    private const char ArabicLetterMeem = '\u0645';
    private const char ArabicLetterHeh = '\u0647';

    /// <summary>Latin abbreviations whose dot rarely ends a sentence (compared case-sensitively).</summary>
    private static readonly FrozenSet<string> LatinAbbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Capt", "Sgt", "Gov", "Sen", "Rep",
        "vs", "No", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LatinAbbreviationLookup =
        LatinAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><c>.</c> <c>?</c> <c>؟</c> <c>!</c> <c>…</c> <c>۔</c> or a run of dots.</summary>
    public static bool IsTerminal(string text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation) return false;
        var s = text.AsSpan(token.Start, token.Span.Length);
        if (s.Length > 1) return !s.ContainsAnyExcept(FullStop);
        return s[0] is FullStop or QuestionMark or ArabicQuestionMark or ExclamationMark or HorizontalEllipsis or ArabicFullStop;
    }

    /// <summary><c>…</c> or a run of dots.</summary>
    public static bool IsEllipsis(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && (token.Span.Length > 1 || text[token.Start] == HorizontalEllipsis);

    /// <summary>+1 for «, -1 for », else 0.</summary>
    public static int GuillemetDelta(string text, Token token) =>
        token.Span.Length != 1 ? 0 : text[token.Start] switch { '«' => 1, '»' => -1, _ => 0 };

    /// <summary>A closing quote or bracket that belongs to the sentence it follows; <c>"</c> only when it closes an open one.</summary>
    public static bool IsCloser(string text, Token token, bool quoteOpen)
    {
        if (token.Kind != TokenKind.Punctuation || token.Span.Length != 1) return false;
        char c = text[token.Start];
        return c is '»' or '\u201D' or '\u2019' or ')' or ']' or '}' or '\u203A' || (c == QuotationMark && quoteOpen);
    }

    public static bool IsStraightQuote(string text, Token token) => token.Span.Length == 1 && text[token.Start] == QuotationMark;

    /// <summary>
    /// The dot at <paramref name="i"/> closes an abbreviation: a single Arabic letter (<c>د. محمد</c>, <c>أ.</c>),
    /// except م/ه after a number, which mark the calendar (<c>2015 م.</c>) and end sentences; a single Latin
    /// capital (an initial) or a listed Latin abbreviation (<c>Dr.</c>).
    /// </summary>
    public static bool IsAbbreviationDot(string text, ImmutableArray<Token> tokens, int i)
    {
        var dot = tokens[i];
        if (i == 0 || dot.Span.Length != 1 || text[dot.Start] != FullStop) return false;
        var prev = tokens[i - 1];
        var word = text.AsSpan(prev.Start, prev.Span.Length);
        // Pre-tokenized text (PADT) spaces the dot off: "د . عاطف". A lone Arabic letter never ends a sentence
        // otherwise (the one-letter words و ب ل ك ف are proclitics), so a space is allowed there, not for Latin.
        if (prev.End != dot.Start && (prev.Kind != TokenKind.Word || !IsSpacesOnly(text, prev.End, dot.Start))) return false;
        if (prev.Kind == TokenKind.Word)
        {
            int letters = 0;
            char letter = '\0';
            foreach (char c in word)
            {
                if (ArabicCharClasses.Of(c) == CharClass.ArabicLetter)
                {
                    letters++;
                    letter = c;
                }
            }
            if (letters != 1) return false;
            bool calendarMark = letter is ArabicLetterMeem or ArabicLetterHeh && i >= 2 && tokens[i - 2].Kind == TokenKind.Number;
            return !calendarMark;
        }
        if (prev.Kind == TokenKind.Latin)
        {
            return (word.Length == 1 && char.IsUpper(word[0])) || LatinAbbreviationLookup.Contains(word);
        }
        return false;
    }

    /// <summary>
    /// A dot that is part of a spaced ellipsis: more dots follow (<c>الخ . . .</c>, only the last may end the
    /// sentence), or the dots stand alone in brackets as an elision (<c>( . . . )</c>).
    /// </summary>
    public static bool IsInsideDotRun(string text, ImmutableArray<Token> tokens, int i)
    {
        if (i + 1 < tokens.Length && IsDot(text, tokens[i + 1]) && IsSpacesOnly(text, tokens[i].End, tokens[i + 1].Start)) return true;
        int before = i - 1, after = i + 1;
        while (before >= 0 && IsDot(text, tokens[before])) before--;
        while (after < tokens.Length && IsDot(text, tokens[after])) after++;
        return before >= 0 && after < tokens.Length
            && text[tokens[before].Start] is '(' or '[' && tokens[before].Span.Length == 1
            && text[tokens[after].Start] is ')' or ']' && tokens[after].Span.Length == 1;
    }

    private static bool IsDot(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && !text.AsSpan(token.Start, token.Span.Length).ContainsAnyExcept(FullStop);

    private static bool IsSpacesOnly(string text, int start, int end) => !text.AsSpan(start, end - start).ContainsAnyExcept(' ', '\u00A0');

    /// <summary>The dot after a short number that opens the sentence is a list enumerator (<c>1. قدرات الشحن</c>).</summary>
    public static bool IsEnumeratorDot(string text, ImmutableArray<Token> tokens, int i, int sentenceStart)
    {
        if (i != sentenceStart + 1 || text[tokens[i].Start] != FullStop || tokens[i].Span.Length != 1) return false;
        var number = tokens[sentenceStart];
        return number.Kind == TokenKind.Number && number.Span.Length <= 2 && number.End == tokens[i].Start;
    }

    /// <summary>How many line breaks lie in <c>[start, end)</c> (CR LF counts once).</summary>
    public static int CountLineBreaks(string text, int start, int end)
    {
        int count = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') count++;
            else if (c == '\r' && (i + 1 >= end || text[i + 1] != '\n')) count++;
        }
        return count;
    }

    /// <summary>A line ending in one of these continues on the next line (a comma or semicolon never ends a sentence).</summary>
    public static bool IsContinuation(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Span.Length == 1 && text[token.Start] is ',' or '\u060C' or ';' or '\u061B';
}
