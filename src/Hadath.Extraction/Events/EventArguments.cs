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

    /// <summary>Rank words between an office and its holder's name (الفريق اول, العماد, اللواء الركن).</summary>
    private const int MaxRankWords = 3;
    private const int MaxNounGap = 3;
    /// <summary>How far before a strike noun its launching verb may stand (وشنت طائرات التحالف الدولي بقيادة الولايات المتحدة الاحد غارتين).</summary>
    private const int MaxLaunchGap = 8;

    // اذا opens a condition (هدد باغلاق الطرق اذا منعت ايران من …): what is named in it is no argument of the act before it.
    internal static readonly HashSet<string> ClauseWords = MatchKey.SetOf("فيما", "بينما", "حيث", "لكن", "كما", "الذي", "التي", "الذين", "بعدما", "عندما", "حين", "حينما", "اذا");
    internal static readonly HashSet<string> ClausePunctuation = new(StringComparer.Ordinal) { "،", ",", "؛", ";", ".", ":", "؟", "!", "\"", "«", "»", "“", "”" };
    // سهل, ريف, جبل, وادي, اطراف: the Levant's plains, countrysides, mountains, valleys and outskirts (في سهل عكار, في ريف حمص).
    /// <summary>Nouns of where people live, named after them (قرية المغير, بلدة حوارة, مخيم بلاطة): what an attack on them struck.</summary>
    private static readonly HashSet<string> Settlements = MatchKey.SetOf("قرية", "بلدة", "مخيم", "ناحية");
    private static readonly HashSet<string> PlaceNouns = MatchKey.SetOf("وسط", "شمال", "جنوب", "شرق", "غرب", "قرب", "قطاع", "ضواحي", "مدينه", "بلده", "حي", "محافظه", "منطقه", "العاصمه", "قريه", "ولايه", "مخيم", "ناحيه", "قضاء",
        "سهل", "ريف", "جبل", "وادي", "اطراف");
    /// <summary>Retaliation vowed, written with ب, before على or من and whom it is against (بالرد على, بالانتقام من, بالثار من).</summary>
    private static readonly HashSet<string> Retaliations = MatchKey.SetOf("بالرد", "بالانتقام", "بالثار", "بالثأر");
    private static readonly HashSet<string> Honorifics = MatchKey.SetOf(
        // governors of a province or region (محافظ درعا X, والي جهة طنجة X, قائممقام حديثة X): officials acting in office
        "محافظ", "المحافظ", "والي", "الوالي", "قائممقام", "القائممقام",
        "الشيخ", "العاهل", "السيد", "الرائد", "العقيد", "اللواء", "العميد", "المحامي", "الجنرال", "الامير", "امير", "المشير", "الزعيم", "زعيم", "رئيسه", "الملكه",
        "السابق", "الاسبق", "الاول", "العام", "المؤقت", "الاعلي", "الحالي", "المستقيل", "المنتهيه",
        // a head of a junta or an interim order (رئيس بوركينا فاسو الانتقالي الكابتن ابراهيم تراوري): the office's adjective
        "الانتقالي", "الانتقاليه",
        // a representative (الممثل التجاري للولايات المتحدة, ممثل الامين العام): one who speaks and acts for another
        "ممثل", "الممثل",
        // military ranks standing between a title and the name (مدير الجهاز الفريق اول صلاح قوش, رئيس الجمهورية العماد ميشال سليمان)
        // and a staff rank closed by ركن without the article (Sudan, Yemen: رئيس مجلس السيادة الفريق اول ركن X, اللواء ركن X)
        "الفريق", "اول", "العماد", "الركن", "ركن", "المقدم", "النقيب", "الملازم", "الكابتن", "الدكتور", "الحاج",
        // شيخ الازهر احمد الطيب, شيخ عشيرة البو نمر: a shaikh of a body or a tribe holds an office
        "شيخ",
        // envoys: الموفد الروسي الى سوريا الكسندر لافرنتييف
        "الموفد", "موفد", "المبعوث", "مبعوث", "المبعوثة", "المبعوثه",
        // forms of address before an office (KUNA, WAM, Petra: سمو امير البلاد الشيخ X, صاحب السمو, فخامة الرئيس, معالي الوزير)
        "سمو", "صاحب", "السمو", "جلالة", "فخامة", "معالي", "سعادة",
        // BNA, KUNA: حضرة before صاحب الجلالة or صاحب السمو (استقبل حضرة صاحب الجلالة الملك X) is one more such form
        "حضرة");
    private static readonly HashSet<string> Agents = MatchKey.SetOf("شنه", "شنها", "شنته", "شنتها", "شنوه", "شنوها", "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها", "تبناه", "تبنته", "تبناها", "تبنتها",
        // غارتين شنهما طيران X: the dual pronoun stands for two strikes
        "شنهما", "شنتهما", "نفذهما", "نفذتهما",
        // العدوان الذي تشنه اسرائيل, الغارات التي يشنها التحالف: an attack still being made
        "يشنه", "يشنها", "تشنه", "تشنها", "يشنونه", "يشنونها", "ينفذه", "ينفذها", "تنفذه", "تنفذها", "ينفذونه", "ينفذونها",
        // هجوم بصاروخ اطلقه الحوثيون: who fired the missile carried out the attack
        "اطلقه", "اطلقها", "اطلقته", "اطلقتها", "اطلقوه", "اطلقوها",
        // انفجار عبوة ناسفة زرعها مسلحو التنظيم: who planted the bomb carried out the bombing
        "زرعه", "زرعها", "زرعته", "زرعتها", "زرعوه", "زرعوها",
        // كمين نصبه مسلحون من حركة الشباب: who laid the ambush carried it out
        "نصبه", "نصبته", "نصبوه", "نصبها", "نصبتها", "نصبوها");
    /// <summary>Aircraft and guns of a force (غارة شنتها طائرات الجيش الاسرائيلي): the force they belong to is the agent.</summary>
    private static readonly HashSet<string> Craft = MatchKey.SetOf("طائرات", "طائرة", "طائره", "مقاتلات", "مقاتلة", "مروحيات", "مروحية", "طيران", "سلاح", "مدفعية", "دبابات", "زوارق", "بوارج");
    private static readonly HashSet<string> Against = MatchKey.SetOf("علي", "ضد");
    private static readonly HashSet<string> Launches = MatchKey.SetOf("شن", "شنت", "شنوا", "وشن", "وشنت", "نفذ", "نفذت", "نفذوا", "ونفذ", "ونفذت", "اطلق", "اطلقت", "اطلقوا", "واطلق", "واطلقت",
        // وجهت القوات الاميركية ضربات جوية: who directed the strikes launched them
        "وجه", "وجهت", "وجهوا", "ووجه", "ووجهت",
        // استخدمت الشرطة الغاز المسيل للدموع: who used a means of force fired it
        "استخدم", "استخدمت", "استخدموا", "واستخدم", "واستخدمت", "استعمل", "استعملت", "استعملوا", "واستعمل", "واستعملت");
    /// <summary>Nouns for members or units of a group, followed by من and the group (عناصر من تنظيم داعش, وحدات من الجيش): the group is the actor.</summary>
    private static readonly HashSet<string> MembersOf = new(MatchKey.SetOf("عناصر", "عنصر", "منتسبي", "منتسبو", "مسلحين", "مسلحون", "مقاتلين", "مقاتلون", "افراد", "اعضاء", "وحدات", "مجموعات",
        // ارهابيين من تنظيم جبهة النصرة: how official agencies name a group's fighters
        "ارهابيين", "ارهابيون",
        // جهاديون من تنظيم الدولة الاسلامية, متشددون من حركة الشباب: how AFP and Reuters name a group's fighters
        "جهاديون", "جهاديين", "متشددون", "متشددين",
        // an attacker of a named group (مهاجما انتحاريا من حركة الشباب, مفجر من التنظيم): the group is the actor
        "مهاجم", "مهاجما", "مهاجمون", "مهاجمين", "مفجر", "مفجرا", "انتحاري", "انتحاريا", "انتحارية", "انتحاريان", "انتحاريون", "انتحاريين",
        // units of an army as Iraqi wires name them (اطلقت قطعات من الجيش العراقي عملية تفتيش، واعتقلت …)
        "قطعات")
        // a detachment of a named force (اعتقلت قوة من جهاز مكافحة الارهاب …, مفارز من شرطة X)
        .Concat(ActorPhrases.Detachments), StringComparer.Ordinal);
    internal static readonly HashSet<string> Prepositions = MatchKey.SetOf("في", "وفي", "علي", "الي", "من", "عن", "مع", "ضد", "امام", "خلال", "منذ", "بعد", "قبل", "حول", "عبر", "لدي", "داخل");
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

    // The mention tests of Find, as loops: as lambdas they read Find's parameters, which made a closure for every call
    // (every hit of every sentence) before its first line ran, whichever tests the hit then reached.

    /// <summary>The first place mentioned after word <paramref name="last"/>, up to word <paramref name="right"/>, or null.</summary>
    private static Entity? PlaceAfter(Sentence s, int last, int right)
    {
        foreach (var m in s.Mentions)
        {
            if (m.First > last && m.First <= right && m.Entity.Type == EntityType.LOC && IsPlace(s, m)) return m.Entity;
        }
        return null;
    }

    /// <summary>The last mention, no place nor outlet, ending within <see cref="MaxNounGap"/> words before word <paramref name="first"/>; default when none.</summary>
    private static Placed LastActorEndingNear(Sentence s, int first)
    {
        for (int k = s.Mentions.Length - 1; k >= 0; k--)
        {
            var m = s.Mentions[k];
            if (m.Last < first && m.Last >= first - MaxNounGap - 1 && m.Entity.Type != EntityType.LOC && !IsOutlet(s, m)) return m;
        }
        return default;
    }

    /// <summary>The first mention of <paramref name="entity"/>; default when none.</summary>
    private static Placed FirstMentionOf(Sentence s, Entity entity)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity == entity) return m;
        }
        return default;
    }

    /// <summary>The last person or organisation other than <paramref name="other"/> ending before word <paramref name="first"/>, or null.</summary>
    private static Entity? LastActorBefore(Sentence s, int first, Entity? other)
    {
        for (int k = s.Mentions.Length - 1; k >= 0; k--)
        {
            var m = s.Mentions[k];
            if (m.Last < first && m.Entity != other && m.Entity.Type is EntityType.PER or EntityType.ORG) return m.Entity;
        }
        return null;
    }

    /// <summary>The first person or organisation other than <paramref name="other"/> after word <paramref name="last"/>, up to word <paramref name="right"/>; default when none.</summary>
    private static Placed FirstActorWithin(Sentence s, int last, int right, Entity? other)
    {
        foreach (var m in s.Mentions)
        {
            if (m.First > last && m.First <= right && m.Entity.Type is EntityType.PER or EntityType.ORG && m.Entity != other) return m;
        }
        return default;
    }

    /// <summary>The first mention that starts before word <paramref name="word"/> and runs on to it; default when none.</summary>
    private static Placed Across(Sentence s, int word)
    {
        foreach (var m in s.Mentions)
        {
            if (m.First < word && m.Last >= word) return m;
        }
        return default;
    }

    /// <summary>Whether a mention of <paramref name="entity"/> starts at a word from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static bool MentionedWithin(Sentence s, Entity entity, int from, int to)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity == entity && m.First >= from && m.First <= to) return true;
        }
        return false;
    }

    /// <summary>Whether a count of the sentence starts at <paramref name="start"/>.</summary>
    private static bool CountStartsAt(Sentence s, int start)
    {
        var counts = s.Counts;
        for (int i = 0; i < counts.Count; i++)
        {
            if (counts[i].Start == start) return true;
        }
        return false;
    }

    /// <summary>The roles of the trigger over words [first, last] with span <paramref name="trigger"/>.</summary>
    public Roles Find(Sentence s, int first, int last, TextSpan trigger, TriggerRole role, bool material, bool protest = false)
    {
        // Acts of force are often done to or by a name set off in quotation marks (هجوم لتنظيم "داعش" على …).
        int right = ClauseEnd(s, last, pastQuotedNames: material);
        var place = PlaceAfter(s, last, right);
        switch (role)
        {
            case TriggerRole.Noun:
                // اشتباكات اندلعت، مساء الجمعة، بين الجيش و…: the sides after بين are read past a day set off by commas.
                if ((Between(s, last, right) ?? (right + 1 < s.Words.Count && PastTimeAside(s, right + 1) is { } resumed ? Between(s, last, ClauseEnd(s, resumed - 1, pastQuotedNames: material)) : null) ??
                     With(s, first, last, right) ?? BothCounted(s, first)) is { } sides)
                {
                    return new Roles(sides.Source, sides.Target, place, null) { SourcePhrase = sides.SourcePhrase, TargetPhrase = sides.TargetPhrase };
                }
                var (agent, agentWord) = NounAgent(s, last, right);
                // هجوم شنه تنظيم الدولة على الجيش; غارات شنتها طائرات روسية على بلدة X (no named agent): على is sought after them.
                // A group pointed back to before the noun (عناصر داعش بعد هجوم شنته على) leaves على after the launcher.
                int from = agent is { } a && a.First > last ? a.Last + 1 : agentWord ?? last;
                // هجوم واسع لتنظيم "داعش" على ناحية X: the group named with ل right after the noun.
                if (agent is null && agentWord is null && material && OwnerAfter(s, last, right) is { } owning)
                {
                    agent = owning;
                    from = owning.Last + 1;
                }
                // تعرضت قوة من الجيش لهجوم من قبل عناصر التنظيم: a noun's agent after من قبل, as a passive verb's.
                var passiveBy = agent is null && agentWord is null ? PassiveAgent(s, last, right, MaxPassiveReach) : null;
                // ذكرت الشرطة ان مفجرا انتحاريا من حركة الشباب فجر شاحنة: the attacker told by the trigger is of the group after من.
                // واشارت مصالح الدرك الوطني في بيان لها الى توقيف خمسة اشخاص: the body whose statement told the noun did it.
                var launcher = agent?.Entity ?? passiveBy?.Named ?? Launcher(s, first) ?? AttackerGroup(s, first, last) ??
                               (agentWord is null && passiveBy is null ? AnnouncerOfNoun(s, first)?.Entity : null);
                var struck = (material ? ExposedTo(s, first) : null) ?? NounTarget(s, from, right, material) ?? FightPartner(s, first, last, right);
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
                // وقفة احتجاجية امام السفارة التونسية: made to the state whose embassy it was held before.
                if (protest && struck is null && struckPhrase is null) (struck, struckPhrase) = ProtestedSeat(s, last + 1, right);
                var launcherPhrase = launcher is null ? passiveBy?.Unnamed ?? UnnamedAgent(s, last, agentWord, right, material) ?? LauncherPhrase(s, first) ?? AttackerAt(s, first, last) : null;
                // دخل المعلمون في اضراب احتجاجا على: who did what the purpose is given for protests.
                if (protest && launcher is null && launcherPhrase is null && IsPurpose(s, first)) (launcher, launcherPhrase) = PurposeDoers(s, first);
                return new Roles(launcher, struck, place, null) { SourcePhrase = launcherPhrase, TargetPhrase = struckPhrase };
            case TriggerRole.ActNoun:
                // ردت فصائل معارضة بقصف مواقع الجيش السوري: the act verb's subject is before the noun (never the name
                // after it, which is what was hit); the target is the first person or organisation after the noun.
                // اعلنت قوى الامن الداخلي في بيان توقيف تسعة اشخاص: the doer's name ends within a few words of the noun.
                // وأكد X، في تصريح لموزاييك، أنه تم ايقاف تسعة شبان: not the outlet the words were given to.
                var doer = ActSubject(s, first) ?? LastActorEndingNear(s, first);
                // ورد الجناح العسكري للجهاد الاسلامي باطلاق صواريخ: a doer named after لل.
                if (doer.Entity is null && ClitickedBefore(s, first) is { } owner) doer = new Placed(owner, first, first, default);
                // واعلنت قوى الامن الداخلي، في بيان، اصابة …، وتوقيف ثلاثة: a noun joined on to what the announcer told.
                if (doer.Entity is null && AnnouncerOfJoinedNoun(s, first) is { } announcer) doer = announcer;
                // واشارت الشرطة الى اعتقال خمسة اشخاص: as for a noun, the body whose statement told it did it.
                if (doer.Entity is null && AnnouncerOfNoun(s, first) is { } pointer) doer = pointer;
                // …، واعلنت اصابة تسعة منهم واعتقال 23 شخصا: an announcing و-verb with no subject of its own goes on with the
                // sentence's first organisation.
                if (doer.Entity is null && AnnouncerGoingOn(s, first) is { } goingOn) doer = new Placed(goingOn, first, first, default);
                // وقال الجيش …، مضيفا ان قواته ردت بقصف مصادر النيران: the act verb right before the noun has the speaker's own
                // forces for its subject, so the speaker did it, as with a verb of force (PronounSpeaker). Only a body or a person:
                // a country named in the told clause (ان صواريخ اطلقت من لبنان، مضيفا ان قواته) is where, not who spoke.
                if (doer.Entity is null && first >= 3 && OwnedForces.Contains(s.Words[first - 2].Key) &&
                    PronounSpeaker(s, first - 1, s.Words[first - 1].Span) is { Type: EntityType.ORG or EntityType.PER } ownForces)
                    doer = new Placed(ownForces, first, first, default);
                // اعلنت قيادة العمليات اعتقال خمسة مطلوبين في عملية دهم نفذتها قوة من الشرطة الاتحادية: who carried out the
                // operation is the doer, not who announced it.
                var (operatorNamed, operatorPhrase) = Operator(s, last, right);
                // تم اعتقال اربعة مطلوبين من قبل قوة من شرطة الانبار: the agent after من قبل did it; who was taken is before it.
                if (operatorNamed is null && operatorPhrase is null && PassiveAgent(s, last, right, MaxPassiveReach) is { } actBy)
                {
                    (operatorNamed, operatorPhrase) = (actBy.Named, actBy.Unnamed);
                    right = actBy.Marker - 1;
                }
                if (operatorNamed is not null) doer = new Placed(operatorNamed, first, first, default);
                else if (operatorPhrase is not null) doer = default;
                // باطلاق صواريخ على جنوب اسرائيل: with no one named after the noun, a territory struck after على is the target.
                var hit = Target(s, last + 1, right, doer.Entity, material, last) ?? AgainstTarget(s, last, right, material);
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
                // قال المحافظ X ان "…"، فيما انتقد النائب Y انتشار السلاح، متهما Z: فيما opens a clause of its own, and the
                // participle closing it goes on with that clause's subject, not with whom the sentence first named.
                if (ClauseSubjectBefore(s, first) is { } clauseSubject) about = clauseSubject;
                // وطالبت منظمات حقوقية ليبية ودولية الاتحاد الاوروبي بوقف دعمه …، متهمة خفر السواحل: the first name is the object of
                // the opening verb, whose subject went unnamed; the participle goes on with that unnamed subject.
                else if (about is not null && FirstMentionOf(s, about) is { Entity: not null } aboutFirst && ObjectOfOpeningVerb(s, aboutFirst.First)) about = null;
                // اتهم منسق اللجنة الوطنية، الدكتور يوسف الحجامي، الوزارة …، مهددا: a body in the title of the person
                // named after it is whose officer he is; he is the one the sentence is about.
                if (about is { Type: EntityType.ORG } && FirstMentionOf(s, about) is var aboutAt &&
                    (HolderOf(s, aboutAt, first - 1) ?? NamedBetweenCommas(s, aboutAt.Last + 1)?.Person.Entity) is { } officer) about = officer;
                // …، متهما اياها بعرقلة عودتهم: the object pronoun points back to the last body or person named before it.
                if (last + 1 < s.Words.Count && ObjectPronouns.Contains(s.Words[last + 1].Key))
                {
                    return new Roles(about, LastActorBefore(s, first, about), place, null);
                }
                // …، متوعدة بالرد على الولايات المتحدة, متوعدا بالانتقام من X: whom the vowed retaliation is against is the target.
                int objectAt = last + 3 < s.Words.Count && Retaliations.Contains(s.Words[last + 1].Key) && s.Words[last + 2].Key is "علي" or "من" ? last + 3 : last + 1;
                var (named, unnamed) = ObjectAt(s, objectAt, right);
                return new Roles(about, named, place, null) { TargetPhrase = unnamed };
            case TriggerRole.Meeting:
                var host = FirstActorBefore(s, first);
                var guest = FirstActorWithin(s, last, right, host);
                // خلال لقائه المفوض السامي للامم المتحدة لشؤون اللاجئين X: the officer named after the body is whom he met.
                var holder = guest.Entity is { Type: EntityType.ORG } ? HolderOf(s, guest, right) : null;
                return new Roles(host, holder ?? guest.Entity, place, null);
        }
        // ان مسلحين من داعش كانوا يكمنون قرب الطريق، فاشتبك معهم مقاتلو الحشد: a verb of force followed by مع and a
        // pronoun names its subject right after them (past its members' noun); the pronoun points back to the first person
        // or organisation of the reported clause, the other side.
        if (role == TriggerRole.Verb && material && !protest && last + 2 < s.Words.Count && WithPronouns.Contains(s.Words[last + 1].Key) &&
            s.StartingAt(PastMembers(s, SkipTimes(s, last + 2), right)) is { Entity.Type: EntityType.PER or EntityType.ORG } fighter)
        {
            return new Roles(fighter.Entity, PronounReferent(s, first, fighter.Entity), place, null);
        }
        // ان المسلحين تسللوا …، فاشتبك معهم الجنود: soldiers told by their common noun after مع and its pronoun are the
        // subject, a side the story names (EventStage.ArmedMenTold); the pronoun points back to the reported clause's
        // first side, named or told as armed men.
        if (role == TriggerRole.Verb && material && !protest && last + 2 < s.Words.Count && WithPronouns.Contains(s.Words[last + 1].Key) &&
            SkipTimes(s, last + 2) is var soldier && soldier <= right && s.StartingAt(soldier) is null && SoldiersWords.Contains(s.Words[soldier].Key))
        {
            var soldiers = new ActorPhrases.Phrase(new TextSpan(s.Words[soldier].Start, s.Words[soldier].End), soldier + 1, null);
            var (referent, referentPhrase) = ReportedFirstSide(s, first);
            return new Roles(null, referent, place, null) { SourcePhrase = soldiers, TargetPhrase = referentPhrase };
        }
        // وانفجرت اثناء مرور دورية للحشد: what went off as a patrol passed struck it; nothing named there is the subject.
        if (role == TriggerRole.Verb && material && !protest && SkipTimes(s, last + 1) is var passing && passing + 2 <= right &&
            PassingWhen.Contains(s.Words[passing].Key) && Passing.Contains(s.Words[passing + 1].Key))
        {
            var (passed, passedPhrase) = PassedBy(s, passing, right);
            return new Roles(null, passed, place, null) { TargetPhrase = passedPhrase };
        }
        // قوات الامن اعتقلت احمد: an actor phrase right before the verb is its subject, so the name after it is the target.
        var before = PhraseBefore(s, first, trigger);
        // ان طائرة اسرائيلية قصفت موقعا لحركة حماس: unnamed craft right before the verb are its subject, so the name after it is the object.
        // هجوم بشاحنة مفخخة استهدف قافلة للشرطة: so is an attack told right before it.
        bool craftBefore = before is null && (CraftBefore(s, first, trigger) || material && ActBefore(s, first, trigger));
        // اعلنت وزارة الداخلية الثلاثاء انها اعتقلت 12 شخصا: the pronoun after ان is the one who speaks, named before it.
        var speaker = before is null && !craftBefore && role == TriggerRole.Verb ? PronounSpeaker(s, first, trigger) : null;
        // واعلن الجيش التشادي في بيان انه اعتقل 12 مسلحا: a body told by its common noun before ان speaks of its own act.
        if (before is null && !craftBefore && speaker is null && role == TriggerRole.Verb && SpeakerPhraseBefore(s, first, trigger) is { } speakerPhrase) before = speakerPhrase;
        // اما الرئيس ترامب فاتهم ايران: the topic after اما is who did what the ف-clause tells.
        var (topicNamed, topicPhrase) = before is null && !craftBefore && speaker is null && role == TriggerRole.Verb ? TopicBefore(s, first, trigger) : default;
        if (topicPhrase is not null) before = topicPhrase;
        // لكنه هاجم ماكيب: the subject is the pronoun before the verb; the name after it is the object.
        bool pronounSubject = before is null && topicNamed is null && !craftBefore && speaker is null && role == TriggerRole.Verb && PronounSubjectBefore(s, first, trigger);
        var (subject, after, head) = pronounSubject ? (null, last + 1, null)
            : topicNamed is not null ? (topicNamed, last + 1, null)
            : before is { } b ? (null, last + 1, s.Words[WordIndexAt(s, b.Span.Start) ?? first].Key)
            : craftBefore ? (null, last + 1, null)
            : speaker is not null ? (speaker, last + 1, null)
            : Subject(s, first, last, trigger);
        // انه انتقد الحكومة السورية: a body the verb does not agree with is its object, no subject phrase either.
        var subjectPhrase = before ?? (subject is null && !craftBefore && !pronounSubject && !DisagreeingBodyAfter(s, first, last) ? PhraseAfterVerb(s, SkipTimes(s, last + 1)) : null);
        // ان وحدات الحرس اوقفت 34 شخصا: the words between ان and an act of force are its subject, though nothing names them.
        if (subject is null && subjectPhrase is null && !craftBefore && material && !protest && role == TriggerRole.Verb && ToldSubject(s, first, last, trigger) is { } told)
        {
            subjectPhrase = told;
            after = last + 1;
        }
        // ان "عناصر من الجيش الثاني فرضت طوقا حول المنطقة، والقت القبض على …": a و-verb goes on with the body opening its told clause.
        if (subject is null && subjectPhrase is null && !craftBefore && material && !protest && role == TriggerRole.Verb && ClauseOpeningBody(s, first, trigger) is { } body)
            subject = body;
        // نفذت قوة من الجيش العراقي عملية تفتيش، اعتقلت خلالها سبعة مطلوبين: an act told as done during an operation the
        // sentence told before is that operation's doer's, the one actor named before it (not who reports it, before ان).
        if (subject is null && subjectPhrase is null && !craftBefore && material && !protest && role == TriggerRole.Verb &&
            last + 1 < s.Words.Count && DuringIt.Contains(s.Words[last + 1].Key))
        {
            // شنت قوة من الجيش العراقي وجهاز مكافحة الارهاب عملية، اعتقلت خلالها: of bodies joined by و, the first.
            subject = OnlyActorBefore(s, first) ?? OnlyActorBefore(s, first, firstOfConjoined: true);
            if (subject is not null) after = last + 2;
        }
        // The phrase ends the subject: Subject's unnamed reach runs on to a preposition (هاجمت قوات الامن المتظاهرين بالهراوات).
        if (subjectPhrase is { } sp && sp.After > first) after = sp.After;
        // القت الاجهزة الامنية بمحافظة الجيزة القبض على: where the force serves stands between it and القبض.
        if (after < s.Words.Count && s.Words[after].Key != "القبض" && PlaceAt(s, after) is { } served && served + 1 < s.Words.Count &&
            s.Words[served + 1].Key == "القبض") after = served + 1;
        // اوقفت عناصر الدرك الملكي بطنجة تسعة اشخاص: a subject phrase cut inside a name runs on to the name's end, and where
        // the force serves stands between it and the people counted after it.
        if ((subject is not null || subjectPhrase is not null) && after > last && after < s.Words.Count && Across(s, after) is { Entity.Type: EntityType.ORG or EntityType.PER } across)
            after = across.Last + 1;
        // اوقفت الشرطة في بلدة X امس ثلاثة اشخاص: where and when, between the subject and the people counted.
        if ((subject is not null || subjectPhrase is not null) && after > last && after < s.Words.Count && PastSeatAndDay(s, after) is var taken && taken > after &&
            taken < s.Words.Count && CountStartsAt(s, s.Words[taken].Start))
        {
            // ، فجر اليوم، ثلاثة اشخاص: past a day set off by commas the clause runs on.
            if (s.Words[taken - 1].IsComma) right = Math.Max(right, ClauseEnd(s, taken - 1));
            after = taken;
        }
        // القت قوات الامن القبض الاثنين على ثلاثة صحافيين: who was taken follows القبض على.
        if (after < s.Words.Count && s.Words[after].Key == "القبض")
        {
            after = SkipTimes(s, after + 1);
            if (after < s.Words.Count && s.Words[after].Key == "علي") after++;
        }
        // واستقبل والي قفصة، علي المرموري، ممثلين عن X: a subject named between commas ends past the clause's first comma;
        // what the verb was done to follows the closing one, in the clause that comma opens.
        // واستقبل عامل إقليم خريبكة، X، يوم الجمعة، وفدا: so does a day set off by commas after it.
        if (subject is not null && after > right && after < s.Words.Count && s.Words[after - 1].IsComma)
        {
            after = PastTimeAside(s, after - 1) ?? after;
            right = ClauseEnd(s, after - 1);
        }
        // استقبل الشيخ X ولي عهد ابوظبي، اليوم في قصر الشاطئ، الرئيس Y: the host's title after his name runs on to the
        // comma of a day or a place set off by commas; whom he received follows that aside.
        if (subject is not null && TitleBeforeAside(s, after) is { } titleEnd) after = titleEnd;
        // اتهمت هيئة تحرير الشام، التي تسيطر على ادلب، موسكو: a relative clause set off by commas describes the subject;
        // the object comes after it, and nothing named inside it is the object.
        // استقبل الرئيس ميشال عون، قبل ظهر اليوم في بعبدا، ممثلة المفوضية …: so does a day or a place (، في عمان،) set off by commas, and the
        // host's seat after a verb of no force (استقبل الوزير في مكتبه السفير الروسي; وقتلت X في منزلها: she was killed there).
        // ودعت الوزارة، في بيان، مجلس الامن الى: so does the statement the act was made in.
        // اوقفت وحدات امنية، فجر اليوم، ثلاثة من قيادات الجبهة: after a subject no name tells (an actor phrase), a day
        // set off by commas is an aside before people counted (who else follows the aside, a title and its seat, is left
        // as it was read); قصفت مقاتلات تركية، مساء الاربعاء، مواقع لحزب X: before the sites an act of force struck, too.
        // هاجم مستوطنون، فجر امس، قرية المغير: and before a village, a town or a camp it struck.
        if ((subject is not null ? PastRelativeClause(s, after) ?? PastTimeAside(s, after) ?? PastPlaceAside(s, after) ?? PastStatementAside(s, after) ?? (material ? null : PastOwnSeat(s, after))
                : PastTimeAside(s, after) is { } day && (subjectPhrase is not null && NumberReader.Shared.Starts(s.Words[day]) || material && (Sites.Contains(s.Words[day].Key) || Settlements.Contains(s.Words[day].Key))) ? day : null) is { } resume)
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
            // فرضت القيود على الشركة من قبل الاتحاد الاوروبي: with no one named with the verb, the object is before the agent.
            return new Roles(agentBy.Named, subject ?? Target(s, after, agentBy.Marker - 1, null, material, last), place, head)
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
        // ودان X الهجوم الذي شنه تنظيم داعش على Y: who made the attack condemned is named past الذي.
        if (!material && !protest) right = PastMakerClause(s, after, right);
        // A protest is against whom its against-phrase names (تظاهروا … احتجاجا على ترشح بوتفليقة), not whoever it is for.
        var target = protest ? AgainstTarget(s, after, right, material) : Target(s, after, right, subject, material, last) ?? (material ? ObjectSiteOwner(s, after, last, right) : null);
        // اعتقلت الشرطة رجلا يشتبه في انه سرق جائزة الاوسكار: one person told by an indefinite noun right after the subject
        // is the object; a name further on tells about him, it is no target.
        ActorPhrases.Phrase? lonePerson = null;
        if (target is { } described && role == TriggerRole.Verb && material && !protest && LonePersonObject(s, after, right) is var (loneWord, lonePhrase) &&
            !MentionedWithin(s, described, after, loneWord))
        {
            target = null;
            lonePerson = lonePhrase;
        }
        var targetPhrase = target is not null ? null
            : protest ? AgainstPhrase(s, after, right, right)
            : SkipTimes(s, after) is var o && o <= right && _phrases.At(s.Words, o, s.Country) is { } op ? op
            : AgainstPhrase(s, after, Math.Min(right, after + MaxNounGap), right) ?? lonePerson;
        // تظاهروا امام السفارة السعودية, ساروا نحو السفارة التونسية: a protest that names no one it is against was made
        // to the state whose embassy it went to.
        if (protest && target is null && targetPhrase is null) (target, targetPhrase) = ProtestedSeat(s, last + 1, right);
        // هاجموا يوم الخميس ناحية البغدادي, فتحت النار على سكان, انفجرت لدى مرور دورية للجيش: what an act of force
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
    /// The story's organisations and persons by the match keys of their mentions' words, and an organisation of three
    /// words or more also without its head (حركة الجهاد الاسلامي → الجهاد الاسلامي), a group also by its group noun (المنظمة)
    /// and a state force by its bare head (الجيش): what a name after لل may mean; an organisation named by an indefinite
    /// head also by its first two words, what a name after ل may mean (لقوات حفتر).
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
                // منظمة بي كا كا, مليشيا الحوثي: told again by the group noun alone after لل (مخابئ للمنظمة, تعزيزات للمليشيا).
                if (keys.Length >= 2 && e.Type == EntityType.ORG && GroupNouns.Contains(keys[0])) byKey.TryAdd("ال" + keys[0], e);
                // جماعة الحوثي, مليشيا الحوثي: told again by its followers after لل (مواقع للحوثيين, تعزيزات للحوثيين).
                if (keys.Length == 2 && e.Type == EntityType.ORG && keys[1].Length > 4 && keys[1].StartsWith("ال", StringComparison.Ordinal) && keys[1][^1] == 'ي')
                    byKey.TryAdd(keys[1] + "ين", e);
                // الجيش السوري, الشرطة العراقية: told again by the bare force after لل (مواقع للجيش, مقر للشرطة).
                if (keys.Length >= 2 && e.Type == EntityType.ORG && ForceHeads.Contains(keys[0])) byKey.TryAdd(keys[0], e);
                // قوات حفتر, جماعة الحوثي: told again with ل on its indefinite head (مواقع لقوات حفتر), by its first two words.
                if (keys.Length >= 2 && e.Type == EntityType.ORG && !keys[0].StartsWith("ال", StringComparison.Ordinal)) byKey.TryAdd(keys[0] + " " + keys[1], e);
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

    /// <summary>How far back a و-verb may go on with the body opening its told clause.</summary>
    private const int MaxOpeningReach = 20;

    /// <summary>
    /// ان "عناصر من الجيش الثاني الميداني فرضت طوقا امنيا حول المنطقة، والقت القبض على …": a و-verb of force with no subject
    /// of its own goes on with the organisation opening its told clause (after ان, a quotation mark and a detachment noun)
    /// when a word that is no name, article or preposition follows it (its own verb) and no other name stands before the
    /// و-verb; null otherwise.
    /// </summary>
    private static Entity? ClauseOpeningBody(Sentence s, int first, TextSpan trigger)
    {
        if (!AfterConjunction(s, first, trigger)) return null;
        for (int k = first - 1; k >= 0 && k >= first - MaxOpeningReach; k--)
        {
            if (s.Words[k].Key is not ("ان" or "بان")) continue;
            int j = k + 1;
            if (j < first && !s.Words[j].IsLetters && s.Words[j].Key is "\"" or "«" or "“") j++;
            if (j + 1 < first && MembersOf.Contains(s.Words[j].Key) && s.Words[j + 1].Key == "من") j += 2;
            if (s.StartingAt(j) is not { Entity.Type: EntityType.ORG } body || body.Last + 1 >= first) return null;
            var own = s.Words[body.Last + 1];
            // قوة من الحشد تعرضت لاطلاق نار …، واشتبكت معهم: after an act the body suffered, the act's own reading goes on with it.
            if (!own.IsLetters || own.Key.StartsWith("ال", StringComparison.Ordinal) || Prepositions.Contains(own.Key) || ClauseWords.Contains(own.Key) ||
                Subjected.Contains(own.Key)) return null;
            for (int m = body.Last + 1; m < first; m++)
            {
                if (s.StartingAt(m) is { Entity.Type: EntityType.ORG or EntityType.PER }) return null;
            }
            return body.Entity;
        }
        return null;
    }

    /// <summary>Whether the verb at <paramref name="trigger"/> is written with و or ف and words of its sentence stand before it.</summary>
    private static bool AfterConjunction(Sentence s, int first, TextSpan trigger) =>
        s.Words[first].Start < trigger.Start && s.Text[trigger.Start - 1] is 'و' or 'ف';

    /// <summary>"During it" with a pronoun for what was told before (خلالها, خلاله, اثناءها): an adverb of time.</summary>
    private static readonly HashSet<string> During = MatchKey.SetOf("خلالها", "خلاله", "خلالهما", "خلالهم", "اثناءها", "اثناءه");

    private static int SkipTimes(Sentence s, int k)
    {
        while (k < s.Words.Count)
        {
            if (IsTime(s, k) || s.InTime(k)) k++;
            // شنت في تموز/يوليو قوات X غارة: a date the time stage read, with its في, tells when, as a time word does.
            else if (k + 1 < s.Words.Count && s.Words[k].Key == "في" && s.InTime(k + 1)) k += 2;
            // قصفت طائرات التحالف بعد ذلك مواقع المسلحين: "after that" tells when, as a time word does.
            else if (k + 1 < s.Words.Count && s.Words[k].Key == "بعد" && s.Words[k + 1].Key == "ذلك") k += 2;
            // اندلعت مواجهات، اطلقت خلالها قوات X الغاز: "during it" points back to what the sentence told, and tells when.
            else if (During.Contains(s.Words[k].Key)) k++;
            else break;
        }
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

    /// <summary>Pronouns of an operation right after an act done during it (اعتقلت خلالها, قتل خلاله).</summary>
    private static readonly HashSet<string> DuringIt = MatchKey.SetOf("خلالها", "خلاله", "اثناءها", "اثناءه", "خلالهما");

    /// <summary>Squares, streets and roundabouts, named after bodies too (ساحة الامم المتحدة, شارع الجامعة العربية).</summary>
    private static readonly HashSet<string> SquareNouns = MatchKey.SetOf("ساحة", "شارع", "ميدان", "دوار", "جادة", "طريق");

    /// <summary>
    /// The one person or organisation the sentence names before word <paramref name="word"/>, or null when it names none
    /// or several. With <paramref name="firstOfConjoined"/>, several joined by و right after each other (قوة من الجيش
    /// العراقي وجهاز مكافحة الارهاب) count as the first of them, the subject's head.
    /// </summary>
    internal static Entity? OnlyActorBefore(Sentence s, int word, bool firstOfConjoined = false)
    {
        // ذكرت وكالة رويترز ان قوات الامن نفذت حملة دهم، اعتقلت خلالها: who reports the operation did not carry it out,
        // so only names after the last ان before the verb count.
        int opener = -1;
        for (int k = word - 1; k >= 0; k--)
        {
            if (s.Words[k].Key is "ان" or "بان" or "انه") { opener = k; break; }
        }
        Entity? only = null;
        int lastOfOnly = -1;
        foreach (var m in s.Mentions)
        {
            if (m.First <= opener || m.Last >= word || m.Entity.Type is not (EntityType.PER or EntityType.ORG)) continue;
            // قوة من مجلس X العسكري المنضوي في صفوف قسد: whom the actor serves is not a second actor.
            if (IsPatron(s, m.First)) continue;
            // في محيط ساحة الامم المتحدة: a body a square or a street is named after is where, not who.
            if (m.First > 0 && SquareNouns.Contains(s.Words[m.First - 1].Key)) continue;
            // عمان (بترا) - احبطت القوات …: the agency a dateline credits reports the story, it does no act in it.
            if (m.First < DatelineCreditReach && IsDatelineCredit(s, m)) continue;
            if (only is not null && only != m.Entity)
            {
                if (firstOfConjoined && m.First == lastOfOnly + 1 && s.Words[m.First].Key.StartsWith('و'))
                {
                    lastOfOnly = m.Last;
                    continue;
                }
                return null;
            }
            only = m.Entity;
            lastOfOnly = m.Last;
        }
        return only;
    }

    /// <summary>How many words into its sentence a dateline's credit may stand (سيدي بوزيد (تونس) (وات) -).</summary>
    private const int DatelineCreditReach = 6;

    /// <summary>
    /// Whether mention <paramref name="m"/> is the agency a dateline credits: a name in brackets closed by the dateline's
    /// dash (عمان (بترا) -, طرابلس (وال) -) or set between two dashes (بغداد - واع -), among the sentence's first words.
    /// </summary>
    private static bool IsDatelineCredit(Sentence s, Placed m)
    {
        if (m.First < 1 || m.Last + 2 >= s.Words.Count) return false;
        string before = s.Words[m.First - 1].Key, after = s.Words[m.Last + 1].Key;
        return before == "(" && after == ")" && s.Words[m.Last + 2].Key is "-" or "–" or "—" ||
               before is "-" or "–" or "—" && after is "-" or "–" or "—";
    }

    /// <summary>How far after a curfew's verb في and the place it is imposed on may stand (فرضت X حظرا شاملا للتجوال في قضاء عانة).</summary>
    private const int CurfewPlaceReach = 12;

    /// <summary>
    /// The words of a place told after في by its category noun and one word (في قضاء عانة, في ناحية العلم), from word
    /// <paramref name="from"/> to the clause's end within <see cref="CurfewPlaceReach"/> words, where no mention stands
    /// there; null when none is.
    /// </summary>
    internal static ActorPhrases.Phrase? PlaceAfterIn(Sentence s, int from)
    {
        for (int k = from; k + 2 < s.Words.Count && k < from + CurfewPlaceReach; k++)
        {
            var w = s.Words[k];
            if (!w.IsLetters) return null;
            if (w.Key != "في" || !PlaceNouns.Contains(s.Words[k + 1].Key) || !s.Words[k + 2].IsLetters) continue;
            if (s.StartingAt(k + 1) is not null || s.StartingAt(k + 2) is not null) return null;
            return new ActorPhrases.Phrase(new TextSpan(s.Words[k + 1].Start, s.Words[k + 2].End), k + 3, null);
        }
        return null;
    }

    /// <summary>مع with a pronoun after a verb (اشتبك معهم X): the other side was named before.</summary>
    private static readonly HashSet<string> WithPronouns = MatchKey.SetOf("معهم", "معه", "معها", "معهما");

    /// <summary>
    /// Whom a pronoun after the verb at word <paramref name="first"/> points back to: the first person or organisation
    /// named after the last ان before it (or in the sentence, with none), other than <paramref name="not"/>.
    /// </summary>
    private static Entity? PronounReferent(Sentence s, int first, Entity not)
    {
        int opener = LastReportOpener(s, first);
        foreach (var m in s.Mentions)
        {
            if (m.First > opener && m.Last < first && m.Entity != not && m.Entity.Type is EntityType.PER or EntityType.ORG) return m.Entity;
        }
        return null;
    }

    /// <summary>The last ان or بان before word <paramref name="first"/>, which opens the clause reported there; -1 when none does.</summary>
    private static int LastReportOpener(Sentence s, int first)
    {
        for (int k = first - 1; k >= 0; k--)
        {
            if (s.Words[k].Key is "ان" or "بان") return k;
        }
        return -1;
    }

    /// <summary>Soldiers told by their common noun alone (الجنود, العسكريون).</summary>
    internal static readonly HashSet<string> SoldiersWords = MatchKey.SetOf("الجنود", "العسكريون", "العسكريين");

    /// <summary>
    /// The first side of the clause reported after the last ان/بان before word <paramref name="first"/>: the first person
    /// or organisation named there, or the actor phrase opening it (ان "المسلحين تسللوا); both null when neither is.
    /// </summary>
    private (Entity? Named, ActorPhrases.Phrase? Unnamed) ReportedFirstSide(Sentence s, int first)
    {
        int opener = LastReportOpener(s, first);
        if (opener < 0) return (null, null);
        int open = opener + 1;
        if (open < first && s.Words[open].IsQuotationMark) open++;
        // ان "مسلحي التنظيم تسللوا: past its members' noun.
        if (open < first && s.StartingAt(PastMembers(s, open, first - 1)) is { Entity.Type: EntityType.PER or EntityType.ORG } named) return (named.Entity, null);
        return open < first && _phrases.At(s.Words, open, s.Country) is { } p && p.After <= first ? (null, p) : (null, null);
    }

    /// <summary>Clause openers after which a new subject is named (…، فيما انتقد النائب X, بينما اتهمت الوزارة).</summary>
    private static readonly HashSet<string> SubjectClauseOpeners = MatchKey.SetOf("فيما", "بينما");

    /// <summary>
    /// The first person or organisation named after the last فيما/بينما before word <paramref name="word"/>, when one is
    /// named there and after the sentence's first actor: the subject of the clause a participle at the word closes.
    /// </summary>
    private static Entity? ClauseSubjectBefore(Sentence s, int word)
    {
        int opener = -1;
        for (int k = word - 1; k > 0; k--)
        {
            if (SubjectClauseOpeners.Contains(s.Words[k].Key)) { opener = k; break; }
        }
        if (opener < 0) return null;
        foreach (var m in s.Mentions)
        {
            if (m.First > opener && m.Last < word && m.Entity.Type is EntityType.PER or EntityType.ORG) return m.Entity;
        }
        return null;
    }

    /// <summary>
    /// Whether the name at word <paramref name="k"/> follows the sentence's opening word and an indefinite subject closed by
    /// its adjectives (وطالبت منظمات حقوقية ليبية ودولية الاتحاد الاوروبي): the object of the opening verb, not whom the
    /// sentence is about.
    /// </summary>
    private bool ObjectOfOpeningVerb(Sentence s, int k) => k > 2 && s.StartingAt(0) is null && ClosedByAdjectives(s, 1, k);

    /// <summary>The first person or organisation named before word <paramref name="word"/> in the sentence: whom it is about.</summary>
    internal static Entity? FirstActorBefore(Sentence s, int word) =>
        ActorOpening(s, word, s.Mentions.FirstOrDefault(m => m.Last < word && m.Entity.Type is EntityType.PER or EntityType.ORG));

    /// <summary>
    /// The first person or organisation named before word <paramref name="word"/> as <see cref="FirstActorBefore"/> finds
    /// it, passing over one named after a preposition or with a clitic ل or ب (تقاربه مع ترامب, تحدث عن الحكومة, قال لترامب):
    /// a name governed so is no subject a later و-verb can go on with (وكشف ويست عن تقاربه مع ترامب، واشاد بـ …: not ترامب).
    /// </summary>
    internal static Entity? SubjectActorBefore(Sentence s, int word) =>
        ActorOpening(s, word, s.Mentions.FirstOrDefault(m => m.Last < word && m.Entity.Type is EntityType.PER or EntityType.ORG && !Governed(s, m)));

    /// <summary>Whether the name <paramref name="m"/> stands after a preposition or carries a clitic ل or ب (مع ترامب, لترامب).</summary>
    private static bool Governed(Sentence s, Placed m) =>
        m.First > 0 && Prepositions.Contains(s.Words[m.First - 1].Key) ||
        s.Words[m.First].Start < m.Span.Start && s.Text[m.Span.Start - 1] is 'ل' or 'ب';

    /// <summary>The actor a sentence opening with <paramref name="first"/> is about: the person named right after a body in his title, else that name.</summary>
    private static Entity? ActorOpening(Sentence s, int word, Placed first)
    {
        if (first.Entity is not { Type: EntityType.ORG }) return first.Entity;
        // الامين العام لجامعة الدول العربية احمد ابو الغيط: a body in the title of the person named right after it is his
        // office; he is the one acting. So past where the office sits or goes (المبعوث الخاص للامين العام للامم المتحدة
        // الى اليمن هانس غروندبرغ).
        int k = first.Last + 1;
        if (k + 1 < s.Words.Count && s.Words[k].Key is "في" or "لدي" or "الي" && s.StartingAt(k + 1) is { Entity.Type: EntityType.LOC } seat) k = seat.Last + 1;
        // رئيس مجلس السيادة الفريق اول عبد الفتاح البرهان: so past the holder's rank.
        for (int rank = 0; rank < MaxRankWords && k < word && s.StartingAt(k) is null && Honorifics.Contains(s.Words[k].Key); rank++) k++;
        var holder = s.StartingAt(k);
        return holder is { Entity.Type: EntityType.PER } h && h.Last < word ? h.Entity : first.Entity;
    }

    /// <summary>Whether a word key is a title or rank (وزير, المتحدث, الفريق): a person named after one is a public figure.</summary>
    /// <remarks>
    /// عامل is a title only as a subject's head word, which <see cref="Subject"/> gives it only before the province the
    /// Moroccan governor governs (عامل إقليم خريبكة، X); as a head elsewhere it stands for a worker no one names. An office
    /// noun (عضو مجلس النواب X, رئيس مجلس المحافظة X) is a title too: its holder acts in office.
    /// </remarks>
    public bool IsTitle(string? key) => key is not null && (Honorifics.Contains(key) || _actors.RoleAgent(NameKey.Word(key)) is not null || key == ProvinceGovernorTitle || IsOfficeNoun(key));

    private static readonly string ProvinceGovernorTitle = MatchKey.Of("عامل");

    private bool IsTitleWord(Word word)
    {
        if (!word.IsLetters) return false;
        string key = NameKey.Word(word.Key);
        return Honorifics.Contains(word.Key) || _actors.RoleAgent(key) is not null || _actors.Nationality(key) is not null ||
               key is "عام" or "باسم";
    }

    /// <summary>Whether word <paramref name="k"/> is a word of time (امس, مساء, الاحد) or lies in a time expression the time stage read (الاسبوع الماضي, في تموز/يوليو).</summary>
    private static bool IsTime(Sentence s, int k) => TimeWords.Contains(s.Words[k].Key) || s.InTime(k);

    /// <summary>Whether the word key is a craft noun (طائرات, مروحيات, مدفعية): the force named after it did what they did.</summary>
    internal static bool IsCraft(string key) => Craft.Contains(key);

    /// <summary>A craft noun with or without the article (طيران, الطيران, المروحيات).</summary>
    internal static bool IsCraftWithOrWithoutArticle(string key) => Craft.ContainsWithOrWithoutArticle(key);
}
