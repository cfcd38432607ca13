using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Senses of violent verbs that tell no act of force: a crisis, a row or anger that "exploded" or was "set off" (انفجرت
/// الازمة, فجروا زوبعة), and eyes that were "stolen" (خطفت الانظار: caught everyone's eye); and crowds that rallied for
/// someone or in joy (تظاهروا تأييدا لقرار, خرجوا ابتهاجا بالفوز), no protest against anyone; and a road "cut" on what
/// is no traffic (قطعوا الطريق على اي تسوية: forestalled it); and a bomb that went off while its own men planted or
/// defused it (انفجرت اثناء محاولة زرعها), a mishap; and an attack told as what an inquiry looks into (تحقيقا في هجوم);
/// and an attack by an animal (هاجم كلب ضال طفلا), which has no actor; and a right "confiscated" (صادرت حق المتهمين), a
/// right denied, no goods seized.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>What bursts out without a blast: crises, rows, storms of words, anger, the situation.</summary>
    private static readonly HashSet<string> FigurativeBlasts = MatchKey.SetOf("ازمة", "الازمة", "ازمات", "الازمات", "زوبعة", "الزوبعة",
        "خلاف", "الخلاف", "خلافات", "الخلافات", "جدل", "الجدل", "جدلا", "فضيحة", "الفضيحة", "مفاجأة", "المفاجأة", "غضب", "الغضب", "غضبا",
        "موجة", "الوضع", "الاوضاع", "الموقف", "الصراع", "صراعا", "القضية", "قضية", "الثورة", "ثورة", "طاقات", "الطاقات");

    /// <summary>
    /// What is "kidnapped" when one catches the eye or the heart (خطفت الانظار, خطف الاضواء, خطفت القلوب), or snatches a
    /// win, a title, a goal or the microphone (خطف الفريق الفوز, خطف هدف التعادل, اختطفت الميكروفون).
    /// </summary>
    private static readonly HashSet<string> CaughtEyes = MatchKey.SetOf("الانظار", "انظار", "الاضواء", "اضواء", "الاهتمام", "القلوب", "قلوب", "الالباب", "الاعجاب",
        "الفوز", "فوزا", "التعادل", "تعادلا", "النقاط", "اللقب", "لقب", "الكاس", "البطولة", "الصدارة", "الميدالية", "ميدالية", "بطاقة", "البطاقة",
        "هدف", "هدفا", "الكرة", "الميكروفون", "ميكروفون");

    private const int CaughtReach = 16;

    /// <summary>
    /// What is "confiscated" when a right is denied (صادرت حق المتهمين في الدفاع, صادرت حرية التعبير, صادروا ارادة
    /// الناخبين): rights, freedoms, a will or an opinion, no goods.
    /// </summary>
    private static readonly HashSet<string> Rights = MatchKey.SetOf("حق", "الحق", "حقوق", "الحقوق", "حرية", "الحرية", "حريات", "الحريات",
        "ارادة", "الارادة", "رأي", "الرأي", "قرار", "القرار", "صوت", "اصوات", "كرامة", "الكرامة");

    /// <summary>How far a confiscation's object may stand after its verb, past the subject (صادرت السلطات حق …).</summary>
    private const int RightsReach = 5;

    /// <summary>
    /// Whether the violent verb hit ending at word <paramref name="last"/> is used in a figurative sense: an explosion
    /// verb (183) with a crisis or a row right after it (its subject or object), an abduction verb (181) with the eyes or
    /// the limelight it caught as its object, or a confiscation (171) of a right or a freedom, before any adjunct of its
    /// clause.
    /// </summary>
    private static bool FigurativeSense(IReadOnlyList<Word> words, string code, int last)
    {
        if (code.StartsWith("183", StringComparison.Ordinal)) return last + 1 < words.Count && FigurativeBlasts.Contains(words[last + 1].Key);
        if (code.StartsWith("171", StringComparison.Ordinal)) return InObjectSlot(words, last, RightsReach, Rights);
        return code.StartsWith("181", StringComparison.Ordinal) && InObjectSlot(words, last, CaughtReach, CaughtEyes);
    }

    /// <summary>
    /// Whether a word of <paramref name="nouns"/> stands within <paramref name="reach"/> words after word
    /// <paramref name="last"/>, before any mark or <see cref="Adjuncts"/> word: in the verb's subject or object slot.
    /// </summary>
    private static bool InObjectSlot(IReadOnlyList<Word> words, int last, int reach, HashSet<string> nouns)
    {
        for (int k = last + 1; k < words.Count && k <= last + reach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation || Adjuncts.Contains(words[k].Key)) return false;
            if (nouns.Contains(words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// What a crowd rallies for when it backs or cheers (تأييدا لقرار, ترحيبا بعودته, ابتهاجا بالفوز, للتعبير عن فرحهم), or
    /// gathers to welcome, attend or watch (لاستقبال المنتخب, لحضور المباراة).
    /// </summary>
    private static readonly HashSet<string> SupportPurposes = MatchKey.SetOf("تأييدا", "تأييدهم", "ترحيبا", "ترحيبهم", "ابتهاجا", "ابتهاجهم",
        "احتفالا", "فرحا", "فرحة", "فرحهم", "فرحتهم", "لاستقبال", "استقبالا", "لحضور", "لمشاهدة", "لمتابعة", "للاحتفال",
        // تجمع آلاف الليبيين لاحياء الذكرى السابعة للثورة: a commemoration, no protest
        "لاحياء", "احياء", "احياءا", "لتشييع", "تشييع");

    private const int PurposeReach = 10;

    /// <summary>
    /// Whether the protest verb ending at word <paramref name="last"/> gathered a crowd for support or joy: the first purpose
    /// within <see cref="PurposeReach"/> words after it in its clause is one of <see cref="SupportPurposes"/>. A purpose of
    /// protest before it (احتجاجا على … وتأييدا ل) keeps the protest.
    /// </summary>
    private static bool RallyOfSupport(IReadOnlyList<Word> words, int last)
    {
        for (int k = last + 1; k < words.Count && k <= last + PurposeReach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) return false;
            // تجمع العشرات لحضور تشييع المتظاهرين مرددين شعارات ضد الحكومة: attending or following with chants against
            // someone is a protest all the same.
            if (SupportPurposes.Contains(words[k].Key)) return !(Attending.Contains(words[k].Key) && EventRecognizer.Chanting(words, k + 1) is not null);
            if (EventArguments.PurposeNouns.Contains(words[k].Key)) return false;
        }
        return false;
    }

    /// <summary>Purposes of attending or following something, which a crowd may turn into a protest by its chants.</summary>
    private static readonly HashSet<string> Attending = MatchKey.SetOf("لحضور", "لمتابعة");

    /// <summary>What a road is cut off for when it is blocked: traffic (قطعوا الطريق على السيارات, على حركة المرور).</summary>
    private static readonly HashSet<string> Traffic = MatchKey.SetOf("السيارات", "سيارات", "المركبات", "الشاحنات", "العربات", "المارة",
        "حركة", "السير", "المرور", "الموكب", "القطارات");

    private static readonly string OnKey = MatchKey.Of("على");

    /// <summary>
    /// Whether the road-cutting hit ending at word <paramref name="last"/> is قطع الطريق على with no traffic after على: the
    /// idiom of forestalling (قطعوا الطريق على اي تسوية), no road blocked.
    /// </summary>
    private static bool Forestalled(IReadOnlyList<Word> words, int last) =>
        last + 1 < words.Count && words[last + 1].Key == OnKey && (last + 2 >= words.Count || !Traffic.Contains(words[last + 2].Key));

    /// <summary>Words of "while" that tell what was being done when a bomb went off (انفجرت اثناء …, لدى …).</summary>
    private static readonly HashSet<string> WhileWords = MatchKey.SetOf("اثناء", "خلال", "لدى", "عند");

    /// <summary>
    /// Handling the bomb, its pronoun pointing back to it: planting, placing, defusing, building or fitting it. Not the bare
    /// nouns, whose object may be no bomb (اثناء وضع حجر الاساس, خلال تفكيك مخيم الاعتصام: a blast at such a time is an attack).
    /// </summary>
    private static readonly HashSet<string> Handling = MatchKey.SetOf("زرعها", "زرعه", "زراعتها", "وضعها", "وضعه", "تفكيكها", "تفكيكه",
        "ابطالها", "ابطاله", "تصنيعها", "تصنيعه", "صنعها", "اعدادها", "تجهيزها", "تركيبها");

    private const int HandlingReach = 6;

    /// <summary>
    /// Whether, in the clause of word <paramref name="first"/> (no mark between), a blast (انفجرت, بانفجار) is told as
    /// happening while its own men handled the bomb: a <see cref="WhileWords"/> word with a <see cref="Handling"/> noun
    /// within <see cref="HandlingReach"/> words after it (اثناء محاولة عنصرين من الخلية زرعها). The bomb went off in its
    /// makers' hands, a mishap; a blast as a patrol passed (لدى مرور دورية) is an attack.
    /// </summary>
    private static bool BlewUpWhileHandled(IReadOnlyList<Word> words, int first)
    {
        // The blast may stand before the trigger (انفجرت قنبلة, بانفجار عبوة ناسفة): its clause starts after the last mark.
        int start = first;
        while (start > 0 && words[start - 1].Kind != WordKind.Punctuation) start--;
        bool blast = false;
        for (int k = start; k < words.Count; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) return false;
            blast |= words[k].Key.Contains("انفج", StringComparison.Ordinal);
            if (!blast || k <= first || !WhileWords.Contains(words[k].Key)) continue;
            for (int j = k + 1; j < words.Count && j <= k + HandlingReach && words[j].Kind != WordKind.Punctuation; j++)
            {
                if (Handling.Contains(words[j].Key)) return true;
            }
        }
        return false;
    }

    /// <summary>An inquiry, whose object after في/حول/بشأن is an act the story told before.</summary>
    private static readonly HashSet<string> Inquiries = MatchKey.SetOf("تحقيق", "التحقيق", "تحقيقا", "تحقيقات", "التحقيقات", "تحقيقه", "تحقيقها", "تحقيقاتها", "تحقيقاته");

    private static readonly HashSet<string> InquiryObjects = MatchKey.SetOf("في", "حول", "بشان");

    /// <summary>How far before the trigger the inquiry may stand: its object may run long (في حادث الاعتداء على قافلة تابعة … بواسطة عبوة).</summary>
    private const int InquiryReach = 16;

    /// <summary>
    /// Whether the attack at word <paramref name="first"/> is the object of an inquiry: an <see cref="Inquiries"/> word,
    /// then في/حول/بشأن, before it in its clause (no mark, no ان between: what an inquiry found, ان انتحاريا فجر نفسه,
    /// tells the act). The attack was told before; the news is the inquiry (فتحت الشرطة تحقيقا في هجوم … اسفر عن …).
    /// </summary>
    private static bool UnderInquiry(IReadOnlyList<Word> words, int first)
    {
        bool objectAfter = false;
        for (int k = first - 1; k >= 0 && k >= first - InquiryReach; k--)
        {
            if (words[k].Kind == WordKind.Punctuation || ThatWords.Contains(words[k].Key)) return false;
            if (Inquiries.Contains(words[k].Key)) return objectAfter;
            objectAfter |= InquiryObjects.Contains(words[k].Key);
        }
        return false;
    }

    /// <summary>The killing verbs a side uses to claim what its own men did (ان مقاتليه قتلوا, انها قتلت).</summary>
    private static readonly HashSet<string> KillingVerbs = MatchKey.SetOf("قتلوا", "قتلت");

    /// <summary>Active killing verbs, also with و (قتل, وقتلت, وقتلوا): by a named force or group, a blow in a fight.</summary>
    private static readonly HashSet<string> FightKilling = MatchKey.SetOf("قتل", "قتلت", "قتلوا", "وقتل", "وقتلت", "وقتلوا", "فقتل", "فقتلت", "فقتلوا");

    /// <summary>
    /// The side's own speaking pronoun right before the verb, after ان: انها قتلت, انهم قتلوا. Not انه or انهما: انه قتل,
    /// انهما قتلا read as the passive (he, they both were killed) as often.
    /// </summary>
    private static readonly HashSet<string> OwnPronounThat = MatchKey.SetOf("انها", "انهم", "بانها", "بانهم");

    /// <summary>The men of a side, written with the pronoun of the side that speaks (مقاتليه, عناصرها, قواتها, رجاله).</summary>
    private static readonly HashSet<string> OwnMen = MatchKey.SetOf("مقاتليه", "مقاتليها", "مقاتليهم", "عناصره", "عناصرها", "عناصرهم",
        "قواته", "قواتها", "قواتهم", "رجاله", "رجالها", "جنوده", "جنودها", "مسلحيه", "مسلحيها", "وحداتها", "وحداته");

    /// <summary>
    /// Whether the killing verb at word <paramref name="first"/> is a side's claim of what its own men killed, told after ان:
    /// ان مقاتليه قتلوا العشرات, اعلنت انها قتلت ثلاثة جنود. The side speaks of itself (a pronoun pointing back to the
    /// speaker); after the story told the fight, that is its boast about it, a retelling. ان مسلحين قتلوا ثلاثة حراس, where
    /// the killers are others, is a source's report. A strike verb is such a claim only in the side's own words, the marks
    /// opening right before it (ان مقاتليها "استهدفوا القاعدة").
    /// </summary>
    private static bool OwnKillsClaimed(IReadOnlyList<Word> words, int first)
    {
        if (first < 1) return false;
        bool killing = KillingVerbs.Contains(words[first].Key);
        if (!killing && !StrikingVerbs.Contains(words[first].Key)) return false;
        // ان مقاتليها "قتلوا 20 جنديا": the claim in the side's own words, the marks opening right before the verb.
        int before = first - 1;
        bool quoted = words[before].Kind == WordKind.Punctuation && QuoteMarks.Contains(words[before].Key);
        if (quoted) before--;
        if (before < 0) return false;
        // مؤكدة ان مقاتليها "استهدفوا القاعدة": a strike claimed in the side's own words retells; told plainly (ان مقاتليه
        // استهدفوا موقعا), it is the side's report of a blow of its own (OwnMenStruck).
        if (!killing) return quoted && OwnMenThat(words, before);
        if (OwnPronounThat.Contains(words[before].Key)) return true;
        if (OwnMenThat(words, before)) return true;
        // ان مقاتلي الحركة قتلوا 27 جنديا: the side's fighters named with the side.
        return before >= 2 && ClaimingMen.Contains(words[before - 1].Key) && words[before].IsLetters &&
               words[before].Key.StartsWith("ال", StringComparison.Ordinal) && ThatWords.Contains(words[before - 2].Key);
    }

    /// <summary>Whether word <paramref name="at"/> is a side's own men right after ان (ان مقاتليه, بان عناصرها).</summary>
    private static bool OwnMenThat(IReadOnlyList<Word> words, int at) =>
        at >= 1 && OwnMen.Contains(words[at].Key) && ThatWords.Contains(words[at - 1].Key);

    /// <summary>
    /// Whether a side's own men and ان stand right before the verb at word <paramref name="verb"/>, past the marks that open
    /// the side's own words: ان مقاتليه استهدفوا, ان مقاتليها "استهدفوا".
    /// </summary>
    internal static bool OwnMenBefore(IReadOnlyList<Word> words, int verb)
    {
        int before = verb - 1;
        if (before >= 0 && words[before].Kind == WordKind.Punctuation && QuoteMarks.Contains(words[before].Key)) before--;
        return OwnMenThat(words, before);
    }

    /// <summary>The plural verbs of a strike a side tells of its own men (ان مقاتليه استهدفوا, هاجموا, قصفوا).</summary>
    private static readonly HashSet<string> StrikingVerbs = MatchKey.SetOf("استهدفوا", "هاجموا", "قصفوا");

    /// <summary>
    /// Whether the verb at word <paramref name="first"/> tells a strike by the speaking side's own men, right after them
    /// and ان: ان مقاتليه استهدفوا موقعا, ان عناصرها هاجموا ثكنة. A side reporting a blow of its own across a front.
    /// </summary>
    private static bool OwnMenStruck(IReadOnlyList<Word> words, int first) =>
        first >= 2 && StrikingVerbs.Contains(words[first].Key) && OwnMenThat(words, first - 1);

    /// <summary>Quotation marks that may open a side's claim right before its verb.</summary>
    private static readonly HashSet<string> QuoteMarks = new(StringComparer.Ordinal) { "\"", "«", "“", "”" };

    /// <summary>A side's fighters in construct with the side (مقاتلي الحركة, عناصر التنظيم).</summary>
    private static readonly HashSet<string> ClaimingMen = MatchKey.SetOf("مقاتلي", "مقاتلو", "عناصر", "مسلحي", "مسلحو");

    /// <summary>
    /// Prepositions that open an adjunct after the object (خطفت الفنانة الانظار في حفل …): a word past one is in another
    /// phrase or clause, no object of the verb (وخطف مسلحون مهندسين في عملية جذبت الاهتمام, هاجم مسلحون قافلة بعد قرار …).
    /// </summary>
    private static readonly HashSet<string> Adjuncts = MatchKey.SetOf("في", "خلال", "اثناء", "على", "عند", "بعد", "قبل", "قرب");
    /// <summary>Words for what was said: statements, reports, claims and charges (البيان, التقرير, المزاعم, الاتهامات).</summary>
    private static readonly HashSet<string> SaidThings = MatchKey.SetOf("البيان", "التقرير", "التصريحات", "الاتهامات", "اتهامات", "المزاعم",
        "مزاعم", "الادعاءات", "ادعاءات", "الانتقادات", "انتقادات",
        // رفضت الوزارة الشكوى المصرية, رفض ما وصفه بالتهديدات: a complaint or threats are what another side said; what one
        // describes them as is his word for them.
        "الشكوى", "شكوى", "التهديدات", "تهديدات", "وصفه", "وصفته", "وصفها", "وصفوه",
        // رفضت حكومة الاقليم القرار: a decision or ruling rejected is answered in words, a stance the story gold codes as no
        // event, as it does every rejection.
        "القرار", "قرار", "القرارين", "القرارات", "الحكم");

    /// <summary>How many words after a rejecting verb its object may stand, past the subject and asides (في بيان قرأه …).</summary>
    private const int RejectedReach = 16;

    /// <summary>
    /// Whether the rejecting verb at word <paramref name="verb"/> has what was said as its object: a <see cref="SaidThings"/>
    /// word (or هذه before it) within <see cref="RejectedReach"/> words, before any mark other than a comma, and no comma
    /// opening a و-clause of its own between (رفض الخطة، وقال ان الاتهامات …: the plan was rejected).
    /// </summary>
    private static bool RejectsWhatWasSaid(IReadOnlyList<Word> words, int verb)
    {
        for (int k = verb + 1; k < words.Count && k <= verb + RejectedReach; k++)
        {
            var word = words[k];
            if (word.Kind == WordKind.Punctuation)
            {
                if (!word.IsComma) return false;
                if (k + 1 < words.Count && words[k + 1].Key.Length > 3 && words[k + 1].Key[0] == 'و' && !words[k + 1].Key.StartsWith("وال", StringComparison.Ordinal)) return false;
                continue;
            }
            if (SaidThings.Contains(word.Key)) return true;
        }
        return false;
    }

    /// <summary>Animals that attack people in the news (هاجم كلب ضال طفلا, لهجوم من حيوان الكنغر): no actor, no event.</summary>
    private static readonly HashSet<string> Animals = MatchKey.SetOf(
        "حيوان", "الحيوان", "حيوانات", "الحيوانات", "كلب", "الكلب", "كلاب", "الكلاب", "كنغر", "الكنغر", "خنزير", "الخنزير", "خنازير", "الخنازير",
        "قرش", "القرش", "دب", "الدب", "دببة", "ذئب", "الذئب", "ذئاب", "الذئاب", "تمساح", "التمساح", "نمر", "النمر", "قرد", "القرد", "قردة", "قرود",
        "ثعبان", "الثعبان", "افعى", "الافعى", "نحل", "النحل", "فيل", "الفيل");

    /// <summary>Collective nouns before من and the animals (قطيع من الخنازير).</summary>
    private static readonly HashSet<string> Herds = MatchKey.SetOf("قطيع", "سرب", "مجموعة");

    /// <summary>
    /// Whether the one who attacked is an animal: right after the verb (هاجم كلب, هاجم قطيع من الخنازير), or after من of the
    /// noun (لهجوم من حيوان الكنغر, لهجوم من كلب).
    /// </summary>
    private static bool AnimalAttack(IReadOnlyList<Word> words, EventRecognizer.Hit hit, int last)
    {
        int k = last + 1;
        if (hit.Trigger.Role != TriggerRole.Verb)
        {
            if (k >= words.Count || words[k].Key != "من") return false;
            k++;
        }
        if (k + 2 < words.Count && Herds.Contains(words[k].Key) && words[k + 1].Key == "من") k += 2;
        return k < words.Count && Animals.Contains(words[k].Key);
    }
}
