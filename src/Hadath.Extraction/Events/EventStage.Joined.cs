using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Sides joined to the subject by و acted with it (انتقد الاتحاد الاوروبي وكندا والمكسيك الخطوة): they are no target of a
/// criticism, a demand or a threat; the one named right after them is. Cooperative acts (وقعت قطر والسودان اتفاقا) are done
/// with the other side and keep it.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Whether a CAMEO code is of cooperation, done between two sides together (03–08: intend, consult, sign, aid, yield).</summary>
    private static bool IsCooperative(string code) => code.Length >= 2 && code[0] == '0' && code[1] is >= '3' and <= '8';

    /// <summary>
    /// Whether <paramref name="target"/> is named after the trigger ending at word <paramref name="last"/> right after a
    /// mention of <paramref name="subject"/>, joined to it by و (past other sides joined so: الاتحاد الاوروبي وكندا والمكسيك).
    /// </summary>
    private static bool JoinedToSubject(EventArguments.Sentence s, int last, Entity subject, Entity target)
    {
        foreach (var m in s.Mentions)
        {
            if (m.First <= last || m.Entity != target) continue;
            for (var current = m; current.First > last + 1 && AfterConjunction(s, current) && s.EndingAt(current.First - 1) is { } before; current = before)
            {
                if (before.Entity == subject) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The one named right after the sides joined to the subject (وطالبت الولايات المتحدة والصين والهند اوبك بـ, حثت اليابان
    /// والاتحاد الاوروبي واشنطن على): the object the subject slot ran into; null when a mark or any other word comes first.
    /// </summary>
    private static Entity? ObjectAfterJoined(EventArguments.Sentence s, int last, Entity joined)
    {
        foreach (var m in s.Mentions)
        {
            if (m.First <= last || m.Entity != joined) continue;
            var end = m;
            while (s.StartingAt(end.Last + 1) is { } next && AfterConjunction(s, next)) end = next;
            return s.StartingAt(end.Last + 1) is { } after ? after.Entity : null;
        }
        return null;
    }

    /// <summary>
    /// Whether a mention's word opens with a و the mention leaves out (وكندا): joined by a conjunction. واشنطن opens with و
    /// of its own: a mention that takes in the word's first letter has none before it.
    /// </summary>
    private static bool AfterConjunction(EventArguments.Sentence s, EventArguments.Placed m) =>
        s.Words[m.First].Key.StartsWith('و') && s.Words[m.First].Start < m.Span.Start;
}
