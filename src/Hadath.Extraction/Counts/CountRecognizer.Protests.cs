using Hadath.Extraction.Text;

namespace Hadath.Extraction.Counts;

/// <summary>
/// Protest crowds as Maghrebi and Levantine news tell them (written for the blind <c>ev11-</c> round): a crowd that
/// went out, held, kept up or took part in a protest (خاض مئات الممرضين وقفة احتجاجية, يواصل نحو 40 من المعطلين
/// اعتصامهم, شاركوا في هذا الشكل النضالي), that blocked a road or answered a call, and the crowd a force broke up,
/// which must be people. The protest may be named by its noun, its noun with a pronoun (اعتصامهم) or شكل and an
/// adjective of struggle (شكلا نضاليا).
/// </summary>
public sealed partial class CountRecognizer
{
    /// <summary>Adjectives that make a protest of the noun before them (شكلا نضاليا, تحرك احتجاجي), indefinite.</summary>
    private static readonly HashSet<string> StruggleAdjectives = MatchKey.SetOf("نضاليا", "احتجاجيا", "نضالي", "احتجاجي");

    /// <summary>The same adjectives with the article, after a definite noun (الشكل النضالي, الشكل الاحتجاجي).</summary>
    private static readonly HashSet<string> TheStruggleAdjectives = MatchKey.SetOf("النضالي", "الاحتجاجي");

    private static readonly string[] ProtestPronouns = ["هم", "هن", "ها", "ه"];

    /// <summary>
    /// A protest word: a protest noun (<see cref="IsProtestNoun"/>), an adjective of struggle after its noun, or a protest
    /// noun under a pronoun suffix (اعتصامهم, اضرابهم, وقفتهم: ة is written ت before the suffix).
    /// </summary>
    private static bool IsProtestWord(string key)
    {
        if (IsProtestNoun(key) || StruggleAdjectives.Contains(key)) return true;
        foreach (var suffix in ProtestPronouns)
        {
            if (key.Length < suffix.Length + 4 || !key.EndsWith(suffix, StringComparison.Ordinal)) continue;
            string noun = key[..^suffix.Length];
            if (ProtestNouns.Contains(noun) || (noun[^1] == 'ت' && ProtestNouns.Contains(noun[..^1] + "ه"))) return true;
        }
        return false;
    }

    /// <summary>A definite protest at word <paramref name="k"/> (المسيرة, الشكل النضالي), past هذا/هذه.</summary>
    private static bool IsTheProtestAt(IReadOnlyList<Word> w, int k)
    {
        if (k < w.Count && w[k].Key is "هذا" or "هذه") k++;
        if (k >= w.Count) return false;
        return TheProtest.Contains(w[k].Key) || (k + 1 < w.Count && IsDefinite(w[k]) && TheStruggleAdjectives.Contains(w[k + 1].Key));
    }

    /// <summary>
    /// The word after a noun of people joined by و to the count's last word (ممرض وممرضة, استاذة واستاذ), or
    /// <paramref name="end"/> itself: a verb after the pair agrees with both.
    /// </summary>
    private int PastJoinedPeople(string text, IReadOnlyList<Word> w, int end) =>
        end < w.Count && w[end].IsLetters && w[end].Key.Length > 3 && w[end].Key[0] == 'و' &&
        _lexicon.Kind(text, w[end], CountRole.Noun) is { } joined && joined.Span.Start > w[end].Start
            ? end + 1
            : end;

    /// <summary>
    /// اكثر من عشرة آلاف شخص شاركوا في المسيرة, اكثر من 400 استاذة واستاذ شاركوا في هذا الشكل النضالي: people who took
    /// part in a protest, told right after them (from <paramref name="end"/>, past <see cref="PastJoinedPeople"/>), are its protesters.
    /// </summary>
    private static bool TookPartIn(IReadOnlyList<Word> w, int end)
    {
        return end + 2 < w.Count && TakingPart.Contains(w[end].Key) && w[end + 1].Key == "في" && IsTheProtestAt(w, end + 2);
    }

