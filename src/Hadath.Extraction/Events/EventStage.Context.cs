using System.Collections.Immutable;
using System.Globalization;
using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Events;

/// <summary>
/// What the words around a trigger say about its act: whether a killing is a toll (the outcome of an act, not an act of
/// its own) and who fired the shots, whether the verb opens its clause, a person titled earlier in the story, an act
/// dated long before the story (history), the subject a reported or و-joined verb shares, a destination, a charge.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>
    /// Detachments told again with the article, and the indefinite noun that sent each out (دورية من X): the patrol, the
    /// unit and the squad may stand after their verb (صادرت الدورية) or before it (ان الدورية صادرت); القوة only before
    /// it, as after a verb it is mostly force used (استعملت القوة).
    /// </summary>
    private static readonly Dictionary<string, (string Sent, bool AfterVerb)> ToldAgainDetachments = new[]
    {
        ("الدورية", "دورية", true), ("الدوريات", "دوريات", true), ("الوحدة", "وحدة", true), ("المفرزة", "مفرزة", true), ("القوة", "قوة", false),
    }.ToDictionary(x => MatchKey.Of(x.Item1), x => (x.Item2, x.Item3), StringComparer.Ordinal);

    /// <summary>
    /// The force a detachment told again as the subject of the verb at words [<paramref name="first"/>, <paramref name="last"/>]
    /// came from: the organisation the story named right after the latest "دورية من" (قوة من, وحدة من …) before the
    /// sentence, with the span of the noun told again; null when there is none. Looked for in the text only when such a
    /// subject stands by a verb with no named source.
    /// </summary>
    private static (Entity Force, TextSpan Told)? DetachmentToldAgain(string text, IReadOnlyList<Word> words, (TextSpan Span, Entity Entity)[] mentions, int first, int last, int sentenceStart)
    {
        (string Sent, bool AfterVerb) told;
        int k;
        if (first > 0 && words[first - 1].IsLetters && ToldAgainDetachments.TryGetValue(words[first - 1].Key, out told)) k = first - 1;
        else if (last + 1 < words.Count && words[last + 1].IsLetters && ToldAgainDetachments.TryGetValue(words[last + 1].Key, out told) && told.AfterVerb) k = last + 1;
        else return null;
        string sent = told.Sent + " من ";
        for (int at = text.LastIndexOf(sent, Math.Max(0, sentenceStart - 1), StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : text.LastIndexOf(sent, at - 1, StringComparison.Ordinal))
        {
            if (!OpensWord(text, at)) continue;
            int named = at + sent.Length;
            foreach (var m in mentions)
            {
                if (m.Span.Start == named) return m.Entity.Type == EntityType.ORG ? (m.Entity, words[k].Span) : null;
                if (m.Span.Start > named) break;
            }
            return null;
        }
        return SentWithLam(text, told.Sent, sentenceStart, mentions) is { } force ? (force, words[k].Span) : null;
    }

    /// <summary>Whether offset <paramref name="at"/> opens a word of its own, or one behind و (دورية, ودورية; not مدورية).</summary>
    private static bool OpensWord(string text, int at) =>
        at == 0 || text[at - 1] == ' ' || text[at - 1] == 'و' && (at == 1 || text[at - 2] == ' ');

    /// <summary>
    /// The organisation a detachment was sent from when the story named it with ل instead (قضت مفرزة للجيش الوطني الشعبي
    /// …، وحجزت المفرزة): the latest "مفرزة لل" before the sentence, its words the name of an organisation the story names
    /// elsewhere with its article (الجيش الوطني الشعبي), as the tagger reads no name fused with ل; null when none is.
    /// </summary>
    private static Entity? SentWithLam(string text, string sent, int sentenceStart, (TextSpan Span, Entity Entity)[] mentions)
    {
        string withLam = sent + " لل";
        int at = text.LastIndexOf(withLam, Math.Max(0, sentenceStart - 1), StringComparison.Ordinal);
        if (at < 0 || !OpensWord(text, at)) return null;
        // للجيش الوطني: the ل of the preposition, then the name with its alef dropped (لجيش for الجيش).
        var named = text.AsSpan(at + sent.Length + 2);
        foreach (var (_, entity) in mentions)
        {
            string name = entity.Name;
            if (entity.Type != EntityType.ORG || name.Length < 4 || !name.StartsWith("ال", StringComparison.Ordinal)) continue;
            var rest = name.AsSpan(1);
            if (named.StartsWith(rest, StringComparison.Ordinal) && (named.Length == rest.Length || !char.IsLetter(named[rest.Length]))) return entity;
        }
        return null;
    }

    /// <summary>
    /// A toll: a passive killing verb with its number (قتل 15 شخصا), or a verb the count stage read as part of a count
    /// (11 مدنيا على الاقل قتلوا عندما قصف …): the people, then what happened to them, tell the outcome of an act, not who did it.
    /// </summary>
    private static bool IsToll(EventRecognizer.Hit hit, ImmutableArray<Count> counts)
    {
        if (hit.Trigger.Condition == TriggerCondition.Toll) return true;
        if (hit.Trigger.Role != TriggerRole.Verb) return false;
        foreach (var c in counts)
        {
            if (c.Span.Start < hit.Span.Start && hit.Span.End <= c.Span.End) return true;
        }
        return false;
    }

    /// <summary>
    /// The people counted right after the verb ending at word <paramref name="last"/> (ان الجيش قتل 14 من المهاجمين): the
    /// count's words past the verb, or null when no count starts there.
    /// </summary>
    private static ActorPhrases.Phrase? KilledCounted(EventArguments.Sentence s, ImmutableArray<Count> counts, int last)
    {
        if (last + 1 >= s.Words.Count) return null;
        var next = s.Words[last + 1];
        foreach (var c in counts)
        {
            if (c.Span.Start > next.Start || c.Span.End <= next.Start) continue;
            int after = last + 1;
            while (after < s.Words.Count && s.Words[after].End <= c.Span.End) after++;
            return new ActorPhrases.Phrase(new TextSpan(next.Start, c.Span.End), after, null);
        }
        return null;
    }

    /// <summary>The hits with the tolls moved last, each group in its order (the list itself when no toll stands before another hit).</summary>
    private static List<EventRecognizer.Hit> TollsLast(List<EventRecognizer.Hit> hits, ImmutableArray<Count> counts)
    {
        Span<bool> tolls = hits.Count <= 64 ? stackalloc bool[hits.Count] : new bool[hits.Count];
        bool sawToll = false, outOfOrder = false;
        for (int i = 0; i < hits.Count; i++)
        {
            tolls[i] = IsToll(hits[i], counts);
            if (tolls[i]) sawToll = true;
            else outOfOrder |= sawToll;
        }
        if (!outOfOrder) return hits;
        var ordered = new List<EventRecognizer.Hit>(hits.Count);
        for (int i = 0; i < hits.Count; i++)
        {
            if (!tolls[i]) ordered.Add(hits[i]);
        }
        for (int i = 0; i < hits.Count; i++)
        {
            if (tolls[i]) ordered.Add(hits[i]);
        }
        return ordered;
    }

    /// <summary>
    /// The verb opens its clause (written with و or ف, first in its sentence, after a mark or after قد, ثم, كما), so the name
    /// after it is its subject; a verb inside a clause (شكوى قدمها محام اتهم X) has its subject before it and X is the object.
    /// </summary>
    private static bool OpensClause(string text, IReadOnlyList<Word> words, CameoVerbTable.Hit hit)
    {
        if (words[hit.Word].Start < hit.Span.Start && text[hit.Span.Start - 1] is 'و' or 'ف') return true;
        return hit.Word == 0 || words[hit.Word - 1].Kind == WordKind.Punctuation || ClauseLeads.Contains(words[hit.Word - 1].Key);
    }

    private static readonly HashSet<string> ClauseLeads = MatchKey.SetOf("قد", "وقد", "فقد", "ثم", "كما");

    /// <summary>Whether <paramref name="person"/> is named in the sentence before word <paramref name="word"/> (SVO: الهنوس اتهم).</summary>
    private static bool NamedBefore(EventArguments.Sentence s, Entity person, int word)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity == person && m.Last < word) return true;
        }
        return false;
    }

    /// <summary>Collective role nouns that are no person's title (عناصر من الشرطة والجيش اوقفوا X).</summary>
    private static readonly HashSet<string> Collectives = MatchKey.SetOf("الشرطة", "والشرطة", "الجيش", "والجيش", "الامن", "والامن", "الحكومة", "القوات", "قوات", "الشرطه", "الحكومه");

    private const int TitleReach = 3;

    /// <summary>
    /// A person the story first named after a title within <see cref="TitleReach"/> words (محافظ درعا محمد خالد الهنوس …
    /// واتهم الهنوس): a public figure acting in office wherever he is named after.
    /// </summary>
    private bool IntroducedWithTitle(string text, Entity person, int sentenceStart)
    {
        if (person.Mentions.IsDefaultOrEmpty) return false;
        var first = person.Mentions[0];
        foreach (var m in person.Mentions)
        {
            if (m.Start < first.Start) first = m;
        }
        int at = first.Start;
        // Introduced in an earlier sentence: a title in this one is the subject's head word already.
        if (at >= sentenceStart) return false;
        return TitledBeforeApposition(text, first.Start, first.End) || TitleBefore(text, at, TitleReach);
    }

    /// <summary>
    /// Whether a title stands among the <paramref name="reach"/> words right before <paramref name="at"/>, with no mark
    /// between: read back word by word from the text, stopping at a mark, the text's start or a collective (الشرطة).
    /// </summary>
    private bool TitleBefore(string text, int at, int reach)
    {
        for (int n = 0; n < reach; n++)
        {
            int end = at;
            while (end > 0 && text[end - 1] == ' ') end--;
            int start = end;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (start == end) return false;   // punctuation or the start of the text: no title before
            string key = MatchKey.Of(text.AsSpan(start, end - start));
            if (Collectives.Contains(key)) return false;
            // A word opening its clause is more likely the verb (وزار X: زار read as وزارة) than a title.
            int prev = start;
            while (prev > 0 && text[prev - 1] == ' ') prev--;
            if (_arguments.IsTitle(key) && prev > 0 && char.IsLetter(text[prev - 1])) return true;
            at = start;
        }
        return false;
    }

    /// <summary>How many words before its opening comma the title of a name set off by commas may stand (عضو لجنة الحوار في التنسيقية المحلية للمعطلين، X،).</summary>
    private const int AppositionTitleReach = 8;

    /// <summary>
    /// Whether the name at [<paramref name="start"/>, <paramref name="end"/>) is set off by commas after the words that
    /// title it (وقال عضو لجنة الحوار في التنسيقية المحلية، سعيد اوحمو، في تصريح …; استقبل عامل اقليم خنيفرة، محمد فطاح، بعد
    /// الظهر): a title among the <see cref="AppositionTitleReach"/> words before the opening comma, with no mark between,
    /// heads them. A name with no closing comma is no apposition (وقال عضو اللجنة، اوحمو ان …: a list or a clause).
    /// </summary>
    private bool TitledBeforeApposition(string text, int start, int end)
    {
        int open = start;
        while (open > 0 && text[open - 1] == ' ') open--;
        if (open == 0 || text[open - 1] is not ('،' or ',')) return false;
        int close = end;
        while (close < text.Length && text[close] == ' ') close++;
        if (close >= text.Length || text[close] is not ('،' or ',')) return false;
        return TitleBefore(text, open - 1, AppositionTitleReach);
    }

    /// <summary>An unnamed force whose code is a state's army or police (بنيران الطائرات الروسية: RUSMIL).</summary>
    /// <summary>Forms of نظم with the protest as their object pronoun (احتجاجا نظمته X, وقفة نظمتها X).</summary>
    private static readonly HashSet<string> OrganisedIt = MatchKey.SetOf("نظمه", "نظمته", "نظمها", "نظمتها", "نظموه", "نظموها");

    /// <summary>Whether <paramref name="entity"/> is named after the trigger ending at word <paramref name="last"/> right after a verb that organised the protest (احتجاجا نظمته X).</summary>
    private static bool OrganiserOfProtest(EventArguments.Sentence s, Entity entity, int last)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity != entity || m.First <= last) continue;
            return m.First > 0 && OrganisedIt.Contains(s.Words[m.First - 1].Key);
        }
        return false;
    }

    /// <summary>Roles of actors that take ground by nothing but politics or money (a person is ruled out by type).</summary>
    private static readonly string[] UnarmedRoles = ["GOV", "BUS", "MED", "EDU", "LEG", "JUD", "ELI", "LAB", "HLH", "NGO", "IGO"];

    /// <summary>Whether a seizer may have taken ground by force: no person, and no organisation coded as a government, a firm or the like (an unnamed subject may).</summary>
    private static bool ArmedSeizer(Entity? seizer) =>
        seizer is null || seizer.Type != EntityType.PER && !(seizer.Actor is { Length: > 3 } code && UnarmedRoles.Any(r => code.EndsWith(r, StringComparison.Ordinal)));

    /// <summary>Verbal nouns of closing with ب (باغلاق, بغلق, باقفال): what a threat says would be shut.</summary>
    private static readonly HashSet<string> Closings = MatchKey.SetOf("باغلاق", "بغلق", "باقفال");

    /// <summary>
    /// Whether a closing noun (<see cref="Closings"/>) stands between the verb ending at word <paramref name="last"/> and
    /// the first mention of <paramref name="place"/> after it (هدد باغلاق باب المندب).
    /// </summary>
    private static bool InWhatWouldClose(EventArguments.Sentence s, int last, Entity place) => WordBefore(s, last, place, Closings, stopAtPunctuation: false);

    /// <summary>
    /// Whether the word اي (any) stands between the verb ending at word <paramref name="last"/> and the first mention of
    /// <paramref name="side"/> after it: a threat to answer any attack on a side (هدد بالرد على اي هجوم يستهدف مواقع X) names
    /// what would be answered, X its own side or anyone, not whom it threatens.
    /// </summary>
    private static bool InWhatWouldBeAnswered(EventArguments.Sentence s, int last, Entity side) => WordBefore(s, last, side, AnyWords, stopAtPunctuation: true);

    private static readonly HashSet<string> AnyWords = MatchKey.SetOf("اي");

    /// <summary>
    /// Whether one of <paramref name="keys"/> stands between the verb ending at word <paramref name="last"/> and the first
    /// mention of <paramref name="entity"/> after it (none when a punctuation mark comes first and <paramref name="stopAtPunctuation"/>).
    /// </summary>
    private static bool WordBefore(EventArguments.Sentence s, int last, Entity entity, HashSet<string> keys, bool stopAtPunctuation)
    {
        if (s.FirstAfter(entity, last) is not { } m) return false;
        for (int k = last + 1; k < m.First; k++)
        {
            if (stopAtPunctuation && s.Words[k].Kind == WordKind.Punctuation) return false;
            if (keys.Contains(s.Words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a threat with a source (CAMEO 13) has for target a place named in what it would close (هدد X باغلاق باب
    /// المندب امام السفن): where the closing would be, not whom the threat is against. A threat by no one read keeps the
    /// place, which alone makes it a record.
    /// </summary>
    private static bool ThreatensAClosedPlace(CameoCode code, EventArguments.Roles roles, EventArguments.Sentence s, int last) =>
        code.Code.StartsWith("13", StringComparison.Ordinal) && (roles.Source is not null || roles.SourcePhrase is not null) &&
        roles.Target is { Type: EntityType.LOC } place && InWhatWouldClose(s, last, place);

    /// <summary>Whether an entity is a state's army or police by its actor code (ISRMIL, EGYCOP).</summary>
    private static bool IsStateForceActor(Entity? e) => IsStateForceCode(e?.Actor);

    private static bool IsStateAgent(ActorPhrases.Phrase? p) => IsStateForceCode(p?.Code);

    /// <summary>Whether the words of <paramref name="target"/> name protesters (على المتظاهرين, على مئات المحتجين).</summary>
    private static bool NamesProtesters(IReadOnlyList<Word> words, ActorPhrases.Phrase? target)
    {
        if (target is not { } p) return false;
        foreach (var w in WordScanner.AsSpan(words))
        {
            if (p.Span.Contains(w.Span) && EventArguments.Protesters.Contains(w.Key)) return true;
        }
        return false;
    }

    /// <summary>Whether an actor code is a state's army or police (ISRMIL, EGYCOP).</summary>
    private static bool IsStateForceCode(string? code) =>
        code is not null && (code.EndsWith("MIL", StringComparison.Ordinal) || code.EndsWith("COP", StringComparison.Ordinal));

    // The weapon of a killing whose owner follows it (برصاص الجيش, بنيران القوات), or the hands (على ايدي مسلحين).
    private static readonly HashSet<string> ByFire = new(StringComparer.Ordinal) { "برصاص", "بنيران", "برصاصه", "بقذائف", "بقذيفه", "ايدي", "بايدي" };

    private const int ShooterReach = 12;

    /// <summary>
    /// A person or organisation named right after برصاص/بنيران later in the toll's clause (قتل سبعة واصيب الف آخرون
    /// بجروح الجمعة برصاص الجيش), or null. A day set off by commas does not end the clause, nor takes room in the reach
    /// (قتل ثمانية محتجين واصيب العشرات، اليوم الجمعة، برصاص قوات الامن).
    /// </summary>
    private (EventArguments.Placed? Named, ActorPhrases.Phrase? Unnamed, int Fire)? Shooter(EventArguments.Sentence s, int last)
    {
        for (int k = last + 1, reach = last + ShooterReach; k < s.Words.Count - 1 && k <= reach; k++)
        {
            if (DayAside.StepOver(s.Words, ref k, ref reach)) continue;
            if (!s.Words[k].IsLetters && !s.Words[k].IsNumber) return null;
            if (!ByFire.Contains(s.Words[k].Key)) continue;
            if (s.StartingAt(k + 1) is { } m) return m.Entity.Type != EntityType.LOC ? (m, null, k) : null;
            // برصاص قوات الامن, بنيران الطائرات الروسية, برصاص مسلحين مجهولين: a force no name marks is the killer too.
            return _arguments.ForceAt(s, k + 1) is { } p ? (null, p, k) : null;
        }
        return null;
    }

    private const int HistoryDays = 31;

    /// <summary>
    /// A day (2017-06-09), a month (2017-12) or a year (2011) that ended more than <see cref="HistoryDays"/> days before the story date,
    /// not opened by منذ (منذ 2011 runs up to the story): what the sentence tells is background, not this story's news. Only a
    /// منذ in the time's own clause opens it (منذ مطلع 2011, منذ ان اعلن البرلمان استقلاله في تشرين الاول): in تشهد المدينة منذ
    /// اشهر هجمات، كان اعنفها تفجيرا في كانون الثاني/يناير 2016 the comma closes the منذ, and the bombing is history.
    /// </summary>
    private static bool IsHistory(TimeExpression time, DateOnly? storyDate, IReadOnlyList<Word> words)
    {
        if (storyDate is not { } date) return false;
        string v = time.Value;
        DateOnly end;
        if (v.Length == 4 && int.TryParse(v, out int year)) end = new DateOnly(year, 12, 31);
        else if (v.Length == 7 && v[4] == '-' && int.TryParse(v[..4], out year) && int.TryParse(v[5..], out int month) && month is >= 1 and <= 12)
            end = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        else if (v.Length == 10 && DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            end = day;
        else return false;
        if (end.AddDays(HistoryDays) >= date) return false;
        for (int k = words.Count - 1; k >= 0; k--)
        {
            if (words[k].End > time.Span.Start) continue;
            if (words[k].Kind == WordKind.Punctuation) break;
            if (words[k].Key is "منذ") return WhenClauseAfter(time, words);
        }
        return true;
    }

    /// <summary>How many words a relative clause may hold before the time that dates it (الذي فر من سجن المدينة المركزي في تموز).</summary>
    private const int MaxDatedClauseWords = 8;

    /// <summary>
    /// The words of the relative clause <paramref name="time"/> stands in, when the clause is on a person or body named
    /// right before its pronoun (اعتقلت الشرطة كريم بلعيد الذي فر من السجن في تموز, X، الذي فر …): from the pronoun to
    /// the clause's end (the next mark), or null. The clause dates what it tells of the name; the act before it is not
    /// dated by it. A clause on anything else (الهجوم الذي وقع في تموز) may date the act itself, so it gives null.
    /// </summary>
    private static (int From, int To)? DatedRelativeClause(EventArguments.Sentence s, TimeExpression time)
    {
        var words = s.Words;
        int at = WordScanner.FirstAtOrAfter(words, time.Span.Start);
        for (int k = at - 1; k >= 1 && k >= at - MaxDatedClauseWords; k--)
        {
            if (!words[k].IsLetters && !words[k].IsNumber) return null;
            if (!EventArguments.Relatives.Contains(words[k].Key)) continue;
            // X، الذي: the comma set the clause off the name.
            int named = words[k - 1].IsComma && k >= 2 ? k - 2 : k - 1;
            if (k == at - 1 || s.EndingAt(named) is not { Entity.Type: EntityType.PER or EntityType.ORG } && !ThingDatedByClause(s, named)) return null;
            int end = at;
            while (end < words.Count && (words[end].IsLetters || words[end].IsNumber || words[end].Start < time.Span.End)) end++;
            return (k, end);
        }
        return null;
    }

    /// <summary>
    /// Whether word <paramref name="noun"/>, right before a relative pronoun, is a definite noun of no act (الانتخابات التي
    /// فاز بها في 2016, الاتفاق الذي وقعه في 2015): the clause dates what it tells of the thing, not the act before it. An
    /// act's noun (الهجوم الذي وقع في تموز) may be the act the sentence tells, so it is not one.
    /// </summary>
    private static bool ThingDatedByClause(EventArguments.Sentence s, int noun) =>
        noun >= 1 && s.Words[noun].IsLetters && s.Words[noun].Key.StartsWith("ال", StringComparison.Ordinal) && !ActorPhrases.IsActNoun(s.Words[noun].Key);

    /// <summary>Words that open a clause telling what happened at the time just named (حين, عندما, حينما).</summary>
    private static readonly HashSet<string> WhenOpeners = MatchKey.SetOf("حين", "عندما", "حينما");

    /// <summary>
    /// Whether a حين or عندما clause follows the time, past a comma at most (لم تشهد المدينة احتجاجات منذ عام 2017، حين
    /// امتدت اليها احتجاجات الحسيمة): what it tells happened then, so the sentence is history though منذ opens the time.
    /// </summary>
    private static bool WhenClauseAfter(TimeExpression time, IReadOnlyList<Word> words)
    {
        for (int k = 0; k < words.Count; k++)
        {
            if (words[k].Start < time.Span.End) continue;
            if (words[k].IsComma && k + 1 < words.Count) k++;
            return WhenOpeners.Contains(words[k].Key);
        }
        return false;
    }

    /// <summary>
    /// Participles dating a document or an accord after its noun (اعلان المبادئ الموقع عام 2015, القرار الصادر في 2019), the
    /// Maghreb's الممضى (signed) among them (الاتفاق الممضى في فيفري 2021).
    /// </summary>
    private static readonly HashSet<string> DocumentDated = MatchKey.SetOf("الموقع", "الموقعة", "الصادر", "الصادرة", "المبرم", "المبرمة", "المؤرخ", "المؤرخة",
        "الممضى", "الممضاة");

    /// <summary>Words that open the parties an accord was signed with or between (الموقع مع ايران, المبرم بين الطرفين).</summary>
    private static readonly HashSet<string> PartiesOpeners = MatchKey.SetOf("مع", "بين");

    /// <summary>How many words the parties of an accord may take between its participle and its date.</summary>
    private const int MaxPartiesWords = 4;

    /// <summary>
    /// Whether word <paramref name="k"/> ends the parties an accord was signed with, right after the participle that dates
    /// it (الاتفاق الموقع مع ايران عام 2015, الاتفاق الممضى مع المعطلين في جانفي الماضي, المبرم بين الطرفين في 2019): the
    /// date that follows is the accord's too. Letters only between: a mark ends the accord's phrase.
    /// </summary>
    private static bool DatedPastItsParties(IReadOnlyList<Word> words, int k)
    {
        for (int j = k; j >= 1 && j > k - MaxPartiesWords; j--)
        {
            if (!words[j].IsLetters) return false;
            if (PartiesOpeners.Contains(words[j].Key)) return j < k && DocumentDated.Contains(words[j - 1].Key);
        }
        return false;
    }

    /// <summary>
    /// Whether the time dates a charge quoted after بـ (اتهم X Y بـ"انتهاك اعلان المبادئ الموقع عام 2015") or a document
    /// after the participle that dates it (الاتفاقية الموقعة عام 1973): it dates the charge or the accord, not the act the
    /// sentence tells.
    /// </summary>
    private static bool DatesWhatIsQuotedOrADocument(TimeExpression time, IReadOnlyList<Word> words)
    {
        int marks = 0, before = -1, opened = -1;
        for (int k = 0; k < words.Count && words[k].End <= time.Span.Start; k++)
        {
            if (words[k].Kind == WordKind.Punctuation && words[k].Key is "\"" or "«" or "»" or "“" or "”")
            {
                marks++;
                opened = k;
            }
            before = k;
        }
        // Only a charge quoted after بـ: a quote of the speaker's own words may retell what he did long ago.
        if (marks % 2 == 1 && opened >= 1 && words[opened - 1].Key is "ب" or "بـ") return true;
        if (before >= 0 && words[before].Key == "في") before--;
        return before >= 0 && (DocumentDated.Contains(words[before].Key) || DatedPastItsParties(words, before));
    }

    /// <summary>Whether <paramref name="code"/> is an act of violence (CAMEO 18–20).</summary>
    private static bool IsViolent(string code) => code.Length >= 2 && code.AsSpan(0, 2) is "18" or "19" or "20";

    /// <summary>Whether an act of violence told before <paramref name="start"/> is drafted in the sentence already, with no word
    /// between saying another incident follows (وفي حادث منفصل).</summary>
    private static bool AnyViolentBefore(List<Draft> drafts, IReadOnlyList<Word> words, int start)
    {
        foreach (var d in drafts)
        {
            if (d.Span.Start < start && IsViolent(d.Code.Code) && !OtherIncidentBetween(words, d.Span, new TextSpan(start, start))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ThatWords = new(StringComparer.Ordinal) { "ان", "بان" };

    private const int MaxReportedReach = 12;

    /// <summary>
    /// The person or organisation named right after the ان that opens the reported clause word <paramref name="verb"/> is
    /// in (no punctuation or clause word between, within <see cref="MaxReportedReach"/> words): the subject of that
    /// clause. Null otherwise.
    /// </summary>
    private static Entity? ReportedSubject(EventArguments.Sentence s, int verb)
    {
        for (int k = verb - 1; k >= 0 && k >= verb - MaxReportedReach; k--)
        {
            var w = s.Words[k];
            if (!w.IsLetters || ClauseBreaks.Contains(w.Key)) return null;
            if (!ThatWords.Contains(w.Key)) continue;
            // ان مروحيات الجيش العراقي لاحقت المهاجمين وقصفت مخابئهم: craft are the force named after them.
            int subject = k + 2 < verb && EventArguments.IsCraft(s.Words[k + 1].Key) ? k + 2 : k + 1;
            return s.StartingAt(subject) is { Entity.Type: EntityType.ORG or EntityType.PER } m && m.Last + 1 < verb ? m.Entity : null;
        }
        return null;
    }

    /// <summary>
    /// وهددت بفرض …, وتوجه الاثنين الى الجنينة: a verb written with و whose next word (past times) is a preposition, a
    /// word with ب or the first word of its pattern's object (وفرضت عقوبات) has no subject of its own; it shares the
    /// subject of the act before it. So does one after a comma whose
    /// object opens with a quotation mark (…، واتهمت "عناصر مثيرة للشغب" بـ …): what is quoted after a verb is what it was
    /// done to, and the comma has closed any clause told inside the sentence (قال ان X "…" وتوعد "بالثأر": X vowed).
    /// </summary>
    private static bool SharesSubject(EventArguments.Sentence s, CameoVerbTable.Hit hit)
    {
        // …، كما هددت بفرض رسوم: كما ("and also") joins the verb as its و would.
        bool also = AfterAlso(s, hit);
        if (!also && !WrittenWithWa(s, hit)) return false;
        // AfterAlso holds only after a comma.
        bool afterComma = also || hit.Word > 0 && s.Words[hit.Word - 1].IsComma;
        // …، والتقى وفدا من النازحين: an accusative object right after a و-verb past a comma (not inside a told clause
        // with its subject a pronoun: انهم تنمروا وهددوا موظفين).
        // وانتقدت واشنطن القرار وفرضت عقوبات على …: the pattern's object right after the verb leaves no room for a subject.
        return NextKey(s, hit.Word) is { } key ? SubjectlessNext.Contains(key) || IsComplement(key) || afterComma && IsAccusative(key) ||
                                               hit.Pattern.Object is [var obj, ..] && CameoVerbTable.IsForm(key, obj) && !MarkedPassive(s.Text, hit.Span)
            : afterComma && QuotedObjectNext(s, hit.Word);
    }

    /// <summary>
    /// The sides of a call whose addressee is the verb's object pronoun (ودعتهم, وطالبتها: <see cref="CameoVerbTable.Hit.ObjectPronoun"/>):
    /// the addressee is told already, so a name right after the verb is who calls (ودعتهم وزارة التربية الى العودة), not
    /// whom; and the caller is never its own addressee (ودعاهم after a subject shared from before). Whom the pronoun stands
    /// for is left unread.
    /// </summary>
    private static EventArguments.Roles PronounCall(EventArguments.Sentence s, CameoVerbTable.Hit hit, EventArguments.Roles roles)
    {
        if (roles.Target is { } named && s.StartingAt(hit.Word + 1) is { } m && m.Entity == named)
            return roles with { Source = roles.Source is null || roles.Source == named ? named : roles.Source, Target = null };
        // وجهت الحملة استغاثة الى الرئيس المصري X، وطالبته بالتحقيق: a name told after الى before the verb is whom the
        // pronoun calls on again, never the caller.
        if (roles.Source is { } caller && AddressedBefore(s, hit.Word, caller)) return roles with { Source = null, Target = null };
        return roles.Target == roles.Source ? roles with { Target = null } : roles;
    }

    /// <summary>How many words a title may run between الى and the name it introduces (الى الرئيس المصري X).</summary>
    private const int MaxAddressTitleWords = 3;

    /// <summary>
    /// Whether the last mention of <paramref name="named"/> before the verb at <paramref name="verb"/> follows الى, past
    /// up to <see cref="MaxAddressTitleWords"/> words of a title (وجهت استغاثة الى الرئيس المصري عبد الفتاح السيسي): someone
    /// addressed, not a subject.
    /// </summary>
    private static bool AddressedBefore(EventArguments.Sentence s, int verb, Entity named)
    {
        int last = -1;
        foreach (var m in s.Mentions)
        {
            if (m.Entity == named && m.Last < verb) last = m.First;
        }
        for (int k = last - 1; k >= 0 && k >= last - 1 - MaxAddressTitleWords; k--)
        {
            if (!s.Words[k].IsLetters) return false;
            if (s.Words[k].Key == "الي") return true;
        }
        return false;
    }

    /// <summary>Whether the verb is written with a damma on its first letter (حُمّل, اُعتقل): a passive, whose subject is what it was done to.</summary>
    private static bool MarkedPassive(string text, TextSpan verb) => verb.Length > 1 && text[verb.Start + 1] == '\u064F';

    /// <summary>How many definite words an unnamed addressee may run before الى (الاجهزة الامنية, المجتمع الدولي).</summary>
    private const int MaxAddresseeWords = 3;

    /// <summary>Words that tell where a visitor came from, before من (قادما من لومي, آتيا من).</summary>
    private static readonly HashSet<string> ComingFrom = MatchKey.SetOf("قادما", "قادمة", "قادمين", "قادمون", "آتيا");

    /// <summary>Whether the first mention of <paramref name="place"/> after the verb at <paramref name="verb"/> is told after قادما من: where the visitor came from.</summary>
    private static bool CameFrom(EventArguments.Sentence s, int verb, Entity place) =>
        s.FirstAfter(place, verb) is { } m && m.First >= 2 && s.Words[m.First - 1].Key == "من" && ComingFrom.Contains(s.Words[m.First - 2].Key);

    /// <summary>
    /// Whether the و-verb at <paramref name="hit"/> stands right after a comma and is followed by up to
    /// <see cref="MaxAddresseeWords"/> definite words that no name starts (السلطات, الاجهزة الامنية; after a quantifier in
    /// construct: جميع الاطراف) and then الى, or a
    /// demand's ب-complement (وطالبت السلطات بالافراج): the addressee of a call, so the verb has no subject of its own.
    /// </summary>
    private static bool AddresseeBeforeIla(EventArguments.Sentence s, CameoVerbTable.Hit hit)
    {
        if (!WrittenWithWa(s, hit) || hit.Word == 0 || !s.Words[hit.Word - 1].IsComma) return false;
        for (int k = hit.Word + 1; k < s.Words.Count && k <= hit.Word + MaxAddresseeWords + 1; k++)
        {
            if (s.Words[k].Key == "الي") return k > hit.Word + 1;
            // …، وطالبت السلطات بالافراج عنهم: a demand's addressee stands before what it demands, read with ب.
            if (k > hit.Word + 1 && s.Words[k].IsLetters && s.Words[k].Key.Length > 3 && s.Words[k].Key[0] == 'ب') return true;
            // …، ودعت الرعايا الفرنسيين في توغو الى ملازمة منازلهم: the addressee may be told with the country it is in.
            if (k > hit.Word + 1 && s.Words[k].Key == "في" && s.StartingAt(k + 1) is { Entity.Type: EntityType.LOC } seat &&
                seat.Last + 1 < s.Words.Count && s.Words[seat.Last + 1].Key == "الي") return true;
            // …، ودعت جميع الاطراف الى ضبط النفس: a quantifier in construct opens the addressee; the definite words after it must follow.
            if (k == hit.Word + 1 && AddresseeQuantifiers.Contains(s.Words[k].Key) && s.StartingAt(k) is null) continue;
            if (!s.Words[k].IsLetters || !s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal) || s.StartingAt(k) is not null) return false;
        }
        return false;
    }

    /// <summary>Quantifiers in construct that open an addressee told by definite words (جميع الاطراف, كافة القوى, كل الفصائل).</summary>
    private static readonly HashSet<string> AddresseeQuantifiers = MatchKey.SetOf("جميع", "كافة", "كل");

    /// <summary>First words of names read as feminine though they end in no ة (الامم المتحدة, الولايات المتحدة).</summary>
    private static readonly HashSet<string> FeminineNameHeads = MatchKey.SetOf("الامم", "الولايات");

    /// <summary>
    /// Whether the و-verb of calling at <paramref name="hit"/>, written masculine right after a comma (…، ودعا),
    /// is followed by <paramref name="named"/> and then الى, the name feminine: ending in ة, a place ending in ا (روسيا,
    /// فرنسا) or الامم/الولايات. Such a name does not agree with the verb, so it is not its subject but whom it calls on
    /// (ودان الاتحاد الهجوم، ودعا روسيا الى); ودعت روسيا الى and ودعا العراق الى may be a new caller.
    /// </summary>
    private static bool FeminineCalledOn(EventArguments.Sentence s, CameoVerbTable.Hit hit, Entity named)
    {
        int next = hit.Word + 1;
        if (next >= s.Words.Count || !WrittenWithWa(s, hit) || hit.Word == 0 || !s.Words[hit.Word - 1].IsComma) return false;
        if (s.Words[hit.Word].Key.EndsWith('ت')) return false;
        if (s.StartingAt(next) is not { } m || m.Entity != named || m.Last + 1 >= s.Words.Count || s.Words[m.Last + 1].Key != "الي") return false;
        return IsFeminineHead(s.Words[next].Key, named.Type);
    }

    /// <summary>Whether a name opening with the word keyed <paramref name="head"/> is feminine: ending in ة, الامم or الولايات, or a place ending in ا.</summary>
    private static bool IsFeminineHead(string head, EntityType type) =>
        head.EndsWith('ه') || FeminineNameHeads.Contains(head) || type == EntityType.LOC && head.Length > 3 && head.EndsWith('ا');

    /// <summary>
    /// The subject of the act told last before the و-verb of calling or demanding at <paramref name="hit"/>, right after a
    /// comma, when <paramref name="named"/> follows the verb at once and then الى or what is demanded with ب, and the verb
    /// agrees with that subject (both feminine, both masculine): دانت وزارة الخارجية الامريكية الهجوم، ودعت الحكومة العراقية
    /// الى محاسبة المسؤولين. The name is whom the subject before calls on, not a caller of its own; so is one accused, the
    /// charge after it with ب (<paramref name="calling"/> false: الى then tells no call). Null when the sentence
    /// told no act with a subject before the verb, or the verb does not agree with it (ودان الرئيس الهجوم، ودعت الامم المتحدة
    /// الى: another caller). Names joined to the first by و may stand before الى or ب (وطالبت بغداد وانقرة بابعاد): the
    /// first is whom the call is on.
    /// </summary>
    private static Entity? CallerBeforeComma(EventArguments.Sentence s, CameoVerbTable.Hit hit, Entity named, List<Draft> drafts, bool calling)
    {
        int next = hit.Word + 1;
        // وطالب: the masculine demand, which the verb table lists only with its و (so its span takes the و in).
        bool withWa = WrittenWithWa(s, hit) || s.Words[hit.Word].Key == "وطالب";
        if (next >= s.Words.Count || !withWa || hit.Word == 0 || !s.Words[hit.Word - 1].IsComma) return null;
        if (s.StartingAt(next) is not { } m || m.Entity != named || m.Last + 1 >= s.Words.Count) return null;
        int past = PastJoinedNames(s, m.Last + 1);
        if (past >= s.Words.Count) return null;
        string after = s.Words[past].Key;
        if (!(calling && after == "الي") && !(after.Length > 3 && after[0] == 'ب')) return null;
        int sentenceStart = s.Words[0].Start;
        for (int k = drafts.Count - 1; k >= 0; k--)
        {
            var d = drafts[k];
            if (d.Span.Start < sentenceStart) return null;
            if (d.Span.End > hit.Span.Start || d.Source is null) continue;
            if (d.Source == named) return null;
            return s.Words[hit.Word].Key.EndsWith('ت') == IsFeminineName(d.Source) ? d.Source : null;
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="first"/> is named right after the verb of <paramref name="hit"/> and <paramref name="second"/>
    /// right after it with و (وطالبت بغداد وانقرة, ودعا فرنسا والمانيا): two names joined, not a subject and its object.
    /// </summary>
    private static bool JoinedAfterVerb(EventArguments.Sentence s, CameoVerbTable.Hit hit, Entity first, Entity second)
    {
        if (s.StartingAt(hit.Word + 1) is not { } m || m.Entity != first || m.Last + 1 >= s.Words.Count || !s.Words[m.Last + 1].Key.StartsWith('و')) return false;
        return s.StartingAt(m.Last + 1) is { } joined && joined.Entity == second;
    }

    /// <summary>
    /// The first word at or after <paramref name="word"/> that is no name joined by و to the one before it: وطالبت بغداد
    /// وانقرة بابعاد → the word of بابعاد, read from the word after بغداد. Only a word opening with و is looked up among the
    /// sentence's names, so a call with one name costs one letter test.
    /// </summary>
    private static int PastJoinedNames(EventArguments.Sentence s, int word)
    {
        while (word < s.Words.Count && s.Words[word].Key.StartsWith('و') && s.StartingAt(word) is { } joined) word = joined.Last + 1;
        return word;
    }

    /// <summary>
    /// Whether a subject's name is feminine for its verb: its first word ending in ة (وزارة, الحكومة, الادارة), الامم or
    /// الولايات, or a place ending in ا (روسيا, فرنسا).
    /// </summary>
    private static bool IsFeminineName(Entity e)
    {
        var name = e.Name.AsSpan();
        int space = name.IndexOf(' ');
        return IsFeminineHead(MatchKey.Of(space < 0 ? name : name[..space]), e.Type);
    }

    /// <summary>Whether the word after the verb at <paramref name="verb"/> (past times) is an accusative object (<see cref="IsAccusative"/>).</summary>
    private static bool AccusativeNext(EventArguments.Sentence s, int verb) => verb > 0 && s.Words[verb - 1].IsComma && NextKey(s, verb) is { } key && IsAccusative(key);

    /// <summary>
    /// Whether an indefinite word is written in the accusative, which no subject is: a noun with its tanween alif (وفدا,
    /// عددا; not a pronoun suffix ها/نا/ما, nor the plural verb ending وا) or a sound masculine plural in ين of six letters
    /// or more (ممثلين, مسؤولين; not a name such as حسين, ياسين): …، والتقى وفدا من النازحين goes on with the subject before.
    /// </summary>
    private static bool IsAccusative(string key)
    {
        if (key.Length < 4 || key.StartsWith("ال", StringComparison.Ordinal)) return false;
        if (key.EndsWith('ا')) return !key.EndsWith("ها", StringComparison.Ordinal) && !key.EndsWith("نا", StringComparison.Ordinal) &&
                                      !key.EndsWith("ما", StringComparison.Ordinal) && !key.EndsWith("وا", StringComparison.Ordinal);
        return key.Length >= 6 && key.EndsWith("ين", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> follows ثم right after a comma (التقى X البطريرك في بكركي، ثم زار عين
    /// التينة): the next step of the one who acted before, as a visit's meeting after حيث is.
    /// </summary>
    private static bool ThenAfterComma(IReadOnlyList<Word> words, int verb) =>
        verb > 1 && words[verb - 1].Key == "ثم" && words[verb - 2].IsComma;

    /// <summary>Whether the verb of <paramref name="hit"/> is written with و (واتهمت, والتقى): its span starts after it.</summary>
    private static bool WrittenWithWa(EventArguments.Sentence s, CameoVerbTable.Hit hit) =>
        s.Words[hit.Word].Start < hit.Span.Start && s.Text[hit.Span.Start - 1] == 'و';

    /// <summary>
    /// Whether the verb of <paramref name="hit"/> stands right after a comma and كما (فرضت الادارة رسوما، كما هددت بفرض
    /// اخرى): "and also", joining the verb to the predicate before the comma. Not at the sentence's start (كما هددت …: its
    /// subject is the sentence's before), not with a clitic of its own on the verb, and not كما with no comma, mostly "as"
    /// (الى انهاء الاتفاق كما هدد بالفعل: as he threatened, told again).
    /// </summary>
    private static bool AfterAlso(EventArguments.Sentence s, CameoVerbTable.Hit hit) =>
        hit.Word >= 3 && s.Words[hit.Word].Start == hit.Span.Start && s.Words[hit.Word - 1].Key == "كما" && s.Words[hit.Word - 2].IsComma;

    /// <summary>Verbs of claiming an act (تبنى, تبنت): their subject did what they claim.</summary>
    private static readonly HashSet<string> ClaimVerbs = MatchKey.SetOf("تبنى", "تبنت", "وتبنى", "وتبنت", "تبنوا", "وتبنوا");

    /// <summary>Words between a claimant and the act it claims (تبنى التنظيم مسؤولية الهجوم).</summary>
    private static readonly HashSet<string> ClaimedWords = MatchKey.SetOf("مسؤولية", "المسؤولية");

    /// <summary>
    /// The person or body named right after a claiming verb and right before the act noun at word <paramref name="first"/>
    /// (تبنت جماعة X هجوما, تبنى التنظيم مسؤولية هجوم): who claimed the act; null when no such claim stands before it.
    /// </summary>
    private static Entity? ClaimedBy(EventArguments.Sentence s, int first)
    {
        int k = first - 1;
        if (k >= 0 && ClaimedWords.Contains(s.Words[k].Key)) k--;
        if (k < 1 || s.EndingAt(k) is not { Entity.Type: EntityType.PER or EntityType.ORG } claimant || claimant.First < 1) return null;
        return ClaimVerbs.Contains(s.Words[claimant.First - 1].Key) ? claimant.Entity : null;
    }

    /// <summary>How many words a quotation after a verb may run before its closing mark is looked for no further.</summary>
    private const int MaxQuotedObjectWords = 8;

    /// <summary>
    /// Whether a quotation mark opens the words after the verb (past times), no name starts right inside it, and what
    /// follows its closing mark leaves it the object: the sentence's end, a mark, a ب-complement or a preposition
    /// (واتهمت "عناصر مثيرة للشغب" بمحاولة …). A noun after it is the object, and the quoted words the subject
    /// (وتبنت "سرايا اولياء الدم" الهجوم).
    /// </summary>
    private static bool QuotedObjectNext(EventArguments.Sentence s, int verb)
    {
        int k = PastSubjectlessTimes(s, verb + 1);
        if (k + 1 >= s.Words.Count || s.Words[k].Key is not ("\"" or "«" or "“") || !s.Words[k + 1].IsLetters || s.StartingAt(k + 1) is not null) return false;
        for (int j = k + 2; j < s.Words.Count && j <= k + 1 + MaxQuotedObjectWords; j++)
        {
            if (s.Words[j].Key is not ("\"" or "»" or "”")) continue;
            int next = PastSubjectlessTimes(s, j + 1);
            return next >= s.Words.Count || !s.Words[next].IsLetters || IsComplement(s.Words[next].Key) || EventArguments.Prepositions.Contains(s.Words[next].Key);
        }
        return false;
    }

    /// <summary>How many words a و-verb may stand after the act before it and still go on in that act's clause.</summary>
    private const int MaxClauseGoOn = 8;

    /// <summary>Words that open a clause or a told clause of its own: a verb past them is no more of the act before them.</summary>
    private static readonly HashSet<string> ClauseOpenersBetween =
        new(MatchKey.SetOf("ان", "انه", "انها", "بان", "لان", "ثم").Concat(EventArguments.ClauseWords), StringComparer.Ordinal);

    /// <summary>
    /// The source of the act drafted last before the verb of <paramref name="hit"/> when that verb is written with و and
    /// stands in the act's clause, within <see cref="MaxClauseGoOn"/> words with only words between (وكان X قد زار قضاء
    /// بيجي الاسبوع الماضي والتقى قادة الحشد): no mark, no clause break and no word opening a clause; else null.
    /// </summary>
    private static Entity? GoesOnInClause(EventArguments.Sentence s, CameoVerbTable.Hit hit, List<Draft> drafts)
    {
        if (!WrittenWithWa(s, hit) || NamesBothSides(s, hit.Word)) return null;
        var before = drafts.Where(d => d.Span.End <= hit.Span.Start).MaxBy(d => d.Span.End);
        if (before?.Source is null) return null;
        var (_, last) = EventArguments.WordRange(s.Words, before.Span);
        if (hit.Word - last - 1 > MaxClauseGoOn) return null;
        for (int k = last + 1; k < hit.Word; k++)
        {
            var w = s.Words[k];
            if (!w.IsLetters || ClauseOpenersBetween.Contains(w.Key) || ClauseBreaks.Contains(w.Key)) return null;
        }
        return before.Source;
    }

    /// <summary>How many words of a title may stand between a verb and the name of its subject (رئيس الحكومة سعد الحريري).</summary>
    private const int MaxTitleBeforeSubject = 4;

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> names a person or organisation as its subject (past a title) and a
    /// second noun phrase right after the name, its object (والتقى رئيس الحكومة سعد الحريري السفير الاميركي): a
    /// predicate with both its sides, none it shares.
    /// </summary>
    private static bool NamesBothSides(EventArguments.Sentence s, int verb)
    {
        var subject = s.Mentions.FirstOrDefault(m => m.First > verb);
        if (subject.Entity is not { Type: EntityType.PER or EntityType.ORG } || subject.First > verb + 1 + MaxTitleBeforeSubject) return false;
        int k = subject.Last + 1;
        if (k >= s.Words.Count || !s.Words[k].IsLetters || SubjectlessTimes.Contains(s.Words[k].Key)) return false;
        return s.StartingAt(k) is not null || s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>
    /// A verb written with و right after a comma whose subject, <paramref name="source"/>, is named right after it
    /// (…، واتهمت الجمعية السلطات): it opens a predicate of its own, not more of the act before the comma.
    /// </summary>
    private static bool SubjectAgainAfterComma(EventArguments.Sentence s, CameoVerbTable.Hit hit, Entity? source)
    {
        if (source is null || hit.Word == 0 || !s.Words[hit.Word - 1].IsComma || !WrittenWithWa(s, hit)) return false;
        return s.StartingAt(PastSubjectlessTimes(s, hit.Word + 1))?.Entity == source;
    }

    /// <summary>Whether the word after the verb (past times) is written with ب and starts no name: the verb's complement.</summary>
    private static bool ComplementNext(EventArguments.Sentence s, int verb) => NextKey(s, verb) is { } key && IsComplement(key);

    /// <summary>The key of the word after the verb, past times, when it is letters and starts no name; else null.</summary>
    private static string? NextKey(EventArguments.Sentence s, int verb)
    {
        int k = PastSubjectlessTimes(s, verb + 1);
        return k < s.Words.Count && s.Words[k].IsLetters && s.StartingAt(k) is null ? s.Words[k].Key : null;
    }

    /// <summary>Word <paramref name="k"/> past the times that may stand between a verb and what follows it.</summary>
    private static int PastSubjectlessTimes(EventArguments.Sentence s, int k)
    {
        while (k < s.Words.Count && SubjectlessTimes.Contains(s.Words[k].Key)) k++;
        return k;
    }

    /// <summary>بفرض, بالهجوم: a word written with ب (not بيان, a statement).</summary>
    private static bool IsComplement(string key) => key.Length > 3 && key[0] == 'ب' && key != "بيان";

    private static readonly HashSet<string> SubjectlessNext = new[] { "الى", "إلى", "في", "على", "من", "عن", "مع" }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> SubjectlessTimes = new[] { "امس", "اليوم", "مساء", "صباح", "ليل", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="target"/> is the name in brackets right after a mention of <paramref name="source"/> after
    /// the verb at word <paramref name="verb"/>, or past where that body sits (في X, لدى X): الاتحاد الافريقي في الصومال
    /// (اميصوم). Read by <see cref="BracketedAfter(string, EventArguments.Sentence, TextSpan)"/>.
    /// </summary>
    private static bool NamedAgainInBrackets(string text, EventArguments.Sentence s, int verb, Entity source, Entity target)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity != source || m.First <= verb) continue;
            int end = m.Span.End;
            if (m.Last + 2 < s.Words.Count && s.Words[m.Last + 1].Key is "في" or "لدي" && s.StartingAt(m.Last + 2) is { Entity.Type: EntityType.LOC } seat) end = seat.Span.End;
            if (BracketedAfter(text, s, new TextSpan(m.Span.Start, end)) == target) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="phrase"/> holds the crowd a dispersal's rule names (<c>+dispersal:محتجين</c>): read as the
    /// verb's subject, it is whom the verb dispersed.
    /// </summary>
    private static bool DispersedCrowd(string text, string rule, ActorPhrases.Phrase phrase)
    {
        const string Marker = "+dispersal:";
        int at = rule.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0) return false;
        int from = at + Marker.Length, end = rule.IndexOf('+', from);
        string crowd = end < 0 ? rule[from..] : rule[from..end];
        return crowd.Length > 0 && MatchKey.Of(text.AsSpan(phrase.Span.Start, phrase.Span.Length)).Contains(crowd, StringComparison.Ordinal);
    }

    /// <summary>Whether the first mention of <paramref name="named"/> after the verb at word <paramref name="verb"/> stands past a الى that follows the verb.</summary>
    private static bool AfterIla(EventArguments.Sentence s, int verb, Entity named)
    {
        int ila = -1;
        for (int k = verb + 1; k < s.Words.Count && ila < 0; k++)
        {
            if (s.Words[k].Key == "الي") ila = k;
        }
        return ila >= 0 && s.FirstAfter(named, verb) is { } m && m.First > ila;
    }

    /// <summary>
    /// Whether <paramref name="named"/>, after the verb at word <paramref name="verb"/>, is whom a letter went to: after
    /// الى with a letter noun up to three words before it (في رسالة الى الامم المتحدة, في رسالتين وجهتهما الى مجلس الامن),
    /// also as a later addressee past the others and their heads' titles (الى الامين العام للامم المتحدة ورئيس مجلس الامن).
    /// </summary>
    private static bool LetterAddressee(EventArguments.Sentence s, int verb, Entity named)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity != named || m.First <= verb) continue;
            int ila = m.First - 1;
            while (ila > verb && ila >= m.First - MaxLetterAddresseeWords && s.Words[ila].Key != "الي" && (AddresseeHeads.Contains(s.Words[ila].Key) || s.EndingAt(ila) is not null))
                ila = s.EndingAt(ila) is { } before ? before.First - 1 : ila - 1;
            if (ila <= verb || s.Words[ila].Key != "الي") return false;
            // في رسالتين متطابقتين وجهتهما الى: the letter noun, its adjective and the verb that sent it.
            for (int k = ila - 1; k > verb && k >= ila - 3; k--)
            {
                if (Letters.Contains(s.Words[k].Key)) return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>How many words back from an addressee the الى of a letter may stand (past the other addressees and their heads).</summary>
    private const int MaxLetterAddresseeWords = 8;

    /// <summary>Heads of the bodies a letter went to, told before each body (الامين العام ل…, ورئيس …).</summary>
    private static readonly HashSet<string> AddresseeHeads = MatchKey.SetOf("الامين", "والامين", "العام", "رئيس", "ورئيس", "رئيسي", "و");

    /// <summary>Letters and notes sent to a body (رسالة, رسالتين, برقية, مذكرة, شكوى).</summary>
    private static readonly HashSet<string> Letters = MatchKey.SetOf("رسالة", "رسالتين", "رسائل", "رسالتها", "رسالته", "برقية", "مذكرة", "شكوى");

    /// <summary>
    /// وصل X الى البلاد: the country a wire calls البلاد (the one its dateline is in), where one arrives, right after the
    /// first الى following the verb at word <paramref name="verb"/>: told by that word, with the country's code; null when
    /// another word stands there.
    /// </summary>
    private static ActorPhrases.Phrase? ToTheCountry(EventArguments.Sentence s, int verb)
    {
        int k = NextTo(s, verb + 1);
        return k >= 0 && s.Words[k + 1].Key == "البلاد" && s.StartingAt(k + 1) is null ? new ActorPhrases.Phrase(s.Words[k + 1].Span, k + 2, s.Country) : null;
    }

    /// <summary>The name right after the first الى following the verb at word <paramref name="verb"/>, before any punctuation.</summary>
    private static Entity? Destination(EventArguments.Sentence s, int verb)
    {
        for (int k = NextTo(s, verb + 1); k >= 0; k = NextTo(s, k + 1))
        {
            // ووصل المبعوث الاممي الى ليبيا غسان سلامة الى مصراتة: a country with the visitor's name right after it is
            // part of his title (whose envoy he is); where he arrives follows the next الى.
            if (s.StartingAt(k + 1) is { Entity.Type: EntityType.LOC } titled && s.StartingAt(titled.Last + 1) is { Entity.Type: EntityType.PER }) continue;
            return s.StartingAt(k + 1)?.Entity;
        }
        return null;
    }

    /// <summary>The next الى from word <paramref name="from"/> on, with a word after it, before any punctuation; -1 when none.</summary>
    private static int NextTo(EventArguments.Sentence s, int from)
    {
        for (int k = from; k < s.Words.Count - 1 && s.Words[k].Kind != WordKind.Punctuation; k++)
        {
            if (s.Words[k].Key == "الي") return k;
        }
        return -1;
    }

    /// <summary>
    /// Whether the place <paramref name="place"/>, first named after the meeting verb at <paramref name="verb"/>, stands
    /// after a word that makes it someone's or somewhere's (التقى شيوخ عشائر الانبار, التقى باعضاء البرلمان عن البصرة,
    /// ان سوريا): those met are named before it, the place is not them. Right after the verb (past times), after مع or
    /// من (وفدا من روسيا) or after another name (وزراء خارجية روسيا وايران) it is the country met.
    /// </summary>
    private static bool PlaceOfOthers(EventArguments.Sentence s, int verb, Entity place)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity != place || m.First <= verb) continue;
            int k = m.First - 1;
            while (k > verb && SubjectlessTimes.Contains(s.Words[k].Key)) k--;
            if (k == verb) return false;
            var w = s.Words[k];
            return w.IsLetters && w.Key is not ("مع" or "من") && s.EndingAt(k) is null;
        }
        return false;
    }

    /// <summary>
    /// A trigger read with ب (بقصف) after an accusation verb of its clause, with no punctuation between, or after the بان
    /// that opens what an accusation says (اتهمت النيابة ثلاثة رجال بانهم قتلوا …) within its clause: the charge.
    /// </summary>
    private static bool IsCharge(string text, IReadOnlyList<Word> words, TextSpan trigger, int first, int[] accusations)
    {
        bool withBa = trigger.Start > 0 && text[trigger.Start - 1] == 'ب' && words[first].Start < trigger.Start;
        // اتهمت الجماعة التحالف بشن غارات: the act's noun after a launching verbal noun read with ب is the charge too.
        int charge = first;
        if (!withBa && first > 0 && words[first - 1].End + 1 >= words[first].Start && LaunchedWithBa.Contains(words[first - 1].Key))
        {
            withBa = true;
            charge = first - 1;
        }
        foreach (int a in accusations)
        {
            if (a >= charge) continue;
            if (withBa ? !PunctuationPastAsides(words, a, charge) : ChargeClauseAfter(words, a, charge)) return true;
        }
        return false;
    }

    /// <summary>Verbal nouns of launching read with ب, before the act they launch (بشن غارات, بتنفيذ هجوم, باطلاق صواريخ).</summary>
    private static readonly HashSet<string> LaunchedWithBa = MatchKey.SetOf("بشن", "بتنفيذ", "باطلاق", "بارتكاب");

    /// <summary>
    /// Whether a mark stands between words <paramref name="from"/> and <paramref name="to"/> other than the commas of a day
    /// set off by them (اتهمت، الاسبوع الماضي، التحالف بشن غارات: the charge is still the accusation's).
    /// </summary>
    private static bool PunctuationPastAsides(IReadOnlyList<Word> words, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (words[k].Kind != WordKind.Punctuation) continue;
            if (words[k].IsComma && (DayAside.Close(words, k + 1) ?? WeekAside(words, k + 1)) is int close && close < to)
            {
                k = close;
                continue;
            }
            return true;
        }
        return false;
    }

    /// <summary>The comma closing ، الاسبوع الماضي، or ، الشهر الماضي، opening at word <paramref name="k"/>, or null.</summary>
    private static int? WeekAside(IReadOnlyList<Word> words, int k) =>
        k + 2 < words.Count && Periods.Contains(words[k].Key) && TimeLexicon.Shared.IsDirection(words[k + 1].Key) && words[k + 2].IsComma ? k + 2 : null;

    private static readonly HashSet<string> Periods = MatchKey.SetOf("الاسبوع", "الشهر", "العام");

    /// <summary>Verbs that lay the blame for something on someone (حملت الحكومة الحركة مسؤولية …, محملا X المسؤولية عن …).</summary>
    private static readonly HashSet<string> Blaming = MatchKey.SetOf("حمل", "حملت", "حملوا", "وحمل", "وحملت", "وحملوا", "يحمل", "تحمل", "محملا", "محملة",
        "اتهم", "اتهمت", "اتهموا", "واتهم", "واتهمت", "واتهموا");

    /// <summary>The responsibility laid: مسؤولية, المسؤولية, بالمسؤولية.</summary>
    private static readonly HashSet<string> Responsibility = MatchKey.SetOf("مسؤولية", "المسؤولية", "بالمسؤولية");

    /// <summary>How far before the act the responsibility laid for it may stand, and the blaming verb before that.</summary>
    private const int BlameReach = 6;

    /// <summary>
    /// Whether the act at word <paramref name="first"/> is what someone is blamed for: a <see cref="Responsibility"/> word
    /// within <see cref="BlameReach"/> words before it and a <see cref="Blaming"/> verb within as many before that, no mark
    /// between (حملت الحكومة الحركة مسؤولية مقتل الوزير في هجوم انتحاري, اتهمتها بالمسؤولية عن تفجير …). The news is the
    /// blame (112), the act its charge, told before; a side claiming it (تبنت الحركة مسؤولية هجوم) tells the act.
    /// </summary>
    private static bool IsBlamedFor(IReadOnlyList<Word> words, int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - BlameReach; k--)
        {
            if (words[k].Kind == WordKind.Punctuation) return false;
            if (!Responsibility.Contains(words[k].Key)) continue;
            for (int j = k - 1; j >= 0 && j >= k - BlameReach; j--)
            {
                if (words[j].Kind == WordKind.Punctuation) return false;
                if (Blaming.Contains(words[j].Key)) return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>Whether ان or بان opens the clause of word <paramref name="first"/> before it, no mark between: what a source reports.</summary>
    private static bool ReportedInClause(IReadOnlyList<Word> words, int first)
    {
        for (int k = first - 1; k >= 0; k--)
        {
            if (words[k].Kind == WordKind.Punctuation) return false;
            if (ThatWords.Contains(words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>The forms of بان that open what an accusation says (اتهمه بانه, اتهموهم بانهم).</summary>
    private static readonly HashSet<string> ChargeOpeners = MatchKey.SetOf("بان", "بانه", "بانها", "بانهم", "بانهما");

    private const int ChargeOpenerReach = 6;

    /// <summary>
    /// Whether a بان form follows the accusation at word <paramref name="accusation"/> within <see cref="ChargeOpenerReach"/>
    /// words, no mark between, and word <paramref name="first"/> is in what it says: no mark or clause opener (فيما, بينما,
    /// ثم) between them (اتهم الحزب الحكومة بانها عجزت …، فيما قتل 9 اشخاص: the toll is told, not charged).
    /// </summary>
    private static bool ChargeClauseAfter(IReadOnlyList<Word> words, int accusation, int first)
    {
        for (int k = accusation + 1; k < first && k <= accusation + ChargeOpenerReach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) return false;
            if (ChargeOpeners.Contains(words[k].Key)) return !ClauseEndsBetween(words, k, first);
        }
        return false;
    }

    /// <summary>
    /// Conjunctions and marks that close a charge's clause (فيما قتل, بينما اصيب, ثم قصفت, a comma); quotation marks
    /// and a date's slashes do not (بانهم «اقدموا في 12/7 على تفجير …»).
    /// </summary>
    private static readonly HashSet<string> ChargeEnders = MatchKey.SetOf("فيما", "وفيما", "بينما", "وبينما", "ثم");

    private static bool ClauseEndsBetween(IReadOnlyList<Word> words, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (words[k].IsComma || words[k].Key is "؛" or ";" || ChargeEnders.Contains(words[k].Key)) return true;
        }
        return false;
    }

    private static bool SubjectBefore(EventArguments.Sentence s, int word, TextSpan verb) =>
        word > 0 && s.Words[word].Start == verb.Start && s.EndingAt(word - 1) is not null;

    /// <summary>Armed men told again with the article (هاجم المسلحون, ان المهاجمين): the men the story counted or named before.</summary>
    private static readonly HashSet<string> ArmedMenAgain = MatchKey.SetOf("المسلحون", "المسلحين", "المهاجمون", "المهاجمين");

    /// <summary>Armed men counted or named before من and their group (14 مسلحا من حركة الشباب, مسلحون من التنظيم, مقاتلون من الحركة).</summary>
    private static readonly HashSet<string> ArmedMenOf = MatchKey.SetOf("مسلحا", "مسلحين", "مسلحون", "مهاجما", "مهاجمين", "مهاجمون", "مقاتلا", "مقاتلين", "مقاتلون");

    /// <summary>Armed men in construct with their group (مسلحو حركة الشباب, لمسلحي التنظيم).</summary>
    private static readonly HashSet<string> ArmedMenInConstruct = MatchKey.SetOf("مسلحو", "مسلحي", "مهاجمو", "مهاجمي");

    /// <summary>
    /// A side told only as the armed men again (قتل 14 مسلحا من حركة الشباب عندما هاجم المسلحون قاعدة للجيش) is the one
    /// group the story named those men by before it; with none, or two, the words stay the side.
    /// </summary>
    private static void ArmedMenTold(string text, ImmutableArray<Entity> entities, List<Draft> drafts)
    {
        // Most sentences draft nothing: no closure is made for them.
        if (drafts.Count == 0) return;
        NameUnnamedSides(drafts, phrase => IsArmedMenAgain(text, phrase) ? ArmedGroupBefore(text, entities, phrase.Start) : null);
        // فاشتبك معهم الجنود: soldiers told by their common noun are the one army the story named before them.
        NameUnnamedSides(drafts, phrase => IsSoldiers(text, phrase) ? ArmyBefore(text, entities, phrase.Start) : null);
    }

    /// <summary>How far back, in characters, the attack whose attackers a fight answers may have been told (a story's first paragraphs).</summary>
    private const int AttackersReach = 1200;

    /// <summary>How many words after a fighting verb the attackers told again may stand (اشتبكت مع المهاجمين, وقتلت خمسة منهم).</summary>
    private const int AttackersWords = 3;

    /// <summary>
    /// A fight with the attackers told again (اشتبكت قوة من الجيش مع المهاجمين, اشتبكوا معهم, وقتلت خمسة منهم) is a fight
    /// with whoever made the attack the story told before: a 19x act with no target takes the named source of the last
    /// assault drafted before it within <see cref="AttackersReach"/> characters, passing over the fighter's own acts.
    /// </summary>
    private static void AttackersAnswered(EventArguments.Sentence s, ImmutableArray<Entity> entities, ImmutableArray<Event>.Builder events, List<Draft> drafts)
    {
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (!d.Code.Code.StartsWith("19", StringComparison.Ordinal) || d.Target is not null || !AttackersAfter(s, d.Span)) continue;
            if (d.TargetPhrase is { } phrase && !IsAttackersAgain(s, phrase.Span)) continue;
            if (AttackerBefore(entities, events, drafts, k) is { } attacker) drafts[k] = d with { Target = attacker, TargetPhrase = null };
        }
    }

    /// <summary>
    /// Whether the attackers are told again within <see cref="AttackersWords"/> words after the act at <paramref name="act"/>,
    /// no mark between: مع المهاجمين (المسلحين), معهم, or منهم and من المهاجمين after a count (وقتلت خمسة منهم).
    /// </summary>
    private static bool AttackersAfter(EventArguments.Sentence s, TextSpan act)
    {
        int k = WordScanner.FirstAtOrAfter(s.Words, act.End);
        for (int end = k + AttackersWords; k < s.Words.Count && k < end; k++)
        {
            var word = s.Words[k];
            if (word.Kind == WordKind.Punctuation) return false;
            if (word.Key == "معهم" || word.Key == "منهم" && k > 0 && s.Words[k - 1].Start >= act.End) return true;
            if (k + 1 < s.Words.Count && word.Key is "مع" or "من" && ArmedMenAgain.Contains(s.Words[k + 1].Key)) return true;
        }
        return false;
    }

    /// <summary>Whether an unnamed side's words are the attackers told again (المهاجمين, خمسة منهم, اثنين من المسلحين).</summary>
    private static bool IsAttackersAgain(EventArguments.Sentence s, TextSpan span)
    {
        var last = WordScanner.FirstAtOrAfter(s.Words, span.End) - 1;
        return last >= 0 && last < s.Words.Count && (s.Words[last].Key == "منهم" || ArmedMenAgain.Contains(s.Words[last].Key));
    }

    /// <summary>
    /// The named source of the last assault before draft <paramref name="draft"/>: the sentence's drafts before it, then the
    /// story's events, within <see cref="AttackersReach"/> characters; not the draft's own source. Null when there is none.
    /// </summary>
    private static Entity? AttackerBefore(ImmutableArray<Entity> entities, ImmutableArray<Event>.Builder events, List<Draft> drafts, int draft)
    {
        var fighter = drafts[draft].Source;
        int from = drafts[draft].Span.Start - AttackersReach;
        for (int k = draft - 1; k >= 0; k--)
        {
            if (drafts[k].Code.Plover == "ASSAULT" && drafts[k].Source is { } source && source != fighter) return source;
        }
        for (int k = events.Count - 1; k >= 0 && events[k].Start >= from; k--)
        {
            if (events[k].Plover != "ASSAULT" || events[k].Source?.EntityId is not { } id || id == fighter?.Id) continue;
            foreach (var e in entities)
            {
                if (e.Id == id) return e;
            }
        }
        return null;
    }

    /// <summary>Soldiers told by their common noun alone (الجنود): the army's men, not a body of their own.</summary>
    private static bool IsSoldiers(string text, TextSpan span) =>
        WordScanner.Scan(text, span) is [var only] && EventArguments.SoldiersWords.Contains(only.Key);

    /// <summary>
    /// The one army (an organisation named الجيش …, جيش …) named within <see cref="ArmedMenStoryReach"/> before
    /// <paramref name="offset"/>, or null when none or several are: a story of two armies leaves its soldiers unnamed.
    /// </summary>
    private static Entity? ArmyBefore(string text, ImmutableArray<Entity> entities, int offset) =>
        OneOrganisationBefore(entities, offset, span => WordScanner.Scan(text, span) is [var head, ..] && head.Key is "الجيش" or "جيش");

    /// <summary>
    /// A side told by words the story then names in brackets (قوات الامن الكردية (الاسايش), عناصر الشرطة (المرور)) is the
    /// organisation or person named there, when no other side of the act is that one.
    /// </summary>
    private static void NamedInBrackets(string text, EventArguments.Sentence s, List<Draft> drafts)
    {
        if (drafts.Count == 0) return;
        // اعتقلت قوات الامن الكردية (الاسايش) ستة اشخاص: the name in brackets after the subject's words is the subject's
        // own, never the verb's object, though it is the first name after the verb.
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Source is null && d.SourcePhrase is { } source && d.Target is { } target && BracketedAfter(text, s, source.Span) == target)
                drafts[k] = d with { Source = target, SourcePhrase = null, Target = null, TargetPhrase = null };
        }
        NameUnnamedSides(drafts, phrase => BracketedAfter(text, s, phrase));
    }

    /// <summary>Each draft's unnamed source or target that <paramref name="named"/> names is that entity, unless it is the act's other side.</summary>
    private static void NameUnnamedSides(List<Draft> drafts, Func<TextSpan, Entity?> named)
    {
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Source is null && d.SourcePhrase is { } source && named(source.Span) is { } doer && doer != d.Target)
                d = d with { Source = doer, SourcePhrase = null };
            if (d.Target is null && d.TargetPhrase is { } target && named(target.Span) is { } done && done != d.Source)
                d = d with { Target = done, TargetPhrase = null };
            drafts[k] = d;
        }
    }

    /// <summary>The person or organisation named alone in brackets right after <paramref name="phrase"/> (X (Y)), or null.</summary>
    private static Entity? BracketedAfter(string text, EventArguments.Sentence s, TextSpan phrase)
    {
        int open = phrase.End;
        while (open < text.Length && text[open] == ' ') open++;
        // قوات الامن الكردية (الاسايش): past one adjective of origin the phrase did not take in.
        if (open + 4 < text.Length && text[open] == 'ا' && text[open + 1] == 'ل')
        {
            int end = open;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            bool nisba = end - open > 4 && (text[end - 1] == 'ي' || text[end - 2] == 'ي' && text[end - 1] is 'ة' or 'ه');
            if (nisba)
            {
                open = end;
                while (open < text.Length && text[open] == ' ') open++;
            }
        }
        if (open >= text.Length || text[open] != '(') return null;
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Type is not (EntityType.ORG or EntityType.PER) || m.Span.Start != open + 1) continue;
            return m.Span.End < text.Length && text[m.Span.End] == ')' ? m.Entity : null;
        }
        return null;
    }

    /// <summary>
    /// Whether the phrase is one word of <see cref="ArmedMenAgain"/>, some of them (14 من المهاجمين, عدد من المسلحين) or
    /// their posts (مواقع المسلحين); a longer phrase says more of who they are.
    /// </summary>
    private static bool IsArmedMenAgain(string text, TextSpan span)
    {
        var words = WordScanner.Scan(text, span);
        if (words.Count == 0 || words.Count > MaxArmedMenWords || !ArmedMenAgain.Contains(words[^1].Key)) return false;
        return words.Count == 1 || words.Count == 2 && EventArguments.IsSiteWord(words[0].Key) || words.Count >= 3 && words[^2].Key == "من";
    }

    /// <summary>How many words armed men told again may take (ثلاثة من المسلحين, 14 من المهاجمين, مواقع المسلحين).</summary>
    private const int MaxArmedMenWords = 4;

    /// <summary>How far before a group's name its armed men may be counted (14 مسلحا من, عشرات المسلحين من).</summary>
    private const int ArmedMenReach = 40;

    /// <summary>How far back, in characters, the men told again may point (about three sentences of wire copy): further on a story tells other incidents.</summary>
    private const int ArmedMenStoryReach = 600;

    /// <summary>
    /// The one organisation named within <see cref="ArmedMenStoryReach"/> before <paramref name="offset"/> right after
    /// armed men (مسلحا من X, مسلحي X), or null when none or several are. Narrower than the members nouns of the event
    /// arguments: only armed men are told again as المسلحون (a patrol of the army is not).
    /// </summary>
    private static Entity? ArmedGroupBefore(string text, ImmutableArray<Entity> entities, int offset) =>
        OneOrganisationBefore(entities, offset, span => AfterArmedMen(text, span.Start));

    /// <summary>
    /// The one organisation with a mention within <see cref="ArmedMenStoryReach"/> before <paramref name="offset"/> that
    /// <paramref name="told"/> accepts, or null when none or several are.
    /// </summary>
    private static Entity? OneOrganisationBefore(ImmutableArray<Entity> entities, int offset, Func<TextSpan, bool> told)
    {
        Entity? found = null;
        foreach (var e in entities)
        {
            if (e.Type != EntityType.ORG) continue;
            foreach (var m in e.Mentions)
            {
                if (m.Span.Start >= offset || m.Span.Start < offset - ArmedMenStoryReach || !told(m.Span)) continue;
                if (found is not null && found != e) return null;
                found = e;
            }
        }
        return found;
    }

    /// <summary>Whether armed men stand right before a name starting at <paramref name="start"/>: in construct (also after ل: لمسلحي), or before من.</summary>
    private static bool AfterArmedMen(string text, int start)
    {
        var words = WordScanner.Scan(text, new TextSpan(Math.Max(0, start - ArmedMenReach), start));
        if (words.Count == 0) return false;
        // بين قوة من الجيش ومسلحين من X, بين الجيش ومسلحي X: the second side of a بين clash is written with و.
        string last = words[^1].Key;
        if (ArmedMenInConstruct.ContainsWithoutConjunction(last) || last.Length > 4 && last[0] == 'ل' && ArmedMenInConstruct.Contains(last[1..])) return true;
        return words.Count >= 2 && last == "من" && ArmedMenOf.ContainsWithoutConjunction(words[^2].Key);
    }

    /// <summary>Whether <paramref name="named"/> has a mention ending right before the verb at word <paramref name="verb"/> (or its قد): its subject told first.</summary>
    private static bool NamedRightBefore(EventArguments.Sentence s, int verb, Entity named)
    {
        int back = verb >= 2 && s.Words[verb - 1].Key == "قد" ? verb - 2 : verb - 1;
        return back >= 0 && s.EndingAt(back) is { } before && before.Entity == named;
    }
}
