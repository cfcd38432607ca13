using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace Hadath.Arabic.Normalization;

/// <summary>One row of <c>CharMap.tsv</c>: under <see cref="Rule"/>, <see cref="Source"/> becomes <see cref="Target"/> ("" removes it).</summary>
public readonly record struct CharMapping(NormalizationOptions Rule, char Source, string Target);

/// <summary>
/// The normalization character map, read from the embedded <c>CharMap.tsv</c> once. Immutable; tables for a
/// set of <see cref="NormalizationOptions"/> are built from it by <see cref="BuildTable"/>.
/// </summary>
public sealed class ArabicCharMap
{
    private const string ResourceName = "Hadath.Arabic.Normalization.CharMap.tsv";

    private static readonly Lazy<ArabicCharMap> LazyEmbedded = new(LoadEmbedded);

    private static readonly FrozenDictionary<string, NormalizationOptions> RuleNames = new Dictionary<string, NormalizationOptions>
    {
        ["alef"] = NormalizationOptions.Alef,
        ["letter-variants"] = NormalizationOptions.LetterVariants,
        ["tatweel"] = NormalizationOptions.Tatweel,
        ["diacritics"] = NormalizationOptions.Diacritics,
        ["digits"] = NormalizationOptions.Digits,
        ["invisible"] = NormalizationOptions.Invisible,
        ["spaces"] = NormalizationOptions.Spaces,
        ["line-breaks"] = NormalizationOptions.LineBreaks,
        ["punctuation"] = NormalizationOptions.Punctuation,
        ["presentation-forms"] = NormalizationOptions.PresentationForms,
        ["alef-maksura"] = NormalizationOptions.AlefMaksura,
        ["ta-marbuta"] = NormalizationOptions.TaMarbuta,
        ["hamza-carriers"] = NormalizationOptions.HamzaCarriers,
    }.ToFrozenDictionary();

    private ArabicCharMap(IReadOnlyList<CharMapping> mappings) => Mappings = mappings;

    /// <summary>The map shipped in the assembly.</summary>
    public static ArabicCharMap Embedded => LazyEmbedded.Value;

    public IReadOnlyList<CharMapping> Mappings { get; }

    /// <summary>Every source character of the given rules (for character classes).</summary>
    public IEnumerable<char> Sources(NormalizationOptions rules) =>
        Mappings.Where(m => (m.Rule & rules) != 0).Select(m => m.Source);

    /// <summary>Parses the TSV format described in its header; errors name the line.</summary>
    public static ArabicCharMap Parse(TextReader reader, string origin)
    {
        var rows = new List<CharMapping>();
        var seen = new HashSet<char>();
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 3) throw Error(origin, lineNo, "expected rule, source and target columns");
            if (!RuleNames.TryGetValue(cols[0], out var rule)) throw Error(origin, lineNo, $"unknown rule '{cols[0]}'");
            var (first, last) = ParseRange(cols[1], origin, lineNo);
            var target = cols[2].Trim();
            for (int cp = first; cp <= last; cp++)
            {
                if (!seen.Add((char)cp)) throw Error(origin, lineNo, $"U+{cp:X4} is mapped twice");
                rows.Add(new CharMapping(rule, (char)cp, TargetFor(target, cp - first, last - first + 1, origin, lineNo)));
            }
        }
        return new ArabicCharMap(rows);
    }

    /// <summary>
    /// The lookup table for <paramref name="options"/>. Targets are folded once more through the table, so a
    /// presentation form lands on the same letters as its base (ﺃ → أ → ا under <see cref="NormalizationOptions.Alef"/>).
    /// </summary>
    public CharTable BuildTable(NormalizationOptions options)
    {
        var direct = new Dictionary<char, string>();
        foreach (var m in Mappings)
        {
            if ((m.Rule & options) != 0) direct[m.Source] = m.Target;
        }
        var table = new CharTable();
        foreach (var (source, target) in direct)
        {
            var folded = string.Concat(target.Select(c => direct.TryGetValue(c, out var t) ? t : c.ToString()));
            table.Set(source, folded);
        }
        return table;
    }

    private static string TargetFor(string target, int index, int count, string origin, int lineNo)
    {
        if (target.Length == 0) return "";
        if (target.Contains(".."))
        {
            var (first, last) = ParseRange(target, origin, lineNo);
            if (last - first + 1 != count) throw Error(origin, lineNo, "source and target ranges differ in length");
            return ((char)(first + index)).ToString();
        }
        return string.Concat(target.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(hex => ((char)ParseCodePoint(hex, origin, lineNo)).ToString()));
    }

    private static (int First, int Last) ParseRange(string text, string origin, int lineNo)
    {
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            int cp = ParseCodePoint(text, origin, lineNo);
            return (cp, cp);
        }
        int first = ParseCodePoint(text[..dots], origin, lineNo), last = ParseCodePoint(text[(dots + 2)..], origin, lineNo);
        if (last < first) throw Error(origin, lineNo, $"empty range {text}");
        return (first, last);
    }

    private static int ParseCodePoint(string hex, string origin, int lineNo)
    {
        if (!int.TryParse(hex.Trim(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int cp) || cp > 0xFFFF)
        {
            throw Error(origin, lineNo, $"'{hex}' is not a BMP code point in hex");
        }
        return cp;
    }

    private static FormatException Error(string origin, int lineNo, string message) => new($"{origin}:{lineNo}: {message}");

    private static ArabicCharMap LoadEmbedded()
    {
        using var stream = typeof(ArabicCharMap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(ArabicCharMap).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader, "CharMap.tsv");
    }
}

/// <summary>A char → replacement lookup in 256-char pages (untouched pages stay null); null means "keep".</summary>
public sealed class CharTable
{
    private readonly string?[]?[] _pages = new string?[]?[256];
    private readonly List<char> _keys = new();

    /// <summary>The most characters one source character expands to.</summary>
    public int MaxExpansion { get; private set; } = 1;

    /// <summary>Every character the table changes.</summary>
    public IReadOnlyList<char> Keys => _keys;

    public string? this[char c]
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => _pages[c >> 8]?[c & 0xFF];
    }

    internal void Set(char source, string target)
    {
        var page = _pages[source >> 8] ??= new string?[256];
        page[source & 0xFF] = target;
        _keys.Add(source);
        MaxExpansion = Math.Max(MaxExpansion, target.Length);
    }
}
