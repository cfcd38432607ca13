using System.Globalization;
using System.Text;
using Hadath.Arabic.Normalization;
using Hadath.Core;

namespace Hadath.Arabic.Tokenization;

/// <summary>
/// The hand-written scanner behind <see cref="TokenizerStage"/>: walks the ORIGINAL text once and yields
/// (span, kind) pairs without allocating. Conventions (PADT's where it has one):
/// <list type="bullet">
/// <item>An Arabic word keeps its harakat, tatweel and inner zero-width/bidi marks; marks at its edges that are invisible are left out.</item>
/// <item>A number keeps its decimal point (<c>3.5</c>, <c>٣٫٥</c>, PADT's <c>7،1</c>) and thousands groups (<c>1,234</c>); <c>%</c> is its own token
/// (PADT: <c>90 %</c>) and so is a dash between numbers (PADT's datelines read <c>15 - 7</c>).</item>
/// <item>Punctuation is one character per token, except a run of dots (<c>..</c>, <c>...</c>), which is one.</item>
/// <item>URLs, e-mails, #hashtags, @mentions and Latin initials (<c>U.S.</c>) are single tokens.</item>
/// </list>
/// </summary>
public ref struct TokenScanner
{
    private const char FullStop = '.';
    private const char Comma = ',';
    private const char ArabicComma = '\u060C';
    private const char ArabicDecimalSeparator = '\u066B';
    private const char ArabicThousandsSeparator = '\u066C';
    private const char HorizontalEllipsis = '\u2026';
    private const char NumberSign = '#';
    private const char CommercialAt = '@';
    private const char LowLine = '_';
    private const char Apostrophe = '\'';
    private const char RightSingleQuotationMark = '\u2019';

    private readonly ReadOnlySpan<char> _text;
    private int _pos;

    public TokenScanner(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
    }

    public bool MoveNext(out TextSpan span, out TokenKind kind)
    {
        var text = _text;
        int i = _pos;
        while (i < text.Length && ArabicCharClasses.Of(text[i]) is CharClass.Space or CharClass.Control or CharClass.Invisible)
        {
            i++;
        }
        if (i >= text.Length)
        {
            _pos = i;
            span = default;
            kind = default;
            return false;
        }
        int start = i;
        int end;
        char c = text[i];
        switch (ArabicCharClasses.Of(c))
        {
            case CharClass.ArabicLetter or CharClass.Tatweel:
                end = ScanArabicWord(text, i, out bool hasLetter);
                kind = hasLetter ? TokenKind.Word : TokenKind.Symbol;
                break;
            case CharClass.LatinLetter:
                end = ScanLatin(text, i, out kind);
                break;
            case CharClass.OtherLetter:
                end = ScanWhile(text, i + 1, static cls => cls is CharClass.OtherLetter or CharClass.Mark);
                kind = TokenKind.Word;
                break;
            case CharClass.Digit:
                end = ScanEmail(text, i);
                kind = TokenKind.Email;
                if (end == 0)
                {
                    end = ScanNumber(text, i);
                    kind = TokenKind.Number;
                }
                break;
            case CharClass.Mark:
                end = ScanWhile(text, i + 1, static cls => cls is CharClass.Mark);
                kind = TokenKind.Symbol;
                break;
            case CharClass.HighSurrogate when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                end = ScanWhile(text, i + 2, static cls => cls is CharClass.Mark);
                kind = IsLetter(Rune.GetUnicodeCategory(new Rune(c, text[i + 1]))) ? TokenKind.Word : TokenKind.Symbol;
                break;
            default:
                end = ScanOther(text, i, out kind);
                break;
        }
        _pos = end;
        span = new TextSpan(start, end);
        return true;
    }

    private static int ScanArabicWord(ReadOnlySpan<char> text, int i, out bool hasLetter)
    {
        hasLetter = false;
        while (i < text.Length)
        {
            var cls = ArabicCharClasses.Of(text[i]);
            if (cls == CharClass.ArabicLetter)
            {
                hasLetter = true;
                i++;
            }
            else if (cls is CharClass.Mark or CharClass.Tatweel)
            {
                i++;
            }
            else if (cls == CharClass.Invisible)
            {
                // Zero-width and bidi marks stay inside a word only when more of the word follows.
                int j = i + 1;
                while (j < text.Length && ArabicCharClasses.Of(text[j]) == CharClass.Invisible) j++;
                if (j < text.Length && ArabicCharClasses.Of(text[j]) is CharClass.ArabicLetter or CharClass.Mark or CharClass.Tatweel) i = j;
                else break;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static int ScanLatin(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        int end = UrlScanner.ScanSchemeUrl(text, i);
        if (end > 0)
        {
            kind = TokenKind.Url;
            return end;
        }
        end = ScanEmail(text, i);
        if (end > 0)
        {
            kind = TokenKind.Email;
            return end;
        }
        end = ScanInitials(text, i);
        if (end > 0)
        {
            kind = TokenKind.Latin;
            return end;
        }
        end = UrlScanner.ScanBareDomain(text, i);
        if (end > 0)
        {
            kind = TokenKind.Url;
            return end;
        }
        kind = TokenKind.Latin;
        while (i < text.Length)
        {
            var cls = ArabicCharClasses.Of(text[i]);
            if (cls is CharClass.LatinLetter or CharClass.Digit or CharClass.Mark)
            {
                i++;
            }
            else if ((text[i] is Apostrophe or RightSingleQuotationMark) && i + 1 < text.Length
                && ArabicCharClasses.Of(text[i + 1]) == CharClass.LatinLetter)
            {
                i++; // L'émission, don't
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>Single Latin letters joined by dots, at least two (<c>U.S.</c>, <c>e.g.</c>), the last dot included; 0 if none.</summary>
    private static int ScanInitials(ReadOnlySpan<char> text, int i)
    {
        int letters = 0;
        while (i < text.Length && IsLatin(text, i) && !IsLatin(text, i + 1))
        {
            letters++;
            i++;
            if (i >= text.Length || text[i] != FullStop) break;
            i++;
            if (!IsLatin(text, i)) break;
        }
        return letters >= 2 ? i : 0;
    }

    private static bool IsLatin(ReadOnlySpan<char> text, int i) =>
        i < text.Length && ArabicCharClasses.Of(text[i]) == CharClass.LatinLetter;

    /// <summary>An e-mail address starting at <paramref name="i"/>; 0 if there is none.</summary>
    private static int ScanEmail(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        while (j < text.Length && j - i < 64 && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or '_' or '%' or '+' or '-')) j++;
        if (j == i || j >= text.Length || text[j] != CommercialAt) return 0;
        return UrlScanner.ScanHost(text, j + 1, requireKnownTld: false);
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i)
    {
        i = ScanDigits(text, i);
        while (i + 1 < text.Length && ArabicCharClasses.Of(text[i + 1]) == CharClass.Digit)
        {
            char separator = text[i];
            // PADT (AFP) writes decimals and clock times with the Arabic comma between digits: 7،1 and 10،30.
            if (separator is FullStop or ArabicDecimalSeparator or ArabicComma)
            {
                i = ScanDigits(text, i + 1);
            }
            else if (separator is Comma or ArabicThousandsSeparator)
            {
                // A thousands group has exactly three digits; "1,2" is a list, not a number.
                int groupEnd = ScanDigits(text, i + 1);
                if (groupEnd - i - 1 != 3) break;
                i = groupEnd;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static int ScanDigits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && ArabicCharClasses.Of(text[i]) == CharClass.Digit) i++;
        return i;
    }

    private static int ScanOther(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        char c = text[i];
        if (c == NumberSign && i + 1 < text.Length && IsHashtagChar(text[i + 1]))
        {
            kind = TokenKind.Hashtag;
            int j = i + 1;
            while (j < text.Length && (IsHashtagChar(text[j]) || ArabicCharClasses.Of(text[j]) is CharClass.Mark or CharClass.Tatweel)) j++;
            return j;
        }
        if (c == CommercialAt && i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == LowLine))
        {
            kind = TokenKind.Mention;
            int j = i + 1;
            while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == LowLine)) j++;
            return j;
        }
        if (c == FullStop)
        {
            kind = TokenKind.Punctuation;
            int j = i + 1;
            while (j < text.Length && text[j] == FullStop) j++;
            return j;
        }
        kind = c == HorizontalEllipsis || IsPunctuation(char.GetUnicodeCategory(c)) ? TokenKind.Punctuation : TokenKind.Symbol;
        return i + 1;
    }

    private static bool IsHashtagChar(char c) =>
        c == LowLine || ArabicCharClasses.Of(c) is CharClass.ArabicLetter or CharClass.LatinLetter or CharClass.OtherLetter or CharClass.Digit;

    private static int ScanWhile(ReadOnlySpan<char> text, int i, Func<CharClass, bool> accept)
    {
        while (i < text.Length && accept(ArabicCharClasses.Of(text[i]))) i++;
        return i;
    }

    private static bool IsPunctuation(UnicodeCategory category) => category is UnicodeCategory.ConnectorPunctuation
        or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;
}
