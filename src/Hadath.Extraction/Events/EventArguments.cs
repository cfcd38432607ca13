using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Source, target and place of one trigger in one sentence, read from word order without a parse:
/// <list type="bullet">
/// <item>a verb's subject is the entity standing right before it (SVO: وكان كيري التقى, بوتين يستقبل) unless the verb
/// carries و/ف; else the name right after it, past its title (VSO: استقبل امير قطر الشيخ تميم …). When the words right
/// after the verb are not a name (اعتقلت قوات الامن, استهدف هجوم انتحاري), the subject is unnamed: the source is
/// null, never an entity from elsewhere in the sentence;</item>
/// <item>the target is the next entity after the subject in the same clause (up to a comma, فيما, الذي …; a relative
/// clause set off by commas right after the subject is passed over: اتهمت X، التي تسيطر على ادلب، موسكو) that is not
/// a place (a LOC after في / في وسط / في مدينة) nor a country in a title (امير قطر الشيخ تميم); attacks, arrests and
/// protests are done to people and organisations, so their target is a LOC only when a territory follows على/ضد
/// directly (غارة على شمال قطاع غزة: what the strike hit, as CAMEO coders code it);</item>
/// <item>nouns (هجوم, احتجاجا على) take an agent only after شنه/نفذه/تبناه (past the force's craft: شنتها طائرات X) and a target only after على/ضد;</item>
/// <item>people counted right after the subject (اعتقلت قوات الامن سبعة اشخاص) are the object: a group is the target only
/// right after من; an accusation's object is found past asides (في بيان, في رسالة الى X) and may be unnamed (<see cref="Accused"/>);
/// a circumstantial participle (…، متهما X) acts for the sentence's first person or organisation.</item>
/// </list>
/// </summary>
public sealed partial class EventArguments
{
    private const int MaxTitleWords = 6;
    private const int MaxNounGap = 3;
    /// <summary>How far before a strike noun its launching verb may stand (وشنت طائرات التحالف الدولي بقيادة الولايات المتحدة الاحد غارتين).</summary>
    private const int MaxLaunchGap = 8;

