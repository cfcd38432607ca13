namespace Hadath.Store;

/// <summary>
/// Which actor network to build. <see cref="Code"/> is a CAMEO prefix (a root such as <c>19</c>, or finer) and,
/// like <see cref="Quad"/>, narrows the event edges only; dates narrow both edge kinds by the story's date.
/// </summary>
public sealed record NetworkQuery(string? From = null, string? To = null, string? Code = null, int? Quad = null,
    int MinWeight = 1, int Limit = 50, bool Stories = false);

/// <summary>
/// One actor: an entity by its name (it has a page), or a bare CAMEO actor code when an event names a role
/// without an entity (<c>USAGOV</c> from «وزير الخارجية الاميركي»). <see cref="Weight"/> sums the kept edges' weights.
/// </summary>
public sealed record NetworkNode(string Id, bool IsEntity, string? Type, string? Actor, long Weight, long EventWeight, long StoryWeight);

/// <summary>
/// An <c>event</c> edge runs from the events' source to their target and counts events (once per cluster of copies);
/// <see cref="Quad"/> and <see cref="Root"/> are the most frequent QuadClass and CAMEO root among them. A <c>story</c>
/// edge is undirected (source sorts first) and counts original stories naming both actors.
/// </summary>
public sealed record NetworkEdge(string Source, string Target, string Kind, long Weight, int? Quad, string? Root, IReadOnlyList<Facet> Roots);

/// <summary>The top nodes by weight and the edges among them; the candidate counts say how much was cut by the limit.</summary>
public sealed record NetworkGraph(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, long CandidateNodes, long CandidateEdges);
