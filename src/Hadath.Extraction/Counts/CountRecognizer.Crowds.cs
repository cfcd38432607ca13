using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Counts;

/// <summary>
/// What a count's clause says of people no kind word names (written for the ev8- blind round): youths on one side of a
/// clash with a force are its protesters, a crowd that then held a march organised it, people taken to hospital are
/// wounded, people who died drowning are killed, and a bare number a camp or a country shelters, or that people named
/// right before it come to, is an amount.
/// </summary>
public sealed partial class CountRecognizer
{
    /// <summary>Nouns of a fight between two sides (مواجهات بين قوات الامن ومئات الشبان), bare or with the article.</summary>
    private static readonly HashSet<string> Clashes = MatchKey.SetOf("مواجهات", "اشتباكات", "صدامات", "المواجهات", "الاشتباكات", "الصدامات");

    /// <summary>Words of a force of order on the other side of such a fight.</summary>
    private static readonly HashSet<string> Forces = MatchKey.SetOf(
        "قوات", "القوات", "الشرطة", "الامن", "الجيش", "الدرك", "وحدات", "عناصر", "رجال", "الحرس", "الشغب", "شرطة");

    private const int MaxForceWords = 4;

    /// <summary>
    /// مواجهات بين قوات الامن ومئات الشبان, اشتباكات بين مئات المحتجين وعناصر الشرطة: people counted as one side of a fight
    /// whose other side is a force of order are protesters (a fight between two armed sides counts fighters, not this).
    /// </summary>
    private bool FacingForces(IReadOnlyList<Word> w, int lead, int end)
    {
        // The count second: بين + force words + و (on the number or alone) + the count.
        int k = lead - 1;
        if (k >= 0 && w[k].Key == "و") k--;
        bool joined = k < lead - 1 || w[lead].Key.StartsWith('و');
        if (joined)
        {
            bool force = false;
            for (int j = k; j >= 0 && j >= k - MaxForceWords; j--)
            {
                if (!w[j].IsLetters) return false;
                if (w[j].Key == "بين") return force && j > 0 && Clashes.Contains(w[j - 1].Key);
                force |= Forces.Contains(w[j].Key);
            }
            return false;
        }
        // The count first: clash + بين + the count + و + force words.
        if (lead < 2 || w[lead - 1].Key != "بين" || !Clashes.Contains(w[lead - 2].Key) || end >= w.Count) return false;
        if (!w[end].IsLetters || !w[end].Key.StartsWith('و')) return false;
        for (int j = end; j < w.Count && j < end + MaxForceWords; j++)
        {
            if (!w[j].IsLetters) return false;
            if (Forces.Contains(j == end ? w[j].Key[1..] : w[j].Key)) return true;
        }
        return false;
    }

    /// <summary>Verbs of carrying people to care, before or after them (نقل اربعة منهم الى المستشفى, 12 شخصا نقلوا الى المستشفيات).</summary>
    private static readonly HashSet<string> Carried = MatchKey.SetOf("نقل", "ونقل", "بنقل", "نقلوا", "اسعف", "واسعف", "اسعفوا", "نقلت", "ونقلت");

    private static readonly HashSet<string> Hospitals = MatchKey.SetOf("المستشفى", "المستشفيات", "مستشفى", "مستشفيات", "مستشفيين");

    /// <summary>
    /// نقل اربعة منهم الى المستشفى: people carried (the verb right before the number, or right after the counted words) to a
    /// hospital are wounded: الى within two words of them (one word between, نقلوا جميعا الى), the hospital right after it.
    /// With the verb before a bare number (nothing counted taken) الى must come right after the number: نقل 5 سيارات الى
    /// المستشفى carried no people. The index of the verb, or null.
    /// </summary>
    private int? ToHospital(IReadOnlyList<Word> w, int verbAt, int end, bool taken)
    {
        int after = IsOthers(w, end) ? end + 1 : end;   // 8 اشخاص آخرين نقلوا
        int? verb = verbAt >= 0 && Carried.Contains(w[verbAt].Key) ? verbAt : after < w.Count && Carried.Contains(w[after].Key) ? after : null;
        if (verb is null) return null;
        int from = verb == after ? after + 1 : end;
        int reach = verb != after && !taken ? 1 : 2;
        for (int k = from; k < w.Count && k < from + reach; k++)
        {
            if (!w[k].IsLetters) return null;
            if (w[k].Key == "الي" && k + 1 < w.Count && Hospitals.Contains(w[k + 1].Key)) return verb;
            if (IsToTheHospital(w[k].Key)) return verb;
        }
        return null;
    }

