using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Adds the <see cref="Layers.Events"/> layer: CAMEO-coded events with PLOVER type, QuadClass and Goldstein
/// score, the trigger span and the rule that fired. Source, target and place come from word order
/// (<see cref="EventArguments"/>); the time is the first time expression of the sentence. Triggers of one PLOVER type
/// with compatible roles in a sentence are one event: a suicide bombing with its toll is one record, not three.
/// Other CAMEO roots come from the compiled verb table (<see cref="CameoVerbTable"/>, rule <c>cameo-dict:ID</c>),
/// only when the source or the target has an actor code (or, for Hadath's own verbs other than calls and demands, the
/// subject is a named organisation), never as ASSAULT/PROTEST (the hand-written triggers
/// and their conditions own those), never inside quotation marks, and with the same negation/hypothetical/denial filters.
/// Across the acts of one sentence: a و-verb with no subject of its own shares the subject before it, a meeting verb with an
/// object pronoun (واستقبله) or after حيث takes its other side from the act before it, and a verbal noun read with ب after an
/// accusation is its charge, not an act.
/// </summary>
public sealed partial class EventStage : IStage
{
    // Words right before a verb that make it a plan, a wish or a possibility (قد يلتقي, سوف يزور, ان يوقع).
    private static readonly HashSet<string> NotYet = new(StringComparer.Ordinal) { "قد", "سوف", "ان", "لكي", "كي", "حتى", "يعتزم", "تعتزم", "يريد", "تريد", "يجب" };

    // قد before a past verb says it is done (وكان بومبيو قد التقى برادر: a pluperfect, told); only before a present one a possibility.
    // A past form that opens as a present one does (تفقده: "made him lose" or "inspected") is told done only under a كان;
    // under ان تكون/ان يكون (رجح ان تكون منشآت قد استقبلت) any past verb is a supposition, not a telling.
    private static bool IsPerfectiveQad(IReadOnlyList<Word> words, CameoVerbTable.Hit hit)
    {
        if (words[hit.Word - 1].Key != "قد" || hit.Present) return false;
        int kana = KanaBefore(words, hit.Word - 1);
        if (kana >= 0 && PresentKana.Contains(words[kana].Key)) return !Supposed(words, kana);
        return kana >= 0 || !OpensAsPresent(words[hit.Word].Key);
    }

    /// <summary>Whether the كان at <paramref name="kana"/> is a present one after ان (ان تكون, ان يكون): a supposition.</summary>
    private static bool Supposed(IReadOnlyList<Word> words, int kana) => kana > 0 && PresentKana.Contains(words[kana].Key) && words[kana - 1].Key == "ان";

    /// <summary>
    /// ونفت الوزارة ان تكون وحدات الامن قد تدخلت: a past verb after قد under ان تكون, its subject between, is supposed
    /// or denied, not told.
    /// </summary>
    internal static bool SupposedAfterQad(IReadOnlyList<Word> words, int verb) =>
        verb > 0 && words[verb - 1].Key == "قد" && Supposed(words, KanaBefore(words, verb - 1));

    private static bool OpensAsPresent(string key) => key.Length > 0 && key[0] is 'ت' or 'ي' or 'ن';

    // وكان رئيس الوزراء الاسترالي قد تعهد: the subject may stand between كان and قد.
    private const int KanaWindow = 8;
    private static readonly HashSet<string> KanaForms = new(StringComparer.Ordinal)
        { "كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت", "يكون", "تكون", "ويكون", "وتكون" };
    private static readonly HashSet<string> PresentKana = new(StringComparer.Ordinal) { "يكون", "تكون", "ويكون", "وتكون" };

    /// <summary>The nearest word of كان within <see cref="KanaWindow"/> words before قد, or -1.</summary>
    private static int KanaBefore(IReadOnlyList<Word> words, int qad)
    {
        for (int k = qad - 1; k >= 0 && k >= qad - KanaWindow; k--)
        {
            if (KanaForms.Contains(words[k].Key)) return k;
        }
        return -1;
    }

    // Right after these a verb spelling is its verbal noun (عن رفض المرسوم, بعد حث الدول, قرار قطع العلاقات).
    /// <summary>The masculine فرض, spelled like its verbal noun: a verb only opening its clause, with its subject before the object.</summary>
    private static readonly string FardSpelling = MatchKey.Of("فرض");

    /// <summary>Words after which فرض is a verb of a subordinate clause (بعد ان فرض الاتحاد عقوبات, بعدما فرض).</summary>
    private static readonly HashSet<string> FardSubordinators = MatchKey.SetOf("ان", "بعدما", "عندما", "حين", "حينما", "لما");

    /// <summary>Words of time before ان after which a past verb tells what was done (بعد ان فرضت, الى ان زار, اثر ان انتقدت).</summary>
    private static readonly HashSet<string> DoneBeforeAn = MatchKey.SetOf("بعد", "الى", "اثر", "عقب", "غداة");

    /// <summary>
    /// Whether the verb of <paramref name="hit"/> is a past one right after ان after a word of <see cref="DoneBeforeAn"/>
    /// (تراجعت الليرة بعد ان فرضت الولايات المتحدة عقوبات): an act done, where ان before a present verb (ان تفرض) is a wish,
    /// and سبق ان فرضت (had once imposed) an act of the past.
    /// </summary>
    private static bool DoneAfterAn(IReadOnlyList<Word> words, CameoVerbTable.Hit hit) =>
        !hit.Present && hit.Word >= 2 && words[hit.Word - 1].Key == "ان" && DoneBeforeAn.Contains(words[hit.Word - 2].Key);

    private static readonly HashSet<string> NounContext = new(StringComparer.Ordinal) { "عن", "من", "علي", "الي", "في", "بعد", "قبل", "حول", "ضد", "قرار", "بقرار", "لقرار", "وقرار", "فقرار", "عهد" };

    /// <summary>
    /// وزارته, وزارتها: "his ministry", "its ministry", spelled as و and a visit with its object pronoun (وزار+ته); the noun is
    /// what news writes, so these spellings are no visit.
    /// </summary>
    private static readonly HashSet<string> MinistrySpellings = MatchKey.SetOf("وزارته", "وزارتها", "وزارتهم", "وزارتهما", "وزارتكم", "وزارتنا", "وزارتي");

    /// <summary>
    /// ستيفن تاونسند، الذي وصل الى الجزائر, الوفد الكويتي الذي وصل الى الرياض: an arrival or a visit told right after a
    /// relative pronoun whose antecedent is a person or body named before it, a delegation or an office (وزير الخارجية
    /// الياباني، الذي وصل الى عمان), is told as done, not as
    /// background (الهجوم الذي استهدف stays background: no visit, and no such antecedent).
    /// </summary>
    private bool ArrivalAfterRelative(EventArguments.Sentence s, CameoVerbTable.Hit hit, string code) =>
        code == "042" && hit.Word >= 2 && s.Words[hit.Word - 1].Key is "الذي" or "التي" &&
        (EventArguments.HasRelativeAntecedent(s, hit.Word) || _arguments.DelegationSubject(s, hit.Word) is not null || _arguments.OfficeBeforeRelative(s, hit.Word) is not null);

