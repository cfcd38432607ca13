namespace Hadath.Store;

/// <summary>Near-duplicate candidates by MinHash LSH band, looked up on the band key index.</summary>
internal sealed partial class SqlDocumentStore
{
    /// <summary>Band keys per query: far below both databases' parameter limits, and one batch's keys (128 × 32) in a few.</summary>
    private const int BandsPerQuery = 1000;

    public IReadOnlyList<MinHashCandidate> MinHashCandidates(IReadOnlyCollection<long> bands, long beforeSeq = long.MaxValue)
    {
        if (bands.Count == 0) return [];
        var found = new Dictionary<string, (long Seq, MinHashCandidate Candidate)>(StringComparer.Ordinal);
        using var connection = _dialect.Open();
        foreach (var chunk in bands.Distinct().Chunk(BandsPerQuery))
        {
            using var command = connection.Command("");
            string bandList = command.WithList("@b", chunk);
            // Each story once (a semi-join on the band index, not a DISTINCT over joined rows and their signatures).
            // Copies are never candidates: a new copy links to the cluster's original, as SimHash links do.
            command.CommandText = $"""
                SELECT d.id, d.seq, d.simhash, m.signature
                FROM documents d JOIN minhashes m ON m.doc_id = d.id
                WHERE d.id IN (SELECT b.doc_id FROM minhash_bands b WHERE b.band_key IN ({bandList}))
                  AND d.seq < @before AND NOT EXISTS (SELECT 1 FROM duplicates x WHERE x.doc_id = d.id)
                """;
            command.With("@before", beforeSeq);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                // A story sharing bands from two chunks is read twice; its signature is decoded once.
                if (found.ContainsKey(id)) continue;
                found[id] = (reader.Int64(1), new MinHashCandidate(id, reader.Int64(2), SignatureText.Decode(reader.GetString(3))));
            }
        }
        return found.Values.OrderBy(f => f.Seq).Select(f => f.Candidate).ToList();
    }
}
