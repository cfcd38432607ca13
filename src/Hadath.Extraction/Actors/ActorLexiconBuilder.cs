using System.Globalization;
using System.Text;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Actors;

/// <summary>
/// Builds the shipped actor lexicon (<c>models/actors/actors.tsv</c>) from the Arabic PETRARCH actor dictionary
/// (<c>actor_dict_ar_v4.txt</c>, MIT) and the Arabic country names (<c>countries_ar.tsv</c>: MIT / ODbL /
/// Unicode-3.0). Rows: <c>actor key code from to</c>, <c>country key ISO3</c>, <c>nationality key ISO3</c>.
/// The dictionary's dates are cleaned: an end before the start (<c>-18000101</c>) or past 2100 means "open",
/// equal start and end (<c>19700101-19700101</c>) means "undated", and bare country codes are never dated.
/// Deterministic: rows are de-duplicated and sorted.
/// </summary>
public static class ActorLexiconBuilder
{
    // Country names whose nisba would be an ordinary word (مالي "financial").
    private static readonly HashSet<string> NoNationality = new() { "مالي", "عمان", "تشاد", "جيبوتي" };

    public static string Build(string actorDictionary, string countriesTsv, out int actors, out int countries)
    {
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        ReadActors(actorDictionary, rows);
        actors = rows.Count;
        var capitals = ReadCountries(countriesTsv, rows);
        int dropped = DropConflictingCountries(rows, capitals) + DropBareCountriesOfTitles(rows);
        actors -= dropped;
        countries = rows.Count - actors;
        var sb = new StringBuilder();
        sb.Append("# kind\tkey\tcode\tfrom\tto  (built by: hadath train actors; sources and licences in MODEL_CARD.md)\n");
        foreach (var row in rows) sb.Append(row).Append('\n');
        return sb.ToString();
    }

