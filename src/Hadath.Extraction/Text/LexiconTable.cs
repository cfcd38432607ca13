using System.Reflection;

namespace Hadath.Extraction.Text;

/// <summary>Reads an embedded TSV lexicon (<c>Lexicons/*.tsv</c>): '#' starts a comment, columns are tab-separated.</summary>
public static class LexiconTable
{
    public static IEnumerable<string[]> Read(string name)
    {
        var assembly = typeof(LexiconTable).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Hadath.Extraction.Lexicons.{name}")
            ?? throw new InvalidOperationException($"Embedded lexicon '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            rows.Add(line.Split('\t'));
        }
        return rows;
    }

    /// <summary>Words of a lexicon cell, as match keys (a cell may hold several words: كانون الثاني).</summary>
    public static string[] Keys(string cell) =>
        cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => MatchKey.Of(w)).ToArray();
}
