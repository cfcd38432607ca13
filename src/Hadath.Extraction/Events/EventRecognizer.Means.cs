using Hadath.Core;
using Hadath.Extraction.Text;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Events;

/// <summary>
/// Conditions that read how an act was done or when: stones thrown at the police and blows struck (رشقوا عناصر الامن
/// بالحجارة, انهالت عليهم بالضرب), a meeting of the speaker's own told as the occasion of his words (خلال لقائه), and a
/// running total told with منذ.
/// </summary>
public sealed partial class EventRecognizer
{
    /// <summary>
    /// Words for the police or security forces a crowd throws stones at (عناصر الامن, قوات الشرطة, رجال الدرك, اعوان, عونين من
    /// الحرس الوطني, شرطيين), the dual also as a subject (فيما اصيب عونان بجروح اثر رشقهما بالحجارة, جرح شرطيان), and
    /// the subject that makes the masculine فرق a dispersing verb.
    /// </summary>
    internal static readonly HashSet<string> Police = MatchKey.SetOf(
        "عناصر", "عناصرها", "عناصره", "الشرطة", "شرطة", "الامن", "قوات", "رجال", "الدرك", "القوة", "القوات", "دورية", "دوريات", "افراد", "اعوان",
        "عونين", "عونان", "عونا", "عون", "الحرس", "شرطيين", "شرطيان", "شرطيا", "شرطي", "دركيين", "دركيان");

    /// <summary>
    /// What the act was done with (stones, blows, batons) within <see cref="ObjectWindow"/> words after the verb, before any
    /// punctuation; null also when the spelling is written with ب or ل, where it is the verbal noun (اتهمهم برشق الحجارة).
    /// Stones (CAMEO 145) are a riot only when thrown at the police named between the verb and them: at a bus, at cars or at
    /// an army they tell no protest.
    /// </summary>
    private string? StruckWith(SentenceReadings readings, IReadOnlyList<Word> words, EventTrigger trigger, int start, int end)
    {
        string written = words[start].Key;
        // ورد المحتجون برشق عناصرها بالحجارة, قام شبان برشق دوريات الشرطة بالحجارة: written with ب after an act verb (رد,
        // قام) the verbal noun is what the crowd did, a riot as the verb is when the police are its object; elsewhere
        // (اتهمهم برشق الحجارة) it is a charge or a topic.
        if (written != trigger.Keys[0] && written[0] is 'ب' or 'ل' && written.EndsWith(trigger.Keys[0], StringComparison.Ordinal) &&
            !(written[0] == 'ب' && AfterAct(readings, words, start) is not null)) return null;
        // اعتدت قوة من الشرطة على المصلين بالضرب: in verb-subject-object order the blows come after the subject phrase.
        int from = _subjects?.At(words, end, null) is { } subject ? subject.After : end;
        if (SupportedAhead(readings, words, TriggerCondition.StruckWith, from, ObjectWindow, stopAtPunctuation: true) is not { } means) return null;
        if (means == "ضرب" && !BlowsWrittenWithBi(words, from)) return null;
        if (!trigger.Code.StartsWith("14", StringComparison.Ordinal)) return means;
        // The police stand before any punctuation, as the stones do (رشقوا حافلة بالحجارة، وانتشرت قوات الامن: no riot).
        for (int k = end; k < words.Count && k < end + ObjectWindow && words[k].Kind != WordKind.Punctuation; k++)
        {
            if (readings.AnyKeyIn(k, Police)) return means;
        }
        return HasObjectPronoun(trigger.Keys[0]) && PoliceNamedBefore(readings, start) ? means : null;
    }

    /// <summary>The spellings that end in an object pronoun (رشقهم, رشقهما, رشقوهم): the ones stoned are named elsewhere.</summary>
    private static bool HasObjectPronoun(string key) => key.EndsWith("هم", StringComparison.Ordinal) || key.EndsWith("هما", StringComparison.Ordinal);

