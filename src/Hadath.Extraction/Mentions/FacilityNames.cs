using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// Places named by a facility noun and its name, which the tagger misses or cuts down to the name; the noun is part of
/// the name, as the stories' annotation has it:
/// <list type="bullet">
/// <item>an airport, a base, a field or a crossing closed by the adjective of its kind, past up to three words of its
/// name (مطار ابها الدولي, قاعدة عين الاسد الجوية, حقل العمر النفطي, معبر نصيب الحدودي);</item>
/// <item>a camp or a crossing and the name in construct after it: a definite word that is no people in the plural
/// (مخيم الزعتري, مخيم البداوي; not مخيم النازحين), one undefined word before a stop (مخيم زمزم منذ, معبر جابر،), or a
/// name tagged there (<see cref="Find"/>'s <c>tagged</c>: مخيم [عين الحلوة]);</item>
/// <item>a square and the name tagged right after it (ساحة [الامم المتحدة], ميدان [التحرير]): the square, not the body or
/// person it is named after.</item>
/// </list>
/// A noun after لل or with the article names no facility of its own (للمطار, المخيم).
/// </summary>
public static class FacilityNames
{
    /// <summary>Facility nouns and the adjectives of their kind that close a name (مطار … الدولي), as match keys.</summary>
    private static readonly Dictionary<string, HashSet<string>> KindAdjectives = new(StringComparer.Ordinal)
    {
        [MatchKey.Of("مطار")] = MatchKey.SetOf("الدولي"),
        [MatchKey.Of("قاعدة")] = MatchKey.SetOf("الجوية", "البحرية"),
        [MatchKey.Of("حقل")] = MatchKey.SetOf("النفطي", "الغازي"),
        [MatchKey.Of("معبر")] = MatchKey.SetOf("الحدودي"),
    };

    /// <summary>Facility nouns whose name may follow in construct with no adjective after it (مخيم الزعتري, معبر جابر).</summary>
    private static readonly HashSet<string> ConstructHeads = MatchKey.SetOf("مخيم", "معبر", "ساحة", "ميدان");

    /// <summary>
    /// Squares, whose name is taken only where the tagger named it (ساحة [الامم المتحدة], ميدان [التحرير]): a square
    /// of a word alone is as often a field (ساحة المعركة, ميدان القتال).
    /// </summary>
    private static readonly HashSet<string> TaggedOnlyHeads = MatchKey.SetOf("ساحة", "ميدان");

    private static readonly Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> KindLookup = KindAdjectives.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConstructLookup = ConstructHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest facility noun's key with one clitic before it (بمعبر): longer words are passed unread.</summary>
    private const int MaxHeadLength = 6;

    /// <summary>Words of a name's run past the noun that end it: particles, prepositions and relatives.</summary>
    private static readonly HashSet<string> Stops = MatchKey.SetOf(
        "في", "من", "الى", "على", "عن", "مع", "منذ", "قرب", "بعد", "قبل", "خلال", "حيث", "الذي", "التي", "و", "او", "شمال", "جنوب", "شرق", "غرب",
        "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "امس", "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت");

    /// <summary>Undefined adjectives and words said of a camp or a crossing that are no name (مخيم جديد, معبر رسمي).</summary>
    private static readonly HashSet<string> NotNames = MatchKey.SetOf(
        "جديد", "كبير", "صغير", "مؤقت", "اخر", "آخر", "ثان", "واحد", "عشوائي", "رسمي", "حدودي", "مزدحم", "مكتظ", "ضخم", "آمن", "امن");

    /// <summary>Most words of a name between the noun and the adjective of its kind (قاعدة الملك خالد الجوية).</summary>
    private const int MaxNameWords = 3;

    /// <summary>
    /// The facility names in <paramref name="words"/>, left to right, none overlapping; <paramref name="tagged"/> are the
    /// spans already named, which a camp or crossing noun right before one takes in.
    /// </summary>
    /// <param name="gates">Per word, bit <paramref name="gate"/> set where it is a letter word whose key <see cref="MayBeHead"/>:
    /// read once per key and kept from story to story by the caller, where every word of every story was tested here.</param>
    internal static List<TextSpan> Find(string text, ReadOnlySpan<Word> words, IReadOnlyCollection<TextSpan> tagged, ReadOnlySpan<byte> gates, int gate)
    {
        var found = new List<TextSpan>();
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if ((gates[i] & 1 << gate) == 0 || !words[i + 1].IsLetters || Head(text, words[i]) is not { } head) continue;
            if (Closed(words, i, head.Key) is { } closing)
            {
                found.Add(new TextSpan(head.Start, words[closing].End));
                i = closing;
                continue;
            }
            if (!ConstructHeads.Contains(head.Key) || Named(words, i + 1, tagged, TaggedOnlyHeads.Contains(head.Key)) is not { } end) continue;
            found.Add(new TextSpan(head.Start, end));
            while (i + 1 < words.Length && words[i + 1].Start < end) i++;
        }
        return found;
    }

