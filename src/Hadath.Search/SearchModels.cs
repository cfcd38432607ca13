namespace Hadath.Search;

/// <summary>What the index holds for one story: searchable text plus the fields the filters and facets use.</summary>
public sealed record IndexedDocument(string Id, string? Title, string Text, string? Date, string? Source,
    IReadOnlyCollection<string> Entities, IReadOnlyCollection<string> EventCodes);

public sealed record SearchRequest
{
    public string? Query { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Source { get; init; }
    public string? Entity { get; init; }

    /// <summary>A CAMEO code or prefix: "14" finds 140, 141, 1411…</summary>
    public string? EventCode { get; init; }

    public int Limit { get; init; } = 20;
    public int Offset { get; init; }

    /// <summary>"relevance" (default, newest first without a query) or "date".</summary>
    public string? Sort { get; init; }

    /// <summary>Count the facets of all matches (default); off when only the page of hits is wanted.</summary>
    public bool Facets { get; init; } = true;

    /// <summary>Cut a highlighted snippet for each hit (default); off for lists that show titles only.</summary>
    public bool Snippets { get; init; } = true;
}

/// <summary>A snippet is plain text; <see cref="Highlights"/> are [start, end) offsets into it for the matched words.</summary>
public sealed record SearchHit(string Id, string? Title, string? Date, string? Source, string Snippet,
    IReadOnlyList<int[]> Highlights, float Score);

public sealed record FacetValue(string Value, int Count);

public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    double ElapsedMs);
