using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// To whom it was done: the actor after على/ضد, an accusation's object past its asides, people counted after the subject,
/// the first name in the clause that is not a place, and when a place is only where it happened.
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>
    /// The actor phrase right after على/ضد (found in words [from, searchEnd]) or within a few words of it, before any
    /// preposition or mark, within the clause: اطلقت النار على المتظاهرين, احتجاجا على تعامل الحكومة.
    /// </summary>
    private ActorPhrases.Phrase? AgainstPhrase(Sentence s, int from, int searchEnd, int right)
    {
        for (int k = Math.Max(0, from); k <= searchEnd && k < s.Words.Count; k++)
        {
            if (!Against.Contains(s.Words[k].Key)) continue;
            // احتجاجا على تعامل الحكومة, النار على سيارة تقل متظاهرين: the actor may be the owner or holder of what follows على.
            for (int j = k + 1; j <= right && j <= k + 1 + MaxNounGap && s.Words[j].IsLetters && !Prepositions.Contains(s.Words[j].Key); j++)
            {
                if (_phrases.At(s.Words, j, s.Country) is { } p) return p;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// Whom an accusation verb at word <paramref name="word"/> accuses: the object after its subject, past asides (في بيان,
    /// في رسالة الى الامم المتحدة, a relative clause between commas), as a name or as the definite words before the charge
    /// (اتهم الشاهد الجبهة الشعبية المعارضة بتأجيج …). Both null when the subject is not named or no object is found.
    /// </summary>
    public (Entity? Named, ActorPhrases.Phrase? Unnamed) Accused(Sentence s, int word, TextSpan trigger)
    {
        var (subject, after, _) = Subject(s, word, word, trigger);
        if (subject is null && BodyPhraseAt(s, SkipTimes(s, word + 1)) is null) return (null, null);
        after = PastOwnAdjectives(s, after);
        if ((PastRelativeClause(s, after) ?? PastCommaAside(s, after)) is { } resume) after = resume;
        int right = ClauseEnd(s, after - 1);
        int k = SkipTimes(s, after);
        bool pastAside = false;
        while (k <= right && Prepositions.Contains(s.Words[k].Key))
        {
            pastAside = true;
            k++;
            // في اتصال مع "الخبر"، سونلغاز بـ: an outlet set off in quotation marks after مع or ل; the accused follows the
            // comma after it.
            if (k + 1 < s.Words.Count && s.Words[k].IsQuotationMark && s.StartingAt(k + 1) is { } quoted && IsOutlet(s, quoted))
            {
                k = quoted.Last + 1;
                if (k < s.Words.Count && s.Words[k].IsQuotationMark) k++;
                if (k + 1 < s.Words.Count && s.Words[k].IsComma) right = ClauseEnd(s, k++);
                continue;
            }
            if (k > right) return (null, null);
            bool sitting = s.StartingAt(k) is null && Sittings.Contains(s.Words[k].Key);
            k = s.StartingAt(k) is { } aside ? aside.Last + 1 : k + 1;
            // خلال اجتماع مجلس الامن القومي: the body whose meeting it was is part of the aside (في بيان X is not: X may be the accused).
            if (sitting && k <= right && s.StartingAt(k) is { Entity.Type: not EntityType.PER } owner) k = owner.Last + 1;
            // في مؤتمر صحافي, في بيان مشترك: the aside's indefinite adjectives are part of it; a noun governing a definite
            // word or a name after it is not (في بيان قوات النظام: the accused).
            while (k <= right && s.Words[k].IsLetters && !s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal) && s.StartingAt(k) is null &&
                   !Prepositions.Contains(s.Words[k].Key) && s.Words[k].Key[0] != 'ب' && !GovernsNext(s, k, right)) k++;
            // في تصريحات نقلتها وكالة الانباء الرسمية: the one who carried the words is part of the aside, not the accused.
            if (k > 0 && k <= right && Carried.Contains(s.Words[k - 1].Key) && s.StartingAt(k) is { Entity.Type: not EntityType.PER } carrier)
            {
                k = carrier.Last + 1;
                while (k <= right && Official.Contains(s.Words[k].Key)) k++;
            }
            // في تصريح لمراسل سانا: the correspondent the words were given to stands before his outlet.
            if (k < right && s.StartingAt(k) is null && Correspondents.Contains(s.Words[k].Key) && s.StartingAt(k + 1) is { } reporter && IsOutlet(s, reporter)) k++;
            // واتهم X، في تصريح لوكالة المغرب العربي للانباء، المكتب الشريف للفوسفاط بـ: so is the outlet the words were
            // given to; the accused follows the comma that closes the aside.
            if (k <= right && s.StartingAt(k) is { } outlet && IsOutlet(s, outlet))
            {
                k = outlet.Last + 1;
                if (k + 1 < s.Words.Count && s.Words[k].IsComma && k == right + 1) right = ClauseEnd(s, k++);
            }
            k = SkipTimes(s, k);
        }
        if (k > right) return (null, null);
        var found = ObjectAt(s, k, right);
        // في رسالتين وجهتهما الى رئيس مجلس الامن والامين العام للامم المتحدة القوات الامريكية في التنف باحتجاز …: an aside
        // naming whom a letter went to may hold names of its own; the accused is the name right before the charge (past
        // where it is: في التنف), unless that one is joined to the first by و or told in a relative clause.
        if (pastAside && found.Named is { } first && s.Mentions.FirstOrDefault(m => m.First >= k && m.Entity == first) is { Entity: not null } at &&
            NameBeforeCharge(s, at.Last + 1, right) is { } other && other.Entity != first) return (other.Entity, null);
        return found;
    }

    /// <summary>
    /// The name (no place) that stands right before an accusation's ب-charge within words [from, right], a place after
    /// في/ب between them left aside (القوات الامريكية في التنف باحتجاز); null when the charge is not found, a name joined
    /// by و, a relative word or a ب-word that is no charge (بقيادة واشنطن) comes between, or no name stands there.
    /// </summary>
    private static Placed? NameBeforeCharge(Sentence s, int from, int right)
    {
        int charge = -1;
        for (int c = from; c <= right && c < s.Words.Count; c++)
        {
            // الذي يدعمه X, بقيادة واشنطن: a name in a relative clause or after a leader word belongs to the first.
            if (Relatives.Contains(s.Words[c].Key) || NoCharges.Contains(s.Words[c].Key)) return null;
            if (IsChargeWord(s, c)) { charge = c; break; }
        }
        if (charge < 0) return null;
        int end = charge - 1;
        if (s.Mentions.FirstOrDefault(m => m.Last == end && m.First >= from) is { Entity: not null } place && IsPlace(s, place) &&
            place.First > from && s.Words[place.First - 1].Key is "في" or "ب") end = place.First - 2;
        // في التنف: a place the tagger missed is one word after في.
        else if (end - 1 > from && s.Words[end - 1].Key == "في" && s.Words[end].IsLetters && s.EndingAt(end) is null) end -= 2;
        if (s.Mentions.FirstOrDefault(m => m.Last == end && m.First >= from && !IsPlace(s, m)) is not { Entity: not null } named) return null;
        // والامين العام, وحزب الله: a conjunct is accused along with the first, who stays the accused.
        return s.Words[named.First].Key.StartsWith('و') && s.Words[named.First].Start < named.Span.Start ? null : named;
    }

    /// <summary>Whether word <paramref name="k"/> is an accusation's ب-charge (بقصف, باحتجاز, بـ"…"), not a name nor بيان.</summary>
    internal static bool IsChargeWord(Sentence s, int k) =>
        s.Words[k].IsLetters && s.StartingAt(k) is null && s.Words[k].Key.Length > 0 && s.Words[k].Key[0] == 'ب' &&
        (s.Words[k].Key.Length > 3 ? !NoCharges.Contains(s.Words[k].Key) : s.Words[k].Key.Length == 1);

    /// <summary>
    /// Words written with ب that are no charge: who leads or speaks for a body (بزعامة, باسم), where (بمدينة, بلدة), a
    /// statement, a source or a role (بيان, بحسب, بصفته) and words of time or relation (بعد, بين).
    /// </summary>
    private static readonly HashSet<string> NoCharges = MatchKey.SetOf(
        "باسم", "بزعامة", "بقيادة", "برئاسة", "بحسب", "بيان", "بين", "بينهم", "بينها", "بينما", "بعد", "بعيد", "بشأن", "بصفته", "بصفتها", "بوصفه",
        "بدوره", "بدورها", "بدورهم", "بلدة", "بلدية", "بلاد", "بلاده", "بلادها", "بيت", "بمدينة", "بمحافظة", "بمنطقة", "بولاية", "بقرية", "بمخيم", "بني");

    /// <summary>
    /// The object of an accusation verb at word <paramref name="verb"/> when it stands right after it (past times) and
    /// right before its ب-charge (واتهمت الحكومة الاردنية بالتضييق, واتهمت السلطات الاردنية بـ"…"): a verb of accusing
    /// needs whom it accuses, so a name or definite words there are no subject but the accused. Definite words count
    /// only after a comma and و (a clause going on with the accuser before it); null when the slot holds anything else.
    /// </summary>
    public (Entity? Named, ActorPhrases.Phrase? Unnamed)? ObjectBeforeCharge(Sentence s, int verb, bool goesOn)
    {
        int k = SkipTimes(s, verb + 1);
        if (k >= s.Words.Count) return null;
        if (s.StartingAt(k) is { } m)
            return m.Entity.Type != EntityType.LOC && m.Last + 1 < s.Words.Count && IsChargeWord(s, m.Last + 1) && !ObjectPastCharge(s, m.Last + 1) ? (m.Entity, null) : null;
        if (!goesOn) return null;
        // …، واتهم لجنة التحقيق بـ"…": a body's noun in construct with the definite word after it (لجنة, هيئة, قوات) opens
        // the accused as well.
        int j = ConstructHead(s, k) ? k + 1 : k;
        while (j < s.Words.Count && j - k < 2 && s.Words[j].IsLetters && s.Words[j].Key.StartsWith("ال", StringComparison.Ordinal) && s.StartingAt(j) is null) j++;
        return j > k && j < s.Words.Count && IsChargeWord(s, j) && !ObjectPastCharge(s, j) ? (null, new ActorPhrases.Phrase(new TextSpan(s.Words[k].Start, s.Words[j - 1].End), j, null)) : null;
    }

    /// <summary>
    /// Whom a verb of blame at word <paramref name="verb"/> blames when its one name stands right after it (past times) and
    /// right before المسؤولية or مسؤولية (…، وحملت الحكومة الاسرائيلية المسؤولية الكاملة): حمّل takes whom it blames before
    /// the responsibility, so a lone name there is the object, its subject the one before the comma. A responsibility
    /// handed to a ل-word after it (وحمل الوزير المسؤولية للحكومة) leaves the name the subject.
    /// </summary>
    public static Entity? BlamedBeforeResponsibility(Sentence s, int verb)
    {
        int k = SkipTimes(s, verb + 1);
        if (k >= s.Words.Count || s.StartingAt(k) is not { } m || m.Entity.Type == EntityType.LOC) return null;
        int r = m.Last + 1;
        if (r >= s.Words.Count || s.Words[r].Key is not ("المسووليه" or "مسووليه")) return null;
        return r + 1 < s.Words.Count && s.Words[r + 1].Key.StartsWith("لل", StringComparison.Ordinal) ? null : m.Entity;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> is an indefinite noun of a body or group (ending in ة, folded to ه in the key, or ات:
    /// لجنة, هيئة, قوات, جهات) that governs the definite word right after it, no name of either.
    /// </summary>
    private static bool ConstructHead(Sentence s, int k)
    {
        if (k + 1 >= s.Words.Count || !s.Words[k].IsLetters || !s.Words[k + 1].IsLetters || s.StartingAt(k) is not null || s.StartingAt(k + 1) is not null) return false;
        string key = s.Words[k].Key;
        return key.Length >= 4 && !key.StartsWith("ال", StringComparison.Ordinal) && key is not ("عليه" or "لديه") &&
            (key.EndsWith('ه') || key.EndsWith("ات", StringComparison.Ordinal)) &&
            s.Words[k + 1].Key.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>How many words a ب-phrase of the subject may run before the object and its charge follow it.</summary>
    private const int MaxSubjectTail = 4;

    /// <summary>
    /// Whether the ب-word at <paramref name="c"/> is part of the subject, a definite object and another ب-word coming after it
    /// (اتهمت لجنة الشؤون الخارجية بمجلس العموم الحكومة البريطانية بـ"…").
    /// </summary>
    private static bool ObjectPastCharge(Sentence s, int c)
    {
        bool definite = false;
        for (int k = c + 1; k < s.Words.Count && k <= c + 1 + MaxSubjectTail; k++)
        {
            if (!s.Words[k].IsLetters) return false;
            if (definite && IsChargeWord(s, k)) return true;
            definite |= s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal) || s.StartingAt(k) is not null;
        }
        return false;
    }

    /// <summary>
    /// Whether word <paramref name="k"/>, no preposition's object, is a noun governing the definite word or name after it
    /// (قوات النظام, مسلحي التنظيم) rather than an adjective of the aside (صحافي, مشترك) that the accused follows.
    /// </summary>
    private static bool GovernsNext(Sentence s, int k, int right)
    {
        // الى and الذي start with ال but are no definite noun.
        if (k == 0 || Prepositions.Contains(s.Words[k - 1].Key) || k + 1 > right || !s.Words[k + 1].IsLetters || Prepositions.Contains(s.Words[k + 1].Key) ||
            Relatives.Contains(s.Words[k + 1].Key)) return false;
        if (!s.Words[k + 1].Key.StartsWith("ال", StringComparison.Ordinal) && s.StartingAt(k + 1) is null) return false;
        string key = s.Words[k].Key;
        return MembersInConstruct.Contains(key) || !key.EndsWith('ي') && !AsideAdjectives.Contains(key);
    }

    /// <summary>Adjectives of a statement or meeting that are no nisba (بيان مشترك, تصريح مقتضب, خطاب متلفز).</summary>
    private static readonly HashSet<string> AsideAdjectives = MatchKey.SetOf(
        "مشترك", "مقتضب", "متلفز", "مصور", "منفصل", "سابق", "لاحق", "خاص", "عاجل", "مطول", "مكتوب", "صادر", "رسمي");

    /// <summary>
    /// Past the definite adjectives that close the subject's name (الائتلاف الوطني السوري المعارض، في بيان،): a word of
    /// <see cref="OwnAdjectives"/> or a definite nisba, no name itself, that a comma or a preposition follows. A name there
    /// is the accused (اتهمت طهران السعودية بدعم), and so is a word a charge follows.
    /// </summary>
    private static int PastOwnAdjectives(Sentence s, int after)
    {
        int k = after;
        while (k + 1 < s.Words.Count && k < after + 2 && s.Words[k].IsLetters && s.StartingAt(k) is null && IsOwnAdjective(s.Words[k].Key)) k++;
        if (k == after || k >= s.Words.Count) return after;
        string next = s.Words[k].Key;
        return next is "،" or "," || Prepositions.Contains(next) ? k : after;
    }

    private static bool IsOwnAdjective(string key) => OwnAdjectives.Contains(key) || MatchKey.IsDefiniteNisba(key);

    /// <summary>Adjectives of a body's stance or standing that close its name: المعارض, الحاكم, المسلحة, المحظورة.</summary>
    private static readonly HashSet<string> OwnAdjectives = MatchKey.SetOf(
        "المعارض", "المعارضه", "الحاكم", "الحاكمه", "المسلح", "المسلحه", "الموالي", "الموالية", "المحظور", "المحظوره", "المنحل", "المنحله",
        "المتشدد", "المتشدده", "المتطرف", "المتطرفه", "المستقل", "المستقله");

    /// <summary>
    /// The word after an aside set off by commas that opens with a preposition (، في بيان،, ، خلال مؤتمر صحافي عقده في
    /// الرباط،) at word <paramref name="at"/>, the first comma; null when there is none.
    /// </summary>
    private static int? PastCommaAside(Sentence s, int at) => PastCommaPhrase(s, at, AsideOpeners, maxWords: 12, ClausePunctuation);

    /// <summary>Prepositions that open an aside about where or how something was said (في بيان, خلال مؤتمر, عبر تغريدة, بحسب بيان).</summary>
    private static readonly HashSet<string> AsideOpeners = MatchKey.SetOf("في", "خلال", "عبر", "اثناء", "ضمن", "بحسب", "حسب", "وفق");

    /// <summary>Verbs of carrying what was said, after an aside noun (تصريحات نقلتها, بيان نشرته, كلمة بثها): their subject is the medium.</summary>
    private static readonly HashSet<string> Carried = MatchKey.SetOf("نقلتها", "نقلها", "نقلته", "نقلهما", "نشرتها", "نشرها", "نشرته", "اوردتها", "اوردها", "اوردته",
        "بثتها", "بثها", "بثته", "اذاعتها", "اذاعها", "اذاعته");

    /// <summary>
    /// Whether the name <paramref name="m"/> is the outlet words were given to (في تصريح لوكالة X, في حديث لـ X, في اتصال مع
    /// "الخبر"): after a noun of a statement, an interview or a call and the ل on its first word (or a bare ل, لـ or مع),
    /// a quotation mark allowed before it. An outlet carries what was said; it is no side of what the words tell nor
    /// of the saying (a body whose own statement it was, بيان لمصالح الدرك, is not an outlet).
    /// </summary>
    internal static bool IsOutlet(Sentence s, Placed m)
    {
        int k = m.First;
        if (k >= s.Words.Count) return false;
        int noun;
        if (s.Words[k].Start < m.Span.Start && s.Words[k].Key.Length > 1 && s.Words[k].Key[0] == 'ل') noun = k - 1;
        // في تصريح لمراسل سانا: the outlet of the correspondent the words were given to.
        else if (k >= 3 && s.Words[k].Start == m.Span.Start && Correspondents.Contains(s.Words[k - 1].Key)) noun = StatementsGiven.Contains(s.Words[k - 2].Key) ? k - 2 : k - 3;
        else
        {
            int p = k - 1;
            if (p >= 0 && s.Words[p].IsQuotationMark) p--;
            if (p < 1 || s.Words[p].Key is not ("ل" or "مع")) return false;
            noun = p - 1;
        }
        return noun >= 0 && StatementsGiven.Contains(s.Words[noun].Key);
    }

    /// <summary>
    /// Whether the name at word <paramref name="first"/> stands in a بحضور phrase (بحضور الرئيس المدير العام لشركة X, وبحضور
    /// والي الجهة): بحضور within <see cref="MaxPresenceWords"/> letters-only words before it, at or after <paramref name="from"/>.
    /// </summary>
    private static bool InPresenceOf(Sentence s, int first, int from)
    {
        for (int k = first - 1; k >= from && k >= first - MaxPresenceWords; k--)
        {
            if (!s.Words[k].IsLetters) return false;
            if (s.Words[k].Key is "بحضور" or "وبحضور") return true;
        }
        return false;
    }

    private const int MaxPresenceWords = 6;

    /// <summary>Nouns of words given to an outlet: a statement, an interview, a call (تصريح, حديث, مقابلة, اتصال).</summary>
    private static readonly HashSet<string> StatementsGiven = MatchKey.SetOf(
        "تصريح", "تصريحات", "تصريحه", "تصريحها", "تصريحاته", "حديث", "حديثه", "حديثها", "مقابلة", "مقابلته", "مقابلتها", "حوار", "حواره",
        "اتصال", "اتصاله", "مكالمة");

    /// <summary>A correspondent written with ل, whom words are given to for his outlet (لمراسل سانا, لمندوب الوكالة).</summary>
    private static readonly HashSet<string> Correspondents = MatchKey.SetOf("لمراسل", "لمراسلة", "لمندوب", "لمندوبة", "لموفد", "لموفدة");

    /// <summary>Adjectives closing a medium's name (وكالة الانباء الجزائرية الرسمية).</summary>
    private static readonly HashSet<string> Official = MatchKey.SetOf("الرسمية", "الرسمي", "الحكومية", "الحكومي");

    private const int MaxObjectWords = 4;
    private const int MaxPlaceWords = 5;

    /// <summary>
    /// The object at word <paramref name="k"/>: a name there (not a place: في X), else the run of definite words there
    /// (الجبهة الشعبية المعارضة, التحالف الدولي), an unnamed argument without a code.
    /// </summary>
    private (Entity? Named, ActorPhrases.Phrase? Unnamed) ObjectAt(Sentence s, int k, int right)
    {
        if (k > right || k >= s.Words.Count) return (null, null);
        // الرئيس بشار الاسد: a name after its title.
        int t = k;
        while (t <= right && t - k < MaxTitleWords && s.StartingAt(t) is null && IsTitleWord(s.Words[t])) t++;
        if (t <= right && s.StartingAt(t) is { } m)
        {
            // محملا والي قفصة مسؤولية …: the place after a governor's title is what he governs; he is the one acted on,
            // unnamed unless his name follows (والي قفصة علي المرموري).
            if (m.Entity.Type == EntityType.LOC && GovernedBy(s, m, k)) return s.StartingAt(m.Last + 1) is { Entity.Type: EntityType.PER } governor ? (governor.Entity, null) : (null, null);
            return IsPlace(s, m) ? (null, null) : (m.Entity, null);
        }
        // مسلحي التنظيم, عناصر حركة الشباب: members in construct with their group are the group.
        if (k + 1 <= right && MembersInConstruct.Contains(s.Words[k].Key) && s.StartingAt(k + 1) is { Entity.Type: EntityType.ORG } group) return (group.Entity, null);
        int j = k;
        // محملا قيادة العمليات المسؤولية: a body named by a noun and the definite words it governs.
        // Not a charge or a conjunct (باستخدام القوة, والحرية), nor the blame itself (مسؤولية الهجوم).
        if (k + 1 <= right && IsIndefiniteNoun(s, k) && !LooksVerbal(s, k) && !NotObjects.Contains(s.Words[k].Key) && s.Words[k].Key[0] is not ('ب' or 'و' or 'ل' or 'ف') &&
            s.Words[k].Key != "مسووليه" && OpensDefinite(s, k + 1) && s.StartingAt(k + 1) is null) j++;
        while (j <= right && j - k < MaxObjectWords && s.Words[j].IsLetters && s.Words[j].Key.StartsWith("ال", StringComparison.Ordinal) && s.StartingAt(j) is null) j++;
        return j == k ? (null, null) : (null, new ActorPhrases.Phrase(new TextSpan(s.Words[k].Start, s.Words[j - 1].End), j, null));
    }

    /// <summary>
    /// Whether the place <paramref name="m"/> is the one a governor's title right before it governs (والي قفصة, محافظ
    /// البحيرة, عامل إقليم خريبكة, والي ولاية ورقلة), the title at or after word <paramref name="from"/>.
    /// </summary>
    private static bool GovernedBy(Sentence s, Placed m, int from)
    {
        int g = m.First - 1;
        if (g > from && s.Words[m.First].Start == m.Span.Start && GovernedUnits.Contains(s.Words[g].Key)) g--;
        // عامل إقليم خريبكة with إقليم in the name
        if (g >= from && s.Words[m.First].Start == m.Span.Start && IsProvinceGovernor(s, g)) return true;
        return g >= from && GovernorTitles.Contains(s.Words[g].Key);
    }

    /// <summary>Titles of a governor of a province or region (والي, محافظ, قائممقام, حاكم, the Moroccan عامل).</summary>
    private static readonly HashSet<string> GovernorTitles = MatchKey.SetOf("والي", "الوالي", "محافظ", "المحافظ", "قائممقام", "حاكم", "عامل");

    /// <summary>The unit a governor's title may name before the place (والي ولاية ورقلة, عامل إقليم خريبكة, محافظ محافظة X).</summary>
    private static readonly HashSet<string> GovernedUnits = MatchKey.SetOf("ولاية", "اقليم", "عمالة", "محافظة", "جهة");

    /// <summary>
    /// A number opening the object slot at word <paramref name="after"/> (past times): the people counted, with the group
    /// named right after من a few words on (ثلاثة مسلحين من تنظيم داعش) as who they are; null when no number opens it.
    /// </summary>
    private static (Entity? Group, int Number)? CountedObject(Sentence s, int after, int right)
    {
        int o = SkipTimes(s, after);
        // اعتقلت قوات الامن في مدينة بنغازي شرق ليبيا 11 شخصا: where comes between the subject and the people counted.
        if (o <= right && o < s.Words.Count && s.Words[o].Key is "في" or "وفي")
        {
            int k = o + 1;
            while (k <= right && k < s.Words.Count && k <= o + MaxPlaceWords && s.Words[k].IsLetters && !NumberReader.Shared.Starts(s.Words[k])) k++;
            if (k <= right && k < s.Words.Count && k > o + 1) o = SkipTimes(s, k);
        }
        if (o > right || o >= s.Words.Count || !(s.Words[o].IsNumber || NumberReader.Shared.Starts(s.Words[o]))) return null;
        for (int k = o + 1; k <= right && k <= o + 3; k++)
        {
            // ثلاثة موظفين في منظمة اطباء بلا حدود: staff in an organisation are its people.
            if (s.Words[k].Key is "في" or "لدي" && StaffNouns.Contains(s.Words[k - 1].Key) &&
                s.StartingAt(k + 1) is { Entity.Type: EntityType.ORG } employer) return (employer.Entity, o);
            if (s.Words[k].Key != "من") continue;
            // ثلاثة عناصر من فصيل كتائب حزب الله: past a common noun for what the group is.
            if (s.StartingAt(k + 1) is { Entity.Type: not EntityType.LOC } group) return (group.Entity, o);
            if (k + 1 < s.Words.Count && GroupNouns.Contains(s.Words[k + 1].Key) && s.StartingAt(k + 2) is { Entity.Type: not EntityType.LOC } kind) return (kind.Entity, o);
        }
        return (null, o);
    }

    /// <summary>
    /// One person told by an indefinite noun of people in the object slot past times (رجلا, شابا, امراة: no article, no name
    /// there, not a member of a body named after في or من: مسؤولا في تنظيم داعش): the noun's word and the bare phrase of it,
    /// or null. An actor phrase read at that word (<see cref="ActorPhrases.At"/>) is taken before this one where the
    /// target phrase is read.
    /// </summary>
    private static (int Word, ActorPhrases.Phrase Phrase)? LonePersonObject(Sentence s, int after, int right)
    {
        int o = SkipTimes(s, after);
        if (o > right || o >= s.Words.Count || !s.Words[o].IsLetters || s.Words[o].Key.StartsWith("ال", StringComparison.Ordinal) || !IsPeopleNoun(s, o)) return null;
        if (o + 2 < s.Words.Count && s.Words[o + 1].Key is "من" or "في" or "لدي" && s.StartingAt(o + 2) is { Entity.Type: EntityType.ORG }) return null;
        return (o, new ActorPhrases.Phrase(s.Words[o].Span, o + 1, null));
    }

    /// <summary>
    /// Nouns of people who work for a body: ثلاثة موظفين في منظمة X are X's people, where ثلاثة اشخاص في جامعة القاهرة
    /// were only there.
    /// </summary>
    private static readonly HashSet<string> StaffNouns = MatchKey.SetOf(
        "موظف", "موظفا", "موظفين", "موظفون", "موظفي", "عامل", "عاملا", "عاملين", "عاملون", "عمال", "عضو", "عضوا", "اعضاء",
        "عناصر", "افراد", "منتسبي", "مسؤولين", "مسؤولا", "خبراء", "اطباء", "متطوعين", "متطوعا");

    /// <summary>Words naming who paid, before من (بتمويل من, بدعم من, بمنحة من).</summary>
    private static readonly HashSet<string> Funding = MatchKey.SetOf("بتمويل", "وبتمويل", "بدعم", "وبدعم", "بمنحة", "بمنحه");

    /// <summary>Whether word <paramref name="k"/> opens the funder after بتمويل من (بدعم من, بمنحة من).</summary>
    private static bool FundedBy(IReadOnlyList<Word> words, int k) =>
        k >= 2 && words[k - 1].Key == "من" && Funding.Contains(words[k - 2].Key);

    private Entity? Target(Sentence s, int from, int right, Entity? subject, bool material, int verb)
    {
        int act = material ? -1 : AttackObjectAt(s, verb + 1, Math.Min(right, from + MaxNounGap));
        foreach (var m in s.Mentions)
        {
            if (m.First < from || m.First > right || m.Entity == subject || IsPlace(s, m) || IsVoiceOf(s, m)) continue;
            // وزعت X، وبالتعاون مع برنامج الاغذية العالمي، طرودا: a partner set off by commas acted with the subject; so did
            // one with no commas (وزعت X بالتعاون مع برنامج الاغذية العالمي مساعدات).
            if (PartnerAside.OpensBefore(s.Words, m.First) || PartnerAside.Follows(s.Words, m.First)) continue;
            // وزعت X طرودا على الاسر بتمويل من الحكومة اليابانية: who paid for what was done is no one it was done to.
            if (FundedBy(s.Words, m.First)) continue;
            // ودان X الهجوم على الجيش: the one an attack spoken of struck (after على/ضد) is no target of what is said of the
            // attack; who made it is (ودانت X استهداف الجيش للمستشفيات, الهجوم الذي شنه الحزب).
            if (act >= 0 && m.First > act && StruckAfter(s, act, m.First)) return null;
            // القت القبض على ثلاثة اشخاص بتهمة تهريب اسلحة الى الحوثيين: a name inside the charge is what the charge is about,
            // not who was acted on; one belonged to (بتهمة الانتماء الى تنظيم داعش) stays whose the men are.
            if (InsideCharge(s, from, m.First)) continue;
            // اتهمت حركة العدل والمساواة بقيادة جبريل ابراهيم الجيش السوداني: the leader belongs to the subject.
            if (m.First >= 1 && Leaders.Contains(s.Words[m.First - 1].Key)) continue;
            // خطف مسلحون يعتقد انهم ينتمون الى تنظيم القاعدة …, مسلحون موالون للحكومة: the group the doers belong to is theirs.
            if (BelongedTo(s, m.First)) continue;
            // واتهم الممثل التجاري للولايات المتحدة …, رسوم على صادرات صينية للولايات المتحدة: a name behind ل and the article
            // right after a title or an origin is whose the title is or where the goods go, no one acted on.
            if (AfterTitleBehindLam(s, m.First)) continue;
            // خلال اجتماع مجلس الوزراء: the body whose meeting it was is where it was said, not the object.
            if (m.First >= 1 && m.Entity.Type != EntityType.PER && Sittings.Contains(s.Words[m.First - 1].Key)) continue;
            // في تصريحات نقلتها وكالة الانباء الرسمية: the medium that carried the words is no object; nor is the one they
            // were given to (في تصريح لوكالة المغرب العربي للانباء).
            if (m.First >= 1 && Carried.Contains(s.Words[m.First - 1].Key) || IsOutlet(s, m)) continue;
            // التقى ممثلين عن المعتصمين بحضور الرئيس المدير العام لشركة X: who was present is no one met or acted on.
            if (InPresenceOf(s, m.First, from)) continue;
            // فضت قوات الامن اعتصاما لعمال شركة غزل المحلة: the staff a body's name follows in construct were acted on, not
            // their employer (as they are not the subject's either: دخل عمال مؤسسة النسيج في اضراب).
            if (m.First >= 1 && m.Entity.Type == EntityType.ORG && IsWorkforce(s.Words[m.First - 1].Key)) continue;
            // وفرقت القوات المحتجين لدى محاولتهم الاعتصام امام مبنى الوزارة: a body before whose seat it happened is where, not what was acted on.
            if (BesideSeatOf(s, m.First)) continue;
            // استهدفت الغارات سوريا, قصف الجيش حلب: a country or city named as the object of an act of force is what it struck;
            // further on (مواقع في حلب, شمالي سوريا) it is where.
            if (m.Entity.Type == EntityType.LOC && (material && !IsObjectSlot(s, m, from, verb) || NamesFollow(s, m.Last + 1))) continue;
            // ودان المبعوث الاممي الى اليمن …: a country after a title and الى (or after the الى that ended an unnamed
            // subject) is whose envoy he is, not the object.
            if (m.Entity.Type == EntityType.LOC && m.First >= 2 && s.Words[m.First - 1].Key == "الي" && (IsTitleWord(s.Words[m.First - 2]) || m.First - 1 == from)) continue;
            // استقبل المحافظ ممثل المفوضية في سورية سجاد مالك: a body in the title of the person named after it is whose
            // officer he is; he is the one met, received or accused.
            if (m.Entity.Type == EntityType.ORG && HolderOf(s, m, right) is { } holder && holder != subject) return holder;
            return m.Entity;
        }
        return null;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> opens a name behind ل and the article (للولايات) right after a title or
    /// nationality word (المبعوث الخاص, صادرات صينية), or after one and a definite word that names nothing (الممثل التجاري).
    /// </summary>
    private bool AfterTitleBehindLam(Sentence s, int k)
    {
        if (k < 1 || !Actors.NameKey.OpensWithLamArticle(s.Words[k].Key)) return false;
        if (IsTitleWord(s.Words[k - 1])) return true;
        return k >= 2 && IsTitleWord(s.Words[k - 2]) && s.Words[k - 1].IsLetters && s.Words[k - 1].Key.StartsWith("ال", StringComparison.Ordinal) &&
               s.StartingAt(k - 1) is null;
    }

    /// <summary>Nouns of a charge written with ب (بتهمة, بتهم, بتهمتي).</summary>
    private static readonly HashSet<string> Charges = MatchKey.SetOf("بتهمة", "بتهم", "بتهمتي", "بتهمتى");

    /// <summary>Verbal nouns of belonging after a charge (بتهمة الانتماء الى, بتهمة الانضمام الى).</summary>
    private static readonly HashSet<string> Joining = MatchKey.SetOf("الانتماء", "الانضمام", "الانتساب", "انتمائهم", "انتمائه", "انتمائها");

    /// <summary>
    /// Whether a charge noun stands between word <paramref name="from"/> and word <paramref name="k"/> with no punctuation
    /// after it, unless the charge is one of belonging to a group.
    /// </summary>
    private static bool InsideCharge(Sentence s, int from, int k)
    {
        for (int j = k - 1; j >= from && j >= 0; j--)
        {
            if (s.Words[j].Kind == WordKind.Punctuation) return false;
            if (Charges.Contains(s.Words[j].Key)) return !(j + 1 < s.Words.Count && Joining.Contains(s.Words[j + 1].Key));
        }
        return false;
    }

    /// <summary>How many words (a name counting as one) may stand between the verb and the site it struck.</summary>
    private const int MaxSubjectBeforeSite = 3;

    /// <summary>
    /// The owner of the site an act of force struck as its object (قصف طيران الجيش بعد ذلك تجمعات للتنظيم, هاجم المسلحون
    /// قاعدة عسكرية للجيش الصومالي), sought from the verb on, since the subject may stand after it (وقصفت الطائرات
    /// الحربية مواقع لقوات X), past times and a short phrase of when (بعد ذلك); or null.
    /// </summary>
    private static Entity? ObjectSiteOwner(Sentence s, int after, int last, int right)
    {
        int k = SkipTimes(s, Math.Min(after, last + 1));
        if (k + 1 <= right && s.Words[k].Key is "بعد" or "قبل" && s.Words[k + 1].Key is "ذلك" or "ساعات" or "ايام") k = SkipTimes(s, k + 2);
        for (int j = k; j <= right && j < s.Words.Count && j <= k + MaxSubjectBeforeSite; j++)
        {
            if (Sites.Contains(s.Words[j].Key)) return SiteOwner(s, j, right);
            if (!s.Words[j].IsLetters || Prepositions.Contains(s.Words[j].Key)) return null;
            if (s.StartingAt(j) is { } named) j = named.Last;
        }
        return null;
    }

    /// <summary>
    /// A <see cref="Workforce"/> noun of workers, students or professions, also written with ل (لعمال شركة X); not the
    /// staff of a body (موظفي الامم المتحدة), who act and suffer as the body's own.
    /// </summary>
    private static bool IsWorkforce(string key)
    {
        if (key.Length > 3 && key[0] == 'ل' && !Workforce.Contains(key)) key = key[1..];
        return Workforce.Contains(key) && !key.StartsWith("موظف", StringComparison.Ordinal);
    }

    /// <summary>Verbs of belonging, before الى (ينتمون الى تنظيم القاعدة).</summary>
    private static readonly HashSet<string> BelongTo = MatchKey.SetOf("ينتمون", "ينتمي", "تنتمي", "ينتميان", "ينتسبون", "ينتسب", "المنتمين", "منتمين");

    /// <summary>Adjectives of belonging, with ل or ب on the name after them (موالون للحكومة, مرتبطين بالتنظيم).</summary>
    private static readonly HashSet<string> Belonging = MatchKey.SetOf("موالون", "موالين", "الموالين", "موالية", "الموالية", "مرتبطين", "المرتبطين", "مرتبطون");

    /// <summary>
    /// Whether the name at word <paramref name="k"/> is told as what someone belongs to: after a verb of belonging and الى
    /// (يعتقد انهم ينتمون الى تنظيم القاعدة) or right after an adjective of belonging (مسلحون موالون للحكومة). That is whose
    /// the doers are, never what they did it to.
    /// </summary>
    private static bool BelongedTo(Sentence s, int k) =>
        k >= 1 && Belonging.Contains(s.Words[k - 1].Key) ||
        k >= 2 && s.Words[k - 1].Key == "الي" && BelongTo.Contains(s.Words[k - 2].Key);

    /// <summary>Nouns of an attack, with the article or after ب (ندد بالهجوم): the thing condemned or spoken of.</summary>
    private static readonly HashSet<string> AttackObjects = MatchKey.SetOf("الهجوم", "الهجمات", "الاعتداء", "الاعتداءات", "التفجير", "التفجيرات",
        "القصف", "الغارة", "الغارات", "استهداف", "العدوان");

    /// <summary>
    /// The end of the clause past a relative clause that tells who made the attack in the object slot (ودان X الهجوم
    /// الذي شنه تنظيم داعش على الجيش, العدوان الذي نفذته قوات الاحتلال): the maker is what is said of the attack aims at,
    /// so the clause runs on to it; else <paramref name="right"/>. An attack told by what it struck (الهجوم الذي استهدف
    /// الجيش) keeps its clause: what it struck is no target.
    /// </summary>
    private static int PastMakerClause(Sentence s, int after, int right)
    {
        int relative = right + 1;
        if (relative + 1 >= s.Words.Count || !Relatives.Contains(s.Words[relative].Key) || !Agents.Contains(s.Words[relative + 1].Key)) return right;
        return AttackObjectAt(s, after, right) >= 0 ? ClauseEnd(s, relative + 1) : right;
    }

    /// <summary>Whether على or ضد stands between the attack noun at <paramref name="act"/> and word <paramref name="k"/>: what follows was struck.</summary>
    private static bool StruckAfter(Sentence s, int act, int k)
    {
        for (int j = act + 1; j < k; j++)
        {
            if (Against.Contains(s.Words[j].Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// The first attack noun in words [from, to], or -1: after the verb, a few words into the object slot (also inside a
    /// subject the tagger ran on into it: ميشال سليمان الهجوم).
    /// </summary>
    private static int AttackObjectAt(Sentence s, int from, int to)
    {
        for (int k = Math.Max(0, from); k <= to && k < s.Words.Count; k++)
        {
            string key = s.Words[k].Key;
            if (AttackObjects.Contains(key) || key.Length > 3 && key[0] == 'ب' && AttackObjects.Contains(key[1..])) return k;
        }
        return -1;
    }

    /// <summary>
    /// Whether the mention opens the object slot at word <paramref name="from"/> (past times: قصف الجيش امس حلب), written
    /// without a clitic (بحلب is where), right after the verb (word <paramref name="verb"/>), a time, a name or a definite
    /// word: after an indefinite noun it is the second term of the subject's construct (اعتقلت شرطة ذي قار).
    /// </summary>
    private static bool IsObjectSlot(Sentence s, Placed m, int from, int verb)
    {
        if (m.First != SkipTimes(s, from) || s.Words[m.First].Start < m.Span.Start) return false;
        int before = m.First - 1;
        return before <= verb || IsTime(s, before) || s.EndingAt(before) is not null || s.Words[before].Key.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>
    /// The country of the places the sentence says it happened in (في بغداد, بمدينة الموصل), when they are of one
    /// country; null when none is named or they are of several. A story with no dateline gives its unnamed actors
    /// (مئات الاشخاص, قوات الامن) this country, as a dateline's would.
    /// </summary>
    public static string? PlaceCountry(Sentence s)
    {
        string? country = null;
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Actor is not { Length: 3 } code || !(IsPlace(s, m) || IsBearing(s, m)) || IsResidence(s, m)) continue;
            if (country is not null && country != code) return null;
            country = code;
        }
        return country;
    }

    /// <summary>Directions a place is given by (شرق الموصل, جنوب غرب بغداد, شرقي السودان).</summary>
    private static readonly HashSet<string> Bearings = MatchKey.SetOf("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي");

    /// <summary>
    /// A LOC after a direction (خمسة اشخاص شرق الموصل, قرية تقع جنوب غرب بغداد): where it happened, told without في;
    /// not the North Atlantic of حلف شمال الاطلسي.
    /// </summary>
    private static bool IsBearing(Sentence s, Placed m)
    {
        if (m.Entity.Type != EntityType.LOC || s.Words[m.First].Start < m.Span.Start) return false;
        int k = m.First - 1;
        while (k >= 0 && Bearings.Contains(s.Words[k].Key)) k--;
        return k < m.First - 1 && !(k >= 0 && s.Words[k].Key.EndsWith("حلف", StringComparison.Ordinal));
    }

    /// <summary>Words of living somewhere (غولن المقيم بالولايات المتحدة): the place after them is where someone lives, not where the act happened.</summary>
    private static readonly HashSet<string> Residence = MatchKey.SetOf("المقيم", "المقيمة", "المقيمين", "المقيمون", "مقيم", "مقيمة", "مقيمين", "يقيم", "تقيم", "المولود", "المولودة");

    /// <summary>Whether a residence word stands right before the place or its في (المقيم في تركيا, المقيم بالولايات المتحدة).</summary>
    private static bool IsResidence(Sentence s, Placed m)
    {
        int k = m.First - 1;
        if (s.Words[m.First].Start == m.Span.Start && k >= 0 && s.Words[k].Key is "في" or "وفي") k--;
        return k >= 0 && Residence.Contains(s.Words[k].Key);
    }

    /// <summary>
    /// زار قضاء بيجي, زار الوزير X مدينة الموصل: the place a visit at word <paramref name="verb"/> went to, named after its
    /// category noun in the object slot (past the visitor named after the verb and times); where the tagger missed the
    /// name (زار بلدة الحبانية), the noun and the one word after it. Neither when the slot holds no place noun.
    /// </summary>
    internal static (Entity? Named, ActorPhrases.Phrase? Unnamed) VisitedPlace(Sentence s, int verb, Entity? visitor)
    {
        int k = verb + 1;
        var named = s.Mentions.FirstOrDefault(m => m.First > verb && m.Entity == visitor);
        if (visitor is not null && named.Entity is not null && named.First <= verb + 1 + MaxTitleWords) k = named.Last + 1;
        k = SkipTimePhrase(s, k);
        if (k + 1 >= s.Words.Count || !PlaceNouns.Contains(s.Words[k].Key)) return (null, null);
        if (s.StartingAt(k + 1) is { } place) return (place.Entity.Type == EntityType.LOC ? place.Entity : null, null);
        var word = s.Words[k + 1];
        bool name = word.IsLetters && !IsTime(s, k + 1) && !Prepositions.Contains(word.Key) && !PlaceNouns.Contains(word.Key) && !ClauseWords.Contains(word.Key);
        return (null, name ? new ActorPhrases.Phrase(new TextSpan(s.Words[k].Start, word.End), k + 2, null) : null);
    }

    /// <summary>How far after a seizure verb its على may stand (its subject and a day between: سيطر مسلحو التنظيم يوم الجمعة على).</summary>
    private const int SeizedReach = 8;

    /// <summary>
    /// سيطر مسلحو التنظيم على بلدة البغدادي, سيطرت القوات على الرمادي, استولوا على مقر قيادة الشرطة: what a seizure at word
    /// <paramref name="verb"/> took, named right after its على or after one word there (the town's category noun, the
    /// position whose owner is named). Found: whether that على was read; the entity may still be null (استولوا على مطار المدينة).
    /// </summary>
    internal static (bool Found, Entity? Taken) SeizedPlace(Sentence s, int verb)
    {
        for (int k = verb + 1, limit = verb + SeizedReach; k < s.Words.Count && k <= limit; k++)
        {
            // سيطر مسلحو التنظيم، فجر اليوم، على البلدة: a day set off by commas does not end the clause.
            if (DayAside.StepOver(s.Words, ref k, ref limit)) continue;
            if (s.Words[k].Kind == WordKind.Punctuation) return default;
            if (s.Words[k].Key != "علي") continue;
            int at = k + 1;
            if (at < s.Words.Count && (s.Words[at].IsNumber || NumberReader.Shared.Starts(s.Words[at]))) at++;
            for (int j = at; j < s.Words.Count && j <= at + 1; j++)
            {
                if (s.StartingAt(j) is { } taken) return (true, taken.Entity);
            }
            return (true, null);
        }
        return default;
    }

    /// <summary>A LOC introduced as where: في X, في وسط X, في مدينة X, بحلب, بمدينة X, بالعاصمة السودانية X.</summary>
    private static bool IsPlace(Sentence s, Placed m)
    {
        if (m.Entity.Type != EntityType.LOC) return false;
        if (s.Words[m.First].Start < m.Span.Start && s.Text[m.Span.Start - 1] == 'ب') return true;
        int k = m.First - 1;
        // في العاصمة السودانية الخرطوم, في المدينة الساحلية X: the place noun's adjective stands between it and the name;
        // with ب on the noun (بالعاصمة السودانية الخرطوم) it needs no في.
        if (k >= 1 && IsPlaceAdjective(s.Words[k].Key))
        {
            string noun = s.Words[k - 1].Key;
            if (noun.Length > 2 && noun[0] == 'ب' && IsPlaceNoun(noun[1..])) return true;
            if (IsPlaceNoun(noun)) k -= 2;
        }
        if (k < m.First - 1) return k >= 0 && s.Words[k].Key is "في" or "وفي";
        for (int n = 0; n < 2 && k >= 0; n++, k--)
        {
            string key = s.Words[k].Key;
            if (key.Length > 2 && key[0] == 'ب' && PlaceNouns.Contains(key[1..])) return true;   // بمدينة حلب
            if (!PlaceNouns.Contains(key)) break;
        }
        return k >= 0 && s.Words[k].Key is "في" or "وفي";
    }

    /// <summary>A definite adjective of a place noun (السودانية, الساحلية): ال and the nisba ending.</summary>
    private static bool IsPlaceAdjective(string key) => key.Length > 5 && key.StartsWith("ال", StringComparison.Ordinal) && key.EndsWith("يه", StringComparison.Ordinal);

    /// <summary>A place noun, also with the article (العاصمة, المدينة, المحافظة).</summary>
    private static bool IsPlaceNoun(string key) => PlaceNouns.ContainsWithOrWithoutArticle(key);

    /// <summary>A person or organisation named within a few title words from <paramref name="k"/>: the LOC before it is in their title.</summary>
    private bool NamesFollow(Sentence s, int k)
    {
        for (int n = 0; n <= 3 && k < s.Words.Count; n++, k++)
        {
            if (s.StartingAt(k) is { } m)
            {
                // محافظ بعلبك الهرمل بشير خضر: a place of two names the tagger reads as two places right after each other is
                // one place of the title.
                if (n == 0 && m.Entity.Type == EntityType.LOC) { k = m.Last; continue; }
                return m.Entity.Type is EntityType.PER;
            }
            if (!IsTitleWord(s.Words[k])) return false;
        }
        return false;
    }
}