    /// <summary>
    /// Whether police are named before word <paramref name="start"/> in its sentence, the ones an object pronoun points back
    /// to (اصيب اربعة اعوان بجروح اثر رشقهم بالحجارة); passengers or passers-by stoned are no riot of a protest.
    /// </summary>
    private static bool PoliceNamedBefore(SentenceReadings readings, int start)
    {
        for (int k = start - 1; k >= 0; k--)
        {
            if (readings.AnyKeyIn(k, Police)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether blows come as بالضرب (or بضرب) in the <see cref="ObjectWindow"/> words after <paramref name="end"/>: انهالوا
    /// عليهم بالضرب is a beating, but a bare ضرب is a noun of its own clause (انهالت الانتقادات على الوزير بعد ضرب المتظاهرين).
    /// </summary>
    private static bool BlowsWrittenWithBi(IReadOnlyList<Word> words, int end)
    {
        for (int k = end; k < words.Count && k < end + ObjectWindow; k++)
        {
            if (words[k].Key is "بالضرب" or "بضرب") return true;
        }
        return false;
    }

    private const int FireSubjectReach = 2;

    /// <summary>
    /// وأضرم المحتجون النار: fire set is a riot only when protesters set it, named within <see cref="FireSubjectReach"/> words
    /// after the verb, or when a protest is told before the verb in its clause (وخلال التظاهرة أضرم شبان النار), or when
    /// what burned is tyres or barricades a few words on (واضرموا النار في العجلات المطاطية). A protest
    /// further on is another clause (أضرم مجهولون النار في منزل ناشط شارك في التظاهرة is arson). The key found, or null.
    /// </summary>
    private string? SetByProtesters(SentenceReadings readings, IReadOnlyList<Word> words, int start, int end)
    {
        for (int k = end; k < words.Count && k < end + FireSubjectReach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) break;
            if (SupportAt(readings, k, TriggerCondition.ProtestNoun) is { } protesters) return protesters;
        }
        for (int k = start - 1; k >= 0 && words[k].Kind != WordKind.Punctuation; k--)
        {
            if (SupportAt(readings, k, TriggerCondition.ProtestNoun) is { } protest) return protest;
        }
        // واضرموا النار في العجلات المطاطية: tyres set alight are a crowd's protest, whoever the verb names.
        for (int k = end; k < words.Count && k < end + ObjectWindow; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) break;
            if (readings.AnyKeyIn(k, Barricades)) return words[k].Key;
        }
        return null;
    }

    /// <summary>
    /// Tyres and barricades: fire set in them, or a road closed with them, is a crowd's protest (اضرموا النار في العجلات
    /// المطاطية); so are stones, rocks and tree trunks piled on a road (غلق الطريق بالحجارة وجذوع الاشجار).
    /// </summary>
    private static readonly HashSet<string> Barricades = MatchKey.SetOf("اطارات", "الاطارات", "العجلات", "عجلات", "المتاريس", "متاريس", "حواجز", "الحواجز",
        "الحجارة", "حجارة", "الاحجار", "احجار", "الصخور", "صخور", "جذوع");

    /// <summary>The state's forces and authorities, who close roads for security, not in protest.</summary>
    private static readonly HashSet<string> Authorities = MatchKey.SetOf("السلطات", "الجيش", "الحكومة", "البلدية", "السلطة");

    /// <summary>How many words a road cut's subject may hold between the verb and the road.</summary>
    private const int RoadCutReach = 8;

    /// <summary>
    /// قاموا باغلاق الطريق الرئيسية بالعجلات المطاطية المشتعلة, عمد شبان الى قطع الطريق بالاطارات المشتعلة: a road cut (CAMEO
    /// 144) when a road noun follows the verb or its verbal noun within <see cref="RoadCutReach"/> words of its clause (a
    /// day set off by commas passed over) and tyres or barricades, what only a crowd burns or piles up, a few words after
    /// the road. A road closed by the police or the state (اغلقت قوات الامن الطريق) or cut "on" or "before" someone (قطع
    /// الطريق على المتطرفين: barring their way) is none. Nor, on the word of the GSR dev, is a road cut told with protesters
    /// alone (قطع المتظاهرون الطريق: every such sentence there is marked no protest). The barricade's key, or null.
    /// </summary>
    private string? RoadCut(SentenceReadings readings, IReadOnlyList<Word> words, int end)
    {
        if (end < words.Count && (Police.Contains(words[end].Key) || Authorities.Contains(words[end].Key))) return null;
        int road = -1;
        for (int k = end; k < words.Count && k < end + RoadCutReach; k++)
        {
            if (words[k].IsComma && DayAside.Close(words, k + 1) is { } close)
            {
                k = close;
                continue;
            }
            if (words[k].Kind == WordKind.Punctuation) return null;
            if (SupportAt(readings, k, TriggerCondition.RoadCut) is null) continue;
            if (k + 1 < words.Count && words[k + 1].Key is "علي" or "امام") return null;
            road = k;
            break;
        }
        for (int k = road + 1; road >= 0 && k < words.Count && k <= road + ObjectWindow && words[k].Kind != WordKind.Punctuation; k++)
        {
            if (readings.AnyKeyIn(k, Barricades)) return words[k].Key;
        }
        return null;
    }

    /// <summary>
    /// What a verb of suffering (تعرض) says was suffered: the first word after it, within <see cref="ClashWindow"/> words and
    /// its clause (a day set off by commas passed over), written with ل and no article (لانتقادات, لاعتداء; للتشغيل in تعرضت الوكالة الولائية للتشغيل is the
    /// subject's own) when the lexicon lists it under <paramref name="condition"/>: its key, or null.
    /// </summary>
    private string? SufferedWithLam(SentenceReadings readings, IReadOnlyList<Word> words, int end, TriggerCondition condition)
    {
        for (int k = end; k < words.Count && k < end + ClashWindow; k++)
        {
            // وتعرضت الحكومة، خلال الاسبوع الماضي، لانتقادات: a day set off by commas is an aside.
            if (words[k].IsComma && DayAside.Close(words, k + 1) is { } close)
            {
                k = close;
                continue;
            }
            if (words[k].Kind == WordKind.Punctuation) return null;
            string key = words[k].Key;
            if (key.Length < 3 || key[0] != 'ل' || key.StartsWith("لل", StringComparison.Ordinal)) continue;
            return SupportAt(readings, k, condition);
        }
        return null;
    }

    /// <summary>
    /// The launching verb (شن, نفذ) within <see cref="LaunchWindow"/> words before word <paramref name="start"/>, no punctuation
    /// between: its key, or null. After a preposition or بما في ذلك the word is the verbal noun (في شن غارات, بما في ذلك شن
    /// ضربات جوية): strikes spoken of, none told as carried out.
    /// </summary>
    private string? LaunchedBy(SentenceReadings readings, IReadOnlyList<Word> words, int start)
    {
        for (int k = start - 1, reach = start - LaunchWindow; k >= 0 && k >= reach; k--)
        {
            if (words[k].Kind == WordKind.Punctuation)
            {
                // شنت في تموز/يوليو غارة: a slash joining two words (a month's two names) does not end the clause.
                if (IsJoiningSlash(words, k)) continue;
                // شنت القيادة الاميركية في افريقيا (افريكوم) غارة: a body's acronym in brackets after its name does not end the
                // clause, nor takes room in the window.
                if (IsBracketedWord(words, k))
                {
                    k -= 2;
                    reach -= 3;
                    continue;
                }
                // شن سلاح الجو التركي، السبت، غارات: a day set off by commas does not end the clause, nor takes room in the
                // window (وشن الطيران الحربي للجيش، في وقت لاحق، غارات).
                if (!DayAside.StepBack(words, ref k, ref reach)) return null;
                continue;
            }
            if (SupportAt(readings, k, TriggerCondition.Launched) is not { } key) continue;
            return VerbalNounAt(words, k) || ThreatenedWith(words, k) ? null : key;
        }
        return null;
    }

    /// <summary>Forms of threatening and vowing whose ب-complement tells what is threatened (هدد, توعدت, لوح, مهددا, التهديد).</summary>
    private static readonly HashSet<string> Threats = MatchKey.SetOf("هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون", "مهددا", "مهددة",
        "توعد", "توعدت", "توعدوا", "يتوعد", "تتوعد", "متوعدا", "متوعدة", "لوح", "لوحت", "لوحوا", "يلوح", "تلوح", "ملوحا", "ملوحة",
        "تهديد", "التهديد", "تهديدات", "التهديدات");

    /// <summary>
    /// Whether the launching word at <paramref name="k"/> is written with ب (بشن, بتنفيذ) and a form of <see cref="Threats"/>
    /// stands before it in the sentence: the ب-complement of a threat or a vow, past an aside set off by commas (وكانت الحركة
    /// قد هددت، في بيان نشرته امس، بشن هجمات على مواقع الجيش), tells attacks threatened, none launched. قامت الطائرات
    /// بشن غارات, with no threat before, is told.
    /// </summary>
    private static bool ThreatenedWith(IReadOnlyList<Word> words, int k)
    {
        if (words[k].Key.Length < 3 || words[k].Key[0] != 'ب') return false;
        for (int back = k - 1; back >= 0; back--)
        {
            if (words[back].IsLetters && Threats.ContainsWithoutConjunction(words[back].Key)) return true;
        }
        return false;
    }

    /// <summary>Whether word <paramref name="k"/> is a slash between two words of letters (تموز/يوليو, شباط/فبراير).</summary>
    private static bool IsJoiningSlash(IReadOnlyList<Word> words, int k) =>
        words[k].Key == "/" && k > 0 && k + 1 < words.Count && words[k - 1].IsLetters && words[k + 1].IsLetters;

    /// <summary>Whether word <paramref name="k"/> closes one word of letters in brackets (… (افريكوم)).</summary>
    private static bool IsBracketedWord(IReadOnlyList<Word> words, int k) =>
        words[k].Key == ")" && k >= 2 && words[k - 1].IsLetters && words[k - 2].Key == "(";

    private static bool VerbalNounAt(IReadOnlyList<Word> words, int k) =>
        k > 0 && (EventArguments.Prepositions.Contains(words[k - 1].Key) || (k > 1 && words[k - 1].Key == "ذلك" && words[k - 2].Key == "في"));

    private const int PositionReach = 3;

    /// <summary>
    /// شن التنظيم هجوما على مواقع الجيش: an attack noun launched (<see cref="LaunchedBy"/>) on a position, a base or a town
    /// named after على within <see cref="PositionReach"/> words of it is violence; one launched on a person, a party or a
    /// government (شن رئيس الحزب هجوما عنيفا على الحكومة) is words. The rule's tail, or null.
    /// </summary>
    private string? LaunchedOn(SentenceReadings readings, IReadOnlyList<Word> words, int start, int end)
    {
        if (start > 0 && words[start - 1].Key == "اي") return null;
        if (LaunchedBy(readings, words, start) is not { } launcher) return null;
        for (int k = end; k < words.Count && k < end + PositionReach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) return null;
            if (words[k].Key is not ("علي" or "ضد") || k + 1 >= words.Count) continue;
            return PositionAt(readings, words, k + 1) is { } position ? $"+launched:{launcher}+on:{position}" : null;
        }
        return null;
    }

