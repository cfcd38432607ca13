using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Agents of acts told as nouns: who launched an attack (شنه, نفذته), who carried out an operation, forces and aircraft
/// with no name (طائرات حربية روسية), and what an act of force was aimed at (على, ضد).
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>شن تنظيم الدولة هجوما, نفذت الحركة تفجيرا: the subject of the launching verb before the noun.</summary>
    private Entity? Launcher(Sentence s, int noun)
    {
        for (int v = noun - 1, reach = LaunchReach(s, noun); v >= 0 && v >= reach; v--)
        {
            if (!Launches.Contains(s.Words[v].Key)) continue;
            // ان طيران التحالف الدولي شن 14 غارة: with the number of strikes right after the verb, its subject stands before it.
            if (v + 1 < noun && NumberReader.Shared.Starts(s.Words[v + 1]) && v >= 1 && s.EndingAt(v - 1) is { Entity.Type: not EntityType.LOC } before) return before.Entity;
            for (int j = SkipTimes(s, v + 1); j < noun; j++)
            {
                // شنت الولايات المتحدة وبريطانيا غارات: a state named right after the verb launched them; a town there is no launcher.
                if (s.StartingAt(j) is { } m) return m.Last < noun && (m.Entity.Type != EntityType.LOC || IsState(m.Entity)) ? m.Entity : null;
                // وشنت طائرات التحالف الدولي غارات: the force the craft belong to.
                if (j == v + 1 && Craft.ContainsWithOrWithoutArticle(s.Words[j].Key)) continue;
                // وشنت طائرات مسيرة تابعة لقوات X غارات: past the craft's kind and the word of belonging to their owner.
                if (j > v + 1 && Craft.ContainsWithOrWithoutArticle(s.Words[v + 1].Key) && (CraftKinds.Contains(s.Words[j].Key) || ActorPhrases.Belonging.Contains(s.Words[j].Key))) continue;
                // ونفذت حركة طالبان هجوما: the kind of group before its name.
                if (j == SkipTimes(s, v + 1) && GroupNouns.Contains(s.Words[j].Key)) continue;
                if (!IsTitleWord(s.Words[j])) return SubjectBeforeLaunch(s, v, noun) ?? OwnForcesLaunched(s, v, noun);
            }
            return SubjectBeforeLaunch(s, v, noun) ?? OwnForcesLaunched(s, v, noun);
        }
        return null;
    }

    /// <summary>
    /// The first word a launching verb may stand at before its noun at <paramref name="noun"/>: <see cref="MaxLaunchGap"/>
    /// words back, and further by a time set off by commas between them (وشن الطيران الحربي للجيش، في وقت لاحق، غارات),
    /// which takes no room.
    /// </summary>
    private static int LaunchReach(Sentence s, int noun)
    {
        int reach = noun - MaxLaunchGap;
        for (int k = noun - 1; k >= 1 && k >= reach; k--) DayAside.StepBack(s.Words, ref k, ref reach);
        return reach;
    }

    /// <summary>Whether a place is a state, named as the country lexicon names it (الولايات المتحدة, اسرائيل), not a town or a region.</summary>
    private bool IsState(Entity place) => _actors.Country(NameKey.Of(place.Name)) is not null;

    /// <summary>
    /// اعلن التحالف الدولي ان مقاتلاته شنت غارتين, قالت الوزارة انها نفذت ثلاث غارات: a launching verb whose subject is the
    /// speaker's own forces or craft (or the pronoun after ان) is the speaker's, as a verb of force is (<see cref="PronounSpeaker"/>);
    /// only with nothing but times and counts between the verb and its noun.
    /// </summary>
    private static Entity? OwnForcesLaunched(Sentence s, int v, int noun) =>
        AllAsides(s, v + 1, noun) ? PronounSpeaker(s, v, s.Words[v].Span) : null;

    /// <summary>
    /// ان تنظيم داعش شن هجوما, وكان حزب الله قد شن هجوما: a name ending right before the launching verb at <paramref name="v"/>
    /// (or before its قد) is its subject when only times and adverbs stand between the verb and its noun at
    /// <paramref name="noun"/> (شن مسلحون هجوما: the words after the verb are its subject). Not for a verb written with و/ف
    /// (its subject is told before the conjunction), nor a name after a preposition or with one written on it.
    /// </summary>
    private static Entity? SubjectBeforeLaunch(Sentence s, int v, int noun)
    {
        if (s.Words[v].Key[0] is 'و' or 'ف') return null;
        int back = BeforeLaunchVerb(s, v) - 1;
        // ان القيادة الامريكية في افريقيا (افريكوم) شنت: the subject's acronym in brackets after its name.
        if (back >= 3 && s.Words[back].Key == ")" && s.Words[back - 2].Key == "(" && s.Words[back - 1].IsLetters) back -= 3;
        // ان التحالف العربي بقيادة السعودية شن: the one who leads it is named after its subject.
        if (back >= 0 && s.EndingAt(back) is { } led && led.First >= 2 && Leaders.Contains(s.Words[led.First - 1].Key)) back = led.First - 2;
        if (back < 0 || s.EndingAt(back) is not { Entity.Type: not EntityType.LOC } before) return null;
        if (before.First > 0 && Prepositions.Contains(s.Words[before.First - 1].Key)) return null;
        if (s.Words[before.First].Start < before.Span.Start && !OwnsCraftBefore(s, before.First)) return null;
        return AllAsides(s, v + 1, noun) ? before.Entity : null;
    }

    /// <summary>Word index past the kinds of craft (مسيرة, حربية) and a word of belonging (تابعة) from <paramref name="j"/> on.</summary>
    private static int PastKindAndBelonging(Sentence s, int j, int right)
    {
        while (j <= right && CraftKinds.Contains(s.Words[j].Key)) j++;
        if (j <= right && ActorPhrases.Belonging.Contains(s.Words[j].Key)) j++;
        return j;
    }

    /// <summary>
    /// Whether the name at word <paramref name="first"/>, written with ل, owns the craft before it (طائرات تابعة لقوات X,
    /// مقاتلات مسيرة تابعة لـX): a word of belonging right before the name and craft before that, past their kinds.
    /// </summary>
    private static bool OwnsCraftBefore(Sentence s, int first)
    {
        if (first < 2 || !ActorPhrases.Belonging.Contains(s.Words[first - 1].Key)) return false;
        int k = first - 2;
        while (k > 0 && CraftKinds.Contains(s.Words[k].Key)) k--;
        return Craft.Contains(s.Words[k].Key);
    }

    /// <summary>
    /// Where the subject of the launching verb at <paramref name="v"/> ends, exclusive: past its قد (وكان حزب الله قد شن)
    /// and a relative pronoun (قوات الامن التي استعملت الغاز, التنظيم الذي شن الهجوم), which point back to the one named before.
    /// </summary>
    private static int BeforeLaunchVerb(Sentence s, int v)
    {
        int end = v >= 2 && s.Words[v - 1].Key == "قد" ? v - 1 : v;
        return end >= 2 && Relatives.Contains(s.Words[end - 1].Key) ? end - 1 : end;
    }

    /// <summary>Whether words [from, to) are only times, adverbs such as بالتزامن and how many strikes (اكثر من 20, عشرات): no subject of their own.</summary>
    private static bool AllAsides(Sentence s, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            // وكانت طائرات التحالف قد شنت، الثلاثاء، غارات: a day set off by commas is an aside as the day alone is.
            if (s.Words[k].Key is "،" or "," && (k > from && IsTime(s, k - 1) || k + 1 < to && IsTime(s, k + 1))) continue;
            // وشن الطيران الحربي للجيش، في وقت لاحق، غارات: so is a time told relative to the news, with its commas.
            if (s.Words[k].Key is "،" or "," && (k > from && DayAside.AsideEndingAt(s.Words, k - 1) > 0 || k + 1 < to && DayAside.RelativeAt(s.Words, k + 1) > 0)) continue;
            if (DayAside.RelativeAt(s.Words, k) is > 0 and var relative && k + relative <= to)
            {
                k += relative - 1;
                continue;
            }
            // قد شنت الشهر الماضي غارة, قد شنت في الاسبوع الماضي غارة: a period told with or without في is an aside as a day is.
            if (s.Words[k].Key == "في" && k + 1 < to && (IsTime(s, k + 1) || PeriodWords.Contains(s.Words[k + 1].Key) || s.InTime(k + 1))) continue;
            if (PeriodWords.Contains(s.Words[k].Key)) continue;
            // قد شنت في تموز/يوليو غارة, في الثالث من الشهر: a date the time stage read is an aside as a day is.
            if (s.InTime(k)) continue;
            if (!IsTime(s, k) && !LaunchAsides.Contains(s.Words[k].Key) && !StrikeCounts.Contains(s.Words[k].Key) && !NumberReader.Shared.Starts(s.Words[k])) return false;
        }
        return true;
    }

    /// <summary>Words that count strikes between a launching verb and its noun (شن اكثر من 20 غارة, شنت عشرات الغارات).</summary>
    private static readonly HashSet<string> StrikeCounts = MatchKey.SetOf("اكثر", "من", "نحو", "قرابة", "حوالي", "عشرات", "مئات");

    /// <summary>Adverbs that may stand between a launching verb and its strike noun (شن بالتزامن هجوما, نفذ ايضا هجوما).</summary>
    private static readonly HashSet<string> LaunchAsides = MatchKey.SetOf("بالتزامن", "ايضا", "مجددا", "اليوم", "امس", "فجر", "ليلا", "صباحا", "مساء");

    /// <summary>
    /// An attack told by its attacker (انتحارية فجرت نفسها, مهاجم انتحاري): the actor phrase that is the trigger noun or
    /// holds it as its adjective; null when the trigger describes an act (هجوم انتحاري).
    /// </summary>
    private ActorPhrases.Phrase? AttackerAt(Sentence s, int first, int last)
    {
        for (int k = Math.Max(0, first - 1); k <= first; k++)
        {
            if (_phrases.At(s.Words, k, s.Country) is { } p && p.After > last) return p;
        }
        return null;
    }

    /// <summary>
    /// The group an attacker told by the trigger belongs to, named right after من (مهاجما انتحاريا من حركة الشباب); null
    /// when no attacker phrase holds the trigger or no group follows it.
    /// </summary>
    private Entity? AttackerGroup(Sentence s, int first, int last) =>
        AttackerAt(s, first, last) is { } p ? GroupOfMembers(s, p.After)?.Entity : null;

    private const int OperationReach = 3;

    /// <summary>The operation an act was done in (في عملية دهم, بعملية امنية).</summary>
    private static readonly HashSet<string> Operations = MatchKey.SetOf("عملية", "بعملية", "عمليات", "بعمليات");

    /// <summary>
    /// Who carried out the operation named after the act noun in its clause (في عملية دهم نفذتها قوة من الشرطة الاتحادية):
    /// the one named after نفذتها/شنتها within <see cref="OperationReach"/> words of the operation (past قوة من, دورية من),
    /// or a force no name marks; (null, null) when the clause names none.
    /// </summary>
    private (Entity? Named, ActorPhrases.Phrase? Unnamed) Operator(Sentence s, int last, int right)
    {
        for (int k = last + 1; k <= right; k++)
        {
            if (!Operations.Contains(s.Words[k].Key)) continue;
            for (int a = k + 1; a <= right && a <= k + OperationReach; a++)
            {
                if (!Agents.Contains(s.Words[a].Key) || a + 1 > right) continue;
                int j = a + 1;
                if (j + 2 <= right && s.Words[j + 1].Key == "من" && s.StartingAt(j + 2) is { Entity.Type: not EntityType.LOC } member) return (member.Entity, null);
                if (s.StartingAt(j) is { } m) return m.Entity.Type != EntityType.LOC ? (m.Entity, null) : (null, null);
                return (null, ForceAt(s, j));
            }
            return (null, null);
        }
        return (null, null);
    }

    /// <summary>A force no name marks starting at word <paramref name="k"/>: an actor phrase (قوات الامن) or craft of a country (الطائرات الروسية).</summary>
    public ActorPhrases.Phrase? ForceAt(Sentence s, int k) => k < s.Words.Count ? _phrases.At(s.Words, k, s.Country) ?? CraftOf(s, k, s.Words.Count - 1) : null;

    /// <summary>Adjectives of craft between the craft and its country (طائرات حربية روسية).</summary>
    /// <summary>Kinds of craft after them (طائرات حربية, مسيرة); the definite and masculine after the definite الطيران (الطيران الحربي).</summary>
    private static readonly HashSet<string> CraftKinds = MatchKey.SetOf("حربية", "مقاتلة", "عسكرية", "حربيه", "مقاتله", "عسكريه", "مسيرة", "مسيره", "مسيرات",
        "الحربي", "الحربية", "العسكري", "العسكرية", "المسير", "المسيرة", "المقاتلة");

    /// <summary>
    /// An agent no name marks, after شنه/نفذته (قصف شنته قوات النظام, غارات شنتها طائرات حربية روسية) or, for an act of
    /// force, right after its noun as its owner (قصف الطيران الروسي, قصف قوات النظام): a force phrase, or craft of a country.
    /// </summary>
    private ActorPhrases.Phrase? UnnamedAgent(Sentence s, int last, int? agentWord, int right, bool material)
    {
        if (agentWord is { } k) return k + 1 <= right ? _phrases.At(s.Words, k + 1, s.Country) ?? CraftOf(s, k + 1, right) : null;
        if (!material || last + 1 > right) return null;
        return CraftOf(s, last + 1, right) ?? (_phrases.At(s.Words, last + 1, s.Country) is { } p && ActorPhrases.IsForceNoun(s.Words[last + 1].Key) ? p : null);
    }

    /// <summary>
    /// Craft of a country (طائرات حربية روسية, الطيران الروسي) starting at word <paramref name="j"/>: that country's military;
    /// craft with no country named (طائرات حربية) are nobody's here.
    /// </summary>
    private ActorPhrases.Phrase? CraftOf(Sentence s, int j, int right)
    {
        string key = s.Words[j].Key;
        if (!Craft.ContainsWithOrWithoutArticle(key)) return null;
        int c = j + 1;
        while (c <= right && c <= j + 2 && CraftKinds.Contains(s.Words[c].Key)) c++;
        // طائرات مسيرة تابعة للجيش الوطني: craft of a force named after لل are that force's.
        if (c <= right && _phrases.OwnedByForce(s.Words, j, c, s.Country) is { } owned && owned.After - 1 <= right) return owned;
        if (c > right || _actors.Nationality(NameKey.Word(s.Words[c].Key)) is not { } nation) return null;
        return new ActorPhrases.Phrase(new TextSpan(s.Words[j].Start, s.Words[c].End), c + 1, nation + "MIL");
    }

    /// <summary>The agent named after شنه/نفذته (past the craft), and the index of that launching word when there is one.</summary>
    /// <summary>Members named in construct with their group (مسلحو تنظيم داعش, عناصر الحركة): the group is the actor.</summary>
    private static readonly HashSet<string> MembersInConstruct = MatchKey.SetOf("مسلحو", "مسلحي", "مقاتلو", "مقاتلي", "عناصر", "افراد", "انصار",
        // هجوم شنه ارهابيو جبهة النصرة: how official agencies name a group's fighters
        "ارهابيو", "ارهابيي");

    private static (Placed? Agent, int? AgentWord) NounAgent(Sentence s, int last, int right)
    {
        for (int k = last + 1; k <= right && k <= last + 1 + MaxNounGap; k++)
        {
            // هجوم نسبته السلطات الى جماعة X: whom the attack is ascribed to made it, not who ascribed it.
            if (Ascribed.Contains(s.Words[k].Key)) return (AscribedTo(s, k, right), k);
            if (!Agents.Contains(s.Words[k].Key)) continue;
            int j = k + 1;
            while (j <= right && j <= k + 2 && Craft.Contains(s.Words[j].Key)) j++;
            // غارات شنتها طائرات مسيرة تابعة لقوات X: past the craft's kind and the word of belonging to their owner.
            if (j > k + 1) j = PastKindAndBelonging(s, j, right);
            // مقتل ستة من عناصر عصابات داعش بعد هجوم شنته على مواقع الجيش: a launcher with no subject of its own points
            // back to the group whose members the sentence told before the noun.
            if (j <= right && s.Words[j].Key is "علي" or "ضد") return (MembersGroupBefore(s, last), k);
            j = PastMembers(s, j, right);
            return (s.StartingAt(j) is { } m && m.Entity.Type != EntityType.LOC ? m : null, k);
        }
        return (null, null);
    }

    /// <summary>Forms of نسب with the act as their object pronoun, or passive (هجوم نسبته السلطات الى X, هجوم نسب الى X).</summary>
    private static readonly HashSet<string> Ascribed = MatchKey.SetOf("نسبته", "نسبتها", "نسبه", "نسبها", "نسبوه", "نسبوها", "نسب");

    /// <summary>How many words the one who ascribed an act may take between نسبته and its الى (السلطات المحلية).</summary>
    private const int MaxAscriberWords = 4;

    /// <summary>
    /// The side named right after الى past the subject of نسبته at word <paramref name="k"/> (هجوم نسبته السلطات الى جماعة
    /// نصرة الاسلام والمسلمين, نسبه الجيش الى مسلحين من حركة الشباب: past its members), or null when none is named there.
    /// </summary>
    private static Placed? AscribedTo(Sentence s, int k, int right)
    {
        for (int j = k + 1; j < right && j <= k + 1 + MaxAscriberWords; j++)
        {
            if (!s.Words[j].IsLetters) return null;
            if (s.Words[j].Key != "الي") continue;
            int at = PastMembers(s, j + 1, right);
            return s.StartingAt(at) is { } m && m.Entity.Type != EntityType.LOC ? m : null;
        }
        return null;
    }

    /// <summary>How far before an attack noun the group its launcher's pronoun points back to may be named.</summary>
    private const int MembersGroupReach = 8;

    /// <summary>
    /// The nearest organisation named before word <paramref name="noun"/> right after its members (عناصر عصابات داعش, مسلحي
    /// التنظيم), within <see cref="MembersGroupReach"/> words; null when the nearest name is another's.
    /// </summary>
    private static Placed? MembersGroupBefore(Sentence s, int noun)
    {
        for (int k = noun - 1; k >= 1 && k >= noun - MembersGroupReach; k--)
        {
            if (s.EndingAt(k) is not { } m) continue;
            if (m.Entity.Type != EntityType.ORG) return null;
            int before = m.First - 1;
            if (before >= 1 && GroupNouns.Contains(s.Words[before].Key)) before--;
            return before >= 0 && MembersInConstruct.Contains(s.Words[before].Key) ? m : null;
        }
        return null;
    }

    /// <summary>
    /// Forms of تعرض (was subjected to) and تصدى (repelled), whose subject faced the act told after them with ل: the act
    /// was made on it (تعرضت قوة من الجيش لهجوم, تصدت قوات الجيش لهجوم شنه X).
    /// </summary>
    private static readonly HashSet<string> Subjected = MatchKey.SetOf("تعرض", "تعرضت", "تعرضوا", "وتعرض", "وتعرضت", "وتعرضوا",
        "تصدى", "تصدت", "تصدوا", "وتصدى", "وتصدت", "وتصدوا");

    /// <summary>
    /// Past forms of صد (repelled), which takes the act as its object with no ل (صد الجيش هجوما لتنظيم داعش): its subject
    /// faced the act as تصدى's does.
    /// </summary>
    private static readonly HashSet<string> Repelled = MatchKey.SetOf("صد", "صدت", "صدوا", "وصد", "وصدت", "وصدوا");

    /// <summary>How far before an act's noun تعرض/تصدى may stand, past its subject and an aside set off by commas.</summary>
    private const int MaxSubjectedGap = 10;

    /// <summary>
    /// The form of تعرض/تصدى within <see cref="MaxSubjectedGap"/> words before the noun at <paramref name="noun"/> written with ل
    /// (تعرضت قوة من الجيش العراقي، فجر اليوم، لهجوم), or of صد before it written without (صدت القوات هجوما): its index, or -1.
    /// </summary>
    internal static int SubjectedVerb(IReadOnlyList<Word> words, int noun)
    {
        var verbs = words[noun].Key[0] == 'ل' ? Subjected : Repelled;
        for (int v = noun - 1; v >= 0 && v >= noun - MaxSubjectedGap; v--)
        {
            if (verbs.Contains(words[v].Key)) return v;
        }
        return -1;
    }

    /// <summary>
    /// Who faced the act told by the noun at <paramref name="noun"/>: the owner of a post right after تعرض/تصدى (تعرض حاجز
    /// للجيش لهجوم), else the one named first after it (تعرضت قوة من
    /// الجيش لهجوم; a place too: تعرض حي الرميلة، بحسب المرصد، لقصف, where the names of an aside come later), else the
    /// one named right before it (ان قوات الجيش الوطني تصدت لهجوم); or null.
    /// </summary>
    private static Entity? ExposedTo(Sentence s, int noun)
    {
        int v = SubjectedVerb(s.Words, noun);
        if (v < 0) return null;
        // تعرض حاجز للجيش لهجوم: the force whose post it was.
        if (SiteOwner(s, v + 1, noun - 1) is { } owner) return owner;
        // تعرض حاجز عند مدخل بلدة القصر لاطلاق نار: a place after a preposition is where the post stood, not what faced it.
        var after = FacingBetween(s, v, noun);
        return after ?? (v > 0 && s.EndingAt(v - 1) is { Entity.Type: not EntityType.LOC } before ? before.Entity : null);
    }

    /// <summary>
    /// The first mention between the verb at <paramref name="v"/> and the noun at <paramref name="noun"/>, no place after a
    /// preposition, or null. A loop: as a lambda it made a closure at every call of <see cref="ExposedTo"/>.
    /// </summary>
    private static Entity? FacingBetween(Sentence s, int v, int noun)
    {
        foreach (var m in s.Mentions)
        {
            if (m.First > v && m.Last < noun && !(m.Entity.Type == EntityType.LOC && PrepositionBetween(s, v, m.First))) return m.Entity;
        }
        return null;
    }

    /// <summary>Whether a preposition (في, عند, قرب …) stands between words <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool PrepositionBetween(Sentence s, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (Prepositions.Contains(s.Words[k].Key) || s.Words[k].Key is "عند" or "قرب" or "بالقرب") return true;
        }
        return false;
    }

    /// <summary>
    /// Where the group begins when the agent at word <paramref name="j"/> is told by its members: members of a named group
    /// are that group, past a noun for what it is (هجوم شنه مسلحون من جماعة بوكو حرام, قوة من شرطة الانبار), and so are
    /// members in construct with it (قذائف اطلقها مسلحو تنظيم الدولة, عبوة زرعها عناصر التنظيم); else <paramref name="j"/>.
    /// </summary>
    private static int PastMembers(Sentence s, int j, int right)
    {
        if (j + 1 <= right && IsMembersOf(s, j + 1)) return j + 2;
        if (j + 1 <= right && GroupNounBeforeName(s, j)) return j + 1;
        if (j + 1 <= right && s.StartingAt(j) is null && Doers.Contains(s.Words[j].Key) && BelongingGroupStart(s, j + 1, right) is { } belonged) return belonged;
        if (j + 3 <= right && MembersOf.Contains(s.Words[j].Key) && s.Words[j + 1].Key == "من" && GroupNouns.Contains(s.Words[j + 2].Key) &&
            s.StartingAt(j + 3) is { Entity.Type: not EntityType.LOC }) return j + 3;
        if (j + 1 > right || s.StartingAt(j) is not null || !MembersInConstruct.Contains(s.Words[j].Key)) return j;
        // ارهابيي تنظيم جبهة النصرة, مسلحي تنظيم داعش: a group noun the tagger left out of the name stands between.
        return j + 2 <= right && s.StartingAt(j + 1) is null && GroupNouns.Contains(s.Words[j + 1].Key) &&
               s.StartingAt(j + 2) is { Entity.Type: not EntityType.LOC } ? j + 2 : j + 1;
    }

    /// <summary>
    /// Whether word <paramref name="j"/> is a group noun the tagger left out of the name right after it (قصف شنته مليشيا
    /// الدعم السريع, هجوم نفذه تنظيم داعش): the group named next is the agent. A word test comes before the mention look-up.
    /// </summary>
    private static bool GroupNounBeforeName(Sentence s, int j) =>
        GroupNouns.Contains(s.Words[j].Key) && s.StartingAt(j) is null && s.StartingAt(j + 1) is { Entity.Type: not EntityType.LOC };

    /// <summary>Plural nouns of unnamed doers whose group a clause of belonging may name (مسلحون يعتقد انتماؤهم لتنظيم X).</summary>
    private static readonly HashSet<string> Doers = MatchKey.SetOf("مسلحون", "مسلحين", "مهاجمون", "مهاجمين", "متشددون", "متشددين", "عناصر", "افراد");

    /// <summary>Words that hedge a belonging (يعتقد انهم, يشتبه في): passed on the way to it.</summary>
    private static readonly HashSet<string> Hedges = MatchKey.SetOf("يعتقد", "يشتبه", "يرجح", "انهم", "بانهم", "في", "مجهولون", "مجهولين");

    /// <summary>Nouns of belonging, with ل or الى on the group after them (انتماؤهم لتنظيم القاعدة, بانتمائهم الى جماعة X).</summary>
    private static readonly HashSet<string> BelongingNouns = MatchKey.SetOf("انتماؤهم", "انتماءهم", "انتمائهم", "بانتمائهم", "انتماؤهما", "انتمائهما");

    private const int MaxHedgeWords = 3;

    /// <summary>
    /// Where the group begins in a clause of belonging from word <paramref name="k"/>, right after unnamed doers: past a
    /// hedge (يعتقد انهم, يشتبه في), a verb of belonging and الى (ينتمون الى تنظيم القاعدة), a noun of belonging and ل or
    /// الى (يعتقد انتماؤهم لتنظيم القاعدة), or an adjective of belonging (موالون للحكومة); null when no group is named there.
    /// </summary>
    private static int? BelongingGroupStart(Sentence s, int k, int right)
    {
        int g = k;
        while (g <= right && g - k < MaxHedgeWords && s.StartingAt(g) is null && Hedges.Contains(s.Words[g].Key)) g++;
        if (g >= right) return null;
        string key = s.Words[g].Key;
        if (!BelongTo.Contains(key) && !BelongingNouns.Contains(key) && !Belonging.Contains(key)) return null;
        int at = s.Words[g + 1].Key == "الي" && g + 2 <= right ? g + 2 : g + 1;
        return s.StartingAt(at) is { Entity.Type: not EntityType.LOC } ? at : null;
    }

    private Entity? NounTarget(Sentence s, int last, int right, bool material) => AgainstTarget(s, last, Math.Min(right, last + MaxNounGap), right, material);

    private Entity? AgainstTarget(Sentence s, int from, int right, bool material) => AgainstTarget(s, from, right, right, material);

    /// <summary>The person or organisation a few words after على/ضد (found in words [from, searchEnd]), within the clause.</summary>
    private Entity? AgainstTarget(Sentence s, int from, int searchEnd, int right, bool material)
    {
        int on = -1;
        for (int k = from; k <= searchEnd && k < s.Words.Count; k++)
        {
            if (Against.Contains(s.Words[k].Key) || s.Words[k].Key is "احتجاجا" or "تنديدا") { on = k; break; }
        }
        if (on < 0) return null;
        if (s.Words[on].Key is "احتجاجا" or "تنديدا" && on + 1 <= right && Against.Contains(s.Words[on + 1].Key)) on++;
        foreach (var m in s.Mentions)
        {
            if (m.First <= on || m.First > right || m.First > on + 1 + MaxNounGap) continue;
            if (m.Entity.Type == EntityType.LOC && (IsPlace(s, m) || (material && !StruckPlace(s, on, m)))) continue;
            // هجوم على فندق في مدينة كيسمايو: a name after في is where (whatever the tagger made of it), not what was hit.
            if (AfterIn(s, on, m)) continue;
            return m.Entity;
        }
        // غارات على مواقع للحوثيين, هجوم على نقطة تفتيش للجيش: the owner of the site struck, named after لل.
        return SiteOwner(s, on + 1, right);
    }
}
