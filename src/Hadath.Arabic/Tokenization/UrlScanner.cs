using System.Collections.Frozen;
using Hadath.Arabic.Normalization;

namespace Hadath.Arabic.Tokenization;

/// <summary>Recognizes URLs (<c>http(s)://…</c>, <c>www.…</c>, bare <c>host.tld/…</c>) and e-mail hosts in running text.</summary>
internal static class UrlScanner
{
    private static readonly FrozenSet<string> KnownTopLevelDomains = new[]
    {
        "com", "net", "org", "gov", "edu", "int", "mil", "info", "biz", "io", "tv", "fm", "me", "co", "uk", "fr", "de",
        "tn", "eg", "sa", "ae", "ma", "dz", "lb", "jo", "sy", "iq", "qa", "kw", "bh", "om", "ye", "ly", "sd", "ps", "tr",
        "ir", "us", "ru", "cn", "news", "online",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomainLookup =
        KnownTopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A URL with a scheme or <c>www.</c> starting at <paramref name="i"/>; 0 if there is none.</summary>
    public static int ScanSchemeUrl(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        int prefix = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (prefix == 0) return 0;
        int end = ScanUrlBody(text, i + prefix);
        return end > i + prefix ? end : 0;
    }

    /// <summary>A bare host with a known top-level domain (<c>bbc.co.uk/arabic</c>) at <paramref name="i"/>; 0 if there is none.</summary>
    public static int ScanBareDomain(ReadOnlySpan<char> text, int i)
    {
        int hostEnd = ScanHost(text, i, requireKnownTld: true);
        if (hostEnd == 0) return 0;
        return hostEnd < text.Length && text[hostEnd] == '/' ? Math.Max(hostEnd, ScanUrlBody(text, hostEnd)) : hostEnd;
    }

    /// <summary>
    /// Dot-separated labels of ASCII letters, digits and hyphens, at least two, ending in an alphabetic label of
    /// two or more letters (a known TLD when <paramref name="requireKnownTld"/>); returns its end, or 0.
    /// </summary>
    public static int ScanHost(ReadOnlySpan<char> text, int i, bool requireKnownTld)
    {
        int labels = 0, end = 0, j = i;
        while (true)
        {
            int labelStart = j;
            while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || (text[j] == '-' && j > labelStart))) j++;
            if (j == labelStart) break;
            labels++;
            if (labels >= 2 && IsTopLevelDomain(text[labelStart..j], requireKnownTld))
            {
                end = j;
            }
            if (j + 1 < text.Length && text[j] == '.' && char.IsAsciiLetterOrDigit(text[j + 1])) j++;
            else break;
        }
        // A host is followed by a separator, not by more of a word ("example.comment" is no host).
        if (end > 0 && end < text.Length && ArabicCharClasses.Of(text[end]) is CharClass.LatinLetter or CharClass.Digit) return 0;
        return end;
    }

    private static bool IsTopLevelDomain(ReadOnlySpan<char> label, bool requireKnown)
    {
        if (label.Length < 2) return false;
        foreach (char c in label)
        {
            if (!char.IsAsciiLetter(c)) return false;
        }
        return !requireKnown || TopLevelDomainLookup.Contains(label);
    }

    /// <summary>Runs to the next space or quote, then gives back trailing punctuation and an unbalanced closing bracket.</summary>
    private static int ScanUrlBody(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        int openParens = 0;
        while (j < text.Length)
        {
            char c = text[j];
            var cls = ArabicCharClasses.Of(c);
            if (cls is CharClass.Space or CharClass.Control) break;
            if (c is '<' or '>' or '"' or '«' or '»' or '\u201C' or '\u201D' or '\u060C' or '\u061B' or '\u061F') break;
            if (c == '(') openParens++;
            if (c == ')' && openParens == 0) break;
            if (c == ')') openParens--;
            j++;
        }
        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2026' || (j > i && ArabicCharClasses.Of(text[j - 1]) == CharClass.Invisible))
        {
            j--;
        }
        return j;
    }
}
