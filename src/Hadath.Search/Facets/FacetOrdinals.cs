using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Hadath.Search.Facets;

/// <summary>A facet: its name in results, the doc-values field it counts, and whether a story holds several values.</summary>
internal sealed record FacetField(string Name, string Field, bool Multi)
{
    public static readonly FacetField[] All =
    [
        new("source", IndexFields.SourceFacet, Multi: false), new("month", IndexFields.MonthFacet, Multi: false),
        new("entity", IndexFields.EntityFacet, Multi: true), new("event", IndexFields.EventRootFacet, Multi: true),
    ];
}

/// <summary>
/// The values of one facet field in one segment, read from doc values once and kept while the segment lives:
/// per document its segment-local ordinals in flat arrays, and the labels decoded once. Counting is then an array
/// walk; doc-values decoding and UTF-8 labels per search were most of the cost of faceting broad queries.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly SegmentOrdinals Empty = new([], null, []);

    private SegmentOrdinals(int[] ords, int[]? starts, string[] labels)
    {
        Ords = ords;
        Starts = starts;
        Labels = labels;
    }

    /// <summary>Single-valued: the ordinal of each document, or -1. Multi-valued: all ordinals, document after document.</summary>
    public int[] Ords { get; }

    /// <summary>Multi-valued only: document d's ordinals are <c>Ords[Starts[d]..Starts[d + 1]]</c>.</summary>
    public int[]? Starts { get; }

    public string[] Labels { get; }

    public static SegmentOrdinals Read(AtomicReader reader, FacetField facet) =>
        facet.Multi ? ReadMany(reader, facet.Field) : ReadSingle(reader, facet.Field);

    private static SegmentOrdinals ReadSingle(AtomicReader reader, string field)
    {
        var values = reader.GetSortedDocValues(field);
        if (values is null) return Empty;
        var ords = new int[reader.MaxDoc];
        for (int doc = 0; doc < ords.Length; doc++) ords[doc] = values.GetOrd(doc);
        var scratch = new BytesRef();
        var labels = new string[values.ValueCount];
        for (int ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            labels[ord] = scratch.Utf8ToString();
        }
        return new SegmentOrdinals(ords, null, labels);
    }

    private static SegmentOrdinals ReadMany(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null) return Empty;
        var starts = new int[reader.MaxDoc + 1];
        var ords = new List<int>(reader.MaxDoc * 4);
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add((int)ord);
        }
        starts[reader.MaxDoc] = ords.Count;
        var scratch = new BytesRef();
        var labels = new string[values.ValueCount];
        for (int ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            labels[ord] = scratch.Utf8ToString();
        }
        return new SegmentOrdinals(ords.ToArray(), starts, labels);
    }
}

/// <summary>
/// Every facet of one opened index (one point-in-time reader): per segment its cached ordinals, rewritten as one
/// global ordinal per label so that counts of all segments add up in one plain array per facet (one random access
/// per value while collecting) and labels are resolved only for the values reported. Built once per reader; a
/// reader refreshed after an ingest reads only its new segments' doc values.
/// </summary>
internal sealed class ReaderOrdinals
{
    private ReaderOrdinals(string[][] labels, SegmentOrdinals[][] segments, int[][][] globalOrds)
    {
        Labels = labels;
        Segments = segments;
        GlobalOrds = globalOrds;
    }

    /// <summary>[facet][global ordinal] → label.</summary>
    public string[][] Labels { get; }

    /// <summary>[leaf][facet] → that segment's ordinals (their <see cref="SegmentOrdinals.Starts"/> apply to <see cref="GlobalOrds"/>).</summary>
    public SegmentOrdinals[][] Segments { get; }

    /// <summary>[leaf][facet] → the segment's <see cref="SegmentOrdinals.Ords"/> as global ordinals (-1 stays -1).</summary>
    public int[][][] GlobalOrds { get; }

    public static ReaderOrdinals Build(IndexReader reader, Func<AtomicReader, SegmentOrdinals[]> segmentOrdinals)
    {
        var leaves = reader.Leaves;
        var segments = leaves.Select(leaf => segmentOrdinals(leaf.AtomicReader)).ToArray();
        var labels = new string[FacetField.All.Length][];
        var globalOrds = new int[leaves.Count][][];
        for (int leaf = 0; leaf < leaves.Count; leaf++) globalOrds[leaf] = new int[FacetField.All.Length][];
        for (int f = 0; f < FacetField.All.Length; f++)
        {
            var global = new Dictionary<string, int>(StringComparer.Ordinal);
            var ordered = new List<string>();
            for (int leaf = 0; leaf < leaves.Count; leaf++)
            {
                var segment = segments[leaf][f];
                var map = new int[segment.Labels.Length];
                for (int ord = 0; ord < map.Length; ord++)
                {
                    var label = segment.Labels[ord];
                    if (!global.TryGetValue(label, out var g))
                    {
                        g = ordered.Count;
                        global.Add(label, g);
                        ordered.Add(label);
                    }
                    map[ord] = g;
                }
                var ords = new int[segment.Ords.Length];
                for (int i = 0; i < ords.Length; i++) ords[i] = segment.Ords[i] < 0 ? -1 : map[segment.Ords[i]];
                globalOrds[leaf][f] = ords;
            }
            labels[f] = ordered.ToArray();
        }
        return new ReaderOrdinals(labels, segments, globalOrds);
    }
}