    /// <summary>
    /// Verbs of holding or beginning a protest after the crowd that held it (1500 من الاهالي نفذوا مسيرة, دخلوا في اضراب,
    /// آلاف العمال قد بدأوا اعتصامهم).
    /// </summary>
    private static readonly HashSet<string> HeldBy = MatchKey.SetOf("نفذوا", "نظموا", "اقاموا", "نفذ", "نظم", "خاضوا", "دخلوا", "بدأوا", "بدؤوا");

    /// <summary>Plural verbs of keeping a protest up, which may stand further from the crowd that agrees with them.</summary>
    private static readonly HashSet<string> KeptUpBy = MatchKey.SetOf("يواصلون", "واصلوا", "يخوضون", "ينفذون");

    private const int MaxHeldGap = 5;

    private const int MaxKeptUpGap = 7;

    private const int MaxProtestAfterVerb = 3;

    /// <summary>Words that open a clause of their own: a verb after them has a subject of its own.</summary>
    private static readonly HashSet<string> ClauseOpeners = MatchKey.SetOf("الذين", "الذي", "التي", "اللواتي", "بعدما", "عندما", "حين", "ثم", "ان", "لكن");

    /// <summary>
    /// وكان نحو 1500 من اهالي الجهة قد نفذوا صباح الاحد مسيرة, المئات من الاساتذة المتعاقدين قد نفذوا، صباح السبت، وقفة:
    /// a verb of holding after the counted people, or a plural verb of keeping a protest up a little further (آلاف الاطباء
    /// المقيمين في 13 مستشفى جامعيا يواصلون اضرابهم), then a protest within three words (a day set off by commas allowed):
    /// the people held it, they are its protesters. <paramref name="end"/> is past <see cref="PastJoinedPeople"/>.
    /// </summary>
    private bool HeldProtestAfter(IReadOnlyList<Word> w, int end)
    {
        return (HeldVerbAfter(w, end) ?? KeptUpVerbAfter(w, end)) is { } verb && ProtestWithin(w, verb + 1, MaxProtestAfterVerb);
    }

    /// <summary>A verb of holding within <see cref="MaxHeldGap"/> words after the people, past قد, a day and definite words only.</summary>
    private int? HeldVerbAfter(IReadOnlyList<Word> w, int end)
    {
        for (int k = end; k < w.Count && k < end + MaxHeldGap; k++)
        {
            if (!w[k].IsLetters) return null;
            if (HeldBy.Contains(w[k].Key)) return k;
            if (w[k].Key != "قد" && !IsDayWord(w[k]) && !IsDefinite(w[k])) return null;   // الجهة قد نفذوا صباح الاحد
        }
        return null;
    }

    /// <summary>
    /// A plural verb of keeping a protest up within <see cref="MaxKeptUpGap"/> words after the people, past words and
    /// numbers that open no clause of their own (no punctuation, و-word or relative).
    /// </summary>
    private int? KeptUpVerbAfter(IReadOnlyList<Word> w, int end)
    {
        for (int k = end; k < w.Count && k < end + MaxKeptUpGap; k++)
        {
            if (KeptUpBy.Contains(w[k].Key)) return k;
            if (!w[k].IsLetters && !_numbers.Starts(w[k])) return null;
            if (w[k].Key.Length == 0 || w[k].Key[0] == 'و' || ClauseOpeners.Contains(w[k].Key)) return null;
        }
        return null;
    }