    /// <summary>
    /// Whether a letter word's key may be a facility noun with a clitic before it (بمخيم, مطار): a test of the key alone,
    /// which most words fail, made once per key (<see cref="Find"/>'s gates).
    /// </summary>
    internal static bool MayBeHead(string key) =>
        key.Length is >= 3 and <= MaxHeadLength && !key.StartsWith("لل", StringComparison.Ordinal) && EndsWithHead(key);

    /// <summary>The facility noun a word whose key <see cref="MayBeHead"/> is, its و/ب/ل/ف peeled (بمخيم): its key and where the noun starts; null when it is none.</summary>
    private static (string Key, int Start)? Head(string text, Word word)
    {
        foreach (var r in Proclitics.ReadingsOf(text, word))
        {
            if (r.HadArticle || r.Key.StartsWith("ال", StringComparison.Ordinal)) continue;
            // The reading's key as it stands: معبرة (expressive) is no معبر.
            var key = r.Key.AsSpan();
            if (KindLookup.TryGetValue(key, out var kindKey, out _)) return (kindKey, r.Span.Start);
            if (ConstructLookup.TryGetValue(key, out var constructKey)) return (constructKey, r.Span.Start);
        }
        return null;
    }

    /// <summary>
    /// Every facility noun by its last letter's offset from U+0620 (each ends in an Arabic letter), for <see cref="EndsWithHead"/>:
    /// a word is compared with the one or two nouns that end as it does, where it was compared with all eight (every word of
    /// the story is asked). Indexed by the letter, not hashed.
    /// </summary>
    private static readonly string[]?[] HeadsByLastLetter = ByLastLetter(KindAdjectives.Keys.Concat(ConstructHeads));

    private const char ArabicBeforeHamza = '\u0620';
    private const int ArabicLetterSlots = 64;

    private static string[]?[] ByLastLetter(IEnumerable<string> heads)
    {
        var table = new string[]?[ArabicLetterSlots];
        foreach (var group in heads.GroupBy(h => h[^1])) table[group.Key - ArabicBeforeHamza] = group.ToArray();
        return table;
    }

    /// <summary>Whether a word's key ends in a facility noun (بمخيم, مطار): clitics come before it, so most words are passed unread.</summary>
    private static bool EndsWithHead(string key)
    {
        uint last = (uint)(key[^1] - ArabicBeforeHamza);
        if (last >= ArabicLetterSlots || HeadsByLastLetter[last] is not { } heads) return false;
        foreach (var head in heads)
        {
            if (key.EndsWith(head, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The word index of the adjective of its kind that closes the name after the noun at <paramref name="head"/>, or null.</summary>
    private static int? Closed(ReadOnlySpan<Word> words, int head, string key)
    {
        if (!KindAdjectives.TryGetValue(key, out var adjectives)) return null;
        for (int j = head + 2; j < words.Length && j <= head + 1 + MaxNameWords; j++)
        {
            var w = words[j - 1];
            if (!w.IsLetters || Stops.Contains(w.Key) || w.Key.StartsWith("لل", StringComparison.Ordinal)) return null;
            if (words[j].IsLetters && adjectives.Contains(words[j].Key)) return j;
        }
        return null;
    }

    /// <summary>Where the name in construct after a camp or crossing noun ends (the word at <paramref name="k"/> opens it), or null.</summary>
    private static int? Named(ReadOnlySpan<Word> words, int k, IReadOnlyCollection<TextSpan> tagged, bool taggedOnly)
    {
        var w = words[k];
        foreach (var span in tagged)
        {
            if (span.Start == w.Start) return span.End;
        }
        if (taggedOnly) return null;
        string key = w.Key;
        if (Stops.Contains(key) || NotNames.Contains(key) || key.StartsWith("لل", StringComparison.Ordinal) || key.Length < 3) return null;
        if (key.StartsWith("ال", StringComparison.Ordinal))
        {
            // مخيم النازحين, معبر المسافرين: people in the plural say whose camp it is, not its name.
            return key.Length >= 5 && !key.EndsWith("ين", StringComparison.Ordinal) && !key.EndsWith("ون", StringComparison.Ordinal) ? w.End : null;
        }
        // مخيم زمزم منذ, معبر جابر،: one undefined word, neither an adjective nor a clitic's word, before a stop.
        if (key[0] is 'ل' or 'ب' || NameKey.Word(key).EndsWith('ي')) return null;
        bool stop = k + 1 >= words.Length || !words[k + 1].IsLetters || Stops.Contains(words[k + 1].Key);
        return stop ? w.End : null;
    }
}
