using System.Globalization;

namespace Hadath.Corpus.Export;

/// <summary>A country as GDELT's country-level geography gives it: FIPS 10-4 code, English name, centroid.</summary>
public sealed record Country(string Iso3, string? Fips, string Name, double Lat, double Long);

/// <summary>The country table shipped in <c>models/geo/countries.tsv</c>, keyed by ISO alpha-3 (= CAMEO country code).</summary>
public sealed class CountryTable
{
    public const string ResourceName = "Hadath.Corpus.Models.countries.tsv";

    private readonly Dictionary<string, Country> _countries = new(StringComparer.Ordinal);

    public CountryTable(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            _countries[f[0]] = new Country(f[0], f[1].Length == 0 ? null : f[1], f[2],
                double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture));
        }
    }

    public static CountryTable Shared { get; } = LoadEmbedded();

    public int Count => _countries.Count;

    public IReadOnlyCollection<Country> Countries => _countries.Values;

    public static CountryTable LoadEmbedded()
    {
        using var stream = typeof(CountryTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded country table '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return new CountryTable(reader);
    }

    /// <summary>The country an actor code opens with (<c>SYR</c>, <c>SYRGOV</c> → Syria), or null.</summary>
    public Country? FromActorCode(string? code) =>
        code is { Length: >= 3 } && _countries.TryGetValue(code[..3], out var country) ? country : null;
}
