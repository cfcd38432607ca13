namespace Hadath.Store;

/// <summary>Near-duplicate candidates by MinHash LSH band, looked up on the band key index.</summary>
internal sealed partial class SqlDocumentStore
{
    public IReadOnlyList<MinHashCandidate> MinHashCandidates(IReadOnlyCollection<long> bands)
    {
        var found = new Dictionary<string, (long Seq, MinHashCandidate Candidate)>(StringComparer.Ordinal);
        if (bands.Count == 0) return [];
        using var connection = _dialect.Open();
        foreach (var chunk in bands.Distinct().Chunk(500))
        {
            using var command = connection.Command("");
            string bandList = command.WithList("@b", chunk);
            // Copies are never candidates: a new copy links to the cluster's original, as SimHash links do.
            command.CommandText = $"""
                SELECT DISTINCT d.id, d.seq, d.simhash, m.signature
                FROM minhash_bands b JOIN documents d ON d.id = b.doc_id JOIN minhashes m ON m.doc_id = b.doc_id
                WHERE b.band_key IN ({bandList}) AND NOT EXISTS (SELECT 1 FROM duplicates x WHERE x.doc_id = b.doc_id)
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (found.ContainsKey(id)) continue;
                found[id] = (reader.Int64(1), new MinHashCandidate(id, reader.Int64(2), SignatureText.Decode(reader.GetString(3))));
            }
        }
        return found.Values.OrderBy(f => f.Seq).Select(f => f.Candidate).ToList();
    }
}
