using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// People counted as a side of an act: the dead, wounded or taken of a violent act are its target (قتل 18 شخصا في
/// انفجار, خطف مسلحون اربعة مهندسين), as CAMEO coders code the victims; the crowd counted at a protest is its source
/// (تظاهر آلاف الطلاب). The side is the count's words without the action (18 شخصا, اربعة مهندسين, آلاف الطلاب).
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>Count kinds that name whom a violent act struck.</summary>
    private static readonly HashSet<string> Struck = new(StringComparer.Ordinal) { "killed", "wounded", "kidnapped" };

    /// <summary>Nouns of soldiers and police among the counted: their CAMEO agent; other people are civilians (CVL).</summary>
    private static readonly Dictionary<string, string> CountedAgents = new[]
    {
        ("جندي", "MIL"), ("جنديا", "MIL"), ("جنود", "MIL"), ("جنديان", "MIL"), ("جنديين", "MIL"), ("الجنود", "MIL"), ("عسكريين", "MIL"), ("عسكريا", "MIL"), ("جنوده", "MIL"),
        ("شرطي", "COP"), ("شرطيا", "COP"), ("شرطيين", "COP"), ("شرطيان", "COP"), ("الشرطة", "COP"), ("الامن", "COP"),
    }.ToDictionary(x => MatchKey.Of(x.Item1), x => x.Item2, StringComparer.Ordinal);

    /// <summary>The first count in the sentence, inside <paramref name="within"/>, of people a violent act struck; null when none.</summary>
    public ActorPhrases.Phrase? Victims(Sentence s, TextSpan within) => CountedIn(s, within, Struck);

    /// <summary>
    /// The crowd of a protest within <paramref name="within"/>: the first count of protesters, else the first word naming
    /// protesters (اندلعت مظاهرات …، ورفع المتظاهرون شعارات); null when none.
    /// </summary>
    public ActorPhrases.Phrase? Crowd(Sentence s, TextSpan within)
    {
        if (CountedIn(s, within, ProtesterKinds) is { } counted) return counted;
        for (int k = 0; k < s.Words.Count; k++)
        {
            if (within.Contains(s.Words[k].Span) && Protesters.Contains(s.Words[k].Key) && _phrases.At(s.Words, k, s.Country) is { } crowd) return crowd;
        }
        return null;
    }

    /// <summary>Words naming protesters (المتظاهرون, محتجين).</summary>
    private static readonly HashSet<string> Protesters = MatchKey.SetOf("المتظاهرون", "المتظاهرين", "متظاهرون", "متظاهرين", "المحتجون", "المحتجين", "محتجون", "محتجين");

    private static readonly HashSet<string> ProtesterKinds = new(StringComparer.Ordinal) { "protesters" };

    private ActorPhrases.Phrase? CountedIn(Sentence s, TextSpan within, HashSet<string> kinds)
    {
        foreach (var c in s.Counts)
        {
            if (kinds.Contains(c.Kind) && within.Contains(c.Span) && Counted(s, c) is { } people) return people;
        }
        return null;
    }

    /// <summary>
    /// The people a count names: its words less the action before or after them (قتل 18 شخصا → 18 شخصا, ثمانية اشخاص قتلوا
    /// → ثمانية اشخاص), coded by their nationality (else the dateline's country) and agent (soldiers MIL, police COP, else CVL).
    /// </summary>
    public ActorPhrases.Phrase? Counted(Sentence s, Count count)
    {
        int first = -1, last = -1;
        for (int k = 0; k < s.Words.Count; k++)
        {
            if (s.Words[k].End <= count.Span.Start || s.Words[k].Start >= count.Span.End) continue;
            if (first < 0) first = k;
            last = k;
        }
        if (first < 0) return null;
        while (first <= last && IsCountAction(s, first)) first++;
        while (last >= first && (IsCountAction(s, last) || Afterwords.Contains(s.Words[last].Key))) last--;
        if (first > last) return null;
        // وقتلت الغارات الروسية 80 شخصا, قتل فيه 14 شخصا: the people start at their number, with its qualifier (اكثر من 100).
        for (int k = first; k <= last; k++)
        {
            if (!NumberReader.Shared.Starts(s.Words[k])) continue;
            first = CountLexicon.Shared.QualifierBefore(s.Words, k) is { } q && q.FirstWord >= first ? q.FirstWord : k;
            break;
        }
        int end = Math.Min(s.Words[last].End, count.Span.End);
        // تجمع مئات من الاقباط: a bare number with من and who they are after it, though the count ends at the number.
        if (last + 2 < s.Words.Count && s.Words[last + 1].Start >= count.Span.End && NumberReader.Shared.Starts(s.Words[last]) &&
            s.Words[last + 1].Key == "من" && s.Words[last + 2].IsLetters && s.Words[last + 2].Key.StartsWith("ال", StringComparison.Ordinal))
        {
            last += 2;
            end = s.Words[last].End;
        }
        // قتل جنديان اميركيان: the nationality after a dual is who they are, though the count ends before it.
        if (last + 1 < s.Words.Count && s.Words[last + 1].Start >= count.Span.End && s.Words[last + 1].IsLetters &&
            CountedNationality(s.Words[last + 1]) is not null) end = s.Words[++last].End;
        string? nation = null, agent = null;
        for (int k = first; k <= last; k++)
        {
            if (!s.Words[k].IsLetters) continue;
            nation ??= CountedNationality(s.Words[k]);
            agent ??= CountedAgents.GetValueOrDefault(s.Words[k].Key);
        }
        string? code = (nation ?? s.Country) is { } home ? home + (agent ?? "CVL") : null;
        var span = new TextSpan(Math.Max(s.Words[first].Start, count.Span.Start), end);
        return new ActorPhrases.Phrase(span, last + 1, code);
    }

    /// <summary>The country of a nationality adjective of people, also in the dual (فرنسيان, عراقيين) or accusative (عراقيا).</summary>
    private string? CountedNationality(Word word)
    {
        string key = NameKey.Word(word.Key);
        if (_actors.Nationality(key) is { } plain) return plain;
        if (key.Length > 5 && key.EndsWith("ان", StringComparison.Ordinal) && _actors.Nationality(key[..^2]) is { } dual) return dual;
        return key.Length > 4 && key[^1] == 'ا' ? _actors.Nationality(key[..^1]) : null;
    }

    /// <summary>Words a count may run on to that say nothing of the people (915 شخصا قد قتلوا, مدني عراقي ربما).</summary>
    private static readonly HashSet<string> Afterwords = MatchKey.SetOf("قد", "ربما", "ايضا", "فقط", "حتي");

    /// <summary>A word that says what happened to the counted (قتل, مقتل, قتلوا, خطفوا, تظاهر), not who they are.</summary>
    private static bool IsCountAction(Sentence s, int k) =>
        s.Words[k].IsLetters && (CountLexicon.Shared.Kind(s.Text, s.Words[k], CountRole.Before) is not null ||
                                 CountLexicon.Shared.Kind(s.Text, s.Words[k], CountRole.After) is not null);
}
