using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Hadath.Search;

/// <summary>Counts, for every matching story, its source, month, entities and event roots from doc values.</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new()
    {
        ["source"] = new(), ["month"] = new(), ["entity"] = new(), ["event"] = new(),
    };
    private SortedDocValues? _source, _month;
    private SortedSetDocValues? _entity, _event;
    private readonly BytesRef _scratch = new();

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _source = reader.GetSortedDocValues(IndexFields.SourceFacet);
        _month = reader.GetSortedDocValues(IndexFields.MonthFacet);
        _entity = reader.GetSortedSetDocValues(IndexFields.EntityFacet);
        _event = reader.GetSortedSetDocValues(IndexFields.EventRootFacet);
    }

    public void Collect(int doc)
    {
        CountSingle(_source, doc, _counts["source"]);
        CountSingle(_month, doc, _counts["month"]);
        CountMany(_entity, doc, _counts["entity"]);
        CountMany(_event, doc, _counts["event"]);
    }

    private void CountSingle(SortedDocValues? values, int doc, Dictionary<string, int> counts)
    {
        if (values is null) return;
        int ord = values.GetOrd(doc);
        if (ord < 0) return;
        values.LookupOrd(ord, _scratch);
        Increment(counts, _scratch.Utf8ToString());
    }

    private void CountMany(SortedSetDocValues? values, int doc, Dictionary<string, int> counts)
    {
        if (values is null) return;
        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            values.LookupOrd(ord, _scratch);
            Increment(counts, _scratch.Utf8ToString());
        }
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Results(int top) => _counts.ToDictionary(
        kv => kv.Key,
        kv => (IReadOnlyList<FacetValue>)(kv.Key == "month"
            ? kv.Value.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetValue(p.Key, p.Value)).ToList()
            : kv.Value.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top)
                .Select(p => new FacetValue(p.Key, p.Value)).ToList()));
}
