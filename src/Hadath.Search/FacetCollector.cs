using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Hadath.Search;

/// <summary>
/// Counts, for every matching story, its source, month, entities and event roots from doc values. Counting is
/// by ordinal per segment (an array increment per value); labels are looked up once per segment, not per hit.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Facet[] _facets =
    [
        new("source", IndexFields.SourceFacet, multi: false), new("month", IndexFields.MonthFacet, multi: false),
        new("entity", IndexFields.EntityFacet, multi: true), new("event", IndexFields.EventRootFacet, multi: true),
    ];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        foreach (var facet in _facets) facet.NextSegment(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        foreach (var facet in _facets) facet.Collect(doc);
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Results(int top)
    {
        var results = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var facet in _facets)
        {
            facet.Flush();
            results[facet.Name] = facet.Name == "month"
                ? facet.Totals.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetValue(p.Key, p.Value)).ToList()
                : facet.Totals.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top)
                    .Select(p => new FacetValue(p.Key, p.Value)).ToList();
        }
        return results;
    }

    private sealed class Facet(string name, string field, bool multi)
    {
        private SortedDocValues? _single;
        private SortedSetDocValues? _many;
        private int[] _counts = [];
        private readonly BytesRef _scratch = new();

        public string Name { get; } = name;
        public Dictionary<string, int> Totals { get; } = new(StringComparer.Ordinal);

        public void NextSegment(AtomicReader reader)
        {
            Flush();
            if (multi)
            {
                _many = reader.GetSortedSetDocValues(field);
                _counts = _many is null ? [] : new int[_many.ValueCount];
            }
            else
            {
                _single = reader.GetSortedDocValues(field);
                _counts = _single is null ? [] : new int[_single.ValueCount];
            }
        }

        public void Collect(int doc)
        {
            if (_single is not null)
            {
                int ord = _single.GetOrd(doc);
                if (ord >= 0) _counts[ord]++;
            }
            else if (_many is not null)
            {
                _many.SetDocument(doc);
                long ord;
                while ((ord = _many.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) _counts[ord]++;
            }
        }

        /// <summary>Adds the finished segment's counts to the totals by label.</summary>
        public void Flush()
        {
            for (int ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] == 0) continue;
                if (_single is not null) _single.LookupOrd(ord, _scratch);
                else _many!.LookupOrd(ord, _scratch);
                var label = _scratch.Utf8ToString();
                Totals[label] = Totals.TryGetValue(label, out var n) ? n + _counts[ord] : _counts[ord];
            }
            _counts = [];
            _single = null;
            _many = null;
        }
    }
}
