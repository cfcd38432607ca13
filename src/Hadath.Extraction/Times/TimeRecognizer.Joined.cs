using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Times;

/// <summary>
/// Times made of two parts (the blind <c>cn2-</c> stories): ranges of whole dates, months and years, a weekday with
/// its date or with the next day (the night between), and months read after منذ.
/// </summary>
public sealed partial class TimeRecognizer
{
    /// <summary>Whether word <paramref name="k"/> joins the two ends of a range: الى/حتى (to) or و (and, after بين).</summary>
    private bool IsRangeJoin(string text, IReadOnlyList<Word> w, int k) => Match(text, w, k, TimeWordKind.RangeTo) is not null || w[k].Key == "و";

    // من 28 ايار الى 3 حزيران, بين 30 كانون الاول 2016 و2 كانون الثاني 2017: two whole dates.
    private Hit? RangeOfDates(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (Match(text, w, i, TimeWordKind.RangeFrom) is not { } from || i + 1 >= w.Count || !IsDay(w[i + 1])) return null;
        if (DayAndMonth(text, w, i + 1, anchor) is not { } first || first.EndWord + 1 >= w.Count) return null;
        int and = first.EndWord;
        if (!IsRangeJoin(text, w, and)) return null;
        if (!IsDay(w[and + 1]) || DayAndMonth(text, w, and + 1, anchor) is not { } last) return null;
        var a = DateOnly.ParseExact(first.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var b = DateOnly.ParseExact(last.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // من 28 كانون الاول الى 3 كانون الثاني 2017: a first date that would fall after the last is in the year before.
        if (a >= b && a.AddYears(-1) < b) a = a.AddYears(-1);
        if (a >= b) return null;
        return new Hit(new TextSpan(from.Start, last.Span.End), $"{TimeResolver.Day(a)}/{TimeResolver.Day(b)}", last.EndWord);
    }

    // قمة في 17 و18 اذار/مارس: two days in a row of one month joined by و are one two-day interval.
    private Hit? DayPair(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        // Only the next day: في 9 و30 نيسان names two days, not the weeks between.
        if (i + 3 >= w.Count || !IsDay(w[i]) || w[i + 1].Key != "و" || !IsDay(w[i + 2]) || w[i].Value + 1 != w[i + 2].Value) return null;
        if (DayAndMonth(text, w, i + 2, anchor) is not { } last) return null;
        var b = DateOnly.ParseExact(last.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var a = new DateOnly(b.Year, b.Month, (int)w[i].Value);
        return new Hit(new TextSpan(w[i].Start, last.Span.End), $"{TimeResolver.Day(a)}/{TimeResolver.Day(b)}", last.EndWord);
    }

    // بين تشرين الاول/اكتوبر 2016 وتموز/يوليو 2017, من آذار الى ايار الماضي: two months.
    private Hit? RangeOfMonths(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (Match(text, w, i, TimeWordKind.RangeFrom) is not { } from || MonthAt(text, w, i + 1, anchor) is not { } first || first.EndWord >= w.Count) return null;
        int j = first.EndWord;
        if (IsRangeJoin(text, w, j)) j++;
        else if (w[j].Key.Length < 2 || w[j].Key[0] != 'و') return null;   // وتموز: the و glued to the month
        if (MonthAt(text, w, j, anchor) is not { } last || !(first.Strong || last.Strong)) return null;
        int? lastYear = last.Year ?? (anchor is { } d ? TimeResolver.YearOfMonth(d, last.Month, last.Direction) : null);
        if (lastYear is not { } y2) return null;
        // من تشرين الاول الى شباط 2017: a first month without a year is the last one before the second.
        int y1 = first.Year ?? (first.Month < last.Month ? y2 : y2 - 1);
        if (y1 * 12 + first.Month >= y2 * 12 + last.Month) return null;
        return new Hit(new TextSpan(from.Start, w[last.EndWord - 1].End), $"{TimeResolver.Month(y1, first.Month)}/{TimeResolver.Month(y2, last.Month)}", last.EndWord);
    }

    /// <summary>Words that name the years of a range before them (بين عامي 2011 و2014, من عام 2011 الى عام 2014).</summary>
    private static readonly HashSet<string> YearsWords = new[] { "عامي", "سنتي", "العامين", "عام", "سنة" }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    // بين عامي 2011 و2014, من عام 2011 الى عام 2014
    private Hit? RangeOfYears(string text, IReadOnlyList<Word> w, int i)
    {
        if (Match(text, w, i, TimeWordKind.RangeFrom) is not { } from || i + 4 >= w.Count || !YearsWords.Contains(w[i + 1].Key)) return null;
        var a = w[i + 2];
        if (!IsYear(a) || !IsRangeJoin(text, w, i + 3)) return null;
        int at = i + 4;
        if (at + 1 < w.Count && YearsWords.Contains(w[at].Key)) at++;
        var b = w[at];
        if (!IsYear(b) || b.Value <= a.Value) return null;
        return new Hit(new TextSpan(from.Start, b.End), $"{(int)a.Value}/{(int)b.Value}", at + 1);
    }

    private static readonly string Since = MatchKey.Of("منذ");

    /// <summary>True when منذ stands right before word <paramref name="i"/> (منذ 1 يناير, منذ تموز/يوليو), or before the month noun there (منذ شهر شباط).</summary>
    private static bool AfterSince(IReadOnlyList<Word> w, int i) =>
        i > 0 && (IsSince(w[i - 1].Key) || i > 1 && w[i - 1].Key == MonthNoun && IsSince(w[i - 2].Key));

    /// <summary>منذ, with the conjunction و or not (ومنذ شهر شباط).</summary>
    private static bool IsSince(string key) => key == Since || key.Length == Since.Length + 1 && key[0] == 'و' && key.AsSpan(1).SequenceEqual(Since);

    private static readonly string MonthNoun = MatchKey.Of("شهر");

    /// <summary>
    /// The year of a month named without one. After منذ it is the last such month on or before the story's (منذ 1
    /// يناير in a September story is this January, not the nearest, next one); otherwise as <see cref="TimeResolver.YearOfMonth"/>.
    /// </summary>
    private static int YearOf(DateOnly anchor, MonthHit month, bool since) =>
        since && month.Direction is null ? (month.Month <= anchor.Month ? anchor.Year : anchor.Year - 1)
            : TimeResolver.YearOfMonth(anchor, month.Month, month.Direction);

    /// <summary>Words that may stand between a weekday and the date or the next day it names (الاحد، 13 تموز; الاحد الموافق 13 تموز; ليل الاحد - الاثنين).</summary>
    private static readonly HashSet<string> WeekdayJoins = new[] { "،", ",", "الموافق", "-", "/", "الى" }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// الاحد 13 تموز, الخميس 10 ذي الحجة 1436: a weekday with the date it falls on is one expression, valued by the date
    /// (a Hijri date one day off its weekday takes the weekday's: months begun by sighting the moon differ from the
    /// Umm al-Qura tables by a day). ليل الثلاثاء الاربعاء: a weekday and the next are the night between, an interval.
    /// </summary>
    private Hit? WeekdayWithDate(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (Match(text, w, i, TimeWordKind.Weekday) is not { } day) return null;
        int next = day.EndWord;
        if (next < w.Count && WeekdayJoins.Contains(w[next].Key)) next++;
        if (next >= w.Count) return null;
        var weekday = (DayOfWeek)day.Phrase.IntValue;
        if (anchor is { } d && Match(text, w, next, TimeWordKind.Weekday, allowClitic: false) is { } second && w[next - 1].Key is not ("،" or ","))
        {
            // The night between two days names them side by side; من السبت الى الاثنين may span more.
            int days = ((int)second.Phrase.IntValue - (int)weekday + 7) % 7;
            if (days == 1 || (days > 1 && w[next - 1].Key == To))
            {
                var first = TimeResolver.Weekday(d, weekday, 0);
                int start = i > 0 && w[i - 1].Key == "من" ? w[i - 1].Start : day.Start;
                return new Hit(new TextSpan(start, w[second.EndWord - 1].End),
                    $"{TimeResolver.Day(first)}/{TimeResolver.Day(first.AddDays(days))}", second.EndWord);
            }
        }
        if (!IsDay(w[next]) || (DayAndMonth(text, w, next, anchor) ?? Hijri(text, w, next) ?? NumericDate(w, next)) is not { } date) return null;
        string value = date.Value;
        if (Match(text, w, next + 1, TimeWordKind.Hijri) is not null && value.Length == 10 &&
            DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var on) && on.DayOfWeek != weekday)
        {
            if (on.AddDays(1).DayOfWeek == weekday) value = TimeResolver.Day(on.AddDays(1));
            else if (on.AddDays(-1).DayOfWeek == weekday) value = TimeResolver.Day(on.AddDays(-1));
        }
        return new Hit(new TextSpan(day.Start, date.Span.End), value, date.EndWord);
    }
}
