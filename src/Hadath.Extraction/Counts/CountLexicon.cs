using Hadath.Extraction.Text;

namespace Hadath.Extraction.Counts;

public enum CountRole
{
    Noun,
    Before,
    After,
}

/// <summary>The count words (<c>Lexicons/counts.tsv</c>) and number qualifiers (<c>Lexicons/qualifiers.tsv</c>).</summary>
public sealed class CountLexicon
{
    /// <summary>The kind given to a number of people that no kind word qualifies.</summary>
    public const string People = "people";

    // One table per role: a tuple key would hash its string with the randomized default comparer on every lookup.
    private readonly Dictionary<string, string>[] _kinds = [new(), new(), new()];
    private readonly List<(string[] Keys, string Qualifier)> _qualifiers = new();

    /// <summary>The last word of each qualifier: its last key, or a one-word qualifier's key alone or after و, ب or ل.</summary>
    private readonly HashSet<string> _qualifierLastKeys = new(StringComparer.Ordinal);

    public CountLexicon()
    {
        foreach (var row in LexiconTable.Read("counts.tsv"))
        {
            var role = row[2] switch
            {
                "noun" => CountRole.Noun,
                "before" => CountRole.Before,
                "after" => CountRole.After,
                _ => throw new InvalidDataException($"counts.tsv: unknown role '{row[2]}'"),
            };
            _kinds[(int)role][MatchKey.Of(row[0])] = row[1];
        }
        AddPeople();
        foreach (var row in LexiconTable.Read("qualifiers.tsv"))
        {
            _qualifiers.Add((LexiconTable.Keys(row[0]), row[1]));
        }
        _qualifiers.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        foreach (var (keys, _) in _qualifiers)
        {
            _qualifierLastKeys.Add(keys[^1]);
            if (keys.Length == 1) _qualifierLastKeys.UnionWith(["و" + keys[0], "ب" + keys[0], "ل" + keys[0]]);
        }
        _nounTails = new KeyTails(_kinds[(int)CountRole.Noun].Keys);
        _tails = [.. _kinds.Select((kinds, role) => role == (int)CountRole.Noun ? _nounTails : new KeyTails(kinds.Keys))];
        _shortKeys = [.. _kinds.Select(kinds => kinds.Keys.Any(k => k.Length < 2))];
        _nounsBySpan = _kinds[(int)CountRole.Noun].GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The nouns of people of <c>Lexicons/people.tsv</c>, kind <see cref="People"/>, each sound masculine plural in ين
    /// with its other forms (المتقاعدون; the construct حاملي, مهنيو). A word counts.tsv lists keeps its kind there.
    /// </summary>
    private void AddPeople()
    {
        var nouns = _kinds[(int)CountRole.Noun];
        foreach (var row in LexiconTable.Read("people.tsv"))
        {
            if (row.Length < 2 || row[1] != People) throw new InvalidDataException($"people.tsv: '{row[0]}' is not marked people");
            string key = MatchKey.Of(row[0]);
            nouns.TryAdd(key, People);
            if (!key.EndsWith("ين", StringComparison.Ordinal)) continue;
            string stem = key[..^2];
            nouns.TryAdd(stem + "ون", People);
            nouns.TryAdd(stem + "ي", People);
            nouns.TryAdd(stem + "و", People);
        }
    }

    /// <summary>The last three letters of the nouns: a dual's singular must end as one does (<see cref="Dual"/>).</summary>
    private readonly KeyTails _nounTails;

    /// <summary>How each role's keys end (<see cref="Kind"/>), and whether a role has a key too short for that to tell.</summary>
    private readonly KeyTails[] _tails;
    private readonly bool[] _shortKeys;

    /// <summary>Every noun key the dual gate's tails are built from (counts.tsv and people.tsv with their forms), for tests.</summary>
    internal IEnumerable<string> NounKeys => _kinds[(int)CountRole.Noun].Keys;

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nounsBySpan;

    public static CountLexicon Shared { get; } = new();

    /// <summary>The kind of a word in <paramref name="role"/>, trying it with its clitics peeled off; the span excludes them.</summary>
    public (string Kind, Hadath.Core.TextSpan Span)? Kind(string text, Word word, CountRole role)
    {
        var kinds = _kinds[(int)role];
        // Every reading of a letter word is its key less front letters, so ends as the key does: a word that ends as no
        // key of the role has none among them, and the words before a number are asked over and over. Only a noun may
        // then still be a nationality.
        bool mayBeListed = !word.IsLetters || _shortKeys[(int)role] || _tails[(int)role].MayEnd(word.Key);
        if (!mayBeListed && (role != CountRole.Noun || word.Key.Length < 4)) return null;
        var readings = Proclitics.ReadingsOf(text, word);
        if (mayBeListed)
        {
            foreach (var reading in readings)
            {
                if (kinds.TryGetValue(reading.Key, out var kind)) return (kind, reading.Span);
            }
        }
        // 25 الف تونسي, 131 ايرانيا, عشرات السوريين, 1,3 مليون سوري: a nationality names people.
        if (role == CountRole.Noun && word.IsLetters && word.Key.Length >= 4)
        {
            foreach (var reading in readings)
            {
                // مؤشر نيكي 225 الياباني: a definite singular nationality describes what precedes; only its plural counts.
                bool definite = reading.HadArticle || reading.Key.StartsWith("ال", StringComparison.Ordinal);
                if (definite && !(reading.Key.EndsWith("ين", StringComparison.Ordinal) || reading.Key.EndsWith("ون", StringComparison.Ordinal))) continue;
                if (IsNationality(reading.Key)) return (People, reading.Span);
            }
        }
        return null;
    }

    /// <summary>The kind of a folded key in <paramref name="role"/>, read as it stands (no clitics peeled), or null.</summary>
    public string? KindOfKey(string key, CountRole role) => _kinds[(int)role].GetValueOrDefault(key);

    /// <summary>Pronoun suffixes a noun of people may carry (اثنين من جنوده, افرادها الثمانية), longest first.</summary>
    private static readonly string[] PronounSuffixes = ["هما", "ها", "هم", "هن", "ه"];

    /// <summary>
    /// The kind of a counted noun as <see cref="Kind"/> reads it in the noun role, or else of the noun under a pronoun
    /// suffix (جنوده, عناصرها); the span then covers the whole word with its suffix (a word with a proclitic is no such noun).
    /// </summary>
    public (string Kind, Hadath.Core.TextSpan Span)? NounKind(string text, Word word)
    {
        if (Kind(text, word, CountRole.Noun) is { } plain) return plain;
        return KindUnderSuffix(word, CountRole.Noun, PronounSuffixes) is { } owned ? (owned, word.Span) : null;
    }

    /// <summary>
    /// The kind the word's key has in <paramref name="role"/> once one of <paramref name="suffixes"/> (pronouns, longest
    /// first) is taken off its end, leaving at least three letters (جنوده, اعتقلتهم); null for none.
    /// </summary>
    public string? KindUnderSuffix(Word word, CountRole role, string[] suffixes)
    {
        if (!word.IsLetters) return null;
        foreach (var suffix in suffixes)
        {
            if (word.Key.Length > suffix.Length + 2 && word.Key.EndsWith(suffix, StringComparison.Ordinal) &&
                KindOfKey(word.Key[..^suffix.Length], role) is { } kind)
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>Whether the word, its clitics peeled, is a nationality noun (<see cref="IsNationality"/>): سوري, السوريين.</summary>
    public static bool IsNationalityWord(string text, Word word)
    {
        if (!word.IsLetters) return false;
        foreach (var reading in Proclitics.ReadingsOf(text, word))
        {
            if (IsNationality(reading.Key)) return true;
        }
        return false;
    }

    /// <summary>A nationality noun in the actor lexicon (تونسي, ايرانيا, السوريين); a country name (سوريا, ليبيا) is none.</summary>
    private static bool IsNationality(string key)
    {
        var actors = Hadath.Extraction.Actors.ActorLexicon.Shared;
        var name = Hadath.Extraction.Actors.NameKey.WordOfKey(key);   // a reading's key is folded: its name key is a slice of it
        if (name.Length < 4) return false;
        if (name.EndsWith("يا", StringComparison.Ordinal)) return actors.Country(name) is null && actors.Nationality(name[..^1]) is not null;
        return name[^1] is 'ي' or 'ن' && actors.Nationality(name) is not null;
    }

    /// <summary>
    /// A dual noun of people (فلسطينيان, ضابطان, طفلين, امرأتان, قتيلان): the singular with ان, or with ين when the
    /// lexicon does not list that spelling as a plural (مسلحين is the plural of مسلح, طفلين and جنديين only duals).
    /// The span excludes clitics; the kind is the singular's (<see cref="People"/>, or killed for قتيلان).
    /// </summary>
    public (Hadath.Core.TextSpan Span, string Kind)? Dual(string text, Word word)
    {
        // Clitics are peeled from the front only: a word that does not end so has no dual reading, and is not peeled.
        string whole = word.Key;
        if (!word.IsLetters || whole.Length < 5 || !(whole.EndsWith("ان", StringComparison.Ordinal) || whole.EndsWith("ين", StringComparison.Ordinal))) return null;
        // Every reading is the key less some front letters, so a singular read from it (three letters at least) ends with
        // the key's last three before ان/ين (or the first two of them and ه): when no noun ends so, no reading is a dual,
        // and none is made.
        var before = whole.AsSpan(0, whole.Length - 2);
        if (!_nounTails.MayEnd(before) && !(before[^1] == 'ت' && _nounTails.MayEnd([before[^3], before[^2], 'ه']))) return null;
        var nouns = _kinds[(int)CountRole.Noun];
        Span<char> feminine = stackalloc char[64];
        foreach (var reading in Proclitics.ReadingsOf(text, word))
        {
            string key = reading.Key;
            if (reading.HadArticle || key.Length < 5 || !(key.EndsWith("ان", StringComparison.Ordinal) || key.EndsWith("ين", StringComparison.Ordinal))) continue;
            scoped ReadOnlySpan<char> singular = key.AsSpan(0, key.Length - 2);
            // امرأتان, ممرضتين: a feminine singular ends in ة, which the dual writes ت.
            if (singular[^1] == 'ت' && !_nounsBySpan.ContainsKey(singular))
            {
                if (singular.Length > feminine.Length) feminine = new char[singular.Length];
                singular[..^1].CopyTo(feminine);
                feminine[singular.Length - 1] = 'ه';
                singular = feminine[..singular.Length];
            }
            if (!_nounsBySpan.TryGetValue(singular, out var kind)) continue;
            // مدنيين, فلسطينيين: the ين spelling of a nisba is mostly its plural, listed as such; one not listed
            // (جنديين: the plural is جنود) is the dual.
            if (key.EndsWith("ين", StringComparison.Ordinal) && nouns.ContainsKey(key)) continue;
            return (reading.Span, kind);
        }
        return null;
    }

    /// <summary>
    /// The qualifier whose words end just before word <paramref name="end"/>, with the index of its first word and the
    /// proclitic glued to that word, if any (وقرابة, بنحو, لنحو: و, ب or ل, else a space).
    /// </summary>
    public (string Qualifier, int FirstWord, char Proclitic)? QualifierBefore(IReadOnlyList<Word> words, int end)
    {
        // Asked several times of every number: the word before it, which every qualifier ends with, is looked up once
        // before each qualifier's words are compared.
        if (end < 1 || !_qualifierLastKeys.Contains(words[end - 1].Key)) return null;
        foreach (var (keys, qualifier) in _qualifiers)
        {
            int first = end - keys.Length;
            if (first < 0) continue;
            bool all = true;
            for (int k = 1; k < keys.Length && all; k++) all = words[first + k].Key == keys[k];
            if (!all) continue;
            string head = words[first].Key;
            if (head == keys[0]) return (qualifier, first, ' ');
            if (head.Length == keys[0].Length + 1 && head[0] is 'و' or 'ب' or 'ل' && head.AsSpan(1).SequenceEqual(keys[0])) return (qualifier, first, head[0]);
        }
        return null;
    }

    /// <summary>A qualifier that follows the count (<c>على الاقل</c>), with the index after its last word.</summary>
    public (string Qualifier, int EndWord)? QualifierAfter(IReadOnlyList<Word> words, int start)
    {
        if (start + 1 < words.Count && words[start].Key == "علي" && words[start + 1].Key == "الاقل") return ("at-least", start + 2);
        return null;
    }
}
