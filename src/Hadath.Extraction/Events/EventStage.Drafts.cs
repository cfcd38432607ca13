using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Drafting a sentence's events: triggers of one PLOVER type with compatible roles merge into one draft unless a clause
/// break or another incident stands between them; people counted fill a side no one else fills; drafts become events.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>CAMEO's quad class of material conflict: protest, force, coercion, assault, fighting (codes 14–20).</summary>
    private const int MaterialConflict = 4;
    /// <summary>CAMEO's quad classes of speech: verbal cooperation (01–05) and verbal conflict (09–13).</summary>
    private const int VerbalCooperation = 1;
    private const int VerbalConflict = 3;

    /// <summary>Words saying the rest of a sentence tells another incident (في حادث منفصل, في هجوم منفصل).</summary>
    private static readonly HashSet<string> OtherIncident = MatchKey.SetOf("منفصل", "منفصلة", "منفصله");

    // Words that open a clause with its own subject and act (… فيما اشتبكت القوات, بينما تظاهر), and speech participles
    // that open a new reported statement (ان انتحاريا فجر سيارة …، مضيفا ان قوات الامن قتلت اربعة مهاجمين).
    private static readonly HashSet<string> ClauseBreaks = new[] { "فيما", "بينما", "مضيفا", "مضيفة", "مشيرا", "مشيرة", "موضحا", "موضحة", "مؤكدا", "مؤكدة",
            "مبينا", "مبينة", "لافتا", "لافتة", "منوها", "منوهة", "مشددا", "مشددة" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>An event being gathered for a sentence: triggers of one PLOVER type with compatible roles are one event.</summary>
    private sealed record Draft(TextSpan Span, CameoCode Code, string Rule, Entity? Source, Entity? Target, Entity? Place)
    {
        /// <summary>An unnamed source or target (قوات الامن), kept where no entity fills the role.</summary>
        public ActorPhrases.Phrase? SourcePhrase { get; init; }
        public ActorPhrases.Phrase? TargetPhrase { get; init; }

        /// <summary>The verb carries its addressee as an object pronoun (ودعتهم الى): a call made to someone, though unnamed.</summary>
        public bool AddresseePronoun { get; init; }
    }

    /// <summary>
    /// People counted fill a side no one else fills: the dead, wounded or taken are the target of a violent act (قتل 18
    /// شخصا في انفجار), the crowd counted is the source of a protest (تظاهر آلاف الطلاب), and so is a crowd told right after
    /// the protest verb (تجمع عدد من الشبان). Only counts of the act's own incident and clause (<see cref="IncidentOf"/>).
    /// </summary>
    private void SidesFromCounts(List<Draft> drafts, EventArguments.Sentence s)
    {
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            var scope = IncidentOf(s.Words, d.Span);
            bool arrest = d.Code.Code.StartsWith("17", StringComparison.Ordinal);
            // ان الرجل اعتقل في عام, واعتقل كافالا في اكتوبر: a passive verb's topic suffered it; a person read as its subject did not act.
            if ((IsViolent(d.Code.Code) || arrest) && d.Target is null && d.TargetPhrase is null && d.SourcePhrase is null &&
                _arguments.Suffered(s, d.Span, arrest) is { } suffered && (d.Source is null || d.Source == suffered.Named))
            {
                drafts[k] = d with { Source = null, Target = suffered.Named, TargetPhrase = suffered.Unnamed };
            }
            else if (IsViolent(d.Code.Code) && d.Target is null && d.TargetPhrase is { } post && EventArguments.IsPostPhrase(s, post) && !IsClash(s.Words, d.Span) &&
                     _arguments.Victims(s, scope) is { } dead && EventArguments.GroupOfCounted(s, dead) is { } force && force != d.Source)
            {
                // قتل اربعة من منتسبي الجيش العراقي بتفجير استهدف نقطة تفتيش: a post told by its kind alone is the force's
                // whose members died there; that force is the side struck.
                drafts[k] = d with { Target = force, TargetPhrase = null };
            }
            else if (IsViolent(d.Code.Code) && d.Target is null && d.TargetPhrase is null && !IsClash(s.Words, d.Span) && _arguments.Victims(s, scope) is { } victims)
            {
                // قتل اربعة من عناصر الشرطة الاتحادية بهجوم: the dead are members of the force named after them, the side struck.
                drafts[k] = EventArguments.GroupOfCounted(s, victims) is { } group && group != d.Source ? d with { Target = group } : d with { TargetPhrase = victims };
            }
            else if (d.Code.Plover == "PROTEST" && d.Source is null && d.SourcePhrase is null &&
                     (_arguments.CrowdAfter(s, EventArguments.WordRange(s.Words, d.Span).Last) ?? _arguments.Crowd(s, scope)) is { } crowd)
            {
                drafts[k] = d with { SourcePhrase = crowd };
            }
        }
    }

    /// <summary>
    /// اطلقت قوات الامن الرصاص الحي على المتظاهرين: a state's army or police firing on protesters represses them (175), as
    /// the story gold codes live fire, tear gas and batons turned on a crowd (and blows, state-blows); gunmen's fire on
    /// them, or the police's on gunmen, stays an assault (190). Read once the sides are filled; an unnamed force with no
    /// country (قوات الامن in a story without a dateline) is read by its agent.
    /// </summary>
    private void StateFireOnProtesters(List<Draft> drafts, EventArguments.Sentence s)
    {
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Code.Code == "190" && d.Rule.Contains("+weapon-object:", StringComparison.Ordinal) &&
                (IsStateForceActor(d.Source) || IsStateForceCode(d.SourcePhrase?.Code ?? d.SourcePhrase?.Agent)) && NamesProtesters(s.Words, d.TargetPhrase))
                drafts[k] = d with { Code = _codes.Lookup("175"), Rule = d.Rule + "+state-fire" };
        }
    }

    /// <summary>Clash words: a clash is between two sides, and its dead are no side of it.</summary>
    private static readonly HashSet<string> Clashes = MatchKey.SetOf("اشتباكات", "اشتباك", "مواجهات", "معارك", "اشتبك", "اشتبكت", "اشتبكوا");

    /// <summary>Whether the act's trigger is a clash (اشتباكات بين X و Y, اشتبكت X مع Y), with or without و/ف.</summary>
    private static bool IsClash(IReadOnlyList<Word> words, TextSpan act)
    {
        foreach (var w in WordScanner.AsSpan(words))
        {
            if (w.End <= act.Start || w.Start >= act.End) continue;
            string key = w.Key.Length > 3 && w.Key[0] is 'و' or 'ف' ? w.Key[1..] : w.Key;
            if (Clashes.Contains(w.Key) || Clashes.Contains(key)) return true;
        }
        return false;
    }

    /// <summary>
    /// The part of the sentence that tells the incident of <paramref name="act"/>: up to the words on either side that say
    /// another incident follows (وفي حادث منفصل) or open a clause with its own subject and act (فيما قتلت القوات 4 مسلحين).
    /// </summary>
    private static TextSpan IncidentOf(IReadOnlyList<Word> words, TextSpan act)
    {
        int start = words.Count > 0 ? words[0].Start : act.Start, end = words.Count > 0 ? words[^1].End : act.End;
        foreach (var w in WordScanner.AsSpan(words))
        {
            if (!OtherIncident.Contains(w.Key) && !ClauseBreaks.Contains(w.Key)) continue;
            if (w.End <= act.Start) start = Math.Max(start, w.End);
            else if (w.Start >= act.End) end = Math.Min(end, w.Start);
        }
        return new TextSpan(start, end);
    }

    /// <summary>The source of the last draft with one that ends by <paramref name="start"/>, or null.</summary>
    private static Entity? LastSourceBefore(List<Draft> drafts, int start)
    {
        for (int k = drafts.Count - 1; k >= 0; k--)
        {
            if (drafts[k].Span.End <= start && drafts[k].Source is not null) return drafts[k].Source;
        }
        return null;
    }

    /// <summary>
    /// Whether an act of the same PLOVER type (or, without one, the same code) between the same sides is drafted already;
    /// a participle after a comma (ودان X الهجوم، محملا Y المسؤولية) or a blame is a predicate of its own.
    /// </summary>
    private static bool Drafted(List<Draft> drafts, CameoCode code, Entity? source, Entity? target)
    {
        foreach (var d in drafts)
        {
            if ((d.Code.Plover ?? d.Code.Code) == (code.Plover ?? code.Code) && d.Source == source && d.Target == target &&
                !d.Rule.Contains("+after-comma", StringComparison.Ordinal) && !d.Rule.Contains("+blame", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // The tests below stood as lambdas in the hit loops of Process: a lambda that reads a hit, its code or its roles makes
    // the loop body's variables a closure, made for every hit whether the test is reached or not.

    /// <summary>Whether a draft of code <paramref name="code"/> between <paramref name="source"/> and <paramref name="target"/> is drafted already.</summary>
    private static bool AnyOfCodeBetween(List<Draft> drafts, string code, Entity? source, Entity? target)
    {
        foreach (var d in drafts)
        {
            if (d.Code.Code == code && d.Source == source && d.Target == target) return true;
        }
        return false;
    }

    /// <summary>Whether a draft of code <paramref name="code"/> is drafted already.</summary>
    private static bool AnyOfCode(List<Draft> drafts, string code)
    {
        foreach (var d in drafts)
        {
            if (d.Code.Code == code) return true;
        }
        return false;
    }

    /// <summary>Whether a draft's source has the id <paramref name="id"/>.</summary>
    private static bool AnyBySource(List<Draft> drafts, string id)
    {
        foreach (var d in drafts)
        {
            if (d.Source?.Id == id) return true;
        }
        return false;
    }

    /// <summary>The last draft of code <paramref name="code"/> ending at or before <paramref name="start"/>, or null.</summary>
    private static Draft? LastOfCodeBefore(List<Draft> drafts, string code, int start)
    {
        for (int k = drafts.Count - 1; k >= 0; k--)
        {
            if (drafts[k].Code.Code == code && drafts[k].Span.End <= start) return drafts[k];
        }
        return null;
    }

    /// <summary>Whether a verb hit before word <paramref name="word"/> has the code <paramref name="code"/>.</summary>
    private bool AnyVerbOfCodeBefore(List<CameoVerbTable.Hit> verbHits, int word, string code)
    {
        foreach (var h in verbHits)
        {
            if (h.Word < word && _codes.Lookup(h.Pattern.Code).Code == code) return true;
        }
        return false;
    }

    /// <summary>Whether the sentence mentions <paramref name="entity"/> ending before word <paramref name="word"/>.</summary>
    private static bool MentionedBefore(EventArguments.Sentence s, Entity entity, int word)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity == entity && m.Last < word) return true;
        }
        return false;
    }

    /// <summary>The first organisation mentioned after word <paramref name="word"/> that is not <paramref name="other"/>, or null.</summary>
    private static Entity? FirstBodyAfter(EventArguments.Sentence s, int word, Entity? other)
    {
        foreach (var m in s.Mentions)
        {
            if (m.First > word && m.Entity.Type == EntityType.ORG && m.Entity != other) return m.Entity;
        }
        return null;
    }

    /// <summary>The drafts as events, by start (drafts starting together keep their order).</summary>
    private static void AddInOrder(ImmutableArray<Event>.Builder events, List<Draft> drafts, TimeExpression? time, EventArguments.Sentence s)
    {
        string? country = s.Country;
        bool sorted = true;
        for (int k = 1; k < drafts.Count && sorted; k++) sorted = drafts[k - 1].Span.Start <= drafts[k].Span.Start;
        if (!sorted)
        {
            // A stable sort: insertion, as a sentence has a handful of drafts.
            for (int k = 1; k < drafts.Count; k++)
            {
                var d = drafts[k];
                int j = k - 1;
                for (; j >= 0 && drafts[j].Span.Start > d.Span.Start; j--) drafts[j + 1] = drafts[j];
                drafts[j + 1] = d;
            }
        }
        foreach (var d in drafts)
        {
            if (IsAppealToNoOne(s, d)) continue;
            events.Add(Record(SpokenToAThing(d) ? d with { Target = null } : d, time, country));
        }
    }

    /// <summary>
    /// Whether a verbal act (QuadClass 1 or 3: a call, a meeting, a condemnation, a threat) is aimed at a name typed MISC
    /// with no actor code (هدد بفرض السيادة على المسجد الاقصى, انتقد تنظيم كأس العالم): a shrine, a prize, a currency or a
    /// tournament is no one spoken to or against. A MISC name coded as an actor (البيت الابيض) stays.
    /// </summary>
    private static bool SpokenToAThing(Draft d) =>
        d.Target is { Type: EntityType.MISC, Actor: null } && d.Code.Quad is VerbalCooperation or VerbalConflict;

    /// <summary>How many words the caller named after a call's verb may stand from it (دعا العاهل المغربي الملك محمد السادس).</summary>
    private const int MaxCallerReach = 8;

    /// <summary>
    /// A call or a demand (CAMEO 02, 10) addressed to no one: what is called for follows the verb and its caller at once,
    /// past days and commas (دعت الامم المتحدة الى تحقيق مستقل, دعا الرئيس، الاحد، الى مقاطعة, طالبت النقابة بزيادة الاجور).
    /// CAMEO's appeal is made to someone; one to no one is what a speaker said, a statement to quote, not an event between
    /// two sides, and the story gold reads such calls as speech. One with words between its caller and what it calls for
    /// (دعت المنظمة الدول الاعضاء الى, دعت الجمعية في بيان رئاسة الحكومة الى) is kept, its addressee named or not; so is
    /// one whose verb carries the addressee as a pronoun (ودعتهم الى العودة).
    /// </summary>
    private static bool IsAppealToNoOne(EventArguments.Sentence s, Draft d)
    {
        if (d.Target is not null || d.TargetPhrase is not null || d.AddresseePronoun || d.Code.Code.Length < 2 || (d.Code.Code[0], d.Code.Code[1]) is not (('0', '2') or ('1', '0'))) return false;
        var words = s.Words;
        int k = 0;
        while (k < words.Count && words[k].Start < d.Span.End) k++;
        int verbEnd = k;
        // The caller named after the verb: its words are no addressee.
        if (d.SourcePhrase is { } phrase && phrase.Span.Start >= d.Span.End)
        {
            while (k < words.Count && words[k].Start < phrase.Span.End) k++;
        }
        else if (d.Source is { } source)
        {
            foreach (var m in s.Mentions)
            {
                if (m.Entity == source && m.First >= verbEnd && m.First <= verbEnd + MaxCallerReach)
                {
                    k = m.Last + 1;
                    break;
                }
            }
        }
        while (k < words.Count && (words[k].IsComma || CallerAsides.Contains(words[k].Key))) k++;
        if (k >= words.Count) return true;
        string key = words[k].Key;
        return key is "الي" or "علي" || key.Length > 3 && key[0] is 'ب' or 'ل' && !key.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>Days and times set off after a caller (دعا الرئيس، الاحد، الى): no addressee.</summary>
    private static readonly HashSet<string> CallerAsides = MatchKey.SetOf("امس", "اليوم", "مساء", "صباح", "الاحد", "الاثنين", "الثلاثاء",
        "الاربعاء", "الخميس", "الجمعة", "السبت", "مؤخرا", "مجددا", "ايضا");

    /// <summary>
    /// One event per predicate: a trigger of a PLOVER type already drafted in the sentence with no conflicting role
    /// (هجوم انتحاري بسيارة مفخخة استهدف …, تظاهر … احتجاجا على) joins that event and fills the roles it lacks.
    /// </summary>
    private static void Merge(List<Draft> drafts, Draft next, IReadOnlyList<Word> words)
    {
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if ((d.Code.Plover ?? d.Code.Code) != (next.Code.Plover ?? next.Code.Code)) continue;
            if (BlockadeAndRally(d.Code.Code, next.Code.Code)) continue;
            if (StrikeBesideRally(d, next)) continue;
            if (OtherCoercion(d.Code.Code, next.Code.Code)) continue;
            if (HostagesBesideAttack(d, next)) continue;
            if (GasBesideClash(d, next)) continue;
            // وحمل X الحكومة مسؤولية التقاعس، متهما لجنة الاشراف بالتغاضي: an accusing participle after a comma is a
            // predicate of its own, not more words for the blame before it (whom it accuses is another).
            if (d.Rule.Contains("+blame", StringComparison.Ordinal) && next.Rule.Contains("+after-comma", StringComparison.Ordinal) && next.Code.Code.StartsWith("112", StringComparison.Ordinal)) continue;
            if (ClauseBreakBetween(words, d.Span, next.Span)) continue;
            if (BombingBeforeAttack(words, d, next)) continue;
            // فجروا سيارة ملغومة قبل ان يشتبكوا مع الحراس, تعرضت لكمين واشتبكت معهم: a clash with the other side is a
            // fight of its own after the attack, not more words for it.
            // A toll read with its act (قتل 3 اشخاص في انفجار) is that fight's outcome and joins it.
            if (IsToldClash(d) != IsToldClash(next) && d.Code.Code[..2] != next.Code.Code[..2] && !ReadByToll(d) && !ReadByToll(next)) continue;
            // ثلاث ضربات جوية قرب تلعفر استهدفت وحدة للتنظيم: a place read as the subject of the later verb is where the
            // act was, no second actor beside the one who launched it; the verb joins the act.
            if (d.Source is not null && next.Source is not null && d.Source != next.Source && !PlaceBesideActor(d.Source, next.Source)) continue;
            if (d.Target is not null && next.Target is not null && d.Target != next.Target) continue;
            drafts[k] = d with
            {
                Source = PlaceBesideActor(d.Source, next.Source) && d.Source!.Type == EntityType.LOC ? next.Source : d.Source ?? next.Source,
                Target = d.Target ?? next.Target, Place = d.Place ?? next.Place,
                SourcePhrase = d.SourcePhrase ?? next.SourcePhrase, TargetPhrase = d.TargetPhrase ?? next.TargetPhrase,
            };
            return;
        }
        drafts.Add(next);
    }

    /// <summary>Words after which a bombing (بعد ان فجر, اثر تفجير) is told as the act that came before another.</summary>
    private static readonly HashSet<string> Before = MatchKey.SetOf("بعد", "اثر", "عقب");

    /// <summary>
    /// Whether one of two assaults is a bombing told after بعد (ان), اثر or عقب (صد الجيش هجوما شنه X على قاعدة، بعد ان فجر
    /// احدهم سيارة مفخخة; هاجم مقاتلون قاعدة بعد ان فجر انتحاري سيارة مفخخة): the bombing came first and is an act of its
    /// own, not more words for the attack (هجوم انتحاري بسيارة مفخخة stays one), as ev18a-sablale codes هاجموا … بعد تفجير.
    /// </summary>
    private static bool BombingBeforeAttack(IReadOnlyList<Word> words, Draft d, Draft next)
    {
        var (bombing, other) = next.Code.Code.StartsWith("183", StringComparison.Ordinal) ? (next, d) : (d, next);
        if (!bombing.Code.Code.StartsWith("183", StringComparison.Ordinal) || other.Code.Code.StartsWith("183", StringComparison.Ordinal)) return false;
        if (bombing.Span.Start < other.Span.End) return false;
        int k = WordScanner.Holding(words, bombing.Span.Start);
        if (k >= 1 && words[k - 1].Key == "ان") k--;
        return k >= 1 && Before.Contains(words[k - 1].Key);
    }

    /// <summary>Whether one of two different sources is a place and the other a person or an organisation.</summary>
    private static bool PlaceBesideActor(Entity? a, Entity? b) =>
        a is not null && b is not null && a != b && (a.Type == EntityType.LOC) != (b.Type == EntityType.LOC);

    /// <summary>Whether a draft's act was read by the toll in its sentence (the casualty rows, a passive toll).</summary>
    private static bool ReadByToll(Draft d) => d.Rule.Contains("+casualty", StringComparison.Ordinal) || d.Rule.Contains("+toll", StringComparison.Ordinal);

    /// <summary>A fight told with its other side after مع (اشتبكوا مع, اشتباك قصير مع) or as an exchange of fire (تبادلت معهم اطلاق النار).</summary>
    private static bool IsToldClash(Draft d) =>
        d.Code.Code == "190" && (d.Rule.Contains("+clash-with", StringComparison.Ordinal) || d.Rule.Contains("تبادل", StringComparison.Ordinal));

    /// <summary>
    /// اعتصم العشرات امام السراي …، وقطعوا الطريق بسياراتهم: a road blocked (144) or violence (145) is an act of its own
    /// beside the demonstration or strike (140, 141, 143) told in the same sentence, not more of it; so is fire set beside
    /// a road cut (عمد الشبان الى اغلاق الطريق بالحجارة واضرام النار في العجلات: 144 and 145), as when each has its own
    /// clause (قطع المعطلون الطريق …، واضرموا النار في العجلات). Stones and tyres (145 and 145) stay one riot.
    /// </summary>
    private static bool BlockadeAndRally(string a, string b) =>
        IsBlockadeOrRiot(a) != IsBlockadeOrRiot(b) || IsBlockadeOrRiot(a) && IsBlockadeOrRiot(b) && a[..3] != b[..3];

    /// <summary>
    /// نفذ الموظفون اضرابا شاملا، واعتصم المئات منهم امام السراي: a strike (143: work stopped) and a demonstration or sit-in
    /// (140, 141: people gathered) told by verbs of their own in one sentence are two acts, as a road blocked beside a rally
    /// is. The purpose a strike is told with (دخلوا في اضراب احتجاجا على) is no act of its own and still joins it.
    /// </summary>
    private static bool StrikeBesideRally(Draft a, Draft b)
    {
        bool strikeA = a.Code.Code.StartsWith("143", StringComparison.Ordinal), strikeB = b.Code.Code.StartsWith("143", StringComparison.Ordinal);
        if (strikeA == strikeB) return false;
        var rally = strikeA ? b : a;
        return rally.Code.Code is "140" or "141" && !rally.Rule.Contains("+after-protest", StringComparison.Ordinal);
    }

    /// <summary>
    /// اوقفت 38 سوريا، وصادرت اربع دراجات نارية, ورحلت 12 منهم: people taken (173), things confiscated (171), a curfew
    /// (172) and a deportation (174) are acts of their own though one force did them in one sentence, not more words for
    /// one act of coercion.
    /// </summary>
    private static bool OtherCoercion(string a, string b) =>
        a.StartsWith("17", StringComparison.Ordinal) && b.StartsWith("17", StringComparison.Ordinal) && a.Length >= 3 && b.Length >= 3 && a[..3] != b[..3];

    /// <summary>
    /// هاجمت قوات X بلدة Y، ونهبت سوقها واحتجزت عشرات المدنيين رهائن: people taken (181) are an act of their own beside the
    /// attack on the place, not more words for it.
    /// </summary>
    private static bool HostagesBesideAttack(Draft a, Draft b) =>
        (a.Rule.Contains("+hostages", StringComparison.Ordinal) || b.Rule.Contains("+hostages", StringComparison.Ordinal)) && a.Code.Code != b.Code.Code;

    /// <summary>
    /// واندلعت مواجهات في الحي، اطلقت خلالها قوات X قنابل الغاز المسيل للدموع: force used on a crowd (175) by a force named
    /// as firing it is an act of its own beside the clashes (190) the sentence tells, not more words for the clash. Gas
    /// with no one found firing it stays with the clash, which may name who fired.
    /// </summary>
    private static bool GasBesideClash(Draft a, Draft b) =>
        a.Code.Code.StartsWith("190", StringComparison.Ordinal) && b.Code.Code.StartsWith("175", StringComparison.Ordinal) && (b.Source is not null || b.SourcePhrase is not null) ||
        a.Code.Code.StartsWith("175", StringComparison.Ordinal) && b.Code.Code.StartsWith("190", StringComparison.Ordinal) && (a.Source is not null || a.SourcePhrase is not null);

    private static bool IsBlockadeOrRiot(string code) => code.StartsWith("144", StringComparison.Ordinal) || code.StartsWith("145", StringComparison.Ordinal);

    /// <summary>
    /// اطلقت المروحيات صواريخ … فيما اشتبكت القوات مع مسلحين: فيما/بينما open a clause with its own subject and act,
    /// so the triggers on either side are two events even when neither subject was recognised; so does a word saying
    /// another incident follows (وفي حادث منفصل قتل 3 اشخاص في انفجار).
    /// </summary>
    private static bool ClauseBreakBetween(IReadOnlyList<Word> words, TextSpan a, TextSpan b) =>
        AnyBetween(words, a, b, ClauseBreaks) || OtherIncidentBetween(words, a, b);

    /// <summary>Whether a word between <paramref name="a"/> and <paramref name="b"/> says another incident follows.</summary>
    private static bool OtherIncidentBetween(IReadOnlyList<Word> words, TextSpan a, TextSpan b) => AnyBetween(words, a, b, OtherIncident);

    /// <summary>Whether a word wholly between the spans <paramref name="a"/> and <paramref name="b"/> (either order) is one of <paramref name="keys"/>.</summary>
    private static bool AnyBetween(IReadOnlyList<Word> words, TextSpan a, TextSpan b, HashSet<string> keys)
    {
        int from = Math.Min(a.End, b.End), to = Math.Max(a.Start, b.Start);
        foreach (var w in WordScanner.AsSpan(words))
        {
            if (w.Start >= from && w.End <= to && keys.Contains(w.Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// An event side: the entity with its code, else the unnamed phrase. A person the dictionary and titles give no
    /// code takes <paramref name="country"/> when given, the sentence's country: the dateline's, else that of its places
    /// (اغتال مسلحون الطبيب X في الموصل). One who fought, protested or suffered force there is, as unnamed actors there
    /// are, of that country. Not an organisation: uncoded ones are as often groups across borders (داعش in France, the
    /// PKK in Iraq) as local bodies.
    /// </summary>
    private static EventArgument? Argument(Entity? entity, ActorPhrases.Phrase? phrase, string? country) =>
        entity is not null ? new EventArgument(entity.Id, entity.Actor ?? (entity.Type is EntityType.PER ? country : null))
        : phrase is { } p ? new EventArgument(null, p.Code ?? p.Agent) { Span = p.Span }
        : null;

    /// <summary>
    /// The draft as an event; <paramref name="country"/> (the sentence's: the dateline's, else its places') codes its
    /// uncoded persons when it is material conflict (CAMEO 14–20).
    /// </summary>
    private static Event Record(Draft d, TimeExpression? time, string? country) =>
        new(d.Span, d.Code.Code, d.Rule)
        {
            Plover = d.Code.Plover,
            Quad = d.Code.Quad,
            Goldstein = d.Code.Goldstein,
            Source = Argument(d.Source, d.SourcePhrase, d.Code.Quad == MaterialConflict ? country : null),
            Target = Argument(d.Target, d.TargetPhrase, d.Code.Quad == MaterialConflict ? country : null),
            PlaceId = d.Place?.Id,
            Time = time?.Value,
        };
}
