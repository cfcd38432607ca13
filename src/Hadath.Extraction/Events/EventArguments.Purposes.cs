using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Who protests when the protest is told by its purpose (دخل المعلمون في اضراب احتجاجا على, خرج السكان في مسيرة
/// احتجاجا على): the noun has no subject of its own; the verb before it that tells what the protesters did has one.
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>
    /// Verbs of what protesters did for the protest a purpose noun gives the reason of: went on strike, went out, took
    /// action (قام … بالتظاهر), tried or went as far as (حاول الانتحار حرقا, اقدم على), sat in. Verbs of saying are not
    /// among them: who announced a strike (اعلن الاتحاد دخول المعلمين في اضراب) did not protest.
    /// </summary>
    private static readonly HashSet<string> ProtestingVerbs = MatchKey.SetOf(
        "دخل", "دخلت", "دخلوا", "خرج", "خرجت", "خرجوا", "قام", "قامت", "قاموا", "حاول", "حاولت", "حاولوا",
        "اقدم", "اقدمت", "اقدموا", "اضرب", "اضربت", "اضربوا", "اعتصم", "اعتصمت", "اعتصموا");

    /// <summary>
    /// Words after such a verb that are no one who protests: where they went (دخل ارض الملعب احتجاجا على) and the protest
    /// itself (خرجت تظاهرات حاشدة احتجاجا على).
    /// </summary>
    private static readonly HashSet<string> NoDoers = MatchKey.SetOf("ارض", "الملعب", "مقر", "مبني", "ساحه", "الساحه", "الشارع", "الشوارع", "شوارع",
        "تظاهرات", "تظاهره", "مظاهرات", "مظاهره", "احتجاجات", "مسيرات", "مسيره", "وقفه", "وقفات", "اعتصام", "اضراب", "اضرابات");

    /// <summary>How far before the purpose noun the verb of what they did may stand (دخل X في اضراب مفتوح لثلاثة أيام في كل المحافظات، احتجاجا على).</summary>
    private const int MaxPurposeReach = 16;

    /// <summary>Whether the noun at word <paramref name="first"/> gives a protest's purpose (احتجاجا على, إحتجاجاً على).</summary>
    private static bool IsPurpose(Sentence s, int first) => s.Words[first].Key == "احتجاجا";

    /// <summary>
    /// The protesters of a purpose noun at word <paramref name="first"/>: the subject of the nearest verb of what they did
    /// before it in its clause (commas allowed, not past a clause word or ان), named (an entity) or unnamed (an actor
    /// phrase, else the few words after the verb: معلمو المدارس الابتدائية); (null, null) when none.
    /// </summary>
    private (Entity? Named, ActorPhrases.Phrase? Unnamed) PurposeDoers(Sentence s, int first)
    {
        for (int v = first - 1; v >= 0 && v >= first - MaxPurposeReach; v--)
        {
            string key = s.Words[v].Key;
            if (ClauseWords.Contains(key) || key is "." or ":" or "؛" or ";" or "ان" or "انه" or "انها") return (null, null);
            if (!IsVerbOf(ProtestingVerbs, key)) continue;
            var (named, after, _) = Subject(s, v, v, s.Words[v].Span);
            if (named is not null) return named.Type == EntityType.LOC || after > first ? (null, null) : (named, null);
            int k = SkipTimes(s, v + 1);
            if ((PhraseBefore(s, v, s.Words[v].Span) ?? PhraseAfterVerb(s, k)) is { } phrase) return (null, phrase);
            return (null, WordsAfterVerb(s, k, first) is { } words ? WithInnerCode(s, words) : null);
        }
        return (null, null);
    }

    /// <summary>
    /// The words read as a subject, with the code of an actor phrase inside them (عشرات من الطلاب: students), else
    /// with none.
    /// </summary>
    private ActorPhrases.Phrase WithInnerCode(Sentence s, ActorPhrases.Phrase words)
    {
        for (int w = WordIndexAt(s, words.Span.Start) ?? words.After; w < words.After; w++)
        {
            if (_phrases.At(s.Words, w, s.Country) is { } inner && inner.After <= words.After) return words with { Code = inner.Code, Agent = inner.Agent };
        }
        return words;
    }

    /// <summary>
    /// The subject no actor phrase covers, from word <paramref name="k"/> before word <paramref name="end"/>: up to
    /// <see cref="MaxObjectWords"/> words, numbers among them (نحو 1500 شخص), ending before a preposition, a place, a
    /// time, a mark or a ب-complement (قاموا بالتظاهر); a crowd counted goes on past من to whom it counts (عشرات من
    /// الطلاب). A code-less phrase, or null when the verb's subject is a pronoun (دخلوا في اضراب).
    /// </summary>
    private static ActorPhrases.Phrase? WordsAfterVerb(Sentence s, int k, int end)
    {
        // تظاهر مساء اول من امس عشرات: the day before yesterday is a time too.
        if (k + 2 < end && (s.Words[k].Key, s.Words[k + 1].Key, s.Words[k + 2].Key) is ("اول", "من", "امس")) k = SkipTimes(s, k + 3);
        int j = k;
        bool counted = false;
        while (j < end && j - k < MaxObjectWords && SubjectWord(s, j, k))
        {
            counted |= NumberReader.Shared.Starts(s.Words[j]);
            j++;
        }
        if (counted && j + 1 < end && s.Words[j].Key == "من" && s.Words[j + 1].Key.StartsWith("ال", StringComparison.Ordinal) && SubjectWord(s, j + 1, j + 1)) j += 2;
        return j > k ? new ActorPhrases.Phrase(new TextSpan(s.Words[k].Start, s.Words[j - 1].End), j, null) : null;
    }

    /// <summary>
    /// Whether word <paramref name="j"/> of a subject opening at word <paramref name="k"/> may belong to it. After its first
    /// word and a number, it goes on only by definite words, its complements and adjectives (معلمو المدارس الابتدائية);
    /// an indefinite word is an object or an adverb (حاول شاب الانتحار حرقا).
    /// </summary>
    private static bool SubjectWord(Sentence s, int j, int k)
    {
        var w = s.Words[j];
        bool number = NumberReader.Shared.Starts(w);
        if (!w.IsLetters && !number) return false;
        if (j > k && !number && !NumberReader.Shared.Starts(s.Words[j - 1]) && !w.Key.StartsWith("ال", StringComparison.Ordinal)) return false;
        return !Prepositions.Contains(w.Key) && !PlaceNouns.Contains(w.Key) && !NoDoers.Contains(w.Key) && !IsTime(s, j) &&
               !w.Key.StartsWith("بال", StringComparison.Ordinal) && s.StartingAt(j) is not { Entity.Type: EntityType.LOC };
    }
}