    /// <summary>
    /// وسيطر مسلحو التنظيم يوم الجمعة على بلدة X, استولوا على ثلاث قرى, سيطرت القوات على الرمادي: territory taken when
    /// على follows the verb within <see cref="ClashWindow"/> words (its subject and a day may stand between), no punctuation
    /// between, and a position, a base, a town, places counted or a place name stands right after it. The key of what was
    /// taken, or null: control of a fire, a match or the situation is none, and التي سيطر عليها points back to a place told before.
    /// A day set off by commas after the subject (استولى الحوثيون، فجر اليوم الاربعاء، على سفينة) is passed, its words not counted.
    /// </summary>
    private string? SeizedPlace(SentenceReadings readings, IReadOnlyList<Word> words, int end)
    {
        for (int k = end, limit = end + ClashWindow; k < words.Count && k < limit; k++)
        {
            // استولى الحوثيون، فجر اليوم الاربعاء، على سفينة: a day set off by commas does not end the clause.
            if (DayAside.StepOver(words, ref k, ref limit)) continue;
            if (words[k].Kind == WordKind.Punctuation) return null;
            string key = words[k].Key;
            if (!key.StartsWith("علي", StringComparison.Ordinal)) continue;
            if (key.Length > 3 || k + 1 >= words.Count) return null;
            int at = k + 1;
            // استولوا على ثلاث قرى: a count before the places.
            if (at + 1 < words.Count && (words[at].IsNumber || _numbers.Starts(words[at]))) at++;
            if ((PositionAt(readings, words, at) ?? SupportAt(readings, at, TriggerCondition.SeizedPlace)) is { } position) return position;
            return PlaceGazetteer.Shared.Find(readings.Text, words).Exists(span => span.Start == words[at].Start) ? words[at].Key : null;
        }
        return null;
    }

