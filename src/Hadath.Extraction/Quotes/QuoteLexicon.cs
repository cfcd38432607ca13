using Hadath.Extraction.Text;

namespace Hadath.Extraction.Quotes;

public enum CueRole
{
    Say,
    Question,
    According,
    That,
}

/// <summary>Speech cues of <c>Lexicons/cues.tsv</c>; a cue may carry و or ف (وقال, فاضاف).</summary>
public sealed class QuoteLexicon
{
    private readonly Dictionary<string, CueRole> _cues = new();
    private readonly Dictionary<string, CueRole>.AlternateLookup<ReadOnlySpan<char>> _cuesBySpan;

    public QuoteLexicon()
    {
        _cuesBySpan = _cues.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var row in LexiconTable.Read("cues.tsv"))
        {
            _cues[MatchKey.Of(row[0])] = row[1] switch
            {
                "say" => CueRole.Say,
                "question" => CueRole.Question,
                "according" => CueRole.According,
                "that" => CueRole.That,
                _ => throw new InvalidDataException($"cues.tsv: unknown role '{row[1]}'"),
            };
        }
    }

    public static QuoteLexicon Shared { get; } = new();

    /// <summary>Whether the key as written is a cue (not only after peeling و/ف).</summary>
    public bool IsCue(string key) => _cues.ContainsKey(key);

    public CueRole? Role(Word word)
    {
        if (!word.IsLetters) return null;
        if (_cues.TryGetValue(word.Key, out var role)) return role;
        string key = word.Key;
        // Only the conjunctions: ب before ان is listed (بان), and لقال is not speech. Looked up in place: every word with و is asked.
        if (key.Length > 2 && key[0] is 'و' or 'ف' && _cuesBySpan.TryGetValue(key.AsSpan(1), out role) && role != CueRole.That) return role;
        return null;
    }
}
