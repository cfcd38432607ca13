namespace Hadath.Store;

/// <summary>
/// One analyzed story as the store keeps it: metadata, the exact text, the <c>analyze</c> JSON, and the rows
/// flattened from it for the API. <see cref="Hash"/> is the SHA-256 of the normalized text (identity of
/// documents without an id); <see cref="SimHash"/> fingerprints it for near-duplicate links.
/// </summary>
public sealed record DocumentRecord
{
    public required string Id { get; init; }
    public required string Hash { get; init; }
    public required string Text { get; init; }
    public required string AnalysisJson { get; init; }
    public string? Title { get; init; }
    public string? Date { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public string? Origin { get; init; }
    public long SimHash { get; init; }

    /// <summary>The earlier document this one copies (same wire story), when one was found.</summary>
    public DuplicateLink? DuplicateOf { get; init; }

    /// <summary>The MinHash signature and LSH band keys near-duplicate lookup uses (null: stored without one).</summary>
    public MinHashSketch? MinHash { get; init; }

    public IReadOnlyList<EntityRow> Entities { get; init; } = [];
    public IReadOnlyList<MentionRow> Mentions { get; init; } = [];
    public IReadOnlyList<QuoteRow> Quotes { get; init; } = [];
    public IReadOnlyList<CountRow> Counts { get; init; } = [];
    public IReadOnlyList<TimeRow> Times { get; init; } = [];
    public IReadOnlyList<EventRow> Events { get; init; } = [];
}

/// <summary>
/// A copy's link to its original: <see cref="Distance"/> is the SimHash bits the two differ in, and
/// <see cref="Similarity"/> the estimated Jaccard similarity when MinHash made the link (null for SimHash links).
/// </summary>
public sealed record DuplicateLink(string OriginalId, int Distance)
{
    public double? Similarity { get; init; }
}

/// <summary>
/// A story's MinHash <see cref="Signature"/> and the LSH <see cref="Bands"/> keys it is found by. The ingester
/// computes both; the store keeps them and looks stories up by band. A story too short to be linked keeps its
/// signature with no bands.
/// </summary>
public sealed record MinHashSketch(uint[] Signature, IReadOnlyList<long> Bands);

/// <summary>A stored original sharing an LSH band with a new story: what the ingester needs to compare the two.</summary>
public sealed record MinHashCandidate(string Id, long SimHash, uint[] Signature);

/// <summary>Relinking starts after <see cref="AfterSeq"/>: <see cref="Stories"/> stories follow, <see cref="Unsigned"/> of them without a signature.</summary>
public sealed record RelinkPlan(long AfterSeq, long Stories, long Unsigned);

/// <summary>
/// A stored story as relinking reads it: its <see cref="Signature"/> and whether it has band keys, or, stored without a
/// signature, its <see cref="Text"/> to compute one from; and the link it has now.
/// </summary>
public sealed record LinkState(string Id, long Seq, long SimHash, uint[]? Signature, bool HasBands, string? Text, DuplicateLink? Link);

/// <summary>A relinked story: the sketch to store when it had no signature, and its link (null: an original).</summary>
public sealed record Relinked(string Id, MinHashSketch? NewSketch, DuplicateLink? Link);

public sealed record EntityRow(string EntityId, string Type, string Name, string? Actor, int MentionCount);

public sealed record MentionRow(string EntityId, int Start, int End);

public sealed record QuoteRow(int Ordinal, int Start, int End, string Text, string? SpeakerId, string? SpeakerName,
    string? SpeakerText, string? Cue, bool Direct);

public sealed record CountRow(int Ordinal, int Start, int End, string Text, string Kind, double Value, string? PlaceId);

public sealed record TimeRow(int Ordinal, int Start, int End, string Text, string Value);

public sealed record EventRow(int Ordinal, int Start, int End, string Trigger, string Code, string? Plover, int Quad,
    string? SourceEntity, string? SourceActor, string? TargetEntity, string? TargetActor, string? Time, string Rule)
{
    /// <summary>The entity id (in the same document) of the place the event happened, when the text names one.</summary>
    public string? PlaceEntity { get; init; }

    /// <summary>The Goldstein score of <see cref="Code"/>, as the event stage found it in the CAMEO table.</summary>
    public double? Goldstein { get; init; }

    /// <summary>The words naming a side that no entity stands for (قوات الامن); null when an entity or nothing fills it.</summary>
    public string? SourceText { get; init; }

    public string? TargetText { get; init; }
}

/// <summary>What listings return for a document (no text, no analysis).</summary>
public sealed record DocumentSummary(string Id, string? Title, string? Date, string? Source, string? Url, string? DuplicateOf);

/// <summary>A whole stored document, as <c>GET /api/v1/documents/{id}</c> returns it.</summary>
public sealed record StoredDocument(DocumentSummary Summary, string Hash, string Text, string AnalysisJson,
    IReadOnlyList<DocumentSummary> Duplicates);

public sealed record Page<T>(long Total, IReadOnlyList<T> Items);

public sealed record EntitySummary(string Name, string Type, string? Actor, long Documents, long Mentions);

public sealed record QuoteSummary(string DocumentId, string? Date, string? Source, int Start, int End, string Text,
    string? Speaker, string? SpeakerText, string? Cue, bool Direct);

/// <summary>
/// One event as reported across a cluster of near-duplicate stories: counted once, with the number of stories
/// (<see cref="Mentions"/>) and distinct outlets (<see cref="Sources"/>) that reported it.
/// </summary>
public sealed record EventSummary(string DocumentId, string? Date, int Start, int End, string Trigger, string Code,
    string? Plover, int Quad, string? SourceActor, string? SourceName, string? TargetActor, string? TargetName,
    string? Time, string Rule, long Mentions, long Sources, string? DocumentSource = null, string? DocumentUrl = null)
{
    public double? Goldstein { get; init; }

    /// <summary>The place entity's name and actor code (a country code for countries and capitals), when the event has one.</summary>
    public string? PlaceName { get; init; }

    public string? PlaceActor { get; init; }

    /// <summary>When the story was stored (UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>).</summary>
    public string? IngestedAt { get; init; }

    /// <summary>The words naming a side that no entity stands for (المتظاهرون); null for an entity or an older store's rows.</summary>
    public string? SourceText { get; init; }

    public string? TargetText { get; init; }
}

public sealed record CorpusStats(long Documents, long Duplicates, long Entities, long Mentions, long Quotes, long Counts,
    long Times, long Events, string? FirstDate, string? LastDate, IReadOnlyList<Facet> Sources, IReadOnlyList<Facet> EventRoots,
    IReadOnlyList<Facet> DocumentsPerMonth);

public sealed record Facet(string Value, long Count);

public sealed record EventQuery(string? Code = null, string? Actor = null, string? Entity = null, string? From = null,
    string? To = null, int Limit = 50, int Offset = 0)
{
    /// <summary>The source side as the network names it: the entity's name, else the actor code (an edge's source node).</summary>
    public string? Source { get; init; }

    public string? Target { get; init; }

    /// <summary>QuadClass 1–4.</summary>
    public int? Quad { get; init; }
}

public sealed record EntityDetail(EntitySummary Entity, IReadOnlyList<Facet> MentionsPerMonth,
    IReadOnlyList<Facet> CoOccurring, IReadOnlyList<DocumentSummary> Documents, IReadOnlyList<QuoteSummary> Quotes);
