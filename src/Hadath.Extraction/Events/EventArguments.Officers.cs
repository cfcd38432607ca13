using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Officers of a body as arguments: the person named after his title and body (ممثل المفوضية في سورية X), between
/// commas after it, or speaking for it; an object pronoun pointing back to the body named before it; the speaker
/// before انها/انه and the one whose forces act (ان قواته اطلقت); a member named past the body he sits in.
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>
    /// Whether <paramref name="person"/> is named in the sentence right after an organisation in his title, past up to two
    /// title words (الناطق باسم اتحاد الشغل سامي الطاهري, الامين العام لحزب الله حسن نصرالله): he acts for that body.
    /// </summary>
    public bool SpeaksForBody(Sentence s, Entity person)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity != person) continue;
            int k = m.First - 1;
            for (int n = 0; n < 2 && k >= 0 && s.EndingAt(k) is null && IsTitleWord(s.Words[k]); n++) k--;
            // منسق التنسيقية، يوسف بنعلي،: named between commas after an office noun and the body it is held in.
            if (k >= 2 && s.Words[k].IsComma && m.Last + 1 < s.Words.Count && s.Words[m.Last + 1].IsComma &&
                s.EndingAt(k - 1) is { Entity.Type: EntityType.ORG } body && body.First >= 1 && IsOfficeNoun(s.Words[body.First - 1].Key)) return true;
            // عضو مجلس النواب عن المحافظة احمد الجبوري: past the seat he holds for the body (one word, or a place named).
            if (k >= 1 && s.EndingAt(k) is { Entity.Type: EntityType.LOC } seat && seat.First >= 2 && s.Words[seat.First - 1].Key == "عن") k = seat.First - 2;
            else if (k >= 2 && s.EndingAt(k) is null && s.Words[k].IsLetters && s.Words[k - 1].Key == "عن") k -= 2;
            if (k >= 0 && s.EndingAt(k) is { Entity.Type: EntityType.ORG }) return true;
        }
        return false;
    }

    /// <summary>
    /// A person named at word <paramref name="k"/>, past up to three title or rank words (العقيد تركي المالكي, الفريق اول
    /// ركن عبد الفتاح البرهان), or null.
    /// </summary>
    private Placed? NamedAfter(Sentence s, int k)
    {
        for (int j = k; j < s.Words.Count && j <= k + MaxRankWords; j++)
        {
            if (s.StartingAt(j) is { } m) return m.Entity.Type == EntityType.PER ? m : null;
            if (!IsTitleWord(s.Words[j])) return null;
        }
        return null;
    }

    /// <summary>How far past a body in a title its mission's acronym in brackets may close the title.</summary>
    private const int MaxTitleChainWords = 20;

    /// <summary>
    /// The person named right after an acronym in brackets that closes a long title begun at word <paramref name="from"/>
    /// (الممثل الخاص للامين العام للامم المتحدة في السودان ورئيس بعثة الامم المتحدة المتكاملة … في السودان (يونيتامس)
    /// فولكر بيرتس): a second office joined by و and a mission's full name run past any reach a title has, but the
    /// acronym closes the name and the person after it holds the offices. Only letter words stand before the brackets
    /// (no comma, quotation mark or number); null when no person is named right after them.
    /// </summary>
    private Placed? NamedPastAcronym(Sentence s, int from)
    {
        for (int k = from; k < s.Words.Count && k <= from + MaxTitleChainWords; k++)
        {
            if (s.Words[k].Key == "(") return k + 3 < s.Words.Count && s.Words[k + 2].Key == ")" ? NamedAfter(s, k + 3) : null;
            if (!s.Words[k].IsLetters) return null;
        }
        return null;
    }

    /// <summary>Detached object pronouns (متهما اياها, محملا اياه): who they stand for was named before.</summary>
    private static readonly HashSet<string> ObjectPronouns = MatchKey.SetOf("اياه", "اياها", "اياهم", "اياهما", "اياهن");

    /// <summary>
    /// The person holding an office in the body <paramref name="body"/>: a title word right before the body and the person
    /// named right after it (within the clause), past where the office sits (في سورية, لدى لبنان), an acronym in brackets
    /// and up to two title words: ممثلة المفوضية في لبنان ميراي جيرار, المفوض العام للاونروا بيير كرينبول.
    /// </summary>
    private Entity? HolderOf(Sentence s, Placed body, int right) => HolderAt(s, body, right)?.Entity;

    /// <summary>
    /// The officer named right after the body of his title whose name the tagger missed (التقى X رئيس مجلس النواب الليبي
    /// عقيلة صالح، …): an office or title word before the body's mention after the verb at <paramref name="verb"/>, then
    /// two name words (see <see cref="IsMissedNameWord"/>) closing the clause or followed by a mark, a preposition or a
    /// time. The words stand for the person; null when the body has no holder named so.
    /// </summary>
    public ActorPhrases.Phrase? MissedHolderAfter(Sentence s, int verb, Entity body)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity != body || m.First <= verb || m.First < 1) continue;
            var title = s.Words[m.First - 1];
            if (!OfficeNouns.Contains(title.Key) && !IsTitleWord(title)) return null;
            int start = m.Last + 1;
            // قائد قوات اليونيفيل الجنرال ديوداتو ابانيارا: past the holder's rank.
            if (start < s.Words.Count && s.StartingAt(start) is null && MilitaryRanks.Contains(s.Words[start].Key)) start++;
            int end = start;
            while (end < s.Words.Count && end - start < MaxMissedNameWords && IsMissedNameWord(s, end)) end++;
            if (end - start < MaxMissedNameWords) return null;
            if (end < s.Words.Count && s.Words[end].IsLetters && !Prepositions.Contains(s.Words[end].Key) && !IsTime(s, end)) return null;
            return new ActorPhrases.Phrase(new TextSpan(s.Words[start].Start, s.Words[end - 1].End), end, null);
        }
        return null;
    }

    /// <summary>Military ranks a holder may be named after (الجنرال, اللواء, العميد, العقيد, الفريق, العماد).</summary>
    private static readonly HashSet<string> MilitaryRanks = MatchKey.SetOf("الجنرال", "اللواء", "العميد", "العقيد", "الفريق", "العماد", "المشير", "الادميرال");

    /// <summary>The person <see cref="HolderOf"/> finds, where he is named.</summary>
    /// <summary>
    /// Whether the body named at word <paramref name="first"/> follows في after a title or a title and its portfolio (وزير
    /// الداخلية في حكومة الوحدة الوطنية X, رئيس الاركان في الجيش الليبي X): the office is held in that body.
    /// </summary>
    private bool TitleHeldIn(Sentence s, int first)
    {
        if (first < 2 || s.Words[first - 1].Key != "في") return false;
        if (IsTitleWord(s.Words[first - 2])) return true;
        return first >= 3 && IsTitleWord(s.Words[first - 3]) && s.Words[first - 2].IsLetters && s.Words[first - 2].Key.StartsWith("ال", StringComparison.Ordinal) &&
               s.StartingAt(first - 2) is null;
    }

    private Placed? HolderAt(Sentence s, Placed body, int right)
    {
        if (body.First < 1) return null;
        // المفوض العام لوكالة غوث وتشغيل اللاجئين الفلسطينيين (الاونروا) بيير كرينبول: a body named only by its acronym in
        // brackets, closing a title whose long name the tagger did not read, is held by the person named right after it.
        if (s.Words[body.First - 1].Key == "(" && body.Last + 2 <= right && s.Words[body.Last + 1].Key == ")" &&
            s.StartingAt(body.Last + 2) is { Entity.Type: EntityType.PER } bracketed) return bracketed;
        var title = s.Words[body.First - 1];
        // اجتمع ب ممثلة المفوضية: the office noun may carry the verb's preposition.
        bool office = OfficeNouns.Contains(title.Key) || (title.Key.Length > 3 && title.Key[0] is 'ب' or 'ل' && OfficeNouns.Contains(title.Key[1..]));
        if (!office && !IsTitleWord(title) && !OfficeAdjective(s, body.First - 1) && !CouncilOfBody(s, body) && !TitleHeldIn(s, body.First) &&
            !StaffOfOffice(s, body.First - 1)) return null;
        int k = body.Last + 1;
        // (الاونروا): the body's acronym.
        if (k + 2 <= right && s.Words[k].Key == "(" && s.Words[k + 2].Key == ")") k += 3;
        k = PastTitleTail(s, k, right);
        // لشؤون اللاجئين, لشؤون الاغاثة والطوارئ: the office's portfolio.
        // للشؤون الانسانية: with the article, its adjective after it.
        if (k + 1 <= right && s.Words[k].Key is "لشوون" or "للشوون" && s.StartingAt(k + 1) is null)
        {
            k += 2;
            if (k <= right && s.StartingAt(k) is null && s.Words[k].Key.StartsWith("وال", StringComparison.Ordinal)) k++;
        }
        // في سورية, لدى لبنان: where the office sits (a place the tagger missed is one word); عن المحافظة: the seat a
        // member of parliament holds (عضو مجلس النواب عن المحافظة احمد الجبوري).
        // الى اليمن: the state an envoy is sent to (المبعوث الخاص للامين العام للامم المتحدة الى اليمن هانس غروندبرغ).
        if (k + 1 <= right && s.Words[k].Key is "في" or "لدي" or "عن" or "الي")
        {
            if (s.StartingAt(k + 1) is { } seat) k = seat.Entity.Type == EntityType.LOC ? seat.Last + 1 : k;
            else if (s.Words[k + 1].IsLetters) k += 2;
        }
        k = PastCommandTitle(s, k, right);
        return k <= right && NamedAfter(s, k) is { } holder && holder.Last <= right ? holder : null;
    }

    /// <summary>Adjectives of a title of command (القائد العام, القائد الاعلى).</summary>
    private static readonly HashSet<string> CommandAdjectives = MatchKey.SetOf("العام", "الاعلى");

    /// <summary>Titles of command the actor lexicon does not hold as roles (القائد العام, the commander-in-chief).</summary>
    private static readonly HashSet<string> CommandTitles = MatchKey.SetOf("القائد");

    /// <summary>
    /// The word past a second title of command between the body of a holder's first title and his name, at word
    /// <paramref name="k"/>: a title word, العام or الاعلى, and what it commands behind لل with its adjective (رئيس مجلس
    /// السيادة القائد العام للقوات المسلحة عبد الفتاح البرهان, رئيس المجلس الرئاسي القائد الاعلى للجيش محمد المنفي).
    /// <paramref name="k"/> when no such title stands there.
    /// </summary>
    private int PastCommandTitle(Sentence s, int k, int right)
    {
        if (k + 2 > right || !CommandAdjectives.Contains(s.Words[k + 1].Key) || s.StartingAt(k) is not null ||
            !(CommandTitles.Contains(s.Words[k].Key) || IsTitleWord(s.Words[k]))) return k;
        int j = k + 2;
        if (s.StartingAt(j) is { Entity.Type: not EntityType.PER } commanded) return commanded.Last + 1;
        if (!s.Words[j].Key.StartsWith("لل", StringComparison.Ordinal)) return k;
        j++;
        // للقوات المسلحة: the adjective of what is commanded, where no person is named at it.
        if (j <= right && s.StartingAt(j) is null && s.Words[j].Key.StartsWith("ال", StringComparison.Ordinal) && !IsTitleWord(s.Words[j])) j++;
        return j;
    }

    /// <summary>Adjectives of an office that follow the body in its title (منسق الامم المتحدة الخاص, مفوض الاتحاد السامي).</summary>
    private static readonly HashSet<string> TitleAdjectives = MatchKey.SetOf("الخاص", "الخاصة", "السامي", "السامية", "المقيم", "المقيمة");

    /// <summary>
    /// The word past what a title tells after its body at word <paramref name="k"/> (up to <paramref name="right"/>): its
    /// adjective (منسق الامم المتحدة الخاص) and a portfolio told with ل (لعملية السلام) or one that is a country (لشؤون
    /// اليمن). <paramref name="k"/> when there is neither.
    /// </summary>
    private static int PastTitleTail(Sentence s, int k, int right)
    {
        if (k <= right && s.StartingAt(k) is null && TitleAdjectives.Contains(s.Words[k].Key)) k++;
        if (k + 1 <= right && PortfolioWithLam(s, k)) return k + 2;
        if (k + 1 <= right && s.Words[k].Key == "لشوون" && s.StartingAt(k + 1) is { Entity.Type: EntityType.LOC } country) return country.Last + 1;
        return k;
    }

    /// <summary>
    /// The person named past the tail of a title (<see cref="PastTitleTail"/>) after its body at word <paramref name="k"/>, and
    /// past where the office sits (في الشرق الاوسط, الى اليمن): ودعا منسق الامم المتحدة الخاص لعملية السلام في الشرق الاوسط
    /// تور وينسلاند اسرائيل. Null when the title tells nothing after its body, or no person follows.
    /// </summary>
    private Placed? NamedPastTitleTail(Sentence s, int k)
    {
        int last = s.Words.Count - 1, past = PastTitleTail(s, k, last);
        if (past == k) return null;
        if (past + 1 <= last && s.Words[past].Key is "في" or "لدي" or "الي" && s.StartingAt(past + 1) is { Entity.Type: EntityType.LOC } seat) past = seat.Last + 1;
        return NamedAfter(s, past);
    }

    /// <summary>
    /// Whether words <paramref name="k"/> and the next tell an office's portfolio with ل (لعملية السلام, لحقوق الانسان): a
    /// word with ل and no article, then a definite word, neither opening a name. لشؤون is read by its own rule.
    /// </summary>
    private static bool PortfolioWithLam(Sentence s, int k)
    {
        string key = s.Words[k].Key;
        return key.Length > 3 && key[0] == 'ل' && key[1] != 'ل' && !key.StartsWith("ال", StringComparison.Ordinal) && key is not ("لشوون" or "لدي") &&
               s.StartingAt(k) is null && s.StartingAt(k + 1) is null && s.Words[k + 1].Key.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>
    /// المفوض السامي, الممثل الخاص: a definite adjective at word <paramref name="k"/> after an office noun (with its
    /// article or without) belongs to the title.
    /// </summary>
    private static bool OfficeAdjective(Sentence s, int k) =>
        k >= 1 && s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal) && IsOfficeNoun(s.Words[k - 1].Key);

    /// <summary>
    /// Whether word <paramref name="k"/> is اركان right after an office noun (رئيس اركان الجيش اللبناني X, قائد اركان جيش
    /// البر اللواء X): the chief of a body's staff is an office held in that body, as its commander's is.
    /// </summary>
    private static bool StaffOfOffice(Sentence s, int k) =>
        k >= 1 && s.Words[k].Key == "اركان" && IsOfficeNoun(s.Words[k - 1].Key);

    /// <summary>How many definite words may name the council of a body between an office noun and the body (اللجنة المركزية).</summary>
    private const int MaxCouncilWords = 2;

    /// <summary>
    /// Whether the body at <paramref name="body"/>, written with ل, is whose council an office noun before it names
    /// (عضو اللجنة المركزية لحركة فتح عزام الاحمد, رئيس المكتب السياسي لحركة حماس X): the person after the body holds the
    /// office, as after ممثل المفوضية. Only definite words (the council and its adjective) stand between.
    /// </summary>
    private static bool CouncilOfBody(Sentence s, Placed body)
    {
        var word = s.Words[body.First];
        if (word.Start >= body.Span.Start || word.Key[0] != 'ل') return false;
        for (int k = body.First - 1, n = 0; k >= 1 && n < MaxCouncilWords; k--, n++)
        {
            if (!s.Words[k].IsLetters || !s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal)) return false;
            if (OfficeNouns.Contains(s.Words[k - 1].Key)) return true;
        }
        return false;
    }

    /// <summary>An office noun, also with an article its list does not hold (الممثل beside ممثل).</summary>
    private static bool IsOfficeNoun(string key) =>
        OfficeNouns.ContainsWithOrWithoutArticle(key);

    /// <summary>A person named between commas at word <paramref name="k"/> (، الدكتور يوسف الحجامي،), past up to two title words, and the word after the closing comma.</summary>
    private (Placed Person, int After)? NamedBetweenCommas(Sentence s, int k)
    {
        if (k + 1 >= s.Words.Count || s.Words[k].Key is not ("،" or ",") || NamedAfter(s, k + 1) is not { } person) return null;
        int close = person.Last + 1;
        return close < s.Words.Count && s.Words[close].IsComma ? (person, close + 1) : null;
    }

    /// <summary>
    /// The group named after the من at word <paramref name="k"/> of members or attackers (مسلحون من تنظيم داعش), also past a
    /// group noun the tagger left out of the name (مهاجما انتحاريا من حركة الشباب, with طالبان tagged); null when none.
    /// </summary>
    private static Placed? GroupOfMembers(Sentence s, int k)
    {
        if (k >= s.Words.Count || s.Words[k].Key != "من" || k == 0 || !MembersOf.Contains(s.Words[k - 1].Key)) return null;
        int g = k + 1 < s.Words.Count && s.StartingAt(k + 1) is null && GroupNouns.Contains(s.Words[k + 1].Key) ? k + 2 : k + 1;
        return s.StartingAt(g) is { Entity.Type: not EntityType.LOC } group ? group : null;
    }

    /// <summary>عناصر من تنظيم داعش: من after a members noun leads to the group, it does not end the subject.</summary>
    private static bool IsMembersOf(Sentence s, int k) =>
        s.Words[k].Key == "من" && k > 0 && MembersOf.Contains(s.Words[k - 1].Key) && s.StartingAt(k + 1) is { Entity.Type: not EntityType.LOC };

    /// <summary>
    /// The word opening the clause whose subject is the name at word <paramref name="first"/>, or -1: only a members noun
    /// (وحدات من الجيش, قوات جهاز X) and times stand between that word (first in the sentence or after a mark) and the
    /// name. A name further on (في حركة القطارات, ساحة الامم المتحدة) is where or what, not who.
    /// </summary>
    internal static int ClauseOpenerOf(Sentence s, int first)
    {
        int k = first - 1;
        if (k >= 1 && IsMembersOf(s, k)) k -= 2;
        else if (k >= 0 && (MembersOf.Contains(s.Words[k].Key) || s.Words[k].Key == "قوات")) k--;
        while (k >= 0 && IsTime(s, k)) k--;
        return k >= 0 && s.Words[k].IsLetters && s.StartingAt(k) is null && (k == 0 || s.Words[k - 1].Kind == WordKind.Punctuation) ? k : -1;
    }

    /// <summary>ان with a pronoun suffix right before the verb (انها اعتقلت, بانه التقى): the speaker named before it acts.</summary>
    private static Entity? PronounSpeaker(Sentence s, int first, TextSpan trigger)
    {
        bool conjunction = AfterConjunction(s, first, trigger);
        if (conjunction || first == 0) return null;
        // واكد الدرك في بيان ان وحداته "اوقفت 23 شخصا": the statement's words may open right before the verb.
        if (first >= 2 && OpeningQuotes.Contains(s.Words[first - 1].Key)) first--;
        // قال الجيش ان قواته اطلقت: the forces of the one who speaks are his.
        // قالت اسرائيل ان طائراتها الحربية قصفت: past an adjective of the craft.
        string kind = s.Words[first - 1].Key;
        int force = first >= 3 && (CraftKinds.Contains(kind) || kind.StartsWith("ال", StringComparison.Ordinal) && CraftKinds.Contains(kind[2..])) ? first - 2 : first - 1;
        bool owned = force >= 1 && OwnedForces.Contains(s.Words[force].Key) && s.Words[force - 1].Key is "ان" or "بان";
        bool goesOn = !owned && ReportedAgain.Contains(s.Words[first - 1].Key);
        if (!owned && !goesOn && !SpeakerPronouns.Contains(s.Words[first - 1].Key)) return null;
        int opener = owned ? force - 1 : goesOn ? OpenerBefore(s, first - 1) : first - 1;
        if (opener < 0) return null;
        // The last person or organisation before ان: the cue's subject (اعلنت وزارة الداخلية الثلاثاء انها), not the dateline's
        // credit, nor a leader named in an aside about the subject (وهي تحالف بزعامة تنظيم القاعدة); forces may be a
        // country's (قالت اسرائيل ان طائراتها), though not a place's (في غزة).
        var speaker = LastSpeakerBefore(s, opener, owned);
        // ذكرت وزارة البيشمركة في حكومة اقليم كردستان ان قواتها اعتقلت: a body named after في right after another body is
        // the government or body the first sits in; the first is the one that speaks.
        if (speaker.Entity is { Type: EntityType.ORG } && speaker.First >= 2 && s.Words[speaker.First - 1].Key == "في" &&
            s.EndingAt(speaker.First - 2) is { Entity.Type: EntityType.ORG } within) speaker = within;
        // قال قائد اللواء الاول العميد X ان قواته قتلت: a commander's forces are the unit he commands.
        // قال المتحدث باسم الجيش X العقيد Y ان قواته اعتقلت: a spokesman's forces are the body he speaks for.
        return owned && speaker.Entity is { Type: EntityType.PER } && (CommandedUnit(s, speaker.First) ?? SpokenForBody(s, speaker.First)) is { } unit ? unit : speaker.Entity;
    }

    /// <summary>The word before the body a spokesman speaks for (المتحدث باسم, الناطق العسكري باسم).</summary>
    private static readonly HashSet<string> OnBehalfOf = MatchKey.SetOf("باسم");

    /// <summary>
    /// The body named after باسم in the title of the person named at word <paramref name="person"/>, past up to two rank
    /// words (المتحدث باسم الجيش الاسرائيلي العقيد X); null when his title names none.
    /// </summary>
    private static Entity? SpokenForBody(Sentence s, int person)
    {
        int k = person - 1;
        for (int n = 0; n < 2 && k >= 0 && s.EndingAt(k) is null && Honorifics.Contains(s.Words[k].Key); n++) k--;
        return k >= 1 && s.EndingAt(k) is { Entity.Type: EntityType.ORG } body && body.First >= 1 && OnBehalfOf.Contains(s.Words[body.First - 1].Key) ? body.Entity : null;
    }

    /// <summary>How far before ان a body told by its common noun may open, past its words and an aside (في بيان).</summary>
    private const int MaxSpeakerPhraseReach = 8;

    /// <summary>
    /// The body told by its common noun that speaks before ان with a pronoun right before the verb (واعلن الجيش التشادي في
    /// بيان انه اعتقل, واعلنت الشرطة انها اوقفت): the first actor phrase between the clause's start and ان, with no person
    /// or body named in between (then <see cref="PronounSpeaker"/> reads the speaker); null when none stands there.
    /// </summary>
    private ActorPhrases.Phrase? SpeakerPhraseBefore(Sentence s, int first, TextSpan trigger)
    {
        if (first < 2 || AfterConjunction(s, first, trigger) || !SpeakerPronouns.Contains(s.Words[first - 1].Key)) return null;
        int opener = first - 1, from = opener;
        while (from > 0 && from > opener - MaxSpeakerPhraseReach && s.Words[from - 1].Kind != WordKind.Punctuation) from--;
        for (int k = from; k < opener; k++)
        {
            if (s.StartingAt(k) is { Entity.Type: EntityType.PER or EntityType.ORG }) return null;
            if (_phrases.At(s.Words, k, s.Country) is { } p && p.After <= opener) return p;
        }
        return null;
    }

    /// <summary>Nouns of command before the unit a person leads (قائد اللواء, آمر الفوج).</summary>
    private static readonly HashSet<string> Commands = MatchKey.SetOf("قائد", "امر", "آمر");

    /// <summary>
    /// The unit named in the title of the person named at word <paramref name="person"/>, past up to two rank words (قائد
    /// اللواء الاول دعم واسناد العميد X): the body after a command noun; null when his title names none.
    /// </summary>
    private static Entity? CommandedUnit(Sentence s, int person)
    {
        int k = person - 1;
        for (int n = 0; n < 2 && k >= 0 && s.EndingAt(k) is null && Honorifics.Contains(s.Words[k].Key); n++) k--;
        return k >= 1 && s.EndingAt(k) is { Entity.Type: EntityType.ORG } unit && unit.First >= 1 && Commands.Contains(s.Words[unit.First - 1].Key) ? unit.Entity : null;
    }

    /// <summary>Marks that open a quotation.</summary>
    private static readonly HashSet<string> OpeningQuotes = new(StringComparer.Ordinal) { "\"", "«", "“" };

    private static readonly HashSet<string> SpeakerPronouns = MatchKey.SetOf("انها", "انه", "انهم", "بانها", "بانه", "بانهم");

    /// <summary>
    /// ان with a pronoun after و, a second clause of what is reported (قال الجيش ان قواته "وصلت الى المكان" وانها اعتقلت
    /// عددا من المشتبه بهم): the pronoun is the one who speaks, named before the first ان, not a name inside the first clause.
    /// </summary>
    private static readonly HashSet<string> ReportedAgain = MatchKey.SetOf("وانها", "وانه", "وانهم", "وبانها", "وبانه", "وبانهم");

    private static readonly HashSet<string> ReportOpeners = MatchKey.SetOf("ان", "بان", "انها", "انه", "انهم", "بانها", "بانه", "بانهم");

    /// <summary>The nearest ان (انها, بانه) before word <paramref name="k"/> that opens what is reported, past no full stop; -1 when none.</summary>
    private static int OpenerBefore(Sentence s, int k)
    {
        for (int j = k - 1; j >= 0 && s.Words[j].Key is not ("." or "؛" or ";"); j--)
        {
            if (ReportOpeners.Contains(s.Words[j].Key)) return j;
        }
        return -1;
    }

    /// <summary>
    /// Forces and craft with the pronoun of whose they are (قواته, طائراتها, عناصره); so are an agency's teams, crews and
    /// staff (قالت المفوضية ان فرقها قدمت مساعدات طبية, ان طواقمها وزعت, ان موظفيها وزعوا): what they did is the speaker's.
    /// Not فرقه, which folds to فرقة (a division, a band).
    /// </summary>
    private static readonly HashSet<string> OwnedForces = MatchKey.SetOf("قواته", "قواتها", "قواتهم", "طائراته", "طائراتها", "عناصره", "عناصرها", "جنوده", "جنودها",
        "مقاتليه", "مقاتليها", "وحداته", "وحداتها", "مقاتلاته", "مقاتلاتها", "مروحياته", "مروحياتها", "قطعاته", "قطعاتها", "دورياته", "دورياتها",
        "مفارزه", "مفارزها", "فرقها", "طواقمه", "طواقمها", "موظفيه", "موظفيها", "موظفوه", "موظفوها");

    /// <summary>How many words a member's title may run over the house he sits in and the party or district he sits for.</summary>
    private const int MaxSeatAndPartyWords = 10;

    /// <summary>How many words the party or district after عن may take, with a second عن and a district (عن حزب X عن ولاية Y).</summary>
    private const int MaxPartyWords = 7;

    /// <summary>
    /// The person a member's title at word <paramref name="title"/> names past the house he sits in and the party or district
    /// he sits for (النائب في برلمان الاقليم عن الحزب X فلان, النائب بمجلس نواب الشعب عن حركة X، فلان،): في and the house,
    /// or the house joined with ب, then عن and what he sits for, letter words only up to the name or the comma that opens it;
    /// the person and the word after him (past a closing comma), or null. Neither the house nor the party acted, and the
    /// name after the person is the object. A person right after عن (النائب في البرلمان عن فلان) is no seat's holder.
    /// </summary>
    private (Placed Person, int After)? MemberForSeat(Sentence s, int title)
    {
        int k = title + 1;
        if (k + 2 >= s.Words.Count) return null;
        if (s.Words[k].Key == "في") k++;
        else if (!SeatJoinedWithBa(s, k)) return null;
        int reach = Math.Min(s.Words.Count, title + MaxSeatAndPartyWords);
        int on = -1;
        for (int j = k; j < reach && on < 0; j++)
        {
            if (s.Words[j].Key == "عن" && j > k) on = j;
            else if (!s.Words[j].IsLetters || s.StartingAt(j) is { Entity.Type: EntityType.PER }) return null;
            else if (s.StartingAt(j) is { } house) j = house.Last;
        }
        if (on < 0) return null;
        for (int j = on + 1; j < s.Words.Count && j <= on + MaxPartyWords; j++)
        {
            if (s.Words[j].IsComma) return j > on + 1 ? NamedBetweenCommas(s, j) : null;
            if (!s.Words[j].IsLetters) return null;
            if (s.StartingAt(j) is not { } m) continue;
            if (m.Entity.Type == EntityType.PER) return j > on + 1 ? (m, m.Last + 1) : null;
            j = m.Last;
        }
        return null;
    }

    /// <summary>Whether word <paramref name="k"/> is a house joined with ب (بمجلس نواب الشعب, بالبرلمان): a body named there, or a body noun after the ب.</summary>
    private static bool SeatJoinedWithBa(Sentence s, int k)
    {
        string key = s.Words[k].Key;
        return key.Length > 3 && key[0] == 'ب' &&
               (s.StartingAt(k) is { Entity.Type: EntityType.ORG } || BodyNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key.AsSpan(1)));
    }

    private const int MaxMissedSeatWords = 3;

    /// <summary>
    /// A person named right after up to <see cref="MaxMissedSeatWords"/> unnamed words from <paramref name="p"/> (no
    /// punctuation or preposition among them) that open with a body noun (كتلة, حزب, لجنة), or null: اتهم الوزير في مؤتمر
    /// صحفي X has no seat, so X is the object, not the one who spoke.
    /// </summary>
    private Placed? HolderPastMissedSeat(Sentence s, int p)
    {
        if (p >= s.Words.Count || !BodyNouns.Contains(s.Words[p].Key)) return null;
        for (int q = p; q < s.Words.Count && q < p + MaxMissedSeatWords; q++)
        {
            if (!s.Words[q].IsLetters || Prepositions.Contains(s.Words[q].Key) || s.StartingAt(q) is not null) return null;
            if (q + 1 < s.Words.Count && s.StartingAt(q + 1) is { Entity.Type: EntityType.PER } person) return person;
        }
        return null;
    }

    /// <summary>Nouns of bodies a member or officer sits in (كتلة المستقبل, حزب الكتائب, لجنة الخارجية).</summary>
    private static readonly HashSet<string> BodyNouns = MatchKey.SetOf("كتلة", "الكتلة", "حزب", "الحزب", "لجنة", "اللجنة", "مجلس", "المجلس", "تيار", "التيار", "حركة", "الحركة",
        "جبهة", "الجبهة", "هيئة", "الهيئة", "اتحاد", "الاتحاد", "نقابة", "النقابة", "جمعية", "الجمعية", "وزارة", "الوزارة", "حكومة", "الحكومة", "ائتلاف", "الائتلاف", "تكتل", "التكتل",
        "البرلمان", "برلمان", "كتائب", "منظمة", "المنظمة", "مكتب", "المكتب");

    /// <summary>
    /// <see cref="PronounSpeaker"/>'s speaker: the last person or organisation (or, with <paramref name="owned"/> forces, a
    /// country) ending before word <paramref name="opener"/>, not right after a leader's word; default when none. A loop:
    /// as a lambda it made a closure at every call of <see cref="PronounSpeaker"/>, most of which return before it.
    /// </summary>
    private static Placed LastSpeakerBefore(Sentence s, int opener, bool owned)
    {
        for (int k = s.Mentions.Length - 1; k >= 0; k--)
        {
            var m = s.Mentions[k];
            if (m.Last < opener && (m.Entity.Type is EntityType.PER or EntityType.ORG || owned && m.Entity.Type == EntityType.LOC && !IsPlace(s, m)) &&
                !(m.First >= 1 && Leaders.Contains(s.Words[m.First - 1].Key))) return m;
        }
        return default;
    }
}
