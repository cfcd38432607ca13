using System.Globalization;
using Hadath.Store;

namespace Hadath.Corpus.Export;

/// <summary>
/// The GDELT 2.0 Event table columns, and one event of ours as such a row. What is filled and what stays empty (and
/// why) is listed in <c>docs/OUTPUT.md</c>: no tone (no licensed Arabic sentiment lexicon ships), no actor geography
/// (the text says where the event happened, not where each actor is), geography at country level only.
/// </summary>
public static class GdeltColumns
{
    public static readonly string[] Names =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        .. Actor("Actor1"), .. Actor("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
        "NumArticles", "AvgTone",
        .. Geo("Actor1Geo"), .. Geo("Actor2Geo"), .. Geo("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    private static string[] Actor(string p) =>
    [
        p + "Code", p + "Name", p + "CountryCode", p + "KnownGroupCode", p + "EthnicCode", p + "Religion1Code", p + "Religion2Code",
        p + "Type1Code", p + "Type2Code", p + "Type3Code",
    ];

    private static string[] Geo(string p) =>
        [p + "_Type", p + "_FullName", p + "_CountryCode", p + "_ADM1Code", p + "_ADM2Code", p + "_Lat", p + "_Long", p + "_FeatureID"];

    /// <summary>CAMEO role and type codes (primary, secondary, international); any other trio after the first is an organisation's own code.</summary>
    private static readonly HashSet<string> Roles =
    [
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF",
        "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MOD", "RAD", "REF",
        "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS", "PKO",
    ];

    /// <summary>CAMEO religion codes (named religions and families, from the CAMEO manual's table), kept apart from types.</summary>
    private static readonly HashSet<string> Religions =
    [
        "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "JAN", "JEW", "MOS", "SHN", "SIK", "TAO", "ABR", "ADR", "EAR", "INR", "IRR", "ITR", "NRM",
    ];

    private const int GeoColumns = 8;

    public static string?[] Row(long id, EventSummary e) => Row(id, e, CountryTable.Shared);

    public static string?[] Row(long id, EventSummary e, CountryTable countries)
    {
        var day = Day(e.Time) ?? Day(e.Date);
        string? sqlDate = day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var row = new List<string?>(Names.Length)
        {
            id.ToString(CultureInfo.InvariantCulture), sqlDate, day?.ToString("yyyyMM", CultureInfo.InvariantCulture),
            day?.Year.ToString(CultureInfo.InvariantCulture),
            day is { } d ? (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture) : null,
        };
        row.AddRange(ActorFields(e.SourceActor, e.SourceName));
        row.AddRange(ActorFields(e.TargetActor, e.TargetName));
        row.AddRange([
            "0", e.Code, e.Code.Length >= 3 ? e.Code[..3] : e.Code, e.Code.Length >= 2 ? e.Code[..2] : e.Code,
            e.Quad.ToString(CultureInfo.InvariantCulture), e.Goldstein?.ToString("0.##", CultureInfo.InvariantCulture),
            Num(e.Mentions), Num(e.Sources), Num(e.Mentions), null,
        ]);
        row.AddRange(new string?[GeoColumns * 2]);
        // Only a bare country code marks a country or capital; a longer code on a place is an organisation's
        // (الشرق الأوسط → GBRMED, the London newspaper) and says nothing about where the event happened.
        row.AddRange(ActionGeo(e.PlaceActor is { Length: 3 } ? countries.FromActorCode(e.PlaceActor) : null));
        row.Add(DateAdded(e.IngestedAt));
        row.Add(e.DocumentUrl);
        return [.. row];
    }

    /// <summary>
    /// Splits a CAMEO actor code into GDELT's fields: an opening trio that is neither a role nor a religion is the
    /// country (or region); a religion and its denomination fill Religion1/2; an organisation's own code (IGO<b>UNO</b>)
    /// is the known group;
    /// the role and type trios fill Type1–3 in order.
    /// </summary>
    private static string?[] ActorFields(string? code, string? name)
    {
        var fields = new string?[10];
        fields[0] = code;
        fields[1] = name;
        if (string.IsNullOrEmpty(code)) return fields;
        int types = 0;
        bool afterReligion = false;
        for (int at = 0; at + 3 <= code.Length; at += 3)
        {
            string trio = code.Substring(at, 3);
            bool religion = Religions.Contains(trio);
            if (religion || (afterReligion && !Roles.Contains(trio)))
            {
                // A named religion, or the denomination right after it (MOS SHI: Islam, Shia).
                if (fields[5] is null) fields[5] = trio;
                else fields[6] ??= trio;
            }
            else if (Roles.Contains(trio))
            {
                if (types < 3) fields[7 + types++] = trio;
            }
            else if (at == 0) fields[2] = trio;
            else fields[3] ??= trio;
            afterReligion = religion;
        }
        return fields;
    }

    /// <summary>Country-level geography (GDELT type 1): FIPS code also as ADM1 and feature id, as GDELT writes countries.</summary>
    private static string?[] ActionGeo(Country? country)
    {
        if (country is null) return new string?[GeoColumns];
        string lat = country.Lat.ToString("0.####", CultureInfo.InvariantCulture), lon = country.Long.ToString("0.####", CultureInfo.InvariantCulture);
        return ["1", country.Name, country.Fips, country.Fips, null, lat, lon, country.Fips];
    }

    /// <summary>When the story was stored, as GDELT's YYYYMMDDHHMMSS (UTC).</summary>
    private static string? DateAdded(string? ingestedAt) =>
        DateTimeOffset.TryParse(ingestedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) : null;

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
}
