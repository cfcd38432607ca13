using System.Data.Common;

namespace Hadath.Store;

/// <summary>The actor network: who acts on whom (events) and who is named with whom (stories), over original stories only.</summary>
internal sealed partial class SqlDocumentStore
{
    /// <summary>Entities that can act: persons, organisations, and anything the actor stage gave a code.</summary>
    private static string ActorLike(string alias) => $"({alias}.type IN ('PER', 'ORG') OR {alias}.actor IS NOT NULL)";

    private sealed class EdgeTally
    {
        public long Weight;
        public readonly long[] Quads = new long[5];
        public readonly Dictionary<string, long> Roots = new(StringComparer.Ordinal);
    }

    public NetworkGraph Network(NetworkQuery query)
    {
        using var connection = _dialect.Open();
        var tallies = new Dictionary<(string Source, string Target, string Kind), EdgeTally>();
        ReadEventEdges(connection, query, tallies);
        if (query.Stories) ReadStoryEdges(connection, query, tallies);

        var kept = tallies.Where(t => t.Value.Weight >= Math.Max(1, query.MinWeight)).ToList();
        var strength = new Dictionary<string, (long Events, long Stories)>(StringComparer.Ordinal);
        foreach (var ((source, target, kind), tally) in kept)
        {
            foreach (var node in new[] { source, target })
            {
                var (events, stories) = strength.GetValueOrDefault(node);
                strength[node] = kind == "event" ? (events + tally.Weight, stories) : (events, stories + tally.Weight);
            }
        }
        var top = strength.OrderByDescending(s => s.Value.Events + s.Value.Stories).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(Math.Max(1, query.Limit)).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var meta = ReadNodeMetadata(connection, top);
        var nodes = top.Select(id =>
            {
                var (events, stories) = strength[id];
                var m = meta.GetValueOrDefault(id);
                // A node no entity row names is a bare actor code (events keep the code when no entity was found).
                return new NetworkNode(id, m.Type is not null, m.Type, m.Type is null ? id : m.Actor, events + stories, events, stories);
            })
            .OrderByDescending(n => n.Weight).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        var edges = kept.Where(k => top.Contains(k.Key.Source) && top.Contains(k.Key.Target))
            .Select(k => ToEdge(k.Key, k.Value))
            .OrderByDescending(e => e.Weight).ThenBy(e => e.Kind, StringComparer.Ordinal)
            .ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToList();
        return new NetworkGraph(nodes, edges, strength.Count, kept.Count);
    }

