namespace Hadath.Store;

/// <summary>
/// The conditions events (and, for the date range, stories) are narrowed by, written once for the event listing and
/// the actor network: an event edge's weight and the events <c>/events?source=&amp;target=</c> lists behind it are then
/// the same rows by construction. Conditions refer to <see cref="EventsFrom"/>'s aliases (<c>e</c>, <c>d</c>, <c>se</c>,
/// <c>te</c>); every value is a parameter.
/// </summary>
internal sealed class EventFilter
{
    /// <summary>Events with their story and the entities on either side.</summary>
    public const string EventsFrom = """
        events e JOIN documents d ON d.id = e.doc_id
        LEFT JOIN entities se ON se.doc_id = e.doc_id AND se.entity_id = e.source_entity
        LEFT JOIN entities te ON te.doc_id = e.doc_id AND te.entity_id = e.target_entity
        """;

    /// <summary>How the actor network names an event's sides: the entity's name, else the bare actor code.</summary>
    public const string SourceNode = "COALESCE(se.name, e.source_actor)";
    public const string TargetNode = "COALESCE(te.name, e.target_actor)";

    private readonly List<string> _conditions = [];

    public List<(string Name, object? Value)> Args { get; } = [];

    /// <summary>The filters both endpoints take: events of original stories only (copies add mentions, not rows), code prefix, QuadClass, dates.</summary>
    public static EventFilter Events(string? code, int? quad, string? from, string? to) =>
        new EventFilter().OriginalsOnly().Code(code).Quad(quad).Dates(from, to);

    /// <summary>Only stories that copy no other (alias <c>d</c>).</summary>
    public EventFilter OriginalsOnly() => Add("NOT EXISTS (SELECT 1 FROM duplicates dx WHERE dx.doc_id = d.id)");

    /// <summary>The story's date within [from, to] (inclusive, <c>YYYY-MM-DD</c> compared as text).</summary>
    public EventFilter Dates(string? from, string? to) =>
        Add("d.date >= @from", "@from", Trimmed(from)).Add("d.date <= @to", "@to", Trimmed(to));

    /// <summary>A CAMEO code prefix: <c>19</c> is the root, <c>190</c> finer.</summary>
    public EventFilter Code(string? prefix) =>
        Add("e.code LIKE @code ESCAPE '\\'", "@code", Trimmed(prefix) is { } p ? DbExtensions.LikeEscape(p) + "%" : null);

    public EventFilter Quad(int? quad) => Add("e.quad = @quad", "@quad", quad);

    /// <summary>Either side coded <paramref name="actor"/>.</summary>
    public EventFilter Actor(string? actor) => Add("(e.source_actor = @actor OR e.target_actor = @actor)", "@actor", Trimmed(actor));

    /// <summary>Either side the entity named <paramref name="entity"/>.</summary>
    public EventFilter Entity(string? entity) => Add("(se.name = @entity OR te.name = @entity)", "@entity", Trimmed(entity));

    /// <summary>The source side as the network names it (<see cref="SourceNode"/>).</summary>
    public EventFilter Source(string? node) => Add($"{SourceNode} = @source", "@source", Trimmed(node));

    public EventFilter Target(string? node) => Add($"{TargetNode} = @target", "@target", Trimmed(node));

    /// <summary>Both sides named, as an edge needs them.</summary>
    public EventFilter BothSides() => Add($"{SourceNode} IS NOT NULL AND {TargetNode} IS NOT NULL");

    /// <summary><c>WHERE …</c>, or nothing when no condition applies.</summary>
    public string Where => _conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _conditions);

    private EventFilter Add(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    /// <summary>Adds the condition only when a value was given.</summary>
    private EventFilter Add(string condition, string name, object? value)
    {
        if (value is null) return this;
        Args.Add((name, value));
        return Add(condition);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