    /// <summary>How far before its من a form of تمكن may stand (its subject between: تمكن مسلحو تنظيم داعش من).</summary>
    private const int AchievedReach = 6;

    /// <summary>Forms of تمكن (managed to), whose من-complement tells what its subject did.</summary>
    private static readonly HashSet<string> Managed = MatchKey.SetOf("تمكن", "تمكنت", "تمكنوا", "وتمكن", "وتمكنت", "وتمكنوا", "فتمكن", "فتمكنت");

    /// <summary>
    /// تمكن مسلحو التنظيم من السيطرة: the key of the form of تمكن that the verbal noun at word <paramref name="start"/>
    /// completes (right after من, no punctuation back to it), or null.
    /// </summary>
    private static string? Achieved(IReadOnlyList<Word> words, int start)
    {
        if (start < 2 || words[start - 1].Key != "من") return null;
        for (int k = start - 2; k >= 0 && k >= start - 1 - AchievedReach; k--)
        {
            if (!words[k].IsLetters) return null;
            if (Managed.Contains(words[k].Key)) return words[k].Key;
        }
        return null;
    }

    /// <summary>Launching verbs with the attack as their object pronoun (هجوم شنه X, هجمات نفذها X).</summary>
    private static readonly HashSet<string> LaunchedIt = MatchKey.SetOf("شنه", "شنته", "شنها", "شنوه", "شنوها", "نفذه", "نفذته", "نفذها", "نفذوه", "نفذوها",
        "شنهما", "شنتهما", "نفذهما", "نفذتهما",
        // كمين نصبه X: an ambush laid
        "نصبه", "نصبته", "نصبوه");

