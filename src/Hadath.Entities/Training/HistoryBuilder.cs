using System.IO.Compression;
using System.Text.Json;
using Hadath.Entities.Tagging;

namespace Hadath.Entities.Training;

/// <summary>Where the corpus prediction history comes from: unlabeled sentences and how often a form must occur.</summary>
public sealed record HistoryOptions
{
    /// <summary>Unlabeled sentences, read once and tagged by every first-pass model (the fold models and the final one).</summary>
    public required IReadOnlyList<string[]> Sentences { get; init; }

    /// <summary>Forms (and pairs of forms) seen fewer times than this in the corpus get no history.</summary>
    public int MinCount { get; init; } = 5;
}

/// <summary>
/// Tags an unlabeled corpus with a first-pass model and summarises, per clitic-free form and per pair of forms,
/// the labels it received (<see cref="PredictionHistory"/>). Deterministic: counts do not depend on order.
/// </summary>
internal static class HistoryBuilder
{
    public static PredictionHistory Build(LinearChain firstPass, FeatureExtractor extractor, HistoryOptions options)
    {
        var words = new Dictionary<ulong, int[]>();
        var pairs = new Dictionary<ulong, int[]>();
        var keys = new List<ulong>(4096);
        var starts = new int[HistoryCorpus.MaxSentenceWords + 1];
        var stems = new ulong[HistoryCorpus.MaxSentenceWords];
        foreach (var sentence in options.Sentences)
        {
            int n = sentence.Length;
            extractor.Extract(sentence, null, keys, starts, stems);
            var labels = firstPass.Decode(keys, starts, n);
            for (int i = 0; i < n; i++)
            {
                Count(words, stems[i], labels[i]);
                if (i > 0) Count(pairs, PredictionHistory.PairKey(stems[i - 1], stems[i]), labels[i]);
            }
        }
        return new PredictionHistory(Summarise(words, options.MinCount), Summarise(pairs, options.MinCount));
    }

    /// <summary>Counts per key: O, PER, LOC, ORG, MISC, then how many of the entity labels opened a name.</summary>
    private static void Count(Dictionary<ulong, int[]> table, ulong key, int label)
    {
        if (!table.TryGetValue(key, out var counts)) table[key] = counts = new int[6];
        counts[EntityLabels.TypeOf(label) + 1]++;
        if (EntityLabels.StartsEntity(label)) counts[5]++;
    }

    private static Dictionary<ulong, uint> Summarise(Dictionary<ulong, int[]> table, int minCount)
    {
        var result = new Dictionary<ulong, uint>();
        foreach (var (key, counts) in table)
        {
            if (counts[0] + counts[1] + counts[2] + counts[3] + counts[4] < minCount) continue;
            result[key] = PredictionHistory.Pack(counts.AsSpan(0, 5), counts[5]);
        }
        return result;
    }
}

/// <summary>Reads the unlabeled news corpora under corpus/ into word lists (strings shared between sentences).</summary>
public static class HistoryCorpus
{
    /// <summary>Longer sentences (unpunctuated runs) are cut into pieces of this many words.</summary>
    public const int MaxSentenceWords = 100;

    /// <param name="maxTokens">Cap on tokens read, shared equally between the corpora, in file order.</param>
    public static List<string[]> Read(string dataDirectory, IReadOnlyList<string> corpora, long maxTokens)
    {
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        var sentences = new List<string[]>();
        long share = maxTokens / Math.Max(1, corpora.Count);
        foreach (var corpus in corpora)
        {
            string folder = Path.Combine(dataDirectory, "corpus", corpus);
            long tokens = 0;
            foreach (var sentence in ReadFolder(folder))
            {
                if (tokens >= share) break;
                for (int start = 0; start < sentence.Count; start += MaxSentenceWords)
                {
                    int length = Math.Min(MaxSentenceWords, sentence.Count - start);
                    var words = new string[length];
                    for (int i = 0; i < length; i++)
                    {
                        string w = sentence[start + i];
                        if (!interned.TryGetValue(w, out var shared)) interned[w] = shared = w;
                        words[i] = shared;
                    }
                    sentences.Add(words);
                }
                tokens += sentence.Count;
            }
        }
        return sentences;
    }

    /// <summary>The ANT folders hold gzip JSON Lines (title, text); SaudiNewsNet holds one zipped JSON array per day (title, content).</summary>
    private static IEnumerable<IReadOnlyList<string>> ReadFolder(string folder)
    {
        if (Directory.GetFiles(folder, "*.jsonl.gz").Length > 0)
        {
            foreach (var sentence in LexiconBuilder.ReadCorpus(folder)) yield return sentence;
            yield break;
        }
        foreach (var path in Directory.GetFiles(folder, "*.zip").Order(StringComparer.Ordinal))
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".json", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var stream = entry.Open();
                using var json = JsonDocument.Parse(stream);
                foreach (var article in json.RootElement.EnumerateArray())
                {
                    foreach (var field in new[] { "title", "content" })
                    {
                        if (!article.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String) continue;
                        foreach (var sentence in LexiconBuilder.SplitWords(value.GetString()!)) yield return sentence;
                    }
                }
            }
        }
    }
}
