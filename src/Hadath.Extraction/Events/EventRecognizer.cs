using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Finds event triggers in the words of one sentence. A trigger fires when its condition holds (a toll for an
/// attack noun, a crowd size for a protest verb) and no modality word stands within reach before it: negated
/// (لم يقتل), hypothetical (اذا هاجم), denied (نفى … قصف) and background actions (الذي استهدف) are left out.
/// </summary>
public sealed partial class EventRecognizer
{
    private const int CrowdWindow = 2;

    /// <summary>Adverbs of addition that may stand between a verb's subject and its counted object (ايضا, كذلك).</summary>
    internal static readonly HashSet<string> AlsoWords = MatchKey.SetOf("ايضا", "كذلك");
    private const int ObjectWindow = 5;
    private const int ClashWindow = 8;

    /// <summary>How far after a blaming verb its responsibility may come, past its subject, an aside and its object (حملت X، فرع Y، السلطات المحلية مسؤولية).</summary>
    private const int BlameVerbWindow = 14;

    private readonly EventLexicon _lexicon;
    private readonly NumberReader _numbers;
    private readonly ActorPhrases? _subjects;

    /// <param name="subjects">Actor phrases a size may follow (اوقفت قوات الامن 20 متظاهرا); null reads the size right after the verb only.</param>
    public EventRecognizer(EventLexicon lexicon, NumberReader numbers, ActorPhrases? subjects = null)
    {
        _lexicon = lexicon;
        _numbers = numbers;
        _subjects = subjects;
    }

    /// <summary>A trigger that fired: its span (clitics excluded), the trigger and the rule that fired.</summary>
    public readonly record struct Hit(TextSpan Span, EventTrigger Trigger, string Rule);

    public List<Hit> Recognize(string text, IReadOnlyList<Word> words)
    {
        var hits = Recognize(text, words, new SentenceReadings(text, words));
        return SharedEmptyList<Hit>.Is(hits) ? [] : hits;
    }

    /// <summary>
    /// As <see cref="Recognize(string, IReadOnlyList{Word})"/>, with the words' readings already looked up; a <see cref="SharedEmptyList{T}"/>
    /// (never modify) when there is none (no list made for each sentence).
    /// </summary>
    /// <param name="gates">Empty, or for each word a byte whose bit <paramref name="gate"/> is <see cref="MayStart"/>'s answer (asked once for the sentence's finders).</param>
    internal List<Hit> Recognize(string text, IReadOnlyList<Word> words, SentenceReadings readings, ReadOnlySpan<byte> gates = default, int gate = 0)
    {
        List<Hit>? hits = null;
        // Every word is asked: the count is read once, not through the list's interface at each.
        int count = words.Count;
        for (int i = 0; i < count; i++)
        {
            // Most words start no trigger: their readings are not made unless a neighbour's rule asks for them.
            if (gates.IsEmpty ? !MayStart(words[i]) && !AfterVagueCount(words, i) : (gates[i] >> gate & 1) == 0) continue;
            // نفى المتحدث باسم التحالف X ان تكون طائرات التحالف قد استهدفت: past قد under ان تكون the act is supposed or
            // denied, however far the denial and its ان stand.
            if (Fire(readings, words, i) is not { } hit || Blocked(readings, i) || EventStage.SupposedAfterQad(words, i)) continue;
            (hits ??= []).Add(hit);
            i = WordAt(words, hit.Span.End - 1, i);
        }
        return hits ?? SharedEmptyList<Hit>.Get();
    }

    /// <summary>Whether a reading of <paramref name="word"/> may start a trigger: false passes it with no readings made.</summary>
    /// <remarks>A noun after a vague count (عشرات الغارات) is tried too, with its article, which this does not peel: <see cref="AfterVagueCount"/>.</remarks>
    internal bool MayStart(Word word) => word.IsLetters && (_lexicon.FirstKeys.MayRead(word.Key) || ToldNounKeys.MayReadAny(word.Key));

    /// <summary>The keys a reading that starts a trigger may have (<see cref="MayStart"/> looks them up).</summary>
    internal IEnumerable<string> FirstKeys => _lexicon.TriggerFirstKeys;

    /// <summary>
    /// The first trigger at word <paramref name="i"/> (longest phrase first) whose condition holds: one spelling may
    /// have several rows (خرجت with a crowd after it, or with a protest noun a few words on), so a row whose
    /// condition fails leaves the next its chance.
    /// </summary>
    private Hit? Fire(SentenceReadings readings, IReadOnlyList<Word> words, int i)
    {
        foreach (var reading in readings[i])
        {
            foreach (var trigger in _lexicon.TriggerSpanStartingWith(reading.Key))
            {
                // A verb read after peeling ال is a noun (التجمع); an attack noun with the article (الهجوم, بالتفجير)
                // points back to an attack the story has told already, so the sentence is its aftermath, not its report,
                // unless a verb of taking place or of its outcome follows it (ان التفجير وقع في سوق, ان الهجوم اسفر عن):
                // then the sentence tells the act itself.
                // شنت عشرات الغارات: after a vague count the article is the count's, pointing back to nothing.
                if (reading.HadArticle && !AfterVagueCount(words, i))
                {
                    if (trigger.Condition == TriggerCondition.Casualty && trigger.Keys.Length == 1 && ToldNouns.Contains(trigger.Keys[0]) &&
                        OccurredAfter(words, i + 1) is { } occurred) return new Hit(new TextSpan(reading.Span.Start, words[i].End), trigger, $"{trigger.Rule}+occurred:{occurred}");
                    continue;
                }
                int end = i + trigger.Keys.Length;
                if (end > readings.Length) continue;
                bool all = true;
                for (int k = 1; k < trigger.Keys.Length && all; k++) all = Has(readings[i + k], trigger.Keys[k]);
                // خاض الحزب معارك سياسية, مواجهات ودية: a fight of words, courts or sport is no use of force.
                if (all && trigger.Code == "190" && end < words.Count && FigurativeFights.Contains(words[end].Key)) continue;
                if (all && Condition(readings, words, trigger, i, end) is { } rule) return new Hit(new TextSpan(reading.Span.Start, words[end - 1].End), trigger, rule);
            }
        }
        return null;
    }

    /// <summary>Whether سابقا or سابق stands at or after word <paramref name="from"/>: a loop, where Skip and Any made an iterator and an enumerator per candidate.</summary>
    private static bool ToldAsBefore(IReadOnlyList<Word> words, int from)
    {
        for (int k = from; k < words.Count; k++)
        {
            if (words[k].Key is "سابقا" or "سابق") return true;
        }
        return false;
    }

    /// <summary>Adjectives that make a fight's noun one of words, courts, votes or sport (معارك سياسية, مواجهات ودية).</summary>
    private static readonly HashSet<string> FigurativeFights = MatchKey.SetOf("سياسية", "انتخابية", "قضائية", "قانونية", "ودية", "كلامية", "اعلامية",
        "دبلوماسية", "رياضية", "تجارية", "فكرية");

    /// <summary>Vague counts whose noun takes the article (عشرات الغارات, مئات القذائف).</summary>
    private static readonly HashSet<string> VagueCounts = MatchKey.SetOf("عشرات", "مئات", "الاف");

    /// <summary>Whether word <paramref name="i"/> follows a vague count, whose noun's article points back to nothing.</summary>
    internal static bool AfterVagueCount(IReadOnlyList<Word> words, int i) => i > 0 && IsVagueCount(words[i - 1].Key);

    /// <summary>
    /// Whether <paramref name="key"/> is one of <see cref="VagueCounts"/>. Every word of a story is asked (the event
    /// gate): the sketch turns nearly all away before the key is hashed.
    /// </summary>
    internal static bool IsVagueCount(string key) => VagueCountSketch.MayHold(key) && VagueCounts.Contains(key);

    /// <summary>The sketch of <see cref="VagueCounts"/>; declared after them.</summary>
    private static readonly KeySketch VagueCountSketch = KeySketch.Of(VagueCounts);

    private static int WordAt(IReadOnlyList<Word> words, int offset, int from)
    {
        int k = from;
        while (k + 1 < words.Count && words[k + 1].Start <= offset) k++;
        return k;
    }

    /// <summary>Whether a negation, hypothetical, denial or relative pronoun within reach before word <paramref name="i"/> takes it out.</summary>
    internal bool IsBlocked(SentenceReadings readings, int i) => Blocked(readings, i);

    private bool Blocked(SentenceReadings readings, int i)
    {
        // ونفت طهران اي علاقة لها بالخلية، واتهم …: a verb with و after a comma is a new statement; a denial before it is done.
        // …، فيما اتهمت وزارة الداخلية طالبان: so is a verb after a comma and فيما/بينما, a contrast with what was denied.
        bool newStatement = readings.OpensClauseAfterComma(i) || ContrastAfterComma(readings, i);
        for (int back = 1; back <= _lexicon.MaxReach && i - back >= 0; back++)
        {
            // Particles right before the trigger are read as written (وما is not ما); words further back with clitics peeled.
            foreach (var reading in readings[i - back])
            {
                if (_lexicon.Modality(reading.Key) is { } modality && back <= modality.Reach && (modality.Reach > 1 || reading.Span.Start == readings[i - back][0].Span.Start) &&
                    !(newStatement && back > 1 && modality.Kind == "denied")) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// What a protesting crowd does as it gathers: circumstantials of denouncing or demanding (منددين, مطالبين) and slogans,
    /// chants and banners (مرددين شعارات, رافعين لافتات); songs and flags alone are also a festival's.
    /// </summary>
    private static readonly HashSet<string> Chants = MatchKey.SetOf("منددين", "مطالبين", "منددات", "مطالبات", "شعارات", "الشعارات",
        "هتافات", "الهتافات", "لافتات", "اللافتات", "يافطات", "اليافطات",
        // نزل السكان الى الشوارع محتجين, خرج الاهالي متظاهرين: the crowd went out or gathered protesting
        "محتجين", "محتجات", "متظاهرين", "متظاهرات", "معتصمين", "معتصمات",
        // تجمع الاهالي امام المبنى احتجاجا على انقطاع المياه, احتشد الطلاب تنديدا بالقرار: the crowd gathered or went out
        // to protest or denounce (the verbal noun of purpose)
        "تنديدا", "احتجاجا", "استنكارا");

    private const int ChantReach = 8;

    /// <summary>A word of <see cref="Chants"/> (with و or not) within <see cref="ChantReach"/> words from <paramref name="from"/>, past commas but no other mark; its key, or null.</summary>
    internal static string? Chanting(IReadOnlyList<Word> words, int from)
    {
        for (int k = from; k < words.Count && k < from + ChantReach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation && !words[k].IsComma) return null;
            string key = words[k].Key;
            if (Chants.Contains(key)) return key;
            if (key.Length > 3 && key[0] == 'و' && Chants.Contains(key[1..])) return key[1..];
        }
        return null;
    }

    /// <summary>Whether word <paramref name="start"/> opens a clause of what came before: after بعد ان, اثر ان, عقب ان, منذ ان, بعدما.</summary>
    private static bool AfterCauseClause(IReadOnlyList<Word> words, int start) =>
        start >= 1 && words[start - 1].Key is "بعدما" ||
        start >= 2 && words[start - 1].Key == "ان" && (CauseWords.Contains(words[start - 2].Key) || words[start - 2].Key == "منذ");

    private const int QablaAnReach = 8;

    /// <summary>Whether قبل ان stands within <see cref="QablaAnReach"/> words before word <paramref name="start"/>, no punctuation between.</summary>
    private static bool AfterQablaAn(IReadOnlyList<Word> words, int start)
    {
        for (int k = start - 1; k >= 1 && k >= start - QablaAnReach && words[k].Kind != WordKind.Punctuation; k--)
        {
            if (words[k].Key == "ان" && words[k - 1].Key == "قبل") return true;
        }
        return false;
    }

    /// <summary>Words of calling for or intending an act (دعت الى, تعتزم, ينوي): the act after them is not done yet.</summary>
    private static readonly HashSet<string> CallWords = MatchKey.SetOf("دعا", "دعت", "دعوا", "يدعو", "تدعو", "دعوة", "الدعوة", "دعوات",
        "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ينوون",
        // اعلن الاتحاد الدخول في اضراب عام يوم الخميس, قررت النقابة الدخول في اعتصام: the verbal noun of entering tells a
        // protest announced or decided, not one under way (دخلوا في اضراب).
        "الدخول");

    private const int CallReach = 3;

    /// <summary>Words that date a day or a span still to come (يوم الاثنين المقبل, الاسبوع القادم, خلال الاشهر المقبلة).</summary>
    private static readonly HashSet<string> ToCome = MatchKey.SetOf("المقبل", "المقبلة", "القادم", "القادمة");

    /// <summary>
    /// Whether a word of <see cref="ToCome"/> stands between the protest act at <paramref name="act"/> and the reason at
    /// <paramref name="reason"/> (اضراب عام في القطاع يوم الاثنين المقبل، احتجاجا على): the act is dated to come, so not
    /// done yet. A date after the reason (احتجاجا على قرار سيطبق الشهر المقبل) dates what is protested, and is not read.
    /// </summary>
    private static bool DatedToCome(IReadOnlyList<Word> words, int act, int reason)
    {
        for (int k = act + 1; k < reason; k++)
        {
            if (ToCome.Contains(words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Whether a word of <see cref="CallWords"/> (with و/ف or not) stands within <see cref="CallReach"/> words before word <paramref name="k"/>, no mark between.</summary>
    private static bool CalledFor(IReadOnlyList<Word> words, int k)
    {
        for (int back = k - 1; back >= 0 && back >= k - CallReach && words[back].Kind != WordKind.Punctuation; back--)
        {
            if (CallWords.ContainsWithoutConjunction(words[back].Key)) return true;
        }
        return false;
    }

    private static readonly string LaunchKey = MatchKey.Of("اطلاق");

    private static readonly string FireKey = MatchKey.Of("النار");

    /// <summary>
    /// Words that make اطلاق النار after an exchange verb what was talked about, not what was traded: a ceasefire
    /// (تبادلت الاطراف الاتهامات بخرق وقف اطلاق النار) or a preposition (تبادلوا الاتهامات حول اطلاق النار).
    /// </summary>
    private static readonly HashSet<string> NotFireTraded = MatchKey.SetOf("وقف", "لوقف", "بوقف", "عن", "حول", "بشان", "بسبب", "الاتهامات", "اتهامات");

    /// <summary>
    /// Reads the words after an exchange verb (تبادلت, تتبادل, يتبادلون) to its clause's end: whether اطلاق النار is what was
    /// traded, past the subject or the other side's pronoun (وتبادلت معهم قوات التامين اطلاق النار, قبل ان تتبادل القوات
    /// والمسلحون اطلاق النار); none of <see cref="NotFireTraded"/> stands before it.
    /// </summary>
    private static bool FireExchanged(IReadOnlyList<Word> words, int end)
    {
        for (int k = end; k + 1 < words.Count && k < end + ClashWindow; k++)
        {
            if (!words[k].IsLetters || NotFireTraded.Contains(words[k].Key)) return false;
            if (words[k].Key == LaunchKey && words[k + 1].Key == FireKey) return true;
        }
        return false;
    }

    /// <summary>What is fired after a bare اطلاق (النار, الرصاص, صواريخ, قذائف, الغاز, قنابل, اعيرة).</summary>
    private static readonly HashSet<string> FiredThings = MatchKey.SetOf("النار", "نار", "الرصاص", "رصاص", "الصواريخ", "صواريخ", "صاروخ", "صاروخا", "الصاروخ",
        "القذائف", "قذائف", "قذيفة", "قذيفتين", "الغاز", "غاز", "قنابل", "القنابل", "طلقات", "الطلقات", "اعيرة", "الاعيرة", "عيارات", "النيران", "نيران");

    /// <summary>Whether fire or arms are named within three words from word <paramref name="k"/>, past a count (اطلاق عشرات الصواريخ, اطلاق 20 صاروخا).</summary>
    private static bool FiredAhead(IReadOnlyList<Word> words, int k)
    {
        for (int j = k; j < words.Count && j < k + 3 && words[j].Kind != WordKind.Punctuation; j++)
        {
            if (FiredThings.Contains(words[j].Key)) return true;
        }
        return false;
    }

    private static bool ContrastAfterComma(SentenceReadings readings, int i) =>
        i >= 2 && readings[i - 1][0].Key is "فيما" or "بينما" && readings[i - 2][0].Key is "،" or ",";

    private string? Condition(SentenceReadings readings, IReadOnlyList<Word> words, EventTrigger trigger, int start, int end)
    {
        string rule = trigger.Rule;
        // بعد ان خرج السوريون الى الشوارع, منذ ان اندلعت الاحتجاجات: a demonstration told after بعد ان/منذ ان is what came
        // before the news. Stones thrown (تدخلت القوات بعد ان رشق المحتجون عناصرها بالحجارة) are the news's own riot, which
        // the force answered.
        if (trigger.Code.StartsWith("14", StringComparison.Ordinal) && trigger.Code != "145" && trigger.Role == TriggerRole.Verb && AfterCauseClause(words, start)) return null;
        // قبل ان يرشقوا القوات الامنية بالحجارة ويضرموا النار: a riot told in the subjunctive took place only after قبل ان.
        if (trigger.Code == "145" && trigger.Role == TriggerRole.Verb && trigger.Keys[0][0] == 'ي' && !AfterQablaAn(words, start)) return null;
        // عمد الشبان الى اضرام النار في العجلات: a riot's verbal noun tells the act only as what the crowd went as far as.
        // عمد الشبان الى اغلاق الطريق بالحجارة واضرام النار في العجلات: or joined by و to such a noun of its clause.
        if (trigger.Code == "145" && trigger.Role != TriggerRole.Verb && !(start > 0 && words[start - 1].Key is "الي" or "علي") &&
            !JoinedToWentAsFar(words, start, trigger.Keys[0])) return null;
        // اطلقوا اعيرة نارية في الهواء: shots fired into the air struck no one (to disperse a crowd they are its dispersal).
        if (trigger.Code.StartsWith("19", StringComparison.Ordinal) && IntoTheAir(words, end)) return null;
        // قام باطلاق سراح المعتدي: اطلاق before سراح is a release, no shot fired; قام باطلاق سلسلة من الخطوات, باطلاق حملة:
        // a launch of anything but fire or arms is no act of force.
        if (trigger.Code.StartsWith("19", StringComparison.Ordinal) && trigger.Role == TriggerRole.ActNoun && trigger.Keys.Length == 1 && trigger.Keys[0] == LaunchKey &&
            end < words.Count && !FiredAhead(words, end)) return null;
        // رفعوا صور زملاء لهم اصيبوا في مواجهات سابقة مع قوات الامن: a fight or an attack named as earlier is history.
        if (trigger.Role != TriggerRole.Verb && end < words.Count && Earlier.Contains(words[end].Key)) return null;
        // حذرت الشرطة من اشتباكات متوقعة مع مجموعات يسارية: a fight or an attack named as expected has not happened.
        if (trigger.Role != TriggerRole.Verb && end < words.Count && Expected.Contains(words[end].Key)) return null;
        switch (trigger.Condition)
        {
            case TriggerCondition.Always:
                // انفجرت الاوضاع, الازمة التي انفجرت, لكن الاوضاع "انفجرت": a crisis, a situation or anger that exploded is no bomb.
                if (trigger.Code == "183" && trigger.Keys[0] == Exploded && MetaphorNear(words, start, end)) return null;
                // ان عدة اشخاص قتلوا نتيجة انهيار جسر: deaths a collapse, a storm or a crash caused, as with a toll after قتل.
                if (KilledVerbs.Contains(trigger.Keys[0]) && HasNonViolentCause(readings, words)) return null;
                // 12 من عناصر الحركة قتلوا في المعارك: killed in battles already told, the passive reading; no act of its own.
                if (trigger.Code == "180" && ToldBattleAt(words, end + 1)) return null;
                return rule;
            case TriggerCondition.ProtestObject or TriggerCondition.WeaponObject or TriggerCondition.ClashWith or TriggerCondition.Custody
                or TriggerCondition.CriticismObject or TriggerCondition.Repelled or TriggerCondition.CurfewObject or TriggerCondition.SeizedGoods
                or TriggerCondition.DownedCraft:
                // نظمت حركة 20 فبراير تظاهرة, اندلعت امس مظاهرات: what was organised or broke out is a protest, a few
                // words on; اطلقت طائرة بدون طيار صاروخا: what was fired is a weapon; اشتبكت القوات مع مسلحين: a clash
                // has the other side after مع (اشتبك الامر عليه does not).
                string name = trigger.Condition switch
                {
                    TriggerCondition.ProtestObject => "protest-object",
                    TriggerCondition.WeaponObject => "weapon-object",
                    TriggerCondition.Custody => "custody",
                    TriggerCondition.CriticismObject => "criticism-object",
                    TriggerCondition.Repelled => "repelled",
                    TriggerCondition.CurfewObject => "curfew-object",
                    TriggerCondition.SeizedGoods => "seized-goods",
                    TriggerCondition.DownedCraft => "downed-craft",
                    _ => "clash-with",
                };
                // واعلنت السلطات حظر التجول بعد اشتباكات مع مسلحين: a clash noun after بعد/اثر is the cause of the news, read
                // only with its toll (the casualty rows); right after a verb or a crowd it is the fight itself.
                if (trigger.Condition == TriggerCondition.ClashWith && trigger.Role == TriggerRole.Noun && start > 0 && ClashCauses.Contains(words[start - 1].Key)) return null;
                // صمد في وجه الانتقادات: after a preposition وجه is the noun "face", no verb.
                if (trigger.Condition == TriggerCondition.CriticismObject && start > 0 && words[start - 1].Key is "في" or "علي" or "امام") return null;
                // تعرض الوزير لانتقادات: what was suffered is the first indefinite noun written with ل (تعرض الصحفي لاعتداء بعد انتقادات
                // وجهها tells an assault).
                if (trigger.Condition == TriggerCondition.CriticismObject && trigger.Role == TriggerRole.Passive)
                    return SufferedWithLam(readings, words, end, TriggerCondition.CriticismObject) is { } suffered ? $"{rule}+{name}:{suffered}" : null;
                // اشتبكت وحدات من الجيش العربي السوري مع …: مع follows the subject, which may be long; it stays in the clause.
                // نظم مئات من سكان مدينة العريش وقفة احتجاجية: so may what a counted crowd organised.
                // القت قوات الامن المصرية القبض الاثنين على …: so does القبض after the one who took them.
                // وكانوا نفذوا سابقا وقفة احتجاجية: a protest told as done before is history, not the news.
                if (trigger.Condition == TriggerCondition.ProtestObject && ToldAsBefore(words, end)) return null;
                // وجرت هذه التظاهرة استجابة لدعوة …, واندلعت هذه الاحتجاجات بعد …: a protest pointed back to as taking place is
                // one the story has told already. Who organised it (ونظم هذه الوقفة الاتحاد المحلي) is news of its own.
                if (trigger.Condition == TriggerCondition.ProtestObject && end < words.Count && Demonstratives.Contains(words[end].Key) &&
                    !Organising.Contains(trigger.Keys[0])) return null;
                // اطلق النار على وثيقة قرطاج, على الاتفاق السياسي: fire opened on a text, a deal or a process is a figure of speech.
                if (trigger.Condition == TriggerCondition.WeaponObject && FiredAtAFigure(words, end)) return null;
                // ومهددا بشن اضراب عام, الدعوة لشن اضراب: a launching verb written with ب or ل is its verbal noun, no act.
                if (trigger.Condition == TriggerCondition.ProtestObject && WrittenWithPreposition(words[start].Key, trigger.Keys[0])) return null;
                bool pastSubject = trigger.Condition is TriggerCondition.ClashWith or TriggerCondition.Custody or TriggerCondition.CriticismObject or TriggerCondition.Repelled or TriggerCondition.CurfewObject or TriggerCondition.SeizedGoods or TriggerCondition.DownedCraft ||
                                   (trigger.Condition == TriggerCondition.ProtestObject && end < words.Count && IsCrowdSize(readings, words, end));
                return (SupportedAhead(readings, words, trigger.Condition, end, pastSubject ? ClashWindow : ObjectWindow, stopAtPunctuation: pastSubject) ??
                        (trigger.Condition is TriggerCondition.ProtestObject or TriggerCondition.WeaponObject or TriggerCondition.SeizedGoods ? ObjectPastAside(readings, words, end, trigger.Condition) : null) ??
                        (trigger.Condition == TriggerCondition.WeaponObject ? DroneFired(words, end) : null))
                    is { } found ? $"{rule}+{name}:{found}" : null;
            case TriggerCondition.Captive:
                return Captive(readings, words, trigger, start, end) is { } taken ? $"{rule}+captive:{taken}" : null;
            case TriggerCondition.Dispersal:
                return Dispersed(readings, words, trigger, start, end) is { } crowd ? $"{rule}+dispersal:{crowd}" : null;
            case TriggerCondition.Expelled:
                return Expelled(readings, words, start, end) is { } sent ? $"{rule}+expelled:{sent}" : null;
            case TriggerCondition.Opening:
                // وقصف الجيش السوري …: a sentence opens with a verb far more often than with an indefinite noun.
                // عندما قصف متشددو التنظيم …: after a conjunction of time only the verb can follow, whatever its subject.
                // وكان الطيران الحربي قد قصف: so after قد.
                if (start > 0 && end < words.Count && words[end].IsLetters && VerbOpeners.Contains(words[start - 1].Key)) return rule + "+opening";
                // اما الجيش السوري فقصف …: the ف of the clause after a topic is followed by its verb.
                if (end < words.Count && words[end].IsLetters && words[start].Key.Length == trigger.Keys[0].Length + 1 && words[start].Key[0] == 'ف') return rule + "+opening";
                // ان طيران الجيش العراقي قصف تجمعات التنظيم: right after the craft that did it and their owner, the verb.
                if (end < words.Count && words[end].IsLetters && AfterCraft(words, start)) return rule + "+after-craft";
                // واعلنت الوزارة ان الجيش الوطني قصف بالمدفعية …: right after a force opening a told clause, the verb.
                if (end < words.Count && words[end].IsLetters && AfterToldForce(words, start)) return rule + "+told-force";
                // وقصف طيران الجيش …: craft after the opening word are its subject. وعلى صعيد آخر، قصف الجيش التركي …, وفي
                // ريف حلب، قصف الجيش …: so after a short phrase of topic or place that opens the sentence with its comma.
                // حلب (سانا) - قصف الجيش التركي …: so right after a wire story's dateline.
                return (start == 0 || AfterOpeningPhrase(words, start) || AfterDateline(words, start)) && end < words.Count && (words[end].Key.StartsWith("ال", StringComparison.Ordinal) || IsStrikingCraft(words[end].Key) || ArmyOfDefinite(words, end)) ? rule + "+opening" : null;
            case TriggerCondition.Onset:
                // اندلعت اشتباكات عنيفة بين …: a fight told as breaking out happened, toll or not.
                // وتدور منذ ايام معارك: how long the fight has gone on stands between the verb and its noun.
                // اندلعت امس الاثنين معارك, واندلعت، مساء امس، اشتباكات: the day it broke out on stands there too.
                for (int k = start - 1, reach = start - OnsetWindow - SinceSpanBefore(words, start) - DayBefore(words, start); k >= 0 && k >= reach; k--)
                {
                    if (SupportAt(readings, k, trigger.Condition) is { } onset) return $"{rule}+onset:{onset}";
                }
                return PluperfectOnset(readings, words, start, end, trigger.Condition) is { } broke ? $"{rule}+pluperfect-onset:{broke}" : null;
            case TriggerCondition.ProtestBefore:
                // وقفة احتجاجية نظمها عشرات المعطلين, مسيرة نظمتها التنسيقية: the verb's object pronoun is the protest named
                // right before it. One the sentence tells dispersed (فرقت الشرطة مظاهرة نظمها الاتحاد) is what the
                // dispersal was done to, no act of its own.
                for (int k = start - 1; k >= 0 && k >= start - ProtestBeforeWindow && words[k].IsLetters; k--)
                {
                    if (SupportAt(readings, k, TriggerCondition.ProtestObject) is { } organised)
                        return DispersalBefore(readings, k) ? null : $"{rule}+protest-before:{organised}";
                }
                return null;
            case TriggerCondition.WeaponBefore:
                return WeaponBefore(words, start) is { } launched ? $"{rule}+weapon-before:{launched}" : null;
            case TriggerCondition.AfterProtest:
                // تظاهر الآلاف … احتجاجا على, دخلوا في اضراب احتجاجا على: the purpose tells the protest that act was; one
                // who converted, burnt a banknote or summoned an envoy احتجاجا على did something else for that reason.
                // واحتجاجا على …، قرر المعلمون الاضراب: a purpose opening its sentence, with و or after فيما comes before its
                // act; after a comma (…، احتجاجا على) it still follows the act.
                bool fronted = start == 0 || words[start - 1].Key is "فيما" or "بينما" || words[start].Key[0] is 'و' or 'ف';
                for (int k = fronted ? words.Count - 1 : start - 1; k >= 0; k--)
                {
                    if ((k < start || k >= end) && SupportAt(readings, k, trigger.Condition) is { } protestAct)
                    {
                        // دعت النقابة الى اضراب احتجاجا على, تعتزم تنظيم مسيرة احتجاجا على: a protest called for or intended has not taken place.
                        // اعلنت النقابة تنفيذ اضراب عام يوم الاثنين المقبل، احتجاجا على: a protest dated to a day to come is a plan.
                        return CalledFor(words, k) || DatedToCome(words, k, start) ? null : $"{rule}+after-protest:{protestAct}";
                    }
                }
                return null;
            case TriggerCondition.Entered:
                // دعت النقابة العمال الى ان يدخلوا في اضراب: a protest called for or intended has not begun.
                if (CalledFor(words, start)) return null;
                return EnteredProtest(readings, words, end) is { } entered ? $"{rule}+entered:{entered}" : null;
            case TriggerCondition.RoadCut:
                return RoadCut(readings, words, end) is { } barricade ? $"{rule}+road-cut:{barricade}" : null;
            case TriggerCondition.SetFire:
                return SetByProtesters(readings, words, start, end) is { } setters ? $"{rule}+set-fire:{setters}" : null;
            case TriggerCondition.StruckWith:
                return StruckWith(readings, words, trigger, start, end) is { } means ? $"{rule}+struck-with:{means}" : null;
            case TriggerCondition.Blame:
                // وحملت الجمعية المغربية لحقوق الانسان، فرع أكادير، السلطات المحلية مسؤولية ما وقع: the verb opening its
                // clause blames, past the asides of its subject; حملت الشاحنة مساعدات, with no responsibility, carried.
                if (trigger.Role == TriggerRole.Verb)
                {
                    if (!(start == 0 || words[start - 1].IsComma || AfterOpeningPhrase(words, start))) return null;
                    return SupportedAhead(readings, words, trigger.Condition, end, BlameVerbWindow, stopAtPunctuation: false) is { } charged ? $"{rule}+blame:{charged}" : null;
                }
                // …، محملا حركة حماس المسؤولية: after a comma, with المسؤولية a few words on; محملة بمواد غذائية is "loaded".
                if (start == 0 || words[start - 1].Key is not ("،" or ",")) return null;
                return SupportedAhead(readings, words, trigger.Condition, end, ClashWindow, stopAtPunctuation: true) is { } blamed ? $"{rule}+blame:{blamed}" :
                    BlamedPastQuotes(readings, words, end) is { } quoted ? $"{rule}+blame:{quoted}" : null;
            case TriggerCondition.AfterComma:
                // …، متهما واشنطن: the participle qualifies the clause before the comma; elsewhere متهما is mostly a noun (بصفته متهما).
                return start > 0 && words[start - 1].IsComma ? rule + "+after-comma" : null;
            case TriggerCondition.AfterAct:
                if (AfterAct(readings, words, start) is { } act) return $"{rule}+after-act:{act}";
                // وتدخلت عناصر القوات العمومية لتفريق المحتجين: a force stepping in to disperse a crowd dispersed it.
                // Only with protesters or a protest right after it (لفض اشتباك is breaking up a fight, no repression).
                // قبل ان تتدخل الشرطة لتفريقهم: the pronoun points back to a protest told in the sentence.
                // وتدخلت وحدات الامن لتفريق عشرات المحامين: a crowd word right after the noun counts whom it dispersed, as after
                // the verb (فرقت الشرطة مئات الشبان).
                return trigger.Code.StartsWith("175", StringComparison.Ordinal) && InterventionFor(readings, words, start) is { } stepped &&
                       (PointsBack(trigger) ? ToldElsewhere(readings, words, TriggerCondition.Dispersal, start, end)
                           : SupportedAhead(readings, words, TriggerCondition.Dispersal, end, ObjectWindow, stopAtPunctuation: true) ??
                             (end < words.Count ? CrowdWordAt(readings, end) : null)) is { } dispersed
                    ? $"{rule}+intervened:{stepped}+dispersal:{dispersed}" : null;
            case TriggerCondition.Launched:
                // وشنت طائرات التحالف الدولي بقيادة الولايات المتحدة الاحد غارتين: the launching verb's subject may be long.
                // نفت ان تكون طائراتها نفذت اي غارات: "any" strike is one denied or negated, none told.
                if (start > 0 && words[start - 1].Key == "اي") return null;
                return LaunchedBy(readings, words, start) is { } launcher ? $"{rule}+launched:{launcher}" : null;
            case TriggerCondition.SeizedPlace:
                return SeizedPlace(readings, words, end) is { } seized ? $"{rule}+seized:{seized}" : null;
            case TriggerCondition.FireExchanged:
                return FireExchanged(words, end) ? rule + "+fire-exchanged" : null;
            case TriggerCondition.SeizedAchieved:
                return Achieved(words, start) is { } managed && SeizedPlace(readings, words, end) is { } ground ? $"{rule}+achieved:{managed}+seized:{ground}" : null;
            case TriggerCondition.LaunchedOn:
                return LaunchedOn(readings, words, start, end) is { } launchedOn ? rule + launchedOn : null;
            case TriggerCondition.LaunchedAfter:
                return LaunchedAfter(readings, words, start, end) is { } launchedAfter ? rule + launchedAfter : null;
            case TriggerCondition.BombObject:
                // فجر انتحاري سيارة مفخخة; فجر السبت, فجر اليوم is dawn.
                if (end < words.Count && DayAside.Days.Contains(words[end].Key)) return null;
                // فيما فجر مسلحون احد الجسور: unidentified doers right after it are its subject; dawn is no one's.
                if (end < words.Count && Bombers.Contains(words[end].Key)) return $"{rule}+bomber:{words[end].Key}";
                for (int k = end; k < words.Count && k < end + BombWindow; k++)
                {
                    if (words[k].Kind == WordKind.Punctuation) return null;
                    if (SupportAt(readings, k, trigger.Condition) is { } bomb) return $"{rule}+bomb-object:{bomb}";
                }
                return null;
            case TriggerCondition.Past:
                // اثر اجتماعها الدوري: a body's own session, with no one it met, is no consultation.
                if (OwnSession(words, trigger, end)) return null;
                // بعد لقاء مع, اثر اجتماعه مع: the meeting is over; قبل لقاء, خلال لقاء may be ahead.
                if (start > 0 && words[start - 1].Key is "بعد" or "اثر" or "عقب") return rule + "+after";
                if (DuringOwnMeeting(words, trigger, start, end)) return rule + "+during";
                // عقد وزير الصحة انس الدكالي، مساء امس الثلاثاء، لقاء مع ممثلي النقابات: a meeting held (past عقد) took place.
                return HeldBefore(words, start) is { } held ? rule + "+held:" + held : null;
            case TriggerCondition.Crowd or TriggerCondition.Toll:
                // والقت المباحث في عملية منفصلة القبض على شخصين: القبض is the object of a verb of custody told before it.
                if (trigger.Keys[0] == "القبض" && CustodyVerbBefore(words, start)) return null;
                // تظاهر الاف, قتل 15 شخصا: a size right after the verb (a crowd, or the toll of a passive قُتل).
                string size = trigger.Condition == TriggerCondition.Crowd ? "+crowd:" : "+toll:";
                // قتل اكثر من 280 الف شخص منذ اندلاع النزاع: a running total over a period, not one attack.
                // توقيف جنديين يونانيين منذ آذار: so is an arrest held since a date; a protest since the morning is still one.
                bool protest = trigger.Code.StartsWith("14", StringComparison.Ordinal);
                if ((trigger.Condition == TriggerCondition.Toll || !protest) && SinceInClause(words, end)) return null;
                // قتل شخصان في زلزال, اثر خروج قطار عن سكته: a toll of a disaster or an accident is no act of violence.
                if (trigger.Condition == TriggerCondition.Toll && HasNonViolentCause(readings, words)) return null;
                // قتلوا في المعارك، فيما قتل خمسة جنود: the dead of battles already told are their toll, no act of its own.
                if (trigger.Condition == TriggerCondition.Toll && InToldBattles(words)) return null;
                // القمة تجمع رجلين: two people are no crowd; a dual is a size only for the taken and the killed.
                bool dualCounts = !protest;
                // اوقفت قوات الامن 20 متظاهرا: in verb-subject-object order the size comes after the subject phrase.
                int from = trigger.Condition == TriggerCondition.Crowd && _subjects?.At(words, end, null) is { } subject ? subject.After : end;
                // ضبطت مديرية أمن غازي عنتاب جنوبي تركيا 214 مهاجرا: an arrest's subject may be a body the story names, past
                // where it sits; the people taken follow it.
                if (trigger.Condition == TriggerCondition.Crowd && trigger.Code == "173" && from == end) from = PastNamedSubject(readings, words, end);
                // اوقفت عناصر الدرك الملكي بالفنيدق تسعة اشخاص: a subject phrase that stops inside a name the story tags runs on
                // to the name's end, where its seat and the people taken follow.
                else if (trigger.Condition == TriggerCondition.Crowd && trigger.Code == "173" && from > end) from = PastNameAcross(readings, words, from);
                // اوقفت قوى الامن في بلدة ببنين ثلاثة سوريين, اوقفت الشرطة بمدينة الاسكندرية امس ثلاثة اشخاص, اوقفت وحدات الحرس ببن
                // قردان من ولاية مدنين، فجر اليوم، 14 شخصا: where and when the force took them may stand between its phrase and the
                // people taken.
                if (trigger.Condition == TriggerCondition.Crowd && trigger.Code == "173" && from > end) from = PastPlacesAndDays(readings, words, from);
                // ضبطت قوات الدرك، الاحد، 86 مهاجرا: a day set off by commas after the subject.
                if (trigger.Condition == TriggerCondition.Crowd && from > end && from < words.Count && words[from].IsComma && DayAside.Close(words, from + 1) is { } dayClose) from = dayClose + 1;
                // وكانت المديرية قد ضبطت، الاسبوع الماضي، 12 لاجئا: with the subject before the verb, a day or a past period
                // set off by commas right after it.
                else if (trigger.Condition == TriggerCondition.Crowd && trigger.Code == "173" && from == end && from < words.Count && words[from].IsComma &&
                         DayAside.CloseOfDayOrPeriod(words, from + 1) is { } periodClose) from = periodClose + 1;
                // اوقفت مفارز الجيش، في عمليات متفرقة عبر التراب الوطني، خمسة عناصر دعم: where or how the force took them, set
                // off by two commas and opening with a preposition, may stand between its phrase and the people taken.
                if (trigger.Condition == TriggerCondition.Crowd && trigger.Code == "173" && from > end && from < words.Count && words[from].IsComma) from = PastPrepositionAside(words, from);
                // اوقفت الفرق الامنية ايضا سائقين اثنين: an adverb of addition before who was taken.
                if (trigger.Condition == TriggerCondition.Crowd && from < words.Count && AlsoWords.Contains(words[from].Key)) from++;
                for (int k = from; k < words.Count && k < from + CrowdWindow; k++)
                {
                    // خرجت في 3 طبعات: a number after a preposition is where or how, not who.
                    if (k > from && EventArguments.Prepositions.Contains(words[k - 1].Key)) break;
                    if (CrowdSize(readings, words, k, dualCounts) is not { } key) continue;
                    // تجمعت مئات السيارات, احتشدت الاف الطيور: a feminine verb's crowd may be things; it must count people.
                    // نزل البيزو نحو 1.5 بالمئة, نزل عدد الحفارات بواقع 4: نزل (fell) counts things as readily as a crowd that took to the streets.
                    if (protest && (trigger.Keys[0].EndsWith('ت') || trigger.Keys[0] == Fell) && !CountsPeopleAfter(readings.Text, words, k)) return null;
                    // اقتحم عشرات المودعين فرع المصرف: a crowd that stormed rioted; armed men or troops who stormed attacked.
                    if (trigger.Code == StormingRiot && !UnarmedCrowdAt(readings.Text, words, k)) return null;
                    // ايقاف نشاط 12 فضاء, ايقاف 7 سيارات, ايقاف 200 مفتش عن العمل: an arrest told by its noun needs the people
                    // taken right after it, not things, activities or staff suspended; so does a deportation (ترحيل 37 سوريا).
                    if (trigger.Role == TriggerRole.ActNoun && trigger.Code is "173" or "174" && !PeopleTaken(readings.Text, words, k, end)) return null;
                    // ضبطت قوات الدرك 86 مهاجرا: caught people are taken; caught things (ضبطت 40 قطعة سلاح) are seized.
                    if (trigger.Code == "173" && trigger.Keys[0].StartsWith("ضبط", StringComparison.Ordinal) && !CountsPeopleAfter(readings.Text, words, k)) return null;
                    // خرج عشرات الملايين من دائرة الفقر: a crowd that went out protested only where its clause says it went
                    // to the streets, in a march or to protest (خرج الالاف الى الشوارع, في مسيرة, للمطالبة).
                    if (protest && WentOut.Contains(trigger.Keys[0]) && !WentOutToProtest(words, k)) return null;
                    return rule + size + key;
                }
                // فرقت الشرطة مئات الشبان تجمعوا امام مقر الشركة: a plural verb right after its counted crowd (a relative
                // clause with no الذين, or the crowd as subject) tells that crowd's gathering.
                if (protest && trigger.Condition == TriggerCondition.Crowd && words[end - 1].Key.EndsWith("وا", StringComparison.Ordinal) &&
                    CrowdBefore(readings, words, start) is { } counted) return rule + size + counted;
                // تجمهر الناس في الساحة مرددين شعارات, خرج الاهالي مطالبين بالافراج: a crowd of no told size that chanted,
                // raised banners, denounced or demanded protested.
                if (protest && trigger.Condition == TriggerCondition.Crowd && Chanting(words, end) is { } chant) return rule + "+chanting:" + chant;
                // احتج لاجئون سوريون في مخيم الزعتري, تظاهر الطلبة, اضرب الاسرى عن الطعام: a verb that is a protest by itself,
                // with people in the plural as its subject right after it, protested whatever their number.
                if (protest && trigger.Condition == TriggerCondition.Crowd && SelfProtesting.Contains(trigger.Keys[0]) && PeopleAfter(readings, words, end) is { } people)
                    return rule + "+people:" + people;
                // سار المتظاهرون في الشوارع, خرج متظاهرون من المساجد, احتشد المحتجون امام المبنى: protesters who marched, went
                // out or gathered protested, whatever their number.
                if (protest && trigger.Condition == TriggerCondition.Crowd && ProtestersAfter(readings, words, end) is { } protesters)
                    return rule + "+protesters:" + protesters;
                // اوقف الجيش، بعد ظهر اليوم، مطلوبا بعدة مذكرات توقيف: a wanted man or a suspect taken is an arrest, counted or not.
                if (trigger.Code == "173" && trigger.Condition == TriggerCondition.Crowd && WantedAt(words, from) is { } wanted) return rule + "+wanted:" + wanted;
                // اعلنت الشرطة اعتقال رجل يبلغ من العمر 41 عاما, توقيف شاب يشتبه في: one person told by age, suspicion or name is taken.
                if (trigger.Code == "173" && trigger.Condition == TriggerCondition.Crowd && OnePersonToldAt(words, start, from) is { } one) return rule + "+one:" + one;
                // اوقف المكتب المركزي للابحاث القضائية، صباح اليوم، سبعة اشخاص: an arrest verb that opens its clause, a body told
                // with the article after it that no phrase or tagged name reads, takes the people counted further on in its clause.
                if (trigger.Code == "173" && trigger.Condition == TriggerCondition.Crowd && trigger.Role != TriggerRole.ActNoun &&
                    SubjectWithArticleAfter(words, start, end) && PeopleCountedPastSubject(readings, words, end) is { } countedOn)
                    return rule + "+past-subject:" + countedOn;
                return null;
            case TriggerCondition.Suffered:
                // تعرض حاجز للجيش لاطلاق نار: an act someone was subjected to took place, toll or not.
                return EventArguments.SubjectedVerb(words, start) >= 0 ? rule + "+subjected" : null;
            case TriggerCondition.OwnMen:
                // ان مقاتليه استهدفوا موقعا للجيش: the side tells of its own men's blow; القراصنة استهدفوا البريد is none.
                return EventStage.OwnMenBefore(words, start) ? rule : null;
            default:
                // بعد مواجهات عنيفة … مقتل ستة: a fight after بعد/اثر/عقب/غداة is what came before the news, not its act.
                // (A bomber noun after it, اثر هجوم انتحاري تبنته X, still fires: it names who claimed the attack a toll joins.)
                // اعلن عن مقتل 12 عنصرا من التنظيم بعد اشتباكات مع X: a toll its clause gave before بعد is the outcome of
                // the fight after it that names its other side (مقتل ستة بعد مواجهات عنيفة alone is what came before).
                if (trigger.Condition == TriggerCondition.Casualty && start > 0 && CauseWords.Contains(words[start - 1].Key) &&
                    !(TollBefore(readings, words, start - 1) && SideNamedAfter(words, end))) return null;
                // تعرض كمين امني تابع لقوات الامن لهجوم: a كمين told as a post (امني, ثابت, للشرطة) is a checkpoint, as Egyptian
                // copy names one, where the attack was made; no ambush.
                if (trigger.Condition == TriggerCondition.Casualty && trigger.Keys is ["كمين"] && end < words.Count && CheckpointWords.Contains(words[end].Key)) return null;
                // تعرضت قوة من الجيش، فجر اليوم، لهجوم, تصدت القوات لهجوم, صدت القوات هجوما: an attack someone was subjected to or
                // repelled took place, toll or not.
                if (trigger.Condition == TriggerCondition.Casualty && EventArguments.SubjectedVerb(words, start) >= 0) return rule + "+subjected";
                // لم تشهد المنطقة اي مواجهات: "any" clash is one negated or denied, none told.
                if (trigger.Condition == TriggerCondition.Casualty && start > 0 && words[start - 1].Key == "اي") return null;
                // قتلوا في انفجار صهريج وقود: the blast of a gas or fuel tank is an accident, no bombing.
                if (trigger.Condition == TriggerCondition.Casualty && trigger.Keys.Length == 1 && Blast.Contains(trigger.Keys[0]) && FuelAfter(words, end - 1)) return null;
                string group = trigger.Condition == TriggerCondition.Casualty ? "casualty" : "protest-noun";
                for (int k = 0; k < words.Count; k++)
                {
                    if (k >= start && k < end) continue;
                    // دعت الحكومة …، اثر مقتل جنديين في هجوم مسلح: a toll after اثر/بعد, with the attack in its phrase, is
                    // the cause of the news, not its act.
                    if (trigger.Condition == TriggerCondition.Casualty && k > 0 && k < start && CauseWords.Contains(words[k - 1].Key) && !PunctuationBetween(words, k, start)) continue;
                    if (SupportAt(readings, k, trigger.Condition) is { } told) return $"{rule}+{group}:{told}";
                    if (trigger.Condition == TriggerCondition.Casualty && FallOfVictims(words, k)) return $"{rule}+{group}:{words[k].Key}";
                }
                return null;
        }
    }

    /// <summary>Words before where a named subject sits (جنوبي تركيا, في اسطنبول).</summary>
    private static readonly HashSet<string> SeatWords = MatchKey.SetOf("في", "جنوبي", "شمالي", "شرقي", "غربي", "وسط", "جنوب", "شمال", "شرق", "غرب");

    /// <summary>Words of units or members of a body named right after them (وحدات الحرس الوطني, عناصر الحرس الوطني, اعوان الديوانة).</summary>
    private static readonly HashSet<string> UnitsOfBodies = MatchKey.SetOf("وحدات", "عناصر", "اعوان", "دوريات", "دورية", "فرقة", "فرق", "افراد", "رجال");

    /// <summary>
    /// The word after an organisation or a person the story names that opens at word <paramref name="k"/> (or right after a
    /// word of its units or members there), past a place
    /// after في or a word of direction (مديرية أمن غازي عنتاب جنوبي تركيا); <paramref name="k"/> when none opens there.
    /// </summary>
    private static int PastNamedSubject(SentenceReadings readings, IReadOnlyList<Word> words, int k)
    {
        if (readings.Names is null || k >= words.Count) return k;
        // اوقفت وحدات الحرس الوطني 14 شخصا, عناصر الحرس الوطني: units or members of the body named after them.
        int opens = k + 1 < words.Count && UnitsOfBodies.Contains(words[k].Key) && NamedAt(readings.Names, words[k + 1].Start) is { Entity.Type: EntityType.ORG } ? k + 1 : k;
        if (NamedAt(readings.Names, words[opens].Start) is not { } subject || subject.Entity.Type is not (EntityType.ORG or EntityType.PER)) return k;
        return PastSeat(readings.Names, words, FirstWordFrom(words, subject.Span.End, k));
    }

    /// <summary>The word past a place after في or a word of direction at word <paramref name="after"/> (في طنجة, جنوبي تركيا): where the force serves; <paramref name="after"/> when none.</summary>
    private static int PastSeat((TextSpan Span, Entity Entity)[] names, IReadOnlyList<Word> words, int after) =>
        after + 1 < words.Count && SeatWords.Contains(words[after].Key) && NamedAt(names, words[after + 1].Start) is { Entity.Type: EntityType.LOC } seat
            ? FirstWordFrom(words, seat.Span.End, after + 1)
            : after;

    /// <summary>Category nouns of a place before its name (في بلدة ببنين, بمدينة الاسكندرية, من ولاية مدنين).</summary>
    internal static readonly HashSet<string> PlaceCategories = MatchKey.SetOf("مدينة", "بلدة", "قرية", "منطقة", "حي", "مخيم", "مطار",
        "محافظة", "ولاية", "اقليم", "قضاء", "ناحية", "مقاطعة", "معتمدية");

    /// <summary>How many places and days may stand between an arrest's subject and the people taken.</summary>
    private const int MaxPlacesAndDays = 3;

    /// <summary>Prepositions that open an aside of where or how a force took people (في عمليات متفرقة, خلال مداهمات, عبر الحدود).</summary>
    private static readonly HashSet<string> AsidePrepositions = MatchKey.SetOf("في", "خلال", "اثناء", "عبر");

    /// <summary>How many words an aside of where or how may hold between its two commas.</summary>
    private const int MaxPrepositionAside = 10;

    /// <summary>
    /// The word past an aside opening at the comma at word <paramref name="k"/> with a preposition and closed by a second
    /// comma (، في عمليات متفرقة بولايات تبسة وخنشلة، ستة عناصر: the word ستة); <paramref name="k"/> when no such aside stands there.
    /// </summary>
    private static int PastPrepositionAside(IReadOnlyList<Word> words, int k)
    {
        if (k + 2 >= words.Count || !AsidePrepositions.Contains(words[k + 1].Key)) return k;
        for (int j = k + 2; j < words.Count && j <= k + 1 + MaxPrepositionAside; j++)
        {
            if (words[j].IsComma) return j + 1 < words.Count ? j + 1 : k;
            if (words[j].Kind == WordKind.Punctuation) return k;
        }
        return k;
    }

    /// <summary>
    /// The word past the places (في القاهرة, في بلدة ببنين, بمدينة الاسكندرية, بالقاهرة, من ولاية مدنين) and the days (امس,
    /// مساء الاثنين, ، فجر اليوم،) that open at word <paramref name="k"/>, where and when a force took the people told after
    /// them; <paramref name="k"/> when none opens there.
    /// </summary>
    private static int PastPlacesAndDays(SentenceReadings readings, IReadOnlyList<Word> words, int k)
    {
        for (int step = 0; step < MaxPlacesAndDays && k < words.Count; step++)
        {
            int j = DayAside.PastDay(words, k);
            if (j == k && readings.Names is { } names) j = PastPlace(names, words, k);
            if (j == k) break;
            k = j;
        }
        return k;
    }

    /// <summary>
    /// The word past a place the story names at word <paramref name="k"/>, after في, من or ب and maybe its category noun;
    /// <paramref name="k"/> when none.
    /// </summary>
    private static int PastPlace((TextSpan Span, Entity Entity)[] names, IReadOnlyList<Word> words, int k)
    {
        string key = words[k].Key;
        int at;
        if (key is "في" or "من") at = k + 1;
        else if (key.Length > 2 && key[0] == 'ب')
        {
            // بالقاهرة, ببن قردان: the place opens inside the word, past its clitic.
            if (NamedAt(names, words[k].Start + 1) is { Entity.Type: EntityType.LOC } inside) return FirstWordFrom(words, inside.Span.End, k + 1);
            if (!PlaceCategories.Contains(key[1..])) return k;
            at = k + 1;
            return at < words.Count && NamedAt(names, words[at].Start) is { Entity.Type: EntityType.LOC } named ? FirstWordFrom(words, named.Span.End, at) : k;
        }
        else return k;
        if (at < words.Count && NamedAt(names, words[at].Start) is { Entity.Type: EntityType.LOC } whole) return FirstWordFrom(words, whole.Span.End, at);
        if (at < words.Count && PlaceCategories.Contains(words[at].Key)) at++;
        return at < words.Count && NamedAt(names, words[at].Start) is { Entity.Type: EntityType.LOC } place ? FirstWordFrom(words, place.Span.End, at) : k;
    }

    /// <summary>
    /// The first word past a named mention that starts before word <paramref name="k"/> and runs on into it (a subject
    /// phrase cut at عناصر الدرك of عناصر الدرك الملكي), or <paramref name="k"/> when no name runs across it.
    /// </summary>
    private static int PastNameAcross(SentenceReadings readings, IReadOnlyList<Word> words, int k)
    {
        if (readings.Names is not { } names || k >= words.Count) return k;
        int at = words[k].Start;
        foreach (var n in names)
        {
            if (n.Span.Start >= at) break;
            // عناصر الدرك الملكي في طنجة 12 شابا: past the seat after the name, too.
            if (n.Span.End > at && n.Entity.Type is EntityType.ORG or EntityType.PER) return PastSeat(names, words, FirstWordFrom(words, n.Span.End, k));
        }
        return k;
    }

    /// <summary>The named mention starting at offset <paramref name="start"/>, or null (a loop over a story's few dozen, asked only past an arrest verb).</summary>
    private static (TextSpan Span, Entity Entity)? NamedAt((TextSpan Span, Entity Entity)[] names, int start)
    {
        foreach (var n in names)
        {
            if (n.Span.Start == start) return n;
            if (n.Span.Start > start) break;
        }
        return null;
    }

    /// <summary>The first word from <paramref name="from"/> on that starts at or after offset <paramref name="offset"/>.</summary>
    private static int FirstWordFrom(IReadOnlyList<Word> words, int offset, int from)
    {
        int k = from;
        while (k < words.Count && words[k].Start < offset) k++;
        return k;
    }

    /// <summary>What fell when سقوط tells a toll: the dead, the wounded, the victims (سقوط قتلى, سقوط 11 قتيلا).</summary>
    private static readonly HashSet<string> Fallen = MatchKey.SetOf("قتلى", "قتيلا", "قتيل", "جرحى", "جريحا", "ضحايا", "ضحية", "اصابات");

    /// <summary>
    /// Whether word <paramref name="k"/> is سقوط with a number or the fallen right after it (سقوط 11 قتيلا, سقوط ضحايا):
    /// a toll. Alone it is no casualty word (سقوط المدينة بيد المسلحين, سقوط النظام).
    /// </summary>
    private bool FallOfVictims(IReadOnlyList<Word> words, int k) =>
        words[k].Key == "سقوط" && k + 1 < words.Count &&
        (words[k + 1].IsNumber || _numbers.Starts(words[k + 1]) || Fallen.Contains(words[k + 1].Key));

    /// <summary>How many words before بعد a toll may stand and still be the outcome of the fight after it (عن مقتل 12 عنصرا من تنظيم داعش بعد).</summary>
    private const int TollWindow = 8;

    /// <summary>Whether a casualty word stands within <see cref="TollWindow"/> words before the cause word at <paramref name="cause"/>, no punctuation between.</summary>
    private bool TollBefore(SentenceReadings readings, IReadOnlyList<Word> words, int cause)
    {
        for (int k = cause - 1; k >= 0 && k >= cause - TollWindow; k--)
        {
            if (words[k].Kind == WordKind.Punctuation) return false;
            if (SupportAt(readings, k, TriggerCondition.Casualty) is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// وكانت اشتباكات (عنيفة) قد اندلعت …: the onset verb of a pluperfect comes after the clash noun that is كان's
    /// subject, past قد and at most one adjective; the fight broke out as surely as one told by اندلعت اشتباكات.
    /// </summary>
    private string? PluperfectOnset(SentenceReadings readings, IReadOnlyList<Word> words, int start, int end, TriggerCondition condition)
    {
        if (start == 0 || words[start - 1].Key is not ("كان" or "كانت" or "وكان" or "وكانت" or "فكان" or "فكانت")) return null;
        for (int k = end; k < words.Count && k <= end + 1 && words[k].IsLetters; k++)
        {
            if (words[k].Key == "قد") return k + 1 < words.Count ? SupportAt(readings, k + 1, condition) : null;
        }
        return null;
    }

    /// <summary>Whether مع or بين opens the other side of a fight at word <paramref name="end"/> or past one adjective (اشتباكات عنيفة مع).</summary>
    private static bool SideNamedAfter(IReadOnlyList<Word> words, int end)
    {
        for (int k = end; k < words.Count && k <= end + 1; k++)
        {
            if (words[k].Key is "مع" or "بين") return true;
        }
        return false;
    }

    /// <summary>Words after which an act is what came before the news (بعد, اثر, عقب; غداة: the day after).</summary>
    private static readonly HashSet<string> CauseWords = MatchKey.SetOf("بعد", "اثر", "عقب", "غداة");

    /// <summary>Whether a mark of punctuation stands strictly between words <paramref name="from"/> and <paramref name="to"/>.</summary>
    internal static bool PunctuationBetween(IReadOnlyList<Word> words, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) return true;
        }
        return false;
    }

    /// <summary>
    /// Attack nouns that, with the article, tell the act when a verb of taking place or of outcome follows them. Not
    /// انفجار: a blast that took place may be an accident (ان الانفجار وقع في مخزن للغاز), which is no assault.
    /// </summary>
    private static readonly HashSet<string> ToldNouns = MatchKey.SetOf("هجوم", "تفجير", "تفجيرات");

    /// <summary><see cref="ToldNouns"/> as a prefilter with the article peeled too (ان التفجير وقع), which <see cref="EventLexicon.FirstKeys"/> never peels; declared after them, which it is made from.</summary>
    private static readonly ReadingPrefilter ToldNounKeys = new(ToldNouns, nameKeys: false);

    /// <summary>Verbs of taking place or of outcome whose subject is an attack (وقع, جرى, نفذ, اسفر, ادى, استهدف).</summary>
    private static readonly HashSet<string> Occurred = MatchKey.SetOf("وقع", "وقعت", "وقعا", "جرى", "حدث", "نفذ", "نفذت",
        "اسفر", "اسفرت", "ادى", "استهدف", "استهدفت");

    private const int OccurredReach = 2;

    /// <summary>
    /// A verb of <see cref="Occurred"/> among the <see cref="OccurredReach"/> words from <paramref name="from"/> (التفجير
    /// وقع, الهجوم بالقنبلة نفذ), no mark or relative pronoun before it (الهجوم الذي وقع is background); its key, or null.
    /// </summary>
    private static string? OccurredAfter(IReadOnlyList<Word> words, int from)
    {
        for (int k = from; k < words.Count && k < from + OccurredReach; k++)
        {
            if (!words[k].IsLetters || words[k].Key is "الذي" or "التي") return null;
            if (Occurred.Contains(words[k].Key)) return words[k].Key;
        }
        return null;
    }

    /// <summary>The key of a number or a crowd word (مئات, آلاف) at word <paramref name="k"/>, or null.</summary>
    private string? CrowdSize(SentenceReadings readings, IReadOnlyList<Word> words, int k, bool dualCounts)
    {
        // نزل النفط 0.3 بالمئة, نزل القمح 2 في المئة: a share or a fraction counts no people.
        if (words[k].IsNumber || _numbers.Starts(words[k])) return IsShare(words, k) ? null : words[k].Key;
        // اوقف شخصين, قتل جنديين: a dual noun of people is its own number, two.
        if (dualCounts && CountLexicon.Shared.Dual(readings.Text, words[k]) is not null) return words[k].Key;
        foreach (var r in readings[k])
        {
            if (_lexicon.IsCrowdWord(r.Key)) return r.Key;
        }
        return null;
    }

    /// <summary>How many words past an arrest verb its untagged subject and the asides after it may take (المكتب المركزي للابحاث القضائية).</summary>
    private const int ArrestSubjectReach = 8;

    /// <summary>Words that open another clause or a relative one: past them a count is not whom the arrest verb took.</summary>
    private static readonly HashSet<string> ClauseOpeners = MatchKey.SetOf("ان", "بعد", "اثر", "عقب", "قبل", "حين", "عندما", "الذي", "التي", "الذين", "عن", "فيما", "بينما");

    /// <summary>
    /// Whether the verb at <paramref name="start"/> has no subject told before it (not after قد: وكان المكتب قد اوقف, whose
    /// subject another reading takes) and a word with the article right after it (اوقف المكتب, واوقفت الفرقة الجهوية): a
    /// body told by its name as the verb's subject, not an indefinite unit (اوقفت دورية من امن الدولة).
    /// </summary>
    private static bool SubjectWithArticleAfter(IReadOnlyList<Word> words, int start, int end) =>
        !(start > 0 && words[start - 1].Key == "قد") && end < words.Count && words[end].IsLetters &&
        words[end].Key.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>
    /// The key of a size that counts people (سبعة اشخاص, 3 تجار) within <see cref="ArrestSubjectReach"/> words after the arrest
    /// verb ending at <paramref name="end"/>, past a day set off by commas (which takes no room), not right after a preposition,
    /// and before any other mark or a clause opener (another clause: اوقفت الشركة الانتاج بعد ان اصيب ثلاثة عمال is no
    /// arrest); or null. Things counted (5 بنادق) and spans (عشر دقائق) are not people.
    /// </summary>
    private string? PeopleCountedPastSubject(SentenceReadings readings, IReadOnlyList<Word> words, int end)
    {
        for (int k = end, reach = end + ArrestSubjectReach; k < words.Count && k < reach; k++)
        {
            if (DayAside.StepOver(words, ref k, ref reach)) continue;
            if (words[k].Kind == WordKind.Punctuation) return null;
            string key = words[k].Key;
            if (ClauseOpeners.Contains(key)) return null;
            if (k > end && EventArguments.Prepositions.Contains(words[k - 1].Key)) continue;
            if (CrowdSize(readings, words, k, dualCounts: true) is { } size && CountsPeopleAfter(readings.Text, words, k)) return size;
        }
        return null;
    }

    /// <summary>Words after عن that make a stopping a suspension from work or school (ايقاف 20 موظفا عن العمل), no arrest.</summary>
    private static readonly HashSet<string> SuspendedFrom = MatchKey.SetOf("العمل", "النشاط", "الدراسة", "الدراسه", "الخدمة", "مهامه", "مهامهم");

    /// <summary>What players are suspended for (ايقاف ثلاثة لاعبين اربع مباريات): a ban, no arrest.</summary>
    private static readonly HashSet<string> MatchBans = MatchKey.SetOf("مباراة", "مباراتين", "مباريات", "مقابلات", "جولات", "موسم", "موسمين");

    /// <summary>How many words past the counted people a suspension's عن may stand (ايقاف 20 موظفا بالمستشفى عن العمل).</summary>
    private const int SuspensionReach = 3;

    /// <summary>
    /// Whether the size at word <paramref name="k"/> stands right after an arrest's noun ending at <paramref name="end"/> and
    /// counts people (ستة اشخاص, 12 طالبا, شخصين) rather than things, and no عن العمل or matches follow as for a suspension.
    /// </summary>
    private static bool PeopleTaken(string text, IReadOnlyList<Word> words, int k, int end)
    {
        // اعتقال "عدد من افراد العصابة": the people may be quoted.
        if (k != end && !(k == end + 1 && words[end].IsQuotationMark)) return false;
        int noun = CountedNoun(words, k);
        if (!(noun < words.Count && CountsPeople(text, words[noun])) && CountLexicon.Shared.Dual(text, words[k]) is null) return false;
        for (int j = noun + 1; j < words.Count && j <= noun + SuspensionReach; j++)
        {
            if (words[j].Key == "عن" && j + 1 < words.Count && SuspendedFrom.Contains(words[j + 1].Key) || MatchBans.Contains(words[j].Key)) return false;
        }
        return true;
    }

    /// <summary>CAMEO 145, the code of the storming rows (اقتحم, اقتحمت) read with a crowd.</summary>
    private const string StormingRiot = "145";

    /// <summary>Nouns of men who bear arms (troops, gunmen, fighters, settlers): a crowd of them that stormed a place attacked it.</summary>
    private static readonly HashSet<string> ArmedCrowds = MatchKey.SetOf("جنود", "الجنود", "جنديا", "عناصر", "العناصر", "عنصرا", "مسلحين",
        "المسلحين", "مسلحا", "مقاتلين", "المقاتلين", "مقاتلا", "مستوطنين", "المستوطنين", "مستوطنا", "عسكريين", "العسكريين", "عسكريا",
        "رجال", "افراد", "شرطيا", "ضباط", "الضباط", "ارهابيين", "الارهابيين");

    /// <summary>
    /// Whether the size at word <paramref name="k"/> counts people who bear no arms: عشرات المودعين, المئات من انصار التيار
    /// (not عشرات الجنود, 20 مسلحا, عدد من عناصر الشرطة, nor things: عدد كبير من النجوم). Read from the counted noun, or the one after من.
    /// </summary>
    private static bool UnarmedCrowdAt(string text, IReadOnlyList<Word> words, int k)
    {
        if (!CountsPeopleAfter(text, words, k)) return false;
        int noun = CountedNoun(words, k);
        if (words[noun].Key == "من") noun++;
        return noun < words.Count && !ArmedCrowds.Contains(words[noun].Key);
    }

    /// <summary>Whether the size at word <paramref name="k"/> (a number or a crowd word) counts people (<see cref="CountsPeople"/>).</summary>
    private static bool CountsPeopleAfter(string text, IReadOnlyList<Word> words, int k)
    {
        int noun = CountedNoun(words, k);
        return noun < words.Count && CountsPeople(text, words[noun]);
    }

    /// <summary>Where the noun a size at word <paramref name="k"/> counts stands (ايقاف 12 طالبا, ايقاف عدد من المعتصمين): right after the number or the crowd word.</summary>
    private static int CountedNoun(IReadOnlyList<Word> words, int k) => NumberReader.Shared.Read(words, k) is { } number ? number.EndWord : k + 1;

    /// <summary>
    /// Whether the word after a number counts people: a noun of people (اشخاص, طلبة), a sound masculine plural (مطلوبين,
    /// متهمين) or من before whom they are (اربعة من المعتصمين).
    /// </summary>
    private static bool CountsPeople(string text, Word word) =>
        word.Key == "من" || CountLexicon.Shared.NounKind(text, word) is not null ||
        word.Key.Length > 4 && (word.Key.EndsWith("ين", StringComparison.Ordinal) || word.Key.EndsWith("ون", StringComparison.Ordinal));

    /// <summary>Whether the number at word <paramref name="k"/> is a fraction (0.3) or a percentage (2 في المئة).</summary>
    private bool IsShare(IReadOnlyList<Word> words, int k) =>
        _numbers.Read(words, k) is { } number && (number.Value % 1 != 0 || NumberReader.PercentAt(words, number.EndWord));

    private const int HeldWindow = 12;

    /// <summary>
    /// Past forms of عقد (held) no verbal noun is spelled like, with و or ف or none (never ل: لعقد is "to hold"), and of ترأس
    /// (chaired: ترأس الحريري اجتماعا للجنة), whose verbal noun is spelled ترؤس.
    /// </summary>
    private static readonly HashSet<string> Held = MatchKey.SetOf("عقدت", "عقدوا", "وعقد", "وعقدت", "وعقدوا", "فعقد", "فعقدت",
        "ترأس", "ترأست", "وترأس", "وترأست", "فترأس");

    /// <summary>Words after which a bare عقد is the verb, not its verbal noun (اقترح عقد لقاء, في حالة عقد محادثات).</summary>
    private static readonly HashSet<string> VerbLeads = MatchKey.SetOf("قد", "وقد", "فقد", "كما", "ثم", "حيث", "عندما");

    /// <summary>
    /// A past عقد within <see cref="HeldWindow"/> words before <paramref name="start"/>, past its subject and commas that set off
    /// a name or a day, but no other mark (a full stop, a colon, a quotation mark), no second مع and no ان that opens a clause.
    /// </summary>
    private static string? HeldBefore(IReadOnlyList<Word> words, int start)
    {
        for (int k = start - 1; k >= 0 && k >= start - HeldWindow; k--)
        {
            if (words[k].Kind == WordKind.Punctuation && words[k].Key is not ("،" or ",")) return null;
            if (words[k].Key is "ان" or "انه" or "انها" or "مع" or "الذي" or "التي") return null;
            string key = words[k].Key;
            if (Held.Contains(key)) return key;
            // عقد bare is the verb only opening its clause (من جهته، عقد الوزير) or after قد/كما; elsewhere the verbal
            // noun of a plan (يعتزم عقد اجتماع, اقترح عقد لقاء).
            if (key == "عقد" && (k == 0 || words[k - 1].Kind == WordKind.Punctuation || VerbLeads.Contains(words[k - 1].Key))) return key;
        }
        return null;
    }

    private const int CrowdBeforeWindow = 3;

    /// <summary>Conjunctions and particles that open a clause of their own between a counted crowd and a verb.</summary>
    private static readonly HashSet<string> CrowdBreaks = MatchKey.SetOf("بعدما", "عندما", "حين", "حينما", "لما", "بعد", "قبل", "ثم", "قد", "وقد", "ان", "انهم", "حيث", "كما", "لكن", "و", "او");

    /// <summary>The size of a crowd counted in the <see cref="CrowdBeforeWindow"/> words before <paramref name="start"/>, no punctuation between (مئات الشبان, الاف من الطلاب), or null.</summary>
    private string? CrowdBefore(SentenceReadings readings, IReadOnlyList<Word> words, int start)
    {
        // وكان 500 طالب على الاقل قد احتشدوا: a pluperfect, its counted crowd between كان and قد.
        if (start >= 2 && words[start - 1].Key == "قد") return PluperfectCrowd(readings, words, start - 1);
        for (int k = start - 1; k >= 0 && k >= start - CrowdBeforeWindow; k--)
        {
            if (!words[k].IsLetters && !words[k].IsNumber) return null;
            // ناهز عددهم المائة الف بعدما تجمعوا: a particle between ends the counted crowd; the verb is not its own.
            if (CrowdBreaks.Contains(words[k].Key)) return null;
            if (CrowdSize(readings, words, k, dualCounts: false) is { } key) return key;
        }
        return null;
    }

    /// <summary>How many words a pluperfect's counted crowd may take between كان and قد (500 طالب على الاقل).</summary>
    private const int PluperfectCrowdWindow = 6;

    /// <summary>
    /// The size of the crowd counted between a form of كان and the قد at word <paramref name="qad"/> (وكان مئات المعلمين قد
    /// تجمعوا), no punctuation between; null when none, or with no كان (ان 500 شخص قد تجمعوا: قد opens a clause of its own).
    /// </summary>
    private string? PluperfectCrowd(SentenceReadings readings, IReadOnlyList<Word> words, int qad)
    {
        string? size = null;
        for (int k = qad - 1; k >= 0 && k >= qad - PluperfectCrowdWindow; k--)
        {
            if (!words[k].IsLetters && !words[k].IsNumber) return null;
            if (words[k].Key is "كان" or "وكان" or "كانت" or "وكانت") return size;
            if (CrowdBreaks.Contains(words[k].Key)) return null;
            size = CrowdSize(readings, words, k, dualCounts: false) ?? size;
        }
        return null;
    }

    private bool IsCrowdSize(SentenceReadings readings, IReadOnlyList<Word> words, int k) => CrowdSize(readings, words, k, dualCounts: false) is not null;

    /// <summary>People sought or suspected (مطلوبا, مشتبها به, متهمين): who an arrest verb takes, counted or not.</summary>
    private static readonly HashSet<string> WantedNouns = MatchKey.SetOf("مطلوبا", "مطلوبين", "مشتبها", "مشتبهين", "متهما", "متهمين");

    /// <summary>Words of a time aside between an arrest verb's subject and whom it took (، بعد ظهر اليوم،, مساء امس).</summary>
    private static readonly HashSet<string> TimeAsideWords = MatchKey.SetOf("،", ",", "امس", "اليوم", "مساء", "صباح", "فجر", "ظهر", "بعد", "قبل", "ليل", "ليلة",
        "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت");

    private const int MaxTimeAside = 6;

    /// <summary>The wanted or suspected people at word <paramref name="from"/>, past a time aside, or null.</summary>
    private static string? WantedAt(IReadOnlyList<Word> words, int from)
    {
        int k = from;
        while (k < words.Count && k < from + MaxTimeAside && TimeAsideWords.Contains(words[k].Key)) k++;
        return k < words.Count && WantedNouns.Contains(words[k].Key) ? words[k].Key : null;
    }

    /// <summary>Singular nouns of one person (رجل, امراة, شاب) whom an arrest may take uncounted.</summary>
    private static readonly HashSet<string> OnePersonNouns = MatchKey.SetOf("رجل", "رجلا", "امراة", "شاب", "شابا", "شابة", "فتاة", "سيدة", "شخص", "شخصا");

    /// <summary>Words that tell an act as the occasion of another (اثناء اعتقال, خلال توقيف, بعد اعتقال).</summary>
    private static readonly HashSet<string> OccasionWords = MatchKey.SetOf("اثناء", "خلال", "عند", "لدى", "بعد", "قبل", "اثر", "عقب", "اعقاب");

    /// <summary>Present verbs that tell who one person is: age, suspicion, name (يبلغ من العمر, يشتبه في, يدعى).</summary>
    private static readonly HashSet<string> WhoOneIs = MatchKey.SetOf("يبلغ", "تبلغ", "يشتبه", "تشتبه", "يدعى", "تدعى");

    /// <summary>
    /// The one person at word <paramref name="from"/>, after the arrest at word <paramref name="start"/>, told right after
    /// by age, suspicion or name, past one nationality adjective (رجل يبلغ من العمر 41 عاما, شاب سوري يبلغ 19 عاما, امراة
    /// تدعى), or null: a bare رجل (اعتقال رجل دون مذكرة, اعتقال رجل الاعمال) may be anyone or a topic, where one told by who
    /// they are is someone taken.
    /// </summary>
    private static string? OnePersonToldAt(IReadOnlyList<Word> words, int start, int from)
    {
        if (from >= words.Count || !OnePersonNouns.Contains(words[from].Key)) return null;
        // اثناء اعتقال شاب يبلغ من العمر 22 عاما: an arrest told as the occasion of something else is no news of its own.
        if (start > 0 && OccasionWords.Contains(words[start - 1].Key)) return null;
        int k = from + 1;
        // شاب سوري يبلغ: a nationality adjective (a nisba) between the person and what tells them.
        if (k + 1 < words.Count && words[k].IsLetters && words[k].Key.EndsWith('ي') && WhoOneIs.Contains(words[k + 1].Key)) k++;
        return k < words.Count && WhoOneIs.Contains(words[k].Key) ? words[from].Key : null;
    }

    /// <summary>How many words a phrase of topic or place opening a sentence may run before its comma (وعلى صعيد آخر،, وفي محافظة كركوك،).</summary>
    private const int MaxOpeningPhrase = 5;

    /// <summary>
    /// Whether the word at <paramref name="start"/> follows the comma of a short phrase opening the sentence with a
    /// preposition or conjunction (وعلى صعيد آخر، / وفي ريف حلب الشمالي، / من جهة اخرى، / الى ذلك،) and no verb of its own.
    /// </summary>
    private static bool AfterOpeningPhrase(IReadOnlyList<Word> words, int start)
    {
        // وفي منطقة عفرين بريف حلب الشمالي،: a phrase that names a place by its category noun may run longer, down the
        // places that hold it; any other (وفي كلمة القاها امام اعضاء البرلمان،) may hide a verb of its own.
        int most = start > 2 && OpeningPlaceNouns.Contains(words[1].Key) ? MaxOpeningPlacePhrase : MaxOpeningPhrase;
        if (start < 2 || start - 1 > most || words[start - 1].Key is not ("،" or ",")) return false;
        if (words[0].Key is not ("وعلي" or "علي" or "وفي" or "في" or "من" or "ومن" or "الي" or "والي")) return false;
        for (int k = 1; k < start - 1; k++)
        {
            if (!words[k].IsLetters) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> is جيش before a definite word (قصف جيش الاحتلال التركي): a masculine army in
    /// construct agrees with the masculine verb as its subject, as a definite one does (قصف الجيش التركي). قوات would
    /// take the feminine verb (قصفت قوات النظام), so after قصف it is what was shelled.
    /// </summary>
    private static bool ArmyOfDefinite(IReadOnlyList<Word> words, int k) =>
        k + 1 < words.Count && words[k].Key is "جيش" or "وجيش" && words[k + 1].Key.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>How many words a phrase of place opening a sentence with its category noun may run before its comma (وفي منطقة عفرين بريف حلب الشمالي،).</summary>
    private const int MaxOpeningPlacePhrase = 8;

    /// <summary>Category nouns of a place (منطقة, ريف, محافظة) and sides of one (شمال, جنوب) that open a phrase of place.</summary>
    private static readonly HashSet<string> OpeningPlaceNouns = MatchKey.SetOf("منطقة", "ريف", "محافظة", "مدينة", "بلدة", "قرية", "ناحية",
        "قضاء", "مخيم", "حي", "ولاية", "شمال", "جنوب", "شرق", "غرب", "وسط", "محيط", "اطراف", "ضواحي");

    /// <summary>How many words a wire story's dateline may run before its dash: a place of up to three words and its agency in brackets.</summary>
    private const int MaxDateline = 10;

    /// <summary>
    /// Whether the word at <paramref name="start"/> follows a wire story's dateline: a place of one to three words, its
    /// agency in brackets or none, and a dash (حلب (سانا) -, بغداد -). The story's first clause opens there.
    /// </summary>
    private static bool AfterDateline(IReadOnlyList<Word> words, int start)
    {
        if (start < 2 || start > MaxDateline || words[start - 1].Key is not ("-" or "\u2013")) return false;
        int k = start - 2;
        if (words[k].Key == ")")
        {
            while (k >= 0 && words[k].Key != "(") k--;
            k--;
        }
        if (k < 0 || k > 2) return false;
        for (int i = 0; i <= k; i++)
        {
            if (!words[i].IsLetters) return false;
        }
        return true;
    }

    // Deaths these tell are no act of violence: a storm, a flood, an earthquake, a train, a crash, a collapse, a fire, an
    // avalanche or a landslide, a family quarrel (قتل شخصان في شجار عائلي, بانهيار مبنى, اثر اصطدام حافلة بشاحنة, جراء
    // الحريق, في انهيار جليدي). An attack that started a fire is told by its own trigger, which a toll does not need.
    private static readonly HashSet<string> NonViolentCauses = MatchKey.SetOf(
            "زلزال", "الزلزال", "هزة", "عاصفة", "العاصفة", "اعصار", "الاعصار", "فيضانات", "الفيضانات", "فيضان", "سيول", "السيول",
            "امطار", "الامطار", "قطار", "القطار", "تحطم", "غرق", "انزلاق", "مروري", "الحرارة", "وباء",
            "حريق", "الحريق", "حرائق", "الحرائق", "جليدي", "انهيارات", "الانهيارات",
            "شجار", "الشجار", "مشاجرة", "المشاجرة", "عائلي", "عائلية");

    /// <summary>خرج (went out): a protest's verb only with where or why the crowd went out (<see cref="WentOutToProtest"/>).</summary>
    private static readonly HashSet<string> WentOut = MatchKey.SetOf("خرج", "خرجت");

    /// <summary>Words telling that a crowd went out to protest: the streets, a march or a rally, and the ends of a protest.</summary>
    private static readonly HashSet<string> ProtestWays = MatchKey.SetOf("الشارع", "الشوارع", "شوارع", "للشارع", "للشوارع", "ساحة", "الساحات", "ميدان",
        "مسيرة", "مسيرات", "مظاهرة", "مظاهرات", "تظاهرة", "تظاهرات", "وقفة", "احتجاجية", "احتجاجا", "تنديدا", "رفضا", "تضامنا",
        "للمطالبة", "للتنديد", "للاحتجاج", "للتظاهر", "احتجاج");

    private const int WentOutReach = 14;

    /// <summary>
    /// Whether the clause of the crowd at word <paramref name="crowd"/> says where or why it went out: a word of
    /// <see cref="ProtestWays"/> (also behind ب, ل, ف or و: بتظاهرة, ومسيرات) or a chant (<see cref="Chanting"/>) within
    /// <see cref="WentOutReach"/> words, past commas but no other mark (خرج المئات، مساء امس، في مسيرة جابت الشوارع).
    /// </summary>
    private static bool WentOutToProtest(IReadOnlyList<Word> words, int crowd)
    {
        for (int k = crowd + 1; k < words.Count && k <= crowd + WentOutReach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation && !words[k].IsComma) return false;
            string key = words[k].Key;
            if (ProtestWays.Contains(key) || key.Length > 3 && key[0] is 'ب' or 'ل' or 'ف' or 'و' && ProtestWays.Contains(key[1..])) return true;
        }
        return Chanting(words, crowd + 1) is not null;
    }

    /// <summary>نزل as a protest's verb (نزل آلاف الى الشوارع); it is also what prices and counts do (fell).</summary>
    private static readonly string Fell = MatchKey.Of("نزل");

    /// <summary>A collision (اصطدام, تصادم): a crash when vehicles follow it (اصطدام حافلة بشاحنة, تصادم قطارين), a clash when people do (اصطدام بين المحتجين والشرطة).</summary>
    private static readonly HashSet<string> Collision = MatchKey.SetOf("اصطدام", "تصادم");

    private static readonly HashSet<string> Vehicles = MatchKey.SetOf("سيارة", "سيارتين", "سيارات", "حافلة", "حافلتين", "حافلات", "شاحنة", "شاحنتين",
        "شاحنات", "قطار", "قطارين", "مركبة", "مركبتين", "مركبات", "طائرة", "طائرتين", "سفينة", "سفينتين", "قارب", "زورق", "دراجة",
        "السيارة", "الحافلة", "الشاحنة", "القطار", "المركبة", "الطائرة", "السفينة", "القارب");

    /// <summary>Nouns of an accident that سير or مرور after them make a traffic one (حادث سير, حوادث المرور).</summary>
    private static readonly HashSet<string> Accidents = MatchKey.SetOf("حادث", "حادثة", "حوادث");

    private static readonly HashSet<string> Collapse = MatchKey.SetOf("انهيار");

    private static readonly HashSet<string> Traffic = MatchKey.SetOf("سير", "السير", "مرور", "المرور");

    /// <summary>
    /// What collapsed when انهيار tells a toll (انهيار مبنى, انهيار عقار قديم); a truce or a front that fell (بعد انهيار
    /// الهدنة) leaves the fighting it tells of.
    /// </summary>
    private static readonly HashSet<string> Buildings = MatchKey.SetOf("مبنى", "مبنيين", "عقار", "منزل", "بناية", "عمارة", "سقف", "جدار", "جسر", "منجم", "برج",
        "المبنى", "العقار", "المنزل", "البناية", "العمارة", "السقف", "الجدار", "الجسر", "المنجم", "البرج");

    /// <summary>Battles named with the article (المعارك, الاشتباكات): after في, خلال, جراء or اثناء, fighting already told.</summary>
    private static readonly HashSet<string> ToldBattles = MatchKey.SetOf("المعارك", "الاشتباكات", "المواجهات", "القتال");

    /// <summary>Words before the battles a toll was counted in (في المعارك, خلال المواجهات).</summary>
    private static readonly HashSet<string> AmidBattles = MatchKey.SetOf("في", "خلال", "جراء", "اثناء");

    /// <summary>
    /// Whether the sentence counts its dead in battles the story already told (قتل 12 من عناصر الحركة في المعارك, قتلوا
    /// واصيب 11 آخرون بجروح في الاشتباكات): the toll of those battles, which are no new act.
    /// </summary>
    private static bool InToldBattles(IReadOnlyList<Word> words)
    {
        for (int k = 1; k < words.Count; k++)
        {
            if (ToldBattleAt(words, k)) return true;
        }
        return false;
    }

    /// <summary>Whether word <paramref name="k"/> names battles already told, after في, خلال, جراء or اثناء (في المعارك).</summary>
    private static bool ToldBattleAt(IReadOnlyList<Word> words, int k) =>
        k >= 1 && k < words.Count && ToldBattles.Contains(words[k].Key) && AmidBattles.Contains(words[k - 1].Key);

    /// <summary>The plain killing verbs (قتلوا, قتلت): a toll with no count, whose cause the sentence may tell.</summary>
    private static readonly HashSet<string> KilledVerbs = MatchKey.SetOf("قتلوا", "قتلت", "قتلا");

    private static readonly HashSet<string> Blast = MatchKey.SetOf("انفجار");

    /// <summary>Gas and fuel, and what holds them: a blast of one is an accident (انفجار خزان للغاز, انفجار صهريج وقود).</summary>
    private static readonly HashSet<string> Fuel = MatchKey.SetOf("غاز", "الغاز", "للغاز", "وقود", "الوقود", "للوقود", "بنزين", "البنزين", "صهريج",
        "قارورة", "اسطوانة", "مولد", "مولدة", "سخان", "غلاية");

    private const int FuelReach = 3;

    /// <summary>Whether a word of the sentence tells a storm, a flood, a crash, a collapse or the blast of a gas or fuel tank: what a toll in it may be owed to.</summary>
    internal static bool HasNonViolentCause(SentenceReadings readings, IReadOnlyList<Word> words)
    {
        for (int k = 0; k < words.Count; k++)
        {
            if (!words[k].IsLetters) continue;
            if (readings.AnyKeyIn(k, NonViolentCauses)) return true;
            if (readings.AnyKeyIn(k, Blast) && FuelAfter(words, k)) return true;
            if (k + 1 < words.Count && Traffic.Contains(words[k + 1].Key) && readings.AnyKeyIn(k, Accidents)) return true;
            if (k + 1 < words.Count && Buildings.Contains(words[k + 1].Key) && readings.AnyKeyIn(k, Collapse)) return true;
            if (k + 1 < words.Count && Vehicles.Contains(words[k + 1].Key) && readings.AnyKeyIn(k, Collision)) return true;
        }
        return false;
    }

    /// <summary>Whether a gas or fuel word follows the blast at word <paramref name="k"/> within <see cref="FuelReach"/> words of its clause.</summary>
    private static bool FuelAfter(IReadOnlyList<Word> words, int k)
    {
        for (int j = k + 1; j < words.Count && j <= k + FuelReach && words[j].IsLetters; j++)
        {
            if (Fuel.Contains(words[j].Key)) return true;
        }
        return false;
    }

    // هجوما بطائرات مسيرة: after an aircraft مسيرة is "drone", not a march.
    private static readonly HashSet<string> Aircraft = MatchKey.SetOf("طائرة", "طائرات", "الطائرة", "الطائرات");

    private static bool AfterAircraft(SentenceReadings readings, int k) => k > 0 && readings.AnyKeyIn(k - 1, Aircraft);

    private const int CaptiveWindow = 6;

    /// <summary>
    /// …، محملا "الفاسدين" مسؤولية ما جرى: the one blamed set in quotation marks; the marks close no clause, so the
    /// responsibility is sought past them (any other mark still ends the search).
    /// </summary>
    private string? BlamedPastQuotes(SentenceReadings readings, IReadOnlyList<Word> words, int end)
    {
        bool quoted = false;
        for (int k = end; k < words.Count && k < end + ClashWindow; k++)
        {
            if (words[k].Kind == WordKind.Punctuation)
            {
                if (!BlameQuoteMarks.Contains(words[k].Key)) return null;
                quoted = true;
                continue;
            }
            if (quoted && SupportAt(readings, k, TriggerCondition.Blame) is { } key) return key;
        }
        return null;
    }

    private static readonly HashSet<string> BlameQuoteMarks = new(StringComparer.Ordinal) { "\"", "«", "»", "“", "”" };

    /// <summary>
    /// The first reading of words [<paramref name="end"/>, end + <paramref name="window"/>) the lexicon lists under
    /// <paramref name="condition"/>, or null; with <paramref name="stopAtPunctuation"/>, none past a punctuation mark.
    /// </summary>
    private string? SupportedAhead(SentenceReadings readings, IReadOnlyList<Word> words, TriggerCondition condition, int end, int window, bool stopAtPunctuation) =>
        SupportedAhead(readings, words, [condition], end, window, stopAtPunctuation);

    /// <summary>As above, for a reading listed under any of <paramref name="conditions"/>: one pass over the words.</summary>
    /// <summary>How many day words with no commas (صباح اليوم الخميس) a forward search steps over without losing room.</summary>
    private const int DaysInWindow = 3;

    /// <summary>Words past which what an organising verb carried out is not sought: the protest after them is another's (رغم اضراب العمال).</summary>
    private static readonly HashSet<string> NoObjectPast = MatchKey.SetOf("رغم", "علي", "ضد", "بسبب");

    private string? SupportedAhead(SentenceReadings readings, IReadOnlyList<Word> words, ReadOnlySpan<TriggerCondition> conditions, int end, int window, bool stopAtPunctuation)
    {
        int daysPassed = 0;
        for (int k = end; k < words.Count && k < end + window; k++)
        {
            // اشتبكت قوة من الشرطة الاتحادية العراقية صباح اليوم الخميس مع مسلحين: a day told with no commas between a long
            // subject and what the verb reaches takes none of the window's room (as one set off by commas, below).
            if (daysPassed < DaysInWindow && DayAside.IsDayWord(words[k].Key))
            {
                window++;
                daysPassed++;
            }
            // نظم مئات الاطباء، اليوم الاربعاء، وقفة احتجاجية: a day set off by commas is an aside, not the clause's end; so is
            // who backed the subject (اشتبك الجيش الصومالي، بدعم من قوات اتميس، مع مسلحي الحركة).
            if (stopAtPunctuation && words[k].IsComma && (DayAside.Close(words, k + 1) ?? PartnerAside.Close(words, k + 1)) is { } close)
            {
                window += close - k + 1;
                k = close;
                continue;
            }
            if (stopAtPunctuation && words[k].Kind == WordKind.Punctuation) return null;
            foreach (var condition in conditions)
            {
                // نفذت الحكومة خطتها رغم اضراب العمال, خرج الوزير ليعلق على الاضراب: a protest past رغم or على is no object.
                if (condition == TriggerCondition.ProtestObject && NoObjectPast.Contains(words[k].Key)) return null;
                if (condition == TriggerCondition.ProtestObject && AfterAircraft(readings, k)) continue;
                if ((condition == TriggerCondition.Position ? PositionAt(readings, words, k) : SupportAt(readings, k, condition)) is { } key) return key;
            }
        }
        return null;
    }

    /// <summary>
    /// نظمت التنسيقية المحلية للمعطلين حاملي الشهادات بالمدينة، صباح اليوم الاثنين، مسيرة احتجاجية: a subject longer than
    /// the object window, then a day set off by commas, then what was organised right after it. واطلقت كتائب عز الدين
    /// القسام، الجناح العسكري لحركة حماس، عشرات الصواريخ: or an apposition of the subject set off by commas, then what was
    /// fired or organised within <see cref="PastAsideWindow"/> words. The subject holds no punctuation and ends within
    /// <see cref="SubjectReach"/> words of the verb; the first mark after it must open the aside, and a comma close it.
    /// </summary>
    private string? ObjectPastAside(SentenceReadings readings, IReadOnlyList<Word> words, int end, TriggerCondition condition)
    {
        for (int k = end; k < words.Count && k <= end + SubjectReach; k++)
        {
            if (words[k].Kind != WordKind.Punctuation) continue;
            if (!words[k].IsComma) return null;
            if (DayAside.Close(words, k + 1) is { } close) return close + 1 < words.Count ? SupportAt(readings, close + 1, condition) : null;
            return AppositionClose(words, k + 1) is { } closing ? SupportedAhead(readings, words, condition, closing + 1, PastAsideWindow, stopAtPunctuation: true) : null;
        }
        return null;
    }

    /// <summary>How many words past an apposition what was fired or organised may stand (عشرات الصواريخ).</summary>
    private const int PastAsideWindow = 3;

    /// <summary>How many words an apposition of a subject may take (الجناح العسكري لحركة حماس).</summary>
    private const int AppositionReach = 6;

    /// <summary>
    /// The comma that closes an apposition opening at word <paramref name="from"/> (الجناح العسكري لحركة حماس،), within
    /// <see cref="AppositionReach"/> words and no other mark; null when none, or when the words open a clause of their own
    /// (وقالت …, ان …, الذي …) or tell how (بالتعاون مع البلدية, للمرة الثانية) rather than describe the subject.
    /// </summary>
    private static int? AppositionClose(IReadOnlyList<Word> words, int from)
    {
        if (from >= words.Count || !words[from].IsLetters || words[from].Key[0] is 'و' or 'ف' || AppositionBreaks.Contains(words[from].Key)) return null;
        if (words[from].Key.StartsWith("بال", StringComparison.Ordinal) || words[from].Key.StartsWith("لل", StringComparison.Ordinal) ||
            words[from].Key.StartsWith("كال", StringComparison.Ordinal)) return null;
        for (int k = from + 1; k < words.Count && k <= from + AppositionReach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) return words[k].IsComma ? k : null;
        }
        return null;
    }

    /// <summary>Words that open a clause, not an apposition, after a subject's comma.</summary>
    private static readonly HashSet<string> AppositionBreaks = MatchKey.SetOf("ان", "انه", "انها", "الذي", "التي", "الذين", "في", "من", "الي", "علي", "بعد", "قبل", "حيث", "كما", "فيما", "بينما");

    /// <summary>
    /// شرع الاساتذة المتعاقدون، صباح اليوم الاربعاء، في اضراب; دخل عمال المؤسسة في اعتصام مفتوح: a verb of entering or
    /// beginning opens a protest when في and a protest noun follow it, past its subject (with an acronym in brackets) and a
    /// day set off by commas, within <see cref="SubjectReach"/> words and before any other punctuation (دخلت القوات في
    /// مواجهات is no protest), or when the subject's own protest follows with no في (وكان العمال قد بدأوا اعتصامهم). The
    /// protest's key, or null.
    /// </summary>
    private string? EnteredProtest(SentenceReadings readings, IReadOnlyList<Word> words, int end)
    {
        int limit = end + SubjectReach;
        for (int k = end; k + 1 < words.Count && k <= limit; k++)
        {
            // The aside does not count against the subject's reach.
            if (words[k].IsComma && DayAside.Close(words, k + 1) is { } close)
            {
                limit += close - k + 1;
                k = close;
                continue;
            }
            // شرع المجلس الوطني … (كنابست) اليوم في اضراب: an acronym in brackets is part of the subject.
            if (words[k].Key == "(" && k + 2 < words.Count && words[k + 2].Key == ")")
            {
                k += 2;
                continue;
            }
            if (words[k].Kind == WordKind.Punctuation) return null;
            if (words[k].Key == "في" && SupportAt(readings, k + 1, TriggerCondition.ProtestObject) is { } protest) return protest;
            // وكان العمال قد بدأوا اعتصامهم: the subject's own protest as the object, no في.
            if (OwnProtests.Contains(words[k].Key)) return words[k].Key;
        }
        return null;
    }

    /// <summary>
    /// Crowd verbs that tell a protest by themselves (تظاهر, احتج, اعتصم, اضرب), unlike gathering, going out or walking
    /// (تجمع اللاجئون لتسلم المساعدات, خرج السكان من المخيم), which need a size, a chant or a protest noun.
    /// </summary>
    private static readonly HashSet<string> SelfProtesting = MatchKey.SetOf("تظاهر", "تظاهرت", "احتج", "احتجت", "احتجوا", "اعتصم", "اعتصمت",
        "أضرب", "أضربوا");

    /// <summary>
    /// The plural noun of people (lexicon group people: لاجئون, الطلبة, سكان, عائلات) that opens the subject right after a
    /// verb ending at <paramref name="end"/>, past a day (احتج امس اللاجئون), or null; none when بان follows them (احتج
    /// المحامون بان: argued).
    /// </summary>
    private string? PeopleAfter(SentenceReadings readings, IReadOnlyList<Word> words, int end)
    {
        int k = end;
        while (k < words.Count && k < end + 2 && DayAside.IsDayWord(words[k].Key)) k++;
        if (k >= words.Count || !words[k].IsLetters || SupportAt(readings, k, TriggerCondition.People) is not { } people) return null;
        // واحتج المحامون بان القانون لا يجيز …: احتج with بان argued a case, it protested nothing.
        for (int j = k + 1; j < words.Count && j <= k + ArguedReach; j++)
        {
            if (words[j].Key.StartsWith("بان", StringComparison.Ordinal)) return null;
        }
        return people;
    }

    /// <summary>
    /// The indefinite noun of protesters (lexicon group protesters: متظاهرون, محتجون, معتصمون) that opens the subject right
    /// after a verb ending at <paramref name="end"/>, past a day (خرج امس متظاهرون), or null. The definite protesters
    /// (وسار المتظاهرون, احتشد المحتجون) are those of a protest the story has told already: what they did next retells it.
    /// </summary>
    private string? ProtestersAfter(SentenceReadings readings, IReadOnlyList<Word> words, int end)
    {
        int k = end;
        while (k < words.Count && k < end + 2 && DayAside.IsDayWord(words[k].Key)) k++;
        if (k >= words.Count || !words[k].IsLetters) return null;
        // وسارت حشود من المتظاهرين, احتشدت مجموعات صغيرة ايضا من المتظاهرين: groups of protesters, whom من names.
        if (ProtesterGroups.Contains(words[k].Key))
        {
            for (int j = k + 1; j + 1 < words.Count && j <= k + GroupOfReach && words[j].IsLetters; j++)
            {
                if (words[j].Key == "من") return SupportAt(readings, j + 1, TriggerCondition.Protesters);
            }
            return null;
        }
        return !words[k].Key.StartsWith("ال", StringComparison.Ordinal) ? SupportAt(readings, k, TriggerCondition.Protesters) : null;
    }

    /// <summary>Nouns of groups and crowds, read with من and the protesters they are made of (حشود من المتظاهرين).</summary>
    private static readonly HashSet<string> ProtesterGroups = MatchKey.SetOf("مجموعات", "مجموعة", "حشود", "حشد", "جموع", "عدد");

    /// <summary>How many words past a group noun its من may stand (مجموعات صغيرة ايضا من).</summary>
    private const int GroupOfReach = 3;

    /// <summary>
    /// Unidentified doers who, right after فجر, make it the verb "blew up" (فجر مسلحون جسرا, فجر مجهولون عبوة). Not a
    /// suicide bomber (فجر انتحاري شاحنة ملغومة): his own trigger tells a suicide bombing (1831) with its toll.
    /// </summary>
    private static readonly HashSet<string> Bombers = MatchKey.SetOf("مسلحون", "مسلحين", "مجهولون", "مجهولين", "مهاجم", "مهاجمون", "ارهابيون", "ارهابيين",
        "متشددون", "متمردون");

    private static readonly string Exploded = MatchKey.Of("انفجرت");

    private static readonly string Air = MatchKey.Of("الهواء");

    private static readonly HashSet<string> Craft = MatchKey.SetOf("طائرة", "طائرات", "طائرتين", "طائرتان");

    private static readonly HashSet<string> DroneWords = MatchKey.SetOf("مسيرة", "مسيرات", "مسيرتين", "مسيرتان");

    /// <summary>Words that aim what was launched (مفخخة, باتجاه, نحو, صوب, على): a drone sent at something, not one put on sale.</summary>
    private static readonly HashSet<string> Aimed = MatchKey.SetOf("مفخخة", "مفخختين", "مفخخات", "باتجاه", "نحو", "صوب", "علي", "تجاه");

    /// <summary>
    /// اطلقت الجماعة طائرة مسيرة مفخخة باتجاه مدينة X: a drone launched and aimed at something, within the clause after the
    /// launching verb ending at <paramref name="end"/> (past its subject); "drone", or null. A drone launched with nothing
    /// aimed (اطلقت الشركة طائرة مسيرة جديدة للتوصيل) is a product.
    /// </summary>
    private static string? DroneFired(IReadOnlyList<Word> words, int end)
    {
        for (int k = end; k + 1 < words.Count && k < end + ClashWindow; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) return null;
            if (!Craft.Contains(words[k].Key) || !DroneWords.Contains(words[k + 1].Key)) continue;
            for (int j = k + 2; j < words.Count && j <= k + 2 + AimReach && words[j].Kind != WordKind.Punctuation; j++)
            {
                if (Aimed.Contains(words[j].Key)) return "drone";
            }
            return null;
        }
        return null;
    }

    private const int AimReach = 3;

    /// <summary>Whether في الهواء follows word <paramref name="end"/> within two words (اعيرة نارية في الهواء, النار في الهواء).</summary>
    private static bool IntoTheAir(IReadOnlyList<Word> words, int end)
    {
        for (int k = end; k + 1 < words.Count && k <= end + 2 && words[k].IsLetters; k++)
        {
            if (words[k].Key == "في" && words[k + 1].Key == Air) return true;
        }
        return false;
    }

    /// <summary>What explodes only as a figure of speech: crises, situations, disputes, anger.</summary>
    private static readonly HashSet<string> ExplodingFigures = MatchKey.SetOf("ازمة", "الازمة", "ازمات", "الاوضاع", "اوضاع", "الوضع", "الخلافات", "خلافات",
        "الخلاف", "خلاف", "غضب", "الغضب", "فقاعة", "الفقاعة", "الفضيحة", "فضيحة", "المشكلة", "مشكلة", "الاحتجاجات", "احتجاجات", "الحرب", "حرب");

    private const int FigureReach = 3;

    /// <summary>
    /// Whether a figure that explodes only in speech (ازمة, الاوضاع, الغضب) stands among the few words after the verb ending
    /// at <paramref name="end"/> (its subject: انفجرت بسببه ازمة كبيرة) or right before it, past a quotation mark (الاوضاع
    /// "انفجرت", الازمة التي انفجرت).
    /// </summary>
    private static bool MetaphorNear(IReadOnlyList<Word> words, int start, int end)
    {
        for (int k = end; k < words.Count && k < end + FigureReach && words[k].Kind != WordKind.Punctuation; k++)
        {
            if (ExplodingFigures.Contains(words[k].Key)) return true;
        }
        int before = start - 1;
        while (before >= 0 && (words[before].IsQuotationMark || words[before].Key is "التي" or "قد")) before--;
        return before >= 0 && ExplodingFigures.Contains(words[before].Key);
    }

    /// <summary>What fire is opened on only in speech: a text, a deal, a plan or a process (اطلق النار على وثيقة قرطاج).</summary>
    private static readonly HashSet<string> FiguresFiredAt = MatchKey.SetOf("وثيقة", "الوثيقة", "اتفاق", "الاتفاق", "اتفاقية", "الاتفاقية", "مبادرة",
        "المبادرة", "مشروع", "المشروع", "الحوار", "خطة", "الخطة", "العملية", "المسار", "التوافق", "الحكومة", "قرار", "القرار", "الدستور", "مسار");

    /// <summary>Whether النار على right after the firing verb ending at <paramref name="end"/> is followed by <see cref="FiguresFiredAt"/>.</summary>
    private static bool FiredAtAFigure(IReadOnlyList<Word> words, int end) =>
        end + 2 < words.Count && words[end].Key == "النار" && words[end + 1].Key == "علي" && FiguresFiredAt.Contains(words[end + 2].Key);

    /// <summary>Adjectives that tell an act as expected, not yet done (اشتباكات متوقعة, هجمات محتملة).</summary>
    private static readonly HashSet<string> Expected = MatchKey.SetOf("متوقعة", "متوقع", "المتوقعة", "المتوقع", "محتملة", "محتمل", "المحتملة", "المحتمل",
        "مرتقبة", "مرتقب", "المرتقبة", "المرتقب", "مقبلة", "المقبلة");

    /// <summary>Adjectives that tell an act as earlier than the news (مواجهات سابقة, هجمات سابقة).</summary>
    private static readonly HashSet<string> Earlier = MatchKey.SetOf("سابقة", "سابق", "سابقين", "السابقة", "السابق", "سابقه", "السابقه");

    /// <summary>Verbs of organising or carrying out a protest (نظم, نفذ, خاض, شن), whose subject is who did it.</summary>
    /// <summary>Whether the word is a verb of organising or staging a protest (نظم, نفذ, شن), read in its key or without a و/ف.</summary>
    internal static bool IsOrganising(Word word) =>
        Organising.Contains(word.Key) || word.Key.Length > 3 && word.Key[0] is 'و' or 'ف' && Organising.Contains(word.Key[1..]);

    private static readonly HashSet<string> Organising = MatchKey.SetOf("نظم", "نظمت", "نظموا", "نفذ", "نفذت", "نفذوا", "خاض", "خاضت", "خاضوا", "شن", "شنت", "شنوا");

    /// <summary>Demonstratives that point back to what the story has told (هذه التظاهرة, تلك المسيرة).</summary>
    private static readonly HashSet<string> Demonstratives = MatchKey.SetOf("هذه", "هذا", "تلك", "ذلك", "هاتين", "هذين");

    /// <summary>How far after the people بان may stand to make احتج "argued".</summary>
    private const int ArguedReach = 3;

    /// <summary>A protest of the subject's own, which a verb of beginning takes as its object (بدأوا اعتصامهم, بدأت اضرابها).</summary>
    private static readonly HashSet<string> OwnProtests = MatchKey.SetOf("اعتصامهم", "اعتصامها", "اعتصامه", "اضرابهم", "اضرابها", "اضرابه");

    /// <summary>How many words a subject before a day aside may hold (a coordination's or a crowd's long name).</summary>
    private const int SubjectReach = 12;

    /// <summary>A trigger opening its sentence or clause, then a subject, then a number or a people word within <see cref="CaptiveWindow"/> words of it, before any punctuation.</summary>
    private string? Captive(SentenceReadings readings, IReadOnlyList<Word> words, EventTrigger trigger, int start, int end)
    {
        // The finite verb opens its clause (اختطف مسلحون …, وخطف مسلحون …); elsewhere the masculine spelling is mostly the
        // verbal noun (بسبب خطف جندي, ارادوا خطف, منذ خطف اثنين), which tells of no act.
        // «لخطف …», بخطف: written with ل or ب the spelling is the verbal noun of a purpose or a means, never the verb.
        string written = words[start].Key, key = trigger.Keys[0];
        if (written.Length > key.Length && written.EndsWith(key, StringComparison.Ordinal) && written[^(key.Length + 1)] is 'ل' or 'ب') return null;
        // ان المهندس خطف في وسط المدينة من قبل اربعة مسلحين: the passive, with who took him after من قبل/على ايدي.
        if ((start == 0 || !NounGovernors.Contains(words[start - 1].Key)) && TakenBy(readings, words, trigger, end) is { } takers) return "by:" + takers;
        // كما خطف مسلحون …, وقد اختطف مجهولون يستقلون سيارة …: a taker in the nominative right after the spelling is its
        // subject, so the spelling is the verb wherever it stands (the verbal noun takes the genitive: خطف مسلحين).
        if (end < words.Count && NominativeTakers.Contains(words[end].Key) && (start == 0 || !NounGovernors.Contains(words[start - 1].Key))) return "subject:" + words[end].Key;
        if (start > 0 && (words[start - 1].IsLetters || words[start - 1].IsNumber)) return null;
        // The verb reports with its subject first (خطف مسلحون … الناشط); who was taken right after the spelling is the
        // verbal noun's object (وخطف العشرات من الناس: the abduction of dozens).
        for (int k = end + 1; k < words.Count && k < end + CaptiveWindow; k++)
        {
            if (!words[k].IsLetters && !words[k].IsNumber) return null;
            if (words[k].IsNumber || (_numbers.Starts(words[k]) && _numbers.Read(words, k) is not null)) return words[k].Key;
            if (SupportAt(readings, k, trigger.Condition) is { } captive) return captive;
        }
        return null;
    }

    /// <summary>Words that govern a verbal noun right after them (بسبب خطف جندي, منذ خطف, عملية خطف): no passive verb follows them.</summary>
    private static readonly HashSet<string> NounGovernors = MatchKey.SetOf("عن", "من", "في", "على", "الى", "بعد", "قبل", "منذ", "بسبب", "اثر", "عقب",
        "جراء", "حول", "ضد", "عملية", "عمليات", "جريمة", "حادث", "حادثة", "قضية", "محاولة", "اراد", "ارادوا", "يريد", "يريدون");

    /// <summary>Takers in the nominative plural (ون), which only a verb's subject takes: خطف مسلحون, never the verbal noun's object.</summary>
    private static readonly HashSet<string> NominativeTakers = MatchKey.SetOf("مسلحون", "مجهولون", "متمردون", "مقاتلون", "ارهابيون", "خاطفون", "متشددون");

    /// <summary>Those who take captives, named after من قبل/على ايدي.</summary>
    private static readonly HashSet<string> Takers = MatchKey.SetOf("مسلحين", "مسلحون", "مجهولين", "مجهولون", "عصابة", "مجموعة", "جماعة", "عناصر",
        "رجال", "قراصنة", "خاطفين", "متمردين", "مقاتلين", "ارهابيين", "افراد", "مسلح");

    private const int AgentReach = 14;

    /// <summary>
    /// Who took the captive, told after من قبل or على ايدي within <see cref="AgentReach"/> words of the verb, commas and
    /// brackets allowed but no end of a sentence or clause (. : ؛): a number or a word of <see cref="Takers"/> right after
    /// it, or null.
    /// </summary>
    private string? TakenBy(SentenceReadings readings, IReadOnlyList<Word> words, EventTrigger trigger, int end)
    {
        for (int k = end; k + 2 < words.Count && k < end + AgentReach; k++)
        {
            if (words[k].Key is "." or ":" or "؛" or "؟" or "!") return null;
            bool agent = (words[k].Key == "من" && words[k + 1].Key == "قبل") || (words[k].Key == "علي" && words[k + 1].Key is "ايدي" or "يد");
            if (!agent) continue;
            var taker = words[k + 2];
            if (taker.IsNumber || _numbers.Starts(taker) || Takers.Contains(taker.Key)) return taker.Key;
            return null;
        }
        return null;
    }

    /// <summary>
    /// The crowd a dispersal verb breaks up, in the words after it (فرقت الشرطة مئات المتظاهرين); a form with a pronoun
    /// suffix (تفرقهم) points back to a protest told earlier in the sentence.
    /// </summary>
    private string? Dispersed(SentenceReadings readings, IReadOnlyList<Word> words, EventTrigger trigger, int start, int end)
    {
        // تفرقهم الشرطة, قبل ان يتم تفريقها: the pronoun points back to a protest anywhere in the sentence. After قبل ان it
        // may also point back to a crowd told by a protest verb before it (تجمع عشرات الطلاب …، قبل ان تفرقهم قوات الامن).
        if (PointsBack(trigger))
            return ToldElsewhere(readings, words, trigger.Condition, start, end) ??
                   (start >= 2 && words[start - 1].Key == "ان" && words[start - 2].Key == "قبل" ? ProtestVerbBefore(readings, start) : null);
        // اعتصم العشرات … قبل ان تفض قوة من الجيش اعتصامهم: a present form tells a dispersal done only after قبل ان, and
        // there it breaks up the protest its sentence told; elsewhere it is a habit or a plan, and تفرق المحتجون is the
        // crowd going its way.
        if (trigger.Keys.Length == 1 && trigger.Keys[0][0] is 'ت' or 'ي')
            return start >= 2 && words[start - 1].Key == "ان" && words[start - 2].Key == "قبل" ? ToldElsewhere(readings, words, trigger.Condition, start, end) : null;
        // فرق الاسعاف, فرق الانقاذ: a spelling that is also the plural noun, teams, is the verb only with the police after it
        // and opening its clause (وانتشرت فرق الامن: the teams of the police, after a verb).
        if (TeamsSpellings.Contains(trigger.Keys[0]) && !(end < words.Count && readings.AnyKeyIn(end, Police) && (start == 0 || !words[start - 1].IsLetters))) return null;
        // وفرقت الشرطة السودانية بالغاز المسيل للدموع الاثنين تظاهرة: in verb-subject-object order the crowd comes after the subject phrase.
        // فرقت قوات الامن ليل الثلاثاء الاربعاء بخراطيم المياه آلاف الاساتذة: days and parts of the day take no room in the
        // window, and a crowd word there (آلاف, مئات) counts who was dispersed.
        // ان قوات الدرك فرقت المحتجين: a crowd right after the verb (protesters, refugees, workers, students) is whom it
        // dispersed, never who did.
        int k0 = _subjects?.At(words, end, null) is { } subject && !CrowdAgents.Contains(subject.Agent ?? "") ? subject.After : end;
        for (int k = k0, counted = 0; k < words.Count && counted < ObjectWindow; k++)
        {
            if (DayAside.IsDayWord(words[k].Key)) continue;
            // فرقت الشرطة التونسية، مساء امس الاحد، بالغاز المسيل للدموع مئات الشبان: the commas that set off the day take
            // no room either, so the crowd past the means is still reached.
            if (words[k].IsComma && DayAside.Close(words, k + 1) is { } close)
            {
                k = close;
                continue;
            }
            counted++;
            if ((SupportAt(readings, k, trigger.Condition) ?? CrowdWordAt(readings, k)) is { } key) return key;
            // فرقت الشرطة بخراطيم المياه احتجاجا نظمته الحركة: a protest as the object; احتجاجا على is "in protest at".
            if (words[k].Key == ProtestAccusative && (k + 1 >= words.Count || words[k + 1].Key != "علي")) return words[k].Key;
        }
        return null;
    }

    private static readonly string ProtestAccusative = MatchKey.Of("احتجاجا");

    /// <summary>The agents of crowds an actor phrase may name (المحتجين CVL, اللاجئين REF, الطلبة EDU, العمال LAB, الاطباء MED, الفلاحين AGR).</summary>
    private static readonly HashSet<string> CrowdAgents = new(["CVL", "REF", "EDU", "LAB", "MED", "AGR"], StringComparer.Ordinal);

    /// <summary>Dispersing verbs spelled like the plural noun فرق (teams).</summary>
    private static readonly HashSet<string> TeamsSpellings = MatchKey.SetOf("فرق");

    /// <summary>Words a deported crowd is not sought past: after عن a number is an age (رحل الشاعر عن 80 عاما), after في,
    /// منذ, قبل or بعد a date or a time (رحل الممثل في الثالث عشر من مارس: who died that day).</summary>
    private static readonly HashSet<string> NoExpelledPast = MatchKey.SetOf("عن", "في", "منذ", "قبل", "بعد");

    /// <summary>
    /// The crowd a deporting verb sends away, after its subject phrase (رحلت السلطات اللبنانية، الثلاثاء، 16 لاجئا, رحلت
    /// المديرية العامة للامن العام 43 سوريا), days and commas taking no room; a crowd right after the verb is its subject,
    /// who left (رحل 300 لاجئ عن المخيم).
    /// </summary>
    private string? Expelled(SentenceReadings readings, IReadOnlyList<Word> words, int start, int end)
    {
        // وكانت الرئاسة قد رحلت، الاثنين، 212 مهاجرا, ان السلطات الاردنية رحلت 40 لاجئا: with the subject told before the
        // verb, a crowd right after it is who was sent away.
        bool subjectBefore = SubjectToldBefore(words, start);
        for (int k = end, counted = 0; k < words.Count && counted < ClashWindow; k++)
        {
            if (words[k].IsComma || DayAside.IsDayWord(words[k].Key)) continue;
            // رحلت ما لا يقل عن 40 لاجئا: the qualifier's عن belongs to the number, no age.
            if (QualifierEndAfter(words, k) is { } last) { k = last; continue; }
            if (words[k].Kind == WordKind.Punctuation || NoExpelledPast.Contains(words[k].Key)) return null;
            // ورحّل عددا منهم, رحلت السلطات عددا من اللاجئين: "a number" in the accusative is the verb's object, so the verb
            // sends them away (رحل عدد منهم, in the nominative, is who left).
            if (words[k].Key == AccusativeNumber && k + 1 < words.Count && words[k + 1].Key is "منهم" or "من") return words[k].Key;
            if (CrowdSize(readings, words, k, dualCounts: true) is { } key) return counted > 0 || subjectBefore ? key : null;
            counted++;
        }
        return null;
    }

    private static readonly string AccusativeNumber = MatchKey.Of("عددا");

    /// <summary>The last word of a number's qualifier of several words opening at word <paramref name="k"/> (ما لا يقل عن, اكثر من), or null.</summary>
    private static int? QualifierEndAfter(IReadOnlyList<Word> words, int k)
    {
        for (int after = Math.Min(words.Count, k + 4); after > k + 1; after--)
        {
            if (CountLexicon.Shared.QualifierBefore(words, after) is { FirstWord: var first } && first == k) return after - 1;
        }
        return null;
    }

    /// <summary>How many words a subject told before its verb may take (السلطات الاردنية, المديرية العامة للامن العام).</summary>
    private const int MaxToldSubjectWords = 5;

    /// <summary>
    /// Whether the verb at word <paramref name="start"/> has its subject before it: after قد (وكانت الرئاسة قد رحلت), or
    /// after a told clause's opener and a few words, no mark between (ان السلطات الاردنية رحلت).
    /// </summary>
    private static bool SubjectToldBefore(IReadOnlyList<Word> words, int start)
    {
        if (start > 0 && words[start - 1].Key is "قد" or "وقد" or "فقد" or "لقد" or "انها" or "انه" or "انهم") return true;
        for (int k = start - 1; k >= 1 && k >= start - MaxToldSubjectWords; k--)
        {
            if (!words[k].IsLetters) return false;
            if (words[k - 1].Key is "ان" or "بان" or "وان" or "انه" or "انها") return true;
        }
        return false;
    }

    /// <summary>The key of a protest verb (a trigger coded 141: تجمع, تظاهرت, اعتصم) before word <paramref name="k"/>, or null.</summary>
    private string? ProtestVerbBefore(SentenceReadings readings, int k)
    {
        for (int j = 0; j < k; j++)
        {
            foreach (var r in readings[j])
            {
                foreach (var t in _lexicon.TriggerSpanStartingWith(r.Key))
                {
                    if (t.Code == "141" && t.Role == TriggerRole.Verb && t.Keys.Length == 1) return r.Key;
                }
            }
        }
        return null;
    }

    /// <summary>Whether a word before word <paramref name="k"/> starts a dispersal trigger (فرقت, فضت).</summary>
    private bool DispersalBefore(SentenceReadings readings, int k)
    {
        for (int j = 0; j < k; j++)
        {
            foreach (var r in readings[j])
            {
                foreach (var t in _lexicon.TriggerSpanStartingWith(r.Key))
                {
                    if (t.Condition == TriggerCondition.Dispersal) return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// A trigger ending in an object pronoun (تفرقهم, تفريقها, and the masculine تفضه of a sit-in, اعتصام): what it was done
    /// to was told elsewhere in the sentence.
    /// </summary>
    private static bool PointsBack(EventTrigger trigger) =>
        trigger.Keys[^1].EndsWith("هم", StringComparison.Ordinal) || trigger.Keys[^1].EndsWith("ها", StringComparison.Ordinal) ||
        trigger.Keys[^1].EndsWith("هن", StringComparison.Ordinal) ||
        MasculinePointingBack.Contains(trigger.Keys[^1]);

    /// <summary>Dispersing verbs with the masculine object pronoun (قبل أن تفضه قوات الأمن: the sit-in told before).</summary>
    private static readonly HashSet<string> MasculinePointingBack = MatchKey.SetOf("تفضه", "يفضه");

    /// <summary>The first word outside the trigger's words [<paramref name="start"/>, <paramref name="end"/>) the lexicon lists under <paramref name="condition"/>, or null.</summary>
    private string? ToldElsewhere(SentenceReadings readings, IReadOnlyList<Word> words, TriggerCondition condition, int start, int end)
    {
        for (int k = 0; k < words.Count; k++)
        {
            if (k >= start && k < end) continue;
            if (SupportAt(readings, k, condition) is { } key) return key;
        }
        return null;
    }

    private string? CrowdWordAt(SentenceReadings readings, int k)
    {
        foreach (var r in readings[k])
        {
            if (_lexicon.IsCrowdWord(r.Key)) return r.Key;
        }
        return null;
    }

    private string? SupportAt(SentenceReadings readings, int k, TriggerCondition condition)
    {
        foreach (var r in readings[k])
        {
            if (_lexicon.Supports(r.Key, condition)) return r.Key;
        }
        return null;
    }

    /// <summary>Words after كمين that make it a checkpoint, not an ambush (كمين امني, كمين ثابت, كمين للشرطة, كمين تابع ل).</summary>
    private static readonly HashSet<string> CheckpointWords = MatchKey.SetOf("امني", "امنيا", "ثابت", "ثابتا", "متحرك", "للشرطة", "شرطة", "تابع");

    private const int LaunchWindow = 8;
    private const int BombWindow = 4;

    // ورد الجناح العسكري للحركة باطلاق صواريخ: the act verb's subject may stand between it and the noun.
    private const int ActWindow = 6;
    private const int OnsetWindow = 2;

    /// <summary>
    /// How many words a span of time told with منذ takes that ends right before word <paramref name="start"/> (منذ ايام),
    /// or a date told with it (منذ نيسان/ابريل 2023, منذ مطلع العام الماضي: months, years, time nouns and the slash
    /// between a month's two names), or 0.
    /// </summary>
    private static int SinceSpanBefore(IReadOnlyList<Word> words, int start)
    {
        for (int k = start - 2; k >= 0 && k >= start - 5; k--)
        {
            if (DayAside.SinceSpanEnd(words, k) == start - 1) return start - k;
        }
        for (int k = start - 1; k >= 1 && k >= start - SinceDateWords; k--)
        {
            if (!(words[k].IsNumber || words[k].Key == "/" || EventArguments.IsTimeWord(words[k].Key))) break;
            if (words[k - 1].Key == "منذ" && EventArguments.IsTimeWord(words[k].Key)) return start - k + 1;
        }
        return 0;
    }

    /// <summary>
    /// How many words a day told right before word <paramref name="start"/> takes, run on (اندلعت امس الاثنين معارك) or
    /// set off by commas with them (واندلعت، مساء امس، اشتباكات), or 0.
    /// </summary>
    private static int DayBefore(IReadOnlyList<Word> words, int start)
    {
        if (start >= 3 && words[start - 1].IsComma && DayAside.OpensBefore(words, start - 2)) return DayAside.AsideEndingAt(words, start - 2) + 2;
        return start >= 1 ? DayAside.AsideEndingAt(words, start - 1) : 0;
    }

    /// <summary>How many words a date after منذ may take (نيسان / ابريل 2023).</summary>
    private const int SinceDateWords = 5;
    private const int ProtestBeforeWindow = 2;

    private const int WeaponBeforeWindow = 4;

    /// <summary>
    /// The drone an object pronoun on a launching verb at word <paramref name="start"/> points back to: an indefinite one
    /// within <see cref="WeaponBeforeWindow"/> letter words before it (ثلاث طائرات مسيرة مفخخة اطلقتها الجماعة): "drone", or
    /// null. A definite one (الطائرات المسيرة التي اطلقوها) was told before. Missiles are left out: a missile test told so
    /// (صاروخا باليستيا اطلقته X … واصفا الاطلاق بانه استعراض للقوة ضد Y) takes a target far past the clause.
    /// </summary>
    private static string? WeaponBefore(IReadOnlyList<Word> words, int start)
    {
        for (int k = start - 2; k >= 0 && k >= start - WeaponBeforeWindow && words[k].IsLetters; k--)
        {
            if (Craft.Contains(words[k].Key) && DroneWords.Contains(words[k + 1].Key)) return "drone";
        }
        return null;
    }

    /// <summary>Conjunctions of time and the particle قد, after which a verb, not its verbal noun, follows (عندما قصف, وقد قصف).</summary>
    private static readonly HashSet<string> VerbOpeners = MatchKey.SetOf("عندما", "حين", "حينما", "بعدما", "لما", "عندها", "قد", "وقد", "فقد", "لقد");

    /// <summary>Craft that strike (طيران, مروحيات, مدفعية, also with the article): the subject of a strike verb after them.</summary>
    private static bool IsStrikingCraft(string key) => EventArguments.IsCraftWithOrWithoutArticle(key);

    /// <summary>Words after which a noun opens a subject: a told clause (ان, فان), a pluperfect (وكان), a clause of its own (فيما).</summary>
    private static readonly HashSet<string> CraftSubjectOpeners = MatchKey.SetOf("ان", "بان", "لان", "وان", "فان", "كان", "وكان", "فيما", "بينما", "حيث");

    /// <summary>How many definite words may name the craft's owner and say what craft they are (الجيش العراقي, الحربي السوري).</summary>
    private const int MaxCraftOwnerWords = 3;

    /// <summary>
    /// Whether craft opening a subject stand right before word <paramref name="start"/>, past up to
    /// <see cref="MaxCraftOwnerWords"/> definite words (ان طيران الجيش العراقي قصف, وكان الطيران الحربي السوري قصف): the word
    /// there is the verb they did it with, also inside a quotation that opens right after the clause word (ان "طيران …
    /// قصف"). A verb or a preposition between (واصل قصف, شارك في قصف) makes it a noun, and so
    /// does indefinite craft right before a verb that does not agree with it (ان طائرات قصف روسية حلقت: strike aircraft;
    /// ان طائرات قصفت is the verb).
    /// </summary>
    private static bool AfterCraft(IReadOnlyList<Word> words, int start)
    {
        for (int k = start - 1; k >= 0 && k >= start - 1 - MaxCraftOwnerWords; k--)
        {
            string key = words[k].Key;
            if (IsStrikingCraft(key))
            {
                bool inConstruct = k == start - 1 && !key.StartsWith("ال", StringComparison.Ordinal) && !words[start].Key.EndsWith('ت');
                // ان "طيران الجيش قصف …": a quotation opening the told clause leaves the craft its subject.
                int opener = k > 0 && words[k - 1].IsQuotationMark ? k - 1 : k;
                return !inConstruct && (opener == 0 || CraftSubjectOpeners.Contains(words[opener - 1].Key));
            }
            if (!words[k].IsLetters || !key.StartsWith("ال", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>Words after which a clash noun is the cause of what the sentence reports (بعد اشتباكات مع, اثر مواجهات مع).</summary>
    private static readonly HashSet<string> ClashCauses = MatchKey.SetOf("بعد", "اثر", "عقب", "جراء", "بسبب");

    /// <summary>Forces that open a told clause as the subject of the verb after them (ان الجيش قصف, ان المسلحين قصفوا).</summary>
    private static readonly HashSet<string> ToldForces = MatchKey.SetOf("الجيش", "القوات", "الشرطة", "المدفعية", "الحرس", "المسلحون", "المسلحين", "الحوثيون",
        "الحوثيين", "المعارضة", "الفصائل", "التنظيم", "النظام", "المتمردون", "المتمردين");

    /// <summary>
    /// Whether a force of <see cref="ToldForces"/> with up to two definite words after it (الجيش الوطني, القوات الحكومية)
    /// stands right before word <paramref name="start"/>, opening a told clause (ان, بان, وكان): a predicate of ان there
    /// is the verb.
    /// </summary>
    private static bool AfterToldForce(IReadOnlyList<Word> words, int start)
    {
        for (int k = start - 1; k >= 1 && k >= start - MaxCraftOwnerWords; k--)
        {
            if (!words[k].IsLetters || !words[k].Key.StartsWith("ال", StringComparison.Ordinal)) return false;
            if (ToldForces.Contains(words[k].Key) && CraftSubjectOpeners.Contains(words[k - 1].Key)) return true;
        }
        return false;
    }

    /// <summary>The act verb a verbal noun read with ب follows (قامت قوات الامن باطلاق النار): its key, or null.</summary>
    private string? AfterAct(SentenceReadings readings, IReadOnlyList<Word> words, int start)
    {
        // Only the reading that peeled ب: the word must be written with it (باطلاق, وبقصف).
        string written = words[start].Key;
        bool withBa = false;
        foreach (var r in readings[start])
        {
            if (r.Key.Length < written.Length && written.EndsWith(r.Key, StringComparison.Ordinal) && written[written.Length - r.Key.Length - 1] == 'ب') withBa = true;
        }
        if (!withBa) return null;
        int reach = ActWindow;
        for (int k = start - 1; k >= 0 && reach > 0; k--)
        {
            if (!words[k].IsLetters) return null;
            if (SupportAt(readings, k, TriggerCondition.AfterAct) is { } act) return act;
            // وردت وحدات من الجيش على مصادر اطلاق القذائف بقصف مدفعي: the fire answered, where it came from, is passed.
            if (!FireAnswered.Contains(words[k].Key) && !(words[k].Key == "علي" && k + 1 < start && FireAnswered.Contains(words[k + 1].Key))) reach--;
        }
        return null;
    }

    /// <summary>Words of the fire a reply answered (على مصادر اطلاق القذائف, على مصادر النيران).</summary>
    private static readonly HashSet<string> FireAnswered = MatchKey.SetOf("مصادر", "مصدر", "اطلاق", "القذائف", "النيران", "النار", "الصواريخ");

    /// <summary>Past forms of تدخل (stepped in), after which a verbal noun read with ل is what the force did.</summary>
    private static readonly HashSet<string> Intervened = MatchKey.SetOf("تدخل", "تدخلت", "تدخلوا");

    /// <summary>Present forms of تدخل, which tell a force stepping in as done after قبل ان (قبل ان تتدخل الشرطة لتفريقهم).</summary>
    private static readonly HashSet<string> Intervening = MatchKey.SetOf("تتدخل", "يتدخل");

    /// <summary>
    /// The form of تدخل within <see cref="ActWindow"/> words before a verbal noun written with ل (تدخلت الشرطة لتفريق, قبل
    /// ان تتدخل الشرطة لتفريق), no punctuation between but a relative clause set off by commas right before the noun
    /// (تتدخل القوات العمومية، التي حضرت بكثافة، لتفريق), or null; null too where the stepping in is denied under ان تكون
    /// (نفت ان تكون الشرطة قد تدخلت لتفريق).
    /// </summary>
    private static string? InterventionFor(SentenceReadings readings, IReadOnlyList<Word> words, int start)
    {
        string written = words[start].Key;
        // وعمدت عناصر الامن، لدى وصول المسيرة الى الساحة، الى تفريق المحتجين: a force that resorted to the noun did it.
        bool resorted = start > 1 && words[start - 1].Key == ToKey;
        if (!resorted && (written.Length < 3 || written[0] != 'ل')) return null;
        int from = resorted ? start - 2 : start - 1;
        if (from >= 0 && words[from].IsComma && (resorted ? AsideOpening(words, from) : RelativeAsideOpening(words, from)) is { } opening) from = opening - 1;
        for (int k = from; k >= 0 && k >= from - ActWindow + 1; k--)
        {
            if (!words[k].IsLetters) return null;
            if (resorted)
            {
                if (readings.AnyKeyIn(k, ResortedTo)) return EventStage.SupposedAfterQad(words, k) ? null : words[k].Key;
                continue;
            }
            if (readings.AnyKeyIn(k, Intervened) || Intervening.Contains(words[k].Key) && k >= 2 && words[k - 1].Key == "ان" && words[k - 2].Key == "قبل")
            {
                return EventStage.SupposedAfterQad(words, k) ? null : words[k].Key;
            }
        }
        return null;
    }

    private static readonly string ToKey = MatchKey.Of("الى");

    /// <summary>Whether the word <paramref name="written"/> is the form <paramref name="form"/> with ب or ل before it (بشن, وبشن, لشن).</summary>
    private static bool WrittenWithPreposition(string written, string form)
    {
        if (written.Length <= form.Length || !written.EndsWith(form, StringComparison.Ordinal)) return false;
        char before = written[written.Length - form.Length - 1];
        return before is 'ب' or 'ل';
    }

    /// <summary>How many words back a riot's verbal noun joined by و may find the verbal noun it is joined to.</summary>
    private const int JoinedReach = 8;

    /// <summary>
    /// Verbal nouns of a crowd's acts that a crowd goes as far as after الى or على (عمد الى اغلاق, اقدموا على قطع): a
    /// riot's verbal noun joined to one of them by و is one more thing the crowd did.
    /// </summary>
    private static readonly HashSet<string> WentAsFarActs = MatchKey.SetOf("اغلاق", "غلق", "قطع", "رشق", "اضرام", "احراق", "حرق");

    /// <summary>
    /// Whether the verbal noun at word <paramref name="start"/>, written with و, is joined to a crowd's act right after الى
    /// or على within <see cref="JoinedReach"/> words before it and no punctuation between (عمد عشرات الشبان الى اغلاق
    /// الطريق الوطنية رقم 17 بالحجارة واضرام النار في العجلات): the fire set is the crowd's as the road cut is. A noun
    /// joined to something else after على (اتهمتهم بالتحريض على العنف واضرام النار) is a charge.
    /// </summary>
    private static bool JoinedToWentAsFar(IReadOnlyList<Word> words, int start, string key)
    {
        string written = words[start].Key;
        if (written.Length != key.Length + 1 || written[0] != 'و' || !written.EndsWith(key, StringComparison.Ordinal)) return false;
        for (int k = start - 1; k >= 1 && k >= start - JoinedReach; k--)
        {
            if (words[k].Kind == WordKind.Punctuation) return false;
            if (words[k - 1].Key is "الي" or "علي") return WentAsFarActs.Contains(words[k].Key);
        }
        return false;
    }

    /// <summary>Past forms of عمد and لجأ (resorted to), after which a verbal noun after الى is what the force did.</summary>
    private static readonly HashSet<string> ResortedTo = MatchKey.SetOf("عمد", "عمدت", "عمدوا", "لجأ", "لجأت", "لجأوا");

    /// <summary>The comma opening an aside (، لدى وصول المسيرة الى الساحة،) whose closing comma is word <paramref name="close"/>, or null.</summary>
    private static int? AsideOpening(IReadOnlyList<Word> words, int close)
    {
        for (int k = close - 1; k >= 0 && k >= close - MaxAsideWords; k--)
        {
            if (words[k].Kind != WordKind.Punctuation) continue;
            return words[k].IsComma && k + 1 < close ? k : null;
        }
        return null;
    }

    private const int MaxAsideWords = 12;

    /// <summary>The comma opening a relative clause (، التي حضرت بكثافة،) whose closing comma is word <paramref name="close"/>, or null.</summary>
    private static int? RelativeAsideOpening(IReadOnlyList<Word> words, int close) =>
        AsideOpening(words, close) is { } k && EventArguments.Relatives.Contains(words[k + 1].Key) ? k : null;

    private static bool Has(Proclitics.Reading[] readings, string key)
    {
        foreach (var r in readings)
        {
            if (r.Key == key) return true;
        }
        return false;
    }
}
