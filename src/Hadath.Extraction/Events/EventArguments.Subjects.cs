using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Mentions;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Who did it: the subject before or after a verb (named, an unnamed body such as قوات الامن, a title held by the person
/// named after it), craft of a force, the launcher of a strike noun, and the agent of a passive act (على ايدي, من قبل).
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>
    /// An actor phrase right before the verb, or before the قد in front of it (وكان مسلحون قد فتحوا النار), with no name
    /// ending there (قوات الامن اعتقلت): not after a preposition (في مقر الشرطة), and not for a verb with و/ف, whose
    /// subject is elsewhere.
    /// </summary>
    private ActorPhrases.Phrase? PhraseBefore(Sentence s, int first, TextSpan trigger) =>
        AfterConjunction(s, first, trigger) ? null
        : first > 1 && s.Words[first - 1].Key == "قد" ? PhraseEndingBefore(s, first - 1)
        : PhraseEndingBefore(s, first);

    /// <summary>But with the subject's pronoun on it (لكنه هاجم, ولكنها دانت): the verb's subject is told before the sentence.</summary>
    private static readonly HashSet<string> PronounSubjects = MatchKey.SetOf("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم");

    /// <summary>
    /// Whether the verb at word <paramref name="first"/> follows لكن with a pronoun (لكنه هاجم ماكيب, ولكنه التقى ظريف): its
    /// subject is that pronoun, so a name after it is whom the act was done to, never who did it.
    /// </summary>
    internal static bool PronounSubjectBefore(Sentence s, int first, TextSpan trigger) =>
        first > 0 && s.Words[first].Start == trigger.Start && PronounSubjects.Contains(s.Words[first - 1].Key);

    /// <summary>The particle that sets a topic before the clause its ف opens (اما روسيا فدعت, واما الجيش فقد قصف).</summary>
    private static readonly HashSet<string> TopicParticles = MatchKey.SetOf("اما", "واما");

    /// <summary>How many words a topic may hold between اما and the verb (اما وزير الخارجية الاميركي مايك بومبيو فقال).</summary>
    private const int MaxTopicWords = 8;

    /// <summary>
    /// The topic set by اما before a verb its ف opens, or with فقد before it (اما الرئيس ترامب فاتهم ايران, اما روسيا فدعت
    /// الولايات المتحدة, اما الاتحاد فقد دان): the first name between اما and the verb (past a title: اما الرئيس الاميركي X
    /// فاتهم), or the actor phrase or craft right after اما (اما قوات الامن فاعتقلت); (null, null) when the verb opens no
    /// such clause. The verb's subject is the topic, so what follows it is its object.
    /// </summary>
    private (Entity? Named, ActorPhrases.Phrase? Unnamed) TopicBefore(Sentence s, int first, TextSpan trigger)
    {
        bool opensWithFa = s.Words[first].Start < trigger.Start && s.Text[trigger.Start - 1] == 'ف';
        int k = opensWithFa ? first - 1 : first > 0 && s.Words[first - 1].Key == "فقد" ? first - 2 : -1;
        for (int seen = 0; k >= 0 && seen < MaxTopicWords; k--, seen++)
        {
            if (!s.Words[k].IsLetters) return default;
            if (!TopicParticles.Contains(s.Words[k].Key)) continue;
            // اما الرئيس الاميركي دونالد ترامب فاتهم: a name past its title is the topic too.
            foreach (var m in s.Mentions)
            {
                if (m.First > k && m.Last < first && m.Entity.Type is EntityType.PER or EntityType.ORG or EntityType.LOC) return (m.Entity, null);
            }
            // اما الطائرات الروسية فقد قصفت: craft of a country are its force.
            return (_phrases.At(s.Words, k + 1, s.Country) ?? CraftOf(s, k + 1, first - 1)) is { } phrase ? (null, phrase) : default;
        }
        return default;
    }

    /// <summary>
    /// An actor phrase (or craft of a country) ending right before word <paramref name="end"/> where no name ends, and
    /// not after a preposition (في مقر الشرطة); null when none.
    /// </summary>
    private ActorPhrases.Phrase? PhraseEndingBefore(Sentence s, int end)
    {
        if (end < 1 || s.EndingAt(end - 1) is not null || (_phrases.Before(s.Words, end, s.Country) ?? CraftBefore(s, end)) is not { } p) return null;
        return WordIndexAt(s, p.Span.Start) is { } k && k > 0 && Prepositions.Contains(s.Words[k - 1].Key) ? null : p;
    }

    /// <summary>Craft of a country ending right before word <paramref name="first"/> (دبابات روسية فتحت النار, الطائرات الاسرائيلية اطلقت): that country's military.</summary>
    private ActorPhrases.Phrase? CraftBefore(Sentence s, int first)
    {
        for (int start = Math.Max(0, first - 4); start < first; start++)
        {
            if (CraftOf(s, start, first - 1) is { } p && p.After == first) return p;
        }
        return null;
    }

    /// <summary>How far after the verb على ايدي may stand: further on it is another verb's (اعتقلت 12 شخصا يشتبه في انتمائهم الى خلية تلقت تدريبات على ايدي X).</summary>
    private const int MaxPassiveReach = 6;

    /// <summary>
    /// The agent of a passive act, named after على ايدي, بايدي, من قبل, برصاص or بنيران in its clause (خطف خمسة عمال على
    /// ايدي مسلحين, اغتيل X من قبل مجهولين, قتل شاب بنيران الجيش): a name, also told by its members (من قبل عناصر تنظيم
    /// داعش, من قبل قوة من شرطة الانبار), or an actor phrase, past a number (من قبل اربعة مسلحين), and the word where its
    /// marker starts, looking at most <paramref name="reach"/> words past the verb or noun; null when none.
    /// </summary>
    private (Entity? Named, ActorPhrases.Phrase? Unnamed, int Marker)? PassiveAgent(Sentence s, int last, int right, int reach)
    {
        for (int k = last + 1; k <= right && k <= last + reach; k++)
        {
            // اغتيل المسؤول برصاص مسلحين, قتل شاب بنيران الجيش: the fire of whoever did it.
            int by = s.Words[k].Key is "بايدي" or "برصاص" or "بنيران" ? k + 1
                : k + 1 <= right && (s.Words[k].Key, s.Words[k + 1].Key) is ("علي", "ايدي") or ("علي", "يد") or ("من", "قبل") ? k + 2
                : -1;
            if (by < 0 || by > right) continue;
            if (s.StartingAt(PastMembers(s, by, right)) is { } m) return m.Entity.Type == EntityType.LOC ? null : (m.Entity, null, k);
            if (NumberReader.Shared.Starts(s.Words[by]) && by + 1 <= right) by++;
            return ForceAt(s, by) is { } p ? (null, p, k) : null;
        }
        return null;
    }

    /// <summary>A craft noun (طائرة, دبابات), alone or with its nationality, right before a verb written without و/ف.</summary>
    private bool CraftBefore(Sentence s, int first, TextSpan trigger)
    {
        bool conjunction = AfterConjunction(s, first, trigger);
        if (conjunction || first == 0) return false;
        int k = first - 1;
        if (k > 0 && _actors.Nationality(NameKey.Word(s.Words[k].Key)) is not null) k--;
        return Craft.Contains(s.Words[k].Key);
    }

    /// <summary>شن مسلحون هجوما, اطلقت الشرطة الغاز: the actor phrase right after the launching verb before the noun.</summary>
    private ActorPhrases.Phrase? LauncherPhrase(Sentence s, int noun)
    {
        for (int v = noun - 1, reach = LaunchReach(s, noun); v >= 0 && v >= reach; v--)
        {
            if (!Launches.Contains(s.Words[v].Key)) continue;
            int j = SkipTimes(s, v + 1);
            if (j < noun && Craft.ContainsWithOrWithoutArticle(s.Words[j].Key))
            {
                // وشنت طائرات مسيرة تابعة للجيش الوطني غارات, وشن الطيران الحربي للجيش السوداني غارات: craft of a force named after لل.
                // A day between the force and the noun is an aside (وشن الطيران الحربي للجيش السوداني الاحد غارات).
                if (CraftOf(s, j, noun - 1) is { } owned && (owned.After == noun || owned.After < noun && AllAsides(s, owned.After, noun))) return owned;
                // وشنت طائرات التحالف العسكري بقيادة السعودية غارات: craft of a force the tagger does not name; the
                // force is the definite words after them, an argument without a code.
                int c = j + 1;
                while (c < noun && _actors.Nationality(NameKey.Word(s.Words[c].Key)) is not null) c++;
                if (_phrases.At(s.Words, c, s.Country) is { } force && force.After <= noun) return force;
                int e = c;
                while (e < noun && e - c < MaxObjectWords && s.Words[e].IsLetters && s.Words[e].Key.StartsWith("ال", StringComparison.Ordinal) && s.StartingAt(e) is null && !IsTime(s, e)) e++;
                return e > c ? new ActorPhrases.Phrase(new TextSpan(s.Words[c].Start, s.Words[e - 1].End), e, null) : null;
            }
            return _phrases.At(s.Words, j, s.Country) is { } p && p.After == noun ? p : PhraseBeforeLaunch(s, v, noun);
        }
        return null;
    }

    /// <summary>
    /// ان مسلحين مجهولين شنوا هجوما, وكانت الطائرات الروسية قد شنت غارات: the actor phrase (or craft of a country) right before the launching verb at
    /// <paramref name="v"/> (or before its قد or relative pronoun) when only times and adverbs stand between the verb and its noun; not for a
    /// verb written with و/ف, nor a phrase after a preposition.
    /// </summary>
    private ActorPhrases.Phrase? PhraseBeforeLaunch(Sentence s, int v, int noun)
    {
        if (s.Words[v].Key[0] is 'و' or 'ف' || !AllAsides(s, v + 1, noun)) return null;
        return PhraseEndingBefore(s, BeforeLaunchVerb(s, v));
    }

    /// <summary>Whether the name at word <paramref name="first"/> opens the clause after ان, past a members noun (ان عناصر X, بان مقاتلي X).</summary>
    private static bool SubjectOfThat(Sentence s, int first)
    {
        int k = first - 1;
        if (k >= 1 && MembersInConstruct.Contains(s.Words[k].Key)) k--;
        return k >= 0 && s.Words[k].Key is "ان" or "بان";
    }

    /// <summary>Whether the verb at word <paramref name="first"/> has a named antecedent before its relative pronoun (<see cref="RelativeAntecedent"/>).</summary>
    internal static bool HasRelativeAntecedent(Sentence s, int first) => RelativeAntecedent(s, first) is not null;

    /// <summary>
    /// The person or body named right before a relative pronoun (or before its comma: X، والتي) that stands right before
    /// the verb at <paramref name="first"/>, when the verb agrees with the pronoun as its subject: الذي with a masculine
    /// singular (الذي زار), التي with a feminine (التي هاجمت), الذين with a plural (الذين هاجموا). A verb that does not agree
    /// has a subject of its own after it (X الذي قصفت طائرات Y منزله); or null.
    /// </summary>
    private static Placed? RelativeAntecedent(Sentence s, int first)
    {
        if (first < 2) return null;
        // ترامب، الذي طالما اتهم الصين: an adverb of habit may stand between the pronoun and its verb.
        int at = first - 1;
        if (at >= 2 && Habitual.Contains(s.Words[at].Key)) at--;
        var pronoun = WithoutWa(s.Words[at].Key);
        var verb = s.Words[first].Key;
        if (verb.Length > 3 && verb[0] is 'و' or 'ف') verb = verb[1..];
        bool agrees = pronoun switch
        {
            "الذي" => !verb.EndsWith('ت') && !verb.EndsWith("وا", StringComparison.Ordinal),
            "التي" => verb.EndsWith('ت'),
            "الذين" => verb.EndsWith("وا", StringComparison.Ordinal),
            _ => false,
        };
        if (!agrees) return null;
        int end = at - 1;
        if (end >= 1 && s.Words[end].IsComma) end--;
        if (s.EndingAt(end) is not { Entity.Type: EntityType.PER or EntityType.ORG } named) return null;
        // جماعة X المرتبطة بتنظيم القاعدة، والتي هاجمت: a name after a preposition (glued or not) is what the first is
        // told of, and the pronoun may point back past it; no subject is better than that one.
        if (s.Words[named.First].Start < named.Span.Start || named.First > 0 && Prepositions.Contains(s.Words[named.First - 1].Key)) return null;
        return named;
    }

    /// <summary>
    /// The governor's title a place mention follows, past one category noun (عامل اقليم تطوان, والي القصرين, محافظ مدينة
    /// X): the place is the title's seat; -1 when none. Not a body (حكومة الاكوادور هددت: the state's government acted).
    /// </summary>
    private int TitleOfSeat(Sentence s, Placed place)
    {
        if (place.Entity.Type != EntityType.LOC || s.Words[place.First].Start < place.Span.Start) return -1;
        int k = place.First - 1;
        if (k >= 0 && (IsPlaceNoun(s.Words[k].Key) || ProvinceNouns.Contains(s.Words[k].Key))) k--;
        return k >= 0 && (GovernorTitles.Contains(s.Words[k].Key) || IsProvinceGovernor(s, k)) ? k : -1;
    }

    /// <summary>Adverbs of habit between a relative pronoun and its verb (الذي طالما اتهم, التي لطالما دعت).</summary>
    private static readonly HashSet<string> Habitual = MatchKey.SetOf("طالما", "لطالما", "دائما", "دوما", "مرارا");

    /// <summary>How far before a pluperfect's قد its كان may stand past a relative clause (وكان الوفد الذي رافق الوزير X قد زار).</summary>
    private const int MaxPluperfectReach = 14;

    /// <summary>
    /// A delegation that is the subject of the verb at word <paramref name="verb"/>: named right before a relative
    /// pronoun that agrees with the verb (الوفد الكويتي الذي وصل الى), right after the كان of a pluperfect before its
    /// relative clause (وكان الوفد الامريكي الذي رافق الوزير X قد زار), or right after the verb (التقى الوفد الاممي);
    /// two parties told by a dual stand where a delegation does (وكان البلدان قد وقعا, وبحث الطرفان); null when none stands there.
    /// </summary>
    public ActorPhrases.Phrase? DelegationSubject(Sentence s, int verb)
    {
        if (verb >= 2 && WithoutWa(s.Words[verb - 1].Key) == "الذي")
        {
            for (int start = Math.Max(0, verb - 4); start < verb - 1; start++)
            {
                if (_phrases.DelegationOrPair(s.Words, start) is { } before && before.After == verb - 1) return before;
            }
            return null;
        }
        if (verb >= 3 && s.Words[verb - 1].Key == "قد")
        {
            for (int k = verb - 2; k >= 0 && k >= verb - MaxPluperfectReach; k--)
            {
                if (!PastAuxiliaries.Contains(s.Words[k].Key)) continue;
                return _phrases.DelegationOrPair(s.Words, k + 1) is { } told && (told.After == verb - 1 || Relatives.Contains(WithoutWa(s.Words[told.After].Key))) ? told : null;
            }
            return null;
        }
        return _phrases.DelegationOrPair(s.Words, verb + 1);
    }

    private const int MaxMetReach = 15;

    /// <summary>
    /// Whom a delegation told right after a meeting verb met (التقى الوفد الاممي الذي وصل الى مأرب امس محافظ المحافظة X):
    /// the first person or body named after the delegation (past its relative clause, its places and times) in the same
    /// clause, not after a preposition; null when none.
    /// </summary>
    public Entity? MetAfterDelegation(Sentence s, int from)
    {
        for (int k = from; k < s.Words.Count && k < from + MaxMetReach && s.Words[k].IsLetters; k++)
        {
            if (s.StartingAt(k) is not { } m) continue;
            if (m.Entity.Type is EntityType.PER or EntityType.ORG && s.Words[k].Start == m.Span.Start && !Prepositions.Contains(s.Words[k - 1].Key)) return m.Entity;
            k = m.Last;
        }
        return null;
    }

    /// <summary>The first side named after كل من at word <paramref name="k"/>, the word after the sides joined to it by و, and كل.</summary>
    private static (Entity? Subject, int After, string? Head)? EachOf(Sentence s, int k)
    {
        if (k + 2 >= s.Words.Count || s.Words[k].Key != "كل" || s.Words[k + 1].Key != "من" || s.StartingAt(k + 2) is not { } first ||
            first.Entity.Type is not (EntityType.LOC or EntityType.ORG or EntityType.PER)) return null;
        int after = first.Last + 1;
        while (after < s.Words.Count && s.Words[after].Key.StartsWith('و') && s.StartingAt(after) is { } joined) after = joined.Last + 1;
        return (first.Entity, after, s.Words[k].Key);
    }

    /// <summary>The noun of a state before its name (دولة قطر, دولة الكويت).</summary>
    private static readonly HashSet<string> StateNouns = MatchKey.SetOf("دولة");

    /// <summary>The subject, the word after it, and the subject's first word (for unnamed subjects: قوات الامن).</summary>
    private (Entity? Subject, int After, string? Head) Subject(Sentence s, int first, int last, TextSpan trigger)
    {
        bool conjunction = AfterConjunction(s, first, trigger);
        // جماعة بوكو حرام التي هاجمت, حركة الشباب، والتي هاجمت: the relative pronoun is the subject of the verb right after
        // it when they agree, and it points back to the body or person named right before it.
        if (!conjunction && RelativeAntecedent(s, first) is { } antecedent) return (antecedent.Entity, last + 1, s.Words[antecedent.First].Key);
        // وكان بومبيو قد التقى: the subject before a pluperfect stands before its قد.
        int back = first > 1 && s.Words[first - 1].Key == "قد" ? first - 2 : first - 1;
        // ان عناصر جيش X "هاجموا حاجزا لنا": the quoted words open right after the subject of ان, not after whoever spoke.
        if (!conjunction && back >= 1 && s.Words[back].IsQuotationMark && s.EndingAt(back - 1) is { } claimant && SubjectOfThat(s, claimant.First)) back--;
        // وكان والي بجاية، كمال الدين كربوش، قد استقبل: a person named between commas right before قد, after كان and his
        // title and place, is the subject; the title after كان is its head word.
        if (!conjunction && back == first - 2 && ApposedBeforeQad(s, back) is { } apposed) return (apposed.Entity, last + 1, s.Words[apposed.Head].Key);
        // وكان الوفد الذي رافق الوزير X قد زار: a name inside a relative clause between كان and قد is not who acted.
        if (!conjunction && back == first - 2 && InRelativeClauseBeforeQad(s, back)) return (null, last + 1, null);
        // وكانت كتائب عز الدين القسام، الجناح العسكري لحركة حماس قد اطلقت: the body named right after كان is the subject;
        // its apposition runs on to قد, and the name there says whose wing it is.
        if (!conjunction && back == first - 2 && NamedBeforeApposition(s, back) is { } wing) return (wing.Entity, last + 1, s.Words[wing.First].Key);
        // وكان عامل اقليم تطوان قد استقبل: a place right after a title (and its category noun) is the title's seat, not
        // the subject; the title's holder, unnamed, is.
        if (!conjunction && back >= 0 && s.EndingAt(back) is { } seated && TitleOfSeat(s, seated) is var title && title >= 0) return (null, last + 1, s.Words[title].Key);
        if (!conjunction && back >= 0 && s.EndingAt(back) is { } before && !IsPlace(s, before))
        {
            // وكان طلاب جامعة الازهر قد تظاهروا: the body is where its students study; they did it, unnamed.
            if (before.Entity.Type == EntityType.ORG && before.First > 0 && Workforce.Contains(s.Words[before.First - 1].Key)) return (null, last + 1, s.Words[before.First - 1].Key);
            // وقالت الصحيفة ان محامي ترامب رفض, زوجة الرئيس التقت: a person's kin or lawyer acted, not the person.
            if (before.Entity.Type == EntityType.PER && before.First > 0 && Kin.Contains(s.Words[before.First - 1].Key)) return (null, last + 1, s.Words[before.First - 1].Key);
            // وكان وزير الدولة لشؤون النازحين صالح الغريب زار: the title after كان is the subject's head word.
            int head = PluperfectSubjectStart(s, back + 1) is { } titled && titled < before.First ? titled : before.First;
            return (before.Entity, last + 1, s.Words[head].Key);
        }
        // وكان المشرفية قد اجتمع … بممثلة المفوضية: before قد stands the subject, even one the tagger missed; the names
        // after the verb are its objects, not its subject.
        // The word is kept as the subject's head: a title there (وكان الرئيس قد تفقد) still says who acted.
        if (back < first - 1 && back >= 0 && s.Words[back].IsLetters && !PluperfectOpeners.Contains(s.Words[back].Key)) return (null, last + 1, s.Words[back].Key);
        // وكان وزير الدولة لشؤون النازحين صالح الغريب زار دمشق: a pluperfect told without قد has its subject between كان
        // and the verb too; what follows the verb is its object, even when the tagger missed the subject's name.
        if (!conjunction && PluperfectSubjectStart(s, first) is { } told) return (null, last + 1, s.Words[told].Key);
        // قصفت الليلة الماضية اسرائيل: a definite time phrase after the verb is no definite subject before the name.
        int j = SubjectSlot(s, last);
        int start = j;
        // تعهدت كل من السعودية والامارات والكويت بتقديم …: the sides listed after كل من acted; the first is the subject and
        // what was done to someone is sought past the whole list.
        if (EachOf(s, start) is { } each) return each;
        // اعتقلت السلطات المغربية ناصر الزفزافي, اتهمت الحكومة المغربية في بيان …: a body named by a common noun is the
        // subject, so the name after it is the object, not the subject reached past a title.
        // استهدف مفجر انتحاري من حركة طالبان مركزا, هاجم مسلحون من تنظيم داعش: the group named after من is whose they are.
        if (BodyPhraseAt(s, start) is { } body)
        {
            return GroupOfMembers(s, body.After) is { } group
                ? (group.Entity, group.Last + 1, s.Words[start].Key)
                : (null, body.After, s.Words[start].Key);
        }
        // طالبت المنظمة مجلس الامن بفرض عقوبات: a body told again by its common noun is the subject (no title of the name
        // after it, as الرئيس is of بشار الاسد), so that name is the object.
        if (start + 1 < s.Words.Count && BodiesAgain.Contains(s.Words[start].Key) && s.StartingAt(start) is null &&
            s.StartingAt(start + 1) is { Entity.Type: EntityType.PER or EntityType.ORG }) return (null, start + 1, s.Words[start].Key);
        for (; j < s.Words.Count && j - start <= MaxTitleWords; j++)
        {
            if (s.StartingAt(j) is { } m)
            {
                // وقالت الحكومة …، واتهمت التحالف بخرق التهدئة; واتهم الحكومة بالتقصير: a body right after a verb it does
                // not agree with in gender is its object; the subject was named before: after و, the one the sentence is about.
                if (j == start && DisagreeingBodyAfter(s, first, last))
                {
                    var about = conjunction ? FirstActorEndingBefore(s, first) : default;
                    bool agrees = about.Entity is not null && about.Entity != m.Entity && !Disagrees(s.Words[first].Key, s.Words[about.First].Key);
                    return (agrees ? about.Entity : null, start, null);
                }
                // امير قطر الشيخ تميم: a place after a title word is the title's; right after the verb (اتهمت الصين ترامب) the
                // country is the subject and the name after it the object.
                if (m.Entity.Type == EntityType.LOC && j > start && NamesFollow(s, m.Last + 1)) { j = m.Last; continue; }
                // اتهم الرئيس الفرنسي تركيا: a country after a definite title is the object; the title's name was not told.
                if (m.Entity.Type == EntityType.LOC && EndsDefiniteSubject(s, start, m)) return (null, j, s.Words[start].Key);
                // زارت وزيرة الداخلية مستشفى المقاطعة: a title closed by a definite word takes no indefinite body after it in
                // construct (رئيس مجلس النواب does); the body is what the verb was done to.
                if (ObjectAfterClosedTitle(s, start, m)) return (null, j, s.Words[start].Key);
                // اتهم المتحدث باسم قوات الحزام الامني عبد اللطيف السيد تنظيم القاعدة: the spokesman named after the
                // body he speaks for is the subject, so the name after him is the object; so is an officer named after
                // the body in his title (الامين العام لحزب الله حسن نصرالله), and so is one after a leader's forces (المتحدث باسم
                // قوات حفتر احمد المسماري).
                // المتحدث باسم "جيش عشائر X" ابو خالد: the body may be set off in quotation marks.
                bool quoted = j > start && s.Words[j - 1].IsQuotationMark;
                int said = quoted ? j - 2 : j - 1;
                bool officer = m.Entity.Type != EntityType.PER && said >= 0 && (s.Words[said].Key == "باسم" || (said >= start && m.Entity.Type == EntityType.ORG));
                int named = quoted && m.Last + 1 < s.Words.Count && s.Words[m.Last + 1].IsQuotationMark ? m.Last + 2 : m.Last + 1;
                if ((officer || (m.Entity.Type == EntityType.PER && PersonNames.AfterFollowersNoun(s.Words, start, j))) && NamedAfter(s, named) is { } spokesman)
                {
                    return (spokesman.Entity, spokesman.Last + 1, s.Words[start].Key);
                }
                // بحث رئيس دائرة شؤون اللاجئين في منظمة التحرير الفلسطينية احمد ابو هولي: so is the officer of a body that sits
                // in a larger one, named after the larger body.
                if (officer && m.Entity.Type == EntityType.ORG && named + 1 < s.Words.Count && s.Words[named].Key == "في" &&
                    s.StartingAt(named + 1) is { Entity.Type: EntityType.ORG } parent && NamedAfter(s, parent.Last + 1) is { } parentOfficer)
                {
                    return (parentOfficer.Entity, parentOfficer.Last + 1, s.Words[start].Key);
                }
                // ودان سفير الاتحاد الاوروبي لدى ليبيا نيكولا اورلاندو العنف: so is the officer of a body posted to a country,
                // named after the seat of his post.
                if (officer && m.Entity.Type == EntityType.ORG && named + 1 < s.Words.Count && s.Words[named].Key is "لدي" or "في" or "الي" &&
                    s.StartingAt(named + 1) is { Entity.Type: EntityType.LOC } postSeat && NamedAfter(s, postSeat.Last + 1) is { } posted)
                {
                    return (posted.Entity, posted.Last + 1, s.Words[start].Key);
                }
                // ودعا الممثل الخاص للامين العام للامم المتحدة في السودان ورئيس بعثة … (يونيتامس) فولكر بيرتس: a title that
                // runs on to a mission's acronym is held by the person named right after it.
                if (officer && m.Entity.Type == EntityType.ORG && NamedPastAcronym(s, named) is { } holderPastAcronym)
                {
                    return (holderPastAcronym.Entity, holderPastAcronym.Last + 1, s.Words[start].Key);
                }
                // ودعا منسق الامم المتحدة الخاص لعملية السلام في الشرق الاوسط X: so past the title's adjective and portfolio after the body.
                if (officer && m.Entity.Type == EntityType.ORG && NamedPastTitleTail(s, named) is { } pastTail)
                {
                    return (pastTail.Entity, pastTail.Last + 1, s.Words[start].Key);
                }
                // واستقبل والي قفصة، محمد سفيان العياري، وفدا: so is one named between commas after a title and its place.
                if (j > start && m.Entity.Type is EntityType.ORG or EntityType.LOC && NamedBetweenCommas(s, m.Last + 1) is { } appositive)
                {
                    return (appositive.Person.Entity, appositive.After, s.Words[start].Key);
                }
                return (m.Entity, PastOwnAcronym(s, m.Last + 1), s.Words[start].Key);
            }
            // دانت دولة قطر الهجوم, دولة الامارات: دولة before a country's name is how the Gulf wires name the state.
            if (j == start && StateNouns.Contains(s.Words[j].Key) && s.StartingAt(j + 1) is { Entity.Type: EntityType.LOC }) continue;
            if (s.Words[j].IsQuotationMark && j > start && QuotesName(s, j)) continue;
            // وطالبت جمعية "فورزا تونس" الحكومة: a body's head before its name in quotation marks.
            if (j == start && j + 1 < s.Words.Count && NameRecoveryStage.IsQuotedBodyHead(s.Words[j].Key) && QuotesName(s, j + 1)) continue;
            // دانت "هيئة العلماء المسلمين" ما وصفته بالعقاب الجماعي: a body set off in quotation marks right after the verb
            // is its subject as it is unmarked, unless the verb's gender says it is the object (اتهمت "حزب الله").
            if (s.Words[j].IsQuotationMark && j == start && j + 1 < s.Words.Count && QuotesName(s, j) && !Disagrees(s.Words[first].Key, s.Words[j + 1].Key)) continue;
            // وانتقد النائب عن البقاع الغربي فلان القرار: a title held for a place (an MP's district) names its holder after
            // the place, which the tagger may have missed.
            if (s.Words[j].Key == "عن" && j > start && IsTitleWord(s.Words[j - 1])) return HolderAfterPlace(s, j + 1, start) ?? Unnamed(s, start);
            // واتهم النائب في برلمان الاقليم عن الحزب X فلان وزارة المالية: a member named after the house he sits in and the
            // party or district he sits for is the subject; the house and the party are his, and the name after him the object.
            if (j == start && IsTitleWord(s.Words[j]) && MemberForSeat(s, j) is { } member) return (member.Person.Entity, member.After, s.Words[start].Key);
            // واتهم القيادي في الحزب الديمقراطي الكوردستاني X القوات العراقية, ودان عضو في مجلس المحافظة، X، الهجوم: a title
            // or a member's noun held in a body (في and its name) names its holder right after the body or between commas
            // after it; he is the subject, so the name after him is the object.
            if (j + 2 < s.Words.Count && s.Words[j + 1].Key == "في" && (IsTitleWord(s.Words[j]) || Holders.Contains(s.Words[j].Key)) &&
                s.StartingAt(j + 2) is { Entity.Type: EntityType.ORG } seat)
            {
                if (NamedAfter(s, seat.Last + 1) is { } holder) return (holder.Entity, holder.Last + 1, s.Words[start].Key);
                if (NamedBetweenCommas(s, seat.Last + 1) is { } aside) return (aside.Person.Entity, aside.After, s.Words[start].Key);
                // ودعا القيادي في حركة النهضة حكومة الشاهد الى, واتهم عضو في حركة حماس اسرائيل: an unnamed member acts for
                // the body he holds his place in, and what follows the body is the object (a body with no code stays as before).
                // Not an official (مسؤول في المديرية): an anonymous source, whose body the story gold does not make the actor.
                if (j == start && ActingMembers.Contains(s.Words[j].Key) && seat.Entity.Actor is not null) return (seat.Entity, seat.Last + 1, s.Words[start].Key);
            }
            // واستقبل عامل إقليم خريبكة، X،: the Moroccan governor's title and the province noun after it.
            if (!IsTitleWord(s.Words[j]) && !IsProvinceGovernor(s, j) && !(j > start && IsProvinceGovernor(s, j - 1))) break;
        }
        return Unnamed(s, start);
    }

    /// <summary>How many words of the body's name may run past its tagged part before its acronym in brackets.</summary>
    private const int MaxNameTailWords = 5;

    /// <summary>
    /// The word after the acronym in brackets that closes the subject's name when its tagged part ends right before word
    /// <paramref name="k"/> (ودعت قوة الامم المتحدة المؤقتة في لبنان (اليونيفيل) في بيان جميع الاطراف, دانت منظمة العفو
    /// الدولية (امنستي) القرار): the acronym and the rest of the name (an adjective or a place: المؤقتة في لبنان, للدعم في
    /// ليبيا) are the subject's, not the object. Only letter words and no other body or person before the brackets, the
    /// first of them a definite adjective, a لل word or في (اتهم الجيش حركة المقاومة الاسلامية (حماس): the object and its
    /// acronym); else <paramref name="k"/> itself.
    /// </summary>
    private static int PastOwnAcronym(Sentence s, int k)
    {
        for (int j = k; j + 2 < s.Words.Count && j <= k + MaxNameTailWords; j++)
        {
            if (s.Words[j].Key == "(") return s.Words[j + 1].IsLetters && s.Words[j + 2].Key == ")" ? j + 3 : k;
            if (!s.Words[j].IsLetters || s.StartingAt(j) is { Entity.Type: EntityType.ORG or EntityType.PER }) return k;
            string key = s.Words[j].Key;
            if (j == k && !(key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 4 || key.StartsWith("لل", StringComparison.Ordinal) || key == "في")) return k;
        }
        return k;
    }

    /// <summary>
    /// The person named between commas that ends at the comma <paramref name="comma"/> right before a pluperfect's قد,
    /// past title words after the opening comma (، اللواء X،), when a form of كان and a title (with its place) stand before
    /// the opening comma (وكان محافظ البحيرة، اللواء X، قد التقى); the person and the title's first word, or null.
    /// </summary>
    private (Entity Entity, int Head)? ApposedBeforeQad(Sentence s, int comma)
    {
        if (comma < 3 || !s.Words[comma].IsComma || s.EndingAt(comma - 1) is not { Entity.Type: EntityType.PER } person) return null;
        int open = person.First - 1;
        while (open > 0 && s.StartingAt(open) is null && IsTitleWord(s.Words[open])) open--;
        if (open < 2 || !s.Words[open].IsComma || PluperfectSubjectStart(s, open) is not { } head) return null;
        return IsTitleWord(s.Words[head]) || IsProvinceGovernor(s, head) ? (person.Entity, head) : null;
    }

    /// <summary>How many words an apposition may take between its comma and a pluperfect's قد.</summary>
    private const int MaxApposedWords = 6;

    /// <summary>
    /// The body or person named right after a form of كان and followed by a comma that opens an apposition running on to
    /// the word <paramref name="back"/> before a pluperfect's قد, no other mark between (وكانت كتائب القسام، الجناح العسكري
    /// لحركة حماس قد اطلقت), or null.
    /// </summary>
    private Placed? NamedBeforeApposition(Sentence s, int back)
    {
        for (int k = back; k >= 2 && k >= back - MaxApposedWords; k--)
        {
            if (s.Words[k].Kind != WordKind.Punctuation) continue;
            if (!s.Words[k].IsComma || k == back) return null;
            // وكانت «كتائب عز الدين القسام»، الجناح العسكري …: the name may be set off in quotation marks.
            int end = s.Words[k - 1].IsQuotationMark ? k - 2 : k - 1;
            if (s.EndingAt(end) is not { Entity.Type: EntityType.ORG or EntityType.PER } named) return null;
            int open = named.First > 0 && s.Words[named.First - 1].IsQuotationMark ? named.First - 2 : named.First - 1;
            return open >= 0 && PastAuxiliaries.Contains(s.Words[open].Key) ? named : null;
        }
        return null;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> is the Moroccan governor's title عامل, which holds it only before the province or
    /// prefecture he governs (عامل إقليم خريبكة, عامل عمالة المحمدية); elsewhere عامل is a worker.
    /// </summary>
    internal static bool IsProvinceGovernor(Sentence s, int k) =>
        k + 1 < s.Words.Count && s.Words[k].Key is "عامل" or "العامل" && ProvinceNouns.Contains(s.Words[k + 1].Key);

    /// <summary>A Moroccan province or prefecture (إقليم, عمالة, عمالة مقاطعات), what a governor titled عامل governs.</summary>
    private static readonly HashSet<string> ProvinceNouns = MatchKey.SetOf("اقليم", "عمالة");

    private const int MaxTitlePlaceWords = 3;

    /// <summary>Nouns of who holds a place in a body, named before في and the body (القيادي في حزب X, عضو في مجلس Y).</summary>
    private static readonly HashSet<string> Holders = MatchKey.SetOf("القيادي", "قيادي", "العضو", "عضو", "المسؤول", "مسؤول", "الناشط", "ناشط");

    /// <summary>The <see cref="Holders"/> who act for their body when unnamed (القيادي في حركة النهضة, عضو في حركة حماس).</summary>
    private static readonly HashSet<string> ActingMembers = MatchKey.SetOf("القيادي", "قيادي", "العضو", "عضو");

    /// <summary>
    /// The person named right after the place of a title (النائب عن [البقاع الغربي] فلان, ممثل عن [محافظة نينوى] فلان), the
    /// place a few words with no mark, tagged or not; null when no person follows.
    /// </summary>
    private static (Entity? Subject, int After, string? Head)? HolderAfterPlace(Sentence s, int from, int start)
    {
        for (int p = from, words = 0; p < s.Words.Count && words <= MaxTitlePlaceWords && s.Words[p].IsLetters; p++, words++)
        {
            if (s.StartingAt(p) is not { } m) continue;
            if (m.Entity.Type == EntityType.PER) return p > from ? (m.Entity, m.Last + 1, s.Words[start].Key) : null;
            p = m.Last;
        }
        return null;
    }

    /// <summary>Masculine singular nouns that head a body's name (الجيش العراقي, التحالف العربي, حزب الله): a feminine verb takes none as its subject.</summary>
    private static readonly HashSet<string> MasculineBodies = MatchKey.SetOf("جيش", "تحالف", "حزب", "تنظيم", "حشد", "جهاز", "مجلس", "اتحاد", "ائتلاف",
        "مكتب", "مركز", "مرصد", "فيلق", "لواء", "فوج", "حرس", "درك", "امن", "نظام");

    /// <summary>Feminine singular nouns that head a body's name (الحكومة العراقية, حركة حماس, الشرطة): a masculine verb right before takes none as its subject.</summary>
    private static readonly HashSet<string> FeminineBodies = MatchKey.SetOf("حكومة", "حركة", "جماعة", "شرطة", "وزارة", "هيئة", "جبهة", "منظمة", "قيادة",
        "مديرية", "خلية", "كتيبة", "فرقة", "سلطة", "رئاسة", "بعثة", "لجنة", "جمعية", "نقابة", "ميليشيا", "مليشيا", "مفوضية", "ادارة");

    /// <summary>
    /// Whether the past verb at <paramref name="first"/> and the name right after it (past times) disagree in gender, so
    /// the name is no subject: a feminine verb (اتهمت, شنت) before a masculine body (التحالف, الجيش), or a masculine
    /// singular one (اتهم, هاجم) before a feminine body (الحكومة, حركة X). Plural verbs (اتهموا) and words of neither
    /// list say nothing.
    /// </summary>
    private static bool DisagreeingBodyAfter(Sentence s, int first, int last)
    {
        int j = SubjectSlot(s, last);
        return j < s.Words.Count && s.StartingAt(j) is not null && Disagrees(s.Words[first].Key, s.Words[j].Key);
    }

    /// <summary>
    /// Where the subject of the verb ending at word <paramref name="last"/> may stand: past its times, a pronoun pointing back
    /// to a relative clause's noun, and an adverb of addition (واتهم ايضا منظمة X: the body after ايضا is read as it is
    /// right after the verb, so a masculine verb takes it as its object).
    /// </summary>
    private static int SubjectSlot(Sentence s, int last)
    {
        int j = PastResumptive(s, SkipTimePhrase(s, last + 1));
        return j + 1 < s.Words.Count && EventRecognizer.AlsoWords.Contains(s.Words[j].Key) ? j + 1 : j;
    }

    /// <summary>Pronouns that point back to a relative clause's noun right after its verb (التي انتقد فيها, الذي اعلن خلاله).</summary>
    private static readonly HashSet<string> Resumptives = MatchKey.SetOf("فيه", "فيها", "خلاله", "خلالها", "به", "بها");

    /// <summary>
    /// Word <paramref name="j"/>, or the one after it when it is a pronoun pointing back to a relative clause's noun
    /// (تصريحاته التي انتقد فيها وزارة الداخلية, بتصريحات اتهم فيها الشرطة, تغريدة قال فيها ترامب): the subject or object
    /// slot begins past the pronoun.
    /// </summary>
    private static int PastResumptive(Sentence s, int j) =>
        j + 1 < s.Words.Count && Resumptives.Contains(s.Words[j].Key) ? j + 1 : j;

    /// <summary>Whether the verb and the first word of the name after it disagree in gender (<see cref="DisagreeingBodyAfter"/>).</summary>
    private static bool Disagrees(string verb, string noun)
    {
        string head = noun.StartsWith("ال", StringComparison.Ordinal) && noun.Length > 4 ? noun[2..] : noun;
        if (verb.EndsWith("وا", StringComparison.Ordinal) || verb.Length < 3) return false;
        bool feminine = verb[^1] == 'ت' && !verb.EndsWith("ات", StringComparison.Ordinal);
        return feminine ? MasculineBodies.Contains(head) : FeminineBodies.Contains(head);
    }

    /// <summary>How many words of a name the tagger missed a titled subject runs on with: a first name and a family name.</summary>
    private const int MaxMissedNameWords = 2;

    /// <summary>Words after a title that are no name: what the subject said or did, or how (ان يؤكد, ما وصفه, ايضا, بشدة).</summary>
    private static readonly HashSet<string> NoNameWords = MatchKey.SetOf("ان", "انه", "انها", "ما", "ايضا", "بشده", "قائلا", "قائله", "امس", "كذلك");

    /// <summary>
    /// A titled officer right after the verb at <paramref name="verb"/> (past times) whose name the tagger missed
    /// (واستقبل الرئيس التونسي منصف شاكر): a title of government, a nationality among the title words after it, then
    /// one or two name words (of three letters or more, not definite, no nationality, no preposition, time, number, clause
    /// word or name: واتهم الوزير الكندي بـ "…" names no one). The words
    /// stand for the person, coded by the nationality and the title's role; null when no such title opens the words after
    /// the verb or no name word follows it.
    /// </summary>
    public ActorPhrases.Phrase? TitledMissedName(Sentence s, int verb)
    {
        int k = SkipTimes(s, verb + 1);
        if (k >= s.Words.Count || !s.Words[k].IsLetters || s.StartingAt(k) is not null || _actors.RoleAgent(NameKey.Word(s.Words[k].Key)) is not "GOV") return null;
        int j = k + 1;
        string? country = null;
        while (j < s.Words.Count && j - k <= MaxTitleWords && s.StartingAt(j) is null && IsTitleWord(s.Words[j]))
        {
            country ??= _actors.Nationality(NameKey.Word(s.Words[j].Key));
            j++;
        }
        if (country is null) return null;
        int end = j;
        while (end < s.Words.Count && end - j < MaxMissedNameWords && IsMissedNameWord(s, end)) end++;
        return end > j ? new ActorPhrases.Phrase(new TextSpan(s.Words[k].Start, s.Words[end - 1].End), end, country + "GOV") : null;
    }

    /// <summary>Whether word <paramref name="k"/> may be part of a name the tagger missed (see <see cref="TitledMissedName"/>).</summary>
    private bool IsMissedNameWord(Sentence s, int k)
    {
        var w = s.Words[k];
        return w.IsLetters && w.Key.Length >= 3 && s.StartingAt(k) is null && !w.Key.StartsWith("ال", StringComparison.Ordinal) && !IsTime(s, k) && !Prepositions.Contains(w.Key) &&
               !ClauseWords.Contains(w.Key) && !NoNameWords.Contains(w.Key) && !NumberReader.Shared.Starts(w) && _actors.Nationality(NameKey.Word(w.Key)) is null;
    }

    /// <summary>
    /// The subject phrase right after the verb, from word <paramref name="k"/> (its times skipped): a named actor, the
    /// craft of a strike, or a body told again by its common noun.
    /// </summary>
    private ActorPhrases.Phrase? PhraseAfterVerb(Sentence s, int k) =>
        _phrases.At(s.Words, k, s.Country) is { } p ? WithServedPlace(s, p) : CraftSubject(s, k) ?? BodyAgainAt(s, k);

    /// <summary>Police written without the article (شرطة): a noun in construct, so the words after it name whose police it is.</summary>
    private static readonly string PoliceInConstruct = MatchKey.Of("شرطة");

    /// <summary>
    /// شرطة سامراء, قوة من شرطة محافظة الانبار, شرطة بجاية: police written without the article is in construct with the
    /// place it serves, so the place (a place the tagger or the gazetteer names, past its category noun; one word where the tagger
    /// missed it) is part of the side, never the object after it. The phrase as it was when it does not end in such
    /// police, or when a person, a body or people counted follow it (واعتقل عناصر شرطة ناشطين اثنين): whom it acted on.
    /// </summary>
    private static ActorPhrases.Phrase WithServedPlace(Sentence s, ActorPhrases.Phrase p)
    {
        int k = p.After;
        if (k < 1 || k >= s.Words.Count || s.Words[k - 1].Key != PoliceInConstruct) return p;
        bool placeNoun = s.StartingAt(k) is null && PlaceNouns.Contains(s.Words[k].Key) && k + 1 < s.Words.Count;
        if (placeNoun) k++;
        int end = s.StartingAt(k) is { } place ? (place.Entity.Type == EntityType.LOC || IsGazetteerPlace(s, place) ? place.Last : -1)
            : MissedPlaceName(s, k, placeNoun) ? k
            : -1;
        return end < 0 ? p : p with { Span = new TextSpan(p.Span.Start, s.Words[end].End), After = end + 1 };
    }

    /// <summary>
    /// Whether the place gazetteer names a place where the mention <paramref name="name"/> starts: a place the tagger
    /// typed otherwise (شرطة صلاح الدين read as a person).
    /// </summary>
    private static bool IsGazetteerPlace(Sentence s, Placed name) =>
        PlaceGazetteer.Shared.Find(s.Text, s.Words).Exists(span => span.Start == s.Words[name.First].Start);

    /// <summary>
    /// Whether word <paramref name="k"/>, which starts no name, may be a place name the tagger missed after police: a
    /// word of letters that is no number, time, preposition, clause word or noun of people, and no count follows it;
    /// after a place's category noun (<paramref name="afterPlaceNoun"/>) any such word names it.
    /// </summary>
    private static bool MissedPlaceName(Sentence s, int k, bool afterPlaceNoun)
    {
        var w = s.Words[k];
        if (!w.IsLetters || NumberReader.Shared.Starts(w) || IsTime(s, k) || Prepositions.Contains(w.Key) || ClauseWords.Contains(w.Key)) return false;
        if (afterPlaceNoun) return true;
        return !IsPeopleNoun(s, k) && !(k + 1 < s.Words.Count && NumberReader.Shared.Starts(s.Words[k + 1]));
    }

    /// <summary>
    /// A body told again by its common noun at word <paramref name="k"/> that no mention covers (واتهم المجلس الحكومة,
    /// the council the tagger did not name): the words standing for the body named before, an argument without a code.
    /// </summary>
    private static ActorPhrases.Phrase? BodyAgainAt(Sentence s, int k) =>
        k < s.Words.Count && BodiesAgain.Contains(s.Words[k].Key) && s.StartingAt(k) is null ? new ActorPhrases.Phrase(s.Words[k].Span, k + 1, null) : null;

    /// <summary>
    /// Whether word <paramref name="back"/>, right before a pluperfect's قد, ends a relative clause opened after its كان
    /// (وكان الوفد الذي رافق الوزير X قد): the pronoun stands between them, with no other verb's قد or كان.
    /// </summary>
    private static bool InRelativeClauseBeforeQad(Sentence s, int back)
    {
        for (int k = back; k >= 1 && k > back - MaxPluperfectReach; k--)
        {
            if (!s.Words[k].IsLetters || PastAuxiliaries.Contains(s.Words[k].Key)) return false;
            if (!Relatives.Contains(WithoutWa(s.Words[k].Key))) continue;
            for (int a = k - 1; a >= 0 && a >= k - 4; a--)
            {
                if (PastAuxiliaries.Contains(s.Words[a].Key)) return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>Forms of كان that open a pluperfect (وكان X زار): the subject stands after them.</summary>
    private static readonly HashSet<string> PastAuxiliaries = MatchKey.SetOf("كان", "وكان", "كانت", "وكانت");

    /// <summary>
    /// The first word of the subject between a form of كان and the verb at <paramref name="first"/> (وكان الوزير X زار),
    /// within <see cref="MaxTitleWords"/> + 3 words and no mark, ان or clause word between; null when the verb does not
    /// close such a clause or nothing stands between.
    /// </summary>
    private static int? PluperfectSubjectStart(Sentence s, int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - MaxTitleWords - 3; k--)
        {
            var w = s.Words[k];
            if (PastAuxiliaries.Contains(w.Key)) return k < first - 1 ? k + 1 : null;
            if (!w.IsLetters || ClauseWords.Contains(w.Key) || w.Key is "ان" or "انه" or "انها" or "قد" || IsTime(s, k)) return null;
        }
        return null;
    }

    /// <summary>Bodies told again by their common noun (المنظمة, الحركة): a subject of their own, never a title of a name after them.</summary>
    private static readonly HashSet<string> BodiesAgain = MatchKey.SetOf("المنظمة", "الحركة", "الجماعة", "المجموعة", "الجمعية", "الهيئة", "اللجنة", "الرابطة",
        "النقابة", "الجبهة", "الوكالة", "المفوضية", "الشبكة", "الصحيفة", "القناة",
        // مجلس محافظة الانبار … واتهم المجلس الحكومة: a council or an office told again, no title of the name after it
        "المجلس", "المكتب", "التنسيقية",
        // ادانت المحكمة نورة بجريمة القتل, استدعت الوزارة السفير: a court, a ministry or a prosecution told again (not an
        // embassy: هاجموا السفارة is what the attackers hit)
        "المحكمة", "الوزارة", "النيابة", "الرئاسة");

    /// <summary>A place's category noun with the article (المحافظة, القضاء, المدينة): the place the story told before.</summary>
    private static bool DefinitePlaceNoun(string key) => key.Length > 4 && key.StartsWith("ال", StringComparison.Ordinal) && PlaceNouns.Contains(key[2..]);

    /// <summary>
    /// Whether a body named without the article right after a title word at <paramref name="start"/> and a definite word
    /// that closes the title (وزيرة الداخلية مستشفى X, وزير المالية البريطاني مجلس ادارة X) is the verb's object: in
    /// construct the title would stay open (رئيس مجلس النواب, الامين العام لحزب الله). Not after a title of one word.
    /// </summary>
    private bool ObjectAfterClosedTitle(Sentence s, int start, Placed body)
    {
        // A title of one word (a rank: العقيد سالم X) may be followed by its holder's name, however tagged.
        int k = body.First;
        return body.Entity.Type == EntityType.ORG && k >= start + 2 && IsTitleWord(s.Words[start]) && !s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal) &&
               !s.Words[k].Key.StartsWith("لل", StringComparison.Ordinal) && EndsDefiniteSubject(s, start, body);
    }

    /// <summary>
    /// استهدفت الغارات الاسرائيلية سوريا, اتهم الرئيس الفرنسي روسيا: a place named bare right after a definite word is no
    /// part of the subject (a definite noun governs no name; a title does: وزير خارجية تركيا, المرشد الاعلى لايران), so it
    /// opens the object; after a place noun it names the place (العاصمة السورية دمشق).
    /// </summary>
    private static bool EndsDefiniteSubject(Sentence s, int start, Placed place)
    {
        int k = place.First;
        if (k <= start || s.Words[k].Start < place.Span.Start || !s.Words[k - 1].Key.StartsWith("ال", StringComparison.Ordinal)) return false;
        for (int j = start; j < k; j++)
        {
            if (IsPlaceNoun(s.Words[j].Key)) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> is مجلس in construct right after an office noun (نائب رئيس مجلس الوزراء وزير
    /// الخارجية X, the Gulf wires' two offices before a name): the first office's body, which does not count against the
    /// title's reach, as ranks do not.
    /// </summary>
    private static bool IsCouncilOfOffice(Sentence s, int k) =>
        k >= 1 && s.Words[k].Key == "مجلس" && s.StartingAt(k) is null && IsOfficeNoun(s.Words[k - 1].Key);

    /// <summary>
    /// A subject that is not a name (قوات الامن, الامين العام لحزب حراك تونس): the phrase runs to the first preposition or
    /// punctuation. A person or organisation in it, or named right after its comma (المرشد الاعلى لايران، علي خامنئي), is
    /// the subject; a place in it belongs to the phrase (لايران), so it is not the target either.
    /// </summary>
    private (Entity? Subject, int After, string? Head) Unnamed(Sentence s, int start)
    {
        string? head = start < s.Words.Count ? s.Words[start].Key : null;
        // استهدفت مواقع وآليات الحوثيين: sites right after the verb are what it hit; whose they are is no subject.
        if (head is not null && Sites.Contains(head)) return (null, start, head);
        // قصفت طائرات الجيش السوري: the force the craft belong to, named right after them, is the subject; قصفت طائرات
        // امريكية مواقع لتنظيم داعش: craft with only a nationality are the subject, and the name further on is the object.
        if (head is not null && Craft.Contains(head))
        {
            int c = start + 1;
            while (c < s.Words.Count && c <= start + 2 && s.StartingAt(c) is null && s.Words[c].IsLetters && _actors.Nationality(NameKey.Word(s.Words[c].Key)) is not null) c++;
            return c < s.Words.Count && s.StartingAt(c) is { Entity.Type: not EntityType.LOC } force ? (force.Entity, force.Last + 1, head) : (null, c, head);
        }
        int k = start;
        // Ranks do not count against the reach: مدير جهاز الامن والمخابرات الوطني الفريق اول صلاح قوش.
        int ranks = 0;
        // A number word ends it: اعتقلت قوات الامن سبعة عناصر من تنظيم داعش counts the object, not more of the subject.
        while (k < s.Words.Count && k - start - ranks < MaxTitleWords && s.Words[k].IsLetters && (k == start || !NumberReader.Shared.Starts(s.Words[k])) &&
               (!Prepositions.Contains(s.Words[k].Key) || IsMembersOf(s, k)))
        {
            if (Honorifics.Contains(s.Words[k].Key) || IsCouncilOfOffice(s, k)) ranks++;
            if (k > start && OpensObjectTitle(s, start, k)) return (null, k, head);
            // واتهمت مصادر محلية الجيش السوري, وطالبت منظمات حقوقية ليبية ودولية الاتحاد الاوروبي: an indefinite head closed
            // by its adjectives is a whole subject; the name after them is the object, not whose the head is.
            if (k > start + 1 && s.StartingAt(k) is not null && ClosedByAdjectives(s, start, k)) return (null, k, head);
            // ورد الجناح العسكري للجهاد الاسلامي: the body the unnamed subject belongs to, named after لل.
            // الممثل الخاص للامين العام للامم المتحدة في السودان ورئيس بعثة … (يونيتامس) فولكر بيرتس: unless a title that runs
            // on to a mission's acronym is held by the person named right after it.
            // وهدد قائد القوات البحرية للحوثيين محمد فضل عبد النبي: after an office noun, the person named right after the
            // owning body is the officer who acted.
            if (k > start && Cliticked(s, k) is { } owner)
                return owner.Entity.Type == EntityType.ORG && (NamedPastAcronym(s, owner.After) ?? (IsOfficeNoun(head!) ? NamedAfter(s, owner.After) : null)) is { } ownerOfficer
                    ? (ownerOfficer.Entity, ownerOfficer.Last + 1, head)
                    : (owner.Entity, owner.After, head);
            if (s.StartingAt(k) is { } m)
            {
                // نظم مئات العمال بشركة السويس للصلب وقفة: a name written with ب after the subject's head is where its people
                // work or are, part of the subject but not who acted.
                if (k > start && s.Words[k].Key[0] == 'ب' && s.Words[k].Start < m.Span.Start) return (null, m.Last + 1, head);
                // دخل عمال مؤسسة النسيج في اضراب: so is the body whose staff the head names in construct, their employer.
                if (k == start + 1 && m.Entity.Type == EntityType.ORG && Workforce.Contains(head!)) return (null, m.Last + 1, head);
                // وانتقد وزير المالية البريطاني مجلس ادارة الشركة: as in Subject, a body after a title closed by a definite word is the object.
                if (ObjectAfterClosedTitle(s, start, m)) return (null, k, head);
                // هدد الامين العام لحزب الله حسن نصرالله: the body in a title is whose officer the person named after it is;
                // so when the tagger reads the body as MISC (المتحدث باسم فصيل جيش الاسلام حمزة بيرقدار).
                // ادان ممثل الامين العام للامم المتحدة لدى ليبيا غسان سلامة الهجوم: so past where the office sits.
                if (m.Entity.Type is EntityType.ORG or EntityType.MISC && (NamedAfter(s, m.Last + 1) ?? HolderAt(s, m, ClauseEnd(s, m.Last))) is { } officer) return (officer.Entity, officer.Last + 1, head);
                // … ورئيس بعثة … (يونيتامس) فولكر بيرتس: so past a long title closed by a mission's acronym.
                if (k > start && m.Entity.Type is EntityType.ORG && NamedPastAcronym(s, m.Last + 1) is { } pastAcronym) return (pastAcronym.Entity, pastAcronym.Last + 1, head);
                // اتهم منسق اللجنة الوطنية، الدكتور يوسف الحجامي، وزارة الصحة: so is one named between commas after it.
                if (m.Entity.Type is EntityType.ORG or EntityType.MISC && NamedBetweenCommas(s, m.Last + 1) is { } appositive) return (appositive.Person.Entity, appositive.After, head);
                // واتهم محامي المتهم الحكومة المالاوية: a definite word closes the head's construct (a definite noun governs
                // no other), so a body named with the article right after it opens the object.
                if (m.Entity.Type == EntityType.ORG && s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal) && EndsDefiniteSubject(s, start, m)) return (null, k, head);
                if (m.Entity.Type != EntityType.LOC) return (m.Entity, PastOwnAcronym(s, m.Last + 1), head);
                if (EndsDefiniteSubject(s, start, m)) return (null, k, head);
                k = m.Last;
            }
            k++;
        }
        // النائب عن محافظة ديالى رعد الدهلكي, المبعوث الاممي الى اليمن X: a title closed by a preposition and a place is
        // held by the person named right after the place; المندوب السوري لدى الامم المتحدة بشار الجعفري: so by a body
        // where the office sits.
        if (k + 1 < s.Words.Count && s.Words[k].Key is "عن" or "الي" or "في" or "لدي" && (IsTitleWord(s.Words[start]) || IsOfficeNoun(s.Words[start].Key)))
        {
            int p = k + 1;
            while (p < s.Words.Count && p <= k + 2 && PlaceNouns.Contains(s.Words[p].Key)) p++;
            // The place may be one the tagger missed, after its category noun (عن محافظة ديالى).
            // وزير الداخلية في حكومة الوفاق فتحي باشاغا: so is a title closed by the body it serves in.
            int seatEnd = s.StartingAt(p) is { Entity.Type: EntityType.LOC or EntityType.ORG } seat ? seat.Last : p > k + 1 && p < s.Words.Count && s.StartingAt(p) is null ? p : -1;
            if (seatEnd >= 0 && NamedAfter(s, seatEnd + 1) is { } holder) return (holder.Entity, holder.Last + 1, head);
            // عضو مجلس النواب عن المحافظة احمد الجبوري: the seat told by its category noun with the article, the story's
            // own place, and the holder right after it.
            if (p == k + 1 && p + 1 < s.Words.Count && DefinitePlaceNoun(s.Words[p].Key) && s.StartingAt(p + 1) is { Entity.Type: EntityType.PER } seated)
                return (seated.Entity, seated.Last + 1, head);
            // النائب في كتلة المستقبل محمد الحجار: a body the tagger missed, up to three words, before the holder's name.
            if (seatEnd < 0 && HolderPastMissedSeat(s, p) is { } member) return (member.Entity, member.Last + 1, head);
            // واتهم مسؤول في المديرية العامة للامن العام، طلب عدم ذكر اسمه، بعض المنظمات: with no name after it the title is an
            // unnamed officer; the body he serves in is part of the subject, neither who acted nor what was acted on.
            if (s.Words[k].Key == "في" && s.StartingAt(p) is { Entity.Type: EntityType.ORG } body) return (null, body.Last + 1, head);
        }
        if (k < s.Words.Count && s.Words[k].IsComma && s.StartingAt(k + 1) is { Entity.Type: EntityType.PER } named)
        {
            // انتقد الرئيس الامريكي، دونالد ترامب، ايران: the comma that closes the name opens the clause of the object.
            int close = named.Last + 1;
            return (named.Entity, close + 1 < s.Words.Count && s.Words[close].IsComma ? close + 1 : close, head);
        }
        // اتهمت فرنسا على لسان رئيسها فرانسوا هولاند: the one who speaks for the subject is the source we can name.
        int voice = k < s.Words.Count && s.Words[k].Key == "علي" && k + 1 < s.Words.Count && s.Words[k + 1].Key == "لسان" ? k + 2 : -1;
        for (int v = voice; v >= 0 && v < s.Words.Count && v <= voice + 2; v++)
        {
            if (s.StartingAt(v) is { } speaker) return speaker.Entity.Type == EntityType.LOC ? (null, k, head) : (speaker.Entity, speaker.Last + 1, head);
            if (!IsTitleWord(s.Words[v])) break;
        }
        return (null, k, head);
    }

    /// <summary>
    /// Whether the words after the subject's head at <paramref name="start"/> up to <paramref name="k"/> are all indefinite
    /// nisba adjectives (مصادر محلية, منظمات حقوقية ليبية ودولية, ناشطون حقوقيون), so the indefinite head is closed and no
    /// construct runs on to the name at <paramref name="k"/>. Not for a title (وزير خارجية ايران: خارجية is its construct).
    /// </summary>
    private bool ClosedByAdjectives(Sentence s, int start, int k)
    {
        string head = s.Words[start].Key;
        if (head.StartsWith("ال", StringComparison.Ordinal) || IsTitleWord(s.Words[start])) return false;
        for (int j = start + 1; j < k; j++)
        {
            string key = s.Words[j].Key;
            if (j > start + 1 && key.Length > 4 && key[0] == 'و') key = key[1..];
            if (key.StartsWith("ال", StringComparison.Ordinal) || !IndefiniteNisba(key)) return false;
        }
        return true;
    }

    /// <summary>An indefinite nisba adjective key (محليه, دوليه, حقوقيون, حقوقيين): the folded endings of ي. Not يات, mostly plural nouns (عمليات, قيادات).</summary>
    private static bool IndefiniteNisba(string key) =>
        key.Length > 4 && (key.EndsWith("يه", StringComparison.Ordinal) || key.EndsWith("يون", StringComparison.Ordinal) || key.EndsWith("يين", StringComparison.Ordinal));

    /// <summary>A person's kin, lawyer, driver or guard, in construct with the person's name (محامي ترامب, زوجة الرئيس).</summary>
    private static readonly HashSet<string> Kin = MatchKey.SetOf("محامي", "محامية", "زوجة", "زوج", "قرينة", "عقيلة", "ابن", "ابنة", "نجل", "نجلة",
        "شقيق", "شقيقة", "والد", "والدة", "صهر", "سائق", "حارس");

    /// <summary>
    /// Nouns for the workers, employees or students of a body as a subject's head (عمال مؤسسة X, موظفو وزارة X, طلبة جامعة X):
    /// the body in construct after them is where they work or study, not who acted. Members (عناصر, اعضاء) are their group.
    /// </summary>
    private static readonly HashSet<string> Workforce = MatchKey.SetOf("عمال", "العمال", "موظفو", "موظفي", "مستخدمو", "مستخدمي", "اجراء", "عاملو", "عاملي",
        "طلبة", "طلاب", "اساتذة", "اطباء", "ممرضو", "ممرضي");

    /// <summary>
    /// دعت هيئة المحامين وزير الداخلية X: a title without the article (وزير, والي) right after a definite word
    /// opens a new phrase, the object, when the subject opening at word <paramref name="start"/> is a body and not itself
    /// a title (a title may stand in apposition to a title: المتحدث باسم الحكومة وزير الاعلام X) and the definite word is
    /// no rank (الفريق اول صلاح قوش).
    /// </summary>
    private bool OpensObjectTitle(Sentence s, int start, int k)
    {
        var w = s.Words[k];
        return !w.Key.StartsWith("ال", StringComparison.Ordinal) && IsTitleWord(w) && _actors.Nationality(NameKey.Word(w.Key)) is null &&
               s.Words[k - 1].Key.StartsWith("ال", StringComparison.Ordinal) && !Honorifics.Contains(s.Words[k - 1].Key) && !IsTitleWord(s.Words[start]);
    }

    /// <summary>
    /// A common-noun body (<see cref="ActorPhrases"/>: السلطات المغربية, الحكومة الليبية, قوات الامن, الشرطة) opening the
    /// subject at word <paramref name="k"/>, with no name inside it; a lone force noun before a name is that name's force
    /// (قوات حفتر), not a body of its own.
    /// </summary>
    private ActorPhrases.Phrase? BodyPhraseAt(Sentence s, int k)
    {
        if (k >= s.Words.Count || _phrases.At(s.Words, k, s.Country) is not { } p) return null;
        for (int w = k; w < p.After; w++)
        {
            if (s.StartingAt(w) is not null) return null;
        }
        if (p.After == k + 1 && ActorPhrases.IsForceNoun(s.Words[k].Key) && s.StartingAt(k + 1) is not null) return null;
        return WithServedPlace(s, p);
    }

    /// <summary>
    /// The first person or organisation ending before word <paramref name="first"/>; default when none. A loop: as a lambda
    /// it made a closure at every call of <see cref="Subject"/>.
    /// </summary>
    private static Placed FirstActorEndingBefore(Sentence s, int first)
    {
        foreach (var x in s.Mentions)
        {
            if (x.Last < first && x.Entity.Type is EntityType.PER or EntityType.ORG) return x;
        }
        return default;
    }
}