    /// <summary>للمستشفى, للمستشفيات: a hospital with لـ glued to its article (نقلوا للمستشفى).</summary>
    private static bool IsToTheHospital(string key) =>
        key.Length > 4 && key.StartsWith("لل", StringComparison.Ordinal) && Hospitals.Contains(string.Concat("ا", key.AsSpan(1)));

    /// <summary>Manners of dying after the counted words (12 شخصا غرقا, قضوا غرقا).</summary>
    private static readonly HashSet<string> DeathManners = MatchKey.SetOf("غرقا", "حرقا", "اختناقا", "جوعا", "عطشا");

    /// <summary>Lives lost, after the counted people (فقد 12 شخصا حياتهم): they died.</summary>
    private static readonly HashSet<string> LivesLost = MatchKey.SetOf("حياتهم", "حياتهن", "حياته", "حياتها", "ارواحهم");

    private static readonly HashSet<string> Perished = MatchKey.SetOf("قضوا", "ماتوا", "لقوا", "قضى", "مات");

    /// <summary>
    /// وقضى ما لا يقل عن 12 شخصا غرقا, 30 مهاجرا قضوا غرقا: the manner of a death right after the counted words (or after a
    /// verb of perishing there) says they were killed. The index of the manner word, or null.
    /// </summary>
    private static int? DiedBy(IReadOnlyList<Word> w, int end)
    {
        if (end < w.Count && (DeathManners.Contains(w[end].Key) || LivesLost.Contains(w[end].Key))) return end;
        if (end + 1 < w.Count && Perished.Contains(w[end].Key) && DeathManners.Contains(w[end + 1].Key)) return end + 1;
        return null;
    }

    /// <summary>Verbs of sheltering people (المخيم يؤوي اكثر من 36 الفا), and adverbs that may stand between.</summary>
    private static readonly HashSet<string> Sheltering = MatchKey.SetOf(
        "يؤوي", "تؤوي", "يأوي", "تأوي", "آوى", "آوت", "يستضيف", "تستضيف", "استضاف", "استضافت", "ويستضيف", "وتستضيف", "ويؤوي", "وتؤوي");

    /// <summary>What people were driven to, after على (اجبرت الحرب X على النزوح), or what they lost (فقدوا منازلهم).</summary>
    private static readonly HashSet<string> DrivenTo = MatchKey.SetOf("النزوح", "الفرار", "الهروب", "ترك", "مغادرة", "الرحيل");

    /// <summary>Flight with ل or ب or the article, right after the people who fled (دفع 50 الف شخص للفرار, سمحت لالفي شخص بالفرار).</summary>
    private static readonly HashSet<string> Flight = MatchKey.SetOf("للفرار", "بالفرار", "الفرار", "للنزوح", "بالنزوح", "للهروب", "بالهروب");

    /// <summary>
    /// Verbs of trying or escaping right before the number (وحاول 40 مهاجرا الفرار, ولاذ ثلاثة مسلحين بالفرار): the people
    /// ran from a place or a scene of their own, no one drove them out.
    /// </summary>
    private static readonly HashSet<string> Attempted = MatchKey.SetOf(
        "حاول", "وحاول", "حاولت", "وحاولت", "لاذ", "ولاذ", "لاذت", "ولاذت", "تمكن", "وتمكن", "تمكنت", "وتمكنت", "استطاع", "واستطاع");

    /// <summary>Gunmen, attackers and prisoners who flee escape; they are not displaced (فر ثلاثة مسلحين, خمسة سجناء بالفرار).</summary>
    private static readonly HashSet<string> Fugitives = MatchKey.SetOf(
        "مسلحين", "مسلحا", "مسلح", "مهاجمين", "مهاجما", "مهاجم", "سجناء", "سجينا", "سجين", "مساجين");

