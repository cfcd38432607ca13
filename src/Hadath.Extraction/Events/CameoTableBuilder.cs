using System.Globalization;
using System.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Builds <c>cameo-codes.tsv</c> (code, Goldstein, QuadClass, PLOVER type) from GDELT's
/// <c>CAMEO.goldsteinscale.txt</c> and PLOVER's <c>CAMEO2PLOVER-2021.txt</c>. Deterministic: rows sorted by code.
/// </summary>
public static class CameoTableBuilder
{
    public static string Build(string goldsteinFile, string ploverFile)
    {
        var goldstein = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(goldsteinFile).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length >= 2 && double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var g)) goldstein[f[0].Trim()] = g;
        }
        var plover = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(ploverFile))
        {
            var line = raw.Split('#')[0];
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var code = line[..colon].Trim();
            var type = line[(colon + 1)..].Split(',')[0].Trim();
            if (code.All(char.IsAsciiDigit) && type.Length > 0 && !plover.ContainsKey(code)) plover[code] = type;
        }
        var codes = new SortedSet<string>(goldstein.Keys.Concat(plover.Keys), StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append("# code\tgoldstein\tquad\tplover  (built by: hadath train events; sources in MODEL_CARD.md)\n");
        foreach (var code in codes)
        {
            string g = goldstein.TryGetValue(code, out var v) ? v.ToString("0.0", CultureInfo.InvariantCulture) : "";
            string p = PloverOf(plover, code) ?? "";
            sb.Append(code).Append('\t').Append(g).Append('\t').Append(CameoCodes.QuadClass(code)).Append('\t').Append(p).Append('\n');
        }
        return sb.ToString();
    }

    private static string? PloverOf(Dictionary<string, string> plover, string code)
    {
        for (string c = code; c.Length >= 2; c = c[..^1])
        {
            if (plover.TryGetValue(c, out var type)) return type;
        }
        return null;
    }
}
