using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// A minister's or leader's counterpart (استقبل وزير الخارجية X نظيره الاثيوبي Y) whose name the tagger missed: the
/// words from نظيره to the name, coded as the government of the nationality after it.
/// </summary>
public sealed partial class EventArguments
{
    private static readonly HashSet<string> Counterparts = MatchKey.SetOf("نظيره", "نظيرها", "نظيرته", "نظيرتها", "بنظيره", "بنظيرها", "بنظيرته", "بنظيرتها");

    /// <summary>How far after the verb its counterpart may stand (استقبل وزير الخارجية سامح شكري الثلاثاء نظيره).</summary>
    private const int MaxCounterpartReach = 8;

    /// <summary>
    /// The counterpart named in the clause of the verb at word <paramref name="verb"/> with no entity after his
    /// nationality: نظيره, the nationality and up to two words of his name (not a time, a preposition or a definite
    /// word), coded as that country's government; null when there is none.
    /// </summary>
    public ActorPhrases.Phrase? CounterpartAfter(Sentence s, int verb)
    {
        int right = ClauseEnd(s, verb);
        for (int k = verb + 1; k < right && k <= verb + MaxCounterpartReach; k++)
        {
            if (!Counterparts.Contains(s.Words[k].Key)) continue;
            if (!s.Words[k + 1].IsLetters || _actors.Nationality(NameKey.Word(s.Words[k + 1].Key)) is not { } nation) return null;
            int end = k + 2;
            while (end <= right && end - k - 2 < MaxMissedNameWords && s.StartingAt(end) is null && s.Words[end].IsLetters && !IsTime(s, end) &&
                   !Prepositions.Contains(s.Words[end].Key) && !s.Words[end].Key.StartsWith("ال", StringComparison.Ordinal)) end++;
            if (end <= right && s.StartingAt(end) is not null) return null;
            return new ActorPhrases.Phrase(new Core.TextSpan(s.Words[k].Start, s.Words[end - 1].End), end, nation + "GOV", "GOV");
        }
        return null;
    }
}
