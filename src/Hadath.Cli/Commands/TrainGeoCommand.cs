using System.CommandLine;
using System.Text;
using Hadath.Corpus.Export;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath train geo</c>: rebuilds <c>models/geo/countries.tsv</c> (country code → FIPS 10-4, English name,
/// centroid), which the GDELT export uses for its country-level ActionGeo columns. Deterministic.
/// </summary>
internal static class TrainGeoCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "The shared data folder (holds gazetteers/countries-ar and events/countryinfo).",
            DefaultValueFactory = _ => "../shared/data",
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder to write countries.tsv into.",
            DefaultValueFactory = _ => "models/geo",
        };
        var command = new Command("geo", "Build the country table (FIPS codes, names, centroids) the GDELT export ships with.") { data, output };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(data)!;
            string world = Path.Combine(dir, "gazetteers", "countries-ar", "world-countries_countries.json");
            string countryInfo = Path.Combine(dir, "events", "countryinfo", "CountryInfo.120116.txt");
            foreach (var file in new[] { world, countryInfo })
            {
                if (!File.Exists(file))
                {
                    Console.Error.WriteLine($"hadath train geo: {file} not found (pass --data DIR)");
                    return 2;
                }
            }
            string table = CountryTableBuilder.Build(world, countryInfo, out int rows, out int withFips);
            string outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            string path = Path.Combine(outDir, "countries.tsv");
            File.WriteAllText(path, table, new UTF8Encoding(false));
            Console.WriteLine($"wrote {path}: {rows} countries, {withFips} with a FIPS 10-4 code, {table.Length / 1024} KB");
            return 0;
        });
        return command;
    }
}
