using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// Finds the organisation names wire Arabic builds from a head noun, which a word tagger often misses or cuts:
/// <list type="bullet">
/// <item>an institution head in the construct state with its definite complements (وزارة الداخلية, وكالة الانباء
/// القطرية, محكمة النقض, صندوق النقد الدولي, مفوضية الامم المتحدة لشؤون اللاجئين);</item>
/// <item>a group head likewise (حركة الشباب, تنظيم الدولة الاسلامية, قوات الحزام الامني), but not the generic
/// ones (قوات الامن, حركة السير); a group or council head, a verbal noun of what it is for, then its complement (قوات
/// مكافحة الارهاب, هيئة تحرير الشام, حركة تحرير السودان);</item>
/// <item>a definite body with a nationality (الشرطة الصومالية, المرصد السوري لحقوق الانسان), or a council or front with
/// two adjectives (المجلس العسكري الانتقالي);</item>
/// <item>a council, committee, coalition or force (مجلس, لجنة, تحالف, قوى…) with two complements, a nationality, or one the
/// tagger named (ائتلاف النصر, قوى الامن الداخلي);</item>
/// <item>a body-only head with a noun in construct and its genitive (نقابة اصحاب الافران, شركة نفط الشمال);</item>
/// <item>a definite body with a qualifier or a nationality and what it is for (الجامعة العامة للصحة, الائتلاف اللبناني
/// لحقوق اللاجئين, الاتحاد الجهوي للشغل, اللجنة الوطنية للدفاع عن حقوق البطالين), or a force with the state it serves
/// (الدرك الوطني).</item>
/// </list>
/// A span starts after an attached و/ب/ل/ف and never after لل (للشرطة has no span without its clitic).
/// </summary>
public sealed class OrganisationNames
{
    private const int MaxComplements = 4;

    private static readonly HashSet<string> InstitutionHeads = Keys(
        "وزارة", "وكالة", "مؤسسة", "دائرة", "مديرية", "مفوضية", "محكمة", "صندوق", "اذاعة", "منظمة", "شركة", "جامعة", "مصرف", "نقابة", "تنسيقية",
        "قيادة", "جمعية", "رابطة", "مخابرات", "رئاسة", "نيابة", "مباحث");

    /// <summary>
    /// Institution heads that name nothing but a body, whose name may be a construct noun and its genitive (نقابة اصحاب
    /// الافران, شركة نفط الشمال, رابطة علماء اليمن): after other heads that definite word is as often a verb's object.
    /// </summary>
    private static readonly HashSet<string> BodyOnlyHeads = Keys("نقابة", "شركة", "جمعية", "رابطة", "تنسيقية", "رئاسة");

    /// <summary>
    /// Institution heads that are common nouns too (قيادة السيارة: driving; تولى قيادة الحزب: its leadership): a name only
    /// with a force as their first complement (قيادة العمليات المشتركة, قيادة الجيش; not قيادة الشرطة, any police's).
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>> ForceOnlyHeads = new(StringComparer.Ordinal)
    {
        [NameKey.Word("قيادة")] = Keys("العمليات", "الجيش"),
        // مخابرات الجيش اللبناني: an army's intelligence directorate; مخابرات alone is any intelligence (اجهزة المخابرات).
        [NameKey.Word("مخابرات")] = Keys("الجيش"),
        // رئاسة إدارة الهجرة, رئاسة الشؤون الدينية, رئاسة دائرة الاتصال: a Turkish presidency (Başkanlığı) of an
        // administration, affairs or a directorate; رئاسة alone is an office held (تولى رئاسة الحكومة, لرئاسة الجمهورية).
        [NameKey.Word("رئاسة")] = Keys("ادارة", "الشؤون", "دائرة", "امن"),
        // نيابة امن الدولة العليا, مباحث امن الدولة: state security's prosecution and police; نيابة alone is on behalf of (نيابة عن).
        [NameKey.Word("نيابة")] = Keys("امن"),
        [NameKey.Word("مباحث")] = Keys("امن"),
    };

    private static readonly string Mission = NameKey.Word("بعثة");

    /// <summary>The unions of states whose missions are bodies (بعثة الاتحاد الافريقي, بعثة الامم المتحدة, بعثة الجامعة العربية).</summary>
    private static readonly HashSet<string> MissionOwners = Keys("الاتحاد", "الامم", "الجامعة");

    private static readonly HashSet<string> GroupHeads = Keys(
        "حركة", "جماعة", "حزب", "جبهة", "قوات", "كتائب", "كتيبة", "ميليشيا", "ميليشيات", "جيش");

    /// <summary>
    /// Plurals of members that name a group in construct after its head (جماعة انصار السنة, حركة احرار الشام, جيش جند الاسلام,
    /// جيش عشائر البوحسن, كتيبة ثوار الجبل).
    /// </summary>
    private static readonly HashSet<string> MemberPlurals = Keys("انصار", "احرار", "جند", "ابناء", "اهل", "ثوار", "عشائر", "شهداء", "فرسان", "مغاوير");

    /// <summary>Verbal nouns that name what a body is for, between its head and the complement (قوات مكافحة الارهاب, هيئة تحرير الشام, جهاز دعم الاستقرار).</summary>
    private static readonly HashSet<string> ConstructNouns = Keys("مكافحة", "حفظ", "حرس", "حماية", "تحرير", "نصرة",
        // جهاز دعم الاستقرار, قوات دعم الشرعية: what a body supports
        "دعم");

    /// <summary>
    /// Heads of councils, coalitions and forces: common nouns too (لجنة التحقيق, مجلس الوزراء, تنظيم المهرجان, قوى الامن), so
    /// their names need more (below): قوى الامن الداخلي, قوى المعارضة السورية.
    /// </summary>
    private static readonly HashSet<string> WeakHeads = Keys("مجلس", "لجنة", "تجمع", "تحالف", "ائتلاف", "اتحاد", "هيئة", "تنظيم", "قوى", "جهاز");

    /// <summary>
    /// Parliamentary blocs (كتلة المستقبل, تكتل لبنان القوي, كتلة الوفاء للمقاومة): one complement names one, as a bloc of
    /// anything else is told by an indefinite adjective (كتلة هوائية, كتلة صخرية).
    /// </summary>
    private static readonly HashSet<string> Blocs = Keys("كتلة", "تكتل");

    /// <summary>Definite bodies named by two adjectives or more (المجلس العسكري الانتقالي, الجيش الوطني الليبي).</summary>
    private static readonly HashSet<string> DefiniteBodies = Keys(
        "المجلس", "التحالف", "الائتلاف", "التجمع", "الاتحاد", "الجبهة", "الحزب", "اللجنة", "الجيش", "الحرس", "المؤتمر");

    private static readonly HashSet<string> DefiniteHeads = Keys(
        "الشرطة", "الجيش", "القوات", "المرصد", "الحرس", "الدرك", "البحرية", "الاستخبارات", "المخابرات", "الوكالة",
        // الحكومة اليونانية, الرابطة التونسية للدفاع عن حقوق الانسان, الجمعية المغربية لحقوق الانسان
        "الحكومة", "الرابطة", "الجمعية",
        // الادارة الاميركية: the administration of a named country; الرئاسة الفلسطينية: its presidency
        "الادارة", "الرئاسة");

    private static readonly string Presidency = NameKey.Word("الرئاسة");

    private static readonly string Council = NameKey.Word("مجلس");

    private static readonly string Ministers = MatchKey.Of("الوزراء");