    // اذا opens a condition (هدد باغلاق الطرق اذا منعت ايران من …): what is named in it is no argument of the act before it.
    private static readonly HashSet<string> ClauseWords = MatchKey.SetOf("فيما", "بينما", "حيث", "لكن", "كما", "الذي", "التي", "الذين", "بعدما", "عندما", "اذا");
    private static readonly HashSet<string> ClausePunctuation = new(StringComparer.Ordinal) { "،", ",", "؛", ";", ".", ":", "؟", "!", "\"", "«", "»", "“", "”" };
    private static readonly HashSet<string> PlaceNouns = MatchKey.SetOf("وسط", "شمال", "جنوب", "شرق", "غرب", "قرب", "قطاع", "ضواحي", "مدينه", "بلده", "حي", "محافظه", "منطقه", "العاصمه", "قريه", "ولايه", "مخيم", "ناحيه", "قضاء");
    private static readonly HashSet<string> Honorifics = MatchKey.SetOf(
        // governors of a province or region (محافظ درعا X, والي جهة طنجة X, قائممقام حديثة X): officials acting in office
        "محافظ", "المحافظ", "والي", "الوالي", "قائممقام", "القائممقام",
        "الشيخ", "العاهل", "السيد", "الرائد", "العقيد", "اللواء", "العميد", "المحامي", "الجنرال", "الامير", "امير", "المشير", "الزعيم", "زعيم", "رئيسه", "الملكه",
        "السابق", "الاسبق", "الاول", "العام", "المؤقت", "الاعلي", "الحالي", "المستقيل", "المنتهيه",
        // military ranks standing between a title and the name (مدير الجهاز الفريق اول صلاح قوش, رئيس الجمهورية العماد ميشال سليمان)
        "الفريق", "اول", "العماد", "الركن", "المقدم", "النقيب", "الملازم", "الدكتور", "الحاج",
        // شيخ الازهر احمد الطيب, شيخ عشيرة البو نمر: a shaikh of a body or a tribe holds an office
        "شيخ",
        // envoys: الموفد الروسي الى سوريا الكسندر لافرنتييف
        "الموفد", "موفد", "المبعوث", "مبعوث", "المبعوثة", "المبعوثه");
    private static readonly HashSet<string> Agents = MatchKey.SetOf("شنه", "شنها", "شنته", "شنتها", "شنوه", "شنوها", "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها", "تبناه", "تبنته", "تبناها", "تبنتها",
        // هجوم بصاروخ اطلقه الحوثيون: who fired the missile carried out the attack
        "اطلقه", "اطلقها", "اطلقته", "اطلقتها", "اطلقوه", "اطلقوها");
    /// <summary>Aircraft and guns of a force (غارة شنتها طائرات الجيش الاسرائيلي): the force they belong to is the agent.</summary>
    private static readonly HashSet<string> Craft = MatchKey.SetOf("طائرات", "طائرة", "طائره", "مقاتلات", "مقاتلة", "مروحيات", "مروحية", "طيران", "سلاح", "مدفعية", "دبابات", "زوارق", "بوارج");
    private static readonly HashSet<string> Against = MatchKey.SetOf("علي", "ضد");
    private static readonly HashSet<string> Launches = MatchKey.SetOf("شن", "شنت", "شنوا", "وشن", "وشنت", "نفذ", "نفذت", "نفذوا", "ونفذ", "ونفذت", "اطلق", "اطلقت", "اطلقوا", "واطلق", "واطلقت");
    /// <summary>Nouns for members or units of a group, followed by من and the group (عناصر من تنظيم داعش, وحدات من الجيش): the group is the actor.</summary>
    private static readonly HashSet<string> MembersOf = MatchKey.SetOf("عناصر", "عنصر", "مسلحين", "مسلحون", "مقاتلين", "مقاتلون", "افراد", "اعضاء", "وحدات", "مجموعات",
        // a detachment of a named force (اعتقلت قوة من جهاز مكافحة الارهاب …)
        "قوة", "دورية", "وحدة", "مفرزة");
    private static readonly HashSet<string> Prepositions = MatchKey.SetOf("في", "وفي", "علي", "الي", "من", "عن", "مع", "ضد", "امام", "خلال", "منذ", "بعد", "قبل", "حول", "عبر", "لدي", "داخل");
    /// <summary>Words that may stand right before قد with no subject between (وكان قد التقى, وقد اعتقلت).</summary>
    private static readonly HashSet<string> PluperfectOpeners = MatchKey.SetOf(
        "كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا", "كانا", "كانتا", "يكون", "تكون", "يكونوا", "و", "ف", "لقد", "ولقد");
    private static readonly HashSet<string> TimeWords = MatchKey.SetOf("امس", "اليوم", "مساء", "صباح", "فجر", "ليل", "ليله", "ظهر", "غدا", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت");

    private readonly ActorLexicon _actors;
    private readonly ActorPhrases _phrases;

    public EventArguments(ActorLexicon actors)
    {
        _actors = actors;
        _phrases = new ActorPhrases(actors);
    }

    /// <summary>
    /// The roles; where no entity fills the source or target, the common-noun actor phrase standing in its place
    /// (<see cref="ActorPhrases"/>: اعتقلت قوات الامن, فرقت الشرطة المتظاهرين) is <see cref="SourcePhrase"/> or <see cref="TargetPhrase"/>.
    /// </summary>
    public readonly record struct Roles(Entity? Source, Entity? Target, Entity? Place, string? SubjectWord)
    {
        public ActorPhrases.Phrase? SourcePhrase { get; init; }
        public ActorPhrases.Phrase? TargetPhrase { get; init; }
    }

    public readonly record struct Placed(Entity Entity, int First, int Last, TextSpan Span);

    /// <summary>The roles of the trigger over words [first, last] with span <paramref name="trigger"/>.</summary>
    public Roles Find(Sentence s, int first, int last, TextSpan trigger, TriggerRole role, bool material, bool protest = false)
    {
        // Acts of force are often done to or by a name set off in quotation marks (هجوم لتنظيم "داعش" على …).
        int right = ClauseEnd(s, last, pastQuotedNames: material);
        var place = s.Mentions.FirstOrDefault(m => m.First > last && m.First <= right && m.Entity.Type == EntityType.LOC && IsPlace(s, m)).Entity;
        switch (role)
        {
            case TriggerRole.Noun:
                if ((Between(s, last, right) ?? With(s, first, last, right)) is { } sides)
                {
                    return new Roles(sides.Source, sides.Target, place, null) { SourcePhrase = sides.SourcePhrase, TargetPhrase = sides.TargetPhrase };
                }
                var (agent, agentWord) = NounAgent(s, last, right);
                // هجوم شنه تنظيم الدولة على الجيش; غارات شنتها طائرات روسية على بلدة X (no named agent): على is sought after them.
                int from = agent is { } a ? a.Last + 1 : agentWord ?? last;
                // هجوم واسع لتنظيم "داعش" على ناحية X: the group named with ل right after the noun.
                if (agent is null && agentWord is null && material && OwnerAfter(s, last, right) is { } owning)
                {
                    agent = owning;
                    from = owning.Last + 1;
                }
                var launcher = agent?.Entity ?? Launcher(s, first);
                var struck = NounTarget(s, from, right, material);
                var struckPhrase = struck is null ? AgainstPhrase(s, from, Math.Min(right, from + MaxNounGap), right) : null;
                // هجوم ضد مدرسة للبنات, انفجار لدى مرور قافلة: what an act of force struck, when the tagger names none of it.
                if (struck is null && struckPhrase is null && material && !protest)
                {
                    var (passed, passedPhrase) = PassedBy(s, from, right);
                    struck = passed;
                    // في هجوم على الحاجز: one definite word says less of what was struck than the dead counted say (the
                    // victims, as CAMEO coders give them); ناحية الخالدية, مواقع الجيش name it.
                    struckPhrase = passedPhrase ?? (StruckAfterAgainst(s, from, Math.Min(right, from + MaxNounGap), right) is { } against && WordCount(s, against) > 1 ? against : null);
                }
                return new Roles(launcher, struck, place, null)
                {
                    SourcePhrase = launcher is null ? UnnamedAgent(s, last, agentWord, right, material) ?? LauncherPhrase(s, first) ?? AttackerAt(s, first, last) : null,
                    TargetPhrase = struckPhrase,
                };
            case TriggerRole.ActNoun:
                // ردت فصائل معارضة بقصف مواقع الجيش السوري: the act verb's subject is before the noun (never the name
                // after it, which is what was hit); the target is the first person or organisation after the noun.
                // اعلنت قوى الامن الداخلي في بيان توقيف تسعة اشخاص: the doer's name ends within a few words of the noun.
                var doer = ActSubject(s, first) ?? s.Mentions.LastOrDefault(m => m.Last < first && m.Last >= first - MaxNounGap - 1 && m.Entity.Type != EntityType.LOC);
                // ورد الجناح العسكري للجهاد الاسلامي باطلاق صواريخ: a doer named after لل.
                if (doer.Entity is null && ClitickedBefore(s, first) is { } owner) doer = new Placed(owner, first, first, default);
                // اعلنت قيادة العمليات اعتقال خمسة مطلوبين في عملية دهم نفذتها قوة من الشرطة الاتحادية: who carried out the
                // operation is the doer, not who announced it.
                var (operatorNamed, operatorPhrase) = Operator(s, last, right);
                if (operatorNamed is not null) doer = new Placed(operatorNamed, first, first, default);
                else if (operatorPhrase is not null) doer = default;
                // باطلاق صواريخ على جنوب اسرائيل: with no one named after the noun, a territory struck after على is the target.
                var hit = Target(s, last + 1, right, doer.Entity, material) ?? AgainstTarget(s, last, right, material);
                return new Roles(doer.Entity, hit, place, null)
                {
                    SourcePhrase = doer.Entity is null ? operatorPhrase ?? _phrases.Before(s.Words, first, s.Country) : null,
                    // باطلاق النار على المتظاهرين: the trigger may end with على itself.
                    TargetPhrase = hit is null ? AgainstPhrase(s, last, Math.Min(right, last + 1 + MaxNounGap), right) ?? (material && !protest ? StruckAfterNoun(s, last, right) ?? StruckAfterAgainst(s, last, Math.Min(right, last + 1 + MaxNounGap), right) : null) : null,
                };
            case TriggerRole.Circumstantial:
                // وقال الرئيس الايراني حسن روحاني …، متهما واشنطن بشن حرب: the participle's doer is the one the sentence is
                // about (its first person or organisation); the one named right after the participle is the target.
                var about = FirstActorBefore(s, first);
                // اتهم منسق اللجنة الوطنية، الدكتور يوسف الحجامي، الوزارة …، مهددا: a body in the title of the person
                // named after it is whose officer he is; he is the one the sentence is about.
                if (about is { Type: EntityType.ORG } && s.Mentions.FirstOrDefault(m => m.Entity == about) is var aboutAt &&
                    (HolderOf(s, aboutAt, first - 1) ?? NamedBetweenCommas(s, aboutAt.Last + 1)?.Person.Entity) is { } officer) about = officer;
                // …، متهما اياها بعرقلة عودتهم: the object pronoun points back to the last body or person named before it.
                if (last + 1 < s.Words.Count && ObjectPronouns.Contains(s.Words[last + 1].Key))
                {
                    return new Roles(about, s.Mentions.LastOrDefault(m => m.Last < first && m.Entity != about && m.Entity.Type is EntityType.PER or EntityType.ORG).Entity, place, null);
                }
                var (named, unnamed) = ObjectAt(s, last + 1, right);
                return new Roles(about, named, place, null) { TargetPhrase = unnamed };
            case TriggerRole.Meeting:
                var host = FirstActorBefore(s, first);
                var guest = s.Mentions.FirstOrDefault(m => m.First > last && m.First <= right && m.Entity.Type is EntityType.PER or EntityType.ORG && m.Entity != host).Entity;
                return new Roles(host, guest, place, null);
        }
        // قوات الامن اعتقلت احمد: an actor phrase right before the verb is its subject, so the name after it is the target.
        var before = PhraseBefore(s, first, trigger);
        // ان طائرة اسرائيلية قصفت موقعا لحركة حماس: unnamed craft right before the verb are its subject, so the name after it is the object.
        // هجوم انتحاري بسيارة مفخخة استهدف دورية للجيش: so is an attack told right before it.
        bool craftBefore = before is null && (CraftBefore(s, first, trigger) || material && ActBefore(s, first, trigger));
        // اعلنت وزارة الداخلية الثلاثاء انها اعتقلت 12 شخصا: the pronoun after ان is the one who speaks, named before it.
        var speaker = before is null && !craftBefore && role == TriggerRole.Verb ? PronounSpeaker(s, first, trigger) : null;
        var (subject, after, head) = before is { } b ? (null, last + 1, s.Words[WordIndexAt(s, b.Span.Start) ?? first].Key)
            : craftBefore ? (null, last + 1, null)
            : speaker is not null ? (speaker, last + 1, null)
            : Subject(s, first, last, trigger);
        var subjectPhrase = before ?? (subject is null && !craftBefore ? _phrases.At(s.Words, SkipTimes(s, last + 1), s.Country) ?? CraftSubject(s, SkipTimes(s, last + 1)) : null);
        // ان وحدات الحرس اوقفت 34 شخصا: the words between ان and an act of force are its subject, though nothing names them.
        if (subject is null && subjectPhrase is null && !craftBefore && material && !protest && role == TriggerRole.Verb && ToldSubject(s, first, last, trigger) is { } told)
        {
            subjectPhrase = told;
            after = last + 1;
        }
        // The phrase ends the subject: Subject's unnamed reach runs on to a preposition (هاجمت قوات الامن المتظاهرين بالهراوات).
        if (subjectPhrase is { } sp && sp.After > first) after = sp.After;
        // القت قوات الامن القبض الاثنين على ثلاثة صحافيين: who was taken follows القبض على.
        if (after < s.Words.Count && s.Words[after].Key == "القبض")
        {
            after = SkipTimes(s, after + 1);
            if (after < s.Words.Count && s.Words[after].Key == "علي") after++;
        }
        // اتهمت هيئة تحرير الشام، التي تسيطر على ادلب، موسكو: a relative clause set off by commas describes the subject;
        // the object comes after it, and nothing named inside it is the object.
        // استقبل الرئيس ميشال عون، قبل ظهر اليوم في بعبدا، ممثلة المفوضية …: so does a day set off by commas.
        if (subject is not null && (PastRelativeClause(s, after) ?? PastTimeAside(s, after)) is { } resume)
        {
            after = resume;
            right = ClauseEnd(s, resume - 1);
        }
        // خطف خمسة عمال على ايدي مسلحين: the agent after على ايدي did it; the one named with the verb suffered it. After
        // a verb with its subject named, only على ايدي right after it is its agent (X خطفوا على ايدي مسلحين); further on it
        // belongs to a later verb (اعتقلت الشرطة ثلاثة رجال تدربوا على يد X).
        int reach = role is TriggerRole.Passive || subject is null && subjectPhrase is null ? MaxPassiveReach : 1;
        if (role is TriggerRole.Verb or TriggerRole.Passive && PassiveAgent(s, last, right, reach) is { } agentBy)
        {
            // فرضت العقوبات على ايران من قبل الامم المتحدة: with no one named with the verb, the object is before the agent.
            return new Roles(agentBy.Named, subject ?? Target(s, after, agentBy.Marker - 1, null, material), place, head)
            {
                SourcePhrase = agentBy.Unnamed,
                TargetPhrase = subject is null ? subjectPhrase : null,
            };
        }
        // اعتقلت قوات الامن سبعة اشخاص يشتبه في انتمائهم الى خلية مرتبطة بالتنظيم: people counted right after the subject
        // are the object; a name further on tells more about them, it is no target of its own (unless right after من:
        // ثلاثة مسلحين من تنظيم داعش, who they are).
        if (role == TriggerRole.Verb && material && !protest && CountedObject(s, after, right) is { } counted)
        {
            return new Roles(subject, counted.Group, place, head) { SourcePhrase = subjectPhrase, TargetPhrase = counted.Group is null ? CountedAt(s, counted.Number, right) : null };
        }
        // A protest is against whom its against-phrase names (تظاهروا … احتجاجا على ترشح بوتفليقة), not whoever it is for.
        var target = protest ? AgainstTarget(s, after, right, material) : Target(s, after, right, subject, material);
        var targetPhrase = target is not null ? null
            : protest ? AgainstPhrase(s, after, right, right)
            : SkipTimes(s, after) is var o && o <= right && _phrases.At(s.Words, o, s.Country) is { } op ? op
            : AgainstPhrase(s, after, Math.Min(right, after + MaxNounGap), right);
        // هاجموا يوم الخميس ناحية البغدادي, فتحت النار على سكان, انفجرت لدى مرور دورية للشرطة: what an act of force
        // struck, when the tagger names none of it.
        // Only where the subject was read: after an unnamed one the object slot is not known.
        if (target is null && targetPhrase is null && material && !protest && role == TriggerRole.Verb && (subject is not null || subjectPhrase is not null || craftBefore) &&
            !ClashVerbs.Contains(s.Words[first].Key))
        {
            int slot = Math.Max(after, last + 1);
            (target, targetPhrase) = StruckByVerb(s, subject is null && subjectPhrase is { } unnamed && unnamed.After == slot ? PastSubjectWords(s, slot, right, unnamed) : slot, last, right);
        }
        return role == TriggerRole.Passive
            ? new Roles(null, subject ?? target, place, head) { TargetPhrase = subject is null && target is null ? subjectPhrase ?? targetPhrase : null }
            : new Roles(subject, target, place, head) { SourcePhrase = subjectPhrase, TargetPhrase = targetPhrase };
    }

    /// <summary>
    /// An actor phrase right before the verb, with no name ending there (قوات الامن اعتقلت): not after a preposition
    /// (في مقر الشرطة), and not for a verb with و/ف, whose subject is elsewhere.
    /// </summary>
    private ActorPhrases.Phrase? PhraseBefore(Sentence s, int first, TextSpan trigger)
    {
        bool conjunction = AfterConjunction(s, first, trigger);
        if (conjunction || first == 0 || s.EndingAt(first - 1) is not null) return null;
        return (_phrases.Before(s.Words, first, s.Country) ?? CraftBefore(s, first)) is { } p &&
               (WordIndexAt(s, p.Span.Start) is not { } k || k == 0 || !Prepositions.Contains(s.Words[k - 1].Key)) ? p : null;
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
    /// The agent of a passive act, named after على ايدي, بايدي or من قبل in its clause (خطف خمسة عمال على ايدي مسلحين,
    /// اغتيل X من قبل مجهولين): a name or an actor phrase, past a number (من قبل اربعة مسلحين), and the word where its
    /// marker starts, looking at most <paramref name="reach"/> words past the verb; null when none.
    /// </summary>
    private (Entity? Named, ActorPhrases.Phrase? Unnamed, int Marker)? PassiveAgent(Sentence s, int last, int right, int reach)
    {
        for (int k = last + 1; k <= right && k <= last + reach; k++)
        {
            int by = s.Words[k].Key == "بايدي" ? k + 1
                : k + 1 <= right && (s.Words[k].Key, s.Words[k + 1].Key) is ("علي", "ايدي") or ("علي", "يد") or ("من", "قبل") ? k + 2
                : -1;
            if (by < 0 || by > right) continue;
            if (s.StartingAt(by) is { } m) return m.Entity.Type == EntityType.LOC ? null : (m.Entity, null, k);
            if (NumberReader.Shared.Starts(s.Words[by]) && by + 1 <= right) by++;
            return ForceAt(s, by) is { } p ? (null, p, k) : null;
        }
        return null;
    }

    /// <summary>
    /// The story's organisations and persons by the match keys of their mentions' words, and an organisation of three
    /// words or more also without its head (حركة الجهاد الاسلامي → الجهاد الاسلامي): what a name after لل may mean.
    /// </summary>
    public static Dictionary<string, Entity> NamesByKey(string text, IEnumerable<Entity> entities)
    {
        var byKey = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type is not (EntityType.ORG or EntityType.PER)) continue;
            foreach (var m in e.Mentions)
            {
                var keys = WordScanner.ScanAlone(text[m.Start..m.End]).Where(w => w.IsLetters).Select(w => w.Key).ToArray();
                if (keys.Length == 0 || !keys[0].StartsWith("ال", StringComparison.Ordinal) && keys.Length < 3) continue;
                if (keys[0].StartsWith("ال", StringComparison.Ordinal)) byKey.TryAdd(string.Join(' ', keys), e);
                if (keys.Length >= 3 && keys[1].StartsWith("ال", StringComparison.Ordinal)) byKey.TryAdd(string.Join(' ', keys.Skip(1)), e);
            }
        }
        return byKey;
    }

