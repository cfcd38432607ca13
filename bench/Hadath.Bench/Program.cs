using Hadath.Cli.Bench;

// dotnet run -c Release --project bench/Hadath.Bench -- [--rounds N] [FILES…]
// Same measurement as `hadath bench text`; a separate project so profilers can attach without the CLI around it.
var files = new List<string>();
int rounds = 5;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--rounds" && i + 1 < args.Length && int.TryParse(args[i + 1], out rounds) && rounds >= 1)
    {
        i++;
    }
    else if (args[i].StartsWith("--", StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"Hadath.Bench: unknown option {args[i]} (usage: [--rounds N] [FILES…])");
        return 2;
    }
    else
    {
        files.Add(args[i]);
    }
}
try
{
    return TextBenchmark.Run(new TextBenchmarkOptions { Files = files, Rounds = rounds }, Console.Out, Console.Error);
}
catch (FileNotFoundException ex)
{
    Console.Error.WriteLine($"Hadath.Bench: {ex.Message}");
    return 2;
}