    /// <summary>Words of a title that hold the Council of Ministers in construct (رئيس مجلس الوزراء, رئاسة مجلس الوزراء).</summary>
    private static readonly HashSet<string> CabinetTitles = MatchKey.SetOf("رئيس", "لرئيس", "ورئيس", "برئيس", "رئيسة", "رئاسة", "لرئاسة", "برئاسة", "ورئاسة");

    /// <summary>Words before الرئاسة that make it the office (انتخابات الرئاسة, مرشح الرئاسة, فترة الرئاسة), as match keys.</summary>
    private static readonly HashSet<string> OfficeRunFor = MatchKey.SetOf(
        "انتخابات", "لانتخابات", "بانتخابات", "وانتخابات", "مرشح", "مرشحة", "مرشحي", "ومرشح", "لمرشح", "ترشيح", "لترشيح",
        "سباق", "لسباق", "فترة", "فترات", "ولاية", "منصب", "لمنصب", "كرسي", "انتخاب", "لانتخاب");

    /// <summary>Bodies that are a post's portfolio right after a title (رئيس الحكومة اليمنية, وزير الادارة المحلية السوري).</summary>
    private static readonly HashSet<string> PortfolioHeads = Keys("الحكومة", "الادارة");

    private static readonly HashSet<string> TitleHeads = new[] { "رئيس", "رئيسة", "وزير", "وزيرة" }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Complements that make a group head a common noun phrase (حركة السير, قوات الامن).</summary>
    private static readonly HashSet<string> GenericComplements = Keys(
        "الامن", "الجيش", "الشرطة", "النظام", "الاحتجاج", "الاحتجاجات", "السير", "المرور", "النزوح", "الملاحة", "التجارة", "النقل",
        "الطيران", "الاسواق", "السكان", "التنقل", "المعارضة", "التحالف", "الاحتلال", "الطوارئ", "الانقاذ", "الدفاع",
        // جيش البلاد, جيش الدولة: a country's army told by what it serves; جيش الاحتياط: its reserve.
        "البلاد", "الدولة", "الاحتياط");

