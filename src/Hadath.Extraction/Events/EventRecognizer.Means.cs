using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Conditions that read how an act was done or when: stones thrown at the police and blows struck (رشقوا عناصر الامن
/// بالحجارة, انهالت عليهم بالضرب), a meeting of the speaker's own told as the occasion of his words (خلال لقائه), and a
/// running total told with منذ.
/// </summary>
public sealed partial class EventRecognizer
{
    /// <summary>Words for the police or security forces a crowd throws stones at (عناصر الامن, قوات الشرطة, رجال الدرك).</summary>
    private static readonly HashSet<string> Police = MatchKey.SetOf(
        "عناصر", "عناصرها", "عناصره", "الشرطة", "شرطة", "الامن", "قوات", "رجال", "الدرك", "القوة", "القوات", "دورية", "دوريات", "افراد");

    /// <summary>
    /// What the act was done with (stones, blows, batons) within <see cref="ObjectWindow"/> words after the verb, before any
    /// punctuation; null also when the spelling is written with ب or ل, where it is the verbal noun (اتهمهم برشق الحجارة).
    /// Stones (CAMEO 145) are a riot only when thrown at the police named between the verb and them: at a bus, at cars or at
    /// an army they tell no protest.
    /// </summary>
    private string? StruckWith(SentenceReadings readings, IReadOnlyList<Word> words, EventTrigger trigger, int start, int end)
    {
        string written = words[start].Key;
        if (written != trigger.Keys[0] && written[0] is 'ب' or 'ل' && written.EndsWith(trigger.Keys[0], StringComparison.Ordinal)) return null;
        if (SupportedAhead(readings, words, TriggerCondition.StruckWith, end, ObjectWindow, stopAtPunctuation: true) is not { } means) return null;
        if (!trigger.Code.StartsWith("14", StringComparison.Ordinal)) return means;
        for (int k = end; k < words.Count && k < end + ObjectWindow; k++)
        {
            if (readings.AnyKeyIn(k, Police)) return means;
        }
        return null;
    }

    /// <summary>The launching verb (شن, نفذ) within <see cref="LaunchWindow"/> words before word <paramref name="start"/>, no punctuation between: its key, or null.</summary>
    private string? LaunchedBy(SentenceReadings readings, IReadOnlyList<Word> words, int start)
    {
        for (int k = start - 1; k >= 0 && k >= start - LaunchWindow; k--)
        {
            if (words[k].Kind == WordKind.Punctuation) return null;
            if (SupportAt(readings, k, TriggerCondition.Launched) is { } key) return key;
        }
        return null;
    }

    private const int PositionReach = 3;

    /// <summary>
    /// شن التنظيم هجوما على مواقع الجيش: an attack noun launched (<see cref="LaunchedBy"/>) on a position, a base or a town
    /// named after على within <see cref="PositionReach"/> words of it is violence; one launched on a person, a party or a
    /// government (شن رئيس الحزب هجوما عنيفا على الحكومة) is words. The rule's tail, or null.
    /// </summary>
    private string? LaunchedOn(SentenceReadings readings, IReadOnlyList<Word> words, int start, int end)
    {
        if (start > 0 && words[start - 1].Key == "اي") return null;
        if (LaunchedBy(readings, words, start) is not { } launcher) return null;
        for (int k = end; k < words.Count && k < end + PositionReach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) return null;
            if (words[k].Key is not ("علي" or "ضد") || k + 1 >= words.Count) continue;
            return SupportAt(readings, k + 1, TriggerCondition.Position) is { } position ? $"+launched:{launcher}+on:{position}" : null;
        }
        return null;
    }

    private const int VerbalWindow = 8;

    /// <summary>
    /// Whether a position, a weapon or stones follow word <paramref name="end"/> within <see cref="VerbalWindow"/> words, before
    /// any punctuation (هاجم مسلحون مواقع الجيش, هاجمت الطائرات … بالصواريخ): an attack with them is blows, not words.
    /// </summary>
    internal bool StruckAhead(SentenceReadings readings, IReadOnlyList<Word> words, int end) =>
        SupportedAhead(readings, words, TriggerCondition.Position, end, VerbalWindow, stopAtPunctuation: true) is not null ||
        SupportedAhead(readings, words, TriggerCondition.WeaponObject, end, VerbalWindow, stopAtPunctuation: true) is not null ||
        SupportedAhead(readings, words, TriggerCondition.StruckWith, end, VerbalWindow, stopAtPunctuation: true) is not null;

    /// <summary>Meeting nouns with the possessive pronoun of the one who met (لقائه, اجتماعها).</summary>
    private static readonly HashSet<string> OwnMeetings = MatchKey.SetOf("لقائه", "لقائها", "لقاءه", "لقاءها", "اجتماعه", "اجتماعها");

    /// <summary>
    /// وقال X خلال لقائه المفوض السامي: a meeting of the subject's own after خلال/اثناء is the occasion of what the sentence
    /// tells him saying or doing, so it took place (a bare خلال لقاء may be one still ahead).
    /// </summary>
    private static bool DuringOwnMeeting(IReadOnlyList<Word> words, EventTrigger trigger, int start) =>
        start > 0 && words[start - 1].Key is "خلال" or "اثناء" && OwnMeetings.Contains(trigger.Keys[0]);

    /// <summary>Conjunctions that open a clause of its own, with its own time (بعد ان فقد الريال نصف قيمته منذ مطلع العام).</summary>
    private static readonly HashSet<string> OwnClause = MatchKey.SetOf("بعد", "بعدما", "قبل", "عندما", "حين", "حينما", "لما");

    /// <summary>
    /// Whether منذ follows the trigger (قتل اكثر من 280 الف شخص منذ اندلاع النزاع, قتل 700 شخص، بينهم …، منذ ان بدأت: a
    /// running total) with no conjunction opening a clause of its own between (توقيف ثلاثة اشخاص …، بعد ان فقد الريال اكثر
    /// من نصف قيمته منذ مطلع العام: منذ dates the fall, not the arrest).
    /// </summary>
    internal static bool SinceInClause(IReadOnlyList<Word> words, int end)
    {
        for (int k = end; k < words.Count; k++)
        {
            if (OwnClause.Contains(words[k].Key)) return false;
            if (words[k].Key == "منذ") return true;
        }
        return false;
    }
}
