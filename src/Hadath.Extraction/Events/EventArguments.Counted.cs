using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// People counted as a side of an act: the dead, wounded or taken of a violent act are its target (قتل 18 شخصا في
/// انفجار, خطف مسلحون اربعة مهندسين), as CAMEO coders code the victims; the crowd counted at a protest is its source
/// (تظاهر آلاف الطلاب). The side is the count's words without the action (18 شخصا, اربعة مهندسين, آلاف الطلاب).
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>Count kinds that name whom a violent act struck.</summary>
    private static readonly HashSet<string> Struck = new(StringComparer.Ordinal) { "killed", "wounded", "kidnapped" };

    /// <summary>Nouns of soldiers, police and gunmen among the counted: their CAMEO agent; other people are civilians (CVL).</summary>
    private static readonly Dictionary<string, string> CountedAgents = new[]
    {
        ("جندي", "MIL"), ("جنديا", "MIL"), ("جنود", "MIL"), ("جنديان", "MIL"), ("جنديين", "MIL"), ("الجنود", "MIL"), ("عسكريين", "MIL"), ("عسكريا", "MIL"), ("جنوده", "MIL"),
        ("شرطي", "COP"), ("شرطيا", "COP"), ("شرطيين", "COP"), ("شرطيان", "COP"), ("الشرطة", "COP"), ("الامن", "COP"),
        ("القوات", "MIL"), ("الجيش", "MIL"),
        ("مسلح", "UAF"), ("مسلحا", "UAF"), ("مسلحين", "UAF"), ("مسلحون", "UAF"), ("مسلحان", "UAF"), ("المسلحين", "UAF"),
        ("متشددا", "UAF"), ("متشددين", "UAF"), ("ارهابيا", "UAF"), ("ارهابيين", "UAF"),
        ("مسلحي", "UAF"), ("مقاتل", "UAF"), ("مقاتلا", "UAF"), ("مقاتلين", "UAF"), ("مقاتلون", "UAF"), ("المقاتلين", "UAF"), ("مقاتلي", "UAF"),
        ("المهاجمين", "UAF"), ("مهاجمين", "UAF"),
    }.ToDictionary(x => MatchKey.Of(x.Item1), x => x.Item2, StringComparer.Ordinal);

    /// <summary>
    /// Whom a violent act struck, inside <paramref name="within"/>: the people first told in the sentence, counted (قتل 18
    /// شخصا) or told before a killing verb with no number (ان جنديا اميركيا قتل واصيب عشرة اخرون: the soldier, whom the
    /// report is about); null when none.
    /// </summary>
    public ActorPhrases.Phrase? Victims(Sentence s, TextSpan within)
    {
        var counted = CountedIn(s, within, Struck, skipAttackers: true);
        if (ToldBeforeSuffering(s, within) is not { } told) return counted;
        return counted is { } c && c.Span.Start <= told.Span.Start ? c : told;
    }

    /// <summary>
    /// The organisation named right after people counted as its members (اربعة من عناصر الشرطة الاتحادية: the phrase ends
    /// at its members noun), or null.
    /// </summary>
    internal static Entity? GroupOfCounted(Sentence s, ActorPhrases.Phrase counted) =>
        counted.After > 0 && counted.After < s.Words.Count &&
        (MembersOf.Contains(s.Words[counted.After - 1].Key) || FightersInConstruct.Contains(s.Words[counted.After - 1].Key)) &&
        s.StartingAt(counted.After) is { Entity.Type: EntityType.ORG } group ? group.Entity : null;

    /// <summary>
    /// Fighters in construct with the force they serve (اثنان من مقاتلي الحشد العشائري, ثلاثة من مسلحي الحزب): members
    /// as the members nouns are, written without من before the force.
    /// </summary>
    private static readonly HashSet<string> FightersInConstruct = MatchKey.SetOf("مقاتلي", "مسلحي", "مجاهدي");

    /// <summary>Killing, wounding and taking verbs that, with nothing after them, tell what the people before them suffered (قُتل, أُصيبا, خُطفوا).</summary>
    private static readonly HashSet<string> SufferingVerbs = MatchKey.SetOf("قتل", "قتلا", "قتلوا", "قتلت", "اصيب", "اصيبا", "اصيبوا", "اصيبت",
        "جرح", "جرحا", "جرحوا", "خطف", "خطفا", "خطفوا", "اختطف", "اختطفا", "اختطفوا");

    /// <summary>Words opening the clause of the people told: ان (قال ان جنديا قتل) or the start of a quote.</summary>
    private static readonly HashSet<string> ToldOpeners = MatchKey.SetOf("ان", "بان", "«", "\"", "“");

    /// <summary>
    /// People opening a clause right before a suffering verb (ان شرطيا اصيب بجروح, ان شرطيين مصريين قتلا بانفجار): a noun of
    /// people (<see cref="NounTold"/>) or a part of a group (<see cref="PartTold"/>). The verb must have no object (the word after
    /// it a preposition, a time, و or the end): ان مسلحين قتلوا ثلاثة حراس tells who killed, not who was killed.
    /// </summary>
    private ActorPhrases.Phrase? ToldBeforeSuffering(Sentence s, TextSpan within)
    {
        for (int k = 1; k < s.Words.Count; k++)
        {
            if (!within.Contains(s.Words[k].Span) || !SufferingVerbs.Contains(s.Words[k].Key) || !NothingDone(s, k + 1)) continue;
            if ((NounTold(s, k) ?? PartTold(s, k)) is not { } first) continue;
            // عشرات الرجال والنساء قد قتلوا: قد belongs to the verb.
            int last = k - 1;
            while (last > first && Afterwords.Contains(s.Words[last].Key)) last--;
            return PeopleAt(s, first, last, s.Words[last].End);
        }
        return null;
    }

    /// <summary>
    /// The first word of a noun of people right before the verb at <paramref name="verb"/> (ان جنديين عراقيين قتلا), with
    /// احد before it and up to two nationalities after it, opening its clause; null when none.
    /// </summary>
    private int? NounTold(Sentence s, int verb)
    {
        int head = verb - 1;
        while (head > 0 && head >= verb - 2 && s.Words[head].IsLetters && CountedNationality(s.Words[head]) is not null) head--;
        if (!IsPeopleNoun(s, head)) return null;
        int first = head > 0 && s.Words[head - 1].Key is "احد" or "احدي" ? head - 1 : head;
        return OpensTold(s, first) ? first : null;
    }

    /// <summary>How many words a part of a group told before a suffering verb may run to (ان ثلاثة من حراس السجن العراقيين قتلوا).</summary>
    private const int MaxPartWords = 5;

    /// <summary>
    /// The first word of a part of a group opening its clause before the verb at <paramref name="verb"/>: a number, احد or
    /// عدد, then who they are, with من only right after the number (ان ثلاثة من حراس السجن العراقيين قتلوا, ان احد عناصر
    /// الشرطة المحلية قتل, وكان عدد من النشطاء قد اعتقلوا): the number splits no side from its people; null when none.
    /// </summary>
    private static int? PartTold(Sentence s, int verb)
    {
        for (int first = verb - 2; first >= 0 && first >= verb - MaxPartWords; first--)
        {
            if (!OpensTold(s, first)) continue;
            var opening = s.Words[first];
            bool some = SomeOf.Contains(opening.Key);
            if (!(opening.IsNumber || NumberReader.Shared.Starts(opening) || opening.Key is "احد" or "احدي" || some)) return null;
            // عددا كبيرا من المقاتلين: عدد may take an adjective before its من.
            int of = some && first + 2 < verb && s.Words[first + 2].Key == "من" ? first + 2 : first + 1;
            if (some && (of >= verb || s.Words[of].Key != "من")) return null;
            for (int k = first + 1; k < verb; k++)
            {
                if (!s.Words[k].IsLetters || ClauseWords.Contains(s.Words[k].Key) || Prepositions.Contains(s.Words[k].Key) && !(k == of && s.Words[k].Key == "من")) return null;
            }
            return first;
        }
        return null;
    }

    /// <summary>Whether a number read from a word in [first, last] ends at word <paramref name="last"/> (28, سبعة عشر), not at a qualifier after it (على الاقل).</summary>
    private static bool EndsNumber(Sentence s, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (NumberReader.Shared.Read(s.Words, k) is { } n) return n.EndWord == last + 1;
        }
        return false;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> reads as the counted noun after a number though no lexicon lists it: an
    /// indefinite word ending as an accusative or a plural does (متطوعا, عمالا, مزارعين), not a preposition, time or و.
    /// </summary>
    private static bool IsUnlistedPeopleNoun(Sentence s, int k)
    {
        var word = s.Words[k];
        if (!word.IsLetters || word.Key.Length < 4 || s.StartingAt(k) is not null || word.Key[0] is 'و' || word.Key.StartsWith("ال", StringComparison.Ordinal)) return false;
        if (Prepositions.Contains(word.Key) || TimeWords.Contains(word.Key) || ClauseWords.Contains(word.Key) || IsCountAction(s, k)) return false;
        // كانوا, قتلوا: a plural verb ends so too; تظاهر الآلاف احتجاجا على: so does what they did it for.
        if (word.Key.EndsWith("وا", StringComparison.Ordinal) || PurposeNouns.Contains(word.Key)) return false;
        return word.Key[^1] == 'ا' || word.Key.EndsWith("ين", StringComparison.Ordinal) || word.Key.EndsWith("ون", StringComparison.Ordinal);
    }

    /// <summary>Nouns of what an act was done for (احتجاجا, تنديدا, تضامنا): written like a counted noun, never people.</summary>
    internal static readonly HashSet<string> PurposeNouns = MatchKey.SetOf("احتجاجا", "تنديدا", "رفضا", "تضامنا", "دعما", "استنكارا", "اعتراضا",
        "تعبيرا", "طلبا", "تاييدا", "حدادا", "للاحتجاج");

    /// <summary>Whether word <paramref name="k"/> is a noun of people not named (جنديا, شرطيان, مدنيين), no name's first word.</summary>
    private static bool IsPeopleNoun(Sentence s, int k) =>
        s.Words[k].IsLetters && s.StartingAt(k) is null && s.EndingAt(k) is null &&
        (CountLexicon.Shared.NounKind(s.Text, s.Words[k]) is not null || CountLexicon.Shared.Dual(s.Text, s.Words[k]) is not null);

    /// <summary>
    /// Whether the verb before word <paramref name="k"/> ends with no object: the sentence's end, punctuation, و or ب (not
    /// a person's name that opens with the letter: بوجديمون), a preposition, a time or a period (الاسبوع الماضي), a
    /// circumstance (اثناء عبوره, لدى وصوله, فور نزوله) or a pronoun that stresses the subject (احتجزت هي الاخرى).
    /// </summary>
    private static bool NothingDone(Sentence s, int k)
    {
        if (k >= s.Words.Count || !s.Words[k].IsLetters) return true;
        string key = s.Words[k].Key;
        // واعتقل بوجديمون: a person named there is no clitic و or ب.
        if (key[0] is 'و' or 'ب' && s.StartingAt(k) is { Entity.Type: EntityType.PER }) return false;
        return (key[0] is 'و' or 'ب' && !IndefiniteObject(key)) || Prepositions.Contains(key) || TimeWords.Contains(key) ||
            PeriodWords.Contains(key) || Circumstances.Contains(key);
    }

    /// <summary>Words of a circumstance or a stressing pronoun that may follow a verb with no object (اعتقل اثناء عبوره, لدى وصوله, هي الاخرى).</summary>
    private static readonly HashSet<string> Circumstances = MatchKey.SetOf("اثناء", "لدي", "عند", "فور", "حال", "عقب", "اثر", "جراء", "بينما", "حين",
        "حيث", "قرب", "هو", "هي", "هم", "هما");

    /// <summary>
    /// A word whose و or ب is its own first letter, read as an indefinite object by its accusative alif (احتجزوا وزيرا,
    /// اوقفت بائعا): not a plural verb (واعتقلوا), a pronoun (بها) or an adverb or clause word (وفقا, بعدما).
    /// </summary>
    private static bool IndefiniteObject(string key) =>
        key.Length >= 4 && key[^1] == 'ا' && key[^2] is not ('و' or 'ه' or 'ن' or 'م') && !NotObjectsWithAlif.Contains(key);

    private static readonly HashSet<string> NotObjectsWithAlif = MatchKey.SetOf("وفقا", "وايضا", "وتحديدا", "وخصوصا", "ودائما", "واحيانا", "وسابقا", "ولاحقا",
        "وحاليا", "ووفقا", "بعيدا", "وبعيدا", "وكذا", "واخيرا", "وعموما", "ومؤخرا", "بعدا");

    /// <summary>
    /// The crowd of a protest within <paramref name="within"/>: the first count of protesters, else the first word naming
    /// protesters (اندلعت مظاهرات …، ورفع المتظاهرون شعارات); null when none.
    /// </summary>
    public ActorPhrases.Phrase? Crowd(Sentence s, TextSpan within)
    {
        if (CountedIn(s, within, ProtesterKinds) is { } counted) return counted;
        for (int k = 0; k < s.Words.Count; k++)
        {
            if (within.Contains(s.Words[k].Span) && Protesters.Contains(s.Words[k].Key) && _phrases.At(s.Words, k, s.Country) is { } crowd) return crowd;
        }
        return null;
    }

    /// <summary>Nouns of an uncounted crowd, read with من and who they are (عدد من الشبان, حشد من انصار الحزب).</summary>
    private static readonly HashSet<string> CrowdNouns = MatchKey.SetOf("عدد", "العشرات", "المئات", "الالاف", "الاف", "حشد", "حشود", "مجموعة", "مجموعات", "جمع", "جموع");

    private const int MaxCrowdWords = 3;

    /// <summary>Places people come out of (خرج الآلاف من البلدات: those leaving, no crowd of whom).</summary>
    private static readonly HashSet<string> PlacesOfOrigin = MatchKey.SetOf("البلدات", "البلدة", "القرى", "القرية", "المدن", "المدينة", "المناطق", "المنطقة",
        "الاحياء", "المحافظات", "المخيمات", "المخيم");

    /// <summary>
    /// The crowd told right after a protest verb ending at word <paramref name="last"/>, past times: a crowd noun, من and
    /// who they are (تجمع عدد من الشبان امام …, احتشد حشد من انصار الحزب), up to a preposition, a mark or a name (a name
    /// is whose supporters they are, not the crowd); null when none.
    /// </summary>
    public ActorPhrases.Phrase? CrowdAfter(Sentence s, int last)
    {
        int k = SkipTimes(s, last + 1);
        if (k + 2 >= s.Words.Count || !CrowdNouns.Contains(s.Words[k].Key) || s.Words[k + 1].Key != "من" || PlacesOfOrigin.Contains(s.Words[k + 2].Key)) return null;
        int end = k + 2;
        while (end < s.Words.Count && end < k + 2 + MaxCrowdWords && s.Words[end].IsLetters && s.StartingAt(end) is null && !IsTime(s, end) &&
               !Prepositions.Contains(s.Words[end].Key) && (end == k + 2 || s.Words[end].Key.StartsWith("ال", StringComparison.Ordinal))) end++;
        return end > k + 2 ? new ActorPhrases.Phrase(new TextSpan(s.Words[k].Start, s.Words[end - 1].End), end, null) : null;
    }

    /// <summary>Words naming protesters (المتظاهرون, محتجين, المعتصمون, المتظاهرات); the event stage's fire rule reads them too.</summary>
    internal static readonly HashSet<string> Protesters = MatchKey.SetOf("المتظاهرون", "المتظاهرين", "متظاهرون", "متظاهرين", "المحتجون", "المحتجين", "محتجون", "محتجين",
        "المعتصمون", "المعتصمين", "معتصمون", "معتصمين", "المتظاهرات", "متظاهرات", "المحتجات", "محتجات");

    private static readonly HashSet<string> ProtesterKinds = new(StringComparer.Ordinal) { "protesters" };

    /// <summary>
    /// The people of the first count of one of <paramref name="kinds"/> inside <paramref name="within"/>; with
    /// <paramref name="skipAttackers"/>, not the attackers counted among the dead (وقتل خمسة من المهاجمين): they carried
    /// the act out, they are not whom it struck.
    /// </summary>
    private ActorPhrases.Phrase? CountedIn(Sentence s, TextSpan within, HashSet<string> kinds, bool skipAttackers = false)
    {
        var counts = s.Counts;
        for (int i = 0; i < counts.Count; i++)
        {
            var c = counts[i];
            if (kinds.Contains(c.Kind) && within.Contains(c.Span) && Counted(s, c) is { } people && !(skipAttackers && NamesAttackers(s, people))) return people;
        }
        return null;
    }

    /// <summary>Nouns of those who carried out an attack (المهاجمين, منفذي الهجوم, الانتحاريين).</summary>
    private static readonly HashSet<string> Attackers = MatchKey.SetOf("المهاجمين", "المهاجمون", "مهاجمين", "مهاجما", "مهاجمون", "المنفذين", "منفذي", "منفذيه",
        "الانتحاريين", "الانتحاريون", "انتحاريين");

    /// <summary>Whether the words of <paramref name="people"/> name the attackers.</summary>
    private static bool NamesAttackers(Sentence s, ActorPhrases.Phrase people)
    {
        foreach (var w in WordScanner.AsSpan(s.Words))
        {
            if (people.Span.Contains(w.Span) && Attackers.Contains(w.Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// The people a count names: its words less the action before or after them (قتل 18 شخصا → 18 شخصا, ثمانية اشخاص قتلوا
    /// → ثمانية اشخاص), coded by their nationality (else the dateline's country) and agent (soldiers MIL, police COP, else CVL).
    /// </summary>
    public ActorPhrases.Phrase? Counted(Sentence s, Count count)
    {
        var (first, last) = WordRange(s.Words, count.Span);
        if (first < 0) return null;
        while (first <= last && IsCountAction(s, first)) first++;
        // 35 طفلا، قتلوا: the comma between the people and their action is no part of the people.
        while (last >= first && (IsCountAction(s, last) || Afterwords.Contains(s.Words[last].Key) || s.Words[last].Kind == WordKind.Punctuation)) last--;
        if (first > last) return null;
        // وقتلت الغارات الروسية 80 شخصا, قتل فيه 14 شخصا: the people start at their number, with its qualifier (اكثر من 100).
        for (int k = first; k <= last; k++)
        {
            if (!NumberReader.Shared.Starts(s.Words[k])) continue;
            // اصابة تلميذ واحد: واحد follows the noun it counts, so the people start at the noun.
            if (k > first && CountRecognizer.IsOneAfterItsNoun(s.Words[k])) break;
            first = CountLexicon.Shared.QualifierBefore(s.Words, k) is { } q && q.FirstWord >= first ? q.FirstWord : k;
            break;
        }
        int end = Math.Min(s.Words[last].End, count.Span.End);
        // تجمع مئات من الاقباط: a bare number with من and who they are after it, though the count ends at the number.
        if (last + 2 < s.Words.Count && s.Words[last + 1].Start >= count.Span.End && NumberReader.Shared.Starts(s.Words[last]) &&
            s.Words[last + 1].Key == "من" && s.Words[last + 2].IsLetters && s.Words[last + 2].Key.StartsWith("ال", StringComparison.Ordinal))
        {
            last += 2;
            end = s.Words[last].End;
        }
        // جرح ما لا يقل عن 35 متطوعا, سبعة عشر سائحا: a noun the count lexicon lacks, right after the number, is who they are.
        if (last + 1 < s.Words.Count && s.Words[last + 1].Start >= count.Span.End && EndsNumber(s, first, last) && IsUnlistedPeopleNoun(s, last + 1))
        {
            end = s.Words[++last].End;
        }
        // قتل ثلاثة عناصر من حزب العمال: the group named after من is whose they are.
        if (last + 2 < s.Words.Count && s.Words[last + 1].Start >= count.Span.End && s.Words[last + 1].Key == "من" &&
            s.StartingAt(last + 2) is { Entity.Type: EntityType.ORG } group)
        {
            last = group.Last;
            end = group.Span.End;
        }
        // قتل جنديان اميركيان: the nationality after a dual is who they are, though the count ends before it.
        if (last + 1 < s.Words.Count && s.Words[last + 1].Start >= count.Span.End && s.Words[last + 1].IsLetters &&
            CountedNationality(s.Words[last + 1]) is not null) end = s.Words[++last].End;
        return PeopleAt(s, first, last, end, Math.Max(s.Words[first].Start, count.Span.Start));
    }

    /// <summary>
    /// The people over words [first, last] ending at <paramref name="end"/>, coded by their nationality (else the dateline's
    /// country) and agent (soldiers MIL, police COP, else CVL).
    /// </summary>
    private ActorPhrases.Phrase PeopleAt(Sentence s, int first, int last, int end, int? start = null)
    {
        string? nation = null, agent = null;
        for (int k = first; k <= last; k++)
        {
            if (!s.Words[k].IsLetters) continue;
            nation ??= CountedNationality(s.Words[k]);
            agent ??= CountedAgents.GetValueOrDefault(s.Words[k].Key);
        }
        // سبعة من عناصر الشرطة الافغانية, المئات من افراد الجيش: members are of the force named right after them, though
        // the count ends before it.
        if (agent is null && last + 1 < s.Words.Count && Members.Contains(s.Words[last].Key) &&
            CountedAgents.GetValueOrDefault(s.Words[last + 1].Key) is { } force)
        {
            agent = force;
            if (last + 2 < s.Words.Count && s.Words[last + 2].IsLetters) nation ??= CountedNationality(s.Words[last + 2]);
        }
        // سبعة مواقع, 70 هدفا: things struck are no actor.
        if (agent is null && ThingsStruck(s, first, last)) return new ActorPhrases.Phrase(new TextSpan(start ?? s.Words[first].Start, end), last + 1, null);
        agent ??= "CVL";
        string? code = (nation ?? s.Country) is { } home ? home + agent : null;
        return new ActorPhrases.Phrase(new TextSpan(start ?? s.Words[first].Start, end), last + 1, code, agent);
    }

    /// <summary>Nouns of things an attack strikes, counted (سبعة مواقع, 70 هدفا, ثلاثة مبان): no people.</summary>
    private static readonly HashSet<string> Things = MatchKey.SetOf("مواقع", "موقعا", "موقع", "اهداف", "أهداف", "هدفا", "هدفاً", "هدف", "مبان", "مباني", "مبنى",
        "منازل", "منزلا", "بيوت", "سيارات", "سيارة", "مستودعات", "مقرات", "مقرا", "اهدافا");

    private static bool ThingsStruck(Sentence s, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (Things.Contains(s.Words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Nouns of members of a body (عناصر, افراد, رجال): who they are is the body after them.</summary>
    private static readonly HashSet<string> Members = MatchKey.SetOf("عناصر", "افراد", "أفراد", "رجال", "منتسبي");

    /// <summary>The country of a nationality adjective of people, also in the dual (فرنسيان, عراقيين) or accusative (عراقيا).</summary>
    private string? CountedNationality(Word word)
    {
        string key = NameKey.Word(word.Key);
        if (_actors.Nationality(key) is { } plain) return plain;
        if (key.Length > 5 && key.EndsWith("ان", StringComparison.Ordinal) && _actors.Nationality(key[..^2]) is { } dual) return dual;
        return key.Length > 4 && key[^1] == 'ا' ? _actors.Nationality(key[..^1]) : null;
    }

    /// <summary>Words a count may run on to that say nothing of the people (915 شخصا قد قتلوا, مدني عراقي ربما).</summary>
    private static readonly HashSet<string> Afterwords = MatchKey.SetOf("قد", "ربما", "ايضا", "فقط", "حتي");

    /// <summary>A word that says what happened to the counted (قتل, مقتل, قتلوا, خطفوا, تظاهر), not who they are.</summary>
    private static bool IsCountAction(Sentence s, int k) =>
        s.Words[k].IsLetters && (CountLexicon.Shared.Kind(s.Text, s.Words[k], CountRole.Before) is not null ||
                                 CountLexicon.Shared.Kind(s.Text, s.Words[k], CountRole.After) is not null);
}
