using System.Globalization;

namespace Hadath.Extraction.Times;

/// <summary>Date arithmetic against the story date, and ISO 8601 formatting at the resolution the text gives.</summary>
public static class TimeResolver
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{year:D4}-{month:D2}";

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    /// <summary>
    /// The weekday a story means: with no direction the most recent such day on or before the story date
    /// (wire convention: الجمعة in a Friday story is that day); الماضي strictly before; المقبل strictly after.
    /// </summary>
    public static DateOnly Weekday(DateOnly anchor, DayOfWeek day, int direction)
    {
        int back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        return direction switch
        {
            > 0 => anchor.AddDays(back == 0 ? 7 : 7 - back),
            < 0 => anchor.AddDays(-(back == 0 ? 7 : back)),
            _ => anchor.AddDays(-back),
        };
    }

    /// <summary>The year of a month named without one: الماضي → last such month before the story's,
    /// المقبل → next after it, none → the occurrence nearest the story date (ties go to the past).</summary>
    public static int YearOfMonth(DateOnly anchor, int month, int? direction)
    {
        int y = anchor.Year, m = anchor.Month;
        return direction switch
        {
            < 0 => month < m ? y : y - 1,
            > 0 => month > m ? y : y + 1,
            0 => y,
            _ => month - m > 6 ? y - 1 : m - month > 6 ? y + 1 : y,
        };
    }

    /// <summary>The value of a calendar unit shifted by <paramref name="direction"/> (الأسبوع الماضي, الشهر المقبل).</summary>
    public static string Unit(DateOnly anchor, string unit, int direction) => unit switch
    {
        "week" => Week(anchor.AddDays(7 * direction)),
        "month" => Month(anchor.AddMonths(direction).Year, anchor.AddMonths(direction).Month),
        _ => Year(anchor.Year + direction),
    };

    /// <summary>A Hijri date converted with the Umm al-Qura calendar (the civil calendar of most Arab states),
    /// falling back to the tabular Hijri calendar outside its range (1318–1500 AH). Null when it does not exist.</summary>
    public static DateOnly? FromHijri(int year, int month, int day)
    {
        foreach (Calendar calendar in new Calendar[] { new UmAlQuraCalendar(), new HijriCalendar() })
        {
            try
            {
                if (day > calendar.GetDaysInMonth(year, month)) return null;
                return DateOnly.FromDateTime(calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
            }
            catch (ArgumentOutOfRangeException)
            {
            }
        }
        return null;
    }

    public static bool IsValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
