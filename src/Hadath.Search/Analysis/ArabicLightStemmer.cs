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
        var bare = StripPrefix(word.AsSpan());
        return bare.Length == word.Length ? word : bare.ToString();
    }

    /// <summary>The word without its proclitic, as a slice of it (no copy).</summary>
    public static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> word)
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
        var stem = StripSuffix(word.AsSpan());
        return stem.Length == word.Length ? word : stem.ToString();
    }

    /// <summary>The word without its longest light suffix, as a slice of it (no copy).</summary>
    public static ReadOnlySpan<char> StripSuffix(ReadOnlySpan<char> word)
    {
        var best = word;
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

    /// <summary>
    /// Whether any form of the folded word (as <see cref="Forms"/> lists them) satisfies <paramref name="test"/>;
    /// allocation-free, for scanning whole stories.
    /// </summary>
    public static bool AnyForm(ReadOnlySpan<char> folded, Func<ReadOnlySpan<char>, bool> test)
    {
        if (test(folded)) return true;
        if (!IsArabicWord(folded)) return false;
        var bare = StripPrefix(folded);
        return (bare.Length != folded.Length && test(bare)) || test(StripSuffix(folded)) || test(StripSuffix(bare));
    }

    private static void Add(List<string> forms, string form)
    {
        if (!forms.Contains(form)) forms.Add(form);
    }

    private static bool IsArabicWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is < '\u0621' or > '\u064A') return false;
        }
        return word.Length > 0;
    }
}