    /// <summary>Definite words that end a name rather than continue it (وزارة الداخلية الاحد, حركة الشباب التي).</summary>
    private static readonly HashSet<string> NotComplements = new[]
    {
        "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "الماضية", "المقبل", "المقبلة", "الحالي",
        "الذي", "التي", "الذين", "اللذين", "اللتين", "الان", "اليوم", "الجاري", "الحالية", "السابق", "السابقة", "المذكورة", "الاسبوع", "الشهر", "الليلة",
        "الشهور", "الاشهر", "الايام", "الاسابيع", "السنوات", "الساعات",
        // قوات المشير خليفة حفتر: a rank opens the name of the person whose forces they are, not the body's own name.
        "المشير", "اللواء", "العقيد", "العميد", "الفريق", "العماد", "الجنرال",
    }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Indefinite genitives that continue a name before one definite word (لشؤون اللاجئين, لحقوق الانسان).</summary>
    private static readonly HashSet<string> Tails = new[] { "لشؤون", "لحقوق", "لمكافحة", "لحماية", "لتحرير" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    private readonly ActorLexicon _lexicon;

    public OrganisationNames(ActorLexicon lexicon) => _lexicon = lexicon;

    public static OrganisationNames Shared { get; } = new(ActorLexicon.Shared);

    /// <summary>The organisation names in <paramref name="words"/>, left to right, none overlapping.</summary>
    /// <param name="tagged">Spans the tagger named: a weak head with one complement is a name when the complement was tagged (ائتلاف النصر).</param>
    public List<TextSpan> Find(string text, IReadOnlyList<Word> words, IReadOnlyCollection<TextSpan>? tagged = null) =>
        Find(text, WordScanner.AsSpan(words), tagged, default, 0);

    /// <param name="gates">When not empty, <see cref="AnyHeadPrefilter"/>'s answer for each word, as bit <paramref name="gate"/> (<see cref="ReadingPrefilter.Group"/>).</param>
    internal List<TextSpan> Find(string text, ReadOnlySpan<Word> words, IReadOnlyCollection<TextSpan>? tagged, ReadOnlySpan<byte> gates, int gate)
    {
        var found = new List<TextSpan>();
        for (int i = 0; i < words.Length; i++)
        {
            // Given the stage's gates, whether the word may be a head is a bit already read: most words are passed on it.
            if (!gates.IsEmpty && !AnyHeadPrefilter.MayRead(words[i].Key, gates, gate, i)) continue;
            // حركة 20 فبراير, قوى 14 آذار: a movement named after the day it rose, the one head a number follows.
            if (i + 2 < words.Length && words[i + 1].IsNumber && DateNamed(text, words, i) is { } dated)
            {
                // حركة شباب 6 ابريل: the movement's head before the youth who rose that day.
                if (i > 0 && words[i - 1].Key == Movement && words[i - 1].End + 1 == dated.Start && (found.Count == 0 || found[^1].End <= words[i - 1].Start))
                    dated = new TextSpan(words[i - 1].Start, dated.End);
                found.Add(dated);
                i += 2;
                continue;
            }
            // Every name goes on past its head with a word of three letters or more, or with the number of a unit (اللواء 444
            // قتال, of up to three digits: not a year): a word before anything else needs no lookup.
            if (!words[i].IsLetters || i + 1 >= words.Length ||
                !(words[i + 1].IsLetters && words[i + 1].Key.Length >= 3 || words[i + 1].IsInteger && words[i + 1].Digits <= MaxUnitDigits)) continue;
            // Nor, without the gates, does a word that cannot be a head by its letters: its readings are not made.
            if (gates.IsEmpty && !AnyHeadPrefilter.MayRead(words[i].Key)) continue;
            if (At(text, words, i, tagged) is not { } name) continue;
            found.Add(name.Span);
            i = name.EndWord - 1;
        }
        return found;
    }

    /// <summary>Heads of movements and camps named after a day (حركة 20 فبراير, حركة 6 ابريل, قوى 14 آذار, تيار 8 آذار).</summary>
    private static readonly HashSet<string> DateNamedHeads = Keys("حركة", "قوى", "تيار", "تحالف", "ائتلاف", "حراك", "شباب");

    private static readonly string Movement = MatchKey.Of("حركة");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateNamedHeadLookup = DateNamedHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// حركة 20 فبراير, لحركة 6 ابريل, قوى 14 آذار: a movement head at word <paramref name="i"/> (its و/ب/ل peeled, never after
    /// لل), a day of the month and a month's name right after it: the three words, or null.
    /// </summary>
    private static TextSpan? DateNamed(string text, ReadOnlySpan<Word> words, int i)
    {
        var day = words[i + 1];
        if (!words[i].IsLetters || day.Digits > 2 || day.Value < 1 || day.Value > 31 || day.Value != Math.Floor(day.Value) || !words[i + 2].IsLetters) return null;
        if ((TimeLexicon.Shared.KindsStartingWith(words[i + 2].Key) & TimeLexicon.KindBit(TimeWordKind.Month)) == 0) return null;
        foreach (var reading in Proclitics.ReadingsOf(text, words[i]))
        {
            if (reading.HadArticle || IsDoubleLam(reading, words[i]) || !DateNamedHeadLookup.Contains(NameKey.WordOfKey(reading.Key))) continue;
            return new TextSpan(reading.Span.Start, words[i + 2].End);
        }
        return null;
    }

    private (TextSpan Span, int EndWord)? At(string text, ReadOnlySpan<Word> words, int i, IReadOnlyCollection<TextSpan>? tagged)
    {
        foreach (var reading in Proclitics.ReadingsOf(text, words[i]))
        {
            if (reading.HadArticle || IsDoubleLam(reading, words[i]) || !AnyHeadLookup.Contains(NameKey.WordOfKey(reading.Key))) continue;
            bool definite = reading.Key.StartsWith("ال", StringComparison.Ordinal);
            string head = KeyOf(reading.Key).Word;
            if (Unit(words, i, head, definite) is { } unit)
            {
                return (new TextSpan(reading.Span.Start, words[unit - 1].End), unit);
            }
            // الحشد الشعبي, الحشد العشائري: a mobilisation named by whom it musters.
            if (definite && head == Mobilisation && i + 1 < words.Length && Adjacent(words[i], words[i + 1]) && MobilisationKinds.Contains(words[i + 1].Key))
            {
                return (new TextSpan(reading.Span.Start, words[i + 1].End), i + 2);
            }
            // طيران التحالف بقيادة السعودية: a coalition told by who leads it is named by the bare word.
            if (definite && head == Coalition && i + 1 < words.Length && words[i + 1].Key == LedBy)
            {
                return (new TextSpan(reading.Span.Start, words[i].End), i + 1);
            }
            // بعثة الاتحاد الافريقي, بعثة الامم المتحدة: a mission of a union of states is a body; بعثة alone is any delegation
            // (بعثة الحج, بعثة المنتخب, بعثة تجارية, بعثة نقل مسلة الاقصر).
            if (!definite && head == Mission && i + 1 < words.Length && Adjacent(words[i], words[i + 1]) &&
                MissionOwners.Contains(KeyOf(words[i + 1].Key).Word) && Complements(words, i + 1, requireNationality: false) is { } mission)
            {
                return (new TextSpan(reading.Span.Start, words[mission - 1].End), mission);
            }
            // وزار الرئيس المصري بكين: the verb وزار (and visited) keys as the ministry's وزارة without its ة; no ministry is there.
            if (head == Ministry && words[i].Key.EndsWith(VisitedSpelling, StringComparison.Ordinal)) return null;
            if (!definite && InstitutionHeads.Contains(head) && AfterHead(words, i, BodyOnlyHeads.Contains(head) && tagged?.Contains(words[i + 1].Span) != true) is { } inst &&
                (!ForceOnlyHeads.TryGetValue(head, out var forces) || forces.Contains(KeyOf(words[i + 1].Key).Word)))
            {
                if (head == Ministry) inst = JoinedPortfolio(words, i, inst);
                return (new TextSpan(reading.Span.Start, words[inst - 1].End), inst);
            }
            // سلاح الجو التركي: a country's air force (or navy) is named by its arm and the nationality.
            if (!definite && head == Arm && i + 2 < words.Length && Arms.Contains(words[i + 1].Key) && IsComplement(words, i + 2) && IsNationality(words[i + 2]))
            {
                return (new TextSpan(reading.Span.Start, words[i + 2].End), i + 3);
            }
            // طائرات القوة الجوية العراقية, القوة البحرية الليبية: so is one named by the definite القوة, its arm's adjective and
            // the nationality; القوة العسكرية الروسية is a country's power, no body.
            if (definite && head == ArmedForce && i + 2 < words.Length && ArmAdjectives.Contains(words[i + 1].Key) && IsComplement(words, i + 2) && IsNationality(words[i + 2]))
            {
                return (new TextSpan(reading.Span.Start, words[i + 2].End), i + 3);
            }
            // كتيبة ثوار سوق الجمعة: the members of a town named after its market day (سوق الاحد, سوق الخميس).
            if (!definite && GroupHeads.Contains(head) && i + 3 < words.Length && MemberPlurals.Contains(KeyOf(words[i + 1].Key).Word) &&
                words[i + 2].Key == Market && MarketDays.Contains(words[i + 3].Key) && Adjacent(words[i + 2], words[i + 3]))
            {
                return (new TextSpan(reading.Span.Start, words[i + 3].End), i + 4);
            }
            // جماعة انصار السنة, حركة احرار الشام: a group head, a plural of its members in construct, then one definite word.
            if (!definite && GroupHeads.Contains(head) && i + 2 < words.Length && MemberPlurals.Contains(KeyOf(words[i + 1].Key).Word) &&
                Adjacent(words[i], words[i + 1]) && IsComplement(words, i + 2) && !GenericComplements.Contains(KeyOf(words[i + 2].Key).Word))
            {
                // جماعة انصار الله الحوثية: adjectives after the name go on it.
                int named = i + 3;
                while (named < words.Length && named - (i + 2) < MaxComplements && IsComplement(words, named) && IsAdjective(words[named])) named++;
                return (new TextSpan(reading.Span.Start, words[named - 1].End), named);
            }
            if (!definite && GroupHeads.Contains(head) && AfterHead(words, i, bodyOnly: false) is { } group &&
                IsGroupName(words, i + 1, group))
            {
                return (new TextSpan(reading.Span.Start, words[group - 1].End), group);
            }
            // قوات مكافحة الارهاب, قوات حفظ السلام, هيئة تحرير الشام, جهاز مكافحة الهجرة: a group or council head, an indefinite verbal noun, then
            // its definite complements (the verbal noun makes a weak head a name: not هيئة الشام).
            if (!definite && (GroupHeads.Contains(head) || WeakHeads.Contains(head)) && i + 1 < words.Length && ConstructNouns.Contains(KeyOf(words[i + 1].Key).Word) &&
                Complements(words, i + 2, requireNationality: false) is { } task)
            {
                return (new TextSpan(reading.Span.Start, words[task - 1].End), task);
            }
            // كتلة الوفاء للمقاومة, تكتل التغيير والاصلاح: a bloc's name may close with a لل-complement (what it stands for).
            if (!definite && Blocs.Contains(head) && AfterHead(words, i, bodyOnly: false) is { } bloc)
            {
                if (bloc < words.Length && Adjacent(words[bloc - 1], words[bloc]) && words[bloc].IsLetters && words[bloc].Key.Length > 4 &&
                    words[bloc].Key.StartsWith("لل", StringComparison.Ordinal)) bloc++;
                return (new TextSpan(reading.Span.Start, words[bloc - 1].End), bloc);
            }
            // مجلس النواب العراقي, تجمع المهنيين السودانيين, ائتلاف النصر (النصر tagged): not مجلس الوزراء, لجنة التحقيق.
            if (!definite && WeakHeads.Contains(head) && AfterHead(words, i, bodyOnly: false) is { } weak &&
                (weak - (i + 1) >= 2 || IsNationality(words[weak - 1]) || tagged?.Contains(words[i + 1].Span) == true))
            {
                return (new TextSpan(reading.Span.Start, words[weak - 1].End), weak);
            }
            // ودان مجلس الوزراء, اجتماع لمجلس الوزراء: the Council of Ministers named bare is a body; inside a title (رئيس
            // مجلس الوزراء, رئاسة مجلس الوزراء) it is part of the title.
            if (!definite && head == Council && i + 1 < words.Length && Adjacent(words[i], words[i + 1]) && words[i + 1].Key == Ministers &&
                (i == 0 || !CabinetTitles.Contains(words[i - 1].Key)))
            {
                return (new TextSpan(reading.Span.Start, words[i + 1].End), i + 2);
            }
            if (definite && DefiniteBodies.Contains(head) && Complements(words, i + 1, requireNationality: false) is { } council &&
                council - (i + 1) >= 2 && AllAdjectives(words, i + 1, council))
            {
                return (new TextSpan(reading.Span.Start, words[council - 1].End), council);
            }
            // الدرك الوطني, الحرس الملكي: a force is named by what state it serves.
            if (definite && NationalForces.Contains(head) && i + 1 < words.Length && IsComplement(words, i + 1) &&
                StateQualifiers.Contains(KeyOf(words[i + 1].Key).Word))
            {
                return (new TextSpan(reading.Span.Start, words[i + 1].End), i + 2);
            }
            // الخارجية الكندية, الداخلية العراقية, الدفاع الروسية: a ministry told by its portfolio alone, its nationality
            // agreeing with the ministry left out; not after a title or a noun it qualifies (وزيرة الخارجية الكندية, السياسة
            // الخارجية الاميركية).
            if (definite && Portfolios.Contains(head) && i + 1 < words.Length && IsComplement(words, i + 1) && IsNationality(words[i + 1]) &&
                words[i + 1].Key.EndsWith("يه", StringComparison.Ordinal) && (i == 0 || !OwnsPortfolio(words[i - 1])))
            {
                return (new TextSpan(reading.Span.Start, words[i + 1].End), i + 2);
            }
            // رئيس الحكومة اليمنية معين عبد الملك: a government after رئيس is part of a title, not a name of its own.
            if (definite && PortfolioHeads.Contains(head) && i > 0 && TitleHeads.Contains(words[i - 1].Key)) continue;
            // انتخابات الرئاسة الامريكية, مرشحة الرئاسة الفرنسية: the presidency after an election, a candidate or a term is the
            // office run for, not the body that speaks (وقالت الرئاسة النيجيرية, المتحدث باسم الرئاسة التركية).
            if (definite && head == Presidency && i > 0 && OfficeRunFor.Contains(words[i - 1].Key)) continue;
            if (definite && DefiniteHeads.Contains(head) && Complements(words, i + 1, requireNationality: true) is { } body)
            {
                return (new TextSpan(reading.Span.Start, words[body - 1].End), body);
            }
            if (definite && (GeneralHeads.Contains(head) || TailedHeads.Contains(head)) && !IsUnionOfStates(words, i, head) &&
                !(Councils.Contains(head) && (i + 1 >= words.Length || !CouncilQualifiers.Contains(KeyOf(words[i + 1].Key).Word))) &&
                General(words, i + 1, TailedHeads.Contains(head)) is { } general)
            {
                return (new TextSpan(reading.Span.Start, words[general - 1].End), general);
            }
        }
        return null;
    }

    /// <summary>Ministries' portfolios that stand for the ministry in news (الخارجية, الداخلية, الدفاع).</summary>
    private static readonly HashSet<string> Portfolios = Keys("الخارجية", "الداخلية", "الدفاع");

    /// <summary>
    /// Whether the word before a portfolio makes it part of something else: a definite noun it qualifies (السياسة
    /// الخارجية, للمخابرات الخارجية البريطانية) or a title or ministry in construct with it (وزيرة الخارجية, لوزارة الدفاع, وكيل الداخلية).
    /// </summary>
    private static bool OwnsPortfolio(Word word) =>
        word.IsLetters && (word.Key.StartsWith("ال", StringComparison.Ordinal) || word.Key.StartsWith("لل", StringComparison.Ordinal) ||
                           word.Key.Contains("وزار", StringComparison.Ordinal) ||
                           word.Key.Contains("وزير", StringComparison.Ordinal) || word.Key.Contains("وكيل", StringComparison.Ordinal) ||
                           word.Key.Contains("شوون", StringComparison.Ordinal) || word.Key.Contains("ساعد", StringComparison.Ordinal));

    /// <summary>Heads of units named by a region or a patron and their number (لواء البادية السابع, فوج الكرامة الثاني).</summary>
    private static readonly HashSet<string> UnitHeads = Keys("لواء", "فوج");

    /// <summary>Heads of units named by their number alone (اللواء الخامس مشاة, الفوج الحادي عشر); اللواء before a name is a rank.</summary>
    private static readonly HashSet<string> NumberedUnitHeads = Keys("اللواء", "الفوج", "الكتيبة", "الفيلق");

    /// <summary>Ordinals that number a unit, as match keys (الحادي and الثاني go on with عشر).</summary>
    private static readonly HashSet<string> Ordinals = MatchKey.SetOf(
        "الاول", "الاولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة", "السادس", "السادسة",
        "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة", "الحادي", "الحادية");

    private static readonly HashSet<string> Teens = MatchKey.SetOf("عشر", "عشرة");

    /// <summary>The arm or task written after a unit's number (اللواء التاسع مشاة, اللواء الاول دعم واسناد, اللواء الثالث عمالقة).</summary>
    private static readonly HashSet<string> UnitArms = MatchKey.SetOf(
        "مشاة", "مدرع", "مدرعة", "ميكا", "ميكانيكي", "عمالقة", "صاعقة", "مغاوير", "حزم", "دعم", "واسناد", "اسناد", "حرس", "حدود",
        "حماية", "رئاسية", "جبلي", "بحري",
        // اللواء 444 قتال: a Libyan brigade's arm, combat
        "قتال");

    private const int MaxUnitArms = 2;

    /// <summary>The most digits of a unit's number (اللواء 444): four are a year.</summary>
    private const int MaxUnitDigits = 3;

    /// <summary>
    /// The end of a unit's name from its head at <paramref name="i"/>, or null: an indefinite head, a definite word (with its
    /// adjectives) and an ordinal (لواء البادية السابع: without a number لواء الرمثا is a district of Jordan), or a definite
    /// head and an ordinal or a number; then up to two words of its arm (مشاة, دعم واسناد).
    /// </summary>
    private int? Unit(ReadOnlySpan<Word> words, int i, string head, bool definite)
    {
        int j = i + 1;
        if (!definite && UnitHeads.Contains(head))
        {
            if (j >= words.Length || !IsComplement(words, j) || !Adjacent(words[i], words[j])) return null;
            j++;
            while (j < words.Length && j - i <= MaxComplements && IsComplement(words, j) && !Ordinals.Contains(words[j].Key) && IsAdjective(words[j])) j++;
            if (j >= words.Length || !Ordinals.Contains(words[j].Key)) return null;
        }
        else if (!definite || !NumberedUnitHeads.Contains(head) || j >= words.Length || !(Ordinals.Contains(words[j].Key) || words[j].IsInteger))
        {
            return null;
        }
        j++;
        if (j < words.Length && Teens.Contains(words[j].Key) && (words[j - 1].Key == MatchKey.Of("الحادي") || words[j - 1].Key == MatchKey.Of("الثاني"))) j++;
        for (int arms = 0; j < words.Length && arms < MaxUnitArms && Adjacent(words[j - 1], words[j]) && UnitArms.Contains(words[j].Key); arms++) j++;
        return j;
    }

    private static readonly string Market = MatchKey.Of("سوق");

    /// <summary>Days that name a town after its market (سوق الجمعة in Tripoli, سوق الاربعاء, سوق الخميس).</summary>
    private static readonly HashSet<string> MarketDays = MatchKey.SetOf("الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت");

    private static readonly string Mobilisation = NameKey.Word("الحشد");

    private static readonly HashSet<string> MobilisationKinds = MatchKey.SetOf("الشعبي", "العشائري", "الوطني");

    private static readonly string Coalition = NameKey.Word("التحالف");

    private static readonly string LedBy = MatchKey.Of("بقيادة");

    private static readonly string Ministry = NameKey.Word("وزارة");

    /// <summary>The visit verb's spelling, whose key is the ministry's (وزار الرئيس المصري بكين).</summary>
    private const string VisitedSpelling = "زار";

    private static readonly string Arm = NameKey.Word("سلاح");

    /// <summary>What a force's arm is (سلاح الجو, سلاح البحرية), as match keys.</summary>
    private static readonly HashSet<string> Arms = MatchKey.SetOf("الجو", "البحرية");

    private static readonly string ArmedForce = NameKey.Word("القوة");

    /// <summary>The arm's adjective after the definite القوة (القوة الجوية العراقية, القوة البحرية الليبية), as match keys.</summary>
    private static readonly HashSet<string> ArmAdjectives = MatchKey.SetOf("الجوية", "البحرية");

    private static readonly HashSet<string> NationalForces = Keys("الدرك", "الحرس", "الجيش");

    /// <summary>Adjectives that make a definite force the state's own (الدرك الوطني); a nationality does so too, in <see cref="DefiniteHeads"/>.</summary>
    private static readonly HashSet<string> StateQualifiers = Keys("الوطني", "الملكي", "الجمهوري");

    /// <summary>
    /// The end of a ministry's name with a second portfolio joined by و and its adjectives (وزارة الطاقة والمياه, وزارة
    /// الهجرة والمهجرين العراقية), after one complement ending at <paramref name="end"/>; <paramref name="end"/> when none
    /// follows, or when the و-word is a body of its own (وزارة الداخلية والجيش: two bodies).
    /// </summary>
    private int JoinedPortfolio(ReadOnlySpan<Word> words, int head, int end)
    {
        if (end != head + 2 || end >= words.Length || !Adjacent(words[end - 1], words[end])) return end;
        var joined = words[end];
        if (!joined.IsLetters || joined.Key.Length <= 5 || !joined.Key.StartsWith("وال", StringComparison.Ordinal)) return end;
        string portfolio = KeyOf(joined.Key[1..]).Word;
        if (GenericComplements.Contains(portfolio) || DefiniteHeads.Contains(portfolio) || DefiniteBodies.Contains(portfolio)) return end;
        int j = end + 1;
        while (j < words.Length && j - end <= 2 && IsComplement(words, j) && IsAdjective(words[j])) j++;
        return j;
    }

    /// <summary>Heads of bodies named after a place right after them (شرطة نينوى, مستشفى سامراء, مجلس محافظة الانبار).</summary>
    private static readonly HashSet<string> PlaceBodyHeads = Keys("شرطة", "مستشفى", "نادي", "مجلس");

    /// <summary>
    /// Heads of a state's or region's bodies, named by the place right after them and nothing between (حكومة الاكوادور,
    /// حكومة اقليم كردستان, جيش ميانمار, برلمان اسكتلندا): the government, army or parliament of that place.
    /// </summary>
    private static readonly HashSet<string> StateBodyHeads = Keys("حكومة", "جيش", "برلمان");

    /// <summary>How many indefinite nouns in construct may stand between such a head and its place (قيادة شرطة محافظة الانبار).</summary>
    private const int MaxPlaceBodyNouns = 2;

    /// <summary>
    /// Bodies named after a place: شرطة, مستشفى, نادي or مجلس, or an institution head with a noun in construct (up to two
    /// indefinite nouns in all), or a group head with the plural of its members (كتيبة ثوار طرابلس), then one of <paramref name="places"/> and its adjectives (شركة فسفاط قفصة, مؤسسة كهرباء لبنان, قيادة عمليات
    /// صلاح الدين, مستشفى سامراء العام). The place is a word of the name, not a mention of its own.
    /// </summary>
    public List<TextSpan> AroundPlaces(string text, ReadOnlySpan<Word> words, IEnumerable<TextSpan> places)
    {
        var found = new List<TextSpan>();
        foreach (var place in places)
        {
            int p = WordScanner.FirstAtOrAfter(words, place.Start);
            if (p == 0 || p >= words.Length || words[p].Start != place.Start) continue;   // وبغداد: a clitic joins it to what came before
            // The outermost head wins: قيادة شرطة محافظة الانبار, not شرطة محافظة الانبار.
            int? start = null;
            for (int h = p - 1, nouns = 0; h >= 0 && nouns <= MaxPlaceBodyNouns && Adjacent(words[h], words[h + 1]); h--, nouns++)
            {
                // كتيبة ثوار طرابلس, لواء احرار سنجار: a group head and the plural of its members from a place.
                if ((PlaceBodyHeadStart(text, words[h], nouns) ?? (nouns == 1 && MemberPlurals.Contains(KeyOf(words[h + 1].Key).Word) ? GroupHeadStart(text, words[h]) : null)) is { } head)
                {
                    start = head;
                    if (head > words[h].Start) break;   // لقيادة: the clitic opens the name
                }
                if (!IsConstructNoun(words[h])) break;
            }
            if (start is not { } from) continue;
            int end = WordScanner.FirstAtOrAfter(words, place.End);
            for (int adjectives = 0; end < words.Length && adjectives < 2 && IsComplement(words, end) && IsAdjective(words[end]); adjectives++) end++;
            found.Add(new TextSpan(from, Math.Max(place.End, words[end - 1].End)));
        }
        return found;
    }

    /// <summary>Where a group head (كتيبة, جيش, حركة) starts in <paramref name="word"/> (و/ب/ل peeled, never after لل, no article), or null.</summary>
    private static int? GroupHeadStart(string text, Word word)
    {
        if (!word.IsLetters) return null;
        foreach (var reading in Proclitics.ReadingsOf(text, word))
        {
            if (reading.HadArticle || IsDoubleLam(reading, word) || reading.Key.StartsWith("ال", StringComparison.Ordinal)) continue;
            if (GroupHeadLookup.Contains(NameKey.WordOfKey(reading.Key))) return reading.Span.Start;
        }
        return null;
    }

    /// <summary>The head of a municipality named by its town (بلدية زحلة).</summary>
    private static readonly string Municipality = MatchKey.Of("بلدية");

    /// <summary>Titles whose holder's municipality names a place inside the title (رئيس بلدية عرسال باسل الحجيري).</summary>
    private static readonly HashSet<string> MunicipalTitles = MatchKey.SetOf("رئيس", "رئيسة", "عضو", "اعضاء", "نائب");

    /// <summary>
    /// Municipalities named by their town right after بلدية (مسؤول في بلدية زحلة, فرضت بلدية برالياس): the town the tagger
    /// found, as a place or, for a town it does not know, a person (no municipality is named after one). After a title
    /// (رئيس بلدية عرسال) the town is where the office holder serves and stays a place.
    /// </summary>
    public List<TextSpan> Municipalities(string text, ReadOnlySpan<Word> words, IEnumerable<TextSpan> names)
    {
        var found = new List<TextSpan>();
        foreach (var name in names)
        {
            int p = WordScanner.FirstAtOrAfter(words, name.Start);
            if (p == 0 || p >= words.Length || words[p].Start != name.Start || !Adjacent(words[p - 1], words[p])) continue;
            if (p >= 2 && MunicipalTitles.Contains(words[p - 2].Key)) continue;
            foreach (var reading in Proclitics.ReadingsOf(text, words[p - 1]))
            {
                if (reading.HadArticle || IsDoubleLam(reading, words[p - 1]) || reading.Key != Municipality) continue;   // not بلدي (my country) nor البلدية
                found.Add(new TextSpan(reading.Span.Start, name.End));
                break;
            }
        }
        return found;
    }

    /// <summary>
    /// Where a head of a body named after a place starts in <paramref name="word"/> (و/ب/ل peeled, never after لل), or null.
    /// An institution head needs a noun before the place (مؤسسة كهرباء لبنان, قيادة عمليات الانبار): right before it, the
    /// place is as often where the institution sits or acts (رفضت محكمة نيويورك الطلب; بقيادة السعودية: led by).
    /// </summary>
    private static int? PlaceBodyHeadStart(string text, Word word, int nouns)
    {
        if (!word.IsLetters) return null;
        foreach (var reading in Proclitics.ReadingsOf(text, word))
        {
            if (reading.HadArticle || IsDoubleLam(reading, word) || reading.Key.StartsWith("ال", StringComparison.Ordinal)) continue;
            // Read in place (a reading's key is folded): a key string was made for every reading with a final ه.
            var head = NameKey.WordOfKey(reading.Key);
            if (PlaceBodyHeadLookup.Contains(head) || (nouns > 0 && InstitutionHeadLookup.Contains(head)) || (nouns == 0 && StateBodyHeadLookup.Contains(head))) return reading.Span.Start;
        }
        return null;
    }

    /// <summary>An indefinite noun that may stand in construct inside a name (عمليات, كهرباء, محافظة): not a particle, a clitic-led or definite word.</summary>
    private static bool IsConstructNoun(Word word) =>
        word.IsLetters && word.Key.Length >= 3 && !word.Key.StartsWith("ال", StringComparison.Ordinal) && !word.Key.StartsWith("لل", StringComparison.Ordinal) &&
        (!word.Key.StartsWith('و') || WawNouns.Contains(NameKey.Word(word.Key))) && !Particles.Contains(word.Key);

    /// <summary>Nouns of a body's place that open with و, no conjunction (شرطة ولاية الخرطوم: Sudan's states).</summary>
    private static readonly HashSet<string> WawNouns = Keys("ولاية");

    /// <summary>Definite bodies named by العامة/العليا and what they are for: المديرية العامة للامن الوطني, الهيئة العليا للانتخابات.</summary>
    private static readonly HashSet<string> GeneralHeads = Keys("المديرية", "المفوضية", "الهيئة", "المؤسسة", "الامانة", "النيابة", "اللجنة", "الادارة");

    private static readonly HashSet<string> Generals = Keys("العامة", "العليا", "السامية", "الوطنية");

    /// <summary>
    /// Definite bodies that are a name only with what they are for after their qualifier (التنسيقية الوطنية للممرضين,
    /// المعهد الوطني للاحصاء, المنظمة الدولية للهجرة, النقابة العامة لعمال البناء): without it (التنسيقية المحلية,
    /// المنظمة الدولية, المركز المصري) they are a description of a body the story names.
    /// </summary>
    private static readonly HashSet<string> TailedHeads = Keys(
        "التنسيقية", "النقابة", "المعهد", "الاكاديمية", "المنظمة", "المركز", "الائتلاف", "الجامعة", "الجمعية", "الرابطة", "الاتحاد",
        // الكونفدرالية الديمقراطية للشغل, الفيدرالية الديمقراطية للشغل: Moroccan union confederations
        "الكونفدرالية", "الكنفدرالية", "الكونفيدرالية", "الفيدرالية", "الفدرالية",
        // الشبكة المصرية لحقوق الانسان, المجلس القومي للمرأة: rights networks and councils
        // named with what they are for (المجلس الوطني alone, two adjectives, is a definite body of its own, above)
        "الشبكة", "المجلس");

    private static readonly string Union = NameKey.Word("الاتحاد");

    /// <summary>
    /// A council is named with what it is for only after a qualifier of its reach (المجلس القومي لحقوق الانسان, المجلس
    /// الوطني للحوار الاجتماعي, المجلس الدولي للزيتون); after a nationality or المحلي what follows is what the council did
    /// or whom it met (المجلس الاوروبي لقادة الاتحاد, المجلس المحلي لاجراء).
    /// </summary>
    private static readonly HashSet<string> Councils = Keys("المجلس");

    private static readonly HashSet<string> CouncilQualifiers = Keys("القومي", "الوطني", "الدولي", "الجهوي", "العالمي");

    /// <summary>Unions of states whose name is whole with their adjective (الاتحاد الاوروبي, الاتحاد الافريقي).</summary>
    private static readonly HashSet<string> StateUnions = Keys("الاوروبي", "الافريقي");

    /// <summary>
    /// الاتحاد الاوروبي, الاتحاد الافريقي: a union of states, named whole; what follows is a title's portfolio or the
    /// sentence's own words (مفوض الاتحاد الاوروبي للتجارة, ميزانية الاتحاد الاوروبي للفترة المقبلة), not its name.
    /// </summary>
    private bool IsUnionOfStates(ReadOnlySpan<Word> words, int i, string head) =>
        head == Union && i + 1 < words.Length && StateUnions.Contains(KeyOf(words[i + 1].Key).Word) &&
        // الاتحاد الافريقي لكرة القدم: a sport's union of the continent, named with its sport.
        !(i + 2 < words.Length && SportsNouns.Contains(words[i + 2].Key));

    /// <summary>What a continent's sports union is for, right after its adjective (الاتحاد الافريقي لكرة القدم).</summary>
    private static readonly HashSet<string> SportsNouns = MatchKey.SetOf("لكرة", "لالعاب", "للعبة", "للرياضة", "للسباحة", "للملاكمة");

    /// <summary>
    /// Qualifiers that name a body only before what it is for (الادارة الجهوية للامن الوطني, not الادارة الجهوية alone); a
    /// nationality is one too (الائتلاف اللبناني لحقوق اللاجئين).
    /// </summary>
    private static readonly HashSet<string> TailedGenerals = Keys(
        "الجهوية", "الجهوي", "المحلية", "المحلي", "المستقلة", "الدولية", "الوطني", "العالي", "العام", "المركزية", "الاقليمية",
        // المركز الاعلامي لغرفة عمليات الكرامة: a force's media office, named by the force it speaks for.
        "الاعلامي",
        // الكونفدرالية الديمقراطية للشغل, الفيدرالية الديمقراطية للشغل, الجمعية الديمقراطية لنساء المغرب
        "الديمقراطية", "الديموقراطية",
        // المجلس القومي للمرأة, المجلس القومي لحقوق الانسان
        "القومي", "القومية");

    /// <summary>
    /// The end of a qualifier and what the body is for after a general head: العامة [+ لل-noun or ل-noun + its definite
    /// complement [+ و-noun] [+ adjectives]], or null. <paramref name="tailed"/> (a head of <see cref="TailedHeads"/>), like a
    /// qualifier of <see cref="TailedGenerals"/>, needs the لل or ل part.
    /// </summary>
    private int? General(ReadOnlySpan<Word> words, int from, bool tailed)
    {
        if (from >= words.Length || !words[from].IsLetters || !words[from].Key.StartsWith("ال", StringComparison.Ordinal)) return null;
        string qualifier = KeyOf(words[from].Key).Word;
        bool general = Generals.Contains(qualifier);
        if (!general && !TailedGenerals.Contains(qualifier) && !KeyOf(words[from].Key).Nationality) return null;
        int j = from + 1;
        if (j < words.Length && words[j].IsLetters && words[j].Key.StartsWith("لل", StringComparison.Ordinal) && words[j].Key.Length > 4)
        {
            // للاساتذة حاملي الشهادات: the people it is for may have a genitive of their own.
            j = Genitive(words, j + 1, minNouns: 1) ?? j + 1;
            // للدفاع عن حقوق البطالين, للدفاع عن الحريات: a verbal noun goes on with what it is about.
            if (j + 1 < words.Length && words[j].Key == "عن" && Genitive(words, j + 1, minNouns: 0) is { } about) j = about;
        }
        // لعمال البناء, لطلبة معاهد التمريض: ل + an indefinite noun in construct with a definite word.
        else if (j + 1 < words.Length && words[j].IsLetters && words[j].Key.StartsWith('ل') && words[j].Key.Length > 3 &&
                 !Particles.Contains(words[j].Key) && Genitive(words, j + 1, minNouns: 0) is { } genitive)
        {
            // لطلبة تونس: a country's name closes the body's name; the word after it is the verb's object (الوزارة).
            if (IsBareCountry(words[genitive - 1])) return genitive;
            j = genitive;
        }
        else
        {
            return general && !tailed ? j : null;
        }
        // للتربية والتكوين, للغزل والنسيج: a second noun joined by و, unless it opens a second body (لمديري الصحف والنقابة العامة).
        if (j < words.Length && words[j].IsLetters && words[j].Key.StartsWith("وال", StringComparison.Ordinal) && words[j].Key.Length > 5 &&
            !AnyHead.Contains(KeyOf(words[j].Key[1..]).Word)) j++;
        int tail = j;
        // للحقوق الاقتصادية والاجتماعية: a second adjective joined by و.
        while (j < words.Length && j - tail < MaxComplements &&
               ((IsComplement(words, j) && (IsAdjective(words[j]) || IsParticipleAdjective(words[j]))) || (j > tail && IsJoinedAdjective(words[j])))) j++;
        return j;
    }

    /// <summary>Most indefinite nouns in construct before a genitive's definite word (لطلبة معاهد التمريض).</summary>
    private const int MaxGenitiveNouns = 1;

    /// <summary>
    /// The end of a genitive from <paramref name="from"/>: <paramref name="minNouns"/> to <see cref="MaxGenitiveNouns"/>
    /// indefinite nouns in construct, then a definite word; null when there is none. A noun after ب is a place or a
    /// body the name's own words stop before (للصحة بولاية القصرين), and a given name opens the person named next
    /// (للنزل خالد الفخفاخ).
    /// </summary>
    private static int? Genitive(ReadOnlySpan<Word> words, int from, int minNouns)
    {
        int j = from;
        while (j < words.Length && j - from < MaxGenitiveNouns && IsConstructNoun(words[j]) && !words[j].Key.StartsWith('ب') && !IsBareCountry(words[j]) &&
               !PersonNames.IsGivenName(words[j].Key) && Adjacent(words[j - 1], words[j])) j++;
        // الاتحاد العام لطلبة تونس: a country's bare name is the genitive too.
        return j - from >= minNouns && j < words.Length && (IsComplement(words, j) || IsBareCountry(words[j])) ? j + 1 : null;
    }

    /// <summary>A country or capital named without the article (تونس, سوريا), as the actor lexicon holds them.</summary>
    private static bool IsBareCountry(Word word) =>
        word.IsLetters && !word.Key.StartsWith("ال", StringComparison.Ordinal) && ActorLexicon.Shared.Country(NameKey.WordOfKey(word.Key)) is not null;

    /// <summary>A definite adjective joined by و (والاجتماعية).</summary>
    private bool IsJoinedAdjective(Word word) =>
        word.IsLetters && word.Key.Length > 5 && word.Key.StartsWith("وال", StringComparison.Ordinal) && IsAdjectiveKey(KeyOf(word.Key[1..]).Word);

    /// <summary>A plural participle after what a body is for (للاساتذة المتعاقدين, للاطباء المقيمين): an adjective of the people it is for.</summary>
    private static bool IsParticipleAdjective(Word word) =>
        word.Key.StartsWith("الم", StringComparison.Ordinal) && (word.Key.EndsWith("ين", StringComparison.Ordinal) || word.Key.EndsWith("ون", StringComparison.Ordinal));

    /// <summary>
    /// The end of what follows an indefinite head: its definite complements, or one indefinite noun in construct before
    /// them when they end in an adjective (لجنة اطباء السودان المركزية, وكالة تسنيم الرسمية).
    /// </summary>
    /// <param name="bodyOnly">
    /// A head of <see cref="BodyOnlyHeads"/> before a word the tagger did not name: its construct noun's genitive need not
    /// end in an adjective. After a name (شركة غوغل المنافسة) the definite word is no genitive of it.
    /// </param>
    private int? AfterHead(ReadOnlySpan<Word> words, int head, bool bodyOnly)
    {
        if (Complements(words, head + 1, requireNationality: false) is { } end) return end;
        int noun = head + 1;
        if (noun + 1 >= words.Length || !IsConstructNoun(words[noun]) || !Adjacent(words[noun - 1], words[noun])) return null;
        // Only a name that ends in an adjective (لجنة اطباء السودان المركزية, شركة ارامكو السعودية), unless its head names
        // nothing but a body: after a construct noun a bare definite word is as often a verb's object (رفضت محكمة نيويورك الدعوى).
        if (words[noun].Key.EndsWith("يه", StringComparison.Ordinal)) return null;
        // شركة لصناعة السيارات: after ل the company is one of a kind, not named. امن and its genitive name the security a
        // body keeps (جهاز امن الدولة, محكمة امن الدولة, رئاسة امن الدولة): a name with no adjective after it.
        bool genitiveNames = bodyOnly && !words[noun].Key.StartsWith('ل') || words[noun].Key == Security;
        return Complements(words, noun + 1, requireNationality: false) is { } after && (genitiveNames || IsAdjective(words[after - 1])) ? after : null;
    }

    private static readonly string Security = MatchKey.Of("امن");

    private static bool Adjacent(Word a, Word b) => b.Start - a.End == 1;

    /// <summary>Words after a head that open no name (وزارة امس, لجنة على): prepositions, particles, days.</summary>
    private static readonly HashSet<string> Particles = new[]
    {
        "على", "الى", "عن", "مع", "منذ", "بعد", "قبل", "امام", "خلال", "عبر", "لدى", "حول", "ضد", "امس", "اليوم", "غدا", "التي", "الذي",
        "ان", "انه", "كما", "قد", "لم", "لن", "تضم", "يضم", "برئاسة", "بقيادة", "بزعامة", "تابعة", "جديدة", "جديد", "خاصة", "دولية",
    }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>لل + noun: the reading without ل still starts with ل, not with the article.</summary>
    private static bool IsDoubleLam(Proclitics.Reading reading, Word word) =>
        word.Key.StartsWith("لل", StringComparison.Ordinal) && reading.Span.Start > word.Start;

    /// <summary>
    /// The end (exclusive word index) of the definite complements from <paramref name="from"/>: up to
    /// <see cref="MaxComplements"/> definite words, stopping after a nationality (more than one may follow:
    /// النقد العربي السعودي), then a tail (لشؤون اللاجئين). Null when there is none, or no nationality where one is required.
    /// </summary>
    private int? Complements(ReadOnlySpan<Word> words, int from, bool requireNationality)
    {
        int j = from;
        bool nationality = false;
        while (j < words.Length && j - from < MaxComplements && IsComplement(words, j))
        {
            // After the first, only adjectives go on the name: الدولة الاسلامية, not حركة الشباب المتطرفة [الهجوم].
            if (j > from && !IsAdjective(words[j])) break;
            bool isNationality = KeyOf(words[j].Key).Nationality || j == from && IsMalianAfterHead(words, j);
            if (nationality && !isNationality) break;
            nationality |= isNationality;
            j++;
            if (requireNationality && !nationality && j - from >= 2) return null;   // الشرطة الصومالية, القوات الجوية الروسية
        }
        if (j == from || (requireNationality && !nationality)) return null;
        // الهجرة غير الشرعية: غير negates the adjective after it, which goes on the name.
        if (j + 1 < words.Length && words[j].Key == Not && IsComplement(words, j + 1) && IsAdjective(words[j + 1])) j += 2;
        if (j + 1 < words.Length && words[j].IsLetters && Tails.Contains(words[j].Key) && IsComplement(words, j + 1)) j += 2;
        // للدفاع عن حقوق الانسان: what a body defends, in construct after عن.
        else if (j + 3 < words.Length && words[j].Key == "للدفاع" && words[j + 1].Key == "عن" && words[j + 2].IsLetters &&
                 !words[j + 2].Key.StartsWith("ال", StringComparison.Ordinal) && IsComplement(words, j + 3)) j += 4;
        return j;
    }

    private static readonly string Not = MatchKey.Of("غير");

    private bool IsNationality(Word word) => KeyOf(word.Key).Nationality;

    private static readonly string Malian = NameKey.Word("مالي");

    /// <summary>Heads of state or force after which المالي/المالية is Mali's (الحكومة المالية, الجيش المالي).</summary>
    private static readonly HashSet<string> MalianHeads = Keys("الحكومة", "الجيش", "القوات", "الرئاسة", "الدرك");

    /// <summary>
    /// Whether word <paramref name="j"/> is المالي/المالية right after a head of state or force: مالي is left out of the
    /// nationalities because المالية is mostly financial (وزارة المالية, الاوراق المالية, السلطات المالية), but a
    /// government, an army or a presidency is never financial, so there it is Malian.
    /// </summary>
    private bool IsMalianAfterHead(ReadOnlySpan<Word> words, int j) =>
        j >= 1 && words[j].Key.StartsWith("ال", StringComparison.Ordinal) && KeyOf(words[j].Key).Word == Malian &&
        words[j - 1].IsLetters && MalianHeads.Contains(KeyOf(words[j - 1].Key).Word);

    /// <summary>Adjectives that continue a name: the nisba (الاسلامية, الدولي, الاميركية, السودانيين) and a few others (العامة, المتحدة).</summary>
    private bool IsAdjective(Word word) => IsAdjectiveKey(KeyOf(word.Key).Word);

    private static bool IsAdjectiveKey(string key) =>
        !Allegiances.Contains(key) && key.EndsWith('ي') || key.EndsWith("يين", StringComparison.Ordinal) || key.EndsWith("يون", StringComparison.Ordinal) ||
        OtherAdjectives.Contains(key);

    private bool AllAdjectives(ReadOnlySpan<Word> words, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (!IsAdjective(words[k])) return false;
        }
        return true;
    }