    /// <summary>Passive and forced plurals before على or ل and a word of flight (اجبروا على الهروب, اضطروا للنزوح).</summary>
    private static readonly HashSet<string> Forced = MatchKey.SetOf("اضطروا", "أجبروا", "أرغموا", "اضطررن", "أجبرن");

    /// <summary>Verbs of losing or leaving, before homes (فقدوا منازلهم), masculine or feminine (العائلات غادرت منازلها).</summary>
    private static readonly HashSet<string> LeftHomes = MatchKey.SetOf("فقدوا", "وفقدوا", "فقدت", "غادروا", "غادرت", "تركوا", "تركت", "هجروا", "هجرت");

    /// <summary>
    /// Right after the counted people (<paramref name="end"/>; the number starts at <paramref name="lead"/>), or after على
    /// الاقل there: على or الى and a word of flight (على النزوح, الى النزوح, على ترك منازلهم:
    /// they were forced out), a word of flight with ل or ب (دفع 50 الف شخص للفرار, لاذوا بالفرار), a forced plural before
    /// one (اضطروا للنزوح, اجبروا على الهروب), فقدوا منازلهم or غادرت منازلها (lost or left their homes): they are displaced. Not
    /// flight after a verb of trying (<see cref="Attempted"/>) or by <see cref="Fugitives"/>: they escaped.
    /// </summary>
    private bool DrivenOutAfter(IReadOnlyList<Word> w, int lead, int end)
    {
        bool fled = lead > 0 && Attempted.Contains(w[lead - 1].Key) || Fugitives.Contains(w[end - 1].Key);
        end = _lexicon.QualifierAfter(w, end)?.EndWord ?? end;
        if (end >= w.Count) return false;
        string first = w[end].Key;
        if (Flight.Contains(first)) return !fled;
        if (end + 1 >= w.Count) return false;
        string next = w[end + 1].Key;
        // على النزوح, and الى النزوح after a verb of pushing (دفعت المعارك مئات العائلات الى النزوح).
        if (first is "علي" or "الي") return IsDrivenTo(w, end);
        // فقدوا منازلهم, غادرت منازلها (families), تركوا بيوتهم: lost or left their homes.
        if (LeftHomes.Contains(first)) return next.StartsWith("منازل", StringComparison.Ordinal) || next.StartsWith("بيوت", StringComparison.Ordinal);
        if (first is "لاذوا") return !fled && Flight.Contains(next);
        // اجبروا على الهروب, اضطروا للنزوح, اجبروا بالفعل على ترك منازلهم.
        if (!Forced.Contains(first)) return false;
        int at = next == "بالفعل" ? end + 2 : end + 1;
        if (at < w.Count && Flight.Contains(w[at].Key)) return true;
        return IsDrivenTo(w, at);
    }

    /// <summary>على or الى at <paramref name="at"/> and a word of flight after it (على النزوح, الى النزوح, على ترك).</summary>
    private static bool IsDrivenTo(IReadOnlyList<Word> w, int at) =>
        at + 1 < w.Count && w[at].Key is "علي" or "الي" && DrivenTo.Contains(w[at + 1].Key);

    private const int MaxHostGap = 3;

    /// <summary>
    /// ويستضيف الاردن نحو 1,3 مليون سوري: people of a nationality a country hosts (a verb of <see cref="Sheltering"/> up to
    /// <see cref="MaxHostGap"/> words before the number, its subject and adverbs between, no punctuation) are refugees, displaced.
    /// A bare number sheltered stays an amount (<see cref="ImpliedPeople"/>), as do people of no nationality (تستضيف المدينة
    /// 500 مشارك).
    /// </summary>
    private static bool HostedNationals(string text, IReadOnlyList<Word> w, int lead, int nounAt) =>
        nounAt < w.Count && CountLexicon.IsNationalityWord(text, w[nounAt]) && ListedShortlyBefore(w, lead, MaxHostGap, Sheltering);

    private static readonly HashSet<string> ShelterAdverbs = MatchKey.SetOf("حاليا", "الان", "اليوم", "حتى", "وحدها", "وحده");

