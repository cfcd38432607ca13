using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hadath.Corpus.Export;

/// <summary>
/// Builds <c>models/geo/countries.tsv</c> (what <c>hadath train geo</c> writes): for each ISO 3166 alpha-3 code
/// (CAMEO's country codes), the English short name and centroid from world-countries and the FIPS 10-4 code
/// (GDELT's geography country code) from CountryInfo. Deterministic: rows sorted by code.
/// </summary>
public static partial class CountryTableBuilder
{
    public const string Header = "# iso3\tfips\tname\tlat\tlong  (built by: hadath train geo; sources and licences in MODEL_CARD.md)";

    /// <summary>
    /// FIPS 10-4 codes CountryInfo gets wrong (South Africa under Saudi Arabia's SA, the two Congos both CG, Cook
    /// Islands under Cocos' CK) or lacks (a malformed Cyprus tag, blocks filed under another country's code), from the
    /// FIPS 10-4 standard itself (a US Government publication). Applied after reading the file.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Corrections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ZAF"] = "SF", ["COG"] = "CF", ["COK"] = "CW", ["CYP"] = "CY", ["MMR"] = "BM", ["GIN"] = "GV", ["GTM"] = "GT", ["SRB"] = "RI",
        ["UNK"] = "KV",
    };

    public static string Build(string worldCountriesJson, string countryInfoPath, out int rows, out int withFips)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(worldCountriesJson));
        var iso2 = json.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("cca3").GetString()!, c => c.GetProperty("cca2").GetString()!,
            StringComparer.Ordinal);
        var fips = ReadFips(countryInfoPath, iso2);
        foreach (var (iso3, code) in Corrections) fips[iso3] = code;
        var claimed = fips.GroupBy(f => f.Value).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(f => f.Key))}").ToList();
        if (claimed.Count > 0) throw new InvalidDataException("FIPS codes claimed by two countries: " + string.Join("; ", claimed));
        var lines = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in json.RootElement.EnumerateArray())
        {
            string iso3 = country.GetProperty("cca3").GetString()!;
            string name = country.GetProperty("name").GetProperty("common").GetString()!;
            var latlng = country.GetProperty("latlng");
            if (latlng.GetArrayLength() != 2) continue;
            string lat = latlng[0].GetDouble().ToString("0.####", CultureInfo.InvariantCulture);
            string lon = latlng[1].GetDouble().ToString("0.####", CultureInfo.InvariantCulture);
            lines[iso3] = string.Join('\t', iso3, fips.GetValueOrDefault(iso3, ""), name.Replace('\t', ' '), lat, lon);
        }
        rows = lines.Count;
        withFips = lines.Keys.Count(fips.ContainsKey);
        var table = new StringBuilder(Header).Append('\n');
        foreach (var line in lines.Values) table.Append(line).Append('\n');
        return table.ToString();
    }

    /// <summary>
    /// ISO alpha-3 → FIPS 10-4 from CountryInfo's <c>&lt;Country&gt;</c> blocks (Latin-1; "--" means none). The file's
    /// codes disagree in places (a block coded GTM holds Guadeloupe's GLP and GP), so a block's country is the one of
    /// its two alpha-3 tags whose ISO alpha-2 matches the block's alpha-2 tag, else the first known code of the two
    /// (alpha-3 tag, then CountryCode: Israel's alpha-3 tag reads "IL"). A block with two FIPS codes (Palestine: Gaza GZ, West Bank WE) or a malformed one gets none.
    /// </summary>
    private static Dictionary<string, string> ReadFips(string path, IReadOnlyDictionary<string, string> iso2)
    {
        var text = File.ReadAllText(path, Encoding.Latin1);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in text.Split("<Country>").Skip(1))
        {
            var fips = FipsTag().Matches(block);
            if (fips.Count != 1 || fips[0].Groups[1].Value == "--") continue;
            string? alpha3 = Tag(block, "ISO3166-alpha3"), code = Tag(block, "CountryCode"), alpha2 = Tag(block, "ISO3166-alpha2");
            string? country = new[] { alpha3, code }.FirstOrDefault(c => c is not null && iso2.TryGetValue(c, out var two) && two == alpha2)
                ?? new[] { alpha3, code }.FirstOrDefault(c => c is not null && iso2.ContainsKey(c));
            if (country is not null) map.TryAdd(country, fips[0].Groups[1].Value);
        }
        return map;
    }

    private static string? Tag(string block, string name)
    {
        int start = block.IndexOf("<" + name + ">", StringComparison.Ordinal);
        if (start < 0) return null;
        start += name.Length + 2;
        int end = block.IndexOf('<', start);
        return end < 0 ? null : block[start..end].Trim();
    }

    [GeneratedRegex("<FIPS-10>([A-Z-]{2})</FIPS-10>")]
    private static partial Regex FipsTag();
}
