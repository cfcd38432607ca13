using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// What the subject of an attack verb says of the act: an air strike that hit or killed (الغارات استهدفت, وكانت غارة جوية
/// للتحالف قد قتلت) is an aerial attack (CAMEO 195), and a campaign, sanctions or a seminar that "targeted" someone
/// (عقوبات استهدفت كبار المسؤولين, الندوة استهدفت مناقشة) is no attack at all.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>
    /// What is reached after الى and is no place one visits: the scene of what is told (وصلت الى المكان), power (وصل الى
    /// السلطة, الحكم), a list, a level or a round (وصلت الجامعة الى القائمة, وصل الانتاج الى اعلى مستوى, الى الدور النهائي),
    /// a stage, a deadlock or an outcome (وصلت المفاوضات الى طريق مسدود, الى اتفاق).
    /// </summary>
    private static readonly HashSet<string> Scene = MatchKey.SetOf("المكان", "مكان", "السلطة", "الحكم", "سدة", "الرئاسة", "القائمة", "قائمة",
        "مستوى", "مستويات", "اعلى", "ادنى", "اقصى", "ذروة", "ذروتها", "الذروة", "الدور", "النهائي", "نهائي", "المرحلة", "مرحلة", "طريق", "نتيجة",
        "نتائج", "اتفاق", "حل", "تسوية", "قناعة", "حد", "نسبة", "رقم", "المركز", "المرتبة", "الصدارة", "المربع", "نصف", "ربع", "مليون", "مليار",
        "الف", "الاف", "عتبة");

    private const int SceneReach = 8;

    /// <summary>Whether the first الى after an arrival verb at <paramref name="verb"/>, in its clause, is followed by what is no place one visits (<see cref="Scene"/>).</summary>
    private static bool ToTheScene(IReadOnlyList<Word> words, int verb)
    {
        for (int k = verb + 1; k + 1 < words.Count && k <= verb + SceneReach && words[k].Kind != WordKind.Punctuation; k++)
        {
            if (words[k].Key == "الي") return Scene.Contains(words[k + 1].Key);
        }
        return false;
    }

    /// <summary>How many words before an assault verb its police subject may stand in its clause (قوات الامن اقتحمت مقر الشركة واعتدت).</summary>
    private const int AssaultSubjectReach = 6;

    /// <summary>
    /// Whether the police are the subject of the assault verb over words [<paramref name="first"/>, <paramref name="last"/>]:
    /// named right after it (اعتدت عناصر الشرطة على), or before it in its clause, no punctuation between (ان اعوان الشرطة
    /// اعتدوا, قوات الامن اقتحمت المقر واعتدت).
    /// </summary>
    private static bool PoliceAssault(IReadOnlyList<Word> words, int first, int last)
    {
        if (!OnProtesters(words, last)) return false;
        if (last + 1 < words.Count && EventRecognizer.Police.Contains(words[last + 1].Key)) return true;
        for (int k = first - 1; k >= 0 && k >= first - AssaultSubjectReach; k--)
        {
            if (words[k].Kind == WordKind.Punctuation) return false;
            if (EventRecognizer.Police.Contains(words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>A protesting crowd, what police blows repress (اعتدوا على المحتجين); students or worshippers beaten stay an assault.</summary>
    private static readonly HashSet<string> Protesters = MatchKey.SetOf("المحتجين", "المتظاهرين", "المعتصمين", "المضربين", "المحتجات", "المتظاهرات");

    private const int AssaultObjectReach = 6;

    /// <summary>Whether على and a protesting crowd follow the verb ending at <paramref name="last"/>, past its subject, no punctuation between.</summary>
    private static bool OnProtesters(IReadOnlyList<Word> words, int last) => AfterFirstOn(words, last, AssaultObjectReach, Protesters);

    /// <summary>
    /// Whether the word right after the first على within <paramref name="reach"/> words past the verb ending at
    /// <paramref name="last"/>, with no punctuation before it, is one of <paramref name="objects"/>.
    /// </summary>
    private static bool AfterFirstOn(IReadOnlyList<Word> words, int last, int reach, HashSet<string> objects)
    {
        for (int k = last + 1, limit = last + reach; k + 1 < words.Count && k <= limit; k++)
        {
            // استولى الحوثيون، فجر اليوم الاربعاء، على سفينة: a day set off by commas does not end the clause.
            if (DayAside.StepOver(words, ref k, ref limit)) continue;
            if (words[k].Kind == WordKind.Punctuation) return false;
            if (words[k].Key == "علي") return objects.Contains(words[k + 1].Key);
        }
        return false;
    }

    /// <summary>Tear gas (الغاز المسيل للدموع, القنابل المسيلة للدموع): fired only at a crowd.</summary>
    private static readonly HashSet<string> TearGas = MatchKey.SetOf("المسيل", "المسيلة", "مسيل", "مسيلة");

    /// <summary>Words that open another clause or act after a firing verb's objects (قبل ان تطلق الغاز, ثم).</summary>
    private static readonly HashSet<string> FiredBounds = MatchKey.SetOf("قبل", "بعد", "ثم", "فيما", "بينما", "حيث", "عندما", "بعدما", "ان");

    private const int FiredReach = 12;

    /// <summary>
    /// Whether tear gas is among what a firing verb fired, in its clause after word <paramref name="last"/> (اطلقت الرصاص
    /// الحي في الهواء والغاز المسيل للدموع, اطلقت الرصاص المطاطي والقنابل المسيلة للدموع): then the shots went at a crowd
    /// with the gas, force used to repress it (CAMEO 175), not fire at an enemy (190). Gas fired in another clause
    /// (قبل ان تطلق الغاز) says nothing of the shots.
    /// </summary>
    private static bool FiredWithTearGas(IReadOnlyList<Word> words, int last) => MeansAfter(words, last, FiredReach, TearGas, FiredBounds);

    /// <summary>
    /// Whether a word of <paramref name="means"/> follows word <paramref name="last"/> within <paramref name="reach"/>
    /// words, before any punctuation or word of <paramref name="bounds"/>: what an act was done with, in its clause.
    /// </summary>
    private static bool MeansAfter(IReadOnlyList<Word> words, int last, int reach, HashSet<string> means, HashSet<string>? bounds)
    {
        for (int k = last + 1; k < words.Count && k <= last + reach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation || bounds?.Contains(words[k].Key) == true) return false;
            if (means.Contains(words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Strikes from the air and the craft that fly them (غارة, غاراته, الطيران, مروحيات).</summary>
    private static readonly HashSet<string> AirStrikes = MatchKey.SetOf("غارة", "غارات", "غارتين", "الغارة", "الغارات", "غاراته", "غاراتها", "غاراتهم",
        "طائرة", "طائرات", "الطائرة", "الطائرات", "مقاتلات", "المقاتلات", "مروحية", "مروحيات", "المروحية", "المروحيات", "الطيران", "طيران");

    /// <summary>Strike nouns that are from the air only with جوية after them (ضربات جوية, الضربة الجوية).</summary>
    private static readonly HashSet<string> Strikes = MatchKey.SetOf("ضربة", "ضربات", "الضربة", "الضربات", "القصف", "قصف");

    private static readonly HashSet<string> FromTheAir = MatchKey.SetOf("جوية", "الجوية", "جوي", "الجوي");

    /// <summary>Words that end the subject of a verb on the left: a clause or a told clause opens after them.</summary>
    private static readonly HashSet<string> SubjectBounds = MatchKey.SetOf("ان", "بان", "لان", "انه", "انها", "فيما", "بينما", "حيث", "لكن", "كما", "بعدما", "عندما", "اذ",
        "كان", "وكان", "كانت", "وكانت", "و", "لقد", "ولقد");

    /// <summary>Relative pronouns: the clause after them describes the subject before them (الغارة التي حدثت الثلاثاء استهدفت).</summary>
    private static readonly HashSet<string> Relatives = MatchKey.SetOf("الذي", "التي", "الذين");

    private const int MaxSubjectWords = 10;

    /// <summary>
    /// Whether the verb at word <paramref name="first"/>, written without و, has an air strike or aircraft as the head of
    /// the subject standing before it in its clause (غارة جوية للتحالف مساء الاحد قد قتلت); a strike inside a phrase
    /// with a preposition (اثر غارة جوية قتل مسلحون) is no subject. The head is the farthest word of the clause within ten
    /// words: where the clause is longer, the word ten back stands for it (right on the wire text read: a dated strike).
    /// </summary>
    private static bool AirStrikeSubject(IReadOnlyList<Word> words, int first, TextSpan trigger)
    {
        if (words[first].Start < trigger.Start) return false;
        int head = -1;
        for (int k = first - 1; k >= 0 && k >= first - MaxSubjectWords; k--)
        {
            string key = words[k].Key;
            if (Relatives.Contains(key)) continue;
            if (EventArguments.ClausePunctuation.Contains(key) || SubjectBounds.Contains(key)) break;
            if (EventArguments.Prepositions.Contains(key) || CausePrepositions.Contains(key)) return false;
            head = k;
        }
        if (head < 0) return false;
        string h = words[head].Key;
        return AirStrikes.Contains(h) || Strikes.Contains(h) && head + 1 < words.Count && FromTheAir.Contains(words[head + 1].Key);
    }

    /// <summary>Aggression nouns, bare or after ل, ب or في's object (عدوان, لعدوان, العدوان, اعتداء, لاعتداء).</summary>
    private static readonly HashSet<string> Aggressions = MatchKey.SetOf("عدوان", "لعدوان", "بعدوان", "العدوان", "اعتداء", "لاعتداء", "باعتداء", "الاعتداء");

    /// <summary>Adjectives telling an aggression came by missiles or from the air (صاروخي, جوي).</summary>
    private static readonly HashSet<string> AerialKinds = MatchKey.SetOf("صاروخي", "الصاروخي", "جوي", "الجوي");

    /// <summary>How many adjectives (a nationality) may stand between the aggression's kind and the verb (صاروخي اسرائيلي استهدف).</summary>
    private const int MaxAggressionAdjectives = 2;

    /// <summary>
    /// Whether the assault verb at word <paramref name="first"/> follows an aggression noun and its aerial kind, past at most
    /// <see cref="MaxAggressionAdjectives"/> adjectives (تصدت الدفاعات لعدوان صاروخي اسرائيلي استهدف مواقع): the verb tells
    /// what that strike hit, from the air (CAMEO 195).
    /// </summary>
    private static bool AerialAggressionBefore(IReadOnlyList<Word> words, int first)
    {
        for (int k = first - 1; k >= 1 && k >= first - 1 - MaxAggressionAdjectives; k--)
        {
            if (!words[k].IsLetters) return false;
            if (AerialKinds.Contains(words[k].Key)) return Aggressions.Contains(words[k - 1].Key);
        }
        return false;
    }

    /// <summary>Ships and tankers, with or without the article: taken by force, they are hijacked (CAMEO 181).</summary>
    private static readonly HashSet<string> Vessels = MatchKey.SetOf("سفينة", "السفينة", "سفن", "السفن", "ناقلة", "الناقلة", "ناقلات", "باخرة", "الباخرة");

    /// <summary>How far after a seizing verb its على may stand, past the subject (استولى مسلحون من جماعة الحوثي على).</summary>
    private const int SeizedVesselReach = 8;

    /// <summary>
    /// Whether what the seizing verb ending at word <paramref name="last"/> took, after the first على in its clause, is a
    /// ship (استولى مسلحون على سفينة ثانية, استولت القوات على ناقلة نفط): a hijacking, not ground held.
    /// </summary>
    private static bool SeizedVessel(IReadOnlyList<Word> words, int last) => AfterFirstOn(words, last, SeizedVesselReach, Vessels);

    /// <summary>Craft that fly an attack when told with whose they are (طائرات حربية, مسيرة اسرائيلية); مسيرة alone is also a march.</summary>
    private static readonly HashSet<string> AttackCraft = MatchKey.SetOf("طائرة", "طائرات", "مقاتلات", "مقاتلة", "مروحية", "مروحيات", "مسيرة", "مسيرات", "طيران", "الطيران");

    /// <summary>Words after craft that say they are warplanes or drones, whoever flies them (حربية, مسيرة, تابعة لـ).</summary>
    private static readonly HashSet<string> WarCraftKinds = MatchKey.SetOf("حربية", "حربي", "الحربي", "مسيرة", "مسيرات", "معادية", "تابعة", "مجهولة");

    /// <summary>
    /// Whether the assault verb at words [<paramref name="first"/>, <paramref name="last"/>] opens its clause (after و,
    /// punctuation or the start of the sentence) and craft stand right after it as its subject, told as warplanes or
    /// drones or with their nationality (واستهدفت مسيرة اسرائيلية سيارة, استهدفت طائرات حربية روسية البلدة, واستهدف الطيران
    /// الحربي موقعا). Craft with no such word (اعترضت الدفاعات واستهدفت طائرات مفخخة) may be the object; a verb after its
    /// subject (ان الدفاعات استهدفت طائرة مسيرة) has it before.
    /// </summary>
    private bool CraftSubjectAfter(IReadOnlyList<Word> words, int first, int last)
    {
        bool opens = first == 0 || words[first - 1].Kind == WordKind.Punctuation || words[first].Key.Length > 4 && words[first].Key[0] == 'و';
        if (!opens || last + 2 >= words.Count || !AttackCraft.Contains(words[last + 1].Key)) return false;
        string kind = words[last + 2].Key;
        if (WarCraftKinds.Contains(kind)) return true;
        string bare = kind.EndsWith('ه') ? kind[..^1] : kind;
        return bare.Length > 3 && _actors.Nationality(bare) is not null;
    }

    /// <summary>Aircraft and the air arm that fly them, with or without the article, ب or و (طيران, بالطيران, طائرة مسيرة, سلاح الجو, القوات الجوية).</summary>
    private static readonly HashSet<string> AerialCraft = MatchKey.SetOf("طائرة", "طائرات", "الطائرة", "الطائرات", "طيران", "الطيران", "مقاتلات", "المقاتلات",
        "مروحية", "مروحيات", "المروحية", "المروحيات", "الجو", "الجوية");

    /// <summary>How far before shelling its aircraft subject may stand, past their owner (طائرة مسيرة تابعة لقوات خليفة حفتر قصفت).</summary>
    private const int MaxCraftSubjectWords = 7;

    /// <summary>
    /// Whether shelling at words [<paramref name="first"/>, <paramref name="last"/>] was done by aircraft: craft head its
    /// subject before it within its clause (ان طيران الجيش قصف, طائرات التحالف بقيادة السعودية قصفت), stand right after it
    /// (وقصف الطيران الحربي) or are its means (قصف بالمدفعية والطيران). Then it is CAMEO 195, not 194.
    /// </summary>
    private static bool AerialShelling(IReadOnlyList<Word> words, int first, int last)
    {
        if (first == 0 || words[first].Key[0] != 'و')
        {
            for (int k = first - 1; k >= 0 && k >= first - MaxCraftSubjectWords; k--)
            {
                string key = words[k].Key;
                if (!words[k].IsLetters || SubjectBounds.Contains(key) || EventArguments.Prepositions.Contains(key)) break;
                if (AerialCraft.Contains(key)) return true;
            }
        }
        for (int k = last + 1; k < words.Count && k <= last + 3; k++)
        {
            if (!words[k].IsLetters) break;
            string key = words[k].Key;
            if (AerialCraft.Contains(key) || key.Length > 4 && key[0] is 'ب' or 'و' && AerialCraft.Contains(key[1..])) return true;
        }
        return false;
    }

    private const int MaxShellsReach = 7;

    /// <summary>
    /// Whether an assault at word <paramref name="last"/> was done with shells or artillery told with ب within a few words
    /// after it, before any punctuation (استهدفت امس بقذيفتين صاروخيتين قرية Y, اعتدت بالقذائف على احياء سكنية): then it is
    /// shelling, CAMEO 194, not 180.
    /// </summary>
    private static bool DoneWithShells(IReadOnlyList<Word> words, int last) => MeansAfter(words, last, MaxShellsReach, Shells, bounds: null);

    /// <summary>
    /// Whether drones or a ballistic missile are the means of the act within <see cref="MaxAerialWeaponsReach"/> words after
    /// <paramref name="last"/>, before any punctuation: a craft or missile written with ب (or after بعدد من) and then its
    /// kind (بطائرات مسيرة, بعدد من الطائرات المسيرة, بصاروخ باليستي). A bare طائرة after the verb is its object or subject.
    /// </summary>
    private static bool DoneWithAerialWeapons(IReadOnlyList<Word> words, int last)
    {
        for (int k = last + 1; k + 1 < words.Count && k <= last + MaxAerialWeaponsReach; k++)
        {
            // استهدفوا تجمعات "المرتزقة" في محيط المطار بصاروخ باليستي: marks around a word of the object end no clause.
            if (words[k].Kind == WordKind.Punctuation && !QuoteMarks.Contains(words[k].Key)) return false;
            string key = words[k].Key;
            bool with = key.Length > 3 && key[0] == 'ب' || k >= 2 && words[k - 2].Key == "بعدد" && words[k - 1].Key == "من";
            string bare = key.Length > 3 && key[0] == 'ب' ? key[1..] : key;
            if (!with) continue;
            if (DroneCraft.Contains(bare) && DroneKinds.Contains(words[k + 1].Key)) return true;
            if (Missiles.Contains(bare) && Ballistic.Contains(words[k + 1].Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the word right after the attack noun ending at word <paramref name="last"/> is a drone or a missile written
    /// with ب, its kind after it (هجوما بطائرة مسيرة, هجمات بالطائرات المسيرة, هجوم بصاروخ باليستي); a bare craft or a
    /// march (هجوم على مسيرة) is none.
    /// </summary>
    private static bool AttackNounByAir(IReadOnlyList<Word> words, int last)
    {
        int k = last + 1;
        if (k + 1 >= words.Count || !words[k].IsLetters || words[k].Key.Length <= 3 || words[k].Key[0] != 'ب') return false;
        string bare = words[k].Key[1..];
        return DroneCraft.Contains(bare) && DroneKinds.Contains(words[k + 1].Key) || Missiles.Contains(bare) && Ballistic.Contains(words[k + 1].Key);
    }

    /// <summary>
    /// Whether a drone stands right before the assault verb opening at word <paramref name="first"/> as its subject, alone
    /// or as the means of a strike the verb's clause tells (وكانت طائرة مسيرة استهدفت, بضربة نفذتها طائرة مسيرة استهدفت,
    /// هجوم بطائرات مسيرة استهدف): the craft and then its kind, مسيرة, so a march (مسيرة استهدفت) is not one.
    /// </summary>
    private static bool DroneSubjectBefore(IReadOnlyList<Word> words, int first)
    {
        if (first < 2 || !words[first - 1].IsLetters || !words[first - 2].IsLetters || !DroneKinds.Contains(words[first - 1].Key)) return false;
        string craft = words[first - 2].Key;
        return DroneCraft.Contains(craft) || craft.Length > 4 && craft[0] == 'ب' && DroneCraft.Contains(craft[1..]);
    }

    /// <summary>Craft told as a side's own by a pronoun (طائراته, مقاتلاتها, طيرانه): the side's aircraft.</summary>
    private static readonly HashSet<string> OwnCraft = MatchKey.SetOf("طائراته", "طائراتها", "طائرته", "طائرتها", "مقاتلاته", "مقاتلاتها",
        "مروحياته", "مروحياتها", "طيرانه", "طيرانها", "مسيراته", "مسيراتها");

    /// <summary>How far before the assault verb craft with their kind may stand (طائرات حربية اسرائيلية استهدفت).</summary>
    private const int MaxKindedCraftWords = 4;

    /// <summary>
    /// Whether the assault verb at word <paramref name="first"/> has aircraft as its subject right before it in its clause:
    /// a side's own craft (ان طائراته استهدفت, وقال الجيش ان مقاتلاته استهدفت) or craft told as warplanes or drones or with
    /// their nationality (طائرات حربية اسرائيلية استهدفت). Then the attack is from the air, CAMEO 195.
    /// </summary>
    private bool CraftSubjectBefore(IReadOnlyList<Word> words, int first)
    {
        if (first > 0 && words[first - 1].IsLetters && OwnCraft.Contains(words[first - 1].Key)) return true;
        for (int k = first - 2; k >= 0 && k >= first - MaxKindedCraftWords; k--)
        {
            if (!words[k].IsLetters || EventArguments.Prepositions.Contains(words[k].Key)) return false;
            if (!AttackCraft.Contains(words[k].Key)) continue;
            string kind = words[k + 1].Key;
            return WarCraftKinds.Contains(kind) || _actors.Nationality(NameKey.WordOfKey(kind)) is not null;
        }
        return false;
    }

    /// <summary>How far the means may stand: past a long object and its place (قاعدة الملك خالد الجوية في خميس مشيط بعدد من الطائرات).</summary>
    private const int MaxAerialWeaponsReach = 10;

    /// <summary>
    /// Whether the missile fired within <see cref="MaxShellsReach"/> words after <paramref name="last"/>, before any
    /// punctuation, is ballistic (صاروخا باليستيا, صواريخ بالستية).
    /// </summary>
    private static bool FiredBallistic(IReadOnlyList<Word> words, int last)
    {
        for (int k = last + 1; k + 1 < words.Count && k <= last + MaxShellsReach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) return false;
            if (FiredMissiles.Contains(words[k].Key)) return Ballistic.Contains(words[k + 1].Key);
            // اطلقت الجماعة طائرة مسيرة مفخخة باتجاه …: a drone launched is a strike from the air.
            if (DroneCraft.Contains(words[k].Key) && DroneKinds.Contains(words[k + 1].Key)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> FiredMissiles = MatchKey.SetOf("صاروخا", "صاروخين", "صواريخ", "الصاروخ", "الصواريخ");

    private static readonly HashSet<string> DroneCraft = MatchKey.SetOf("طائرة", "طائرات", "الطائرة", "الطائرات", "طائرتين", "طائرتان");

    private static readonly HashSet<string> DroneKinds = MatchKey.SetOf("مسيرة", "المسيرة", "مسيرات", "المسيرات", "مسيرتين", "مسيرتان");

    private static readonly HashSet<string> Missiles = MatchKey.SetOf("صاروخ", "صواريخ", "الصاروخ", "الصواريخ");

    private static readonly HashSet<string> Ballistic = MatchKey.SetOf("باليستي", "بالستي", "باليستية", "بالستية", "الباليستي", "البالستي", "الباليستية", "البالستية",
        "باليستيا", "بالستيا", "باليستيين", "بالستيين");

    /// <summary>Shells, mortars and artillery as the means of an act (بالقذائف, بقذيفتين, بقذائف الهاون, بالمدفعية).</summary>
    private static readonly HashSet<string> Shells = MatchKey.SetOf("بالقذائف", "بقذائف", "بقذيفة", "بقذيفتين", "بالقذيفة", "بالهاون", "بالمدفعية", "بمدفعية",
        "وبالقذائف", "وبقذائف", "وبالمدفعية");

    /// <summary>Words of cause (اثر غارة جوية قتل مسلحون): a strike after them is what the act followed, no subject.</summary>
    private static readonly HashSet<string> CausePrepositions = MatchKey.SetOf("اثر", "عقب", "جراء", "بسبب", "نتيجة");

    /// <summary>Targeting verbs: an attack when force does it, a purpose when a plan or a body of words does (استهدفت الندوة).</summary>
    private static readonly HashSet<string> Targeting = MatchKey.SetOf("استهدف", "استهدفت", "واستهدف", "واستهدفت");

    /// <summary>Things that "target" without force: campaigns, sanctions, measures, meetings, hacking, inquiries.</summary>
    private static readonly HashSet<string> NonViolentActs = MatchKey.SetOf("حملة", "الحملة", "حملات", "الحملات", "تطهير", "عقوبات", "العقوبات", "عقوبة", "العقوبة",
        "ندوة", "الندوة", "ورشة", "الورشة", "دورة", "الدورة", "المؤتمر", "مؤتمر", "تحقيق", "التحقيق", "تحقيقات", "التحقيقات", "قرصنة", "القرصنة",
        "اجراءات", "الاجراءات", "قرار", "القرار", "قرارات", "القرارات", "قانون", "القانون", "خطة", "الخطة", "مبادرة", "المبادرة", "برنامج", "البرنامج",
        "مشروع", "المشروع", "انتقادات", "الانتقادات", "اتهامات", "الاتهامات", "زيارة", "الزيارة", "اعتقالات", "الاعتقالات", "حظر", "الحظر", "رسوم", "الرسوم",
        "ضرائب", "الضرائب", "اصلاحات", "الاصلاحات", "دراسة", "الدراسة", "تعديلات", "التعديلات",
        // ان الخطوة استهدفت الدول الحليفة, السياسة الجديدة استهدفت: a step, a policy or a tariff aimed at someone
        "خطوة", "الخطوة", "سياسة", "السياسة", "سياسات", "السياسات", "تعريفات", "التعريفات", "الاجراء", "اجراء", "تدابير", "التدابير", "تحذيرات", "التحذيرات", "تحذير", "التحذير",
        // تعريفة جمركية على سلع امريكية، والتي استهدفت, ان الاعلان استهدف المضاربين: a tariff, duties or an announcement
        "تعريفة", "التعريفة", "جمركية", "الجمركية", "جمارك", "الجمارك", "اعلان", "الاعلان");

    /// <summary>Goods and trade a measure aims at (واستهدفت الولايات المتحدة منتجات, سلعا مستوردة): no one is struck.</summary>
    private static readonly HashSet<string> Goods = MatchKey.SetOf("منتجات", "المنتجات", "سلع", "سلعا", "السلع", "بضائع", "البضائع", "واردات", "الواردات",
        "صادرات", "الصادرات");

    /// <summary>A campaign of one's own told after في (استهدف اليمين المتطرف في حملته الانتخابية فئة الشباب).</summary>
    private static readonly HashSet<string> OwnCampaigns = MatchKey.SetOf("حملته", "حملتها", "حملتهم", "حملاته", "حملاتها", "حملاتهم");

    /// <summary>Relative pronouns that tell the subject of the verb after them before them (تعريفة جمركية …، والتي استهدفت).</summary>
    private static readonly HashSet<string> RelativesBefore = MatchKey.SetOf("التي", "الذي", "والتي", "والذي", "اللتي", "الذين");

    /// <summary>How far before a relative pronoun, past a comma, the noun it stands for may be (تعريفة جمركية على سلع … سنويا، والتي).</summary>
    private const int RelativeReach = 12;

    /// <summary>How many words after the verb, in its clause, may tell goods or one's own campaign (واستهدفت الولايات المتحدة منتجات).</summary>
    private const int NonViolentObjectReach = 4;

    /// <summary>
    /// Verbal nouns of an aim: what "targeted" them aimed at an outcome, it struck no one (استهدفت محو هويته, زعزعة
    /// الاستقرار). Not تحسين (also a man's name: استهدفت تحسين …), nor ضرب or تصفية, which may be the blow or the killing.
    /// </summary>
    private static readonly HashSet<string> Aims = MatchKey.SetOf("محو", "تغيير", "تعزيز", "تحقيق", "زعزعة", "اضعاف", "تقويض", "عرقلة", "افشال",
        "تشويه", "توعية", "تطوير", "ايجاد", "الحد", "اسقاط", "تهجير", "منع", "وقف", "تجميد", "خفض");

    private const int NonViolentReach = 3;

    /// <summary>
    /// Whether the targeting verb at word <paramref name="first"/> has a campaign, sanctions or the like for subject: among
    /// the few words right before it in its clause (حملة تطهير استهدفت, عقوبات فردية استهدفت) or right after it (واستهدفت العقوبات),
    /// or the verbal noun of an aim right after it (استهدفت زعزعة الاستقرار).
    /// </summary>
    private static bool NonViolentTargeting(IReadOnlyList<Word> words, int first)
    {
        if (!Targeting.Contains(words[first].Key)) return false;
        if (first + 1 < words.Count && (NonViolentActs.Contains(words[first + 1].Key) || Aims.Contains(words[first + 1].Key))) return true;
        // واستهدفت الولايات المتحدة منتجات, واستهدف اليمين المتطرف في حملته الانتخابية: goods aimed at, a campaign of one's own
        for (int k = first + 1; k < words.Count && k <= first + NonViolentObjectReach && words[k].IsLetters; k++)
        {
            if (Goods.Contains(words[k].Key) || OwnCampaigns.Contains(words[k].Key) && words[k - 1].Key == "في") return true;
        }
        for (int k = first - 1; k >= 0 && k >= first - NonViolentReach; k--)
        {
            if (!words[k].IsLetters) return k == first - 2 && RelativesBefore.Contains(words[first - 1].Key) && RelativeNonViolent(words, k);
            if (NonViolentActs.Contains(words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a campaign, sanctions, a tariff or the like stands in the clause before the comma at word <paramref name="comma"/>,
    /// which a relative pronoun after it refers back to (بفرض تعريفة جمركية على سلع امريكية بقيمة 50 مليار دولار سنويا، والتي استهدفت).
    /// </summary>
    private static bool RelativeNonViolent(IReadOnlyList<Word> words, int comma)
    {
        if (!words[comma].IsComma) return false;
        for (int k = comma - 1; k >= 0 && k >= comma - RelativeReach; k--)
        {
            if (words[k].Kind == WordKind.Punctuation) return false;
            if (NonViolentActs.Contains(words[k].Key)) return true;
        }
        return false;
    }
}
