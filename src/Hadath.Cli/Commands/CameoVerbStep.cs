using System.Text;
using Hadath.Extraction.Events;

namespace Hadath.Cli.Commands;

/// <summary>The verb-table step of <c>hadath train events</c>: compiles <c>cameo-verbs.tsv</c> and prints what was kept and dropped.</summary>
internal static class CameoVerbStep
{
    public static int Run(string dictionary, string ownVerbs, string corpusDir, CameoCodes codes, string outDir)
    {
        foreach (var file in new[] { dictionary, ownVerbs })
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"hadath train events: {file} not found (pass --data DIR / --verbs FILE)");
                return 2;
            }
        }
        if (!Directory.Exists(corpusDir))
        {
            Console.Error.WriteLine($"hadath train events: corpus folder {corpusDir} not found (pass --corpus DIR)");
            return 2;
        }
        var words = CameoVerbCompiler.CountWords(CameoVerbCompiler.CorpusTexts(corpusDir));
        var result = CameoVerbCompiler.Compile(dictionary, ownVerbs, codes, words);
        string path = Path.Combine(outDir, "cameo-verbs.tsv");
        File.WriteAllText(path, result.Table, new UTF8Encoding(false));
        Console.WriteLine($"wrote {path} ({words.Count} distinct corpus words measured)");
        foreach (var (why, n) in result.Counts) Console.WriteLine($"  {n,6}  {why}");
        return 0;
    }
}
