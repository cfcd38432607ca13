namespace Hadath.Arabic.Segmentation.Training;

/// <summary>One surface token of the treebank and the syntactic words (gold forms) it splits into.</summary>
public sealed record GoldToken(string Surface, string[] Forms, string Tag = "_")
{
    public bool IsSplit => Forms.Length > 1;
}

/// <summary>
/// Reads the reduced UD Arabic-PADT format: one sentence per line, items then TAB then one tag per item. An item
/// tagged <c>_</c> is a multiword token followed by its parts; how many parts follow is not written, so it is
/// found by the closest (edit distance) match of their concatenation to the token. Items that are literally
/// <c>_</c> are conversion noise and skipped.
/// </summary>
public static class PadtReader
{
    private const int MaxParts = 5;

    public static IEnumerable<GoldToken[]> ReadFile(string path)
    {
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var sentence = ParseLine(line, out var error);
            if (sentence is null) throw new InvalidDataException($"{path}:{lineNumber}: {error}");
            yield return sentence;
        }
    }

    public static GoldToken[]? ParseLine(string line, out string? error)
    {
        error = null;
        var halves = line.Split('\t');
        if (halves.Length != 2)
        {
            error = "expected words, a TAB, then tags";
            return null;
        }
        var items = halves[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tags = halves[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (items.Length != tags.Length)
        {
            error = $"{items.Length} words but {tags.Length} tags";
            return null;
        }
        var tokens = new List<GoldToken>(items.Length);
        int i = 0;
        while (i < items.Length)
        {
            if (items[i] == "_") { i++; continue; }
            if (tags[i] != "_") { tokens.Add(new GoldToken(items[i], [items[i]], tags[i])); i++; continue; }
            int parts = CountParts(items, tags, i);
            if (parts == 0) { tokens.Add(new GoldToken(items[i], [items[i]])); i++; continue; }
            tokens.Add(new GoldToken(items[i], items[(i + 1)..(i + 1 + parts)]));
            i += 1 + parts;
        }
        return tokens.ToArray();
    }

    private static int CountParts(string[] items, string[] tags, int token)
    {
        var surface = Fold(items[token]);
        int best = 0, bestCost = int.MaxValue;
        var concatenation = "";
        for (int k = 1; k <= MaxParts && token + k < items.Length; k++)
        {
            int part = token + k;
            if (items[part] == "_" || tags[part] == "_") break;
            concatenation += Fold(items[part]);
            if (k < 2) continue;
            int cost = EditDistance(surface, concatenation);
            if (cost < bestCost) { bestCost = cost; best = k; }
        }
        return best;
    }

    private static string Fold(string s)
    {
        var folded = ArabicWordText.FoldSpelling(s).ToCharArray();
        for (int i = 0; i < folded.Length; i++) folded[i] = ArabicWordText.FoldForAlignment(folded[i]);
        return new string(folded);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
