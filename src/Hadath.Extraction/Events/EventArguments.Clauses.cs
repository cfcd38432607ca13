using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Where a clause's roles stop: the doer of a verbal noun after قام/رد, a subject glued to a preposition, places
/// struck and places where, a voice of a body, leaders after بزعامة, relative and ما clauses and where a clause ends.
/// </summary>
public sealed partial class EventArguments
{
    private static readonly HashSet<string> ActVerbs = MatchKey.SetOf("قام", "قامت", "قاموا", "رد", "ردت", "ردوا");

    /// <summary>Whether <paramref name="key"/> is one of <paramref name="verbs"/>, also after و or ف (وقامت, فردت).</summary>
    internal static bool IsVerbOf(HashSet<string> verbs, string key) =>
        verbs.Contains(key) || (key.Length > 2 && key[0] is 'و' or 'ف' && verbs.Contains(key[1..]));

    /// <summary>
    /// The one named right after the act verb before a verbal noun (وردت القوات الصومالية بدعم من قوات الاتحاد الافريقي
    /// بقصف …): the doer, not a supporter named in between.
    /// </summary>
    private static Placed? ActSubject(Sentence s, int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - ActReach; k--)
        {
            string key = s.Words[k].Key;
            if (!IsVerbOf(ActVerbs, key)) continue;
            // وردت وحدات من الجيش العربي السوري على مصادر اطلاق القذائف بقصف: the units' body is the subject.
            int j = PastMembers(s, SkipTimes(s, k + 1), first - 1);
            return s.StartingAt(j) is { Entity.Type: not EntityType.LOC } m && m.Last < first ? m : null;
        }
        return null;
    }

    /// <summary>How far back an act verb may stand from its verbal noun: far enough for the fire a reply answered (وردت
    /// وحدات من الجيش العربي السوري على مصادر اطلاق القذائف بقصف).</summary>
    private const int ActReach = 12;

    /// <summary>Verbs that announce what a body did, told as verbal nouns after them (اعلنت الشرطة توقيف تسعة).</summary>
    private static readonly HashSet<string> Announcing = MatchKey.SetOf("اعلنت", "واعلنت", "اعلن", "واعلن", "افادت", "وافادت", "ذكرت", "وذكرت");

    /// <summary>Words that open a clause of its own between an announcing verb and a noun joined on later (ان, فيما, الذي).</summary>
    private static readonly HashSet<string> ClauseOpeners = MatchKey.SetOf("ان", "انه", "انها", "فيما", "بينما", "حيث", "الذي", "التي", "الذين", "كما");

    /// <summary>How many words back from a joined noun its announcing verb may stand.</summary>
    private const int AnnouncedReach = 20;

    /// <summary>
    /// The organisation named right after an announcing verb (past a day) whose told acts a verbal noun at <paramref name="first"/>,
    /// written with و right after a comma, is joined on to (واعلنت قوى الامن الداخلي، في بيان، اصابة اربعة من عناصرها …،
    /// وتوقيف ثلاثة): the announcer did it, as it did the first of them; null past a quotation mark or a clause of its own.
    /// </summary>
    private static Placed? AnnouncerOfJoinedNoun(Sentence s, int first)
    {
        if (first < 2 || s.Words[first].Key[0] != 'و' || !s.Words[first - 1].IsComma) return null;
        for (int k = first - 2; k >= 0 && k >= first - AnnouncedReach; k--)
        {
            var w = s.Words[k];
            if (w.IsQuotationMark || ClauseOpeners.Contains(w.Key)) return null;
            if (!Announcing.Contains(w.Key)) continue;
            return s.StartingAt(SkipTimes(s, k + 1)) is { Entity.Type: EntityType.ORG } m && m.Last < first ? m : null;
        }
        return null;
    }

    /// <summary>Verbs that point to what a body did, told as a verbal noun after الى (اشارت الشرطة الى توقيف خمسة).</summary>
    private static readonly HashSet<string> PointingTo = MatchKey.SetOf("اشارت", "واشارت", "اشار", "واشار", "لفتت", "ولفتت", "لفت", "ولفت");

    /// <summary>The words of a statement's aside between its author and what it told (، في بيان لها، الى).</summary>
    private static readonly HashSet<string> StatementAside = MatchKey.SetOf("في", "بيان", "بلاغ", "له", "لها", "الى", "صحفي", "رسمي", "،", ",");

    /// <summary>How many words (مصالح, عناصر) may stand between an announcing verb and the body named after it.</summary>
    private const int AnnouncerHeadReach = 2;

    /// <summary>
    /// The organisation named after an announcing or pointing verb whose statement the verbal noun at <paramref name="first"/>
    /// tells, past an aside of the statement (واشارت مصالح الدرك الوطني في بيان لها الى توقيف خمسة اشخاص, واعلنت الشرطة، في
    /// بيان، توقيف ثلاثة): the body did what it announced. A pointing verb needs الى right before the noun; null otherwise.
    /// </summary>
    private static Placed? AnnouncerOfNoun(Sentence s, int first)
    {
        int k = first - 1;
        // واعلنت وزارة الداخلية في بيان مساء اليوم توقيف: the statement's day is part of its aside.
        while (k >= 0 && (StatementAside.Contains(s.Words[k].Key) || IsTime(s, k))) k--;
        if (k < 0 || k == first - 1 || s.EndingAt(k) is not { Entity.Type: EntityType.ORG } named) return null;
        bool pointed = s.Words[first - 1].Key == "الي";
        for (int v = named.First - 1; v >= 0 && v >= named.First - 1 - AnnouncerHeadReach && s.Words[v].IsLetters; v--)
        {
            string key = s.Words[v].Key;
            if (PointingTo.Contains(key)) return pointed ? named : null;
            if (Announcing.Contains(key)) return pointed ? null : named;
        }
        return null;
    }

    /// <summary>What a body announces as its object right after the verb (اعلنت اصابة تسعة, اعلنت مقتل …): no subject of the verb.</summary>
    private static readonly HashSet<string> Announced = MatchKey.SetOf("اصابة", "مقتل", "وفاة", "جرح", "توقيف", "ايقاف", "اعتقال", "القاء", "ضبط", "حجز", "تفريق");

    /// <summary>
    /// The organisation that announced, with a و-verb right after a comma and no subject of its own, what the verbal noun at
    /// <paramref name="first"/> tells within the verb's object (opening right after it with the noun or an announced
    /// outcome, اصابة, مقتل), no mark between (واتهمت قيادة الشرطة، في بيان، مندسين
    /// بالاعتداء على منتسبيها، واعلنت اصابة تسعة منهم واعتقال 23 شخصا): the verb goes on with the sentence's first
    /// organisation, which did what it announced. Null when the verb names its own subject or is no such و-verb.
    /// </summary>
    private static Entity? AnnouncerGoingOn(Sentence s, int first)
    {
        for (int k = first - 1; k >= 1 && k >= first - AnnouncedReach; k--)
        {
            var w = s.Words[k];
            if (w.Kind == WordKind.Punctuation || w.IsQuotationMark || ClauseOpeners.Contains(w.Key)) return null;
            if (!Announcing.Contains(w.Key)) continue;
            int next = SkipTimes(s, k + 1);
            if (w.Key[0] != 'و' || !s.Words[k - 1].IsComma || next != first && !Announced.Contains(s.Words[next].Key)) return null;
            return FirstBodyEndingBefore(s, k);
        }
        return null;
    }

    /// <summary>The organisation or person named after لل ending within a few words before word <paramref name="first"/>.</summary>
    private static Entity? ClitickedBefore(Sentence s, int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - MaxNounGap - 2; k--)
        {
            if (!s.Words[k].IsLetters) return null;
            if (Cliticked(s, k) is { } named && named.After == first) return named.Entity;
        }
        return null;
    }

    /// <summary>
    /// Sites a strike or an attack hits, owned by the one named after them with لل (غارات على مواقع للحوثيين, هجوم على حاجز
    /// للجيش); none a force on the move, which may act itself (دورية, قوة).
    /// </summary>
    private static readonly HashSet<string> Sites = MatchKey.SetOf("مواقع", "موقع", "موقعا", "مقر", "مقرا", "مقرات", "معسكر", "معسكرات", "مراكز", "مركز", "مركزا",
        "مخازن", "تجمعات", "آليات", "مخابئ", "تعزيزات", "حاجز", "حاجزا", "حواجز", "كمين", "كمينا", "نقطة", "نقاط", "مخفر", "مخفرا", "ثكنة", "قاعدة", "ربيئة");

    /// <summary>
    /// Whether <paramref name="phrase"/> names a post by its kind alone (نقطة تفتيش, حاجزا امنيا): a site whose owner is not
    /// named with it (a named owner is the target itself, <see cref="SiteOwner"/>).
    /// </summary>
    internal static bool IsPostPhrase(Sentence s, ActorPhrases.Phrase phrase) =>
        WordIndexAt(s, phrase.Span.Start) is { } k && Sites.Contains(s.Words[k].Key);

    /// <summary>Whether the word is a site an attack or a strike hits (مواقع, تجمعات, مقر).</summary>
    internal static bool IsSiteWord(string key) => Sites.Contains(key);

    /// <summary>State forces a story names in full and then by the bare head alone (الجيش السوري … مواقع للجيش).</summary>
    private static readonly HashSet<string> ForceHeads = MatchKey.SetOf("الجيش", "الشرطة", "الدرك", "الحرس");

    /// <summary>
    /// The owner named after لل of the site at word <paramref name="site"/>, right after it or past one indefinite word that
    /// describes it (نقطة تفتيش للجيش, قاعدة عسكرية للجيش الصومالي), within word <paramref name="right"/>; or null.
    /// </summary>
    private static Entity? SiteOwner(Sentence s, int site, int right)
    {
        if (site >= s.Words.Count || !Sites.Contains(s.Words[site].Key)) return null;
        // Past up to three words that describe the site or join more sites to it (مقرات ومستودعات اسلحة للتنظيم, نقطة تفتيش
        // تابعة للحشد الشعبي, قاعدة عسكرية للجيش الصومالي), none of them definite or a name.
        for (int k = site + 1; k <= right && k < s.Words.Count && k <= site + 1 + MaxSiteWords; k++)
        {
            if (Cliticked(s, k) is { } owner) return owner.Entity;
            if (LamNamed(s, k) is { } named) return named;
            var w = s.Words[k];
            if (!w.IsLetters || w.Key.StartsWith("ال", StringComparison.Ordinal) && !SiteBridges.Contains(w.Key) || s.StartingAt(k) is not null ||
                Prepositions.Contains(w.Key)) return null;
        }
        return null;
    }

    private const int MaxSiteWords = 3;

    /// <summary>Words of belonging between a site and its owner (نقطة تفتيش تابعة للحشد, الدورية التابعة للجيش).</summary>
    private static readonly HashSet<string> SiteBridges = MatchKey.SetOf("التابعة", "التابع");

    /// <summary>
    /// A name the story tells elsewhere, written here with ل on an indefinite head (هجوم لقوات حفتر, مواقع لجماعة الحوثي):
    /// the entity whose name is that head and the next word, or null.
    /// </summary>
    private static Entity? LamNamed(Sentence s, int k)
    {
        if (s.ClitickedNames is null || k + 1 >= s.Words.Count || !s.Words[k].IsLetters || !s.Words[k + 1].IsLetters) return null;
        string key = s.Words[k].Key;
        if (key.Length < 4 || key[0] != 'ل' || key[1] == 'ل' || key.StartsWith("لا", StringComparison.Ordinal)) return null;
        if (s.ClitickedNames.Value is not { Count: > 0 } names) return null;
        return names.TryGetValue(key[1..] + " " + s.Words[k + 1].Key, out var named) ? named : null;
    }

    /// <summary>Whether في stands between على/ضد at word <paramref name="on"/> and the mention: it names where, not what.</summary>
    private static bool AfterIn(Sentence s, int on, Placed m)
    {
        for (int k = on + 1; k < m.First; k++)
        {
            if (s.Words[k].Key is "في" or "وفي") return true;
        }
        return false;
    }

    /// <summary>
    /// غارة على قطاع غزة, قصف على شمال القطاع: a territory right after على/ضد (past its side or category nouns) is what a
    /// strike hit, the target CAMEO coders give it; a place anywhere else in a violent act's clause is only where.
    /// </summary>
    private static bool StruckPlace(Sentence s, int on, Placed m)
    {
        if (!Against.Contains(s.Words[on].Key)) return false;
        int k = on + 1;
        // هجوم على قرية قرب مدينة X: a place near what was hit is where, not what was hit.
        while (k < m.First && PlaceNouns.Contains(s.Words[k].Key) && s.Words[k].Key != "قرب") k++;
        return k == m.First;
    }

    /// <summary>على لسان X, بلسان X: X speaks for the subject (اتهمت فرنسا على لسان رئيسها …), it is not the target.</summary>
    private static bool IsVoiceOf(Sentence s, Placed m) =>
        m.First >= 1 && s.Words[m.First - 1].Key is "لسان" or "بلسان" ||
        (m.First >= 2 && s.Words[m.First - 2].Key is "لسان" or "بلسان" && s.Words[m.First - 1].IsLetters);

    // عناصر من عصابات داعش: how Iraqi agencies name the group
    private static readonly HashSet<string> GroupNouns = MatchKey.SetOf("فصيل", "تنظيم", "جماعة", "حركة", "ميليشيا", "مليشيا", "منظمة", "كتيبة", "عصابات");

    private static readonly HashSet<string> Sittings = MatchKey.SetOf("اجتماع", "اجتماعات", "جلسة", "جلسات", "قمة", "لقاء");

    private static readonly HashSet<string> Leaders = MatchKey.SetOf("بزعامة", "بقيادة", "برئاسة");

    internal static readonly HashSet<string> Relatives = MatchKey.SetOf("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي");

    /// <summary>The host's own seat (في مكتبه, في دارته): where a reception or meeting took place.</summary>
    private static readonly HashSet<string> OwnSeats = MatchKey.SetOf("مكتبه", "مكتبها", "مقره", "مقرها", "دارته", "دارتها", "منزله", "منزلها", "قصره");

    /// <summary>
    /// The host's seat right after the subject, and the times after it (استقبل الوزير X في مكتبه السبت السفير Y): the
    /// object comes after it. The word after the seat and its times, or null.
    /// </summary>
    private static int? PastOwnSeat(Sentence s, int at)
    {
        // استقبل محافظ المفرق X، في مكتبه، ممثل المفوضية Y: the seat set off by commas.
        if (at + 4 < s.Words.Count && s.Words[at].IsComma && s.Words[at + 1].Key == "في" && OwnSeats.Contains(s.Words[at + 2].Key) &&
            SkipTimes(s, at + 3) is var close && close + 1 < s.Words.Count && s.Words[close].IsComma) return close + 1;
        return at + 2 < s.Words.Count && s.Words[at].Key == "في" && OwnSeats.Contains(s.Words[at + 1].Key) ? SkipTimes(s, at + 2) : null;
    }

    /// <summary>
    /// A place alone set off by commas right after the subject (والتقى وزير الخارجية X، في عمان، المفوض السامي Y): where the
    /// act was done, so the object comes after it. The word after the closing comma, or null.
    /// </summary>
    private static int? PastPlaceAside(Sentence s, int at)
    {
        if (at + 4 >= s.Words.Count || !s.Words[at].IsComma || s.Words[at + 1].Key != "في" || s.StartingAt(at + 2) is not { Entity.Type: EntityType.LOC } where ||
            !IsPlace(s, where)) return null;
        int close = where.Last + 1;
        return close + 1 < s.Words.Count && s.Words[close].IsComma ? close + 1 : null;
    }

    /// <summary>
    /// A host's palace or seat named in a time aside (في قصر اليمامة, في مقر الديوان الملكي, في ديوان الرئاسة; the palace
    /// told definite, ، امس في القصر الجمهوري،).
    /// </summary>
    private static readonly HashSet<string> HostSeats = MatchKey.SetOf("قصر", "مقر", "ديوان", "القصر");

    /// <summary>
    /// The same seats told with ب joined to them (، امس الثلاثاء بقصر الحكومة بالقصبة،, ، اليوم بمقر الوزارة،): where the
    /// meeting was held, an aside with its day as one told with في is.
    /// </summary>
    // ، اليوم الاربعاء بالقصر الملكي بالرباط،: the palace told definite with ب, as Maghrebi wires name the royal one.
    private static readonly HashSet<string> SeatsWithBa = MatchKey.SetOf("بقصر", "بمقر", "بديوان", "بالقصر");

    /// <summary>Words of a period told relative to the story's day (الشهر الماضي, الاسبوع الجاري): a time in an aside.</summary>
    // قد استقبل، يوم الجمعة الماضي، وفدا: the day told with يوم before its name; صبيحة, the Maghrebi morning.
    private static readonly HashSet<string> PeriodWords = MatchKey.SetOf("الشهر", "الاسبوع", "العام", "الماضي", "الماضية", "الجاري", "الجارية", "المنصرم", "المنصرمة",
        "يوم", "صبيحة");

    /// <summary>
    /// A palace or seat after في that the tagger may not name, closed by a comma within <see cref="MaxPalaceAsideWords"/> words
    /// (BNA: استقبل الملك X في قصر الصخير اليوم، Y; استقبل الملك X في قصر الحسينية، اليوم، Y): the comma, and whether a day
    /// stood before it; null where another mark comes first or no comma closes it. Reads only the words from
    /// <paramref name="at"/> (في) to that comma.
    /// </summary>
    private static (int Comma, bool Day)? PalaceAside(Sentence s, int at)
    {
        if (at + 3 >= s.Words.Count || s.Words[at].Key != "في" || !HostSeats.Contains(s.Words[at + 1].Key)) return null;
        bool day = false;
        for (int k = at + 2; k < s.Words.Count && k <= at + 1 + MaxPalaceAsideWords; k++)
        {
            if (s.Words[k].IsComma) return (k, day);
            if (IsTime(s, k) || PeriodWords.Contains(s.Words[k].Key)) day = true;
            else if (!s.Words[k].IsLetters) return null;
        }
        return null;
    }

    /// <summary>How many words a palace's name and its day may run before the comma that closes them.</summary>
    private const int MaxPalaceAsideWords = 6;

    /// <summary>How many words a palace's name alone, with no day, may run before its comma (في قصر الحسينية،).</summary>
    private const int MaxPalaceNameWords = 4;

    /// <summary>
    /// A day or a place set off by commas right after the subject (استقبل الرئيس ميشال عون، قبل ظهر اليوم في بعبدا، ممثلة
    /// المفوضية; التقى الوزير X، في وقت لاحق اليوم، Y; التقى X في موسكو، الشهر الماضي، Y; استقبل عامل الاقليم X، بعد الظهر،
    /// وفدا عن Y): the object comes after it. The
    /// word after the closing comma, or null; the aside must hold a day or a period.
    /// </summary>
    private static int? PastTimeAside(Sentence s, int at)
    {
        // اشتبك الجيش الصومالي، بدعم من قوات اتميس، مع مسلحي الحركة: who backed the subject, set off by commas, is an
        // aside too; the other side follows it.
        if (at + 1 < s.Words.Count && s.Words[at].IsComma && PartnerAside.Close(s.Words, at + 1) is { } partnerClose &&
            s.Words[at + 1].Key != "بحضور" && partnerClose + 1 < s.Words.Count && s.Words[partnerClose + 1].Key == "مع") return partnerClose + 1;
        const int MaxAsideWords = 6;
        // في موسكو، الشهر الماضي،: where it happened may come before the aside.
        if (at + 2 < s.Words.Count && s.Words[at].Key == "في" && s.StartingAt(at + 1) is { Entity.Type: EntityType.LOC } where) at = where.Last + 1;
        // استقبل رئيس الوزراء X في مكتبه، مساء اليوم، قائد البعثة Y: so may the host's own seat.
        else if (at + 2 < s.Words.Count && s.Words[at].Key == "في" && OwnSeats.Contains(s.Words[at + 1].Key)) at += 2;
        // استقبل الملك X في قصر الصخير اليوم، Y: a palace and its day closed by one comma; the object follows it.
        // استقبل الملك X في قصر الحسينية، اليوم، رئيس الوزراء Y: a palace's name alone may come before the aside.
        else if (PalaceAside(s, at) is { } palace)
        {
            if (palace.Day) return palace.Comma + 1 < s.Words.Count ? palace.Comma + 1 : null;
            if (palace.Comma > at + 2 && palace.Comma <= at + 1 + MaxPalaceNameWords) at = palace.Comma;
        }
        if (at + 1 >= s.Words.Count || s.Words[at].Key is not ("،" or ",")) return null;
        bool day = false, seat = false;
        for (int k = at + 1; k < s.Words.Count && k <= at + 1 + MaxAsideWords; k++)
        {
            if (s.Words[k].IsComma) return day && k + 1 < s.Words.Count ? k + 1 : null;
            // ، بعد الظهر،, ، في وقت لاحق،: a time told relative to the news is as much a day as one the time layer dates.
            if (DayAside.RelativeAt(s.Words, k) is > 0 and var relative)
            {
                day = true;
                k += relative - 1;
            }
            else if (IsTime(s, k) || PeriodWords.Contains(s.Words[k].Key)) day = true;
            else if (s.StartingAt(k) is { Entity.Type: EntityType.LOC } place) k = place.Last;
            // ، اليوم في قصر الشاطئ،: a palace or seat after في is where it was done, named or not by the tagger; the
            // words of its name run on to the closing comma.
            else if (HostSeats.Contains(s.Words[k].Key) && s.Words[k - 1].Key == "في" || SeatsWithBa.Contains(s.Words[k].Key)) seat = true;
            else if (seat && s.Words[k].IsLetters) continue;
            else if (s.Words[k].Key is not ("قبل" or "بعد" or "في" or "وقت" or "لاحق")) return null;   // في وقت لاحق اليوم
        }
        return null;
    }

    /// <summary>
    /// A statement set off by commas right after the subject (ودعت الوزارة، في بيان لها، مجلس الامن الى): the object comes
    /// after it. The word after the closing comma, or null.
    /// </summary>
    private static int? PastStatementAside(Sentence s, int at)
    {
        if (at + 3 >= s.Words.Count || !s.Words[at].IsComma || s.Words[at + 1].Key != "في" || !Statements.Contains(s.Words[at + 2].Key)) return null;
        int said = StatementTails.Contains(s.Words[at + 3].Key) ? at + 3 : at + 2;
        return said + 2 < s.Words.Count && s.Words[said + 1].IsComma ? said + 2 : null;
    }

    /// <summary>Nouns of a statement in an aside (، في بيان،, ، في بلاغ لها،).</summary>
    private static readonly HashSet<string> Statements = MatchKey.SetOf("بيان", "بلاغ");

    /// <summary>Words that may close a statement's aside after its noun (له, لها, صحفي, رسمي).</summary>
    private static readonly HashSet<string> StatementTails = MatchKey.SetOf("له", "لها", "لهم", "صحفي", "رسمي");

    /// <summary>
    /// The last word of a place that opens at word <paramref name="at"/>, its noun included (بمحافظة الجيزة, في بغداد), or
    /// null when no place opens there.
    /// </summary>
    private static int? PlaceAt(Sentence s, int at)
    {
        for (int k = at; k <= at + 1 && k < s.Words.Count; k++)
        {
            if (s.StartingAt(k) is { } m && IsPlace(s, m)) return m.Last;
            if (!s.Words[k].IsLetters) return null;
        }
        return null;
    }

    /// <summary>How many places and days <see cref="PastSeatAndDay"/> passes.</summary>
    private const int MaxSeatsAndDays = 3;

    /// <summary>
    /// The word past a place (في القاهرة, بالقاهرة, بمدينة الاسكندرية, في بلدة ببنين, من ولاية مدنين) and a day (امس, مساء
    /// الاثنين, ، فجر اليوم،) opening at word <paramref name="at"/>, in either order; <paramref name="at"/> when neither opens there.
    /// </summary>
    private static int PastSeatAndDay(Sentence s, int at)
    {
        int k = at;
        for (int step = 0; step < MaxSeatsAndDays && k < s.Words.Count; step++)
        {
            int j = DayAside.PastDay(s.Words, k);
            if (j == k && PlaceAt(s, k) is { } placeEnd) j = placeEnd + 1;
            else if (j == k && k + 2 < s.Words.Count && s.Words[k].Key is "في" or "من" && EventRecognizer.PlaceCategories.Contains(s.Words[k + 1].Key) &&
                     s.StartingAt(k + 2) is { Entity.Type: EntityType.LOC } m) j = m.Last + 1;
            if (j == k) break;
            k = j;
        }
        return k;
    }

    /// <summary>How many words a title after a name may hold before an aside (ولي عهد ابوظبي, نائب رئيس مجلس الوزراء).</summary>
    private const int MaxAppositionWords = 5;

    /// <summary>
    /// The comma after a title that opens at word <paramref name="at"/> right after a name (X ولي عهد ابوظبي، اليوم …،) when
    /// a day or a place set off by commas opens there, or null: the title is the name's, not the act's object.
    /// </summary>
    private int? TitleBeforeAside(Sentence s, int at)
    {
        // ولي عهد X, ولي العهد: a crown prince's title, which ولي alone (a guardian) is not.
        bool crownPrince = at + 1 < s.Words.Count && s.Words[at].Key == "ولي" && s.Words[at + 1].Key is "عهد" or "العهد";
        if (at >= s.Words.Count || !(crownPrince || IsTitle(s.Words[at].Key))) return null;
        for (int k = at + 1; k < s.Words.Count && k <= at + MaxAppositionWords; k++)
        {
            if (s.Words[k].IsComma) return PastTimeAside(s, k) is not null || PastPlaceAside(s, k) is not null ? k : null;
            if (!s.Words[k].IsLetters) return null;
        }
        return null;
    }

    /// <summary>
    /// The word after a relative clause that opens at word <paramref name="at"/> with a comma and a relative pronoun and
    /// closes with the next comma, within a few words; null when no such clause is there.
    /// </summary>
    private static int? PastRelativeClause(Sentence s, int at) => PastCommaPhrase(s, at, Relatives, maxWords: 15, SentenceStops);

    /// <summary>Marks that end a clause set off by commas before its closing comma (the quotation marks do not).</summary>
    private static readonly HashSet<string> SentenceStops = new(StringComparer.Ordinal) { ".", "؛", ";", ":", "؟", "!" };

    /// <summary>
    /// The word after a phrase set off by commas that opens at word <paramref name="at"/> with a comma and a word of
    /// <paramref name="openers"/> and closes with the next comma within <paramref name="maxWords"/> words; null when no
    /// such phrase is there or one of <paramref name="stops"/> comes first.
    /// </summary>
    private static int? PastCommaPhrase(Sentence s, int at, HashSet<string> openers, int maxWords, HashSet<string> stops)
    {
        if (at + 1 >= s.Words.Count || s.Words[at].Key is not ("،" or ",") || !openers.Contains(s.Words[at + 1].Key)) return null;
        for (int k = at + 2; k < s.Words.Count && k <= at + 1 + maxWords; k++)
        {
            string key = s.Words[k].Key;
            if (key is "،" or ",") return k + 1 < s.Words.Count ? k + 1 : null;
            if (stops.Contains(key)) return null;
        }
        return null;
    }

    /// <summary>
    /// ما opening what the subject said or did (دانت الجامعة ما وصفته بمحاولات المس بامن الاردن): a name inside it is no
    /// argument of the verb; ما يسمى (so-called) goes on to a name that is.
    /// </summary>
    private static bool OpensWhatClause(Sentence s, int k) =>
        s.Words[k].Key == "ما" && k + 1 < s.Words.Count && s.Words[k + 1].Key is not ("يسمي" or "تسمي" or "يعرف" or "تعرف" or "مجموعه");

    /// <summary>
    /// The last word of the clause that word <paramref name="last"/> is in; with <paramref name="pastQuotedNames"/>,
    /// quotation marks around a name alone (لتنظيم "داعش" الارهابي على) do not end it.
    /// </summary>
    private static int ClauseEnd(Sentence s, int last, bool pastQuotedNames = false)
    {
        int k = last + 1;
        while (k < s.Words.Count && !(ClausePunctuation.Contains(s.Words[k].Key) && !(pastQuotedNames && QuotesName(s, k))) &&
               !ClauseWords.Contains(s.Words[k].Key) && !OpensWhatClause(s, k)) k++;
        return k - 1;
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> is a quotation mark around one name and nothing else (تنظيم "داعش",
    /// رابطة "التراس اهلاوي"): on either side of it, the other mark right after the name's last word or before its first.
    /// </summary>
    private static bool QuotesName(Sentence s, int k)
    {
        if (!s.Words[k].IsQuotationMark) return false;
        if (s.StartingAt(k + 1) is { } after && after.Last + 1 < s.Words.Count && s.Words[after.Last + 1].IsQuotationMark) return true;
        return k > 0 && s.EndingAt(k - 1) is { } before && before.First > 0 && s.Words[before.First - 1].IsQuotationMark;
    }

    /// <summary>The first organisation ending before word <paramref name="k"/>, or null (a loop, where a lambda made a closure at every call).</summary>
    private static Entity? FirstBodyEndingBefore(Sentence s, int k)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Last < k && m.Entity.Type == EntityType.ORG) return m.Entity;
        }
        return null;
    }
}
