using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hadath.Search.Facets;

/// <summary>
/// Counts, for every matching story, its source, month, entities and event roots: an array increment per value
/// through the cached <see cref="ReaderOrdinals"/>; labels are looked up only for the values reported.
/// </summary>
internal sealed class FacetCollector(ReaderOrdinals ordinals) : ICollector
{
    private readonly int[][] _counts = ordinals.Labels.Select(labels => new int[labels.Length]).ToArray();
    private SegmentOrdinals[] _segment = [];
    private int[][] _toGlobal = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment = ordinals.Segments[context.Ord];
        _toGlobal = ordinals.ToGlobal[context.Ord];
    }

    public void Collect(int doc)
    {
        for (int f = 0; f < _segment.Length; f++)
        {
            var segment = _segment[f];
            if (segment.Ords.Length == 0) continue;
            var counts = _counts[f];
            var toGlobal = _toGlobal[f];
            if (segment.Starts is null)
            {
                int ord = segment.Ords[doc];
                if (ord >= 0) counts[toGlobal[ord]]++;
                continue;
            }
            for (int i = segment.Starts[doc], end = segment.Starts[doc + 1]; i < end; i++) counts[toGlobal[segment.Ords[i]]]++;
        }
    }

    /// <summary>Months in calendar order, all of them; the other facets' <paramref name="top"/> values by count, then label.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Results(int top)
    {
        var results = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (int f = 0; f < FacetField.All.Length; f++)
        {
            var name = FacetField.All[f].Name;
            results[name] = name == "month" ? AllByLabel(f) : Top(f, top);
        }
        return results;
    }

    private List<FacetValue> AllByLabel(int facet)
    {
        var counts = _counts[facet];
        var labels = ordinals.Labels[facet];
        var values = new List<FacetValue>();
        for (int ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0) values.Add(new FacetValue(labels[ord], counts[ord]));
        }
        values.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));
        return values;
    }

    private List<FacetValue> Top(int facet, int top)
    {
        var counts = _counts[facet];
        var labels = ordinals.Labels[facet];
        // The queue's head is the weakest value kept: the lowest count, the last label among equal counts.
        var weakestFirst = Comparer<int>.Create((a, b) =>
            counts[a] != counts[b] ? counts[a].CompareTo(counts[b]) : string.CompareOrdinal(labels[b], labels[a]));
        if (top <= 0) return [];
        var kept = new PriorityQueue<int, int>(top + 1, weakestFirst);
        for (int ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] == 0) continue;
            if (kept.Count < top) kept.Enqueue(ord, ord);
            else if (weakestFirst.Compare(ord, kept.Peek()) > 0) kept.EnqueueDequeue(ord, ord);
        }
        var values = new List<FacetValue>(kept.Count);
        while (kept.Count > 0)
        {
            int ord = kept.Dequeue();
            values.Add(new FacetValue(labels[ord], counts[ord]));
        }
        values.Reverse();
        return values;
    }
}
