using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Attack verbs told of words: هاجم is as often a leader's verbal attack (هاجم الرئيس الايراني نظيره الامريكي, هاجم اردوغان
/// من وصفهم بالمتآمرين) as an armed one. On 1,000 BBC stories 8 of 10 هاجم were words, while the feminine هاجمت mostly
/// told of armed groups, states and aircraft.
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
        "خطة", "الخطة", "اتفاق", "الاتفاق", "اتفاقية", "الاتفاقية", "فكرة", "الفكرة", "دعوة", "الدعوة", "تقرير", "التقرير", "بيان", "البيان");

    private const int AttackedReach = 4;

    /// <summary>
    /// Whether an attack told by هاجم has a named person or a leader for its subject and no position, weapon or stones
    /// after it (هاجم مسلح يدعى X الحاجز بسكين stays violence), or any form of it has a decision, a policy or a strike
    /// among the few words after it, before a mark or an adjunct preposition (هاجم خطباء المساجد سياسات الحكومة): then
    /// it is words.
    /// </summary>
    private bool IsVerbalAttack(SentenceReadings readings, IReadOnlyList<Word> words, EventRecognizer.Hit hit, int last, EventArguments.Roles roles)
    {
        if (hit.Trigger.Role != TriggerRole.Verb || !AttackForms.Contains(hit.Trigger.Keys[0])) return false;
        // Only the object slot: an adjunct (بعد قرار الحكومة) is past it.
        if (InObjectSlot(words, last, AttackedReach, AttackedWithWords)) return true;
        // وهاجمت احدى الطالبات الرئيس ترامب لقبوله تبرعات, وهاجمت الممثلة X نجمة البرامج Y: any form of it, with a named
        // person on either side, no force or armed men as its subject and nothing struck after it, is words.
        if ((roles.Target?.Type == EntityType.PER || roles.Source?.Type == EntityType.PER) && roles.SourcePhrase is null &&
            roles.Source?.Type is null or EntityType.PER && !_recognizer.StruckAhead(readings, words, last + 1)) return true;
        if (!AttackVerbs.Contains(hit.Trigger.Keys[0])) return false;
        bool leader = roles.Source?.Type == EntityType.PER || (roles.SubjectWord is { } head && Leaders.Contains(head));
        return leader && !_recognizer.StruckAhead(readings, words, last + 1);
    }
}