    private static void ReadActors(string path, SortedSet<string> rows)
    {
        string? key = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#')[0];
            var trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            if (trimmed[0] == '[')
            {
                if (key is not null) AddCode(rows, key, trimmed);
                continue;
            }
            int bracket = trimmed.IndexOf('[');
            string name = bracket < 0 ? trimmed : trimmed[..bracket];
            key = NameKey.Of(name);
            if (key.Length < 2)
            {
                key = null;
                continue;
            }
            if (bracket >= 0) AddCode(rows, key, trimmed[bracket..]);
        }
    }

    private static void AddCode(SortedSet<string> rows, string key, string bracketed)
    {
        var inside = bracketed.Trim('[', ']', ' ', '\t');
        int close = inside.IndexOf(']');
        if (close >= 0) inside = inside[..close];
        var parts = inside.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) return;
        string code = parts[0].TrimStart('~');
        if (code.Length < 3 || !code.All(char.IsAsciiLetterUpper)) return;
        string from = "", to = "";
        if (parts.Length > 1 && code.Length > 3) (from, to) = CleanDates(parts[1].Replace(" ", ""));
        rows.Add($"actor\t{key}\t{code}\t{from}\t{to}");
    }

    /// <summary>Normalizes a PETRARCH date restriction to an inclusive (from, to) pair of yyyyMMdd, empty when open.</summary>
    public static (string From, string To) CleanDates(string spec)
    {
        if (spec.StartsWith('>')) return (Valid(spec[1..]), "");
        if (spec.StartsWith('<')) return ("", Valid(spec[1..]));
        var range = spec.Split('-');
        if (range.Length != 2) return ("", "");
        string from = Valid(range[0]), to = Valid(range[1]);
        if (from.Length > 0 && to.Length > 0)
        {
            int c = string.CompareOrdinal(from, to);
            if (c == 0) return ("", "");          // placeholder: same day for start and end
            if (c > 0) to = "";                    // end before start (18000101): open-ended
        }
        return (from, to);
    }

    private static string Valid(string date) =>
        date.Length == 8 && DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) &&
        d.Year is >= 1900 and <= 2100
            ? date
            : "";

    /// <summary>Adds the country, capital and nationality rows; returns the capitals' keys.</summary>
    private static HashSet<string> ReadCountries(string path, SortedSet<string> rows)
    {
        var capitals = new HashSet<string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        int iso3 = Array.IndexOf(header, "iso3");
        int capital = Array.IndexOf(header, "capital_ar_via_cldr_tz");
        var nameColumns = header.Select((h, i) => (h, i)).Where(x => x.h.StartsWith("ar_", StringComparison.Ordinal)).Select(x => x.i).ToArray();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length <= iso3 || f[iso3].Length != 3) continue;
            string code = f[iso3];
            foreach (int c in nameColumns)
            {
                if (c >= f.Length || f[c].Length == 0) continue;
                string key = NameKey.Of(f[c]);
                rows.Add($"country\t{key}\t{code}\t\t");
                if (!key.Contains(' ') && Nisba(key) is { } adjective && !NoNationality.Contains(key)) rows.Add($"nationality\t{adjective}\t{code}\t\t");
            }
            if (capital >= 0 && capital < f.Length && f[capital].Length > 0)
            {
                string key = NameKey.Of(f[capital]);
                rows.Add($"country\t{key}\t{code}\t\t");
                capitals.Add(key);
            }
        }
        return capitals;
    }

    /// <summary>
    /// The dictionary files some names under a wrong country as well as the right one (لبنان → GBR and LBN,
    /// جيش لبناني → JOR and LBNMIL). Where a key names a country or nationality word and one of its codes agrees with
    /// that country, its codes that begin with another country's code are dropped. Capitals (طرابلس, القدس) and
    /// names of two countries (عمان: Amman and Oman) decide nothing. Returns how many rows went.
    /// </summary>
    private static int DropConflictingCountries(SortedSet<string> rows, HashSet<string> capitals)
    {
        var countryOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var countryCodes = new HashSet<string>(StringComparer.Ordinal);
        var codesByKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var parsed = rows.Select(row => (Row: row, Fields: row.Split('\t'))).ToList();
        foreach (var (_, f) in parsed)
        {
            if (f[0] is "country" or "nationality")
            {
                countryCodes.Add(f[2]);
                if (capitals.Contains(f[1])) continue;
                // A name of two countries maps to none.
                countryOf[f[1]] = countryOf.TryGetValue(f[1], out var seen) && seen != f[2] ? null : f[2];
            }
            else if (f[0] == "actor")
            {
                if (!codesByKey.TryGetValue(f[1], out var codes)) codesByKey[f[1]] = codes = new List<string>();
                codes.Add(f[2]);
            }
        }
        var wrong = new List<string>();
        foreach (var (row, f) in parsed)
        {
            if (f[0] != "actor" || f[2].Length < 3 || !countryCodes.Contains(f[2][..3])) continue;
            string? country = countryOf.GetValueOrDefault(f[1]) ?? f[1].Split(' ').Select(w => countryOf.GetValueOrDefault(w)).FirstOrDefault(c => c is not null);
            if (country is null || f[2].StartsWith(country, StringComparison.Ordinal)) continue;
            if (codesByKey[f[1]].Any(c => c.StartsWith(country, StringComparison.Ordinal))) wrong.Add(row);
        }
        foreach (var row in wrong) rows.Remove(row);
        return wrong.Count;
    }

    /// <summary>
    /// The dictionary files many titles under their bare country as well as their role, both undated (جيش عراقي → IRQ
    /// and IRQMIL, حكومة عراقية → IRQ and IRQGOV), and a name takes the first code of equals, the bare one. Where a key
    /// holds a role word of <c>Lexicons/actor-roles.tsv</c> (جيش, حكومة, رئيس …) and an undated code of a country has an
    /// undated longer code of the same country beside it, the bare code goes: the title says the role. Names without a
    /// role word (عراق → IRQ and IRQOPP, تركيا → TUR and TURGOV) keep the bare country. Returns how many rows went.
    /// </summary>
    private static int DropBareCountriesOfTitles(SortedSet<string> rows)
    {
        var roleWords = LexiconTable.Read("actor-roles.tsv").Select(r => NameKey.Word(r[0])).ToHashSet(StringComparer.Ordinal);
        var undated = rows.Select(row => row.Split('	')).Where(f => f[0] == "actor" && f[3].Length == 0 && f[4].Length == 0).ToList();
        var codesByKey = undated.ToLookup(f => f[1], f => f[2], StringComparer.Ordinal);
        var bare = undated.Where(f => f[2].Length == 3 && f[1].Split(' ').Any(roleWords.Contains) &&
                                      codesByKey[f[1]].Any(c => c.Length > 3 && c.StartsWith(f[2], StringComparison.Ordinal)))
            .Select(f => string.Join('	', f)).ToList();
        foreach (var row in bare) rows.Remove(row);
        return bare.Count;
    }

    /// <summary>The nationality adjective of a one-word country key: روسيا → روسي, عراق → عراقي, سعودي (from السعودية) → سعودي.</summary>
    public static string? Nisba(string key)
    {
        if (key.Length < 3) return null;
        if (key.EndsWith("يا", StringComparison.Ordinal)) return key[..^1];
        if (key[^1] == 'ا') return key[..^1] + "ي";
        if (key[^1] == 'ي') return key;
        return key + "ي";
    }
}
