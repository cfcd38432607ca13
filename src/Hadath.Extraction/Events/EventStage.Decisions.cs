using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Acts told after a verb of intending (تعتزم روسيا طرد: a plan) or of deciding and announcing (وقررت طرد, واعلنت الحكومة
/// طرد: done, by that verb's subject).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Verbs of intending (تعتزم, ينوي): the act told after them is a plan.</summary>
    private static readonly HashSet<string> Intending = MatchKey.SetOf("يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ينوون");

    /// <summary>How many words back from a verb (or a verbal noun spelled like it) an intending verb is looked for.</summary>
    private const int IntendedReach = 3;

    /// <summary>Whether an intending verb stands within <see cref="IntendedReach"/> words before word <paramref name="verb"/>, in its clause.</summary>
    private static bool IntendedAct(IReadOnlyList<Word> words, int verb)
    {
        for (int k = verb - 1; k >= 0 && k >= verb - IntendedReach && words[k].Kind != WordKind.Punctuation; k--)
        {
            var key = words[k].Key;
            if (Intending.Contains(key) || key.Length > 1 && key[0] == 'و' && Intending.Contains(key[1..])) return true;
        }
        return false;
    }

    /// <summary>Verbs of a court's or an arbiter's ruling (قضت المحكمة بان, حكمت بان), with و or ف or none.</summary>
    private static readonly HashSet<string> Ruling = MatchKey.SetOf("قضت", "قضى", "حكمت", "حكم");

    /// <summary>What opens a ruling's finding right after the ruling verb or its subject (قضت بان انقرة انتهكت).</summary>
    private static readonly HashSet<string> RuledThat = MatchKey.SetOf("بان", "بانه", "بانها", "بانهم");

    /// <summary>How many words back from a verb the بان of a ruling is looked for, in its clause.</summary>
    private const int RulingReach = 8;

    /// <summary>How many words (the court's name: غرفة التجارة الدولية في باريس) may stand between the ruling verb and بان.</summary>
    private const int RulerReach = 6;

    private static bool IsRuling(string key) => EventArguments.IsVerbOf(Ruling, key);

    /// <summary>
    /// Whether the verb at word <paramref name="verb"/> is told in what a court or an arbiter ruled: بان within
    /// <see cref="RulingReach"/> words before it in its clause, after a ruling verb and at most its subject's name (وكانت
    /// غرفة التجارة الدولية قد قضت بان انقرة انتهكت الاتفاقية, قضت المحكمة العليا بان الحكومة خرقت الدستور): a finding,
    /// which the story gold codes as no event, as it codes no verdict.
    /// </summary>
    private static bool RuledAct(IReadOnlyList<Word> words, int verb)
    {
        for (int k = verb - 1; k >= 1 && k >= verb - RulingReach && words[k].Kind != WordKind.Punctuation; k--)
        {
            if (!RuledThat.Contains(words[k].Key)) continue;
            for (int j = k - 1; j >= 0 && j >= k - RulerReach && words[j].IsLetters; j--)
            {
                if (IsRuling(words[j].Key)) return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>Verbs of asking someone for an act (طلب, طلبت, يطلب, تطلب): the act asked for after من X is not done.</summary>
    private static readonly HashSet<string> Asking = MatchKey.SetOf("طلب", "طلبت", "يطلب", "تطلب", "طلبوا", "يطلبون");

    private const int AskedReach = 10;

    /// <summary>
    /// Whether the verb-table word at <paramref name="verb"/> is the act asked of someone: a verb of <see cref="Asking"/>
    /// stands within <see cref="AskedReach"/> words before it in its clause, with من between (وطلبت الولايات المتحدة من
    /// محكمة العدل الدولية رفض مطالبة ايران: the court has rejected nothing yet), past a day set off by commas.
    /// </summary>
    private static bool AskedOf(IReadOnlyList<Word> words, int verb)
    {
        bool of = false;
        for (int k = verb - 1, reach = verb - AskedReach; k >= 0 && k >= reach; k--)
        {
            // طلبت الولايات المتحدة، الاثنين، من المحكمة: a day set off by commas is stepped over, and takes no room in the reach.
            if (DayAside.StepBack(words, ref k, ref reach)) continue;
            if (words[k].Kind == WordKind.Punctuation) return false;
            if (words[k].Key == "من") of = true;
            else if (EventArguments.IsVerbOf(Asking, words[k].Key)) return of;
        }
        return false;
    }

    /// <summary>Verbs of deciding and announcing, after which a verbal noun tells the act decided or announced.</summary>
    private static readonly HashSet<string> Deciding = MatchKey.SetOf("قرر", "قررت", "قرروا", "اعلن", "اعلنت", "اعلنوا");

    private static bool IsDeciding(string key) => EventArguments.IsVerbOf(Deciding, key);

    /// <summary>
    /// The one who decided or announced the act at word <paramref name="noun"/>: the name between a verb of deciding and the
    /// noun (واعلنت الحكومة المالية طرد), or, with the verb right before the noun and no subject of its own (…، وقررت طرد),
    /// the source of the act told before it in the sentence (<paramref name="earlier"/>) or the sentence's first actor.
    /// </summary>
    private static Entity? DecidedBy(EventArguments.Sentence s, int noun, Entity? earlier)
    {
        if (noun < 1) return null;
        if (IsDeciding(s.Words[noun - 1].Key)) return earlier ?? EventArguments.FirstActorBefore(s, noun - 1);
        int last = BeforeAside(s.Words, BeforeDayAside(s.Words, noun - 1));
        if (last < 1) return null;
        // قرر المجلس العسكري الحاكم طرد: one definite adjective may stand after the decider's name.
        var named = s.EndingAt(last) ?? (s.Words[last].Key.StartsWith("ال", StringComparison.Ordinal) && s.EndingAt(last - 1) is { } described ? described : null);
        return named is { } decider && decider.First >= 1 && IsDeciding(s.Words[decider.First - 1].Key) ? decider.Entity : null;
    }

    /// <summary>Words that open an aside set off by commas between the decider and what was decided (، في بيان تلي …،, ، برئاسة X،).</summary>
    private static readonly HashSet<string> AsideOpeners = MatchKey.SetOf("في", "خلال", "عبر", "اثر", "عقب", "بعد", "برئاسة", "حسب", "بحسب", "وفق", "وفقا");

    /// <summary>How many words an aside between the decider and the decided noun may hold.</summary>
    private const int MaxAsideWords = 10;

    /// <summary>
    /// The word before an aside set off by commas that ends at word <paramref name="k"/> (قرر المجلس، في بيان تلي عبر التلفزيون،
    /// طرد; قرر المجلس، برئاسة الرئيس، غلق), or <paramref name="k"/> itself when no such aside ends there.
    /// </summary>
    private static int BeforeAside(IReadOnlyList<Word> words, int k)
    {
        if (k < 2 || !words[k].IsComma) return k;
        for (int j = k - 1; j >= 1 && j >= k - MaxAsideWords; j--)
        {
            if (words[j].Kind == WordKind.Punctuation && !words[j].IsComma) return k;
            if (!words[j].IsComma) continue;
            return AsideOpeners.Contains(words[j + 1].Key) ? j - 1 : k;
        }
        return k;
    }

    /// <summary>
    /// The word before a day told between the decider's name and the verbal noun (قررت الجزائر، اليوم الثلاثاء، قطع; قررت
    /// الحكومة اليوم طرد), or <paramref name="k"/> itself when no day ends there.
    /// </summary>
    private static int BeforeDayAside(IReadOnlyList<Word> words, int k)
    {
        bool comma = k >= 1 && words[k].IsComma;
        int end = comma ? k - 1 : k;
        int n = end >= 0 ? DayAside.AsideEndingAt(words, end) : 0;
        if (n == 0) return k;
        int before = end - n;
        if (!comma) return before;
        return before >= 1 && words[before].IsComma ? before - 1 : k;
    }

    /// <summary>Whether the first mention of <paramref name="entity"/> in the sentence stands after word <paramref name="noun"/>.</summary>
    private static bool NamedAfter(EventArguments.Sentence s, int noun, Entity entity)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity == entity) return m.First > noun;
        }
        return false;
    }

    /// <summary>
    /// Whether the verb at word <paramref name="verb"/> is وقع (its masculine past, after clitics) with a definite verbal
    /// noun of the form التفعيل right after it (وقع التنصيص, وقع التأكيد): "took place", not "signed".
    /// </summary>
    private static bool OccurredBeforeVerbalNoun(IReadOnlyList<Word> words, int verb)
    {
        var key = words[verb].Key;
        if (key.Length == 4 && key[0] is 'و' or 'ف') key = key[1..];
        if (key != "وقع" || verb + 1 >= words.Count) return false;
        var next = words[verb + 1].Key;
        return next.Length == 7 && next.StartsWith("الت", StringComparison.Ordinal) && next[5] == 'ي';
    }

    /// <summary>How many words after a complaining verb the side complained against may be named.</summary>
    private const int ComplaintReach = 16;

    /// <summary>
    /// The one named right after ضد in the clause of the complaining verb at word <paramref name="verb"/> (تقدمت مصر بشكوى
    /// رسمية الى مجلس الامن ضد اثيوبيا), or null.
    /// </summary>
    private static Entity? ComplainedAgainst(EventArguments.Sentence s, int verb)
    {
        for (int k = verb + 1; k + 1 < s.Words.Count && k <= verb + ComplaintReach; k++)
        {
            if (s.Words[k].Kind == WordKind.Punctuation && !s.Words[k].IsComma) return null;
            if (s.Words[k].Key == "ضد") return s.StartingAt(k + 1)?.Entity;
        }
        return null;
    }

    /// <summary>Whether the first mention of <paramref name="named"/> after the verb at word <paramref name="verb"/> stands right after الى or لدى.</summary>
    private static bool AddressedTo(EventArguments.Sentence s, int verb, Entity named) =>
        s.FirstAfter(named, verb) is { } m && m.First >= 1 && s.Words[m.First - 1].Key is "الي" or "لدي";

    /// <summary>Words opening with ب that are no demand's complement (في بيان, بين, بعد, بسبب).</summary>
    private static readonly HashSet<string> NoComplements = MatchKey.SetOf("بيان", "بلاغ", "بين", "بعد", "بسبب", "بحسب", "بشكل", "بلاده", "بلادها", "بدوره", "بدورها");

    /// <summary>
    /// Whether the first mention of <paramref name="named"/> after the demanding verb at word <paramref name="verb"/> stands
    /// past the demand's ب-complement (وطالب X المجتمع الدولي بالضغط على اسرائيل): inside what is demanded, so no addressee.
    /// </summary>
    private static bool InsideDemand(EventArguments.Sentence s, int verb, Entity named)
    {
        int first = s.FirstAfter(named, verb)?.First ?? -1;
        for (int k = verb + 2; k < first; k++)
        {
            var w = s.Words[k];
            if (w.IsLetters && w.Key.Length > 3 && w.Key[0] == 'ب' && !NoComplements.Contains(w.Key) && !s.InMention(k)) return true;
        }
        return false;
    }
}
