using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Officers of a body as arguments: the person named after his title and body (ممثل المفوضية في سورية X), between
/// commas after it, or speaking for it; an object pronoun pointing back to the body named before it.
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>
    /// Whether <paramref name="person"/> is named in the sentence right after an organisation in his title, past up to two
    /// title words (الناطق باسم اتحاد الشغل سامي الطاهري, الامين العام لحزب الله حسن نصرالله): he acts for that body.
    /// </summary>
    public bool SpeaksForBody(Sentence s, Entity person)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity != person) continue;
            int k = m.First - 1;
            for (int n = 0; n < 2 && k >= 0 && s.EndingAt(k) is null && IsTitleWord(s.Words[k]); n++) k--;
            if (k >= 0 && s.EndingAt(k) is { Entity.Type: EntityType.ORG }) return true;
        }
        return false;
    }

    /// <summary>A person named at word <paramref name="k"/>, past up to two title words (العقيد تركي المالكي), or null.</summary>
    private Placed? NamedAfter(Sentence s, int k)
    {
        for (int j = k; j < s.Words.Count && j <= k + 2; j++)
        {
            if (s.StartingAt(j) is { } m) return m.Entity.Type == EntityType.PER ? m : null;
            if (!IsTitleWord(s.Words[j])) return null;
        }
        return null;
    }

    /// <summary>Detached object pronouns (متهما اياها, محملا اياه): who they stand for was named before.</summary>
    private static readonly HashSet<string> ObjectPronouns = MatchKey.SetOf("اياه", "اياها", "اياهم", "اياهما", "اياهن");

    /// <summary>Office nouns that are no actor roles of their own (ممثل المفوضية, مدير المنظمة, منسق اللجنة): a person named after the body holds the office.</summary>
    private static readonly HashSet<string> OfficeNouns = MatchKey.SetOf("ممثل", "ممثلة", "ممثلي", "مدير", "مديرة", "منسق", "منسقة", "المفوض", "مفوض", "المفوضة", "امين", "الامين", "قائد",
        "مندوب", "المندوب", "عضو", "رئيس", "رئيسة", "نائب", "المتحدث", "الناطق", "سفير", "سفيرة");

    /// <summary>
    /// The person holding an office in the body <paramref name="body"/>: a title word right before the body and the person
    /// named right after it (within the clause), past where the office sits (في سورية, لدى لبنان), an acronym in brackets
    /// and up to two title words: ممثلة المفوضية في لبنان ميراي جيرار, المفوض العام للاونروا بيير كرينبول.
    /// </summary>
    private Entity? HolderOf(Sentence s, Placed body, int right) => HolderAt(s, body, right)?.Entity;

    /// <summary>The person <see cref="HolderOf"/> finds, where he is named.</summary>
    private Placed? HolderAt(Sentence s, Placed body, int right)
    {
        if (body.First < 1) return null;
        var title = s.Words[body.First - 1];
        // اجتمع ب ممثلة المفوضية: the office noun may carry the verb's preposition.
        bool office = OfficeNouns.Contains(title.Key) || (title.Key.Length > 3 && title.Key[0] is 'ب' or 'ل' && OfficeNouns.Contains(title.Key[1..]));
        if (!office && !IsTitleWord(title)) return null;
        int k = body.Last + 1;
        // (الاونروا): the body's acronym.
        if (k + 2 <= right && s.Words[k].Key == "(" && s.Words[k + 2].Key == ")") k += 3;
        // في سورية, لدى لبنان: where the office sits (a place the tagger missed is one word).
        if (k + 1 <= right && s.Words[k].Key is "في" or "لدي")
        {
            if (s.StartingAt(k + 1) is { } seat) k = seat.Entity.Type == EntityType.LOC ? seat.Last + 1 : k;
            else if (s.Words[k + 1].IsLetters) k += 2;
        }
        return k <= right && NamedAfter(s, k) is { } holder && holder.Last <= right ? holder : null;
    }

    /// <summary>A person named between commas at word <paramref name="k"/> (، الدكتور يوسف الحجامي،), past up to two title words, and the word after the closing comma.</summary>
    private (Placed Person, int After)? NamedBetweenCommas(Sentence s, int k)
    {
        if (k + 1 >= s.Words.Count || s.Words[k].Key is not ("،" or ",") || NamedAfter(s, k + 1) is not { } person) return null;
        int close = person.Last + 1;
        return close < s.Words.Count && s.Words[close].Key is "،" or "," ? (person, close + 1) : null;
    }

    /// <summary>عناصر من تنظيم داعش: من after a members noun leads to the group, it does not end the subject.</summary>
    private static bool IsMembersOf(Sentence s, int k) =>
        s.Words[k].Key == "من" && k > 0 && MembersOf.Contains(s.Words[k - 1].Key) && s.StartingAt(k + 1) is { Entity.Type: not EntityType.LOC };
}
