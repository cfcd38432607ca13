using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// Names of known type found word by word (<c>Lexicons/names.tsv</c>, and the international organisations of
/// <c>Lexicons/organisations.tsv</c>): the longest listed name starting at each word, the first word's و/ب/ل peeled
/// (لوكالة فرانس برس → وكالة فرانس برس), never after لل.
/// </summary>
public sealed class NameGazetteer
{
    private readonly Dictionary<string, List<(string[] Keys, EntityType Type)>> _byFirst = new(StringComparer.Ordinal);
    private readonly ReadingPrefilter _firsts;

    /// <summary>Whether a word may open a listed name by its letters (its readings' shapes, then their keys).</summary>
    internal ReadingPrefilter Firsts => _firsts;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstKeys;

    public NameGazetteer(IEnumerable<(string Name, EntityType Type)> names)
    {
        foreach (var (name, type) in names)
        {
            var keys = LexiconTable.Keys(name);
            if (keys.Length == 0) continue;
            if (!_byFirst.TryGetValue(keys[0], out var list)) _byFirst[keys[0]] = list = new();
            list.Add((keys, type));
        }
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        _firsts = new ReadingPrefilter(_byFirst.Keys, nameKeys: false);
        _firstKeys = new HashSet<string>(_byFirst.Keys, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static NameGazetteer Shared { get; } = new(
        LexiconTable.Read("names.tsv").Select(r => (r[0], Enum.Parse<EntityType>(r[1])))
            .Concat(LexiconTable.Read("organisations.tsv").Select(r => (r[0], EntityType.ORG))));

    public List<(TextSpan Span, EntityType Type)> Find(string text, IReadOnlyList<Word> words) => Find(text, WordScanner.AsSpan(words), default, 0);

    /// <param name="gates">When not empty, <see cref="Firsts"/>' answer for each word, as bit <paramref name="gate"/> (<see cref="ReadingPrefilter.Group"/>).</param>
    internal List<(TextSpan Span, EntityType Type)> Find(string text, ReadOnlySpan<Word> words, ReadOnlySpan<byte> gates, int gate)
    {
        var found = new List<(TextSpan, EntityType)>();
        for (int i = 0; i < words.Length; i++)
        {
            // Most words open no listed name by their letters alone: their readings are not made.
            // Of those that may, only a word with a reading among the first words is read (a reading never peels the article here).
            if (!words[i].IsLetters || !_firsts.MayRead(words[i].Key, gates, gate, i) || !ReadingPrefilter.AnyIn(words[i].Key, _firstKeys) ||
                At(text, words, i) is not { } hit) continue;
            // البيشمركة الكردية, الحرس الثوري الايراني: a nationality after a listed organisation is part of its name.
            if (hit.Type == EntityType.ORG && hit.EndWord < words.Length && NationalityAt(words, hit.EndWord))
                hit = (new TextSpan(hit.Span.Start, words[hit.EndWord].End), hit.Type, hit.EndWord + 1);
            found.Add((hit.Span, hit.Type));
            i = hit.EndWord - 1;
        }
        return found;
    }

    /// <summary>Whether word <paramref name="k"/> is a definite nationality adjective (الكردية, الايراني, اللبنانية).</summary>
    private static bool NationalityAt(ReadOnlySpan<Word> words, int k) =>
        words[k].IsLetters && words[k].Key.StartsWith("ال", StringComparison.Ordinal) && words[k - 1].End + 1 == words[k].Start &&
        Actors.ActorLexicon.Shared.Nationality(Actors.NameKey.WordOfKey(words[k].Key)) is not null;

    /// <summary>
    /// The word after a listed organisation's name that opens at <paramref name="from"/>, inside word <paramref name="i"/>
    /// (past a clitic the span left out: لجامعة الدول العربية), a first word behind لل read with its article (للامم
    /// المتحدة); -1 when no listed organisation opens there.
    /// </summary>
    internal int OrganisationEnd(string text, ReadOnlySpan<Word> words, int i, int from)
    {
        string first = from > words[i].Start ? MatchKey.Of(text.AsSpan(from, words[i].End - from)) : words[i].Key;
        if (Actors.NameKey.OpensWithLamArticle(first)) first = "ا" + first[1..];
        if (!_byFirst.TryGetValue(first, out var names)) return -1;
        foreach (var (keys, type) in names)
        {
            if (type != EntityType.ORG || i + keys.Length > words.Length) continue;
            bool all = true;
            for (int k = 1; k < keys.Length && all; k++) all = words[i + k].Key == keys[k];
            if (all) return i + keys.Length;
        }
        return -1;
    }

    private (TextSpan Span, EntityType Type, int EndWord)? At(string text, ReadOnlySpan<Word> words, int i)
    {
        foreach (var reading in Proclitics.ReadingsOf(text, words[i]))
        {
            if (reading.HadArticle || (words[i].Key.StartsWith("لل", StringComparison.Ordinal) && reading.Span.Start > words[i].Start)) continue;
            if (!_byFirst.TryGetValue(reading.Key, out var names)) continue;
            foreach (var (keys, type) in names)
            {
                if (i + keys.Length > words.Length) continue;
                bool all = true;
                for (int k = 1; k < keys.Length && all; k++) all = words[i + k].Key == keys[k];
                if (all) return (new TextSpan(reading.Span.Start, words[i + keys.Length - 1].End), type, i + keys.Length);
            }
        }
        return null;
    }
}
