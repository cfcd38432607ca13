using Hadath.Entities.Text;

namespace Hadath.Entities.Training;

/// <summary>
/// A corpus's folded word forms (<see cref="NameForms.Normalize"/>) numbered in order of first sight, with their counts
/// and their frequency ranks (most frequent first, ties by first sight): what the word clusters and the neural
/// tagger's skip-gram vectors are both learned from.
/// </summary>
internal sealed class RankedCorpus
{
    /// <summary>Folded form → id (order of first sight).</summary>
    public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>Occurrences of each id.</summary>
    public List<int> Counts { get; } = [];

    /// <summary>The sentences as ids.</summary>
    public List<int[]> Sentences { get; } = [];

    /// <summary>Ids from the most frequent down.</summary>
    public int[] ByFrequency { get; private set; } = [];

    /// <summary>Each id's place in <see cref="ByFrequency"/>.</summary>
    public int[] Rank { get; private set; } = [];

    public static RankedCorpus Build(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var corpus = new RankedCorpus();
        foreach (var sentence in sentences)
        {
            var encoded = new int[sentence.Count];
            for (int i = 0; i < sentence.Count; i++)
            {
                string form = NameForms.Normalize(sentence[i]);
                if (!corpus.Ids.TryGetValue(form, out int id))
                {
                    corpus.Ids[form] = id = corpus.Counts.Count;
                    corpus.Counts.Add(0);
                }
                corpus.Counts[id]++;
                encoded[i] = id;
            }
            corpus.Sentences.Add(encoded);
        }
        var counts = corpus.Counts;
        corpus.ByFrequency = Enumerable.Range(0, counts.Count).OrderByDescending(i => counts[i]).ThenBy(i => i).ToArray();
        corpus.Rank = new int[counts.Count];
        for (int r = 0; r < corpus.ByFrequency.Length; r++) corpus.Rank[corpus.ByFrequency[r]] = r;
        return corpus;
    }

    /// <summary>How many of the most frequent words to keep: at most <paramref name="most"/>, each seen at least <paramref name="minCount"/> times.</summary>
    public int Vocabulary(int most, int minCount) => Math.Min(most, ByFrequency.TakeWhile(i => Counts[i] >= minCount).Count());

    /// <summary>The sentences as frequency ranks and the counts by rank of the first <paramref name="vocabulary"/> words: a skip-gram trainer's input.</summary>
    public (List<int[]> Sentences, long[] Counts) ByRank(int vocabulary)
    {
        var ranked = Sentences.Select(sentence => Array.ConvertAll(sentence, id => Rank[id])).ToList();
        var countsByRank = new long[vocabulary];
        for (int r = 0; r < vocabulary; r++) countsByRank[r] = Counts[ByFrequency[r]];
        return (ranked, countsByRank);
    }
}