    /// <summary>
    /// A name written after لل at word <paramref name="k"/> (مواقع للحوثيين, الجناح العسكري للجهاد الاسلامي) has no span of its
    /// own; the story's organisation or person of that name is meant. The entity and the word after the name, or null.
    /// </summary>
    private static (Entity Entity, int After)? Cliticked(Sentence s, int k)
    {
        if (s.ClitickedNames is null || k >= s.Words.Count || !s.Words[k].IsLetters) return null;
        string key = s.Words[k].Key;
        if (key.Length < 4 || !key.StartsWith("لل", StringComparison.Ordinal)) return null;
        if (s.ClitickedNames.Value is not { Count: > 0 } names) return null;
        string bare = "ال" + key[2..];
        if (k + 1 < s.Words.Count && s.Words[k + 1].IsLetters && names.TryGetValue(bare + " " + s.Words[k + 1].Key, out var two)) return (two, k + 2);
        if (names.TryGetValue(bare, out var one)) return (one, k + 1);
        // للحوثيين after الحوثيون: the name in the other case.
        return bare.EndsWith("ين", StringComparison.Ordinal) && names.TryGetValue(bare[..^2] + "ون", out var other) ? (other, k + 1) : null;
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
        for (int v = noun - 1; v >= 0 && v >= noun - MaxLaunchGap; v--)
        {
            if (!Launches.Contains(s.Words[v].Key)) continue;
            int j = SkipTimes(s, v + 1);
            if (j < noun && Craft.Contains(s.Words[j].Key))
            {
                // وشنت طائرات التحالف العسكري بقيادة السعودية غارات: craft of a force the tagger does not name; the
                // force is the definite words after them, an argument without a code.
                int c = j + 1;
                while (c < noun && _actors.Nationality(NameKey.Word(s.Words[c].Key)) is not null) c++;
                if (_phrases.At(s.Words, c, s.Country) is { } force && force.After <= noun) return force;
                int e = c;
                while (e < noun && e - c < MaxObjectWords && s.Words[e].IsLetters && s.Words[e].Key.StartsWith("ال", StringComparison.Ordinal) && s.StartingAt(e) is null && !IsTime(s, e)) e++;
                return e > c ? new ActorPhrases.Phrase(new TextSpan(s.Words[c].Start, s.Words[e - 1].End), e, null) : null;
            }
            return _phrases.At(s.Words, j, s.Country) is { } p && p.After == noun ? p : null;
        }
        return null;
    }

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

