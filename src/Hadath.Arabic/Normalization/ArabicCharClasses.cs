using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Hadath.Arabic.Normalization;

/// <summary>What a character is to the tokenizer.</summary>
public enum CharClass : byte
{
    /// <summary>Punctuation and symbols.</summary>
    Other,
    Space,
    /// <summary>C0/C1 controls other than white space: separators, never tokens.</summary>
    Control,
    ArabicLetter,
    LatinLetter,
    OtherLetter,
    /// <summary>Any decimal digit: ASCII, Arabic-Indic, extended Arabic-Indic and the rest of Unicode's Nd.</summary>
    Digit,
    /// <summary>Harakat, Quranic marks and every other combining mark.</summary>
    Mark,
    Tatweel,
    /// <summary>Bidi controls, zero-width characters and other format characters.</summary>
    Invisible,
    HighSurrogate,
    LowSurrogate,
}

/// <summary>
/// Character classes shared by the normalizer's rules and the tokenizer: the diacritics, invisible characters,
/// spaces and digits are the very sets <c>CharMap.tsv</c> lists, so the two never disagree.
/// </summary>
public static class ArabicCharClasses
{
    public const char Tatweel = '\u0640';
    public const char ZeroWidthNonJoiner = '\u200C';
    public const char ZeroWidthJoiner = '\u200D';

    private static readonly CharClass[] Table = BuildTable();

    /// <summary>Harakat, superscript alef and Quranic marks (the <c>diacritics</c> rule).</summary>
    public static readonly SearchValues<char> Diacritics =
        SearchValues.Create(ArabicCharMap.Embedded.Sources(NormalizationOptions.Diacritics).ToArray());

    /// <summary>Bidi and zero-width characters (the <c>invisible</c> rule).</summary>
    public static readonly SearchValues<char> Invisible =
        SearchValues.Create(ArabicCharMap.Embedded.Sources(NormalizationOptions.Invisible).ToArray());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => Table[c];

    public static bool IsArabicScript(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u0870' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE');

    private static bool IsLatinScript(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF')
            or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A');

    private static CharClass[] BuildTable()
    {
        var map = ArabicCharMap.Embedded;
        var table = new CharClass[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            table[i] = Classify((char)i);
        }
        // The map's own lists win over Unicode categories (U+06DD END OF AYAH is Cf but sits among the Quranic marks).
        foreach (char c in map.Sources(NormalizationOptions.Diacritics)) table[c] = CharClass.Mark;
        foreach (char c in map.Sources(NormalizationOptions.Invisible)) table[c] = CharClass.Invisible;
        foreach (char c in map.Sources(NormalizationOptions.Spaces)) table[c] = CharClass.Space;
        foreach (char c in map.Sources(NormalizationOptions.Digits)) table[c] = CharClass.Digit;
        table[Tatweel] = CharClass.Tatweel;
        return table;
    }

    private static CharClass Classify(char c)
    {
        if (char.IsHighSurrogate(c)) return CharClass.HighSurrogate;
        if (char.IsLowSurrogate(c)) return CharClass.LowSurrogate;
        if (char.IsWhiteSpace(c)) return CharClass.Space;
        var category = char.GetUnicodeCategory(c);
        switch (category)
        {
            case UnicodeCategory.Control:
                return CharClass.Control;
            case UnicodeCategory.Format:
                return CharClass.Invisible;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return CharClass.Mark;
            case UnicodeCategory.DecimalDigitNumber:
                return CharClass.Digit;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                return IsArabicScript(c) ? CharClass.ArabicLetter : IsLatinScript(c) ? CharClass.LatinLetter : CharClass.OtherLetter;
            default:
                return CharClass.Other;
        }
    }
}
