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
            for (int k = m.First; k > last + 1 && s.Words[k].Key.StartsWith('و') && s.Words[k].Start < m.Span.Start && s.EndingAt(k - 1) is { } before; k = before.First)
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
            int end = m.Last;
            while (s.StartingAt(end + 1) is { } next && s.Words[end + 1].Key.StartsWith('و') && s.Words[end + 1].Start < next.Span.Start) end = next.Last;
            // واشنطن opens with و of its own: a mention that takes in the word's first letter has no conjunction before it.
            return s.StartingAt(end + 1) is { } after && !(s.Words[end + 1].Key.StartsWith('و') && s.Words[end + 1].Start < after.Span.Start) ? after.Entity : null;
        }
        return null;
    }
}
