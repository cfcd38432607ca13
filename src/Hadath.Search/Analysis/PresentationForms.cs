namespace Hadath.Search.Analysis;

/// <summary>
/// Arabic Presentation Forms-B (U+FE70–U+FEFC) back to base letters. The runtime runs with invariant
/// globalization, where NFKC leaves these untouched, so the mapping is spelled out: FE80 onwards is a run of
/// letters, each with its isolated/final(/initial/medial) shapes; FEF5–FEFC are lam-alef ligatures.
/// </summary>
internal static class PresentationForms
{
    private static readonly (int Shapes, string Letters)[] Runs =
    [
        (1, "ء"), (2, "آ"), (2, "أ"), (2, "ؤ"), (2, "إ"), (4, "ئ"), (2, "ا"), (4, "ب"), (2, "ة"), (4, "ت"), (4, "ث"),
        (4, "ج"), (4, "ح"), (4, "خ"), (2, "د"), (2, "ذ"), (2, "ر"), (2, "ز"), (4, "س"), (4, "ش"), (4, "ص"), (4, "ض"),
        (4, "ط"), (4, "ظ"), (4, "ع"), (4, "غ"), (4, "ف"), (4, "ق"), (4, "ك"), (4, "ل"), (4, "م"), (4, "ن"), (4, "ه"),
        (2, "و"), (2, "ى"), (4, "ي"), (2, "لآ"), (2, "لأ"), (2, "لإ"), (2, "لا"),
    ];

    private static readonly string?[] Table = Build();

    private static string?[] Build()
    {
        var table = new string?[0xFEFD - 0xFE70];
        int code = 0xFE80;
        foreach (var (shapes, letters) in Runs)
        {
            for (int i = 0; i < shapes; i++) table[code++ - 0xFE70] = letters;
        }
        // FE70–FE7F are harakat shapes: empty, so folding drops them like the harakat themselves.
        for (int c = 0xFE70; c < 0xFE80; c++) table[c - 0xFE70] = "";
        return table;
    }

    /// <summary>The base letters of <paramref name="c"/>, or null when it is not a mapped presentation form.</summary>
    public static string? BaseOf(char c) => c is >= '\uFE70' and <= '\uFEFC' ? Table[c - 0xFE70] : null;
}
