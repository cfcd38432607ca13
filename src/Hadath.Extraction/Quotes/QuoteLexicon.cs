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
    private readonly HashSet<string> _participles = new(StringComparer.Ordinal);

    /// <summary>Cues that are common words too (بين: between), read as cues only with ان right after them (وبين ان).</summary>
    private readonly HashSet<string> _beforeThat = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CueRole>.AlternateLookup<ReadOnlySpan<char>> _cuesBySpan;
    private readonly KeyTails _cueTails;

    /// <summary>The cues again, each looked up only when a cue has its shape: most words that end as a cue does are none.</summary>
    private readonly ReadingPrefilter _cueShapes;

    public QuoteLexicon()
    {
        _cuesBySpan = _cues.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var row in LexiconTable.Read("cues.tsv"))
        {
            if (row.Length > 2 && row[2] == "before-that")
            {
                _beforeThat.Add(MatchKey.Of(row[0]));
                continue;
            }
            _cues[MatchKey.Of(row[0])] = row[1] switch
            {
                "say" => CueRole.Say,
                "question" => CueRole.Question,
                "according" => CueRole.According,
                "that" => CueRole.That,
                _ => throw new InvalidDataException($"cues.tsv: unknown role '{row[1]}'"),
            };
            if (row.Length > 2 && row[2] == "participle") _participles.Add(MatchKey.Of(row[0]));
        }
        _cueTails = new KeyTails(_cues.Keys);
        _cueShapes = new ReadingPrefilter(_cues.Keys, nameKeys: false);
        _shortCues = _cues.Keys.Any(k => k.Length < 2);
    }

    public static QuoteLexicon Shared { get; } = new();

    /// <summary>Whether some cue has one letter (its ends are not kept): then words of up to two letters are always looked up.</summary>
    private readonly bool _shortCues;

    /// <summary>Whether the key as written is a cue (not only after peeling و/ف).</summary>
    public bool IsCue(string key) => _cues.ContainsKey(key);

    /// <summary>Whether the word is a participle cue (مؤكدا, داعيا): the speaker's own clause, never what is reported.</summary>
    public bool IsParticiple(Word word) => word.IsLetters && _participles.Contains(word.Key);

    /// <summary>
    /// The role of the word at <paramref name="at"/> read with the words beside it: <see cref="Role"/>, but a cue that is a
    /// common word too (بين) is one only with ان right after it, and a question answered (ردا على سؤال) was put to no one.
    /// </summary>
    public CueRole? RoleAt(IReadOnlyList<Word> words, int at)
    {
        var role = Role(words[at]);
        return RoleGiven(words, at, role, role is null && at + 1 < words.Count ? Role(words[at + 1]) : null);
    }

    /// <summary>
    /// <see cref="RoleAt"/> given the <see cref="Role"/> of the word and, where it has none, of the word after it (null
    /// past the last word): a stage reading a sentence's words in turn reads each word's role once.
    /// </summary>
    internal CueRole? RoleGiven(IReadOnlyList<Word> words, int at, CueRole? role, CueRole? next)
    {
        if (role == CueRole.Question && at > 0 && words[at - 1].Key == Upon) return null;
        if (role is not null || next != CueRole.That) return role;
        string key = words[at].Key;
        bool cue = _beforeThat.Contains(key) || (key.Length > 2 && key[0] is 'و' or 'ف' && _beforeThat.Contains(key[1..]));
        return cue ? CueRole.Say : null;
    }

    private static readonly string Upon = MatchKey.Of("على");

    public CueRole? Role(Word word)
    {
        if (!word.IsLetters) return null;
        // Asked of every word, often more than once: a word that ends as no cue does (with or without its و) is none.
        // By three letters: by two, every word ending as قال or ان does (ال, ان) was looked up.
        if (!_cueTails.MayEnd(word.Key) && !(_shortCues && word.Key.Length < 3)) return null;
        CueRole role;
        if (_cueShapes.HasShape(word.Key) && _cues.TryGetValue(word.Key, out role)) return role;
        string key = word.Key;
        // Only the conjunctions: ب before ان is listed (بان), and لقال is not speech. Looked up in place: every word with و is asked.
        if (key.Length > 2 && key[0] is 'و' or 'ف' && _cueShapes.HasShape(key.AsSpan(1)) && _cuesBySpan.TryGetValue(key.AsSpan(1), out role) && role != CueRole.That) return role;
        return null;
    }
}
