using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Common-noun actor phrases that stand where a role's filler goes but are no name the tagger marks: قوات الامن,
/// الجيش العراقي, قوات الدرك, الشرطة, المتظاهرون, محتجين, مسلحون. A phrase is a head word with at most one definite
/// complement after a force noun (قوات الامن) or an adjective that makes it the state's (القوات الحكومية), and the
/// nationality adjectives after it (الجيش العراقي). Its CAMEO code
/// is a country (the nationality in the phrase, else the country of the story's dateline) and the head's agent code:
/// the shipped role list (<c>Lexicons/actor-roles.tsv</c>: الشرطة COP, الامن COP, الجيش MIL) where it has the word,
/// else the agent the UniversalPetrarch Arabic agents dictionary (<c>agents.all.ar.txt</c>) gives it (مسلح UAF, الدرك
/// MIL), but protesters (متظاهر/محتج) are civilians, CVL, where that dictionary has OPP. Those words are kept out of the
/// role list on purpose: there they would read as titles and let a subject search skip past them (هاجم مسلحون قرية …).
/// With no country the side's code is the agent alone (<see cref="Phrase.Agent"/>).
/// </summary>
public sealed class ActorPhrases
{
    private const int MaxAdjectives = 2;

    /// <summary>Heads the role list lacks, with the agents dictionary's code.</summary>
    private static readonly Dictionary<string, string> OwnHeads = new[]
    {
        // Protesters are civilians (CVL), as the Arabic event gold's annotators code them throughout; the agents dictionary's
        // OPP (the political opposition) would make every crowd a party's.
        ("المتظاهرون", "CVL"), ("المتظاهرين", "CVL"), ("متظاهرون", "CVL"), ("متظاهرين", "CVL"),
        ("المحتجون", "CVL"), ("المحتجين", "CVL"), ("محتجون", "CVL"), ("محتجين", "CVL"),
        ("المعتصمون", "CVL"), ("المعتصمين", "CVL"), ("معتصمون", "CVL"), ("معتصمين", "CVL"),
        ("المتظاهرات", "CVL"), ("متظاهرات", "CVL"), ("المحتجات", "CVL"), ("محتجات", "CVL"),
        ("المسلحون", "UAF"), ("المسلحين", "UAF"), ("مسلحون", "UAF"), ("مسلحين", "UAF"),
        // unknown persons (ان مجهولين خطفوا مصورا, اغتال مجهولون ناشطا): unidentified, as مسلح
        ("مجهولون", "UAF"), ("مجهولين", "UAF"), ("المجهولون", "UAF"), ("المجهولين", "UAF"),
        ("الدرك", "MIL"),
        // settlers (هاجم مستوطنون قرية X): civilians, as Phoenix files them (SETTLER [~CVL])
        ("مستوطنون", "CVL"), ("مستوطنين", "CVL"), ("المستوطنون", "CVL"), ("المستوطنين", "CVL"),
        // attackers (مهاجم انتحاري, مفجرون انتحاريون, انتحارية ترتدي حزاما): unidentified forces, as مسلح
        ("مهاجم", "UAF"), ("مهاجما", "UAF"), ("مهاجمون", "UAF"), ("مهاجمين", "UAF"), ("مهاجمان", "UAF"),
        ("مفجر", "UAF"), ("مفجرا", "UAF"), ("مفجرون", "UAF"), ("مفجرين", "UAF"),
        ("انتحاري", "UAF"), ("انتحاريا", "UAF"), ("انتحارية", "UAF"), ("انتحاريان", "UAF"), ("انتحاريون", "UAF"), ("انتحاريين", "UAF"),
        // Crowds named by their trade or lot, who strike, sit in and march (الاساتذة المتعاقدون, المعطلون حاملو الشهادات,
        // اللاجئون): teachers and students are education (EDU), workers labour (LAB), doctors and nurses medicine (MED),
        // farmers agriculture (AGR), refugees and the displaced REF, the jobless and pensioners civilians (CVL).
        ("الاساتذة", "EDU"), ("المعلمون", "EDU"), ("المعلمين", "EDU"), ("الطلبة", "EDU"), ("الطلاب", "EDU"),
        ("العمال", "LAB"), ("الموظفون", "LAB"), ("الموظفين", "LAB"),
        ("الاطباء", "MED"), ("الممرضون", "MED"), ("الممرضين", "MED"),
        ("الفلاحون", "AGR"), ("الفلاحين", "AGR"),
        ("اللاجئون", "REF"), ("اللاجئين", "REF"), ("النازحون", "REF"), ("النازحين", "REF"),
        ("المعطلون", "CVL"), ("المعطلين", "CVL"), ("المتقاعدون", "CVL"), ("المتقاعدين", "CVL"),
        // السلطات المغربية: the authorities act as the government (CAMEO GOV), like الحكومة in the role list.
        ("السلطات", "GOV"),
    }.ToDictionary(x => MatchKey.Of(x.Item1), x => x.Item2, StringComparer.Ordinal);

