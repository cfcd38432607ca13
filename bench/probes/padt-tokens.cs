#:project ../../src/Hadath.Arabic/Hadath.Arabic.csproj
// How often the tokenizer splits a PADT surface item further (PADT is pre-tokenized, so 0 is the goal).
// dotnet run bench/probes/padt-tokens.cs -- /work/shared/data/ud/padt/ar_padt-ud-train.txt
using Hadath.Arabic.Tokenization;

var path = args.Length > 0 ? args[0] : "../shared/data/ud/padt/ar_padt-ud-train.txt";
var splits = new Dictionary<string, int>();
int total = 0, split = 0;
foreach (var line in File.ReadLines(path))
{
    foreach (var item in line.Split('\t')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
    {
        total++;
        var tokens = TokenizerStage.Tokenize(item);
        if (tokens.Length == 1) continue;
        split++;
        var key = string.Join(" | ", tokens.Select(t => item[t.Start..t.End]));
        splits[key] = splits.GetValueOrDefault(key) + 1;
    }
}
Console.WriteLine($"{total:N0} PADT items, {split:N0} split further ({100.0 * split / Math.Max(1, total):F3}%)");
foreach (var (key, count) in splits.OrderByDescending(kv => kv.Value).Take(20)) Console.WriteLine($"{count}\t{key}");
