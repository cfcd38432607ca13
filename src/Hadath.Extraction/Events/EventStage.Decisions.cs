using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Acts told after a verb of intending (تعتزم روسيا طرد: a plan) or of deciding and announcing (وقررت طرد, واعلنت الحكومة
/// طرد: done, by that verb's subject).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Verbs of intending (تعتزم, ينوي): the act told after them is a plan.</summary>
    private static readonly HashSet<string> Intending = MatchKey.SetOf("يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ينوون");

    /// <summary>How many words back from a verb (or a verbal noun spelled like it) an intending verb is looked for.</summary>
    private const int IntendedReach = 3;

    /// <summary>Whether an intending verb stands within <see cref="IntendedReach"/> words before word <paramref name="verb"/>, in its clause.</summary>
    private static bool IntendedAct(IReadOnlyList<Word> words, int verb)
    {
        for (int k = verb - 1; k >= 0 && k >= verb - IntendedReach && words[k].Kind != WordKind.Punctuation; k--)
        {
            var key = words[k].Key;
            if (Intending.Contains(key) || key.Length > 1 && key[0] == 'و' && Intending.Contains(key[1..])) return true;
        }
        return false;
    }

    /// <summary>Verbs of deciding and announcing, after which a verbal noun tells the act decided or announced.</summary>
    private static readonly HashSet<string> Deciding = MatchKey.SetOf("قرر", "قررت", "قرروا", "اعلن", "اعلنت", "اعلنوا");

    private static bool IsDeciding(string key) => Deciding.Contains(key) || key.Length > 3 && key[0] is 'و' or 'ف' && Deciding.Contains(key[1..]);

    /// <summary>
    /// The one who decided or announced the act at word <paramref name="noun"/>: the name between a verb of deciding and the
    /// noun (واعلنت الحكومة المالية طرد), or, with the verb right before the noun and no subject of its own (…، وقررت طرد),
    /// the source of the act told before it in the sentence (<paramref name="earlier"/>) or the sentence's first actor.
    /// </summary>
    private static Entity? DecidedBy(EventArguments.Sentence s, int noun, Entity? earlier)
    {
        if (noun < 1) return null;
        if (IsDeciding(s.Words[noun - 1].Key)) return earlier ?? EventArguments.FirstActorBefore(s, noun - 1);
        int last = BeforeDayAside(s.Words, noun - 1);
        return last >= 1 && s.EndingAt(last) is { } named && named.First >= 1 && IsDeciding(s.Words[named.First - 1].Key) ? named.Entity : null;
    }

    /// <summary>
    /// The word before a day told between the decider's name and the verbal noun (قررت الجزائر، اليوم الثلاثاء، قطع; قررت
    /// الحكومة اليوم طرد), or <paramref name="k"/> itself when no day ends there.
    /// </summary>
    private static int BeforeDayAside(IReadOnlyList<Word> words, int k)
    {
        bool comma = k >= 1 && words[k].IsComma;
        int end = comma ? k - 1 : k;
        int n = end >= 0 ? DayAside.AsideEndingAt(words, end) : 0;
        if (n == 0) return k;
        int before = end - n;
        if (!comma) return before;
        return before >= 1 && words[before].IsComma ? before - 1 : k;
    }
}
