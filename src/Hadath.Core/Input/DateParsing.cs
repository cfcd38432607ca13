using System.Globalization;

namespace Hadath.Core.Input;

/// <summary>Story dates as found in feeds and archives: ISO 8601, RFC 822 and DD/MM/YYYY.</summary>
public static class DateParsing
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm", "yyyy/MM/dd", "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm", "dd-MM-yyyy", "dd.MM.yyyy",
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'", "dd MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm zzz",
    ];

    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.Trim();
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var exact))
        {
            date = DateOnly.FromDateTime(exact.DateTime);
            return true;
        }
        // RFC 822 zones like "+0300" or "EST": drop the zone and parse the rest.
        if (s.Length > 6 && char.IsLetter(s[0]) && s.Contains(','))
        {
            int lastSpace = s.LastIndexOf(' ');
            if (lastSpace > 0 && DateTime.TryParseExact(s[..lastSpace], ["ddd, dd MMM yyyy HH:mm:ss", "ddd, d MMM yyyy HH:mm:ss"],
                    CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc))
            {
                date = DateOnly.FromDateTime(rfc);
                return true;
            }
        }
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        return false;
    }
}
