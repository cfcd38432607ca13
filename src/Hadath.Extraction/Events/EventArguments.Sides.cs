using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// The two sides of a clash told with بين (اشتباكات بين X و Y): named, the followers or members of a named side, or the
/// definite words of a side the tagger did not name.
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>The two sides of a clash after بين; an unnamed side (القوات الحكومية, والمتمردين الحوثيين) is an argument without a code.</summary>
    private readonly record struct Sides(Entity? Source, Entity? Target, ActorPhrases.Phrase? SourcePhrase, ActorPhrases.Phrase? TargetPhrase);

    /// <summary>
    /// Nouns for the fighters or followers of a side, written with و before the one they follow (وانصار الشيخ احمد الاسير,
    /// وقوات المشير خليفة حفتر: the forces of a man past his rank).
    /// </summary>
    private static readonly HashSet<string> Followers = MatchKey.SetOf("انصار", "مناصري", "مؤيدي", "مقاتلي", "مسلحي", "عناصر", "افراد", "قوات");

    /// <summary>اشتباكات بين القوات العراقية ومسلحي التنظيم: the first side is the source, the second the target.</summary>
    private Sides? Between(Sentence s, int last, int right)
    {
        // اشتباكات عنيفة اندلعت ليل الاربعاء بين …: times do not count against the reach.
        for (int k = last + 1, times = 0; k <= right && k <= last + 1 + MaxNounGap + times; k++)
        {
            // اشتباكات اندلعت، مساء الجمعة، بين …: nor do the commas that set a day off.
            if (IsTime(s, k) || s.Words[k].IsComma) times++;
            // وتدور معارك منذ ايام في المنطقة بين …: nor does how long the fight has gone on.
            if (DayAside.SinceSpanEnd(s.Words, k) is var spanEnd and >= 0)
            {
                times += spanEnd - k + 1;
                k = spanEnd;
                continue;
            }
            // اشتباكات عنيفة بالاسلحة المتوسطة والثقيلة بين …: nor do the weapons it was fought with.
            if (WeaponsSpanEnd(s.Words, k) is var weaponsEnd and >= 0)
            {
                times += weaponsEnd - k + 1;
                k = weaponsEnd;
                continue;
            }
            if (s.Words[k].Key != "بين") continue;
            var sides = TwoSides(s, k, right, int.MaxValue, int.MinValue);
            // بين القوات الحكومية والمتمردين الحوثيين: a first side the tagger did not name is its definite words.
            // The longer reading wins (القوات الحكومية, not القوات), with the body's code where it has one.
            // بين قوات المشير خليفة حفتر وقوات حكومة الوفاق: the forces of a man named past his rank are that man's side.
            bool namedFirst = sides.Length > 0 && (sides[0].First <= k + 2 && !JoinedSecondSide(s, k, sides[0]) || k + 1 <= right && LedBy(s, k + 1, s.Words[k + 1].Key, right) == sides[0].Entity);
            var body = namedFirst || k + 1 > right ? null : BodyPhraseAt(s, k + 1);
            var run = namedFirst ? null : UnnamedSide(s, k + 1, right);
            var first = run is { } r && (body is null || r.After > body.Value.After) ? r with { Code = body?.Code } : body;
            // بين قوات حفتر وقوات حكومة الوفاق: a fighters' noun alone, then one plain word before the و of the second side, is
            // the forces of a man the tagger did not name; his name belongs to the first side.
            if (first is { } bare && bare.After == k + 2 && Followers.Contains(s.Words[k + 1].Key) && k + 3 <= right && s.Words[k + 2].IsLetters &&
                s.StartingAt(k + 2) is null && !s.Words[k + 2].Key.StartsWith("ال", StringComparison.Ordinal) && s.Words[k + 3].Key.StartsWith('و'))
                first = bare with { Span = new TextSpan(bare.Span.Start, s.Words[k + 2].End), After = k + 3 };
            if (first is { } f)
            {
                int and = PastBracketedName(s, f.After, right);
                if (and > right || !s.Words[and].Key.StartsWith('و')) return new Sides(null, null, f, null);
                if (s.StartingAt(and) is { Entity.Type: not EntityType.LOC } other) return new Sides(null, other.Entity, f, null);
                if (Followed(s, and, right) is { } led) return new Sides(null, led, f, null);
                var second = UnnamedSide(s, and, right);
                // والمتمردين الحوثيين: a named group right after the side's common noun is that side.
                if (second is { } sd && sd.After <= right && s.StartingAt(sd.After) is { Entity.Type: EntityType.ORG } named) return new Sides(null, named.Entity, f, null);
                return new Sides(null, null, f, second);
            }
            if (sides.Length == 0) return null;
            // بين قوة الردع الخاصة وكتيبة X: a name that opens with و a few plain words past بين is the second side; the
            // first is words the tagger did not name and no reading of them, so the fight has a target and no known source.
            if (!namedFirst && SecondAfterUnnamed(s, k, sides[0].First)) return new Sides(null, sides[0].Entity, null, null);
            // بين X ومسلحين قبليين في مديرية Y: the second side is what follows و right after the first; an unnamed side
            // leaves the target to the words there rather than giving it to a name further on.
            // بين كتيبة X الموالية لحكومة الوفاق وقوات Y: whom the first side serves is no side of the fight.
            int next = PastAllegiance(s, sides[0].Last + 1, right);
            if (next > sides[0].Last + 1)
            {
                int firstEnd = sides[0].Last;
                sides = TwoSides(s, k, right, firstEnd, next);
            }
            // بين مقاتلي حزب الله وعناصر من تنظيم داعش: members of a named group are that group; بين الجيش اللبناني وانصار
            // الشيخ احمد الاسير: so are the followers of a named man, past his honorific.
            if (Followed(s, next, right) is { } group && group != sides[0].Entity) return new Sides(sides[0].Entity, group, null, null);
            // بين جهاز الردع و"اللواء 444 قتال": the second side's name may be set off in quotation marks after و.
            if (next + 2 <= right && s.Words[next].Key == "و" && s.Words[next + 1].IsQuotationMark &&
                s.StartingAt(next + 2) is { Entity.Type: not EntityType.LOC } quotedSide && quotedSide.Entity != sides[0].Entity)
                return new Sides(sides[0].Entity, quotedSide.Entity, null, null);
            if (next <= right && s.Words[next].Key.StartsWith('و') && (sides.Length < 2 || sides[1].First != next))
            {
                var unnamed = UnnamedSide(s, next, right);
                // والقوات الموالية لحكومة الوفاق: forces told only by whom they serve are that body's side.
                if (unnamed is { } u && u.After <= right && Allegiances.Contains(s.Words[u.After - 1].Key) &&
                    s.StartingAt(u.After) is { Entity.Type: not EntityType.LOC } patron && patron.Entity != sides[0].Entity) return new Sides(sides[0].Entity, patron.Entity, null, null);
                return new Sides(sides[0].Entity, null, null, unnamed);
            }
            return new Sides(sides[0].Entity, sides.Length > 1 && sides[1].Entity != sides[0].Entity ? sides[1].Entity : null, null, null);
        }
        return null;
    }

    /// <summary>The weapons a fight is told with, written with ب (بالاسلحة الخفيفة والمتوسطة, بالرصاص الحي).</summary>
    private static readonly HashSet<string> FoughtWith = MatchKey.SetOf("بالاسلحة", "بالرصاص", "بالقذائف", "بالرشاشات", "بالصواريخ");

    /// <summary>
    /// The last word of the weapons a fight is told with, opening at word <paramref name="k"/> with their adjectives after them
    /// (بالاسلحة المتوسطة والثقيلة), or -1.
    /// </summary>
    private static int WeaponsSpanEnd(IReadOnlyList<Word> words, int k)
    {
        if (k >= words.Count || !FoughtWith.Contains(words[k].Key)) return -1;
        int end = k;
        while (end + 1 < words.Count && (words[end + 1].Key.StartsWith("ال", StringComparison.Ordinal) || words[end + 1].Key.StartsWith("وال", StringComparison.Ordinal))) end++;
        return end;
    }

    /// <summary>
    /// Whether the name two words past the بين at <paramref name="between"/> is the second side joined by و to one plain word
    /// (بين الشبان وقوات الاحتلال: the name's word carries the و before the name starts), not the first side after a
    /// fighters' noun (بين مقاتلي حزب الله). Reads the word after بين and the name's first word only.
    /// </summary>
    private static bool JoinedSecondSide(Sentence s, int between, Placed named) =>
        named.First == between + 2 && s.Words[between + 1].IsLetters && !Followers.Contains(s.Words[between + 1].Key) &&
        s.Words[named.First].Key.StartsWith('و') && named.Span.Start > s.Words[named.First].Start;

    /// <summary>How many words an unnamed first side of a بين clash may take before the named second side (قوة الردع الخاصة).</summary>
    private const int MaxUnnamedFirstSide = 4;

    /// <summary>Whether the name at word <paramref name="named"/> opens with و right past a run of plain words after the بين at <paramref name="between"/>.</summary>
    private static bool SecondAfterUnnamed(Sentence s, int between, int named)
    {
        if (named - between - 1 is < 1 or > MaxUnnamedFirstSide || !s.Words[named].Key.StartsWith('و')) return false;
        for (int j = between + 1; j < named; j++)
        {
            if (!s.Words[j].IsLetters || IsTime(s, j)) return false;
        }
        return true;
    }

    private const int MaxCountedGap = 10;

    /// <summary>
    /// مقتل 32 عنصرا من تنظيم الدولة في معارك مع القوات الامنية: a fight with مع right after its noun (past times and
    /// one adjective), whose counted dead (in words or digits) are members of a group named after من, or after من and its
    /// members in construct (من عناصر الشرطة), before the noun (within
    /// <see cref="MaxCountedGap"/> words, no punctuation but brackets and the commas that set off a time or a second toll:
    /// قتل جنديان من الجيش التركي واصيب ثلاثة آخرون، الاحد، في اشتباك مع …): the group is one side, the one after مع the other.
    /// </summary>
    private Sides? With(Sentence s, int first, int last, int right)
    {
        int k = WithAfter(s, last, right);
        if (k < 0) return null;
        Entity? group = null;
        for (int j = first - 1, words = 0; j >= 1 && words < MaxCountedGap && group is null; j--)
        {
            if (s.Words[j].IsComma || s.Words[j].Key is "(" or ")") continue;
            // قتل 12 من افراد الشرطة في اشتباكات مع: the dead may be counted in digits, and as members in construct (من عناصر X).
            if (!s.Words[j].IsLetters && !s.Words[j].IsNumber) return null;
            words++;
            if (s.StartingAt(j) is { Entity.Type: EntityType.ORG } m && CountedMembersOf(s, m.First)) group = m.Entity;
        }
        if (group is null) return null;
        var other = Partner(s, k, right);
        return other == group ? null : new Sides(group, other, null, other is null ? UnnamedSide(s, k + 1, right) : null);
    }

    /// <summary>
    /// The side named after the مع at word <paramref name="with"/>, also told by its members (مع عناصر حزب العمال
    /// الكردستاني, مع ارهابيين من تنظيم جبهة النصرة); null when no person or organisation is named there.
    /// </summary>
    private static Entity? Partner(Sentence s, int with, int right) =>
        with + 1 > right ? null
        : s.StartingAt(PastMembers(s, with + 1, right)) is { Entity.Type: not EntityType.LOC } named ? named.Entity
        : s.StartingAt(with + 1) is null ? LedBy(s, with + 1, s.Words[with + 1].Key, right) : null;

    /// <summary>How far before a fight's noun the dead of both its sides may be counted (11 جنديا من الجيش العراقي و17 من مسلحي تنظيم الدولة الاسلامية قتلوا يوم الثلاثاء في).</summary>
    private const int MaxBothCountedGap = 16;

    /// <summary>
    /// The two sides of a fight told by its noun at <paramref name="first"/> with no بين or مع, whose dead are counted as
    /// members of two groups before it (11 جنديا من الجيش العراقي و17 من مسلحي تنظيم الدولة قتلوا في اشتباكات): the group
    /// named first is the source; null unless two groups are counted there, commas passed and no other mark.
    /// </summary>
    private static Sides? BothCounted(Sentence s, int first)
    {
        // في معارك ضد تنظيم داعش, مع X: the fight's other side is named after it; the dead counted before may be allies.
        if (!FightNouns.Contains(s.Words[first].Key) || first + 1 < s.Words.Count && s.Words[first + 1].Key is "ضد" or "مع" ||
            first + 2 < s.Words.Count && s.Words[first + 2].Key is "ضد" or "مع") return null;
        Entity? nearer = null;
        for (int j = first - 1, words = 0; j >= 1 && words < MaxBothCountedGap; j--)
        {
            if (s.Words[j].IsComma || s.Words[j].Key is "(" or ")") continue;
            if (!s.Words[j].IsLetters && !s.Words[j].IsNumber) return null;
            words++;
            if (s.StartingAt(j) is not { Entity.Type: EntityType.ORG } m || !CountedMembersOf(s, m.First)) continue;
            if (nearer is null) nearer = m.Entity;
            // 7 من الجيش العراقي و5 من الحشد الشعبي: two forces of one state counted together fought on one side.
            else if (m.Entity != nearer) return SameState(m.Entity, nearer) ? null : new Sides(m.Entity, nearer, null, null);
        }
        return null;
    }

    /// <summary>Whether two sides are coded as the same state's (IRQMIL, IRQGOV): allies, not the two sides of a fight.</summary>
    private static bool SameState(Entity a, Entity b) =>
        a.Actor is { Length: >= 6 } x && b.Actor is { Length: >= 6 } y && x.AsSpan(0, 3).SequenceEqual(y.AsSpan(0, 3)) &&
        StateRoles.Contains(x[3..6]) && StateRoles.Contains(y[3..6]);

    /// <summary>Roles of a state's own forces and government in CAMEO actor codes.</summary>
    private static readonly HashSet<string> StateRoles = new(StringComparer.Ordinal) { "MIL", "GOV", "COP", "SPY" };

    /// <summary>Whether the group named at word <paramref name="k"/> follows من, past a group noun or its members in construct (من مسلحي تنظيم الدولة).</summary>
    private static bool CountedMembersOf(Sentence s, int k) =>
        AfterMin(s, k) || k >= 2 && MembersInConstruct.Contains(s.Words[k - 1].Key) && s.Words[k - 2].Key == "من";

    /// <summary>Nouns of a fight, whose other side follows مع (اشتباكات عنيفة مع X).</summary>
    private static readonly HashSet<string> FightNouns = MatchKey.SetOf("اشتباكات", "اشتباك", "مواجهات", "معارك");

    /// <summary>
    /// The other side of a fight told by its noun at <paramref name="first"/>..<paramref name="last"/> with مع right after it
    /// (past times and one adjective: خاضت وحدات من الجيش اشتباكات عنيفة مع ارهابيين من تنظيم X), or null.
    /// </summary>
    private static Entity? FightPartner(Sentence s, int first, int last, int right)
    {
        if (!FightNouns.Contains(s.Words[first].Key)) return null;
        int k = WithAfter(s, last, right);
        return k < 0 ? null : Partner(s, k, right);
    }

    /// <summary>Where مع stands right after a fight's noun ending at <paramref name="last"/>, past times and one adjective (اشتباكات عنيفة مع); -1 when it does not.</summary>
    private static int WithAfter(Sentence s, int last, int right)
    {
        int k = last + 1;
        while (k <= right && (IsTime(s, k) || (k == last + 1 && s.Words[k].IsLetters && s.StartingAt(k) is null && s.Words[k].Key != "مع"))) k++;
        return k < right && s.Words[k].Key == "مع" ? k : -1;
    }

    /// <summary>من right before word <paramref name="k"/>, past a bracket and a group noun (من تنظيم (داعش)).</summary>
    private static bool AfterMin(Sentence s, int k)
    {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (s.Words[j].Key == "من") return true;
            if (s.Words[j].Key != "(" && !GroupNouns.Contains(s.Words[j].Key)) return false;
        }
        return false;
    }

    /// <summary>وعناصر من تنظيم داعش, وانصار الشيخ احمد الاسير: the group or man whose members or followers the و-word at <paramref name="k"/> names.</summary>
    private static Entity? Followed(Sentence s, int k, int right) =>
        k + 1 > right || s.Words[k].Key.Length < 2 || s.Words[k].Key[0] != 'و' ? null : LedBy(s, k, s.Words[k].Key[1..], right);

    /// <summary>
    /// The group or man whose members or followers the word at <paramref name="k"/> names, its key <paramref name="noun"/>
    /// given without و (عناصر من تنظيم داعش, قوات المشير خليفة حفتر, past his honorific); null when it names none.
    /// </summary>
    private static Entity? LedBy(Sentence s, int k, string noun, int right)
    {
        if (!MembersOf.Contains(noun) && !Followers.Contains(noun)) return null;
        int g = k + 1;
        if (g <= right && s.Words[g].Key == "من") g++;
        // ومسلحين من "جيش عشائر X": a group named in quotation marks.
        if (g < right && s.Words[g].IsQuotationMark) g++;
        // قوات اللواء خليفة حفتر: past a rank, unless the rank word opens a name (قوات اللواء التاسع مشاة: a numbered brigade).
        while (g <= right && g <= k + 3 && s.StartingAt(g) is null && Honorifics.Contains(s.Words[g].Key)) g++;
        return g <= right && s.StartingAt(g) is { Entity.Type: not EntityType.LOC } m ? m.Entity : null;
    }

    /// <summary>
    /// The definite words of a side the tagger did not name, from word <paramref name="k"/> (its و left out of the span):
    /// القوات الحكومية, والمتمردين الحوثيين; null when they are not definite or a name starts among them.
    /// </summary>
    private static ActorPhrases.Phrase? UnnamedSide(Sentence s, int k, int right)
    {
        if (UnitSide(s, k, right) is { } unit) return unit;
        // قوات الامن الكردية, وقوات الدفاع الوطني: a force or fighters' noun in construct opens the side's definite words.
        bool forceHead = k < right && s.Words[k].IsLetters && s.StartingAt(k) is null && Followers.Contains(WithoutWa(s.Words[k].Key)) &&
                         s.Words[k + 1].Key.StartsWith("ال", StringComparison.Ordinal);
        int j = forceHead ? k + 1 : k;
        while (j <= right && j - k < MaxObjectWords && s.Words[j].IsLetters && s.StartingAt(j) is null)
        {
            string key = j == k && s.Words[j].Key.StartsWith("وال", StringComparison.Ordinal) ? s.Words[j].Key[1..] : s.Words[j].Key;
            if (!key.StartsWith("ال", StringComparison.Ordinal) || IsTime(s, j)) break;
            j++;
        }
        if (j == k || forceHead && j == k + 1) return null;
        int start = s.Words[k].Key.StartsWith("وال", StringComparison.Ordinal) || forceHead && s.Words[k].Key != WithoutWa(s.Words[k].Key) ? s.Words[k].Start + 1 : s.Words[k].Start;
        return new ActorPhrases.Phrase(new TextSpan(start, s.Words[j - 1].End), j, null);
    }

    /// <summary>A word key without the و written on it (وقوات → قوات); the key itself when it has none or is too short to carry one.</summary>
    private static string WithoutWa(string key) => key.Length > 3 && key[0] == 'و' ? key[1..] : key;

    /// <summary>Participles that tie a side to whom it serves or belongs to (الموالية لحكومة الوفاق, التابع للجيش الوطني).</summary>
    internal static readonly HashSet<string> Allegiances = MatchKey.SetOf(
        "الموالية", "الموالي", "الموالين", "التابعة", "التابع", "التابعين", "المدعومة", "المدعوم", "المدعومين", "المنضوية", "المنضوي",
        "المقربة", "المقرب", "المتحالفة", "المتحالف");

    /// <summary>Nouns of ranks a body serves in (في صفوف قسد, ضمن صفوف الجيش).</summary>
    private static readonly HashSet<string> Ranks = MatchKey.SetOf("صفوف");

    /// <summary>
    /// Whether the name at word <paramref name="first"/> is whom another body serves or belongs to (المنضوي في صفوف قسد,
    /// الموالية لحكومة الوفاق): a patron, not one who acts.
    /// </summary>
    internal static bool IsPatron(Sentence s, int first) =>
        first >= 1 && (Ranks.Contains(s.Words[first - 1].Key) || Allegiances.Contains(s.Words[first - 1].Key) ||
                       first >= 2 && s.Words[first - 1].Key == "من" && Allegiances.Contains(s.Words[first - 2].Key));

    /// <summary>How many words whom a side serves may take when the tagger named nothing there (للجيش الوطني الليبي).</summary>
    private const int MaxPatronWords = 4;

    /// <summary>
    /// The word after an allegiance phrase that starts at <paramref name="k"/> (الموالية لحكومة الوفاق الوطني, التابع للجيش
    /// الوطني الليبي, المدعومة من تركيا): past the participle, a من, and the patron, named or told by its definite words;
    /// <paramref name="k"/> when no such participle stands there.
    /// </summary>
    private static int PastAllegiance(Sentence s, int k, int right)
    {
        // بين الجيش بقيادة البرهان وقوات الدعم السريع: the leader named after بقيادة is the side's, no side of his own.
        if (k < right && Leaders.Contains(s.Words[k].Key)) return s.StartingAt(k + 1) is { } leader ? leader.Last + 1 : k;
        if (k >= right || !Allegiances.Contains(s.Words[k].Key)) return k;
        int j = k + 1;
        if (s.Words[j].Key == "من" && j < right) j++;
        if (s.StartingAt(j) is { } patron) return patron.Last + 1;
        int from = j;
        while (j <= right && j - from < MaxPatronWords && s.Words[j].IsLetters && !s.Words[j].Key.StartsWith('و') &&
               (s.Words[j].Key.StartsWith("ال", StringComparison.Ordinal) || s.Words[j].Key.StartsWith("لل", StringComparison.Ordinal))) j++;
        return j;
    }

    /// <summary>How many words a side's other name in brackets may have (الاسايش, قوات سوريا الديمقراطية).</summary>
    private const int MaxBracketedNameWords = 4;

    /// <summary>
    /// بين قوات الامن الكردية (الاسايش) وقوات …: a side's other name in brackets right after it, from word <paramref name="k"/>;
    /// the word after the closing bracket, or <paramref name="k"/> when no bracket opens there.
    /// </summary>
    private static int PastBracketedName(Sentence s, int k, int right)
    {
        if (k > right || s.Words[k].Key != "(") return k;
        for (int j = k + 1; j <= right && j <= k + 1 + MaxBracketedNameWords; j++)
        {
            if (s.Words[j].Key == ")") return j + 1;
        }
        return k;
    }

    /// <summary>Nouns of an armed unit that take the rest of its name after them (كتيبة ثوار طرابلس, لواء المعتصم).</summary>
    private static readonly HashSet<string> UnitNouns = MatchKey.SetOf("كتيبة", "كتائب", "لواء", "الوية", "فصيل", "فصائل", "ميليشيا", "ميليشيات", "جماعة", "حركة", "تنظيم");

    /// <summary>
    /// وكتيبة ثوار طرابلس: a unit the tagger did not name, written with و at word <paramref name="k"/> and its noun in
    /// construct, up to a preposition or a word of where (قرب, وسط), a time, a mark or a name that is not a place (a place
    /// may end its name); null when no unit noun stands there.
    /// </summary>
    private static ActorPhrases.Phrase? UnitSide(Sentence s, int k, int right)
    {
        if (k >= right || s.Words[k].Key.Length < 3 || s.Words[k].Key[0] != 'و' || !UnitNouns.Contains(s.Words[k].Key[1..]) || s.StartingAt(k) is not null) return null;
        int j = k + 1;
        while (j <= right && j - k < MaxObjectWords && s.Words[j].IsLetters && !Prepositions.Contains(s.Words[j].Key) && !PlaceNouns.Contains(s.Words[j].Key) && !IsTime(s, j))
        {
            if (s.StartingAt(j) is { } m)
            {
                if (m.Entity.Type != EntityType.LOC) return null;
                j = m.Last + 1;
                break;
            }
            j++;
        }
        return j > k + 1 ? new ActorPhrases.Phrase(new TextSpan(s.Words[k].Start + 1, s.Words[j - 1].End), j, null) : null;
    }

    /// <summary>
    /// The first two mentions, no place, starting after word <paramref name="k"/> up to word <paramref name="right"/>, and at
    /// or before <paramref name="firstEnd"/> or at or after <paramref name="next"/>; fewer when there are fewer. A loop: as a
    /// lambda it made a closure at every call of <see cref="Between"/>, where بين is seldom found.
    /// </summary>
    private static Placed[] TwoSides(Sentence s, int k, int right, int firstEnd, int next)
    {
        Placed first = default;
        int n = 0;
        foreach (var m in s.Mentions)
        {
            if (!(m.First > k && m.First <= right && m.Entity.Type != EntityType.LOC && (m.First <= firstEnd || m.First >= next))) continue;
            if (n == 1) return [first, m];
            first = m;
            n = 1;
        }
        return n == 1 ? [first] : [];
    }
}