    private static NetworkEdge ToEdge((string Source, string Target, string Kind) key, EdgeTally tally)
    {
        if (key.Kind != "event") return new NetworkEdge(key.Source, key.Target, key.Kind, tally.Weight, null, null, []);
        int quad = Enumerable.Range(1, 4).OrderByDescending(q => tally.Quads[q]).First();
        var roots = tally.Roots.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new Facet(r.Key, r.Value)).ToList();
        return new NetworkEdge(key.Source, key.Target, key.Kind, tally.Weight, tally.Quads[quad] > 0 ? quad : null, roots[0].Value, roots);
    }

    private static void ReadEventEdges(DbConnection connection, NetworkQuery query, Dictionary<(string, string, string), EdgeTally> tallies)
    {
        // The event listing's own filter: the events behind an edge are listed by /events?source=&target= with the same parameters.
        var filter = EventFilter.Events(query.Code, query.Quad, query.From, query.To).BothSides();
        using var command = With(connection.Command($"""
            SELECT {EventFilter.SourceNode}, {EventFilter.TargetNode}, e.quad, substr(e.code, 1, 2), COUNT(*)
            FROM {EventFilter.EventsFrom} {filter.Where}
            GROUP BY {EventFilter.SourceNode}, {EventFilter.TargetNode}, e.quad, substr(e.code, 1, 2)
            """), filter.Args);
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            string source = r.GetString(0), target = r.GetString(1);
            if (source == target) continue;
            if (!tallies.TryGetValue((source, target, "event"), out var tally)) tallies[(source, target, "event")] = tally = new EdgeTally();
            long n = r.Int64(4);
            tally.Weight += n;
            int q = r.Int32(2);
            if (q is >= 1 and <= 4) tally.Quads[q] += n;
            string root = r.GetString(3);
            tally.Roots[root] = tally.Roots.GetValueOrDefault(root) + n;
        }
    }

    /// <summary>
    /// Pairs are counted here rather than by a self-join in SQL: on the 10,161 Jawhara FM stories the self-join took
    /// 1.4 s (it sorts every pair of names through a temporary B-tree), reading each story's actors once 0.17 s.
    /// </summary>
    private static void ReadStoryEdges(DbConnection connection, NetworkQuery query, Dictionary<(string, string, string), EdgeTally> tallies)
    {
        var filter = new EventFilter().OriginalsOnly().Dates(query.From, query.To);
        using var command = With(connection.Command($"""
            SELECT a.doc_id, a.name FROM entities a JOIN documents d ON d.id = a.doc_id
            {filter.Where} AND {ActorLike("a")}
            ORDER BY a.doc_id
            """), filter.Args);
        using var r = command.ExecuteReader();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        string? doc = null;
        while (r.Read())
        {
            string id = r.GetString(0);
            if (id != doc)
            {
                AddPairs(names, tallies);
                names.Clear();
                doc = id;
            }
            names.Add(r.GetString(1));
        }
        AddPairs(names, tallies);
    }

    /// <summary>One story's actors: each pair once, the ordinally first name as the source.</summary>
    private static void AddPairs(SortedSet<string> names, Dictionary<(string, string, string), EdgeTally> tallies)
    {
        if (names.Count < 2) return;
        var sorted = names.ToArray();
        for (int i = 0; i < sorted.Length; i++)
        {
            for (int j = i + 1; j < sorted.Length; j++)
            {
                var key = (sorted[i], sorted[j], "story");
                if (!tallies.TryGetValue(key, out var tally)) tallies[key] = tally = new EdgeTally();
                tally.Weight++;
            }
        }
    }

    /// <summary>For each name: the type most stories give it, and its actor code (as the entity listing reports it).</summary>
    private static Dictionary<string, (string? Type, string? Actor)> ReadNodeMetadata(DbConnection connection, IReadOnlyCollection<string> names)
    {
        var meta = new Dictionary<string, (string? Type, string? Actor, long Documents)>(StringComparer.Ordinal);
        foreach (var chunk in names.Chunk(500))
        {
            using var command = connection.Command("");
            command.CommandText = $"SELECT name, type, MAX(actor), COUNT(DISTINCT doc_id) FROM entities WHERE name IN ({command.WithList("@n", chunk)}) GROUP BY name, type";
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                var name = r.GetString(0);
                long documents = r.Int64(3);
                if (!meta.TryGetValue(name, out var seen) || documents > seen.Documents
                    || (documents == seen.Documents && string.CompareOrdinal(r.GetString(1), seen.Type) < 0))
                {
                    meta[name] = (r.GetString(1), r.StringOrNull(2), documents);
                }
            }
        }
        return meta.ToDictionary(m => m.Key, m => (m.Value.Type, m.Value.Actor), StringComparer.Ordinal);
    }

    public Page<DocumentSummary> StoriesNaming(string first, string second, string? from, string? to, int limit, int offset)
    {
        using var connection = _dialect.Open();
        var filter = new EventFilter().OriginalsOnly().Dates(from, to);
        var args = filter.Args;
        args.Add(("@a", first));
        args.Add(("@b", second));
        var where = $"""
            {filter.Where} AND d.id IN (SELECT doc_id FROM entities WHERE name = @a)
              AND d.id IN (SELECT doc_id FROM entities WHERE name = @b)
            """;
        long total = With(connection.Command($"SELECT COUNT(*) FROM documents d {where}"), args).Scalar();
        var items = ReadSummaries(connection, $"""
            SELECT {SummaryColumns} FROM {SummaryFrom} {where}
            ORDER BY d.date DESC, d.seq DESC LIMIT @limit OFFSET @offset
            """, [.. args, ("@limit", limit), ("@offset", offset)]);
        return new Page<DocumentSummary>(total, items);
    }
}