    /// <summary>Words after a bare number that show no noun follows it: punctuation, or a word opening a phrase of its own.</summary>
    // Not من: a noun after it (استضافت 40 من القادة, تستضيف واحدة من اكبر القواعد) is read on its own or says what is counted.
    private static readonly HashSet<string> PhraseOpeners = MatchKey.SetOf("في", "بحسب", "حسب", "وفق", "وفقا", "على", "منذ", "بينهم");

    private static bool NoNounAfter(IReadOnlyList<Word> w, int end) =>
        end >= w.Count || !w[end].IsLetters || PhraseOpeners.Contains(w[end].Key) || w[end].Key.StartsWith('و');

    /// <summary>
    /// تؤوي حاليا اكثر من 36 الفا, وكان المصلون نحو الفين: a bare number (no noun after it) that a verb of sheltering
    /// takes, or that people named right before it after كان come to. The kind (people give an amount), or null.
    /// </summary>
    private string? ImpliedPeople(string text, IReadOnlyList<Word> w, int lead, int end)
    {
        if (!NoNounAfter(w, end)) return null;
        int k = lead - 1;
        while (k >= 0 && ShelterAdverbs.Contains(w[k].Key)) k--;
        if (k >= 0 && Sheltering.Contains(w[k].Key)) return Amount;
        if (lead >= 2 && w[lead - 2].Key is "كان" or "وكان" or "كانوا" or "وكانوا" && IsDefinite(w[lead - 1]) && IsSoundPlural(w[lead - 1].Key) &&
            _lexicon.Kind(text, w[lead - 1], CountRole.Noun) is { } named)
        {
            return named.Kind == CountLexicon.People ? Amount : named.Kind;
        }
        return null;
    }

    private static readonly HashSet<string> Returned = new(StringComparer.Ordinal)
    {
        "عادوا", "عاد", "عادت", "وعاد", "وعادت", "وعادوا", "يعودون", "رجعوا", "رجع", "ورجع", "ورجعوا",
    };

    /// <summary>The noun of a return right before the people (سهلت عودة 1150 نازحا, تنظيم عودة نحو 500 لاجئ), with و, ب or ل.</summary>
    private static readonly HashSet<string> Returns = MatchKey.SetOf("عودة", "وعودة", "بعودة", "لعودة");

    /// <summary>
    /// Returning, as a circumstance of leaving (غادروا المخيم عائدين الى قراهم), in the plurals of people: عائدة and
    /// عائدات are also "belonging to" and "revenues".
    /// </summary>
    private static readonly HashSet<string> Returning = MatchKey.SetOf("عائدين", "عائدون");

    /// <summary>Words from the people counted to عائدين: a verb of leaving, what was left and when.</summary>
    private const int MaxReturningGap = 8;

    /// <summary>عائدين with الى (where they go) right after it.</summary>
    private static bool IsReturningTo(IReadOnlyList<Word> w, int k) =>
        Returning.Contains(w[k].Key) && k + 1 < w.Count && w[k + 1].Key == "الي";

    /// <summary>
    /// نحو 5200 لاجئ سوري عادوا الى بلادهم: displaced people going back, told right after them (past one adjective), are
    /// counted as an amount: the news is their return, not their flight. So are those who left a camp or a country
    /// عائدين الى (غادر نحو 900 نازح سوري لبنان اليوم عائدين الى بلداتهم), up to <see cref="MaxReturningGap"/> words on in their clause.
    /// </summary>
    private static bool ReturnedAfter(IReadOnlyList<Word> w, int end)
    {
        for (int k = end; k < w.Count && k <= end + MaxReturningGap; k++)
        {
            if (!w[k].IsLetters) return false;
            if ((k <= end + 1 && Returned.Contains(w[k].Key)) || IsReturningTo(w, k)) return true;
        }
        return false;
    }

    /// <summary>The count ends with a verb of the after role (4 من عناصر الامن اصيبوا).</summary>
    private bool EndsWithVerbAfter(string text, IReadOnlyList<Word> w, Count count, int end) =>
        end > 0 && count.Span.End == w[end - 1].End && _lexicon.Kind(text, w[end - 1], CountRole.After) is not null;
}