    /// <summary>Force nouns that take one definite complement naming the force (قوات الامن, قوات الدرك, رجال الشرطة).</summary>
    private static readonly HashSet<string> ForceNouns = new[] { "قوات", "القوات", "رجال", "عناصر", "جنود", "الجنود", "مصالح" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Heads from the role list that make an actor phrase on their own; other role words (وزير, رئيس) are titles of persons.</summary>
    private static readonly HashSet<string> RoleHeads = new[] { "قوات", "القوات", "الجيش", "جيش", "الشرطة", "شرطة", "الأمن", "جنود", "الجنود", "الحكومة" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns that name members or services of a force, not a force: they need their complement (عناصر الامن; مصالح الامن, the
    /// Algerian wire's security services, where مصالح البلدين are interests).
    /// </summary>
    private static readonly HashSet<string> Members = new[] { "رجال", "عناصر", "مصالح" }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Nouns of services (الاجهزة) that are a force only with an adjective saying so (<see cref="SecurityAdjectives"/>).</summary>
    private static readonly HashSet<string> Services = MatchKey.SetOf("الاجهزة", "اجهزة");

    /// <summary>The adjective that makes services a force: الاجهزة الامنية.</summary>
    private static readonly HashSet<string> SecurityAdjectives = MatchKey.SetOf("الامنية");

    /// <summary>Complements without an agent of their own that still name whose force it is (قوات النظام, قوات الاحتلال).</summary>
    private static readonly HashSet<string> Forces = new[] { "النظام", "الاحتلال", "الحكومة" }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Adjectives after a force noun that make it the state's force (القوات الحكومية): no agent of their own.</summary>
    private static readonly HashSet<string> ForceAdjectives = new[] { "الحكومية", "النظامية", "العمومية", "المساعدة" }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Adjectives after an attacker or gunman that say who they are, not whose (مسلحون مجهولون, مسلحين ملثمين, مهاجم
    /// انتحاري): part of the phrase.
    /// </summary>
    private static readonly HashSet<string> Descriptions = new[]
    {
        "مجهول", "مجهولا", "مجهولون", "مجهولين", "مجهولان", "ملثم", "ملثمون", "ملثمين", "ملثمان",
        "انتحاري", "انتحاريا", "انتحارية", "انتحاريان", "انتحاريون", "انتحاريين",
    }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns of acts a suicide adjective may describe (هجوم انتحاري, تفجيرين انتحاريين): after them انتحاري is no person.
    /// </summary>
    private static readonly HashSet<string> ActNouns = new[]
    {
        "هجوم", "هجوما", "هجمات", "الهجوم", "الهجمات", "بهجوم", "تفجير", "تفجيرا", "تفجيرين", "تفجيران", "تفجيرات", "التفجير", "بتفجير",
        "عملية", "عمليات", "العملية", "اعتداء", "اعتداءات", "هجومين", "هجومان", "بهجمات", "انفجار", "حزام", "حزاما", "بحزام", "سيارة", "بسيارة",
    }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>An act noun, also behind a ب/و/ل/ف (بعملية انتحارية, وتفجير انتحاري).</summary>
    public static bool IsActNoun(string key) =>
        ActNouns.Contains(key) || key.Length > 3 && key[0] is 'ب' or 'و' or 'ل' or 'ف' && ActNouns.Contains(key[1..]);

    /// <summary>A detachment of a force (قوة من الشرطة الاتحادية, دورية من الجيش, مفارز من شرطة كركوك): the force after من is the actor.</summary>
    internal static readonly HashSet<string> Detachments = MatchKey.SetOf("قوة", "دورية", "وحدة", "مفرزة", "مفارز", "دوريات");

    /// <summary>Units of a force that act for the force they belong to, named after لل (مفرزة للجيش, وحدات تابعة للدرك الوطني).</summary>
    private static readonly HashSet<string> Units = MatchKey.SetOf("مفرزة", "مفارز", "وحدة", "وحدات", "الوحدات", "دورية", "دوريات");

    /// <summary>Units and squads that an adjective may tell the security forces' (وحدات امنية, فرقة امنية, دورية امنية).</summary>
    private static readonly HashSet<string> SecurityUnitNouns = MatchKey.SetOf("وحدات", "الوحدات", "وحدة", "فرقة", "فرق", "الفرق", "دورية", "دوريات", "مفرزة");

    /// <summary>The adjectives that make a unit a security one.</summary>
    private static readonly HashSet<string> SecurityUnitAdjectives = MatchKey.SetOf("امنية", "الامنية");

    /// <summary>How many words the name of a body a security unit belongs to may hold past its first, لل word.</summary>
    private const int MaxBodyWords = 4;

    /// <summary>
    /// A unit told a security one (اوقفت وحدات امنية, وكانت فرقة امنية قد اوقفت) is the police (COP) of the story's
    /// country; past a word of belonging the body named after لل that it belongs to (وحدات امنية تابعة للادارة العامة للحرس
    /// الوطني), whose name the tagger may miss, closes the phrase, so that the side is that body's words. Null when the
    /// unit has no such adjective (فرق الانقاذ are teams).
    /// </summary>
    private static Phrase? SecurityUnit(IReadOnlyList<Word> words, int start, string? country)
    {
        if (!SecurityUnitNouns.Contains(words[start].Key) || start + 1 >= words.Count || !SecurityUnitAdjectives.Contains(words[start + 1].Key)) return null;
        int after = start + 2;
        if (after + 1 < words.Count && Belonging.Contains(words[after].Key) && words[after + 1].Key is { Length: > 3 } body && body.StartsWith("لل", StringComparison.Ordinal))
        {
            int j = after + 2;
            while (j < words.Count && j <= after + MaxBodyWords && words[j].IsLetters && !OwnerStops.Contains(words[j].Key) && !DayAside.IsDayWord(words[j].Key) &&
                   (words[j].Key.StartsWith("ال", StringComparison.Ordinal) || words[j].Key.StartsWith("لل", StringComparison.Ordinal))) j++;
            after = j;
        }
        return new Phrase(new TextSpan(words[start].Start, words[after - 1].End), after, country is { } home ? home + "COP" : null, "COP");
    }

    /// <summary>Words of belonging between craft or a unit and the force that owns it (طائرات تابعة للجيش, الوحدات التابعة للدرك).</summary>
    internal static readonly HashSet<string> Belonging = MatchKey.SetOf("تابعة", "التابعة", "تابع", "التابع", "تابعين", "التابعين");

    /// <summary>Definite words that end a force's name after لل: times said right after it (للجيش الشهر الماضي).</summary>
    private static readonly HashSet<string> OwnerStops = MatchKey.SetOf("اليوم", "الشهر", "الاسبوع", "العام", "الليلة", "الماضي", "الجاري", "الحالي");

    private const int MaxOwnerWords = 3;

    /// <summary>
    /// The force named after لل at word <paramref name="k"/> (past a word of belonging: تابعة للجيش الوطني الليبي,
    /// للدرك الوطني) that owns the craft or unit starting at word <paramref name="start"/>: the phrase runs from that word
    /// to the end of the force's name (its definite words after it), with the force's agent (MIL, COP) and the country of
    /// a nationality among them, else of the story. The tagger names no force written with لل, so its words tell it;
    /// null when no force with an agent follows.
    /// </summary>
    public Phrase? OwnedByForce(IReadOnlyList<Word> words, int start, int k, string? country)
    {
        if (k < words.Count && Belonging.Contains(words[k].Key)) k++;
        if (k >= words.Count || !words[k].IsLetters) return null;
        string key = words[k].Key;
        // طائرات تابعة لقوة برخان الفرنسية: a force with a name of its own the tagger did not read, told by its nationality.
        if (ToAForce.Contains(key) && Agent(ForcesKey) is { } forceAgent && NationClosing(words, k + 1) is ({ } nationOf, var after))
            return new Phrase(new TextSpan(words[start].Start, words[after - 1].End), after, nationOf + forceAgent, forceAgent);
        if (key.Length <= 3 || !key.StartsWith("لل", StringComparison.Ordinal) || Members.Contains("ا" + key[1..]) || Agent("ا" + key[1..]) is not { } agent) return null;
        int j = k + 1;
        string? nation = null;
        for (; j < words.Count && j <= k + MaxOwnerWords && words[j].IsLetters && words[j].Key.StartsWith("ال", StringComparison.Ordinal) && !OwnerStops.Contains(words[j].Key) && !DayAside.IsDayWord(words[j].Key); j++)
        {
            nation ??= Nationality(words[j]);
        }
        var code = (nation ?? country) is { } home ? home + agent : null;
        return new Phrase(new TextSpan(words[start].Start, words[j - 1].End), j, code, agent);
    }

    /// <summary>Nouns of a group that its adjective may tell armed (مجموعة مسلحة, جماعات ارهابية).</summary>
    private static readonly HashSet<string> Groups = MatchKey.SetOf("مجموعة", "مجموعات", "جماعة", "جماعات", "عصابة", "عصابات", "خلية", "خلايا");

    /// <summary>Adjectives that make a group armed men (مسلحة, ارهابية, متطرفة).</summary>
    private static readonly HashSet<string> ArmedAdjectives = MatchKey.SetOf("مسلحة", "ارهابية", "متطرفة", "مسلحه", "المسلحة", "الارهابية", "المتطرفة");

    /// <summary>A force without the article written with ل (لقوة برخان الفرنسية), whose name of its own follows.</summary>
    private static readonly HashSet<string> ToAForce = MatchKey.SetOf("لقوة", "لقوات");

    /// <summary>The key of قوات, whose agent a force with a name of its own (قوة برخان) takes.</summary>
    private static readonly string ForcesKey = MatchKey.Of("قوات");

    /// <summary>
    /// The country of the nationality adjective that closes a force's own name from word <paramref name="k"/> (برخان
    /// الفرنسية, اليونيفيل الايطالية), within <see cref="MaxOwnerWords"/> words, and the word after it; (null, k) when none.
    /// </summary>
    private (string? Country, int After) NationClosing(IReadOnlyList<Word> words, int k)
    {
        for (int j = k + 1; j < words.Count && j <= k + MaxOwnerWords && words[j].IsLetters; j++)
        {
            if (!words[j].Key.StartsWith("ال", StringComparison.Ordinal)) continue;
            return Nationality(words[j]) is { } nation ? (nation, j + 1) : (null, k);
        }
        return (null, k);
    }

    private readonly ActorLexicon _actors;

    /// <summary>Whether the word key is a force noun that takes a complement (قوات, عناصر): alone before a name it is that name's force.</summary>
    public static bool IsForceNoun(string key) => ForceNouns.Contains(key);

    public ActorPhrases(ActorLexicon actors) => _actors = actors;

    /// <summary>
    /// An actor phrase: its span, the word after it, its CAMEO code (null when the story gives no country) and its agent
    /// code alone (COP, UAF), which is the side's code where no country is known, as CAMEO writes it.
    /// </summary>
    public readonly record struct Phrase(TextSpan Span, int After, string? Code, string? Agent = null);

    /// <summary>The actor phrase starting at word <paramref name="start"/>, or null.</summary>
    /// <param name="country">The country of the story's dateline, used when the phrase has no nationality.</param>
    public Phrase? At(IReadOnlyList<Word> words, int start, string? country)
    {
        if (start < 0 || start >= words.Count || !words[start].IsLetters) return null;
        string key = words[start].Key;
        if (Detachments.Contains(key) && start + 2 < words.Count && words[start + 1].Key == "من" && At(words, start + 2, country) is { } force)
        {
            return new Phrase(new TextSpan(words[start].Start, force.Span.End), force.After, force.Code, force.Agent);
        }
        // مفرزة للجيش الوطني الشعبي, وحدات تابعة للدرك الوطني: a unit acts for the force it belongs to.
        if (Units.Contains(key) && OwnedByForce(words, start, start + 1, country) is { } owned) return owned;
        if (SecurityUnit(words, start, country) is { } security) return security;
        // هاجمت مجموعة مسلحة مقر المؤسسة, جماعة ارهابية: a group told armed is unidentified armed men (UAF), as مسلحون.
        if (Groups.Contains(key) && start + 1 < words.Count && ArmedAdjectives.Contains(words[start + 1].Key))
            return new Phrase(new TextSpan(words[start].Start, words[start + 1].End), start + 2, country is { } groupHome ? groupHome + "UAF" : null, "UAF");
        string? agent = Agent(key);
        int j = start + 1;
        // الاجهزة الامنية: the security services, as Egyptian and Jordanian wires name the police (COP, as الامن in the
        // role list); الاجهزة alone are devices and no force.
        if (agent is null && Services.Contains(key) && j < words.Count && SecurityAdjectives.Contains(words[j].Key))
        {
            agent = _actors.RoleAgent(NameKey.Word(MatchKey.Of("الامن")));
            j++;
        }
        if (agent is null) return null;
        // هجوم انتحاري, تفجيرين انتحاريين: a suicide adjective after an act noun describes the act.
        if (Descriptions.Contains(key) && start > 0 && IsActNoun(words[start - 1].Key)) return null;
        if (ForceNouns.Contains(key) && j < words.Count && words[j].IsLetters && (Agent(words[j].Key) is not null || Forces.Contains(words[j].Key)))
        {
            // قوات الامن is the police (COP), قوات الجيش the army: the complement's agent is the more specific one.
            agent = Agent(words[j].Key) ?? agent;
            j++;
        }
        else if (Members.Contains(key))
        {
            return null;   // عناصر, رجال alone name nobody
        }
        // شرطة مكافحة الشغب, قوات مكافحة الارهاب: what the force fights is part of its name.
        else if (j + 1 < words.Count && words[j].Key == "مكافحه" && words[j + 1].Key.StartsWith("ال", StringComparison.Ordinal))
        {
            j += 2;
        }
        // القوات الحكومية, القوات النظامية: an adjective that says whose force it is, as a complement would (قوات الحكومة).
        if (j == start + 1 && ForceNouns.Contains(key) && j < words.Count && ForceAdjectives.Contains(words[j].Key)) j++;
        // مسلحون مجهولون, مهاجم انتحاري: one adjective that says who they are.
        if (j < words.Count && words[j].IsLetters && Descriptions.Contains(words[j].Key) && !Descriptions.Contains(key)) j++;
        string? nation = null;
        for (int n = 0; n < MaxAdjectives && j < words.Count && words[j].IsLetters && Nationality(words[j]) is { } c; n++, j++) nation ??= c;
        var code = (nation ?? country) is { } home ? home + agent : null;
        return new Phrase(new TextSpan(words[start].Start, words[j - 1].End), j, code, agent);
    }

    /// <summary>
    /// The force a struck thing belongs to, named in it with ل (دورية للشرطة, قاعدة للجيش, نقطة تفتيش تابعة للشرطة): its
    /// agent (COP, MIL) and, when a nationality follows the force (قافلة للجيش الاميركي), its country; null when none. An
    /// attack on a force's patrol or post is an attack on that force.
    /// </summary>
    public (string Agent, string? Country)? Owner(IReadOnlyList<Word> words, int first, int last)
    {
        for (int k = first + 1; k <= last && k < words.Count; k++)
        {
            string key = words[k].Key;
            if (key.Length > 3 && key.StartsWith("لل", StringComparison.Ordinal) && Agent("ا" + key[1..]) is { } agent && agent is "MIL" or "COP")
            {
                return (agent, k + 1 < words.Count && words[k + 1].IsLetters ? Nationality(words[k + 1]) : null);
            }
        }
        return null;
    }

    /// <summary>Delegations: no force and no agent, but an actor that arrives, visits and meets (الوفد الكويتي, وفد اممي).</summary>
    private static readonly HashSet<string> DelegationHeads = MatchKey.SetOf("الوفد", "وفد", "الوفود", "وفود");

    /// <summary>
    /// A delegation starting at word <paramref name="start"/> with its relative adjectives (الوفد الكويتي, الوفد الاممي,
    /// وفد اوروبي رفيع): its CAMEO code is the country of a nationality among them, else none; null when no delegation
    /// noun stands there.
    /// </summary>
    public Phrase? Delegation(IReadOnlyList<Word> words, int start)
    {
        if (start < 0 || start >= words.Count || !DelegationHeads.Contains(words[start].Key)) return null;
        bool definite = words[start].Key.StartsWith("ال", StringComparison.Ordinal);
        int j = start + 1;
        string? nation = null;
        for (int n = 0; n < MaxAdjectives && j < words.Count && IsRelativeAdjective(words[j], definite); n++, j++) nation ??= Nationality(words[j]);
        return new Phrase(new TextSpan(words[start].Start, words[j - 1].End), j, nation);
    }

    /// <summary>
    /// Two parties told by a nominative dual (البلدان, الجانبان, الطرفان, الوزيران, الزعيمان, الرئيسان, الوفدان): no force and
    /// no agent, but the subject of a signing, a meeting or talks between the two named before (وكان البلدان قد وقعا اتفاقية,
    /// وبحث الطرفان سبل …). The genitive (الطرفين) is never a subject.
    /// </summary>
    private static readonly HashSet<string> PairHeads = MatchKey.SetOf("البلدان", "الجانبان", "الطرفان", "الوزيران", "الزعيمان", "الرئيسان", "الوفدان");

    /// <summary>The two parties told by a dual at word <paramref name="start"/> (الجانبان), or a delegation there.</summary>
    public Phrase? DelegationOrPair(IReadOnlyList<Word> words, int start) =>
        start >= 0 && start < words.Count && PairHeads.Contains(words[start].Key)
            ? new Phrase(words[start].Span, start + 1, null)
            : Delegation(words, start);

    /// <summary>Whether the phrase is two parties told by a dual rather than a delegation.</summary>
    public static bool IsPair(IReadOnlyList<Word> words, Phrase phrase) => phrase.After > 0 && PairHeads.Contains(words[phrase.After - 1].Key) && phrase.Span.Start == words[phrase.After - 1].Start;

    /// <summary>A relative adjective (نسبة) agreeing in definiteness with its noun: الكويتي, الاممي after الوفد; اممي after وفد.</summary>
    private static bool IsRelativeAdjective(Word w, bool definite) =>
        w.IsLetters && w.Key.Length > 3 && w.Key.EndsWith('ي') && w.Key.StartsWith("ال", StringComparison.Ordinal) == definite &&
        !Relatives.Contains(w.Key);

    private static readonly HashSet<string> Relatives = MatchKey.SetOf("الذي", "التي", "الذين");

    /// <summary>The longest actor phrase that ends right before word <paramref name="end"/> (قوات الامن اعتقلت, not الامن), or null.</summary>
    public Phrase? Before(IReadOnlyList<Word> words, int end, string? country)
    {
        for (int start = Math.Max(0, end - 2 - MaxAdjectives); start < end; start++)
        {
            if (At(words, start, country) is { } p && p.After == end) return p;
        }
        return null;
    }

    private string? Agent(string key)
    {
        if (OwnHeads.TryGetValue(key, out var own)) return own;
        if (Members.Contains(key)) return "MIL";   // عناصر الامن, رجال الشرطة: replaced by the complement's agent
        return RoleHeads.Contains(key) || ForceNouns.Contains(key) ? _actors.RoleAgent(NameKey.Word(key)) : null;
    }

    private string? Nationality(Word word) => _actors.Nationality(NameKey.Word(word.Key));
}
