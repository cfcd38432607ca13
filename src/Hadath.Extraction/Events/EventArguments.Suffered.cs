using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// The one who suffered a passive act of force or an arrest, told with the verb and nothing done after it: a killing or
/// arrest verb needs an object, so with none it is passive (اعتُقل, قُتلوا) and who stands with it suffered the act. Before
/// it, the topic of its clause (ان الرجل اعتقل في عام, وكان عدد من المرشحين قد اعتقلوا, ان جان دوبوا (22 عاما) اعتقل);
/// after it, a person named alone (واعتقل كافالا في اكتوبر). Unvowelled writing leaves the voice to this reading.
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>Arrest verbs that, with nothing after them, tell what the people with them suffered (اعتُقل, احتُجزت, اوقفوا).</summary>
    private static readonly HashSet<string> ArrestVerbs = MatchKey.SetOf("اعتقل", "اعتقلت", "اعتقلوا", "اعتقلا", "احتجز", "احتجزت", "احتجزوا", "احتجزا",
        "اوقف", "اوقفت", "اوقفوا", "اوقفا");

    /// <summary>Words that count a part of a group without a number (عدد من النشطاء, عددا كبيرا من المقاتلين).</summary>
    private static readonly HashSet<string> SomeOf = MatchKey.SetOf("عدد", "عددا");

    /// <summary>
    /// Who suffered the passive verb at the trigger over words [first, last]: the person named, or the people told, right
    /// before it opening their clause, or a person named right after it with nothing done after him; null when the verb is
    /// no passive killing (<paramref name="arrest"/>: arrest) verb or no one stands there.
    /// </summary>
    public (Entity? Named, ActorPhrases.Phrase? Unnamed)? Suffered(Sentence s, TextSpan trigger, bool arrest)
    {
        var (first, last) = WordRange(s.Words, trigger);
        if (first < 0 || first != last) return null;
        string key = s.Words[first].Key;
        // وكان عدد من النشطاء قد القي القبض عليهم: القي before القبض is the passive of القى by its spelling.
        bool passiveArrest = arrest && key == "القي" && last + 1 < s.Words.Count && s.Words[last + 1].Key == "القبض";
        bool conjunction = key.Length >= 4 && key[0] == 'و';
        if (!passiveArrest && !(arrest ? ArrestVerbs : SufferingVerbs).Contains(conjunction ? key[1..] : key)) return null;
        // وكان عدد من المرشحين قد اعتقلوا: with nothing after it, the verb's topic stands before it, unless و ties it to
        // the clause before; with a name after it, that name is all the verb has (واعتقل كافالا في اكتوبر).
        if (passiveArrest || NothingDone(s, last + 1)) return conjunction ? null : ToldBefore(s, first, arrest);
        return PersonAlone(s, last);
    }

    /// <summary>
    /// The topic right before the verb at <paramref name="verb"/>, past قد and an age in brackets: a person named, a part of
    /// a group (عدد من النشطاء) or, for an arrest, a definite noun of no force (الرجل), opening its clause.
    /// </summary>
    private (Entity? Named, ActorPhrases.Phrase? Unnamed)? ToldBefore(Sentence s, int verb, bool arrest)
    {
        int end = verb - 1;
        while (end > 0 && Afterwords.Contains(s.Words[end].Key)) end--;
        end = BeforeBrackets(s, end);
        if (end < 0) return null;
        if (s.EndingAt(end) is { Entity.Type: EntityType.PER } named)
        {
            return OpensTold(s, named.First) ? (named.Entity, null) : null;
        }
        if ((NounTold(s, end + 1) ?? PartTold(s, end + 1)) is { } part) return (null, PeopleAt(s, part, end, s.Words[end].End));
        // ان الرجل اعتقل: a definite noun of no force; a killing's (ان الفيضانات قتلت) may be what killed.
        var word = s.Words[end];
        bool definite = arrest && word.IsLetters && word.Key.StartsWith("ال", StringComparison.Ordinal) && s.StartingAt(end) is null;
        return definite && OpensTold(s, end) && !Victimhood.Contains(word.Key) && _phrases.At(s.Words, end, s.Country) is null
            ? (null, new ActorPhrases.Phrase(word.Span, end + 1, null))
            : null;
    }

    /// <summary>
    /// A person named right after a verb written with و (or one title word and then him), with nothing done after the
    /// name: واعتقل كافالا في اكتوبر tells who was taken, not who took someone.
    /// </summary>
    private static (Entity? Named, ActorPhrases.Phrase? Unnamed)? PersonAlone(Sentence s, int last)
    {
        int k = last + 1;
        if (k < s.Words.Count && s.StartingAt(k) is null && s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal)) k++;
        return s.StartingAt(k) is { Entity.Type: EntityType.PER } named && NothingDone(s, named.Last + 1) ? (named.Entity, null) : null;
    }

    /// <summary>The word before an aside in brackets ending at <paramref name="end"/> (جان دوبوا (22 عاما)), else <paramref name="end"/>.</summary>
    private static int BeforeBrackets(Sentence s, int end)
    {
        if (end < 0 || s.Words[end].Key != ")") return end;
        for (int k = end - 1; k >= 0 && k >= end - 4; k--)
        {
            if (s.Words[k].Key == "(") return k - 1;
        }
        return end;
    }

    /// <summary>كان and its forms: the pluperfect's topic follows them (وكان عدد من المرشحين قد اعتقلوا).</summary>
    private static readonly HashSet<string> KanaForms = MatchKey.SetOf("كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا");

    /// <summary>
    /// Whether the people told from word <paramref name="first"/> open their clause: the sentence's start, ان or a quote, or
    /// كان; not و, which may join them to others counted before (ان 14 من المقاتلين و59 من الجنود قتلوا).
    /// </summary>
    private static bool OpensTold(Sentence s, int first) =>
        first == 0 || ToldOpeners.Contains(s.Words[first - 1].Key) || KanaForms.Contains(s.Words[first - 1].Key);
}