    /// <summary>How many words past the attack noun its launcher may stand (هجوم بالاسلحة الخفيفة والمتوسطة شنه).</summary>
    private const int LauncherReach = 5;

    /// <summary>How many words past the launcher the position may be named, past its subject (شنه عناصر تنظيم داعش على).</summary>
    private const int LaunchedOnReach = 8;

    /// <summary>
    /// هجوم بالاسلحة الخفيفة شنه عناصر التنظيم على مواقع الجيش: an attack noun whose launcher follows it with the noun as its
    /// object pronoun, on a position, a base or a town named after على/ضد further on, no punctuation between, is violence as a
    /// noun launched on one is (<see cref="LaunchedOn"/>); one launched on a person or a government is words. The rule's tail, or null.
    /// </summary>
    private string? LaunchedAfter(SentenceReadings readings, IReadOnlyList<Word> words, int start, int end)
    {
        if (start > 0 && words[start - 1].Key == "اي") return null;
        for (int k = end; k < words.Count && k < end + LauncherReach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) return null;
            if (!LaunchedIt.Contains(words[k].Key)) continue;
            for (int j = k + 1; j + 1 < words.Count && j <= k + LaunchedOnReach; j++)
            {
                if (words[j].Kind == WordKind.Punctuation) return null;
                if (words[j].Key is "علي" or "ضد" && PositionAt(readings, words, j + 1) is { } position) return $"+launched-after:{words[k].Key}+on:{position}";
            }
            return null;
        }
        return null;
    }

    /// <summary>The key of a position, a base or a town at word <paramref name="k"/> (مواقع الجيش, قضاء حديثة), or null.</summary>
    private string? PositionAt(SentenceReadings readings, IReadOnlyList<Word> words, int k)
    {
        if (SupportAt(readings, k, TriggerCondition.Position) is not { } position) return null;
        // شن الرئيس هجوما حادا على مواقع التواصل الاجتماعي: sites on the web are no position.
        if (position is "مواقع" or "موقع" && k + 1 < words.Count && WebSites.Contains(words[k + 1].Key)) return null;
        // هجوما على القضاء, هاجم الرئيس القضاء: the judiciary; a district is named after a bare قضاء (هجوما على قضاء حديثة).
        if (position == Judiciary && words[k].Key.StartsWith("ال", StringComparison.Ordinal)) return null;
        return position;
    }

    private static readonly string Judiciary = MatchKey.Of("قضاء");

    /// <summary>Words after مواقع/موقع that make it a site on the web (مواقع التواصل الاجتماعي, موقع الكتروني).</summary>
    private static readonly HashSet<string> WebSites = MatchKey.SetOf(
        "التواصل", "للتواصل", "الكترونية", "الالكترونية", "الكتروني", "الالكتروني", "الانترنت", "الانترنيت", "الويب", "اخبارية", "الاخبارية");

    private const int VerbalWindow = 8;

    /// <summary>
    /// Whether a position, a weapon or stones follow word <paramref name="end"/> within <see cref="VerbalWindow"/> words, before
    /// any punctuation (هاجم مسلحون مواقع الجيش, هاجمت الطائرات … بالصواريخ): an attack with them is blows, not words.
    /// </summary>
    internal bool StruckAhead(SentenceReadings readings, IReadOnlyList<Word> words, int end) =>
        SupportedAhead(readings, words, [TriggerCondition.Position, TriggerCondition.WeaponObject, TriggerCondition.StruckWith], end, VerbalWindow, stopAtPunctuation: true) is not null;

    /// <summary>Meeting and reception nouns with the possessive pronoun of the one who met or received (لقائه, اجتماعها, استقباله).</summary>
    private static readonly HashSet<string> OwnMeetings = MatchKey.SetOf("لقائه", "لقائها", "لقاءه", "لقاءها", "اجتماعه", "اجتماعها", "استقباله", "استقبالها");

    /// <summary>
    /// وقال X خلال لقائه المفوض السامي: a meeting of the subject's own after خلال/اثناء is the occasion of what the sentence
    /// tells him saying or doing, so it took place (a bare خلال لقاء may be one still ahead).
    /// </summary>
    private static bool DuringOwnMeeting(IReadOnlyList<Word> words, EventTrigger trigger, int start, int end) =>
        start > 0 && words[start - 1].Key is "خلال" or "اثناء" && OwnMeetings.Contains(trigger.Keys[0]) &&
        !WithMedia(words, end) && !FutureClauseBefore(words, start - 1) && !ByAgent(words, end);

    /// <summary>Forms of ألقى and its verbal noun, with و, whose object القبض is (القت, والقى, القي, والقاء).</summary>
    private static readonly HashSet<string> CustodyVerbs = MatchKey.SetOf("القت", "القوا", "القي", "القى", "القاء", "والقت", "والقوا", "والقي", "والقى", "والقاء");

    /// <summary>How many words may stand between a verb of custody and its القبض (القت الادارة العامة للمباحث الجنائية في عملية منفصلة القبض).</summary>
    private const int CustodyWindow = 8;

    /// <summary>
    /// Whether a form of ألقى stands within <see cref="CustodyWindow"/> words (commas counted) before word <paramref name="start"/>
    /// (والقت الادارة العامة للمباحث الجنائية في عملية منفصلة القبض على شخصين, والقت الشرطة، بحسب شهود، القبض): القبض is that
    /// verb's object, so the bare verbal noun tells no arrest of its own.
    /// </summary>
    private static bool CustodyVerbBefore(IReadOnlyList<Word> words, int start)
    {
        for (int k = start - 1; k >= 0 && k >= start - CustodyWindow; k--)
        {
            if (CustodyVerbs.Contains(words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Meeting nouns with the possessive pronoun of a body's own session, whose partner is told only after مع or ب (اجتماعه مع, اجتماعها بالوزير).</summary>
    private static readonly HashSet<string> OwnSessions = MatchKey.SetOf("اجتماعه", "اجتماعها");

    /// <summary>How many words may stand between a session noun and the مع of its partner (اجتماعه في الآونة الأخيرة مع سفير روسيا).</summary>
    private const int SessionPartnerWindow = 5;

    /// <summary>
    /// Whether the session noun ending before word <paramref name="end"/> names no one met: no مع and no ب-word after it within
    /// <see cref="SessionPartnerWindow"/> words, before any punctuation (واتهمت الكتلة، في بيان اثر اجتماعها الدوري، …; قررت الحركة
    /// اثر اجتماعها امس عدم التصويت). A body meeting on its own consults no one; اجتماعه مع, اجتماعه بالرئيس still do.
    /// </summary>
    private static bool OwnSession(IReadOnlyList<Word> words, EventTrigger trigger, int end)
    {
        if (trigger.Keys.Length != 1 || !OwnSessions.Contains(trigger.Keys[0])) return false;
        for (int k = end; k < words.Count && k < end + SessionPartnerWindow; k++)
        {
            if (words[k].Kind == WordKind.Punctuation) return true;
            string key = words[k].Key;
            if (key == "مع" || key.Length > 3 && key[0] == 'ب') return false;
        }
        return true;
    }

    /// <summary>
    /// Whether من قبل follows word <paramref name="end"/> (خلال استقباله من قبل امير الكويت): the noun is passive, the one
    /// it belongs to was received, so he is no host.
    /// </summary>
    private static bool ByAgent(IReadOnlyList<Word> words, int end) =>
        end + 1 < words.Count && words[end].Key == "من" && words[end + 1].Key == "قبل";

    /// <summary>Words after لقائه that make it an interview (خلال لقائه التلفزيوني, لقائه مع قناة …): no meeting of two sides.</summary>
    private static readonly HashSet<string> MediaWords = MatchKey.SetOf(
        "التلفزيوني", "التلفزيونية", "التلفزي", "المتلفز", "الصحفي", "الصحافي", "الاذاعي", "الاعلامي", "الاعلامية", "الصحفية");

    /// <summary>Outlets an interview is given to, after مع (لقائه مع قناة الجزيرة).</summary>
    private static readonly HashSet<string> Outlets = MatchKey.SetOf("قناة", "صحيفة", "وكالة", "اذاعة", "تلفزيون", "مجلة", "موقع");

    /// <summary>
    /// Whether the meeting word ending before <paramref name="end"/> is an interview: a media word right after it, or مع and an
    /// outlet (مع may be the trigger's own last word: لقائه مع).
    /// </summary>
    private static bool WithMedia(IReadOnlyList<Word> words, int end)
    {
        if (end >= words.Count) return false;
        if (MediaWords.Contains(words[end].Key)) return true;
        if (words[end - 1].Key == "مع") return Outlets.Contains(words[end].Key);
        return words[end].Key == "مع" && end + 1 < words.Count && Outlets.Contains(words[end + 1].Key);
    }

    /// <summary>
    /// Whether the clause before خلال at <paramref name="during"/> speaks of the future (سيبحث الرئيس خلال لقائه الملك غدا): سوف,
    /// or a verb opening the clause with the future prefix س on a present (سي, ست, سن), with و or ف before it or none.
    /// </summary>
    private static bool FutureClauseBefore(IReadOnlyList<Word> words, int during)
    {
        int k = during - 1;
        for (; k >= 0 && words[k].Kind != WordKind.Punctuation; k--)
        {
            if (words[k].Key is "سوف" or "وسوف") return true;
        }
        if (k + 1 >= during) return false;
        string opener = words[k + 1].Key;
        if (opener.Length > 4 && opener[0] is 'و' or 'ف') opener = opener[1..];
        return opener.Length >= 4 && opener[0] == 'س' && opener[1] is 'ي' or 'ت' or 'ن';
    }

    /// <summary>Conjunctions that open a clause of its own, with its own time (بعد ان فقد الريال نصف قيمته منذ مطلع العام).</summary>
    private static readonly HashSet<string> OwnClause = MatchKey.SetOf("بعد", "بعدما", "قبل", "عندما", "حين", "حينما", "لما");

    /// <summary>
    /// Whether منذ follows the trigger (قتل اكثر من 280 الف شخص منذ اندلاع النزاع, قتل 700 شخص، بينهم …، منذ ان بدأت: a
    /// running total), or حتى الآن/حتى اليوم within <see cref="SoFarReach"/> words with no mark or negation before it (13
    /// جنديا قتلوا في المنطقة حتى الآن; لم تتبنه اي جهة حتى الآن, ولا يزال مصيرهم مجهولا حتى الآن date what is still unknown,
    /// not the toll), with no conjunction opening a clause of its own between (توقيف ثلاثة اشخاص …، بعد ان فقد الريال اكثر من
    /// نصف قيمته منذ مطلع العام: منذ dates the fall, not the arrest).
    /// </summary>
    internal static bool SinceInClause(IReadOnlyList<Word> words, int end)
    {
        bool soFarOpen = true;
        for (int k = end; k < words.Count; k++)
        {
            if (OwnClause.Contains(words[k].Key)) return false;
            if (words[k].Key == "منذ") return true;
            if (words[k].Kind == WordKind.Punctuation || Negations.Contains(words[k].Key) || k >= end + SoFarReach) soFarOpen = false;
            if (soFarOpen && words[k].Key == "حتي" && k + 1 < words.Count && SoFar.Contains(words[k + 1].Key)) return true;
        }
        return false;
    }

    /// <summary>What حتى reaches in a running total: now, today (حتى الآن, حتى اليوم; الان folds to the same key).</summary>
    private static readonly HashSet<string> SoFar = MatchKey.SetOf("الآن", "اليوم");

    /// <summary>Negations that make حتى الآن date what has not happened yet (لم تتبنه, ولا يزال مجهولا), not a total.</summary>
    private static readonly HashSet<string> Negations = MatchKey.SetOf("لم", "ولم", "لا", "ولا", "لن", "ما", "مازال", "لايزال", "يزال");

    private const int SoFarReach = 5;
}