    // Pronouns pointing back to the noun a relative clause describes (احتجاجات قتل فيها, هجمات قتل خلالها).
    private static readonly HashSet<string> Resumptive = new[] { "فيها", "فيه", "خلالها", "خلاله", "فيهما" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    // Subjects that make a killing or an attack conventional military force (CAMEO 19), not unconventional violence (18).
    private static readonly HashSet<string> StateForces = new[] { "قوات", "القوات", "الجيش", "جيش", "الشرطه", "شرطه", "الامن", "جنود", "الجنود",
        // ان قواته "قتلت ثلاثة من عناصر X": the forces of a side's commander, killing in a fight.
        "قواته", "قواتها", "قواتنا" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    private readonly EventRecognizer _recognizer;
    private readonly CameoCodes _codes;
    private readonly CameoVerbTable _verbs;
    private readonly EventArguments _arguments;
    private readonly ActorLexicon _actors;

    public EventStage() : this(new EventRecognizer(EventLexicon.Shared, NumberReader.Shared, new ActorPhrases(ActorLexicon.Shared)), CameoCodes.Shared, CameoVerbTable.Shared, ActorLexicon.Shared)
    {
    }

    public EventStage(EventRecognizer recognizer, CameoCodes codes, CameoVerbTable verbs, ActorLexicon actors)
    {
        _recognizer = recognizer;
        _codes = codes;
        _verbs = verbs;
        _arguments = new EventArguments(actors);
        _actors = actors;
        foreach (var key in recognizer.FirstKeys) _tails.Add(TriggerGate, key);
        foreach (var form in verbs.Forms) _tails.Add(VerbGate, form);
        _keyGates = KeyGateMemo.PerThread(KeyGateOf);
    }

    public string Name => "events";
    public Layers Requires => Layers.Sentences;
    public Layers Provides => Layers.Events;

    private const int TriggerGate = 0, VerbGate = 1;

    /// <summary>
    /// Which gates a word may pass by its last letters: every reading looked up as a trigger's first word or as a verb
    /// form is the word's key less letters from its front, so it ends as the key does. More than half the words of a
    /// story end as no first key and no form, and are passed before the shape of any reading is made.
    /// </summary>
    private readonly GroupTails _tails = new();

    /// <summary>
    /// Each thread's <see cref="KeyGateOf"/> of the keys it read, kept from story to story: the gate was this stage's own
    /// code for every word of every story (about 2 % of the pipeline), and most words are keys met before.
    /// </summary>
    private readonly ThreadLocal<KeyGateMemo> _keyGates;

    /// <summary>
    /// Sets each word's <see cref="TriggerGate"/> and <see cref="VerbGate"/> bits in <paramref name="gates"/>; returns the
    /// bits any word has. <paramref name="packed"/>: the document's packed keys (<see cref="DocumentWords.PackedKeys"/>),
    /// the sentence's first at <paramref name="offset"/>; a negative offset when the words are no slice of them.
    /// </summary>
    private int Gate(IReadOnlyList<Word> words, byte[] gates, KeyGateMemo known, ReadOnlySpan<ulong> packed, int offset)
    {
        int any = 0;
        bool vagueBefore = false;   // whether the word before is a vague count (عشرات): the word after may start a trigger
        // Read in place: through the list's interface each read was a call and a copy of the word.
        var inPlace = WordScanner.AsSpan(words);
        for (int i = 0; i < inPlace.Length; i++)
        {
            // GateOf and whether the word is a vague count, its tests of the key read from the memo: a word not of
            // letters passes neither gate, and is asked whether it is a vague count on its own.
            var word = inPlace[i];
            int bits = word.IsLetters ? offset >= 0 ? known.Of(word.Key, packed[offset + i]) : known.Of(word.Key)
                : EventRecognizer.IsVagueCount(word.Key) ? 1 << VagueCountBit : 0;
            int gate = bits & GateBits | (vagueBefore ? 1 << TriggerGate : 0);
            vagueBefore = (bits >> VagueCountBit & 1) != 0;
            gates[i] = (byte)gate;
            any |= gate;
        }
        return any;
    }

    /// <summary>A word's gate bits: <see cref="TriggerGate"/> when it may start a trigger, <see cref="VerbGate"/> when it may be a verb form.</summary>
    internal int GateOf(Word word) => word.IsLetters ? KeyGateOf(word.Key) & GateBits : 0;

    /// <summary>The bit of a key's memo (<see cref="KeyGateOf"/>) that says the key is a vague count (<see cref="EventRecognizer.IsVagueCount"/>).</summary>
    private const int VagueCountBit = 2;

    /// <summary>The bits of <see cref="KeyGateOf"/> that are the gates (<see cref="TriggerGate"/>, <see cref="VerbGate"/>).</summary>
    private const int GateBits = 1 << TriggerGate | 1 << VerbGate;

    /// <summary>
    /// <see cref="GateOf"/> of a word of letters, which reads nothing of the word but its key (<see cref="EventRecognizer.MayStart"/>
    /// and <see cref="CameoVerbTable.MayBeVerb"/> test the key once the word is letters): so it can be kept per key; with
    /// <see cref="VagueCountBit"/> set when the key is a vague count, which every next word asked of its word before.
    /// </summary>
    private ushort KeyGateOf(string key)
    {
        int ends = _tails.MayEnd(key);
        var word = new Word(default, WordKind.Letters, key);
        return (ushort)(((ends >> TriggerGate & 1) != 0 && _recognizer.MayStart(word) ? 1 << TriggerGate : 0) |
                        ((ends >> VerbGate & 1) != 0 && _verbs.MayBeVerb(word) ? 1 << VerbGate : 0) |
                        (EventRecognizer.IsVagueCount(key) ? 1 << VagueCountBit : 0));
    }

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        string text = document.Text;
        var events = ImmutableArray.CreateBuilder<Event>();
        var mentions = MentionsByStart(document.Entities);
        // A speaker's own stance inside quotation marks is speech, not an act (بلاده "ترحب بكل جهد"); violence a
        // source describes in quotes (قال ان «سيارة مفخخة انفجرت …») is still reported unless the story told an act of
        // its type before (then the quote retells it), so only verb-table hits are always dropped.
        var quoted = DirectQuoteSpans(document);
        int dateline = DatelineHead.End(text);
        string? country = DatelineHead.Country(document.Entities.AsSpan(), dateline);
        // Made with the first sentence that drafts an act: the names are looked up only for a word with لل.
        Lazy<Dictionary<string, Entity>>? namesByKey = null;
        var gates = new byte[64];
        (TextSpan Span, Entity Entity)[]? insideScratch = null;
        var known = _keyGates.Value!;
        var documentWords = DocumentWords.Of(text);
        foreach (var sentence in document.Sentences)
        {
            var sentenceSpan = sentence.Span;
            var words = WordScanner.Scan(text, sentenceSpan);
            // Each word is asked once whether it may start a trigger or be a verb; a sentence with neither (46 % of
            // 19,733 in 1,000 BBC stories) is passed.
            if (gates.Length < words.Count) gates = new byte[Math.Max(words.Count, 2 * gates.Length)];
            int passed = Gate(words, gates, known, documentWords.PackedKeys, documentWords.OffsetOf(words));
            if (passed == 0) continue;
            var verbHits = _verbs.Find(text, words, gates, VerbGate);
            // Most sentences that pass have a verb form and no trigger's first word, and the form makes no hit: their
            // readings are never asked for.
            bool mayTrigger = (passed >> TriggerGate & 1) != 0;
            if (!mayTrigger && verbHits.Count == 0) continue;
            var readings = new SentenceReadings(text, words) { Names = mentions };
            var handHits = mayTrigger ? _recognizer.Recognize(text, words, readings, gates, TriggerGate) : SharedEmptyList<EventRecognizer.Hit>.Get();
            if (handHits.Count == 0 && verbHits.Count == 0) continue;
            // حملت الجمعية السلطة السياسية مسؤولية: the verb table reads a blame with its object next to it; the hand-written
            // blaming verb is for one it misses, its responsibility past asides (حملت X، فرع Y، السلطات مسؤولية).
            if (handHits.Count > 0 && verbHits.Count > 0) DropBlameVerbsTheTableReads(handHits, verbHits);
            // The dateline is where the story was filed, not who acted.
            var inside = MentionsIn(mentions, sentenceSpan, dateline, ref insideScratch);
            // With no dateline, the country where the sentence says it happened (في اثينا) is the unnamed actors'.
            var inSentence = new EventArguments.Sentence(text, words, inside, country)
            {
                ClitickedNames = namesByKey ??= new(() => EventArguments.NamesByKey(text, document.Entities), LazyThreadSafetyMode.None),
                Counts = CountsIn(document.Counts, sentenceSpan),
                Times = TimeSpansIn(document.Times, sentenceSpan),
            };
            Draft? previousAct = null;
            var time = FirstTimeIn(document.Times, sentenceSpan, words);
            // وكان مسلحون خطفوا في كانون الاول/ديسمبر 2017: an act dated to a month or year over well before the story is history.
            // اعتقلت الشرطة X الذي فر من السجن في تموز: a clause on a person or body dates only what it tells; the acts
            // inside it are history, the act before it is the news (dated by a later time outside the clause, if any).
            var history = (From: int.MaxValue, To: int.MaxValue);
            if (time is not null && IsHistory(time, document.Metadata.Date, words))
            {
                if (DatedRelativeClause(inSentence, time) is not { } clause) continue;
                history = clause;
                time = FirstTimeIn(document.Times, new TextSpan(words[clause.To - 1].End, sentenceSpan.End), words);
                if (time is not null && IsHistory(time, document.Metadata.Date, words)) continue;
            }
            var drafts = new List<Draft>();
            // A toll (قتل 15 شخصا) tells the outcome; the attack it belongs to (في هجوم انتحاري) names the act, so the
            // toll joins that event last and the act keeps the span and code.
            // اتهمت X Y بقصف المستشفى: the verbal noun after an accusation is its charge, not a report of the act.
            var accusations = Accusations(verbHits, handHits, words);
            foreach (var hit in TollsLast(handHits, document.Counts))
            {
                var (first, last) = EventArguments.WordRange(words, hit.Span);
                if (first >= history.From && first < history.To) continue;
                if (IsCharge(text, words, hit.Span, first, accusations)) continue;
                // حملت الحكومة الحركة مسؤولية مقتل الوزير في هجوم: the attack one is blamed for is the charge, not its report.
                if (hit.Trigger.Role != TriggerRole.Verb && IsBlamedFor(words, first)) continue;
                var code = _codes.Lookup(hit.Trigger.Code);
                // نفذ الموظفون اضرابا شاملا, شرع الاساتذة في اضراب وطني: a strike carried out or entered is a strike (143), as اضرب is.
                if (LaunchedStrike(code.Code, hit.Rule)) code = _codes.Lookup(Strike);
                var roles = _arguments.Find(inSentence, first, last, hit.Span, hit.Trigger.Role, IsMaterial(code.Code), code.Plover == "PROTEST");
                // انتقد زعماء الاتحاد الاوروبي وكندا والمكسيك الخطوة, طالبت اسبانيا والبرتغال بـ: a side joined to the subject by و
                // acted with it; only a cooperative act (وقعت قطر والسودان صفقة) is done with the other.
                // Not a fight (اشتباكات بين الجيش وقوات X, تقاتل الجيش والمتمردون): its two sides are joined by و.
                if (hit.Trigger.Role == TriggerRole.Verb && !IsMaterial(code.Code) && roles.Source is { } doer && roles.Target is { } joined && !IsCooperative(code.Code) && JoinedToSubject(inSentence, last, doer, joined)) roles = roles with { Target = ObjectAfterJoined(inSentence, last, joined) };
                // فرقت الشرطة احتجاجا نظمته حركة شباب 6 ابريل: who organised the protest dispersed is not what the force was used on.
                if (code.Code.StartsWith("175", StringComparison.Ordinal) && roles.Target is { } organiser && OrganiserOfProtest(inSentence, organiser, last)) roles = roles with { Target = null };
                // سيطر مسلحو التنظيم على بلدة البغدادي بعد معارك مع القوات: the place taken is the target, not a side named later.
                if (code.Code == "192" && EventArguments.SeizedPlace(inSentence, last) is { Found: true } seized) roles = roles with { Target = seized.Taken, TargetPhrase = null };
                // سيطر بوتين تدريجيا على مناطق روسيا, سيطرت الشركة على سوق الهواتف: a person or a firm takes no ground by force.
                // ان "قواتنا استعادت السيطرة الكاملة على غريان": ground a side says in its own words it took is its claim.
                if (code.Code == "192" && (!ArmedSeizer(roles.Source) || AnyContains(quoted, hit.Span))) continue;
                // وضبطت بحوزتهم اسلحة وذخيرة: goods caught belong to no side; the men they were found on are the arrest's.
                if (hit.Trigger.Condition == TriggerCondition.SeizedGoods) roles = roles with { Target = null, TargetPhrase = null };
                // ثلاث طائرات مسيرة مفخخة اطلقتها جماعة الحوثي باتجاه المدينة: the drone before the verb is its object, which
                // its pronoun points back to, so the one named after it launched them; the place they were aimed at is no side.
                if (hit.Trigger.Condition == TriggerCondition.WeaponBefore && roles.Source is null && roles.SourcePhrase is null)
                    roles = roles with { Source = roles.Target, SourcePhrase = roles.Target is null ? roles.TargetPhrase : null, Target = null, TargetPhrase = null };
                // اعتقلت الاستخبارات خمسة اشخاص بتهمة التعاون مع قوات الدعم السريع, يشتبه في انتمائهم الى تنظيم داعش: a body
                // named in the charge is what the men are suspected of, not who was arrested (the story gold never takes it).
                if (code.Code.StartsWith("17", StringComparison.Ordinal) && roles.Target is { } charged && NamedInCharge(inSentence, last, charged)) roles = roles with { Target = null };
                // هدد باغلاق باب المندب امام السفن, هدد بإغلاق المدارس في اقليم كردستان: a place named in what a threat would
                // close is where the closing would be, not whom the threat is against.
                if (ThreatensAClosedPlace(code, roles, inSentence, last)) roles = roles with { Target = null };
                // استولى مسلحون من جماعة الحوثي على سفينة تجارية: a ship taken with its crew is hijacked, no ground held. Only
                // by a side the story names: the detection gold leaves a ship taken by unnamed pirates unmarked.
                if (code.Code == "192" && SeizedVessel(words, last))
                {
                    if (roles.Source is null) continue;
                    code = _codes.Lookup("181");
                    roles = roles with { Target = null, TargetPhrase = null };
                }
                // وانطلقت المسيرة من ساحة الشهداء, وجابت الوقفة: a protest the story has told, named again by its definite
                // singular noun right after a verb of its course, is that protest; who organised it (ونظم المسيرة الاتحاد) is news.
                if (hit.Trigger.Condition == TriggerCondition.ProtestObject && code.Plover is { } protest && !EventRecognizer.IsOrganising(words[first]) &&
                    last + 1 < words.Count && ToldProtests.Contains(words[last + 1].Key) && AnyOfType(events, protest, code.Code, false)) continue;
                // قال ان "الغارات استهدفت سوقا": a source retelling in quotation marks an act of a type the story has told
                // already is telling that act again, not a new one; one naming a side of its own (ان "تنظيم داعش شن
                // بالتزامن هجوما على مواقع الجيش العراقي") tells an act the story had not told.
                // A clash with the other side after مع (اشتبكوا مع المهاجمين) is the answer to an attack, not its retelling;
                // force used on a crowd in a witness's words (ان "الشرطة اطلقت الغاز المسيل للدموع", "انهالت على المحتجين
                // بالهراوات") tells how it was dispersed, an act the dispersal told before did not say.
                // ان "المسلحين اطلقوا النار على X": one done to the victim of an act of that type told before is that act again.
                if (code.Plover is { } type && AnyContains(quoted, hit.Span) && AnyOfType(events, type, code.Code, IsDetonation(hit, words, first, last)) && roles.Source is null &&
                    (roles.Target is null || ToldAgainst(events, type, roles.Target)) && hit.Trigger.Condition != TriggerCondition.ClashWith &&
                    !code.Code.StartsWith("175", StringComparison.Ordinal)) continue;
                // ان الغارة "استهدفت عنصرين في الحزب", ان الهجوم استهدف موقعا: an attack told by its definite noun as a subject
                // (الغارة, الهجوم) is the attack the story has told, told again, whatever it names as hit.
                if (code.Plover is { } toldType && roles.Source is null && RetellsAnAttack(words, first, hit) && AnyOfType(events, toldType, code.Code, false)) continue;
                // حملة تطهير استهدفت النخبة, عقوبات استهدفت كبار المسؤولين: targeted by no force, no attack.
                if (code.Code == "180" && hit.Trigger.Role == TriggerRole.Verb && NonViolentTargeting(words, first)) continue;
                // وانفجرت الازمة, فجروا زوبعة, خطفت الفنانة الانظار: a crisis that burst out or eyes caught, no act of force.
                if (hit.Trigger.Role == TriggerRole.Verb && FigurativeSense(words, code.Code, last)) continue;
                // قال ان العبوة انفجرت اثناء محاولة زرعها: a bomb that went off in its makers' hands attacked no one.
                if (IsViolent(code.Code) && BlewUpWhileHandled(words, first)) continue;
                // هاجم مسلحون مواقع الجيش …، وقال التنظيم ان مقاتليه قتلوا العشرات: after a violent act the story told, a side's
                // claim of what its own men killed retells it (alone, the claim is the act: انها قتلت ثلاثة جنود).
                if (hit.Trigger.Role == TriggerRole.Verb && code.Plover is { } claimed && AnyOfType(events, claimed, code.Code, false) && OwnKillsClaimed(words, first)) continue;
                // فتحت الشرطة تحقيقا في هجوم اسفر عن مقتل ثلاثة: the attack an inquiry looks into is no report of it.
                if (hit.Trigger.Condition == TriggerCondition.Casualty && UnderInquiry(words, first)) continue;
                // تظاهر المئات تأييدا لقرار المحكمة, خرجوا ابتهاجا بالفوز: a rally for someone or in joy is against no one.
                if (code.Plover == "PROTEST" && hit.Trigger.Role == TriggerRole.Verb && RallyOfSupport(words, last)) continue;
                // قطعوا الطريق على اي تسوية: forestalled a settlement, no road blocked.
                if (code.Code == "144" && Forestalled(words, last)) continue;
                string rule = hit.Rule;
                // الغارات استهدفت مجمعا, وكانت غارة جوية قد قتلت 29 طفلا: an attack whose subject is an air strike is one.
                // واستهدفت مسيرة اسرائيلية سيارة, استهدفت طائرات حربية روسية البلدة: craft named right after a verb that opens its
                // clause are its subject, and an attack they made is from the air.
                // طائرة مسيرة استهدفت, هجوم بطائرات مسيرة استهدف: so is one whose subject is a drone right before it, and ان
                // طائراته استهدفت, طائرات حربية اسرائيلية استهدفت: a side's own craft or warplanes told by their kind.
                // لعدوان صاروخي اسرائيلي استهدف, في عدوان جوي استهدف: so is one told right after an aggression by missiles or from
                // the air.
                if (code.Code == "180" && hit.Trigger.Role == TriggerRole.Verb && (AirStrikeSubject(words, first, hit.Span) || CraftSubjectAfter(words, first, last) || DroneSubjectBefore(words, first) ||
                    CraftSubjectBefore(words, first) || AerialAggressionBefore(words, first)))
                {
                    code = _codes.Lookup("195");
                    rule += "+air-strike";
                }
                // ان طيران الجيش قصف, وقصف الطيران الحربي: shelling by aircraft is aerial.
                if (code.Code == "194" && document.Text.AsSpan(hit.Span.Start, hit.Span.Length).Contains("قصف", StringComparison.Ordinal) && AerialShelling(words, first, last))
                {
                    code = _codes.Lookup("195");
                    rule += "+aircraft";
                }
                // استهدفت المجموعات المسلحة امس بقذيفتين صاروخيتين قرية Y, اعتدت بالقذائف على احياء: an assault verb with shells is
                // shelling. The noun keeps 180 (جراء اعتداء ارهابيين بالقذائف الصاروخية: so the dev stories code it).
                if (code.Code == "180" && hit.Trigger.Role == TriggerRole.Verb && DoneWithShells(words, last))
                {
                    code = _codes.Lookup("194");
                    rule += "+shells";
                }
                // استهدفت الجماعة قاعدة جوية بطائرات مسيرة, استهدفوا تجمعاتهم بصاروخ باليستي: an assault verb with drones or a
                // ballistic missile is a strike from the air (so the dev stories code استهدفوا … بصاروخ باليستي).
                if (code.Code == "180" && hit.Trigger.Role == TriggerRole.Verb && DoneWithAerialWeapons(words, last))
                {
                    code = _codes.Lookup("195");
                    rule += "+aerial-weapons";
                }
                // شنت الجماعة هجوما بطائرة مسيرة على موقع, هجمات بالطائرات المسيرة: an attack noun with its drones or ballistic
                // missile right after it is a strike from the air (so the dev stories code هجوم بطائرات مسيرة).
                if (code.Code == "180" && hit.Trigger.Role != TriggerRole.Verb && AttackNounByAir(words, last))
                {
                    code = _codes.Lookup("195");
                    rule += "+aerial-weapons";
                }
                // اطلق الحوثيون صاروخا باليستيا على مدينة جازان: a ballistic missile fired is a strike from afar, as the dev stories
                // code it (rockets fired back, باطلاق عشرات الصواريخ, stay a fight).
                if (code.Code == "190" && hit.Trigger.Condition == TriggerCondition.WeaponObject && FiredBallistic(words, last))
                {
                    code = _codes.Lookup("195");
                    rule += "+ballistic";
                }
                // اطلقت قوات الامن الرصاص الحي في الهواء والغاز المسيل للدموع: shots fired with tear gas are force on a crowd.
                if (code.Code == "190" && hit.Trigger.Condition == TriggerCondition.WeaponObject && FiredWithTearGas(words, last))
                {
                    code = _codes.Lookup("175");
                    rule += "+tear-gas";
                }
                // ان اعوان الشرطة اعتدوا على المحتجين بالهراوات, قوات الامن اقتحمت المقر واعتدت على العمال بالضرب: blows the
                // police struck are force used to repress (175), as انهالوا عليهم is; an assault by anyone else stays 182.
                if (code.Code == "182" && hit.Trigger.Role == TriggerRole.Verb && PoliceAssault(words, first, last))
                {
                    code = _codes.Lookup("175");
                    rule += "+police";
                }
                // هاجمت قوات الدعم السريع بلدة X: a force coded as rebels or unaligned armed men attacks, as any armed group does
                // (180, as the story gold codes its attacks); only a state's forces attacking fight (190).
                if (code.Code == "180" && hit.Trigger.Role == TriggerRole.Verb && IsStateForce(words, first, hit.Span, roles.SubjectWord) && !IsIrregularForce(roles.Source))
                {
                    code = _codes.Lookup("190");
                    rule += "+state-force";
                }
                // ان مقاتليه استهدفوا موقعا للجيش, ان عناصرها هاجموا ثكنة: a side telling what its own men struck reports a blow
                // in a fight (190), as the story gold codes every such claim, not an armed group's raid (180).
                if (code.Code == "180" && hit.Trigger.Role == TriggerRole.Verb && OwnMenStruck(words, first))
                {
                    code = _codes.Lookup("190");
                    rule += "+own-men";
                }
                // هاجم كلب ضال طفلا: an animal's attack has no actor.
                if (code.Code == "180" && AnimalAttack(words, hit, last)) continue;
                // واحتجزت قوات الدعم السريع عشرات المدنيين رهائن: people held as hostages are taken (181), not arrested. Not in
                // a speaker's own words (قال «لقد احتجزوا تلاميذ مدرسة رهائن»): what is said inside a quote tells no act of its
                // own, and the detection gold leaves such a quote unmarked.
                if (code.Code == "173" && hit.Trigger.Role == TriggerRole.Verb && HeldAsHostages(words, last) && !AnyContains(quoted, hit.Span))
                {
                    code = _codes.Lookup("181");
                    rule += "+hostages";
                }
                // هاجم الرئيس الايراني نظيره الامريكي: an attack by a named person or a leader is words, criticism (111).
                if (code.Code == "180" && IsVerbalAttack(readings, words, hit, last, roles))
                {
                    code = _codes.Lookup("111");
                    rule += "+verbal";
                }
                // A toll names who died, not who acted or what was hit (قتل عشرة جنود في هجوم شنه X على Y).
                bool toll = IsToll(hit, document.Counts);
                // ان الجيش قتل مسلحين اثنين: قتل right after a state force, its subject, is the active verb: the force killed.
                if (toll && hit.Trigger.Role == TriggerRole.Passive && IsStateForce(words, first, hit.Span, null))
                {
                    toll = false;
                    code = _codes.Lookup("190");
                    rule += "+state-force";
                    roles = new EventArguments.Roles(first >= 1 ? inSentence.EndingAt(first - 1)?.Entity : null, null, roles.Place, null)
                    {
                        // ان الجيش قتل 14 من المهاجمين: the people counted after the verb are whom the force killed.
                        TargetPhrase = KilledCounted(inSentence, document.Counts, last),
                    };
                }
                // موجة احتجاجات قتل فيها 150 شخصا: a toll with a pronoun pointing back (فيها, خلاله) describes the noun
                // before it; that noun is the act, if any, and a toll alone there is background, not a new event.
                if (toll && last + 1 < words.Count && Resumptive.Contains(words[last + 1].Key)) continue;
                // قتل 32 مسلحا في معارك …، فيما قتل ستة جنود: a toll after a violent act its sentence told already is more
                // of that act's outcome, whatever clause it stands in (a toll before one, قتل 4 شرطيين …، فيما قتلت القوات
                // 4 مسلحين, may be another act's).
                if (toll && AnyViolentBefore(drafts, words, hit.Span.Start)) continue;
                // عدة اشخاص قتلوا نتيجة انهيار جسر: a toll told by a verb the count holds is no act when a collapse, a storm or a
                // crash tells what killed them, as the passive قتل with its number already is not.
                if (toll && EventRecognizer.HasNonViolentCause(readings, words)) continue;
                // هاجم مسلحون البلدة …. واضاف ان عنصرين من الفرقة قتلا: a toll a source reports after ان, once the story told a violent
                // act, is more of that act's outcome, as one in quotation marks is.
                if (toll && code.Plover is { } tolled && AnyOfType(events, tolled, code.Code, false) && ReportedInClause(words, first)) continue;
                // وكان 19 شخصا قتلوا منذ اندلاع الاحتجاجات: killed since a time is a running total, background to the news.
                // 500 مدنيا قتلوا، منذ بدء القصف: a toll with منذ further on in its clause is one too.
                // وتدور معارك منذ ايام بين …: a fight told going on for a span is the fight, not a total.
                bool goingOnForSpan = hit.Trigger.Condition == TriggerCondition.Onset && DayAside.SinceSpanEnd(words, last + 1) >= 0;
                if (IsViolent(code.Code) && ((last + 1 < words.Count && words[last + 1].Key == "منذ" && !goingOnForSpan) || (toll && EventRecognizer.SinceInClause(words, last + 1)))) continue;
                // قتل سبعة فلسطينيين برصاص الجيش الاسرائيلي: the killer is named after برصاص/بنيران; a state force makes it 190.
                if (toll && Shooter(inSentence, last) is { } shooter)
                {
                    var killer = new Draft(hit.Span, _codes.Lookup(StateForces.Contains(words[shooter.Fire + 1].Key) || IsStateAgent(shooter.Unnamed) ? "190" : "180"), rule + "+by:" + words[shooter.Fire].Key, shooter.Named?.Entity, null, roles.Place)
                    {
                        SourcePhrase = shooter.Unnamed,
                    };
                    if (killer.Source is not null || killer.SourcePhrase is not null) previousAct = killer;
                    Merge(drafts, killer, words);
                    continue;
                }
                // وتعرض القرار لانتقادات واسعة: criticism suffered tells who was criticised and seldom by whom; with no one named
                // suffering it, the event has no side at all.
                if (hit.Trigger.Condition == TriggerCondition.CriticismObject && hit.Trigger.Role == TriggerRole.Passive && roles.Target is null && roles.TargetPhrase is null) continue;
                // فرضت قيادة عمليات الجزيرة حظرا للتجوال في قضاء عانة: a curfew is imposed on the place it names (after في), as
                // CAMEO coders give it, where no one is named as its object.
                // فرضت بلدية X في البقاع الاوسط، اليوم، حظر تجول على النازحين: a place told before the curfew's words is where its
                // imposer sits, neither what the curfew is imposed on nor its target.
                int curfewWord = hit.Trigger.Condition == TriggerCondition.CurfewObject ? CurfewWordAfter(words, last, hit.Rule) : -1;
                if (curfewWord >= 0 && roles.Target is { Type: EntityType.LOC } placeBefore && inSentence.FirstAfter(placeBefore, curfewWord) is null)
                    roles = roles with { Target = null };
                if (curfewWord >= 0 && roles.Target is null && roles.Place is { Type: EntityType.LOC } curfewed && inSentence.FirstAfter(curfewed, curfewWord) is not null)
                    roles = roles with { Target = curfewed, TargetPhrase = null };
                // في قضاء عانة, في ناحية العلم: a place told by its category noun the tagger did not name is told by its words.
                // The curfew's own words (حظرا شاملا) read as an object are no target.
                else if (hit.Trigger.Condition == TriggerCondition.CurfewObject && roles.Target is null &&
                         EventArguments.PlaceAfterIn(inSentence, last + 1) is { } curfewedWords)
                    roles = roles with { TargetPhrase = curfewedWords };
                // اطلقوا طائرة مسيرة على مطار ابها: the drone launched is the weapon, not what it struck.
                if (rule.Contains("+weapon-object:drone", StringComparison.Ordinal) && roles.TargetPhrase is { } launched &&
                    EventArguments.WordRange(words, launched.Span).First is var droneAt and >= 0 && DroneCraft.Contains(words[droneAt].Key)) roles = roles with { TargetPhrase = null };
                var draft = new Draft(hit.Span, code, rule, toll ? null : roles.Source, toll ? null : roles.Target, roles.Place)
                {
                    SourcePhrase = toll ? null : roles.SourcePhrase,
                    TargetPhrase = toll ? null : roles.TargetPhrase,
                };
                // واقامت عناصر الدرك الوطني حواجز …، قبل ان تفرق المحتجين: after قبل ان a dispersal's subject is the one its
                // sentence named before, and the crowd right after the verb is whom it dispersed, never who did.
                if (!toll && draft.Source is null && draft.SourcePhrase is { } crowd && first >= 2 && words[first - 1].Key == "ان" &&
                    words[first - 2].Key == "قبل" && DispersedCrowd(text, hit.Rule, crowd))
                {
                    draft = draft with { SourcePhrase = null, Source = EventArguments.OnlyActorBefore(inSentence, first - 2), Target = null, TargetPhrase = crowd };
                }
                // لافتا الى ان الدورية صادرت ثلاث دراجات: a detachment told again by its noun with the article is the one the
                // story sent out before (اوقفت دورية من الجيش اللبناني …); it acts as the force it came from.
                if (!toll && draft.Source is null && hit.Trigger.Role == TriggerRole.Verb &&
                    DetachmentToldAgain(text, words, mentions, first, last, sentenceSpan.Start) is var (detached, told) &&
                    (draft.SourcePhrase is null || draft.SourcePhrase.Value.Span.Start == told.Start))
                {
                    draft = draft with { Source = detached, SourcePhrase = null, Rule = draft.Rule + "+detachment" };
                }
                // تبنت جماعة X هجوما استهدف …, تبنى التنظيم مسؤولية هجوم: an attack claimed right after the claimant's name is
                // the claimant's.
                if (!toll && draft.Source is null && draft.SourcePhrase is null && code.Code.StartsWith("18", StringComparison.Ordinal) &&
                    hit.Trigger.Role != TriggerRole.Verb && ClaimedBy(inSentence, first) is { } claimant)
                {
                    draft = draft with { Source = claimant, Rule = draft.Rule + "+claimed" };
                }
                // واطلقت قوات الدرك الغاز …، واعتقلت 15 شخصا: a verb with و whose object follows it at once shares the subject before it.
                if (!toll && hit.Trigger.Role == TriggerRole.Verb && draft.Source is null && draft.SourcePhrase is null && previousAct is not null &&
                    words[first].Start < hit.Span.Start && text[hit.Span.Start - 1] == 'و' && last + 1 < words.Count && CountedObject(inSentence, words[last + 1]))
                {
                    draft = draft with { Source = previousAct.Source, SourcePhrase = previousAct.SourcePhrase };
                }
                // هاجمت القوات العراقية مواقع التنظيم وقتلت القيادي X, …وقتلوا المختار: a و-verb whose form carries its subject
                // and names no body of its own goes on with the act before it; a person read after it is whom it was done to.
                // It is a predicate of its own, so it joins no event of its type (the village attacked was not the man killed)
                // unless one of its code has its sides (رشقوا عناصر الامن بالحجارة واضرموا النار: one riot).
                bool goesOn = !toll && hit.Trigger.Role == TriggerRole.Verb && previousAct is not null && draft.SourcePhrase is null &&
                              (draft.Source is null || draft.Source.Type == EntityType.PER && draft.Target is null) && GoesOnWith(words, first, hit.Span, previousAct.Span);
                // تعرضت قوة من الحشد لاطلاق نار من قبل مسلحين، واشتبكت معهم: after an act the subject suffered, the و-verb goes
                // on with the one who suffered it; a clash's other side (معهم) is who did it.
                if (goesOn && previousAct!.Rule.Contains("+subjected", StringComparison.Ordinal) && (previousAct.Target is not null || previousAct.TargetPhrase is not null))
                {
                    bool answered = hit.Rule.Contains("+clash-with:مع", StringComparison.Ordinal) && draft.Target is null && draft.TargetPhrase is null;
                    draft = draft with
                    {
                        Source = previousAct.Target, SourcePhrase = previousAct.Target is null ? previousAct.TargetPhrase : null,
                        Target = answered ? previousAct.Source : draft.Target, TargetPhrase = answered ? previousAct.SourcePhrase : draft.TargetPhrase,
                    };
                }
                else if (goesOn) draft = draft with { Source = previousAct!.Source, SourcePhrase = previousAct.SourcePhrase, Target = draft.Target ?? draft.Source };
                // ان قوات الرد السريع وصلت الى المكان واعتقلت احد المهاجمين: a verb with و and no subject of its own, in the
                // same reported clause, shares the subject named right after ان.
                if (!toll && hit.Trigger.Role == TriggerRole.Verb && draft.Source is null && draft.SourcePhrase is null &&
                    words[first].Start < hit.Span.Start && text[hit.Span.Start - 1] == 'و' && ReportedSubject(inSentence, first) is { } reported)
                {
                    draft = draft with { Source = reported };
                }
                // نفذت وحدات من الجيش اللبناني عمليات دهم في مخيمات … واوقفت 27 شخصا, وتقدمت قوات X في الحي واشتبكت مع:
                // a و-verb whose object or مع follows at once, after a verb that told no act, shares that verb's subject,
                // the one actor its clause named before it.
                if (!toll && hit.Trigger.Role == TriggerRole.Verb && draft.Source is null && draft.SourcePhrase is null && previousAct is null &&
                    words[first].Start < hit.Span.Start && text[hit.Span.Start - 1] == 'و' && last + 1 < words.Count &&
                    (CountedObject(inSentence, words[last + 1]) || words[last + 1].Key == "مع") && ClauseActorBefore(inSentence, first) is { } clauseSubject)
                {
                    draft = draft with { Source = clauseSubject };
                }
                // ان قوة من الجيش وصلت الى المكان وقتلت اربعة منهم: an active killing verb with the dead counted right after it,
                // whose doer is a named force or group, is a blow in a fight (190), as a state force's told right before it is
                // (ان الجيش قتل 14 من المهاجمين). Not the dead told before the verb (ان 11 جنديا من الجيش … قتلوا في اشتباكات).
                if (!toll && draft.Code.Code == "180" && hit.Trigger.Role == TriggerRole.Verb && FightKilling.Contains(words[first].Key) &&
                    draft.Source is { Type: EntityType.ORG } && last + 1 < words.Count && NumberReader.Shared.Starts(words[last + 1]))
                    draft = draft with { Code = _codes.Lookup("190"), Rule = draft.Rule + "+fight-kill" };
                // اعتدت قوات الاحتلال على المواطنين بالضرب, اعتدت الشرطة على العمال بالضرب: blows dealt by a state's army or
                // police are repression (175), as the story gold codes them; a crowd's (اعتدى شبان على رجلي امن) an assault.
                if (draft.Code.Code == "182" && (IsStateForceActor(draft.Source) || IsStateAgent(draft.SourcePhrase)))
                    draft = draft with { Code = _codes.Lookup("175"), Rule = draft.Rule + "+state-blows" };
                if (!toll && (draft.Source is not null || draft.SourcePhrase is not null)) previousAct = draft;
                if (goesOn && !AnyOfCodeBetween(drafts, draft.Code.Code, draft.Source, draft.Target)) drafts.Add(draft);
                else Merge(drafts, draft, words);
            }
            foreach (var hit in verbHits)
            {
                if (hit.Word >= history.From && hit.Word < history.To) continue;
                if (AnyOverlaps(handHits, hit.Span)) continue;
                if (AnyContains(quoted, hit.Span)) continue;
                var code = _codes.Lookup(hit.Pattern.Code);
                bool doneAfterAn = DoneAfterAn(words, hit);
                if ((_recognizer.IsBlocked(readings, hit.Word) && !ArrivalAfterRelative(inSentence, hit, code.Code)) || (hit.Word > 0 && (NotYet.Contains(words[hit.Word - 1].Key) && !IsPerfectiveQad(words, hit) && !doneAfterAn || NounContext.Contains(words[hit.Word - 1].Key)))) continue;
                if (code.Plover is "ASSAULT" or "PROTEST") continue;
                if (MinistrySpellings.Contains(words[hit.Word].Key)) continue;
                // تعتزم روسيا طرد 23 دبلوماسيا: an act intended, with the intender's name between, is not done yet.
                if (IntendedAct(words, hit.Word)) continue;
                // وكانت غرفة التجارة الدولية قد قضت بان انقرة انتهكت الاتفاقية: what a court ruled was done is its finding.
                if (RuledAct(words, hit.Word)) continue;
                // وطلبت الولايات المتحدة من المحكمة رفض مطالبة ايران: an act asked of someone is not done.
                if (AskedOf(words, hit.Word)) continue;
                // رفضت الوزارة البيان الصادر عن خبراء, ورفضت روسيا هذه المزاعم: a rejection of what was said is speech, a
                // denial, which the story gold codes as no event.
                if (code.Code.StartsWith("12", StringComparison.Ordinal) && RejectsWhatWasSaid(words, hit.Word)) continue;
                // مصر اوقفت استيراد الغاز, الشركة اوقفت رحلاتها: what was stopped is an activity, no one was taken.
                if (code.Code == "173" && StoppedActivity(words, hit.Word)) continue;
                // بعدما وردت الشركة معدات: no conjunction follows a subordinator, so the و there is the verb's own (ورد).
                if (hit.Word > 0 && hit.Span.Start > words[hit.Word].Start && words[hit.Word].Key[0] == 'و' && Subordinators.Contains(words[hit.Word - 1].Key)) continue;
                // يدرس الاتحاد فرض عقوبات, اعادة فرض الولايات المتحدة عقوبات: the masculine فرض after a word of its clause, or with the
                // sanctions right after it, is the verbal noun; the verb opens its clause (وفرض ترامب العقوبات, وفي بروكسل، فرض الاتحاد);
                // a verbal noun is still an act when a verb of deciding names it (see DecidedBy).
                // مدرس وطالب, قتل طالب: the masculine وطالب is a demand only opening its clause (وطالب الوزير المجلس بـ).
                if (words[hit.Word].Key is "وطالب" or "فطالب" && hit.Word > 0 && words[hit.Word - 1].Kind != WordKind.Punctuation) continue;
                if (words[hit.Word].Key is var fardKey && (fardKey == FardSpelling || fardKey == "و" + FardSpelling) &&
                    (fardKey == FardSpelling && hit.Word > 0 && words[hit.Word - 1].Kind != WordKind.Punctuation && !FardSubordinators.Contains(words[hit.Word - 1].Key) ||
                     hit.Pattern.Object is [var fardObject, ..] && hit.Word + 1 < words.Count && (words[hit.Word + 1].Key == fardObject || words[hit.Word + 1].Key == "ال" + fardObject)) &&
                    // اعلنت الحكومة الامريكية فرض عقوبات, قرر الاتحاد فرض: the verbal noun a decider's verb names is the act decided.
                    !(fardKey == FardSpelling && DecidedBy(inSentence, hit.Word, null) is not null)) continue;
                // مستثمر يدعى بيار اندرسون: يُدعى names someone (and يدّعي claims); neither calls for anything.
                if (NamingVerbs.Contains(words[hit.Word].Key)) continue;
                // قد وقع التنصيص عليها ضمن وثيقة قرطاج: وقع before a definite verbal noun is "took place", no signing.
                if (code.Code.StartsWith("057", StringComparison.Ordinal) && OccurredBeforeVerbalNoun(words, hit.Word)) continue;
                // بحسب مسؤول رفض الكشف عن اسمه, خرجوا رفضا لاجراءات الوزارة: no rejection of anything.
                if (code.Code.StartsWith("12", StringComparison.Ordinal) && NoRejection(words, hit.Word)) continue;
                var roles = _arguments.Find(inSentence, hit.Word, hit.Word, hit.Span, TriggerRole.Verb, IsMaterial(code.Code));
                // تراجعت الليرة بعد ان فرضت الولايات المتحدة عقوبات: an act told as the background of the news is worth a record
                // only with its doer named (بعد ان تقدمت مجموعة بشكوى: no one known complained).
                if (doneAfterAn && roles.Source is null && roles.SourcePhrase is null) continue;
                // وهدد X باغلاق باب المندب: as for a trigger, a place in what a threat would close is no one threatened; a
                // threat by no one read keeps the place, which alone makes it a record.
                if (ThreatensAClosedPlace(code, roles, inSentence, hit.Word)) roles = roles with { Target = null };
                // وهدد X بالرد بحزم على اي هجوم يستهدف مواقع Y: a side named in what the threat would answer is no one threatened.
                if (code.Code.StartsWith("13", StringComparison.Ordinal) && roles.Target is { } answered && InWhatWouldBeAnswered(inSentence, hit.Word, answered)) roles = roles with { Target = null };
                // اوقفت انقرة ملء خزان السد, اوقفت السلطات منحة دراسية: اوقف arrests only with someone taken, a person or the people
                // counted after it; what else it stops is no arrest.
                if (code.Code == "173" && words[hit.Word].Key.Contains("وقف", StringComparison.Ordinal) && roles.Target?.Type != EntityType.PER && !TakenAfterStop(inSentence, hit.Word, roles)) continue;
                // لكنه دعا الاوروبيين الى …: a call or a demand is speech, worth a record only with its caller known; a pronoun
                // before the verb leaves the caller outside the sentence.
                if (code.Code.Length >= 2 && code.Code[..2] is "02" or "10" && roles.Source is null && roles.SourcePhrase is null &&
                    EventArguments.PronounSubjectBefore(inSentence, hit.Word, hit.Span)) continue;
                // A present-tense verb opening its clause is a plan or a habit (يلتقي خلالها الرئيس); with its subject
                // before it, it is the narrative present of a report (بوتين يستقبل الاسد).
                if (hit.Present && !SubjectBefore(inSentence, hit.Word, hit.Span)) continue;
                // ان قوات الرد السريع وصلت الى المكان واعتقلت احد المهاجمين: a force reaching the scene of what the story tells
                // visits no one; nor does one reaching power, a list or a level (وصل الى السلطة, وصل الانتاج الى اعلى مستوى).
                if (code.Code == "042" && hit.Pattern.Object is ["الي"] && ToTheScene(words, hit.Word)) continue;
                // وصل وزير الخارجية التركي مولود جاويش اوغلو الى الكويت: where one arrives is the target.
                if (hit.Pattern.Object is ["الي"] && Destination(inSentence, hit.Word) is { } destination) roles = roles with { Target = destination };
                // استدعت الجزائر سفيرها لدى مالي, طرد الملحق العسكري في سفارة مالي: relations reduced with the envoy's host or state.
                // سفيرة المانيا: a woman envoy, whose ة the key folds into سفيره (his own), is another state's envoy summoned.
                if (code.Code == "161" && hit.Pattern.Object is [var ownEnvoy, ..] && OwnEnvoys.Contains(ownEnvoy) && SummonedWomanEnvoy(inSentence, hit.Word)) code = _codes.Lookup("111");
                // طرد دبلوماسيين جزائريين اثنين: diplomats told by their nationality are that state's, named elsewhere in the story.
                if (code.Code is "161" or "111" && hit.Pattern.Object is [var envoy, ..] && IsEnvoy(envoy) && EnvoyState(inSentence, hit.Word) is (true, var envoyState))
                    roles = roles with { Target = envoyState ?? EnvoyNation(inSentence, hit.Word, document.Entities) };
                // وارسلت مصر الى ليبيا قافلة من 50 شاحنة محملة: aid sent goes to the name after الى, wherever it stands past the verb.
                if (code.Code.StartsWith("07", StringComparison.Ordinal) && Destination(inSentence, hit.Word) is { } sentTo) roles = roles with { Target = sentTo };
                // ان الهلال الاحمر بمساعدة اذاعة "X" وجه نداء للمواطنين … وتلقى الهلال الاحمر وعودا: a body named before the appeal,
                // past an aside, made it, though the sentence names it again after; whom an appeal is addressed to follows its verb.
                if (code.Code.StartsWith("02", StringComparison.Ordinal) && hit.Pattern.Object is ["نداء"] && roles is { Source: null, Target: { } appealer } &&
                    MentionedBefore(inSentence, appealer, hit.Word)) roles = roles with { Source = appealer, Target = null };
                // ووزع البرنامج مساعدات على نحو 5000 نازح في بلدة طويلة غربي الفاشر: aid goes to whom it is given; a place not
                // told right after على or الى is where it was handed out, no recipient.
                if (code.Code.StartsWith("07", StringComparison.Ordinal) && roles.Target is { Type: EntityType.LOC } aidPlace && !GivenTo(inSentence, aidPlace)) roles = roles with { Target = null };
                // وصل الى العاصمة الغانية قادما من لومي: a place told after قادما من is where the visitor came from, not where he went.
                if (code.Code == "042" && roles.Target is { Type: EntityType.LOC } origin && CameFrom(inSentence, hit.Word, origin)) roles = roles with { Target = null };
                // الذي وصل الى البلاد: the country the wire is about, told by that word.
                ActorPhrases.Phrase? homeland = null;
                if (roles.Target is null && code.Code == "042" && hit.Pattern.Object is ["الي"]) homeland = ToTheCountry(inSentence, hit.Word);
                // وكان X قد زار قضاء بيجي: the place visited is the target, though its category noun stands before its name.
                var (visited, visitedPhrase) = code.Code == "042" && roles.Target?.Type != EntityType.LOC ? EventArguments.VisitedPlace(inSentence, hit.Word, roles.Source) : default;
                if (visited is not null || visitedPhrase is not null) roles = roles with { Target = visited };
                // التقى شيوخ عشائر الانبار: a place after a noun or a preposition is whose the people met are, not whom the
                // meeting was with (a visit's place is where it went).
                if (code.Code.StartsWith("04", StringComparison.Ordinal) && code.Code != "042" && roles.Target is { Type: EntityType.LOC } met &&
                    PlaceOfOthers(inSentence, hit.Word, met)) roles = roles with { Target = null };
                var earlier = LastSourceBefore(drafts, hit.Span.Start);
                // وصل X الى الكويت …، واستقبله امير البلاد: the object pronoun is the one whose act the sentence told before.
                // A call's pronoun (ودعاهم الى التهدئة) is mostly the people just told of, no actor: PronounCall reads it.
                if (hit.ObjectPronoun && !code.Code.StartsWith("02", StringComparison.Ordinal) && roles.Target is null)
                    roles = roles with { Target = earlier is not null && earlier != roles.Source ? earlier : null };
                // زار X مقر القيادة حيث التقى قائد الجيش Y: after حيث a meeting verb goes on with the visitor, so the name after
                // it is whom he met; so it does written with و in the visit's clause (وكان X قد زار قضاء بيجي الاسبوع الماضي
                // والتقى قادة الحشد الشعبي).
                var visitor = !code.Code.StartsWith("04", StringComparison.Ordinal) ? null
                    : hit.Word > 0 && (words[hit.Word - 1].Key == "حيث" || ThenAfterComma(words, hit.Word)) ? earlier
                    : GoesOnInClause(inSentence, hit, drafts);
                // Who goes on was the source of an act drafted already: no further gate on who may act.
                bool goesOnWithVisitor = visitor is not null && roles.Source != visitor;
                if (goesOnWithVisitor) roles = roles with { Source = visitor, Target = roles.Source ?? roles.Target };
                // وكان X قد زار الرياض، حيث التقى الرئيس Y: after حيث the meeting goes on with the one who visited before it,
                // even when the visitor's name was not recognised; the name after the verb is whom he met, never who met.
                else if (visitor is null && code.Code.StartsWith("04", StringComparison.Ordinal) && hit.Word > 0 && words[hit.Word - 1].Key == "حيث" &&
                         AnyVerbOfCodeBefore(verbHits, hit.Word, "042"))
                    roles = roles with { Source = null, Target = roles.Source ?? roles.Target };
                // وكان الرئيس المصري قد زار بكين، حيث التقى نظيره الصيني: the visitor told by his office goes on meeting.
                if (visitor is null && roles.SourcePhrase is null && code.Code.StartsWith("04", StringComparison.Ordinal) && hit.Word > 0 && words[hit.Word - 1].Key == "حيث" &&
                    LastOfCodeBefore(drafts, "042", hit.Span.Start) is { Source: null, SourcePhrase: { } officeVisitor })
                    roles = roles with { SourcePhrase = officeVisitor };
                // وهدد بمهاجمة عناصر الحزب: a threat's ب-complement comes right after the verb, so there is no subject after
                // it; a name inside the complement is what is threatened.
                // ان حكومة الاكوادور هددت برفع الحماية: a subject named before the verb is still who threatened.
                if (code.Code.StartsWith("13", StringComparison.Ordinal) && ComplementNext(inSentence, hit.Word) && roles.Source is { } threatener &&
                    !NamedRightBefore(inSentence, hit.Word, threatener))
                {
                    roles = roles with { Source = null, Target = roles.Target ?? roles.Source };
                }
                // اتهمت X الدوحة بـ …، وهددت بفرض عقوبات: a و-verb followed by no subject of its own shares the one before it.
                // ونفت X اي صلة لها بالهجوم، واتهمت في بيان …: when the verb before was no event (a denial), the subject it
                // shares is the sentence's first person or organisation not named after a preposition (وكشف ويست عن تقاربه مع
                // ترامب، واشاد بـ: not ترامب).
                bool ownObject = false;
                // وقررت طرد الملحق العسكري, واعلنت الحكومة المالية طرد دبلوماسيين: a verbal noun spelled as its verb, told right
                // after a verb of deciding or announcing (or its subject), is the act of that verb's subject.
                // قرر المجلس، في بيان، طرد السفير الفرنسي X: a name after the decided noun is whom it was done to, never who did it.
                if ((roles.Source is null || NamedAfter(inSentence, hit.Word, roles.Source)) && DecidedBy(inSentence, hit.Word, earlier) is { } decider)
                    roles = roles with { Source = decider, Target = roles.Target ?? (roles.Source is { } after && after != decider ? after : null) };
                // ودان الاتحاد الهجوم، ودعا روسيا الى …: a feminine name right after a masculine و-verb of calling is no subject
                // that agrees with it; it is whom the subject before calls on.
                if (code.Code.StartsWith("02", StringComparison.Ordinal) && roles.Source is { } disagreeing && FeminineCalledOn(inSentence, hit, disagreeing))
                    roles = roles with { Source = earlier ?? EventArguments.SubjectActorBefore(inSentence, hit.Word), Target = disagreeing };
                // دانت وزارة الخارجية الامريكية الهجوم، ودعت الحكومة العراقية الى …: a name right after a و-verb of calling past
                // a comma, with الى or what is demanded after it, is whom the subject of the act before calls on when the verb
                // agrees with that subject; so is one accused with ب (انتقدت الحركة القرار، واتهمت الولايات المتحدة بالانحياز).
                bool calling = code.Code.StartsWith("02", StringComparison.Ordinal);
                // …، وطالبت بغداد وانقرة بابعاد: two names joined by و after the verb are no subject and its object; the first
                // is called on as one name alone is.
                if ((calling || code.Code == "112") &&
                    (roles.Target is null || roles.Source is { } firstJoined && JoinedAfterVerb(inSentence, hit, firstJoined, roles.Target) ? roles.Source : roles.Source is null ? roles.Target : null) is { } calledOn &&
                    CallerBeforeComma(inSentence, hit, calledOn, drafts, calling) is { } callerBefore)
                    roles = roles with { Source = callerBefore, Target = calledOn };
                // ودانت النقابة الخطف، ودعت السلطات الى …: a call past a comma whose next words are an unnamed addressee before الى
                // is called by the subject before; the addressee is no subject of its own.
                if (roles.Source is null && (SharesSubject(inSentence, hit) || code.Code.StartsWith("02", StringComparison.Ordinal) && AddresseeBeforeIla(inSentence, hit)))
                {
                    roles = roles with { Source = earlier ?? EventArguments.SubjectActorBefore(inSentence, hit.Word) };
                    // زار الوزير البلدة، والتقى وفدا من النازحين: a و-verb with an accusative object of its own is a predicate of
                    // its own, not the visit told again.
                    ownObject = roles.Source is not null && AccusativeNext(inSentence, hit.Word);
                }
                // ودعتهم وزارة التربية الى العودة: with the addressee in the verb, the name after it calls (PronounCall).
                if (hit.ObjectPronoun && code.Code.StartsWith("02", StringComparison.Ordinal)) roles = PronounCall(inSentence, hit, roles);
                // ودعا X الدول المانحة الى زيارة سوريا: a call is addressed to whom it names before الى; a name after it is
                // inside what is called for.
                if (code.Code.StartsWith("02", StringComparison.Ordinal) && roles.Target is { } called && AfterIla(inSentence, hit.Word, called)) roles = roles with { Target = null };
                // دانت بعثة الاتحاد الافريقي في الصومال (اميصوم) الهجوم: a name in brackets right after the subject (past where
                // it sits) names the subject's body again, by its acronym; it is no one acted on.
                if (roles.Target is { } bracketed && roles.Source is { } actor && NamedAgainInBrackets(text, inSentence, hit.Word, actor, bracketed)) roles = roles with { Target = null };
                // ادانت الوزارة منع دخول القوافل الى المخيم, انتقدت ترحيل اللاجئين الى سوريا: a place after الى is where the act
                // condemned went, no one condemned.
                if (code.Code.StartsWith("11", StringComparison.Ordinal) && roles.Target is { Type: EntityType.LOC } whither && AfterIla(inSentence, hit.Word, whither)) roles = roles with { Target = null };
                // ودانت الوزارة في رسالتين الى الامم المتحدة ومجلس الامن الاعتداء: whom a letter went to is not what is condemned.
                if (code.Code.StartsWith("11", StringComparison.Ordinal) && roles.Target is { } addressee && LetterAddressee(inSentence, hit.Word, addressee)) roles = roles with { Target = null };
                // تقدمت مصر بشكوى الى مجلس الامن ضد اثيوبيا: a complaint is against whom it names after ضد, not whom it went to.
                // تقدمت الصين بشكوى الى منظمة التجارة العالمية: the body it went to is no side complained against.
                if (code.Code == "114") roles = roles with { Target = ComplainedAgainst(inSentence, hit.Word) ?? (roles.Target is { } to && AddressedTo(inSentence, hit.Word, to) ? null : roles.Target) };
                // وطالب ميقاتي المجتمع الدولي بالضغط على اسرائيل: a name inside what a demand asks for (its ب-complement) is no
                // addressee.
                if (code.Code.StartsWith("02", StringComparison.Ordinal) && roles.Target is { } demanded && InsideDemand(inSentence, hit.Word, demanded)) roles = roles with { Target = null };
                // اتهمت X في رسالة الى الامم المتحدة التحالف الدولي بقصف …: the accused is the object past the asides, named or not.
                ActorPhrases.Phrase? accusedPhrase = null;
                // …، واتهمت السلطات الاردنية بـ"…": whom the verb accuses stands right before the charge, so it is no
                // subject; a و-verb goes on with the accuser before it, one without و is passive (no one named accusing).
                bool goesOn = WrittenWithWa(inSentence, hit), chargedAfterComma = false;
                bool afterComma = goesOn && hit.Word > 0 && words[hit.Word - 1].IsComma;
                // وكان X قد اتهم الشهر الماضي بـ"…", وكانت انقرة قد اتهمت من قبل Y بـ…: a passive accusation accuses the one
                // before it; who accused is named after من قبل, or no one is.
                bool passive = false;
                if (code.Code.StartsWith("112", StringComparison.Ordinal) && _arguments.PassiveAccusation(inSentence, hit.Word) is var (accusedBefore, by, byPhrase))
                {
                    roles = roles with { Source = by, SourcePhrase = byPhrase, Target = accusedBefore };
                    passive = true;
                }
                // ودانت الوزارة الاقتحام، وحملت الحكومة الاسرائيلية المسؤولية: a blame going on past a comma with one name
                // before المسؤولية blames that name; who blames is the subject before (EventArguments.BlamedBeforeResponsibility).
                else if (code.Code.StartsWith("112", StringComparison.Ordinal) && afterComma && hit.Pattern.Object is ["مسووليه"] &&
                    EventArguments.BlamedBeforeResponsibility(inSentence, hit.Word) is { } blamed &&
                    (earlier ?? EventArguments.SubjectActorBefore(inSentence, hit.Word)) is { } blamer && blamer != blamed)
                {
                    roles = roles with { Source = blamer, SourcePhrase = null, Target = blamed };
                    chargedAfterComma = true;
                }
                else if (code.Code.StartsWith("112", StringComparison.Ordinal) &&
                    _arguments.ObjectBeforeCharge(inSentence, hit.Word, afterComma) is var (charged, chargedPhrase))
                {
                    // …، واتهمت X بـ: a predicate of its own after the criticism before it (انتقدت … الترحيل، واتهمت السلطات بـ).
                    chargedAfterComma = afterComma;
                    // قالت X …، واتهمت التحالف بخرق …: an accuser found already (the sentence's subject) stays; the act before
                    // may be the accused's own (طيران التحالف شن غارات), so it lends no accuser that is the accused.
                    var accuser = roles.Source is { } found && found != charged ? found
                        : !goesOn ? null
                        : earlier is not null && earlier != charged ? earlier
                        : EventArguments.FirstActorBefore(inSentence, hit.Word) is { } first && first != charged ? first : null;
                    roles = roles with { Source = accuser, SourcePhrase = null, Target = charged };
                    accusedPhrase = chargedPhrase;
                }
                else if (code.Code.StartsWith("112", StringComparison.Ordinal) && _arguments.Accused(inSentence, hit.Word, hit.Span) is var (named, unnamed) && (named is not null || unnamed is not null))
                {
                    roles = roles with { Target = named };
                    accusedPhrase = unnamed;
                }
                // الوفد الكويتي الذي وصل الى الرياض, وكان الوفد الذي رافق الوزير قد زار, التقى الوفد الاممي X: a delegation
                // arriving, visiting or meeting is its subject, told by its words.
                bool delegation = false;
                // Two parties told by a dual sign or talk with each other (وكان البلدان قد وقعا اتفاقية, وبحث الطرفان): they are
                // the subject, told by its words, and no one else is the target.
                if (code.Code is "040" or "042" or "057" && roles.Source is null && roles.SourcePhrase is null && _arguments.DelegationSubject(inSentence, hit.Word) is { } delegates &&
                    (code.Code != "057" || ActorPhrases.IsPair(inSentence.Words, delegates)))
                {
                    bool pair = ActorPhrases.IsPair(inSentence.Words, delegates);
                    // والتقى X نظيره Y، وبحث الجانبان سبل …: the two of a meeting told before in the sentence talk at that meeting.
                    if (pair && code.Code != "057" && drafts.Any(d => d.Code.Code.StartsWith("04", StringComparison.Ordinal))) continue;
                    roles = roles with { SourcePhrase = delegates };
                    delegation = true;
                    if (pair && roles.Target?.Type is not EntityType.PER and not EntityType.ORG) roles = roles with { Target = null };
                    // التقى الوفد الاممي الذي وصل الى مأرب محافظ المحافظة X: whom it met is named past its relative clause.
                    if (!pair && code.Code == "040" && delegates.Span.Start > hit.Span.End && (roles.Target is null || roles.Target.Type == EntityType.LOC))
                        roles = roles with { Target = _arguments.MetAfterDelegation(inSentence, delegates.After) };
                }
                // واستقبل الرئيس التونسي منصف شاكر: a titled subject whose name the tagger missed is told by its words; a
                // meeting only with whom it was with named (a person or body: البيت الابيض is where).
                if (roles.Source is null && roles.SourcePhrase is null && (!code.Code.StartsWith("04", StringComparison.Ordinal) || roles.Target?.Type is EntityType.PER or EntityType.ORG) &&
                    _arguments.TitledMissedName(inSentence, hit.Word) is { } titled) roles = roles with { SourcePhrase = titled };
                // وهدد وزير الخارجية الاميركي ايران, وزار الرئيس المصري بكين, وكان الرئيس المصري قد زار بكين: an office told with
                // a nationality and no name is that state's government acting; a meeting by one needs whom it met, named or
                // told by an office or a counterpart too (استقبل الرئيس المصري امس رئيس الوزراء العراقي).
                ActorPhrases.Phrase? officeMet = null;
                if (roles.Source is null && roles.SourcePhrase is null &&
                    (_arguments.OfficeAfterVerb(inSentence, hit.Word, hit.Pattern.Object) ?? _arguments.OfficeBeforeQad(inSentence, hit.Word) ??
                     (code.Code == "042" ? _arguments.OfficeBeforeRelative(inSentence, hit.Word) : null)) is { } office)
                {
                    officeMet = code.Code.StartsWith("04", StringComparison.Ordinal) && code.Code != "042" && roles.Target is null ? _arguments.OfficeAfterSubject(inSentence, office) ?? _arguments.CounterpartAfter(inSentence, hit.Word) : null;
                    if (!code.Code.StartsWith("04", StringComparison.Ordinal) || code.Code == "042" || roles.Target is not null || officeMet is not null) roles = roles with { SourcePhrase = office };
                }
                // Hadath's own verbs (verbs-hadath.tsv, checked by hand) trust a named organisation as subject even without
                // an actor code (ودانت المفوضية العليا لحقوق الانسان): a body acting is public. A person without one may be
                // anyone (التقى الصديقان احمد وسامي) unless named as the officer of a named body (الناطق باسم اتحاد الشغل سامي
                // الطاهري), the compiled dictionary's broader senses still need one, and so do calls
                // and demands (دعت, طالب: 02, 10), which report what was said more than what was done.
                // So is a person named after a title or rank (ودان رئيس الجمهورية العماد ميشال سليمان, اتهم المتحدث باسم X Y):
                // the title makes him a public figure acting in office; and a body named by a common noun with a code
                // (اتهمت الحكومة المغربية في بيان …, السلطات السودانية).
                bool own = hit.Pattern.Id.StartsWith("own:", StringComparison.Ordinal) && !code.Code.StartsWith("02", StringComparison.Ordinal)
                           && !code.Code.StartsWith("10", StringComparison.Ordinal);
                var sourcePhrase = roles.Source is null ? roles.SourcePhrase : null;
                bool ownNamed = own && (roles.Source?.Type == EntityType.ORG || delegation ||
                                        (roles.Source is { Type: EntityType.PER } officer && (_arguments.SpeaksForBody(inSentence, officer) || _arguments.IsTitle(roles.SubjectWord) || (IntroducedWithTitle(text, officer, sentenceSpan.Start) && (OpensClause(text, words, hit) || NamedBefore(inSentence, officer, hit.Word))))) ||
                                        sourcePhrase?.Code is not null);
                // ودانت المبادرة …، وطالبت السلطات بالافراج عنهم: a call or demand of Hadath's own verbs by a named body the
                // sentence has already told acting in public (its condemnation drafted) is as public as that act.
                if (!ownNamed && hit.Pattern.Id.StartsWith("own:", StringComparison.Ordinal) && code.Code.StartsWith("02", StringComparison.Ordinal) &&
                    roles.Source is { Type: EntityType.ORG } caller && AnyBySource(drafts, caller.Id))
                    ownNamed = true;
                // A passive accusation of a named person or body is public whoever made it (وكان X قد اتهم بـ).
                if (roles.Source?.Actor is null && roles.Target?.Actor is null && !ownNamed && !goesOnWithVisitor && !(own && SubjectWithholdsName(words, hit.Word)) &&
                    !(passive && roles.Target is { Type: EntityType.PER or EntityType.ORG })) continue;
                // وكان المشرفية قد اجتمع … بممثلة المفوضية X: a meeting or a visit whose subject was not recognised has no
                // known source; one told without it would say less than half of who met whom. A title before the
                // pluperfect's قد (وكان الرئيس قد تفقد امريكا) still tells a public figure's visit.
                bool titledBeforeQad = hit.Word > 0 && words[hit.Word - 1].Key == "قد" && _arguments.IsTitle(roles.SubjectWord);
                if (code.Code.StartsWith("04", StringComparison.Ordinal) && roles.Source is null && roles.SourcePhrase is null && !titledBeforeQad) continue;
                // One event per predicate: an act of the same PLOVER type (or, without one, the same code) between the same sides is drafted already.
                // A participle after a comma (ودان X الهجوم، محملا Y المسؤولية) is a predicate of its own.
                // ودانت X القمع، واتهمت X السلطات: a verb after a comma that names its subject again is a predicate of its own.
                // وزار المدينة والتقى ممثلين عن الساكنة: a و-verb going on with the visitor is a predicate of its own too.
                // ان الجيش اوقف 14 سوريا، وصادر سيارتين: a و-verb after a comma whose code is drafted by none is a predicate of its own.
                bool ownCodeAfterComma = afterComma && !AnyOfCode(drafts, code.Code);
                // انتقد زعماء الاتحاد الاوروبي وكندا والمكسيك الخطوة, اتهمت بريطانيا وفرنسا الحكومة: as for the triggers above, a
                // side joined to the subject acted with it.
                if (roles.Source is { } doer && roles.Target is { } joined && !IsCooperative(code.Code) && JoinedToSubject(inSentence, hit.Word, doer, joined)) roles = roles with { Target = ObjectAfterJoined(inSentence, hit.Word, joined) };
                if (Drafted(drafts, code, roles.Source, roles.Target) && !SubjectAgainAfterComma(inSentence, hit, roles.Source) && !goesOnWithVisitor && !chargedAfterComma && !ownCodeAfterComma &&
                    !(ownObject && !AnyOfCodeBetween(drafts, code.Code, roles.Source, roles.Target))) continue;
                // واستقبل وزير الخارجية X نظيره الاثيوبي Y: a counterpart whose name the tagger missed is told by his words.
                var counterpart = roles.Target is null && accusedPhrase is null && code.Code.StartsWith("04", StringComparison.Ordinal) ? officeMet ?? _arguments.CounterpartAfter(inSentence, hit.Word) : null;
                // التقى X رئيس مجلس النواب الليبي عقيلة صالح: the meeting was with the officer the tagger missed, not his body.
                if (code.Code.StartsWith("04", StringComparison.Ordinal) && code.Code != "042" && roles.Target is { Type: EntityType.ORG } body &&
                    _arguments.MissedHolderAfter(inSentence, hit.Word, body) is { } holder)
                {
                    roles = roles with { Target = null };
                    counterpart = holder;
                }
                // واستقبل X في قصر بعبدا قائد قوات اليونيفيل الجنرال Y: with no one found as met (the palace is where), the first
                // body named after the verb whose holder the tagger missed is whom the meeting was with.
                else if (code.Code.StartsWith("04", StringComparison.Ordinal) && code.Code != "042" && roles.Target is null && counterpart is null && accusedPhrase is null &&
                         FirstBodyAfter(inSentence, hit.Word, roles.Source) is { } firstBody &&
                         _arguments.MissedHolderAfter(inSentence, hit.Word, firstBody) is { } missed)
                    counterpart = missed;
                drafts.Add(new Draft(hit.Span, code, "cameo-dict:" + hit.Pattern.Id, roles.Source, roles.Target, roles.Place) { SourcePhrase = own ? sourcePhrase : null, TargetPhrase = accusedPhrase ?? visitedPhrase ?? counterpart ?? (roles.Target is null ? homeland : null), AddresseePronoun = hit.ObjectPronoun && calling });
            }
            SidesFromCounts(drafts, inSentence);
            StateFireOnProtesters(drafts, inSentence);
            SupportersActing(drafts, inSentence);
            ArmedMenTold(text, document.Entities, drafts);
            AttackersAnswered(inSentence, document.Entities, events, drafts);
            NamedInBrackets(text, inSentence, drafts);
            AddInOrder(events, drafts, time, inSentence);
        }
        return document.WithEvents(events.ToImmutable());
    }
}
