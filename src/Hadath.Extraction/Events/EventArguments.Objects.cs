using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// What an act of force struck when the tagger names none of it: the words in the object slot (هاجموا ناحية البغدادي,
/// قصفت الطائرات مواقع التنظيم, خطفوا ما مجموعه 14 شخصا), the words after على/ضد (فتحت النار على سكان, هجوم ضد مدرسة
/// للبنات) and what a bomb went off as it passed (انفجرت عبوة لدى مرور دورية للشرطة). Such a side is an argument without
/// a code, like the definite words of an unnamed side.
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>Nouns of time that open a time phrase the lexicon's single words miss (يوم الخميس, الاسبوع الماضي, ليلة الاحد).</summary>
    private static readonly HashSet<string> TimeNouns = MatchKey.SetOf("يوم", "ليلة", "الليلة", "الاسبوع", "الشهر", "العام", "عام", "السنة", "مطلع", "منتصف", "اواخر", "اوائل", "نهاية");

    /// <summary>Months and units of time: a number before one is a date or a span (30 يونيو, 10 ساعات), no people.</summary>
    private static readonly HashSet<string> TimeUnits = MatchKey.SetOf("يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
        "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويلية", "اوت", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر",
        "ساعة", "ساعات", "يوما", "ايام", "اسبوعا", "اسابيع", "شهرا", "اشهر", "شهور", "عاما", "اعوام", "سنة", "سنوات", "دقيقة", "دقائق");

    /// <summary>Whether a word is a month, a unit of time, a time noun or a word ending a time phrase (نيسان, ابريل, مطلع, العام, الماضي).</summary>
    internal static bool IsTimeWord(string key) => TimeUnits.Contains(key) || TimeNouns.Contains(key) || TimeAdjectives.Contains(key);

    /// <summary>Words that end a time phrase opened by a time noun (الاسبوع الماضي, الشهر الجاري; في وقت لاحق).</summary>
    private static readonly HashSet<string> TimeAdjectives = MatchKey.SetOf("الماضي", "الماضية", "الجاري", "الحالي", "المقبل", "الفائت", "لاحق", "سابق", "متاخر", "مبكر");

    /// <summary>للمرة: how many times an act was done, before its ordinal (للمرة الاولى, للمرة الثانية).</summary>
    private static readonly string TheTime = MatchKey.Of("للمرة");

    private static readonly HashSet<string> Ordinals = MatchKey.SetOf("الاولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "الاخيرة");

    /// <summary>لاول مرة, لثاني مرة: the ordinal before مرة, the other way of telling how often.</summary>
    private static readonly HashSet<string> OrdinalsBeforeTime = MatchKey.SetOf("لاول", "لثاني", "لثالث", "لاخر");

    /// <summary>مرة: a time an act was done, after its ordinal (لاول مرة).</summary>
    private static readonly string Occasion = MatchKey.Of("مرة");

    /// <summary>Parts of the day a late or early time names after من (في وقت متأخر من الليل).</summary>
    private static readonly HashSet<string> PartsOfDay = MatchKey.SetOf("الليل", "النهار", "المساء", "الصباح", "الفجر", "اليوم");

    /// <summary>
    /// Words after على that make no target of what follows (على الاقل, على خلفية, على بعد, على اثر, على يد): a count's
    /// qualifier, a cause, a distance or an agent.
    /// </summary>
    private static readonly HashSet<string> NotStruck = MatchKey.SetOf("الاقل", "خلفية", "بعد", "اثر", "يد", "ايدي", "لسان", "اساس", "الرغم", "راس", "مدار", "طول", "مدى", "نحو", "حد", "مقربة", "مسافة", "مستوى", "الفور",
        // على الطريق, على جانب الطريق, على متن, على الحدود: where a bomb lay or a crossing is, not what was struck
        "الطريق", "طريق", "جانب", "متن", "الحدود", "حدود", "مشارف", "الارض");

    /// <summary>What a bomb goes off as it passes (لدى مرور دورية, اثناء مرور موكب, عند مرور قافلة): what it struck.</summary>
    private static readonly HashSet<string> Passing = MatchKey.SetOf("مرور", "عبور");
    private static readonly HashSet<string> PassingWhen = MatchKey.SetOf("لدي", "عند", "اثناء", "خلال", "اثر", "لحظة");

    private const int MaxStruckWords = 5;

    /// <summary>
    /// The words an act of force struck at word <paramref name="k"/> (its object slot, past times and an instrument
    /// read with ب: بالمدفعية والصواريخ): a noun and the definite words or names after it (مواقع التنظيم, ناحية البغدادي,
    /// بلدة حمورية), or people counted (ثلاثة من اعضاء الجمعية); null when the slot holds a preposition, a time, what
    /// was fired (النار, صاروخا) or nothing.
    /// </summary>
    private ActorPhrases.Phrase? StruckAt(Sentence s, int k, int right)
    {
        k = PastInstrument(s, SkipTimePhrase(s, k), right);
        if (k > right || k >= s.Words.Count) return null;
        // خمسة صواريخ: a number opens people counted or what was fired, nothing else.
        var people = CountedAt(s, k, right);
        if (people is not null || NumberReader.Shared.Starts(s.Words[k])) return people;
        if (!OpensObject(s, k)) return null;
        int j = s.StartingAt(k) is { } named ? named.Last + 1 : k + 1;
        // بلدة بالما, ناحية الكرمة: a place's category and its name, though the tagger missed it (not an adjective: منطقة سكنية).
        if (j == k + 1 && PlaceNouns.Contains(s.Words[k].Key) && j <= right && j < s.Words.Count && s.Words[j].IsLetters && !Prepositions.Contains(s.Words[j].Key) &&
            !IsTime(s, j) && !PlaceNouns.Contains(s.Words[j].Key) && s.Words[j].Key[0] != 'و' && !LooksVerbal(s, j) && !s.Words[j].Key.EndsWith("يه", StringComparison.Ordinal)) j++;
        // نقطة تفتيش, دورية تابعة للشرطة: one indefinite word describing an indefinite noun.
        if (j == k + 1 && IsIndefiniteNoun(s, k) && j <= right && j < s.Words.Count && IsIndefiniteNoun(s, j) && OpensObject(s, j) && !LooksVerbal(s, j) &&
            s.Words[j].Key[0] is not ('ب' or 'ل')) j++;
        // مجموعة من المتمردين, عدد من كبار الامراء: a part and the whole it is taken from.
        if (j + 1 <= right && j + 1 < s.Words.Count && s.Words[j].Key == "من" &&
            (OpensDefinite(s, j + 1) || IsIndefiniteNoun(s, j + 1) && j + 2 <= right && OpensDefinite(s, j + 2))) j++;
        int last = DefiniteRunEnd(s, k, j, right);
        // قافلة للجيش الاميركي: the owner's nationality codes the side whole (USAMIL); without one, the force is of the
        // country the story happens in (دورية للشرطة, IRQCOP), as an unnamed force is (قوات الامن); with none, its agent alone.
        var owner = _phrases.Owner(s.Words, k, last);
        string? code = owner is { } o && (o.Country ?? s.Country) is { } country ? country + o.Agent : null;
        return new ActorPhrases.Phrase(new TextSpan(s.Words[k].Start, s.Words[last].End), last + 1, code, owner?.Agent);
    }

    /// <summary>
    /// People counted from word <paramref name="k"/>, with the qualifier opening them (ما مجموعه 14 شخصا, ثلاثة من اعضاء
    /// الجمعية): the number, who they are and the definite words after them; null when no number opens the slot.
    /// </summary>
    private ActorPhrases.Phrase? CountedAt(Sentence s, int k, int right)
    {
        int at = k;
        while (at <= right && at < s.Words.Count && at <= k + 3 && !NumberReader.Shared.Starts(s.Words[at])) at++;
        if (at > right || at >= s.Words.Count || NumberReader.Shared.Read(s.Words, at) is not { } number) return null;
        // نحو 14 شخصا, ما مجموعه 14 شخصا: words before the number only as its qualifier or its total.
        if (at > k && (CountLexicon.Shared.QualifierBefore(s.Words, at) is not { } qualifier || qualifier.FirstWord != k) && !AllTotalWords(s, k, at)) return null;
        // منذ اربعة اعوام, خلال ثلاثة ايام: a number of a time span.
        if (k > 0 && SpanOpeners.Contains(s.Words[k - 1].Key)) return null;
        int j = number.EndWord;
        // اعتقلت السلطات ثلاثة من اعضاء فرع الجمعية: who they are after من, named by the whole they belong to.
        bool part = j <= right && j < s.Words.Count && s.Words[j].Key == "من";
        if (part) j++;
        if (j > right || j >= s.Words.Count || !s.Words[j].IsLetters || Prepositions.Contains(s.Words[j].Key) || IsTime(s, j) || IsWeapon(s.Words[j].Key) ||
            TimeUnits.Contains(s.Words[j].Key) || s.Words[j].Key[0] is 'ب' or 'ل' && !IsPeopleNoun(s, j)) return null;
        // اعتقل 4 اشخاص هاجموا السفارة: right after who they are, only definite words and nationalities are more of them;
        // خمسة عناصر من التنظيم: and the whole they are part of, after من.
        int next = j + 1;
        // ستة مواطنين من القرية, 11 مواطنا من بلدة طمون: a place after من is where they came from, not a whole they are part of.
        if (!part && next + 1 <= right && next + 1 < s.Words.Count && s.Words[next].Key == "من" && OpensDefinite(s, next + 1) && !IsPlaceOfOrigin(s, next + 1)) (part, next) = (true, next + 1);
        int last = DefiniteRunEnd(s, k, next, right, idafa: part);
        // قتلت حوالي 40 شخصا: the count stage's reading of the people, where it made one that reaches further.
        if (!part && CountOf(s, at) is { } count && Counted(s, count) is { } read && read.After > last + 1) return read;
        return PeopleAt(s, k, last, s.Words[last].End);
    }

    /// <summary>A place at word <paramref name="k"/>: named (طمون), told by its common noun (القرية, المخيم) or by its category before a name (بلدة طمون).</summary>
    private static bool IsPlaceOfOrigin(Sentence s, int k) =>
        s.StartingAt(k) is { Entity.Type: EntityType.LOC } || PlacesOfOrigin.Contains(s.Words[k].Key) || PlaceNouns.Contains(s.Words[k].Key);

    /// <summary>
    /// The last word of the run from <paramref name="k"/> that goes on from word <paramref name="j"/> with definite words,
    /// names, owners after لل (مواقع للجيش) and nouns with a definite word after them (اعضاء فرع الجمعية).
    /// </summary>
    private int DefiniteRunEnd(Sentence s, int k, int j, int right, bool idafa = true)
    {
        while (j <= right && j < s.Words.Count && j - k < MaxStruckWords && s.Words[j].IsLetters && !IsTime(s, j) && !Prepositions.Contains(s.Words[j].Key))
        {
            string key = s.Words[j].Key;
            // مواقع عسكرية واسرائيل تحضر: a name after و is another side or clause.
            if (key[0] == 'و' && !PlaceNouns.Contains(key)) break;
            if (s.StartingAt(j) is { } m) { j = m.Last + 1; continue; }
            // قرب بعقوبة, وسط المدينة: where it was, not more of what was struck.
            if (PlaceNouns.Contains(key)) break;
            // ثلاثة جنود اميركيين: who they are.
            if (CountedNationality(s.Words[j]) is not null) { j++; continue; }
            // الشاب للاشتباه, امرأة للمشاركة: a purpose, not whose it is.
            if (key.StartsWith("لل", StringComparison.Ordinal) && IsPurpose(key[2..])) break;
            if (!key.StartsWith("ال", StringComparison.Ordinal) && !key.StartsWith("لل", StringComparison.Ordinal) &&
                (!idafa || key[0] is 'و' or 'ب' or 'ل' || !IsIndefiniteNoun(s, j) || !OpensDefinite(s, j + 1) || j + 1 > right)) break;
            j++;
        }
        return Math.Min(j, s.Words.Count) - 1;
    }

    /// <summary>Whether word <paramref name="k"/> may open the words an act struck: a noun, a number or a name, not a particle, a time or a weapon.</summary>
    private static bool OpensObject(Sentence s, int k)
    {
        var word = s.Words[k];
        if (!word.IsLetters && !word.IsNumber) return false;
        if (word.IsNumber) return true;
        string key = word.Key;
        if (Prepositions.Contains(key) || ClauseWords.Contains(key) || IsTime(s, k) || TimeNouns.Contains(key) || key.Length < 3) return false;
        if (key is "ان" or "انه" or "انها" or "ما" or "الذي" or "التي" or "كل" or "القبض" or "بدون" or "دون" || NotObjects.Contains(key) || ActorPhrases.IsActNoun(key)) return false;
        // و opens another verb or side (وقتلوا, ومبنى); بالمدفعية, للدموع: an instrument or a purpose.
        if (key[0] == 'و' && !PlaceNouns.Contains(key)) return false;
        // دوريتهما, موكبه: a pronoun points back to whom the sentence told already (the dead named before it).
        if (HasPronounSuffix(s, k)) return false;
        if (key.Length > 3 && key[0] is 'ب' or 'ل' or 'ف' or 'ك' && key[1..].StartsWith("ال", StringComparison.Ordinal)) return false;
        // لمنع, لتفريق: a purpose; اصابت, يقتربون: a verb of a clause of its own.
        if (key[0] == 'ل' && key != "لجنه" || key[0] == 'ي' || key.EndsWith('ت') && !key.EndsWith("ات", StringComparison.Ordinal)) return false;
        return !IsWeapon(key);
    }

    /// <summary>
    /// Whether the indefinite word at <paramref name="k"/> after a noun reads as a verb of a relative clause rather than
    /// an adjective (فتاة نشرت, شاب زُعم, سيارة تقل; not نقطة تفتيش, دورية تابعة): a past ending in ت, a present opening
    /// with ي or with ت and no feminine ending (but not a verbal noun تفعيل), or a passive's damma.
    /// </summary>
    private static bool LooksVerbal(Sentence s, int k)
    {
        var w = s.Words[k];
        string key = w.Key;
        if (key.EndsWith('ت') && !key.EndsWith("ات", StringComparison.Ordinal)) return true;
        // تفتيش, تدريب: a verbal noun of the form تفعيل is no verb.
        bool verbalNoun = key.Length == 5 && key[0] == 'ت' && key[3] == 'ي';
        if (key[0] == 'ي' || key[0] == 'ت' && key[^1] != 'ه' && !verbalNoun) return true;
        return w.End - w.Start > 1 && s.Text[w.Start + 1] == Damma;
    }

    private const char Damma = '\u064F';

    /// <summary>
    /// Whether a stem after لل is a verbal noun of purpose (اشتباه, استيلاء, مشاركة, تحقيق): the forms افتعال, استفعال,
    /// مفاعلة and تفعيل, which name no owner.
    /// </summary>
    private static bool IsPurpose(string stem) =>
        stem.Length >= 4 && (stem[0] == 'ا' || stem[0] == 'م' && stem[2] == 'ا' || stem[0] == 'ت' && stem.Length == 5 && stem[3] == 'ي');

    /// <summary>
    /// Word <paramref name="k"/> past the words of a subject phrase the phrase did not take: nisba adjectives, ending in ي
    /// or ية (اعتقلت السلطات القضائية العراقية, القوات الكردية), and after a lone force noun the definite words naming it
    /// (اشتبكت قوات الدفاع والامن).
    /// </summary>
    private static int PastSubjectWords(Sentence s, int k, int right, ActorPhrases.Phrase subject)
    {
        bool loneForce = WordIndexAt(s, subject.Span.Start) is { } head && head + 1 == subject.After && ActorPhrases.IsForceNoun(s.Words[head].Key);
        for (int n = 0; n < 3 && k <= right && k < s.Words.Count && s.StartingAt(k) is null; n++, k++)
        {
            string key = s.Words[k].Key;
            if (!key.StartsWith("ال", StringComparison.Ordinal)) break;
            if (!loneForce && !(key.EndsWith("يه", StringComparison.Ordinal) || key.EndsWith('ي'))) break;
        }
        return k;
    }

    /// <summary>
    /// Craft right after a verb, as its subject (وفتحت دبابات روسية النار, وقصفت مروحيات الجيش, قصفت المدفعية التركية): the craft of a country,
    /// or the force named after them; null when no craft opens word <paramref name="k"/>.
    /// </summary>
    private ActorPhrases.Phrase? CraftSubject(Sentence s, int k)
    {
        if (k >= s.Words.Count || !Craft.ContainsWithOrWithoutArticle(s.Words[k].Key) || s.StartingAt(k + 1) is not null) return null;
        return CraftOf(s, k, s.Words.Count - 1) ?? _phrases.At(s.Words, k + 1, s.Country);
    }

    /// <summary>
    /// How many words a told subject may have: a body the tagger missed is often long (ان عناصر المكتب المركزي للابحاث
    /// القضائية اوقفوا), and names, numbers, prepositions and clause words still stop the reach.
    /// </summary>
    private const int MaxToldSubjectWords = 6;

    /// <summary>Words that open a told clause with its subject: ان and an opening quotation mark (a straight one may close).</summary>
    private static readonly HashSet<string> SubjectOpeners = new(StringComparer.Ordinal) { "ان", "بان", "«", "“" };

    /// <summary>Nouns of those who suffered (الضحايا, القتلى): no subject of an act of force.</summary>
    private static readonly HashSet<string> Victimhood = MatchKey.SetOf("الضحايا", "القتلى", "الجرحى", "المصابين", "المصابون", "الرهائن", "المخطوفين", "المعتقلين");

    /// <summary>
    /// The words between ان (or a quotation mark) and the verb at <paramref name="first"/> that open its clause: the
    /// subject no name or actor phrase marks (ان وحدات الحرس اوقفت, «مديريات الشرطة قتلت», ان هذه المجموعة اطلقت); null
    /// when they hold a name, a number or a particle, hold no definite word, or tell who suffered a verb with no object
    /// (ان جنديين قتلا: <see cref="Victims"/>).
    /// </summary>
    private ActorPhrases.Phrase? ToldSubject(Sentence s, int first, int last, TextSpan trigger)
    {
        bool conjunction = AfterConjunction(s, first, trigger);
        // المطار استهدف بعدة صواريخ, الرجل اعتقل في عام: with nothing done after it the verb is passive, and who stands
        // before it suffered the act.
        int next = SkipTimes(s, last + 1);
        bool objectless = next >= s.Words.Count || !s.Words[next].IsNumber && (NothingDone(s, next) || NotObjects.Contains(s.Words[next].Key) || s.Words[next].Key[0] == 'ل');
        if (conjunction || objectless) return null;
        int end = first > 0 && s.Words[first - 1].Key == "قد" ? first - 1 : first;
        for (int k = end - 1; k >= 0 && k >= end - MaxToldSubjectWords; k--)
        {
            var w = s.Words[k];
            if (!w.IsLetters || s.StartingAt(k) is not null || s.EndingAt(k) is not null || Prepositions.Contains(w.Key) || ClauseWords.Contains(w.Key) ||
                IsTime(s, k) || NumberReader.Shared.Starts(w) || SpeakerPronouns.Contains(w.Key)) return null;
            if (k == 0 || !SubjectOpeners.Contains(s.Words[k - 1].Key)) continue;
            bool definite = false;
            for (int d = k; d < end; d++) definite |= s.Words[d].Key.StartsWith("ال", StringComparison.Ordinal);
            if (!definite || Victimhood.Contains(s.Words[k].Key)) return null;
            var span = new TextSpan(s.Words[k].Start, s.Words[end - 1].End);
            return new ActorPhrases.Phrase(span, first, _phrases.At(s.Words, k, s.Country) is { } p && p.After == end ? p.Code : null);
        }
        return null;
    }

    /// <summary>Clash verbs: their other side follows مع, nothing in their object slot was struck.</summary>
    private static readonly HashSet<string> ClashVerbs = MatchKey.SetOf("اشتبك", "اشتبكت", "اشتبكوا", "واشتبك", "واشتبكت", "واشتبكوا");

    /// <summary>How many words the phrase covers.</summary>
    private static int WordCount(Sentence s, ActorPhrases.Phrase p)
    {
        var (first, last) = WordRange(s.Words, p.Span);
        return first < 0 ? 0 : last - first + 1;
    }

    /// <summary>Words saying a number is a total (ما مجموعه, اجمالي).</summary>
    private static readonly HashSet<string> TotalWords = MatchKey.SetOf("ما", "مجموعه", "مجموع", "اجمالي", "بمجموع");

    private static bool AllTotalWords(Sentence s, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!TotalWords.Contains(s.Words[k].Key)) return false;
        }
        return true;
    }

    /// <summary>The count of the sentence whose span holds word <paramref name="k"/>, or null.</summary>
    private static Count? CountOf(Sentence s, int k)
    {
        var counts = s.Counts;
        for (int i = 0; i < counts.Count; i++)
        {
            var c = counts[i];
            if (c.Span.Contains(s.Words[k].Span)) return c;
        }
        return null;
    }

    /// <summary>Prepositions before a number of a time span (منذ اربعة اعوام).</summary>
    private static readonly HashSet<string> SpanOpeners = MatchKey.SetOf("منذ", "قبل", "بعد", "خلال", "لمدة", "مدة", "طيلة", "طوال");

    /// <summary>
    /// Words that open no object: adverbs (مؤخرا, مباشرة), causes (نتيجة, جراء), prepositions with a pronoun (عليه, لها),
    /// adjectives of a strike (قصف جوي) and act nouns (ردا على الهجوم).
    /// </summary>
    private static readonly HashSet<string> NotObjects = MatchKey.SetOf("مؤخرا", "مباشرة", "مجددا", "حاليا", "سابقا", "فعلا", "مرة", "اخيرا", "ايضا", "كذلك", "معا", "فقط",
        "بشدة", "بقوة", "بعنف", "لمدة", "مدة", "اثناء", "خلال", "دفاعا", "ردا", "حوالي", "نحو", "قرابة", "زهاء", "اكثر", "اقل", "تقريبا", "فوق", "تحت", "صوب", "باتجاه", "المسيل", "المسيلة", "مسيل", "مسيلة", "قرب", "بالقرب", "عند", "وسط", "شمال", "جنوب", "شرق", "غرب", "ضواحي", "اطراف", "محيط",
        "نتيجة", "جراء", "بسبب", "اثر", "عقب", "بهدف", "بغية", "اضافة", "فضلا", "علاوة",
        "عليه", "عليها", "عليهم", "عليهما", "منه", "منها", "منهم", "اليه", "اليها", "اليهم", "به", "بها", "بهم", "له", "لها", "لهم", "فيه", "فيها", "فيهم", "معه", "معها", "معهم",
        "جوي", "جوية", "جويا", "مدفعي", "مدفعية", "صاروخي", "عنيف", "عنيفة", "عنيفا", "مكثف", "مكثفة", "بري", "برية", "بحري",
        "شمالي", "جنوبي", "شرقي", "غربي");

    /// <summary>Whether the word at <paramref name="k"/> ends with an object pronoun as written (موكبه, دوريتهما, قافلتها; not مدرسة).</summary>
    private static bool HasPronounSuffix(Sentence s, int k)
    {
        var w = s.Words[k];
        if (w.End - w.Start < 5) return false;
        var written = s.Text.AsSpan(w.Start, w.End - w.Start);
        foreach (var suffix in OwnerSuffixes)
        {
            if (written.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>An indefinite letter word that is no name's, no preposition and no time: a noun or an adjective of the object.</summary>
    private static bool IsIndefiniteNoun(Sentence s, int k) =>
        s.Words[k].IsLetters && !s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal) && s.StartingAt(k) is null && s.EndingAt(k) is null &&
        !Prepositions.Contains(s.Words[k].Key) && !IsTime(s, k) && !PlaceNouns.Contains(s.Words[k].Key) && !TimeNouns.Contains(s.Words[k].Key) && !NotObjects.Contains(s.Words[k].Key);

    /// <summary>Whether word <paramref name="k"/> is definite: with ال, a name, or an owner after لل (تابعة للشرطة), not a purpose (للاشتباه).</summary>
    private static bool OpensDefinite(Sentence s, int k)
    {
        if (k >= s.Words.Count || !s.Words[k].IsLetters) return false;
        string key = s.Words[k].Key;
        return key.StartsWith("ال", StringComparison.Ordinal) || s.StartingAt(k) is not null || key.StartsWith("لل", StringComparison.Ordinal) && !IsPurpose(key[2..]);
    }

    /// <summary>What is fired (النار, صاروخا, الغاز): the object of a firing verb, not what it struck.</summary>
    private static bool IsWeapon(string key)
    {
        var lexicon = EventLexicon.Shared;
        if (lexicon.Supports(key, TriggerCondition.WeaponObject)) return true;
        return key.StartsWith("ال", StringComparison.Ordinal) && lexicon.Supports(key[2..], TriggerCondition.WeaponObject) || Fired.Contains(key);
    }

    /// <summary>What is fired or set off beside the condition's weapon words: the singular and the article forms (صاروخ, الغاز).</summary>
    private static readonly HashSet<string> Fired = MatchKey.SetOf("صاروخ", "الصاروخ", "الصواريخ", "قذيفة", "القذائف", "قنبلة", "قنابل", "القنابل", "عبوة", "عبوات",
        "النار", "الغاز", "غازا", "الرصاص", "نيرانه", "نيرانهم", "رصاصا", "الهاون", "اعيرة", "الاعيرة", "نارية");

    /// <summary>Word <paramref name="k"/> past a time phrase: the lexicon's time words and a time noun with its day or adjective (يوم الخميس, الاسبوع الماضي).</summary>
    private static int SkipTimePhrase(Sentence s, int k)
    {
        k = SkipTimes(s, k);
        // قصفت في وقت لاحق مخابئ للتنظيم, في وقت متأخر من الليل, قصف للمرة الاولى مواقع, لاول مرة: when and how often,
        // told between the verb and its object.
        if (k + 2 < s.Words.Count && s.Words[k].Key == "في" && s.Words[k + 1].Key == "وقت" && TimeAdjectives.Contains(s.Words[k + 2].Key))
        {
            k += 3;
            if (k + 1 < s.Words.Count && s.Words[k].Key == "من" && PartsOfDay.Contains(s.Words[k + 1].Key)) k += 2;
            k = SkipTimes(s, k);
        }
        if (k + 1 < s.Words.Count && (s.Words[k].Key == TheTime && Ordinals.Contains(s.Words[k + 1].Key) ||
                                      OrdinalsBeforeTime.Contains(s.Words[k].Key) && s.Words[k + 1].Key == Occasion)) k = SkipTimes(s, k + 2);
        // مطلع هذا الشهر: a demonstrative before a time noun.
        if (k + 1 < s.Words.Count && s.Words[k].Key is "هذا" or "هذه" && TimeNouns.Contains(s.Words[k + 1].Key)) k++;
        if (k < s.Words.Count && TimeNouns.Contains(s.Words[k].Key))
        {
            k++;
            if (k + 1 < s.Words.Count && s.Words[k].Key is "هذا" or "هذه" && TimeNouns.Contains(s.Words[k + 1].Key)) k += 2;
            while (k < s.Words.Count && (IsTime(s, k) || TimeAdjectives.Contains(s.Words[k].Key))) k++;
        }
        return k;
    }

    /// <summary>Word <paramref name="k"/> past an instrument read with ب and the ones joined to it by و (بالمدفعية والصواريخ).</summary>
    private static int PastInstrument(Sentence s, int k, int right)
    {
        if (k > right || k >= s.Words.Count || !IsDefiniteWith(s.Words[k].Key, 'ب')) return k;
        k++;
        while (k <= right && k < s.Words.Count && (IsDefiniteWith(s.Words[k].Key, 'و') || (s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal) && s.StartingAt(k) is null && !IsTime(s, k)))) k++;
        return SkipTimePhrase(s, k);
    }

    private static bool IsDefiniteWith(string key, char clitic) => key.Length > 3 && key[0] == clitic && key[1..].StartsWith("ال", StringComparison.Ordinal);

    /// <summary>
    /// The words after على/ضد (found in words [from, searchEnd]) that an act of force struck, when no actor phrase is
    /// there: فتحت النار على سكان, هجوم ضد مدرسة للبنات, اطلقت صاروخا على مجموعة من المقاومين; not على الاقل, على خلفية.
    /// </summary>
    private ActorPhrases.Phrase? StruckAfterAgainst(Sentence s, int from, int searchEnd, int right)
    {
        for (int k = Math.Max(0, from); k <= searchEnd && k < s.Words.Count; k++)
        {
            if (!Against.Contains(s.Words[k].Key)) continue;
            // ردا على الهجوم, احتجاجا على: what answers or protests is no target of force.
            if (k + 1 > right || NotStruck.Contains(s.Words[k + 1].Key) || k > 0 && s.Words[k - 1].Key is "ردا" or "رد" or "احتجاجا" or "تنديدا") return null;
            // على منطقة سكنية: a bare noun of a place says where shells fell; what is struck is named, definite, people, or a
            // place's category with its name (على بلدة بالما).
            return StruckAt(s, k + 1, right) is { } p && (p.Code is not null || p.After > k + 2 && (OpensDefinite(s, p.After - 1) || PlaceNouns.Contains(s.Words[k + 1].Key)) ||
                                                       IsPeopleNoun(s, k + 1) || OpensDefinite(s, k + 1) || CountedAt(s, k + 1, right) is not null) ? p : null;
        }
        return null;
    }

    /// <summary>
    /// What an act of force told by a verb struck when no name or actor phrase is in its object slot: the words there
    /// (after <paramref name="after"/>), else after على/ضد a few words on, else what it went off as it passed.
    /// </summary>
    private (Entity? Named, ActorPhrases.Phrase? Unnamed) StruckByVerb(Sentence s, int after, int last, int right)
    {
        // فرقت السلطات المحلية بمدينة مكناس اعتصاما: a place's category joined with ب right after the subject says where
        // the subject acts, not what was struck.
        if (PlaceWithBa(s, after)) return (null, null);
        if (StruckAt(s, after, right) is { } obj)
        {
            // هاجموا نقطة تفتيش للحشد الشعبي, قصفت مخابئ للتنظيم: a place struck that belongs to the one named right after
            // it with لل was an attack on its owner.
            return OwnerOfStruck(s, obj, right) is { } owner ? (owner, null) : (null, obj);
        }
        if (StruckAfterAgainst(s, after, Math.Min(right, after + MaxNounGap), right) is { } hit) return (null, hit);
        return PassedBy(s, last + 1, right);
    }

    /// <summary>Whether word <paramref name="k"/> is a place's category joined with ب (بمدينة, بولاية, بمحافظة), where one acts.</summary>
    private static bool PlaceWithBa(Sentence s, int k)
    {
        if (k >= s.Words.Count) return false;
        string key = s.Words[k].Key;
        return key.Length > 3 && key[0] == 'ب' && PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key.AsSpan(1));
    }

    /// <summary>The one named with لل inside the struck words <paramref name="struck"/> or right after them, or null.</summary>
    private static Entity? OwnerOfStruck(Sentence s, ActorPhrases.Phrase struck, int right)
    {
        for (int k = (WordIndexAt(s, struck.Span.Start) ?? struck.After) + 1; k <= struck.After && k <= right; k++)
        {
            if (Cliticked(s, k) is { } owner) return owner.Entity;
        }
        return null;
    }

    /// <summary>
    /// What a verbal noun of force struck, right after it (بقصف مواقع التنظيم); none when an actor phrase stands there,
    /// which is its doer (اعتقال السلطات 11 ناشطا).
    /// </summary>
    private ActorPhrases.Phrase? StruckAfterNoun(Sentence s, int last, int right) =>
        last + 1 < s.Words.Count && _phrases.At(s.Words, last + 1, s.Country) is null ? StruckAt(s, last + 1, right) : null;

    /// <summary>
    /// What a bomb went off as it passed, in the clause from word <paramref name="from"/> (انفجرت لدى مرور دورية للجيش,
    /// عند مرور موكب الوزير): the name there, else its words.
    /// </summary>
    private (Entity? Named, ActorPhrases.Phrase? Unnamed) PassedBy(Sentence s, int from, int right)
    {
        for (int k = Math.Max(0, from); k + 2 <= right; k++)
        {
            if (!PassingWhen.Contains(s.Words[k].Key) || !Passing.Contains(s.Words[k + 1].Key)) continue;
            if (s.StartingAt(k + 2) is { Entity.Type: not EntityType.LOC } named) return (named.Entity, null);
            return (null, StruckAt(s, k + 2, right));
        }
        return (null, null);
    }

    /// <summary>
    /// The group named with ل right after an attack noun, past one adjective and quotation marks (هجوم واسع لتنظيم "داعش",
    /// هجوم للحوثيين, هجوما لتنظيم داعش) or its members (هجوم لمسلحي التنظيم, also with no ل: اعتداء ارهابيين من تنظيم X):
    /// who carried it out; null when none is.
    /// </summary>
    private static Placed? OwnerAfter(Sentence s, int last, int right)
    {
        for (int k = last + 1; k <= right && k <= last + 2; k++)
        {
            if (Cliticked(s, k) is { } owner) return new Placed(owner.Entity, k, owner.After - 1, default);
            // صدت هجوما لقوات حفتر: a name the story told, with ل on its indefinite head, where the tagger missed it here.
            if (s.StartingAt(k) is null && LamNamed(s, k) is { } told) return new Placed(told, k, k + 1, default);
            string key = s.Words[k].Key;
            // هجوم لمسلحي تنظيم داعش: its members' attack is the group's.
            if (key.Length > 3 && key[0] == 'ل' && (GroupNouns.Contains(key[1..]) || MembersInConstruct.Contains(key[1..])))
            {
                // هجوم لتنظيم داعش: a name taking in the group noun, its span past the ل.
                if (s.StartingAt(k) is { Entity.Type: not EntityType.LOC } whole && whole.Span.Start > s.Words[k].Start) return whole;
                int m = k + 1;
                while (m <= right && m <= k + 2 && !s.Words[m].IsLetters) m++;
                return m <= right && s.StartingAt(m) is { Entity.Type: not EntityType.LOC } group ? group : null;
            }
            // اعتداء ارهابيين من تنظيم جبهة النصرة, هجوم مسلحي التنظيم: the members in construct with the noun carried it out.
            if (k == last + 1 && PastMembers(s, k, right) is var named && named > k && s.StartingAt(named) is { Entity.Type: not EntityType.LOC } members) return members;
            if (!s.Words[k].IsLetters || s.StartingAt(k) is not null || Prepositions.Contains(key)) return null;
        }
        return null;
    }

    /// <summary>Bomb words that, before a verb, are its subject as an attack noun is (سيارة مفخخة استهدفت, عبوة ناسفة).</summary>
    private static readonly HashSet<string> BombWords = MatchKey.SetOf("مفخخة", "ناسفة", "ملغومة", "عبوة", "قنبلة",
        // غارات للطيران التركي استهدفت: strikes, not only attacks, are what hit
        "غارة", "غارات", "غارتين", "ضربة", "ضربات", "قصف", "الغارات", "الغارة", "الضربة", "الضربات", "القصف");

    /// <summary>An act noun or a bomb word, also with a pronoun of whose it is (غاراته استهدفت: the strikes of the one named before).</summary>
    private static bool IsActOrBomb(string key)
    {
        if (ActorPhrases.IsActNoun(key) || BombWords.Contains(key)) return true;
        foreach (var suffix in OwnerSuffixes)
        {
            if (key.Length > suffix.Length + 2 && key.EndsWith(suffix, StringComparison.Ordinal) && BombWords.Contains(key[..^suffix.Length])) return true;
        }
        return false;
    }

    private static readonly string[] OwnerSuffixes = ["هما", "هم", "ها", "ه"];

    private const int MaxActBefore = 4;

    /// <summary>
    /// An attack or a bomb told within a few words before the verb at <paramref name="first"/>, in its clause and with no
    /// name between (هجوم بشاحنة مفخخة استهدف قافلة للشرطة): the act is the verb's subject, so what follows is what it hit.
    /// </summary>
    private static bool ActBefore(Sentence s, int first, TextSpan trigger)
    {
        bool conjunction = AfterConjunction(s, first, trigger);
        if (conjunction) return false;
        for (int k = first - 1; k >= 0 && k >= first - MaxActBefore; k--)
        {
            if (!s.Words[k].IsLetters || s.EndingAt(k) is not null) return false;
            if (IsActOrBomb(s.Words[k].Key)) return true;
        }
        return false;
    }
}