    private const int MaxKeptKeys = 1 << 14;

    [ThreadStatic] private static Dictionary<string, (string Word, bool Nationality)>? t_keys;
    [ThreadStatic] private static OrganisationNames? t_keysOwner;

    /// <summary>
    /// The <see cref="NameKey.Word"/> key of a word key and whether it is a nationality of this lexicon, kept per thread:
    /// the words after a head are asked about again and again, and making the key each time was most of this class's garbage.
    /// </summary>
    private (string Word, bool Nationality) KeyOf(string key)
    {
        var keys = t_keys;
        if (keys is null || !ReferenceEquals(t_keysOwner, this) || keys.Count >= MaxKeptKeys)
        {
            t_keys = keys = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
            t_packedKeys = new (ulong, string, bool)[1 << PackedKeyBits];
            t_keysOwner = this;
        }
        // A key of up to ten Arabic letters (nearly all) is found by its letters packed into one number: one compare, where
        // the dictionary hashed the key's letters and then compared them.
        ulong packed = KeyGateMemo.Packed(key);
        if (packed != 0)
        {
            ref var slot = ref t_packedKeys![KeyGateMemo.SlotOf(packed, PackedKeyBits)];
            if (slot.Packed != packed)
            {
                string made = NameKey.Word(key);
                slot = (packed, made, _lexicon.Nationality(made) is not null);
            }
            return (slot.Word, slot.Nationality);
        }
        if (keys.TryGetValue(key, out var known)) return known;
        string word = NameKey.Word(key);
        return keys[key] = (word, _lexicon.Nationality(word) is not null);
    }

