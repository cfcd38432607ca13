using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>An accusation told in the passive: the accused stands before the verb, the accuser, if any, after من قبل.</summary>
public sealed partial class EventArguments
{
    /// <summary>The past forms of اتهم (with و/ف or not); the participle (متهما) and the present keep their own readings.</summary>
    private static readonly HashSet<string> AccusingPast = MatchKey.SetOf("اتهم", "اتهمت", "اتهموا");

    /// <summary>How many words of title may stand between من قبل and the accuser's name (الرئيس الفرنسي).</summary>
    private const int MaxAccuserTitle = 4;

    /// <summary>
    /// Whether the past accusation verb at word <paramref name="verb"/> is passive: its subject stands right before it or
    /// before its قد (وكان X قد اتهم, وكانت انقرة قد اتهمت) and it takes no object, the charge (بـ) or who made it (من قبل Y)
    /// coming at once past days, periods (PeriodWords: الشهر الماضي) and commas (قد اتهم الشهر الماضي بـ"التحريض", قد اتهمت، الاسبوع الماضي، من قبل Y
    /// بانتهاك …). The active verb names whom it accuses before the charge (اتهم X Y بـ). Returns the accused (the name
    /// before the verb or its قد, null when the subject is unnamed) and who accused, named after من قبل (null when no one
    /// is); null when the verb is not passive.
    /// </summary>
    public (Entity? Accused, Entity? Named, ActorPhrases.Phrase? Unnamed)? PassiveAccusation(Sentence s, int verb)
    {
        if (verb == 0 || !AccusingPast.ContainsWithoutConjunction(s.Words[verb].Key)) return null;
        bool qad = s.Words[verb - 1].Key == "قد";
        // وكان رئيس فرع الجمعية، X، قد اتهم: a name set off by commas after its title, right before قد.
        int end = qad ? verb - 2 : verb - 1;
        if (qad && end > 0 && s.Words[end].IsComma) end--;
        var accused = end >= 0 ? s.EndingAt(end)?.Entity : null;
        if (!qad && accused is null) return null;
        int k = verb + 1;
        while (k < s.Words.Count && (s.Words[k].IsComma || IsTime(s, k) || PeriodWords.Contains(s.Words[k].Key))) k++;
        if (k + 1 < s.Words.Count && s.Words[k].Key == "من" && s.Words[k + 1].Key == "قبل")
        {
            // من قبل الرئيس الفرنسي X: the first name past its title, a country too (من قبل فرنسا), before the charge.
            for (int j = k + 2; j < s.Words.Count && j <= k + 2 + MaxAccuserTitle && s.Words[j].IsLetters && !IsChargeWord(s, j); j++)
            {
                if (s.StartingAt(j) is { } m) return (accused, m.Entity, null);
            }
            return PassiveAgent(s, k - 1, s.Words.Count - 1, 1) is var (named, unnamed, _) ? (accused, named, unnamed) : (accused, null, null);
        }
        return k < s.Words.Count && IsChargeWord(s, k) ? (accused, null, null) : null;
    }
}