    /// <summary>Whether the verb at <paramref name="trigger"/> is written with و or ف and words of its sentence stand before it.</summary>
    private static bool AfterConjunction(Sentence s, int first, TextSpan trigger) =>
        s.Words[first].Start < trigger.Start && s.Text[trigger.Start - 1] is 'و' or 'ف';

    private static int SkipTimes(Sentence s, int k)
    {
        while (k < s.Words.Count && IsTime(s, k)) k++;
        return k;
    }

    private static int? WordIndexAt(Sentence s, int offset)
    {
        for (int k = 0; k < s.Words.Count; k++)
        {
            if (s.Words[k].Start == offset) return k;
        }
        return null;
    }

    /// <summary>The subject, the word after it, and the subject's first word (for unnamed subjects: قوات الامن).</summary>
    private (Entity? Subject, int After, string? Head) Subject(Sentence s, int first, int last, TextSpan trigger)
    {
        bool conjunction = AfterConjunction(s, first, trigger);
        // وكان بومبيو قد التقى: the subject before a pluperfect stands before its قد.
        int back = first > 1 && s.Words[first - 1].Key == "قد" ? first - 2 : first - 1;
        if (!conjunction && back >= 0 && s.EndingAt(back) is { } before && !IsPlace(s, before))
        {
            return (before.Entity, last + 1, s.Words[before.First].Key);
        }
        // وكان المشرفية قد اجتمع … بممثلة المفوضية: before قد stands the subject, even one the tagger missed; the names
        // after the verb are its objects, not its subject.
        // The word is kept as the subject's head: a title there (وكان الرئيس قد تفقد) still says who acted.
        if (back < first - 1 && back >= 0 && s.Words[back].IsLetters && !PluperfectOpeners.Contains(s.Words[back].Key)) return (null, last + 1, s.Words[back].Key);
        int j = last + 1;
        while (j < s.Words.Count && IsTime(s, j)) j++;
        int start = j;
        // اعتقلت السلطات المغربية ناصر الزفزافي, اتهمت الحكومة المغربية في بيان …: a body named by a common noun is the
        // subject, so the name after it is the object, not the subject reached past a title.
        if (BodyPhraseAt(s, start) is { } body) return (null, body.After, s.Words[start].Key);
        for (; j < s.Words.Count && j - start <= MaxTitleWords; j++)
        {
            if (s.StartingAt(j) is { } m)
            {
                if (m.Entity.Type == EntityType.LOC && NamesFollow(s, m.Last + 1)) { j = m.Last; continue; }   // امير قطر الشيخ تميم
                // اتهم المتحدث باسم قوات الحزام الامني عبد اللطيف السيد تنظيم القاعدة: the spokesman named after the
                // body he speaks for is the subject, so the name after him is the object; so is an officer named after
                // the body in his title (الامين العام لحزب الله حسن نصرالله).
                if (m.Entity.Type != EntityType.PER && j > 0 && (s.Words[j - 1].Key == "باسم" || (j > start && m.Entity.Type == EntityType.ORG)) && NamedAfter(s, m.Last + 1) is { } spokesman)
                {
                    return (spokesman.Entity, spokesman.Last + 1, s.Words[start].Key);
                }
                if (j > start && m.Entity.Type == EntityType.ORG && NamedBetweenCommas(s, m.Last + 1) is { } appositive)
                {
                    return (appositive.Person.Entity, appositive.After, s.Words[start].Key);
                }
                return (m.Entity, m.Last + 1, s.Words[start].Key);
            }
            if (!IsTitleWord(s.Words[j])) break;
        }
        return Unnamed(s, start);
    }

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
            if (Honorifics.Contains(s.Words[k].Key)) ranks++;
            // ورد الجناح العسكري للجهاد الاسلامي: the body the unnamed subject belongs to, named after لل.
            if (k > start && Cliticked(s, k) is { } owner) return (owner.Entity, owner.After, head);
            if (s.StartingAt(k) is { } m)
            {
                // هدد الامين العام لحزب الله حسن نصرالله: the body in a title is whose officer the person named after it is;
                // so when the tagger reads the body as MISC (المتحدث باسم فصيل جيش الاسلام حمزة بيرقدار).
                // ادان ممثل الامين العام للامم المتحدة في العراق يان كوبيش الهجوم: so past where the office sits.
                if (m.Entity.Type is EntityType.ORG or EntityType.MISC && (NamedAfter(s, m.Last + 1) ?? HolderAt(s, m, ClauseEnd(s, m.Last))) is { } officer) return (officer.Entity, officer.Last + 1, head);
                // اتهم منسق اللجنة الوطنية، الدكتور يوسف الحجامي، وزارة الصحة: so is one named between commas after it.
                if (m.Entity.Type is EntityType.ORG or EntityType.MISC && NamedBetweenCommas(s, m.Last + 1) is { } appositive) return (appositive.Person.Entity, appositive.After, head);
                if (m.Entity.Type != EntityType.LOC) return (m.Entity, m.Last + 1, head);
                k = m.Last;
            }
            k++;
        }
        // النائب عن محافظة ديالى رعد الدهلكي, المبعوث الاممي الى اليمن X: a title closed by a preposition and a place is
        // held by the person named right after the place.
        if (k + 1 < s.Words.Count && s.Words[k].Key is "عن" or "الي" or "في" && IsTitleWord(s.Words[start]))
        {
            int p = k + 1;
            while (p < s.Words.Count && p <= k + 2 && PlaceNouns.Contains(s.Words[p].Key)) p++;
            // The place may be one the tagger missed, after its category noun (عن محافظة ديالى).
            // وزير الداخلية في حكومة الوفاق فتحي باشاغا: so is a title closed by the body it serves in.
            int seatEnd = s.StartingAt(p) is { Entity.Type: EntityType.LOC or EntityType.ORG } seat ? seat.Last : p > k + 1 && p < s.Words.Count && s.StartingAt(p) is null ? p : -1;
            if (seatEnd >= 0 && NamedAfter(s, seatEnd + 1) is { } holder) return (holder.Entity, holder.Last + 1, head);
            // النائب في كتلة المستقبل محمد الحجار: a body the tagger missed, up to three words, before the holder's name.
            if (seatEnd < 0 && HolderPastMissedSeat(s, p) is { } member) return (member.Entity, member.Last + 1, head);
        }
        if (k < s.Words.Count && s.Words[k].Key is "،" or "," && s.StartingAt(k + 1) is { Entity.Type: EntityType.PER } named)
        {
            return (named.Entity, named.Last + 1, head);
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
    /// Whom an accusation verb at word <paramref name="word"/> accuses: the object after its subject, past asides (في بيان,
    /// في رسالة الى الامم المتحدة, a relative clause between commas), as a name or as the definite words before the charge
    /// (اتهم الشاهد الجبهة الشعبية المعارضة بتأجيج …). Both null when the subject is not named or no object is found.
    /// </summary>
    public (Entity? Named, ActorPhrases.Phrase? Unnamed) Accused(Sentence s, int word, TextSpan trigger)
    {
        var (subject, after, _) = Subject(s, word, word, trigger);
        if (subject is null && BodyPhraseAt(s, SkipTimes(s, word + 1)) is null) return (null, null);
        if (PastRelativeClause(s, after) is { } resume) after = resume;
        int right = ClauseEnd(s, after - 1);
        int k = SkipTimes(s, after);
        while (k <= right && Prepositions.Contains(s.Words[k].Key))
        {
            k++;
            if (k > right) return (null, null);
            bool sitting = s.StartingAt(k) is null && Sittings.Contains(s.Words[k].Key);
            k = s.StartingAt(k) is { } aside ? aside.Last + 1 : k + 1;
            // خلال اجتماع مجلس الامن القومي: the body whose meeting it was is part of the aside (في بيان X is not: X may be the accused).
            if (sitting && k <= right && s.StartingAt(k) is { Entity.Type: not EntityType.PER } owner) k = owner.Last + 1;
            // في مؤتمر صحافي, في بيان مشترك: the aside's indefinite adjectives are part of it.
            while (k <= right && s.Words[k].IsLetters && !s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal) && s.StartingAt(k) is null &&
                   !Prepositions.Contains(s.Words[k].Key) && s.Words[k].Key[0] != 'ب') k++;
            // في تصريحات نقلتها وكالة الانباء الرسمية: the one who carried the words is part of the aside, not the accused.
            if (k > 0 && k <= right && Carried.Contains(s.Words[k - 1].Key) && s.StartingAt(k) is { Entity.Type: not EntityType.PER } carrier)
            {
                k = carrier.Last + 1;
                while (k <= right && Official.Contains(s.Words[k].Key)) k++;
            }
            k = SkipTimes(s, k);
        }
        return k <= right ? ObjectAt(s, k, right) : (null, null);
    }

    /// <summary>Verbs of carrying what was said, after an aside noun (تصريحات نقلتها, بيان نشرته, كلمة بثها): their subject is the medium.</summary>
    private static readonly HashSet<string> Carried = MatchKey.SetOf("نقلتها", "نقلها", "نقلته", "نقلهما", "نشرتها", "نشرها", "نشرته", "اوردتها", "اوردها", "اوردته",
        "بثتها", "بثها", "بثته", "اذاعتها", "اذاعها", "اذاعته");

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
        if (t <= right && s.StartingAt(t) is { } m) return IsPlace(s, m) ? (null, null) : (m.Entity, null);
        int j = k;
        // محملا قيادة العمليات المسؤولية: a body named by a noun and the definite words it governs.
        // Not a charge or a conjunct (باستخدام القوة, والحرية), nor the blame itself (مسؤولية الهجوم).
        if (k + 1 <= right && IsIndefiniteNoun(s, k) && !LooksVerbal(s, k) && !NotObjects.Contains(s.Words[k].Key) && s.Words[k].Key[0] is not ('ب' or 'و' or 'ل' or 'ف') &&
            s.Words[k].Key != "مسووليه" && OpensDefinite(s, k + 1) && s.StartingAt(k + 1) is null) j++;
        while (j <= right && j - k < MaxObjectWords && s.Words[j].IsLetters && s.Words[j].Key.StartsWith("ال", StringComparison.Ordinal) && s.StartingAt(j) is null) j++;
        return j == k ? (null, null) : (null, new ActorPhrases.Phrase(new TextSpan(s.Words[k].Start, s.Words[j - 1].End), j, null));
    }

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
    /// Nouns of people who work for a body: ثلاثة موظفين في منظمة X are X's people, where ثلاثة اشخاص في جامعة القاهرة
    /// were only there.
    /// </summary>
    private static readonly HashSet<string> StaffNouns = MatchKey.SetOf(
        "موظف", "موظفا", "موظفين", "موظفون", "موظفي", "عامل", "عاملا", "عاملين", "عاملون", "عمال", "عضو", "عضوا", "اعضاء",
        "عناصر", "افراد", "منتسبي", "مسؤولين", "مسؤولا", "خبراء", "اطباء", "متطوعين", "متطوعا");

    private Entity? Target(Sentence s, int from, int right, Entity? subject, bool material)
    {
        foreach (var m in s.Mentions)
        {
            if (m.First < from || m.First > right || m.Entity == subject || IsPlace(s, m) || IsVoiceOf(s, m)) continue;
            // اتهمت حركة تحرير السودان بزعامة عبد الواحد نور قوات الدعم السريع: the leader belongs to the subject.
            if (m.First >= 1 && Leaders.Contains(s.Words[m.First - 1].Key)) continue;
            // خلال اجتماع مجلس الوزراء: the body whose meeting it was is where it was said, not the object.
            if (m.First >= 1 && m.Entity.Type != EntityType.PER && Sittings.Contains(s.Words[m.First - 1].Key)) continue;
            // في تصريحات نقلتها وكالة الانباء الرسمية: the medium that carried the words is no object.
            if (m.First >= 1 && Carried.Contains(s.Words[m.First - 1].Key)) continue;
            if (m.Entity.Type == EntityType.LOC && (material || NamesFollow(s, m.Last + 1))) continue;
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

    /// <summary>A LOC introduced as where: في X, في وسط X, في مدينة X, بحلب, بمدينة X.</summary>
    /// <summary>The first person or organisation named before word <paramref name="word"/> in the sentence: whom it is about.</summary>
    internal static Entity? FirstActorBefore(Sentence s, int word) =>
        s.Mentions.FirstOrDefault(m => m.Last < word && m.Entity.Type is EntityType.PER or EntityType.ORG).Entity;

    private static bool IsPlace(Sentence s, Placed m)
    {
        if (m.Entity.Type != EntityType.LOC) return false;
        if (s.Words[m.First].Start < m.Span.Start && s.Text[m.Span.Start - 1] == 'ب') return true;
        int k = m.First - 1;
        for (int n = 0; n < 2 && k >= 0; n++, k--)
        {
            string key = s.Words[k].Key;
            if (key.Length > 2 && key[0] == 'ب' && PlaceNouns.Contains(key[1..])) return true;   // بمدينة حلب
            if (!PlaceNouns.Contains(key)) break;
        }
        return k >= 0 && s.Words[k].Key is "في" or "وفي";
    }

    /// <summary>A person or organisation named within a few title words from <paramref name="k"/>: the LOC before it is in their title.</summary>
    private bool NamesFollow(Sentence s, int k)
    {
        for (int n = 0; n <= 3 && k < s.Words.Count; n++, k++)
        {
            if (s.StartingAt(k) is { } m) return m.Entity.Type is EntityType.PER;
            if (!IsTitleWord(s.Words[k])) return false;
        }
        return false;
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
        return p;
    }

    /// <summary>Whether a word key is a title or rank (وزير, المتحدث, الفريق): a person named after one is a public figure.</summary>
    public bool IsTitle(string? key) => key is not null && (Honorifics.Contains(key) || _actors.RoleAgent(NameKey.Word(key)) is not null);

    private bool IsTitleWord(Word word)
    {
        if (!word.IsLetters) return false;
        string key = NameKey.Word(word.Key);
        return Honorifics.Contains(word.Key) || _actors.RoleAgent(key) is not null || _actors.Nationality(key) is not null ||
               key is "عام" or "باسم";
    }

    private static bool IsTime(Sentence s, int k) => TimeWords.Contains(s.Words[k].Key);
}
