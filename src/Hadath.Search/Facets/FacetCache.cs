using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Hadath.Search.Facets;

/// <summary>
/// Facet ordinals cached per segment core (shared by every reader that contains the segment) and per reader.
/// Entries go when Lucene drops the segment or the reader: the tables hold their keys weakly.
/// </summary>
internal sealed class FacetCache
{
    private readonly ConditionalWeakTable<object, SegmentOrdinals[]> _segments = new();
    private readonly ConditionalWeakTable<IndexReader, ReaderOrdinals> _readers = new();

    public ReaderOrdinals For(IndexReader reader) => _readers.GetValue(reader, r => ReaderOrdinals.Build(r, Segment));

    /// <summary>Whether <paramref name="reader"/>'s ordinals are built (by warming or an earlier search).</summary>
    public bool IsWarm(IndexReader reader) => _readers.TryGetValue(reader, out _);

    private SegmentOrdinals[] Segment(AtomicReader reader) =>
        _segments.GetValue(reader.CoreCacheKey, _ => FacetField.All.Select(f => SegmentOrdinals.Read(reader, f)).ToArray());
}
