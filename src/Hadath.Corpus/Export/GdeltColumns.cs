using System.Globalization;
using Hadath.Store;

namespace Hadath.Corpus.Export;

/// <summary>The GDELT 2.0 Event table columns, and one event of ours as such a row.</summary>
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

    /// <summary>CAMEO role codes that open an actor code without a country (IGOUNO, IMG…).</summary>
    private static readonly HashSet<string> Roles =
    [
        "IGO", "NGO", "IMG", "MNC", "UIS", "REB", "GOV", "MIL", "COP", "OPP", "JUD", "LEG", "BUS", "CVL", "MED", "EDU", "REL", "LAB",
        "SPY", "REF", "ELI", "HLH", "AGR", "ENV", "CRM", "INS", "SEP", "UAF", "MOD", "RAD", "JEW", "MUS", "CHR",
    ];

    public static string?[] Row(long id, EventSummary e)
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
            e.Quad.ToString(CultureInfo.InvariantCulture), null, e.Mentions.ToString(CultureInfo.InvariantCulture),
            e.Sources.ToString(CultureInfo.InvariantCulture), e.Mentions.ToString(CultureInfo.InvariantCulture), null,
        ]);
        row.AddRange(Enumerable.Repeat<string?>(null, 24));
        row.Add(sqlDate is null ? null : sqlDate + "000000");
        row.Add(e.DocumentUrl);
        return [.. row];
    }

    private static string?[] ActorFields(string? code, string? name)
    {
        var fields = new string?[10];
        fields[0] = code;
        fields[1] = name;
        if (string.IsNullOrEmpty(code)) return fields;
        int at = 0;
        if (code.Length >= 3 && !Roles.Contains(code[..3]))
        {
            fields[2] = code[..3];
            at = 3;
        }
        for (int type = 0; type < 3 && at + 3 <= code.Length; type++, at += 3) fields[7 + type] = code.Substring(at, 3);
        return fields;
    }

    private static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
}
