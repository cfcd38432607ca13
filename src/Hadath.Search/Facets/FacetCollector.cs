using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hadath.Search.Facets;

/// <summary>
/// Counts, for every matching story, its source, month, entities and event roots: an array increment per value
/// through the cached <see cref="ReaderOrdinals"/>; labels are looked up only for the values reported.
/// </summary>
internal sealed class FacetCollector(ReaderOrdinals ordinals) : ICollector
{
    // Rented: the entity facet alone has a slot per distinct name (100k on 70k stories), and a fresh array per
    // search would be a large-object allocation each time.
    private readonly int[][] _counts = ordinals.Labels.Select(labels => Rent(labels.Length)).ToArray();
    private SegmentOrdinals[] _segment = [];
    private int[][] _ords = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment = ordinals.Segments[context.Ord];
        _ords = ordinals.GlobalOrds[context.Ord];
    }

    public void Collect(int doc)
    {
        for (int f = 0; f < _ords.Length; f++)
        {
            var ords = _ords[f];
            if (ords.Length == 0) continue;
            var counts = _counts[f];
            var starts = _segment[f].Starts;
            if (starts is null)
            {
                int ord = ords[doc];
                if (ord >= 0) counts[ord]++;
                continue;
            }
            for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) counts[ords[i]]++;
        }
    }

    /// <summary>
    /// Months in calendar order, all of them; the other facets' <paramref name="top"/> values by count, then label.
    /// Call once: the counts go back to the pool.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Results(int top)
    {
        var results = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (int f = 0; f < FacetField.All.Length; f++)
        {
            var name = FacetField.All[f].Name;
            results[name] = name == "month" ? AllByLabel(f) : Top(f, top);
            if (_counts[f].Length > 0) ArrayPool<int>.Shared.Return(_counts[f]);
            _counts[f] = [];
        }
        return results;
    }

    private static int[] Rent(int length)
    {
        var counts = ArrayPool<int>.Shared.Rent(length);
        Array.Clear(counts, 0, length);
        return counts;
    }

    private List<FacetValue> AllByLabel(int facet)
    {
        var counts = _counts[facet];
        var labels = ordinals.Labels[facet];
        var values = new List<FacetValue>();
        for (int ord = 0; ord < labels.Length; ord++)
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
        for (int ord = 0; ord < labels.Length; ord++)
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
