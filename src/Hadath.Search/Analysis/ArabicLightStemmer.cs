namespace Hadath.Search.Analysis;

/// <summary>
/// The forms a folded word is indexed and searched under: itself, without its clitic prefix, without a light
/// suffix, and without both. Matching any shared form lets وواشنطن find واشنطن and الوزارة find وزارة, while the
/// word itself always stays a form: a single-letter proclitic is ambiguous (وزير is not و+زير), so instead of
/// guessing, both readings are kept and the exact form scores higher.
/// </summary>
public static class ArabicLightStemmer
{
    /// <summary>Definite-article proclitics, longest first; the rest must keep at least two letters.</summary>
    private static readonly string[] ArticlePrefixes = ["وبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"];

    /// <summary>Single-letter proclitics (and, so, with, for, like); the rest must keep at least three letters.</summary>
    private static readonly string[] LetterPrefixes = ["و", "ف", "ب", "ل", "ك"];

    /// <summary>Light suffixes after folding (ة is already ه); the rest must keep at least three letters.</summary>
    private static readonly string[] Suffixes = ["ها", "هم", "هما", "كم", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    public static IReadOnlyList<string> Forms(string folded)
    {
        var forms = new List<string>(4) { folded };
        if (!IsArabicWord(folded)) return forms;
        var bare = StripPrefix(folded);
        Add(forms, bare);
        Add(forms, StripSuffix(folded));
        Add(forms, StripSuffix(bare));
        return forms;
    }

    public static string StripPrefix(string word)
    {
        foreach (var prefix in ArticlePrefixes)
        {
            if (word.Length - prefix.Length >= 2 && word.StartsWith(prefix, StringComparison.Ordinal)) return word[prefix.Length..];
        }
        foreach (var prefix in LetterPrefixes)
        {
            if (word.Length - prefix.Length >= 3 && word.StartsWith(prefix, StringComparison.Ordinal)) return word[prefix.Length..];
        }
        return word;
    }

    public static string StripSuffix(string word)
    {
        string best = word;
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal)
                && word.Length - suffix.Length < best.Length)
            {
                best = word[..^suffix.Length];
            }
        }
        return best;
    }

    private static void Add(List<string> forms, string form)
    {
        if (!forms.Contains(form)) forms.Add(form);
    }

    private static bool IsArabicWord(string word)
    {
        foreach (char c in word)
        {
            if (c is < '\u0621' or > '\u064A') return false;
        }
        return word.Length > 0;
    }
}