    /// <summary>
    /// Whether a protest word follows within <paramref name="reach"/> words from <paramref name="from"/>, with no punctuation
    /// between; the words of a day set off by commas do not count (نفذ آلاف المعلمين في مختلف محافظات المملكة، اليوم الاحد،
    /// اضرابا). A protest noun after a word of <see cref="NotOrganised"/> (نفذت قوات الامن حملة ضد الاعتصام) is where or what
    /// the people acted on, and ends the search; طائرات مسيرة are drones, no march.
    /// </summary>
    private bool ProtestWithin(IReadOnlyList<Word> w, int from, int reach)
    {
        for (int j = from, seen = 0; j < w.Count && seen < reach; j++, seen++)
        {
            if (w[j].IsComma && (DayAside(w, j + 1) ?? PhraseAsideFrom(w, j + 1)) is { } resume)
            {
                j = resume - 1;
                seen--;
                continue;
            }
            if (!w[j].IsLetters || NotOrganised.Contains(w[j].Key)) return false;
            if ((IsProtestWord(w[j].Key) && !(j > 0 && Aircraft.Contains(w[j - 1].Key))) || IsClassBoycott(w, j)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> GoingOut = new(StringComparer.Ordinal) { "خرج", "وخرج", "نزل", "ونزل", "خرجت", "وخرجت", "نزلت", "ونزلت" };

    /// <summary>Streets and squares, also a city's in construct (الى شوارع الخرطوم, ساحات المدينة).</summary>
    private static readonly HashSet<string> Streets = new(StringComparer.Ordinal) { "الشارع", "الشوارع", "الساحات", "الساحه", "الميادين", "شوارع", "ساحات", "ميادين" };

    private const int MaxStreetGap = 3;

    private const int MaxStreetAsideWords = 12;

    /// <summary>
    /// <paramref name="verb"/>, the word right before the count (past a day), when it is خرج/نزل and الى
    /// الشارع/الشوارع/الساحات or في and a protest noun follows the counted words closely (نزل عشرات الآلاف الى الشوارع,
    /// وخرج المئات من سكان المدينة في مسيرة), also past a place and a day set off by commas (خرج المئات من ساكنة
    /// جماعة تيسة، بإقليم تاونات، صباح اليوم السبت، في مسيرة), else null.
    /// </summary>
    private int? IntoTheStreets(IReadOnlyList<Word> w, int verb, int after)
    {
        if (verb < 0 || !GoingOut.Contains(w[verb].Key)) return null;
        int words = 0;
        bool pastComma = false;
        for (int k = after; k < w.Count && words <= MaxStreetAsideWords; k++)
        {
            if (w[k].IsComma)
            {
                pastComma = true;
                continue;
            }
            if (!w[k].IsLetters) return null;
            // Past the first words, only asides set off by commas: a word after a comma opening with و is a clause.
            if (++words > MaxStreetGap + 1 && !pastComma) return null;
            if (w[k].Key == "الي" && k + 1 < w.Count && Streets.Contains(w[k + 1].Key)) return verb;
            // خرج المئات في مظاهرات فرح: a march of joy is no protest.
            if (w[k].Key == "في" && k + 1 < w.Count && ProtestNouns.Contains(w[k + 1].Key) && !(k + 2 < w.Count && Joy.Contains(w[k + 2].Key))) return verb;
            // خرج المئات من العمال، اليوم، بتظاهرة امام الديوان: Iraqi copy tells the protest gone out in with ب.
            if (w[k].Key.Length > 4 && w[k].Key[0] == 'ب' && ProtestNouns.Contains(w[k].Key[1..]) && !(k + 1 < w.Count && Joy.Contains(w[k + 1].Key))) return verb;
            if (w[k].Key.Length > 0 && w[k].Key[0] == 'و' && k > after && w[k - 1].IsComma) return null;
        }
        return null;
    }

    /// <summary>Verbs of blocking a road, before the crowd (اغلق عشرات الشبان الطريق) or after it (قطعوا الطريق).</summary>
    private static readonly HashSet<string> Blocking = MatchKey.SetOf("قطع", "وقطع", "اغلق", "واغلق", "أغلق", "وأغلق");

    private static readonly HashSet<string> BlockedAfter = MatchKey.SetOf("قطعوا", "اغلقوا", "أغلقوا");

    private static readonly HashSet<string> Roads = MatchKey.SetOf("الطريق", "الطرق", "الطرقات", "طريق", "طرقا", "الشارع", "الشوارع");

    /// <summary>Nouns of soldiers, police and armed men: a force that closes a road (اغلق 300 جندي الطريق) is no crowd of protesters.</summary>
    private static readonly HashSet<string> ForceNouns = MatchKey.SetOf(
        "جندي", "جنديا", "جنود", "عنصر", "عنصرا", "عناصر", "شرطي", "شرطيا", "شرطيين", "ضابط", "ضابطا", "ضباط",
        "عسكري", "عسكريا", "عسكريين", "دركي", "دركيا", "مسلح", "مسلحا", "مسلحين", "مقاتل", "مقاتلا", "مقاتلين");

    /// <summary>Whether a noun of a force (<see cref="ForceNouns"/>, <see cref="Forces"/>) stands among the counted words <paramref name="from"/>..<paramref name="end"/>.</summary>
    private static bool CountsForces(IReadOnlyList<Word> w, int from, int end)
    {
        for (int k = from; k < end && k < w.Count; k++)
        {
            if (ForceNouns.Contains(w[k].Key) || Forces.Contains(w[k].Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// فيما اغلق عشرات الشبان الطريق الرابطة بين, 200 شخص قطعوا الطريق: people who blocked a road are protesters; the road
    /// right after the counted words (or after their verb). Soldiers or police counted from <paramref name="from"/> closed it
    /// as a force, not a protest.
    /// </summary>
    private static bool BlockedRoad(IReadOnlyList<Word> w, int verbAt, int from, int end)
    {
        if (end >= w.Count || CountsForces(w, from, end)) return false;
        if (verbAt >= 0 && Blocking.Contains(w[verbAt].Key) && Roads.Contains(w[end].Key)) return true;
        if (verbAt >= 0 && WentAsFar.Contains(w[verbAt].Key) && RoadCutAfter(w, end)) return true;
        return end + 1 < w.Count && BlockedAfter.Contains(w[end].Key) && Roads.Contains(w[end + 1].Key);
    }

    /// <summary>Verbs of going as far as an act, before the crowd (عمد عشرات الشبان الى, اقدم مئات الشباب على).</summary>
    private static readonly HashSet<string> WentAsFar = MatchKey.SetOf("عمد", "وعمد", "فعمد", "اقدم", "واقدم", "فاقدم");

    /// <summary>Verbal nouns of closing a road, after الى or على (الى اغلاق الطريق, على قطع الطرقات).</summary>
    private static readonly HashSet<string> RoadCuts = MatchKey.SetOf("اغلاق", "غلق", "قطع");

    private const int MaxRoadCutGap = 4;

    /// <summary>
    /// اقدم مئات الشباب البطالين بمدينة ورقلة على غلق الطريق, عمد عشرات الشبان الى اغلاق الطريق الوطنية: الى or على
    /// with a road cut's verbal noun and the road, within <see cref="MaxRoadCutGap"/> words after the counted words (from
    /// <paramref name="end"/>) and no punctuation between: the crowd went as far as closing a road.
    /// </summary>
    private static bool RoadCutAfter(IReadOnlyList<Word> w, int end)
    {
        for (int k = end; k + 2 < w.Count && k < end + MaxRoadCutGap; k++)
        {
            if (!w[k].IsLetters) return false;
            if (w[k].Key is "الي" or "علي") return RoadCuts.Contains(w[k + 1].Key) && Roads.Contains(w[k + 2].Key);
        }
        return false;
    }

    /// <summary>Verbs of answering a call, and the call (لبوا النداء, لبى مئات الاساتذة دعوة التنسيقية).</summary>
    private static readonly HashSet<string> Answered = MatchKey.SetOf("لبي", "لبوا", "ولبي", "ولبوا");

    private static readonly HashSet<string> Calls = MatchKey.SetOf("النداء", "نداء", "الدعوة", "دعوة", "دعوات", "الدعوات");

    /// <summary>
    /// اكثر من ثلاثة آلاف ممرض وممرضة لبوا النداء, لبى مئات الاساتذة دعوة التنسيقية: people who answered a call (the verb
    /// after them or before them, the call right after it or after them) turned out to protest. The verb after them stands
    /// at <paramref name="after"/>, past <see cref="PastJoinedPeople"/>; the call after them at <paramref name="end"/>.
    /// </summary>
    private static bool AnsweredCall(IReadOnlyList<Word> w, int verbAt, int end, int after)
    {
        if (after + 1 < w.Count && Answered.Contains(w[after].Key) && Calls.Contains(w[after + 1].Key)) return CallsToProtest(w, after + 1);
        return verbAt >= 0 && Answered.Contains(w[verbAt].Key) && end < w.Count && Calls.Contains(w[end].Key) && CallsToProtest(w, end);
    }

    private const int MaxCallGap = 4;

    /// <summary>
    /// Whether the call at word <paramref name="call"/> is one to protest: it ends its clause with its caller (لبوا نداء
    /// التنسيقية), or a protest word follows within <see cref="MaxCallGap"/> words (دعوة النقابة للمشاركة في الاضراب);
    /// دعوة الحزب لحضور المؤتمر السنوي calls to a meeting.
    /// </summary>
    private static bool CallsToProtest(IReadOnlyList<Word> w, int call)
    {
        if (call + 1 >= w.Count || !w[call + 1].IsLetters) return true;
        int past = call + 2;   // past the call and its caller
        if (past >= w.Count || !w[past].IsLetters) return true;
        for (int k = past; k < w.Count && k < past + MaxCallGap && w[k].IsLetters; k++)
        {
            if (IsProtestAt(w[k].Key)) return true;
        }
        return false;
    }

    /// <summary>A protest word, bare or with the article (مسيرة, المسيرة).</summary>
    private static bool IsProtestBareOrDefinite(string key) => IsProtestWord(key) || TheProtest.Contains(key);

    /// <summary>Whether word <paramref name="k"/> names a protest: a protest noun or a boycott of classes (مقاطعة للدروس).</summary>
    private static bool NamesProtest(IReadOnlyList<Word> w, int k) => IsProtestBareOrDefinite(w[k].Key) || IsClassBoycott(w, k);

    /// <summary>A protest word, bare or with the article, also behind ب or ل (بالمسيرة, للاضراب).</summary>
    private static bool IsProtestAt(string key)
    {
        if (IsProtestBareOrDefinite(key)) return true;
        if (key.StartsWith("لل", StringComparison.Ordinal)) return TheProtest.Contains("ا" + key[1..]);
        return key.Length > 2 && TheProtest.Contains(key[1..]);
    }

    /// <summary>Verbs of breaking up a crowd (فرقت الشرطة, فضت قوات الامن), with or without و.</summary>
    private static readonly HashSet<string> Dispersals = MatchKey.SetOf("فرقت", "فرقوا", "فضت", "فضوا", "وفرقت", "وفرقوا", "وفضت", "وفضوا");

    /// <summary>Words of where a crowd stood, right after it (فرقت الشرطة المئات امام البرلمان).</summary>
    private static readonly HashSet<string> PlacedAt = MatchKey.SetOf("امام", "قرب", "وسط", "عند", "داخل", "خارج", "حول", "بالقرب", "قبالة");

    /// <summary>
    /// فرقت قوات الامن ليل الثلاثاء بخراطيم المياه آلاف الاساتذة: a dispersal verb up to <see cref="MaxCaptorGap"/> words
    /// before the number, days and parts of the day not counted, with no punctuation, other number or و-clause between
    /// (فضت الشرطة الاعتصام ونقل الهلال الاحمر 10 اشخاص: the ten were carried, not dispersed). The crowd must be people:
    /// a noun of people was read (<paramref name="counted"/>), or no noun follows the number (فرقت الشرطة المئات امام
    /// البرلمان); فضت لجنة المصالحة مئات النزاعات broke up no crowd.
    /// </summary>
    private bool DispersedBefore(IReadOnlyList<Word> w, int lead, int end, bool counted)
    {
        if (!counted && !NoNounAfter(w, end) && !PlacedAt.Contains(w[end].Key)) return false;
        // والدرك, وبخراطيم المياه join words of the clause; ونقل opens a clause of its own.
        return VerbInClauseBefore(w, lead, Dispersals, withBiJoins: true);
    }

    /// <summary>
    /// Whether a verb of <paramref name="verbs"/> stands up to <see cref="MaxCaptorGap"/> words before word
    /// <paramref name="lead"/>, days and parts of the day not counted, with no punctuation, other number or و-clause between
    /// (a word with و opens a clause unless و is followed by the article, or by ب when <paramref name="withBiJoins"/>).
    /// </summary>
    private bool VerbInClauseBefore(IReadOnlyList<Word> w, int lead, HashSet<string> verbs, bool withBiJoins)
    {
        for (int k = lead - 1, gap = 0; k >= 0 && gap < MaxCaptorGap; k--)
        {
            if (!w[k].IsLetters || _numbers.Starts(w[k])) return false;
            if (verbs.Contains(w[k].Key)) return true;
            if (w[k].Key.Length > 2 && w[k].Key[0] == 'و' && !w[k].Key.StartsWith("وال", StringComparison.Ordinal) &&
                !(withBiJoins && w[k].Key[1] == 'ب')) return false;
            if (!IsDayWord(w[k])) gap++;
        }
        return false;
    }

    /// <summary>Verbs of holding a crowd back (منعت الاجهزة الامنية المئات من المعلمين من الوصول), with or without و.</summary>
    private static readonly HashSet<string> HoldingBack = MatchKey.SetOf("منعت", "ومنعت", "منعوا", "ومنعوا");

    /// <summary>Where a crowd held back was heading: من and a noun of going (من الوصول, من التوجه, من التقدم; not من دخول اراضيها, a border kept).</summary>
    private static readonly HashSet<string> Going = MatchKey.SetOf("الوصول", "التوجه", "التقدم", "الاقتراب", "التظاهر", "الاعتصام", "السير");

    /// <summary>
    /// منعت الاجهزة الامنية الخميس الماضي المئات من المعلمين من الوصول الى محيط رئاسة الوزراء: a force that held back
    /// counted people from going somewhere (من and a noun of going right after them), the verb before them in its clause
    /// as for a dispersal, held back protesters.
    /// </summary>
    private bool HeldBackBefore(IReadOnlyList<Word> w, int lead, int end)
    {
        if (end + 1 >= w.Count || w[end].Key != "من" || !Going.Contains(w[end + 1].Key)) return false;
        return VerbInClauseBefore(w, lead, HoldingBack, withBiJoins: false);
    }

    private const int MaxProtestNamedGap = 4;

    /// <summary>
    /// قال منظمو المسيرة ان عدد المشاركين فيها تجاوز خمسة آلاف: those taking part (word <paramref name="k"/>) في a pronoun
    /// (فيها, فيه) that points back to a protest named a few words before عدد.
    /// </summary>
    private static bool InTheProtestNamedBefore(IReadOnlyList<Word> w, int k)
    {
        if (k + 1 >= w.Count || w[k + 1].Key is not ("فيها" or "فيه")) return false;
        for (int j = k - 2; j >= 0 && j >= k - 1 - MaxProtestNamedGap; j--)
        {
            if (!w[j].IsLetters) break;
            if (IsProtestBareOrDefinite(w[j].Key)) return true;
        }
        // نظم المضربون مسيرة جابت الشوارع، قدر الكاتب العام للاتحاد، X، عدد المشاركين فيها باكثر من عشرة آلاف: with a
        // verb of estimating before عدد, the pronoun points back to the protest named earlier in the sentence, past commas.
        bool estimated = false;
        for (int j = k - 2; j >= 0; j--)
        {
            if (Estimating.Contains(w[j].Key)) estimated = true;
            else if (estimated && IsProtestBareOrDefinite(w[j].Key)) return true;
            if (w[j].Kind == WordKind.Punctuation && !w[j].IsComma) return false;
        }
        return false;
    }

    /// <summary>Verbs of estimating a number, before عدد (ويقدر عدد الاساتذة … بنحو 70 الفا, قدرت السلطات عدد …).</summary>
    private static readonly HashSet<string> Estimating = MatchKey.SetOf("يقدر", "ويقدر", "تقدر", "وتقدر", "قدر", "وقدر", "قدرت", "وقدرت");

    private const int MaxEstimatorGap = 4;

    /// <summary>
    /// Whether a verb of estimating stands before عدد at word <paramref name="of"/>, right before it or past a short subject
    /// (قدرت مصادر من السلطات عدد …), with no punctuation between: with ب on the number it links عدد to the number.
    /// </summary>
    private static bool EstimatedBefore(IReadOnlyList<Word> w, int of) => ListedShortlyBefore(w, of, MaxEstimatorGap, Estimating);

    /// <summary>Where the span of a count told by its organising verb starts: past a و that is a clitic (ونظم), not one of the verb (واصل).</summary>
    private static int OrganiserStart(Word verb) =>
        verb.Start + (verb.Key.Length > 3 && verb.Key[0] == 'و' && (Organise.Contains(verb.Key[1..]) || OrganiseIt.Contains(verb.Key[1..])) ? 1 : 0);

    private static readonly HashSet<string> TakingPartBefore = MatchKey.SetOf("شارك", "وشارك", "شاركت", "وشاركت");

    private const int MaxTakingPartGap = 4;

    /// <summary>A word of joy or mourning (<see cref="Joy"/>), also with the article (الاحتفالية).</summary>
    private static bool IsJoyWord(string key) =>
        Joy.ContainsWithOrWithoutArticle(key);

    /// <summary>
    /// شارك في مظاهرات بالعاصمة المئات من الطلاب, وشارك في الوقفة الاحتجاجية نحو 300 شخص: a verb of taking part, في and a
    /// protest word, then the crowd within <see cref="MaxTakingPartGap"/> words after في (a place or an adjective), no
    /// punctuation or number between.
    /// </summary>
    private bool TookPartBefore(IReadOnlyList<Word> w, int lead)
    {
        for (int k = lead - 1; k >= 2 && k >= lead - MaxTakingPartGap; k--)
        {
            if (!w[k].IsLetters || _numbers.Starts(w[k])) return false;
            if (!IsProtestBareOrDefinite(w[k].Key)) continue;
            // في مسيرة تشييع الضحايا, في المسيرة الاحتفالية: a funeral or a celebration, no protest.
            if (k + 1 < lead && IsJoyWord(w[k + 1].Key)) return false;
            return w[k - 1].Key == "في" && TakingPartBefore.Contains(w[k - 2].Key);
        }
        return false;
    }

    /// <summary>مقاطعة: a boycott, a protest only of classes (مقاطعة الدروس, مقاطعة للدراسة); alone it is also a district.</summary>
    private static readonly HashSet<string> Boycott = MatchKey.SetOf("مقاطعة", "بمقاطعة", "ومقاطعة");

    private static readonly HashSet<string> Classes = MatchKey.SetOf("الدروس", "للدروس", "الدراسة", "للدراسة", "الفصول", "الامتحانات", "للامتحانات");

    /// <summary>Whether word <paramref name="k"/> opens a boycott of classes (مقاطعة للدروس).</summary>
    private static bool IsClassBoycott(IReadOnlyList<Word> w, int k) =>
        Boycott.Contains(w[k].Key) && k + 1 < w.Count && Classes.Contains(w[k + 1].Key);

    /// <summary>Verbs of declaring, before the crowd that declared a protest (أعلن آلاف التجار الاضراب).</summary>
    private static readonly HashSet<string> Declaring = MatchKey.SetOf("اعلن", "واعلن", "اعلنت", "واعلنت");

    /// <summary>Verbs of entering, before the crowd that entered a protest (دخل عشرات التلاميذ في مقاطعة للدروس).</summary>
    private static readonly HashSet<string> Entering = MatchKey.SetOf("دخل", "ودخل", "دخلت", "ودخلت");

    private const int MaxDeclaredGap = 4;

    /// <summary>
    /// <paramref name="verb"/>, right before the count, declares and a protest is its object within <see cref="MaxDeclaredGap"/>
    /// words after the counted words (أعلن آلاف التجار في البازار الاضراب), as a bare or definite noun, no punctuation
    /// between: the people declared it. A protest after ل is what they backed (اعلن 20 نائبا تاييدهم للاضراب), no object.
    /// </summary>
    private static bool DeclaredProtest(IReadOnlyList<Word> w, int verb, int end)
    {
        if (verb < 0 || !Declaring.Contains(w[verb].Key)) return false;
        for (int k = end; k < w.Count && k < end + MaxDeclaredGap; k++)
        {
            if (!w[k].IsLetters || NotOrganised.Contains(w[k].Key)) return false;
            if (NamesProtest(w, k)) return true;
        }
        return false;
    }

    /// <summary>
    /// <paramref name="verb"/>, right before the count, is دخل and في opens a protest within <see cref="MaxOrganisedGap"/>
    /// words after the counted words, no punctuation between (دخل عشرات التلاميذ المنحدرين من الدوار في مقاطعة للدروس,
    /// دخل 20 معتقلا في اضراب عن الطعام); دخل 30 الف لاجئ الى البلاد enters a place.
    /// </summary>
    private static bool EnteredProtest(IReadOnlyList<Word> w, int verb, int end)
    {
        if (verb < 0 || !Entering.Contains(w[verb].Key)) return false;
        for (int k = end; k + 1 < w.Count && k < end + MaxOrganisedGap; k++)
        {
            if (!w[k].IsLetters) return false;
            if (w[k].Key == "في" && NamesProtest(w, k + 1)) return true;
        }
        return false;
    }
}
