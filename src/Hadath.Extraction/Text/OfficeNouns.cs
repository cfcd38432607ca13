namespace Hadath.Extraction.Text;

/// <summary>
/// Office nouns that are no actor roles of their own (ممثل المفوضية, مدير المنظمة, منسق اللجنة, عضو مجلس المحافظة): a
/// person named right after the body holds the office in it.
/// </summary>
internal static class OfficeNouns
{
    private static readonly HashSet<string> Nouns = MatchKey.SetOf("ممثل", "ممثلة", "ممثلي", "مدير", "مديرة", "منسق", "منسقة", "المفوض", "مفوض", "المفوضة", "امين", "الامين", "قائد",
        "مندوب", "المندوب", "عضو", "رئيس", "رئيسة", "نائب", "المتحدث", "الناطق", "سفير", "سفيرة",
        // كبير مفاوضي الحوثيين محمد عبد السلام: the chief of a side's negotiators
        "مفاوضي");

    /// <summary>Whether <paramref name="key"/> is an office noun as listed.</summary>
    public static bool Contains(string key) => Nouns.Contains(key);

    /// <summary>An office noun, also with an article its list does not hold (الممثل beside ممثل).</summary>
    public static bool ContainsWithOrWithoutArticle(string key) => Nouns.ContainsWithOrWithoutArticle(key);
}
