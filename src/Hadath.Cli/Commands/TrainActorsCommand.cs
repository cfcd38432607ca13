using System.CommandLine;
using System.Text;
using Hadath.Extraction.Actors;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath train actors</c>: rebuilds <c>models/actors/actors.tsv</c> from the Arabic PETRARCH actor
/// dictionary (dates cleaned) and the Arabic country names. Deterministic.
/// </summary>
internal static class TrainActorsCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "The shared data folder (holds events/universalpetrarch-dictionaries and gazetteers/countries-ar).",
            DefaultValueFactory = _ => "../shared/data",
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder to write actors.tsv into.",
            DefaultValueFactory = _ => "models/actors",
        };
        var command = new Command("actors", "Build the actor lexicon (names with dated roles, countries, nationalities) the actor stage ships with.") { data, output };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(data)!;
            string dictionary = Path.Combine(dir, "events", "universalpetrarch-dictionaries", "arabic", "actor_dict_ar_v4.txt");
            string countries = Path.Combine(dir, "gazetteers", "countries-ar", "countries_ar.tsv");
            foreach (var file in new[] { dictionary, countries })
            {
                if (!File.Exists(file))
                {
                    Console.Error.WriteLine($"hadath train actors: {file} not found (pass --data DIR)");
                    return 2;
                }
            }
            string table = ActorLexiconBuilder.Build(dictionary, countries, out int actors, out int countryRows);
            string outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            string path = Path.Combine(outDir, "actors.tsv");
            File.WriteAllText(path, table, new UTF8Encoding(false));
            Console.WriteLine($"wrote {path}: {actors} actor rows, {countryRows} country and nationality rows, {table.Length / 1024} KB");
            return 0;
        });
        return command;
    }
}
