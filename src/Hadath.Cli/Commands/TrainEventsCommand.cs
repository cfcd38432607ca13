using System.CommandLine;
using System.Text;
using Hadath.Extraction.Events;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath train events</c>: rebuilds <c>models/events/cameo-codes.tsv</c> (CAMEO code → Goldstein,
/// QuadClass, PLOVER type) from GDELT's Goldstein lookup and PLOVER's CAMEO mapping. Deterministic.
/// </summary>
internal static class TrainEventsCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "The events data folder (holds gdelt/ and plover/).",
            DefaultValueFactory = _ => "../shared/data/events",
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder to write cameo-codes.tsv into.",
            DefaultValueFactory = _ => "models/events",
        };
        var corpus = new Option<string>("--corpus")
        {
            Description = "Unlabeled news corpus (*.jsonl.gz with a text field) measuring how common and how noun-like verb forms are.",
            DefaultValueFactory = _ => "../shared/data/corpus/ant-jawharafm",
        };
        var own = new Option<string>("--verbs")
        {
            Description = "Hadath's own verb list compiled with the dictionary.",
            DefaultValueFactory = _ => "models/events/verbs-hadath.tsv",
        };
        var command = new Command("events", "Build the CAMEO code table (Goldstein, QuadClass, PLOVER) and the CAMEO verb table the event stage ships with.") { data, output, corpus, own };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(data)!;
            string goldstein = Path.Combine(dir, "gdelt", "lookups", "CAMEO.goldsteinscale.txt");
            string plover = Path.Combine(dir, "plover", "CAMEO2PLOVER-2021.txt");
            foreach (var file in new[] { goldstein, plover })
            {
                if (!File.Exists(file))
                {
                    Console.Error.WriteLine($"hadath train events: {file} not found (pass --data DIR)");
                    return 2;
                }
            }
            string table = CameoTableBuilder.Build(goldstein, plover);
            string outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            string path = Path.Combine(outDir, "cameo-codes.tsv");
            File.WriteAllText(path, table, new UTF8Encoding(false));
            Console.WriteLine($"wrote {path}: {table.Count(c => c == '\n') - 1} codes");
            return CameoVerbStep.Run(Path.Combine(dir, "universalpetrarch-dictionaries", "arabic", "CAMEO.ar.0.5.txt"),
                parse.GetValue(own)!, parse.GetValue(corpus)!, new CameoCodes(new StringReader(table)), outDir);
        });
        return command;
    }
}