    /// <summary>
    /// <see cref="KeyOf"/>'s answers for keys that pack (<see cref="KeyGateMemo.Packed(ReadOnlySpan{char})"/>), a slot each by
    /// a hash of the packed letters; a key in another key's slot takes it. Made with <see cref="t_keys"/> for the same lexicon.
    /// </summary>
    [ThreadStatic] private static (ulong Packed, string Word, bool Nationality)[]? t_packedKeys;
    private const int PackedKeyBits = 12;

    /// <summary>Participles of allegiance that end like a nisba but open what a body belongs to (مجلس منبج العسكري المنضوي في صفوف …).</summary>
    private static readonly HashSet<string> Allegiances = Keys("المنضوي", "الموالي", "المنتمي", "المنشق");

    private static readonly HashSet<string> OtherAdjectives = Keys("العامة", "العام", "العليا", "المتحدة", "الكبرى", "الاعلى", "الاحمر", "المسلمين", "الحر", "السامية", "المشتركة");

    /// <summary>
    /// A definite word that goes on a name. العام does (مديرية الامن العام, المديرية العامة للامن العام) unless a time word
    /// or a number after it makes it the year (وزارة الزراعة العام الماضي).
    /// </summary>
    private static bool IsComplement(ReadOnlySpan<Word> words, int j)
    {
        var word = words[j];
        if (!word.IsLetters || word.Key.Length <= 3 || !word.Key.StartsWith("ال", StringComparison.Ordinal) || NotComplements.Contains(word.Key)) return false;
        return word.Key != Year || j + 1 >= words.Length || !(words[j + 1].IsNumber || TimeLexicon.Shared.IsDirection(words[j + 1].Key));
    }

