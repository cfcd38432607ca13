using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Times;

/// <summary>
/// Days named by ordinals (the blind <c>cn3-</c> stories): التاسع من فبراير 2018, الحادي والعشرين من ايار. An
/// ordinal after اليوم (اليوم الاول, اليوم التالي) names a day of what is told, not the story's day.
/// </summary>
public sealed partial class TimeRecognizer
{
    /// <summary>Masculine ordinals with the article (a day, يوم, is masculine): الاول … العاشر, and الحادي for the teens and tens.</summary>
    private static readonly Dictionary<string, int> OrdinalUnits = new[]
        {
            ("الأول", 1), ("الحادي", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5), ("السادس", 6),
            ("السابع", 7), ("الثامن", 8), ("التاسع", 9), ("العاشر", 10), ("العشرين", 20), ("الثلاثين", 30),
        }
        .ToDictionary(p => MatchKey.Of(p.Item1), p => p.Item2, StringComparer.Ordinal);

    /// <summary>What follows a unit ordinal to make a teen or a later ten (الحادي عشر, الثاني والعشرين, الاول والثلاثين).</summary>
    private static readonly Dictionary<string, int> OrdinalTens = new[] { ("عشر", 10), ("والعشرين", 20), ("والثلاثين", 30) }
        .ToDictionary(p => MatchKey.Of(p.Item1), p => p.Item2, StringComparer.Ordinal);

    /// <summary>Words after اليوم that make it a day of the story told, not the story's date (اليوم الاول, اليوم التالي, اليوم الاخير).</summary>
    private static readonly HashSet<string> DayOfTheTale = new[] { "التالي", "الأخير", "السابق", "الموالي" }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    private static readonly string Hadi = MatchKey.Of("الحادي");

    /// <summary>The day an ordinal from word <paramref name="i"/> names (1–31) and the index after it, or null.</summary>
    private static (int Day, int EndWord)? OrdinalAt(IReadOnlyList<Word> w, int i)
    {
        if (i >= w.Count || !w[i].IsLetters || !OrdinalUnits.TryGetValue(w[i].Key, out int day)) return null;
        int end = i + 1;
        if (day < 10 && end < w.Count && OrdinalTens.TryGetValue(w[end].Key, out int tens))
        {
            day += tens;
            end++;
        }
        else if (w[i].Key == Hadi)
        {
            return null;   // الحادي alone names no day
        }
        return day is >= 1 and <= 31 ? (day, end) : null;
    }

    /// <summary>True when the word may open an ordinal date: the recognizer asks it of every word.</summary>
    private static bool MayBeOrdinal(Word word) => word.IsLetters && MayBeOrdinalKey(word.Key);

    /// <summary><see cref="MayBeOrdinal"/> of a word of letters whose key is <paramref name="key"/>.</summary>
    private static bool MayBeOrdinalKey(string key)
    {
        // Most words of a story with the article pass the first tests: the third and last letters of the few ordinals
        // (a bit each, by their low six bits) turn nearly all of them away before the key is hashed.
        return key.Length >= 5 && key[0] == 'ا' && key.Length <= OrdinalLetters.MaxLength &&
               (OrdinalLetters.Third & (1UL << (key[2] & 63))) != 0 && (OrdinalLetters.Last & (1UL << (key[^1] & 63))) != 0 &&
               OrdinalUnits.ContainsKey(key);
    }

    /// <summary>The longest ordinal key and the third and last letters of the ordinal keys, a bit each.</summary>
    private static readonly (int MaxLength, ulong Third, ulong Last) OrdinalLetters = OrdinalUnits.Keys.Aggregate((MaxLength: 0, Third: 0UL, Last: 0UL),
        static (m, k) => (Math.Max(m.MaxLength, k.Length), m.Third | (1UL << (k[2] & 63)), m.Last | (1UL << (k[^1] & 63))));

    // التاسع من فبراير 2018, الخامس من حزيران/يونيو, الحادي والعشرين من ايار
    private Hit? OrdinalDate(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (w[i].Key == Fatih) return FirstOfMonth(text, w, i, anchor);
        if (OrdinalAt(w, i) is not { } ordinal || ordinal.EndWord + 1 >= w.Count || w[ordinal.EndWord].Key != "من") return null;
        // الاسبوع الاول من ايار, النصف الثاني من العام: after a definite noun other than a weekday the ordinal is its own.
        if (i > 0 && w[i - 1].IsLetters && w[i - 1].Key.StartsWith("ال", StringComparison.Ordinal) && Match(text, w, i - 1, TimeWordKind.Weekday) is null) return null;
        if (MonthAt(text, w, ordinal.EndWord + 1, anchor) is not { } month) return null;
        int? year = month.Year ?? (anchor is { } d ? YearOf(d, month, AfterSince(w, i)) : null);
        if (year is not { } y || !TimeResolver.IsValidDay(y, month.Month, ordinal.Day)) return null;
        return new Hit(new TextSpan(w[i].Start, w[month.EndWord - 1].End), TimeResolver.Day(new DateOnly(y, month.Month, ordinal.Day)), month.EndWord);
    }

    /// <summary>The Maghreb's فاتح (the first), before a month: its first day (ابتداء من فاتح دجنبر المقبل).</summary>
    private static readonly string Fatih = MatchKey.Of("فاتح");

    // فاتح دجنبر المقبل, فاتح يناير 2020, منذ فاتح ماي: a month after فاتح, with its year or direction, names its first day.
    private Hit? FirstOfMonth(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (i + 1 >= w.Count || MonthAt(text, w, i + 1, anchor) is not { } month) return null;
        int? year = month.Year ?? (anchor is { } d ? YearOf(d, month, AfterSince(w, i)) : null);
        if (year is not { } y) return null;
        return new Hit(new TextSpan(w[i].Start, w[month.EndWord - 1].End), TimeResolver.Day(new DateOnly(y, month.Month, 1)), month.EndWord);
    }

    /// <summary>True when the word at <paramref name="next"/>, after اليوم, is an ordinal or التالي: a day of the tale.</summary>
    private static bool IsDayOfTheTale(IReadOnlyList<Word> w, int next) =>
        next < w.Count && w[next].IsLetters && (DayOfTheTale.Contains(w[next].Key) || (OrdinalUnits.ContainsKey(w[next].Key) && w[next].Key != Twentieth && w[next].Key != Thirtieth));

    private static readonly string Twentieth = MatchKey.Of("العشرين"), Thirtieth = MatchKey.Of("الثلاثين");
}
