using Hadath.Extraction.Text;

namespace Hadath.Extraction.Times;

public enum TimeWordKind
{
    Month,
    Hijri,
    Weekday,
    RelativeDay,
    Unit,
    Direction,
    This,
    Modifier,
    YearWord,
    Duration,
    Dual,
    RangeFrom,
    RangeTo,
}

/// <summary>One time phrase of <c>Lexicons/times.tsv</c>: its words as keys, its value and whether it is also an ordinary word.</summary>
public sealed record TimePhrase(TimeWordKind Kind, string[] Keys, string Value, bool Weak)
{
    public int IntValue => int.Parse(Value, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The time words, indexed by the key of their first word, longest phrase first.</summary>
public sealed class TimeLexicon
{
    private readonly Dictionary<string, List<TimePhrase>> _byFirstKey = new();
    private readonly Dictionary<string, int> _kindsByFirstKey = new();
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _kindsBySpan;
    private readonly KeyTails _firstKeyTails;
    /// <summary>The first keys again, each looked up only when a first key has its shape: most words start no phrase.</summary>
    private readonly ReadingPrefilter _firstKeys;

    public TimeLexicon()
    {
        foreach (var row in LexiconTable.Read("times.tsv"))
        {
            var kind = row[0] switch
            {
                "month" => TimeWordKind.Month,
                "hijri" => TimeWordKind.Hijri,
                "weekday" => TimeWordKind.Weekday,
                "relday" => TimeWordKind.RelativeDay,
                "unit" => TimeWordKind.Unit,
                "direction" => TimeWordKind.Direction,
                "this" => TimeWordKind.This,
                "modifier" => TimeWordKind.Modifier,
                "yearword" => TimeWordKind.YearWord,
                "duration" => TimeWordKind.Duration,
                "dual" => TimeWordKind.Dual,
                "rangefrom" => TimeWordKind.RangeFrom,
                "rangeto" => TimeWordKind.RangeTo,
                _ => throw new InvalidDataException($"times.tsv: unknown kind '{row[0]}'"),
            };
            var phrase = new TimePhrase(kind, LexiconTable.Keys(row[1]), row.Length > 2 ? row[2] : "", row.Length > 3 && row[3] == "weak");
            if (!_byFirstKey.TryGetValue(phrase.Keys[0], out var list)) _byFirstKey[phrase.Keys[0]] = list = new();
            list.Add(phrase);
        }
        foreach (var (key, list) in _byFirstKey)
        {
            list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
            _kindsByFirstKey[key] = list.Aggregate(0, (kinds, p) => kinds | KindBit(p.Kind));
        }
        _kindsBySpan = _kindsByFirstKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstKeyTails = new KeyTails(_byFirstKey.Keys);
        _firstKeys = new ReadingPrefilter(_kindsByFirstKey.Keys, nameKeys: false);
    }

    public static TimeLexicon Shared { get; } = new();

    public bool IsFirstKey(string key) => _byFirstKey.ContainsKey(key);

    /// <summary>The kinds of the phrases whose first word has key <paramref name="firstKey"/>, as <see cref="KindBit"/> flags (0: none).</summary>
    public int KindsStartingWith(string firstKey) => _kindsByFirstKey.GetValueOrDefault(firstKey);

    /// <summary><see cref="KindsStartingWith(string)"/> of a key read in place (a word's key less its clitics), with no string made.</summary>
    internal int KindsStartingWith(ReadOnlySpan<char> firstKey) => _kindsBySpan.TryGetValue(firstKey, out int kinds) ? kinds : 0;

    public static int KindBit(TimeWordKind kind) => 1 << (int)kind;

    /// <summary>
    /// Whether the key is a word of direction after a calendar unit (الماضي, المقبلة, الجاري, الفائت): after العام it makes
    /// the year (العام الماضي), not an adjective of the name or title before it.
    /// </summary>
    public bool IsDirection(string key) => (KindsStartingWith(key) & KindBit(TimeWordKind.Direction)) != 0;

    /// <summary>
    /// False when no first key ends as <paramref name="key"/> does (its last three letters, or its last two for a first key
    /// of two): then neither the word nor any form of it with clitics cut from its front is one (a first key of one letter
    /// is only ever the whole word). With the last two letters alone, half the words of a story passed to the lookups.
    /// </summary>
    public bool MayEndAFirstKey(string key) => key.Length < 2 || _firstKeyTails.MayEnd(key);

    /// <summary>
    /// Whether the word of match key <paramref name="key"/>, or it less one or two front letters (a conjunction, a
    /// preposition), is a first key. Its readings without an article are among these three, so when none is, the word
    /// starts no phrase.
    /// </summary>
    public bool MayStartAPhrase(string key)
    {
        if (!MayEndAFirstKey(key)) return false;
        var word = key.AsSpan();
        return _firstKeys.Holds(word) || (word.Length > 1 && _firstKeys.Holds(word[1..])) ||
               (word.Length > 2 && _firstKeys.Holds(word[2..]));
    }

    /// <summary>Phrases whose first word has key <paramref name="firstKey"/>, longest first (every kind: callers pick theirs).</summary>
    public IReadOnlyList<TimePhrase> StartingWith(string firstKey) =>
        _byFirstKey.TryGetValue(firstKey, out var list) ? list : Array.Empty<TimePhrase>();
}