    private static readonly string Year = MatchKey.Of("العام");


    /// <summary>حركة الشباب, تنظيم الدولة الاسلامية, قوات الامن العراقية: not قوات الامن or حركة السير.</summary>
    private bool IsGroupName(ReadOnlySpan<Word> words, int from, int end) =>
        !GenericComplements.Contains(KeyOf(words[from].Key).Word) || KeyOf(words[end - 1].Key).Nationality;

    // Declared after every head set: static fields are initialised in the order they are written.
    /// <summary>Every head, indefinite or definite, as <see cref="NameKey.Word"/> keys: most words are none, and are passed without a key made.</summary>
    private static readonly HashSet<string> AnyHead = InstitutionHeads.Concat(GroupHeads).Concat(WeakHeads).Concat(Blocs).Concat(DefiniteBodies)
        .Concat(DefiniteHeads).Concat(GeneralHeads).Concat(TailedHeads).Concat(UnitHeads).Concat(NumberedUnitHeads)
        .Concat(DateNamedHeads).Concat(Portfolios).Append(Arm).Append(ArmedForce).Append(Mobilisation).Append(Coalition).Append(Mission).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyHeadLookup = AnyHead.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly ReadingPrefilter AnyHeadPrefilter = new(AnyHead, nameKeys: true);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupHeadLookup = GroupHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceBodyHeadLookup = PlaceBodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateBodyHeadLookup = StateBodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionHeadLookup = InstitutionHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> Keys(params string[] words) => words.Select(NameKey.Word).ToHashSet(StringComparer.Ordinal);
}
