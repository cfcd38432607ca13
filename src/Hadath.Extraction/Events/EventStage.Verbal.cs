using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Attack verbs told of words: هاجم is as often a leader's verbal attack (هاجم الرئيس الايراني نظيره الامريكي, هاجم اردوغان
/// من وصفهم بالمتآمرين) as an armed one. On 1,000 BBC stories 8 of 10 هاجم were words, while the feminine هاجمت mostly
/// told of armed groups, states and aircraft. So are an attack with a speech participle after it (هاجم X الصحافة، واصفا),
/// one on comments, tweets or the press, and the noun called sharp or biting (هجوم حاد, هجوما لاذعا).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>The masculine attack verb (هاجم, وهاجم after clitics are peeled).</summary>
    private static readonly HashSet<string> AttackVerbs = MatchKey.SetOf("هاجم");

    /// <summary>Head words of a leader or an official as subject (هاجم الرئيس الامريكي, هاجم رئيس الحكومة).</summary>
    private static readonly HashSet<string> Leaders = MatchKey.SetOf(
        "الرئيس", "رئيس", "رئيسة", "وزير", "الوزير", "وزيرة", "زعيم", "الزعيم", "المرشد", "الملك", "الامير", "نائب", "المتحدث", "السفير");

    /// <summary>Every form of the attack verb: each is words when what it attacks is a decision, a policy or a strike.</summary>
    private static readonly HashSet<string> AttackForms = MatchKey.SetOf("هاجم", "هاجمت", "هاجموا");

    /// <summary>
    /// What is attacked only with words: decisions, policies, statements, strikes and the like. Not موقف (also a car
    /// park: هاجم مسلحون موقف الحافلات), مشروع (also a site being built) or اداء, which a force can storm or whose
    /// sense is too wide.
    /// </summary>
    private static readonly HashSet<string> AttackedWithWords = MatchKey.SetOf("قرار", "القرار", "قرارات", "القرارات", "سياسة", "السياسة", "سياسات", "السياسات",
        "تصريحات", "التصريحات", "اضراب", "الاضراب", "اضرابات", "الاضرابات", "قانون", "القانون",
        "خطة", "الخطة", "اتفاق", "الاتفاق", "اتفاقية", "الاتفاقية", "فكرة", "الفكرة", "دعوة", "الدعوة", "تقرير", "التقرير", "بيان", "البيان",
        "تعليق", "التعليق", "تعليقات", "التعليقات", "تغريدة", "التغريدة", "تغريدات", "التغريدات", "الصحافة", "الاعلام", "وسائل");

    private const int AttackedReach = 4;

    /// <summary>Adjectives of an attack with words (هجوم حاد, هجوما لاذعا, هجوم كلامي) and criticism paired with it (لهجوم وانتقادات).</summary>
    private static readonly HashSet<string> SharpAdjectives = MatchKey.SetOf(
        "حاد", "حادا", "الحاد", "لاذع", "لاذعا", "اللاذع", "كلامي", "كلاميا", "الكلامي", "اعلامي", "اعلاميا", "الاعلامي");

    private static bool SharpWords(string key) =>
        SharpAdjectives.Contains(key) || key.StartsWith("وانتقاد", StringComparison.Ordinal);

    /// <summary>How many words after an attack verb a speech participle may stand and still tell what the attack said.</summary>
    private const int SpeechReach = 12;

    /// <summary>Stems of the participles and verbs of speech that <see cref="SpeechAfter"/> looks for, as match keys.</summary>
    private static readonly string[] SpeechStems = new[] { "واصف", "قائل", "معتبر", "متهم", "وصفت", "وصفه", "اتهمه", "اتهمت" }.Select(w => MatchKey.Of(w)).ToArray();

    /// <summary>
    /// Whether a participle or verb of speech follows the attack in its sentence within <see cref="SpeechReach"/> words
    /// (واصفا, قائلة, معتبرا, متهما, ووصفتها, واتهمهم).
    /// </summary>
    private static bool SpeechAfter(IReadOnlyList<Word> words, int last)
    {
        for (int k = last + 1; k < words.Count && k <= last + SpeechReach; k++)
        {
            // ووصفتها, واتهمهم: the conjunction peeled.
            ReadOnlySpan<char> key = words[k].Key;
            if (key.Length > 1 && key[0] == 'و' && key[1] is 'و' or 'ا') key = key[1..];
            foreach (var stem in SpeechStems)
            {
                if (key.StartsWith(stem, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    /// <summary>Agents of force among actor codes: a phrase of armed men, soldiers or police attacks with arms.</summary>
    private static readonly string[] ArmedAgents = ["MIL", "COP", "REB", "UAF", "IMG", "SPY"];

    /// <summary>Whether an unnamed subject is armed by its code (مسلحون, عناصر الشرطة).</summary>
    private static bool ArmedPhrase(ActorPhrases.Phrase? phrase)
    {
        if (phrase?.Code is not { } code) return false;
        foreach (var agent in ArmedAgents)
        {
            if (code.Contains(agent, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether an attack told by هاجم has a named person or a leader for its subject and no position, weapon or stones
    /// after it (هاجم مسلح يدعى X الحاجز بسكين stays violence), or any form of it has a decision, a policy or a strike
    /// among the few words after it, before a mark or an adjunct preposition (هاجم خطباء المساجد سياسات الحكومة): then
    /// it is words.
    /// </summary>
    private bool IsVerbalAttack(SentenceReadings readings, IReadOnlyList<Word> words, EventRecognizer.Hit hit, int last, EventArguments.Roles roles)
    {
        // تعرض لهجوم حاد, شن هجوما لاذعا, لهجوم وانتقادات: the noun called sharp or biting, or paired with criticism.
        if (hit.Trigger.Role != TriggerRole.Verb) return hit.Trigger.Role == TriggerRole.Noun && last + 1 < words.Count && SharpWords(words[last + 1].Key);
        if (!AttackForms.Contains(hit.Trigger.Keys[0])) return false;
        // Only the object slot: an adjunct (بعد قرار الحكومة) is past it.
        if (InObjectSlot(words, last, AttackedReach, AttackedWithWords)) return true;
        // وهاجم X الصحافة، واصفا الصحفيين بـ, هاجمت المغنية المرشحة، قائلة ان: a speech participle after it tells what was said.
        if (!ArmedPhrase(roles.SourcePhrase) && SpeechAfter(words, last) && !_recognizer.StruckAhead(readings, words, last + 1)) return true;
        // وهاجمت احدى الطالبات الرئيس ترامب لقبوله تبرعات, وهاجمت الممثلة X نجمة البرامج Y: any form of it, with a named
        // person on either side, no force or armed men as its subject and nothing struck after it, is words.
        if ((roles.Target?.Type == EntityType.PER || roles.Source?.Type == EntityType.PER) && roles.SourcePhrase is null &&
            roles.Source?.Type is null or EntityType.PER && !_recognizer.StruckAhead(readings, words, last + 1)) return true;
        if (!AttackVerbs.Contains(hit.Trigger.Keys[0])) return false;
        bool leader = roles.Source?.Type == EntityType.PER || (roles.SubjectWord is { } head && Leaders.Contains(head));
        return leader && !_recognizer.StruckAhead(readings, words, last + 1);
    }
}
