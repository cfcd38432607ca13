using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Mentions;
using Hadath.Extraction.Text;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Quotes;

/// <summary>
/// Names the speaker found in the words between a cue and what was said (<c>وقال [وزير الخارجية الاميركي جون
/// كيري للصحافيين] ان</c>): the first person mentioned there, else the first organisation, else a place named
/// right after the cue (<c>اعلنت روسيا</c>); with no entity, the words themselves as an unnamed speaker
/// (<c>مسؤول اميركي</c>), cut before prepositions and times (<c>للصحافيين</c>, <c>الجمعة</c>).
/// </summary>
public sealed class SpeakerResolver
{
    private const int MaxUnnamedWords = 5;
    private const int MaxGenitiveWords = 3;

    private static readonly HashSet<string> StopKeys = new(new[]
    {
        "في", "خلال", "امام", "عقب", "بعد", "اثناء", "لدي", "عبر", "مساء", "صباح", "يوم", "امس", "اليوم", "ردا", "علي",
        "من", "الي", "مع", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "ايضا", "بدوره",
        "بدورها", "لوكاله", "لفرانس", "لوسائل", "لقناه", "لصحيفه", "لاذاعه", "لتلفزيون", "الذي", "التي", "وهو", "وهي",
        "الاسبوع", "الشهر", "العام", "السنه", "فجر", "ظهر", "ليل", "الليله", "غدا",
        // Parts of a period (اعلنت [مطلع الشهر الجاري] ان): a time, never who speaks.
        "مطلع", "اوائل", "اواخر", "اواسط", "منتصف", "بدايه", "نهايه", "قبل",
        // وكان وزير الدفاع [قد] قال: the particle before a pluperfect verb ends its subject.
        "قد", "لقد",
    }.Select(k => MatchKey.Of(k)));

    /// <summary>Indefinite nouns for one member of a body (ممثلة, مسؤول, مصدر) or its director (مدير مستشفى): the body after them is not who speaks.</summary>
    private static readonly HashSet<string> Representatives = new[]
    {
        "ممثل", "ممثلة", "مسؤول", "مسؤولة", "مصدر", "عضو", "قيادي", "ضابط", "دبلوماسي", "موظف", "مندوب", "مدير", "مديرة",
        // A spokesman of a body whose name is not given (وقال متحدث باسم الحشد الشعبي) is a person of it, not the body.
        "متحدث", "متحدثة", "المتحدث", "المتحدثة", "ناطق", "ناطقة", "الناطق", "الناطقة",
        // An agency's correspondent tells what he saw (وافاد مراسل سانا ان): he speaks, not the agency.
        "مراسل", "مراسلة",
    }.Select(k => MatchKey.Of(k)).ToHashSet();

    /// <summary>واشار البيان الى ان: the statement already cited, so its author is the previous speaker.</summary>
    private static readonly HashSet<string> Statements = new[] { "البيان", "بيانه", "بيانها" }.Select(k => MatchKey.Of(k)).ToHashSet();

    private readonly (TextSpan Span, Entity Entity)[] _mentions;
    private readonly string _text;

    public SpeakerResolver(AnalyzedDocument document)
    {
        _text = document.Text;
        // By start, mentions of equal start in entity order (the stable sort this was made with): a key of start and place.
        int count = 0;
        foreach (var e in document.Entities) count += e.Mentions.Length;
        _mentions = new (TextSpan, Entity)[count];
        var order = System.Buffers.ArrayPool<long>.Shared.Rent(count);
        int n = 0;
        foreach (var e in document.Entities)
        {
            foreach (var m in e.Mentions)
            {
                order[n] = ((long)m.Start << 32) | (uint)n;
                _mentions[n++] = (m.Span, e);
            }
        }
        Array.Sort(order, _mentions, 0, count);
        System.Buffers.ArrayPool<long>.Shared.Return(order);
    }

    public readonly record struct Speaker(string? Id, TextSpan? Span)
    {
        public bool IsKnown => Id is not null || Span is not null;
    }

    /// <summary>The speaker among <paramref name="words"/>[first, end), or an unknown one when the range is empty.</summary>
    public Speaker Resolve(IReadOnlyList<Word> words, int first, int end)
    {
        if (first >= end) return default;
        // Who speaks comes before whom they speak to or where: وقال مسؤول اميركي [لوكالة فرانس برس], وقال كيري [في مؤتمر مع لافروف].
        int stop = first;
        while (stop < end && Continues(words[stop]) && !(stop > first && (IsOpposite(words, first, stop) || IsAddressee(words, stop))) &&
               !WithholdsName(words, stop, end)) stop++;
        // الامين العام, مدير الامن العام: العام of a title is no year.
        while (stop < end && stop > first && words[stop].Key is "العام" && IsTitlesAam(words, stop, end))
        {
            stop++;
            while (stop < end && Continues(words[stop])) stop++;
        }
        // الامين العام للامم المتحدة انطونيو غوتيريش: a genitive with لل inside the title, the person's name right after it
        // or after the title's place (منسق الشؤون الانسانية للامم المتحدة في السودان [name]).
        if (stop < end && words[stop].Key.StartsWith("لل", StringComparison.Ordinal) && !StopKeys.Contains(words[stop].Key))
        {
            if (stop == first + 1 && Communiques.Contains(words[first].Key) && StatementOf(words[first], words[stop]) is { IsKnown: true } author) return author;
            if (PersonIn(words, stop + 1, Math.Min(end, stop + 1 + MaxGenitiveWords)) is { IsKnown: true } titled) return titled;
            if (NameAfterGenitive(words, stop, end) is { IsKnown: true } afterPlace) return afterPlace;
        }
        int limit = end;
        end = stop;
        if (first >= end) return default;
        var region = new TextSpan(words[first].Start, words[end - 1].End);
        (TextSpan Span, Entity Entity)? org = null, place = null, leader = null;
        foreach (var (span, entity) in _mentions)
        {
            if (span.Start < region.Start) continue;
            if (span.Start >= region.End) break;
            switch (entity.Type)
            {
                // المتحدث باسم قوات [حفتر] احمد المسماري: the leader of the forces speaks only when no one is named after him.
                case EntityType.PER when leader is null && PersonNames.AfterFollowersNoun(words, first, WordScanner.FirstAtOrAfter(words, span.Start)):
                    leader = (span, entity);
                    break;
                case EntityType.PER:
                    return new Speaker(entity.Id, span);
                case EntityType.ORG:
                    org ??= (span, entity);
                    break;
                case EntityType.LOC when span.Start <= words[first].End:
                    place ??= (span, entity);
                    break;
            }
        }
        if (leader is { } forces) return new Speaker(forces.Entity.Id, forces.Span);
        // رئيس بعثة اللجنة في اليمن يوهانس برور: a title's place, then the person who holds it.
        if (NameAfterPlace(words, stop, limit) is { IsKnown: true } holder) return holder;
        // والد العريس، ويدعى محمد طاهر،: a description, then the name it goes by.
        if (NameAfterNaming(words, stop, limit) is { IsKnown: true } named) return named;
        // الناطق باسم التنسيقية، محمد فلان، ان: a person's title, then the holder's name set off by commas, also past the
        // title's في phrase (المتحدث باسم نقابة العاملين في القطاع النفطي، [name]،).
        if (PersonRoles.Contains(words[first].Key) && !SpeaksForPerson(words, first, stop) &&
            NameInCommas(words, PastPlacePhrase(words, stop, limit), limit) is { IsKnown: true } apposed) return apposed;
        // ممثلة صندوق النقد, مسؤول في الوزارة: someone of the organisation speaks, not the organisation.
        if (org is not null && Representatives.Contains(words[first].Key)) return Unnamed(words, first, end);
        if ((org ?? place) is { } other) return new Speaker(other.Entity.Id, other.Span);
        if (BodyNamedBefore(words, first, end) is { IsKnown: true } body) return body;
        return Unnamed(words, first, end);
    }

    /// <summary>
    /// A body the story named before, told again by its definite head word alone or after a noun of its parts
    /// (واوضح [المكتب] after مكتب الامم المتحدة …, وقالت [قيادة الجيش] after الجيش اللبناني): the latest organisation
    /// mentioned before whose first word is that head (with or without ال), or whose mention follows it when it is
    /// an organ or the kind of a body (مكتب [الامم المتحدة], شبكة [سي ان ان]; not محافظ [البنك المركزي]). The speaker's words stay those of the cue. Unknown for a person's title (قائد الجيش).
    /// </summary>
    private Speaker BodyNamedBefore(IReadOnlyList<Word> words, int first, int end)
    {
        int n = end - first;
        if (n is < 1 or > 2) return default;
        var head = words[end - 1];
        if (!head.IsLetters || head.Key.Length < 5 || !head.Key.StartsWith("ال", StringComparison.Ordinal) || Statements.Contains(head.Key)) return default;
        var opener = words[first];
        if (n == 2 && !BodyParts.Contains(opener.Key)) return default;
        if (n == 1 && PersonRoles.Contains(head.Key)) return default;
        string stem = head.Key[2..];
        // محافظ [البنك المركزي] … وقال المحافظ: the word before a body's name is a body's organ (مكتب), never a title.
        bool organ = BodyParts.Contains(stem) || BodyKinds.Contains(stem);
        return LatestBody(opener.Start, stem, organ) is { } body ? new Speaker(body.Id, new TextSpan(opener.Start, head.End)) : default;
    }

    /// <summary>
    /// The latest organisation mentioned before <paramref name="before"/> whose name opens with <paramref name="stem"/>,
    /// with or without ال, or, when <paramref name="organ"/>, whose mention follows that word (مكتب [الامم المتحدة]); or null.
    /// </summary>
    private Entity? LatestBody(int before, string stem, bool organ)
    {
        Entity? found = null;
        string definite = "ال" + stem;
        foreach (var (span, entity) in _mentions)
        {
            if (span.Start >= before) break;
            if (entity.Type != EntityType.ORG) continue;
            string opening = MatchKey.Of(FirstWord(_text.AsSpan(span.Start, span.Length)));
            if (opening == definite || opening == stem || (organ && MatchKey.Of(LastWord(_text.AsSpan(0, span.Start))) == stem)) found = entity;
        }
        return found;
    }

    /// <summary>A body's communiqué (وقال بلاغ للتنسيقية ان): its author is the body after لل.</summary>
    private static readonly HashSet<string> Communiques = MatchKey.SetOf("بلاغ", "بيان", "تقرير");

    /// <summary>
    /// The author of a communiqué told by the body after لل (بلاغ [للتنسيقية]): the latest organisation named before whose
    /// name opens with that word (التنسيقية الوطنية للاساتذة …), or unknown; the speaker's words are the communiqué's.
    /// </summary>
    private Speaker StatementOf(Word communique, Word body) =>
        LatestBody(communique.Start, body.Key[2..], organ: false) is { } author ? new Speaker(author.Id, new TextSpan(communique.Start, body.End)) : default;

    /// <summary>
    /// True when a mention opens right after the ل of the word at <paramref name="at"/> (لهسبريس, لشفق نيوز): whom the
    /// speaker tells, which ends who speaks (وقال احد منظمي المسيرة [لهسبريس] ان); after a communiqué the ل names its
    /// author (وذكر بيان [لوزارة الدفاع] ان).
    /// </summary>
    private bool IsAddressee(IReadOnlyList<Word> words, int at)
    {
        var word = words[at];
        if (word.Key.Length < 3 || word.Key[0] != 'ل' || Communiques.Contains(words[at - 1].Key)) return false;
        foreach (var (span, _) in _mentions)
        {
            if (span.Start > word.Start + 1) break;
            if (span.Start == word.Start + 1) return true;
        }
        return false;
    }

    /// <summary>Nouns of a body's organs and words (قيادة الجيش, بيان الشبكة) that speak for the body; a person's title (مديرة المتحف) does not.</summary>
    private static readonly HashSet<string> BodyParts = new[]
    {
        "قيادة", "ادارة", "رئاسة", "امانة", "مكتب", "مجلس", "هيئة", "لجنة", "بعثة", "مقر", "بيان", "تقرير",
    }.Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Kinds of body a name follows (شبكة [سي ان ان], صحيفة [نيويورك تايمز]), which stand for it when definite.</summary>
    private static readonly HashSet<string> BodyKinds = new[]
    {
        "شبكة", "صحيفة", "مجلة", "وكالة", "قناة", "اذاعة", "موقع", "منظمة", "جمعية", "حركة", "جماعة", "حزب", "شركة", "مؤسسة",
        "وزارة", "مفوضية", "محكمة", "جامعة", "صندوق", "بنك",
    }.Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s)
    {
        int end = 0;
        while (end < s.Length && char.IsLetter(s[end])) end++;
        return s[..end];
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> s)
    {
        int end = s.Length;
        while (end > 0 && char.IsWhiteSpace(s[end - 1])) end--;
        int start = end;
        while (start > 0 && char.IsLetter(s[start - 1])) start--;
        return s[start..end];
    }

    /// <summary>
    /// The subject of a sentence that opens with a verb and a person's title (ودان [وزير الخارجية الاميركي …] الهجوم،
    /// مؤكدا ان), as the cue's speaker when no entity names them: the title's words, so the speaker is not left blank
    /// nor taken from an earlier sentence.
    /// </summary>
    public static Speaker TitledSubject(IReadOnlyList<Word> words, int cue)
    {
        if (cue < 3 || !words[0].IsLetters || !PersonRoles.Contains(words[1].Key)) return default;
        // The title runs as a construct chain (رئيس حكومة اقليم كردستان) and then its definite words (الخارجية الاميركي); the
        // first indefinite word after a definite one is the verb's object or a name (وربط الرئيس [بين], ودان الوزير [انتوني]).
        int last = 1;
        bool definite = IsDefinite(words[1]);
        while (last + 1 < cue && last < MaxUnnamedWords && words[last + 1].IsLetters && !IsStop(words[last + 1]))
        {
            var next = words[last + 1];
            if (definite && !IsDefinite(next) && next.Key != "باسم") break;
            definite |= IsDefinite(next);
            last++;
        }
        // ودان الوزير الاميركي [الهجوم]، مؤكدا: words running up to the comma end with the verb's object (كان has none).
        if (last > 1 && last + 1 < cue && words[last + 1].Kind == WordKind.Punctuation && !Copulas.Contains(words[0].Key)) last--;
        // One sentence only: a quote's full stop the splitter kept inside (…"غير مقبولة بالمرة". وكندا …) ends the subject's reach.
        for (int k = last + 1; k < cue; k++)
        {
            if (words[k].Kind == WordKind.Punctuation && words[k].Key.AsSpan().IndexOfAny(".؟!") >= 0) return default;
        }
        return new Speaker(null, new TextSpan(words[1].Start, words[last].End));
    }

    /// <summary>Words that may open a sentence before its subject (لكن عائلات … قالت).</summary>
    private static readonly HashSet<string> SubjectLeads = new[] { "لكن", "ولكن", "غير ان", "بينما", "فيما" }.Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    private const int MaxPeopleWords = 5;

    /// <summary>
    /// An indefinite noun of people opening the sentence (past لكن or فيما), with the words that place them, right before
    /// the cue at <paramref name="cue"/> and no mark between (لكن [عائلات في المخيم] قالت ان, و[لاجئون في المخيم] قالوا):
    /// unnamed people speak. Unknown otherwise.
    /// </summary>
    public Speaker PeopleOpening(IReadOnlyList<Word> words, int cue)
    {
        int first = words.Count > 0 && SubjectLeads.Contains(words[0].Key) ? 1 : 0;
        if (cue <= first || cue - first > MaxPeopleWords) return default;
        var head = words[first];
        if (!head.IsLetters || IsDefinite(head) || CountLexicon.Shared.NounKind(_text, head) is null) return default;
        for (int k = first + 1; k < cue; k++)
        {
            if (!words[k].IsLetters) return default;
        }
        return new Speaker(null, new TextSpan(head.Start, words[cue - 1].End));
    }

    private static readonly HashSet<string> Copulas = new[] { "كان", "وكان", "كانت", "وكانت" }.Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    private static bool IsDefinite(Word word) => word.Key.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>
    /// A word that goes on the speaker's words: no stop, or a stop word that opens a person's name (صباح in صباح
    /// هورامي, علي in علي نور; a morning or a preposition elsewhere). A name after لل (تأييده للشاهد) is whom the
    /// subject addresses, and still ends the speaker's words.
    /// </summary>
    private bool Continues(Word word) => !IsStop(word) || (StopKeys.Contains(word.Key) && PersonAt(word).IsKnown);

    /// <summary>
    /// True when العام at <paramref name="at"/> belongs to the title (الامين العام; after any definite word, الامن العام,
    /// المستشفى العام) rather than telling when (اعلنت الحكومة العام الماضي).
    /// </summary>
    private static bool IsTitlesAam(IReadOnlyList<Word> words, int at, int end)
    {
        if (GeneralTitles.Contains(words[at - 1].Key)) return true;
        bool period = at + 1 < end && TimeLexicon.Shared.IsDirection(words[at + 1].Key);
        return IsDefinite(words[at - 1]) && !period;
    }

    /// <summary>
    /// The holder named after a title's genitive with لل and its place (للامم المتحدة لشؤون اللاجئين في لبنان [name]):
    /// up to <see cref="MaxGenitiveWords"/> words of the genitive, then في as <see cref="NameAfterPlace"/> reads it.
    /// </summary>
    private Speaker NameAfterGenitive(IReadOnlyList<Word> words, int genitive, int end)
    {
        int k = genitive + 1;
        while (k < end && k <= genitive + MaxGenitiveWords && words[k].IsLetters && words[k].Key != "في") k++;
        return k < end && words[k].Key == "في" ? NameAfterPlace(words, k, end) : default;
    }

    /// <summary>Military and police ranks, which stand right before a holder's name (العميد خالد سعيد).</summary>
    private static readonly HashSet<string> Ranks = MatchKey.SetOf(
        "اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرائد", "النقيب", "المشير", "الملازم");

    private const int MaxPlaceWords = 4;

    /// <summary>
    /// The person named right after في and a place that close a title (مدير المكتب في سوريا [فلان]), or unknown: only a
    /// name that follows the place at once, so one met later (في مؤتمر مع نظيره) is not taken for the speaker.
    /// </summary>
    private Speaker NameAfterPlace(IReadOnlyList<Word> words, int at, int end)
    {
        if (at + 2 >= end || words[at].Key != "في") return default;
        int placeEnd = -1;
        foreach (var (span, entity) in _mentions)
        {
            if (span.Start > words[at + 1].Start) break;
            if (span.Start == words[at + 1].Start && entity.Type == EntityType.LOC) placeEnd = span.End;
        }
        if (placeEnd < 0) return NameAfterRank(words, at, end) is { IsKnown: true } ranked ? ranked : NameAfterBody(words, at, end);
        int next = at + 1;
        while (next < end && words[next].Start < placeEnd) next++;
        return next < end ? PersonAt(words[next]) : default;
    }

    /// <summary>
    /// The person named after في, a few words of a place no entity names and a rank (في المنطقة الاولى اللواء [name]):
    /// the rank says the name is the title's holder, not someone the place phrase mentions (في مكتب رئيس الوزراء [name]).
    /// </summary>
    private Speaker NameAfterRank(IReadOnlyList<Word> words, int at, int end)
    {
        for (int k = at + 1; k + 1 < end && k <= at + MaxPlaceWords && !IsStop(words[k]); k++)
        {
            if (Ranks.Contains(words[k].Key)) return PersonAt(words[k + 1]);
        }
        return default;
    }

    /// <summary>
    /// The person named right after في and one or two definite words of a body no entity names (الناشط في الحراك [name]),
    /// or unknown: the name that follows them at once holds the title.
    /// </summary>
    private Speaker NameAfterBody(IReadOnlyList<Word> words, int at, int end)
    {
        for (int k = at + 1; k + 1 < end && k <= at + 2 && IsDefinite(words[k]) && !IsStop(words[k]); k++)
        {
            if (PersonAt(words[k + 1]) is { IsKnown: true } holder) return holder;
        }
        return default;
    }

    /// <summary>The person whose mention opens at <paramref name="word"/>, or unknown.</summary>
    private Speaker PersonAt(Word word)
    {
        foreach (var (span, entity) in _mentions)
        {
            if (span.Start > word.Start) break;
            if (span.Start == word.Start && entity.Type == EntityType.PER) return new Speaker(entity.Id, span);
        }
        return default;
    }

    /// <summary>Words that give the name a described speaker goes by (، ويدعى …).</summary>
    private static readonly HashSet<string> Naming = new[] { "يدعى", "ويدعى", "ويدعي", "يدعي", "ويسمى", "يسمى" }
        .Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The person named right after a comma and ويدعى that close a description (والد العريس، ويدعى محمد طاهر), or unknown.</summary>
    private Speaker NameAfterNaming(IReadOnlyList<Word> words, int at, int end)
    {
        if (at + 2 >= end || words[at].Key is not ("،" or ",") || !Naming.Contains(words[at + 1].Key)) return default;
        foreach (var (span, entity) in _mentions)
        {
            if (span.Start > words[at + 2].Start) break;
            if (span.Start == words[at + 2].Start && entity.Type == EntityType.PER) return new Speaker(entity.Id, span);
        }
        return default;
    }

    /// <summary>
    /// True when the title speaks for a person (المتحدث باسم [الرئيس] التركي، فلان،): the name after it is that
    /// person's, not the spokesman's.
    /// </summary>
    private static bool SpeaksForPerson(IReadOnlyList<Word> words, int first, int end)
    {
        for (int k = first; k + 1 < end; k++)
        {
            if (words[k].Key != "باسم") continue;
            string title = words[k + 1].Key;
            if (PersonRoles.Contains(title) || (IsDefinite(words[k + 1]) && PersonRoles.Contains(title[2..]))) return true;
        }
        return false;
    }

    /// <summary>The comma that closes a title's في phrase at <paramref name="at"/> (في القطاع النفطي،), or <paramref name="at"/> itself.</summary>
    private static int PastPlacePhrase(IReadOnlyList<Word> words, int at, int end)
    {
        if (at >= end || words[at].Key != "في") return at;
        for (int k = at + 1; k < end && k <= at + 1 + MaxPlaceWords; k++)
        {
            if (words[k].IsComma) return k;
            if (!words[k].IsLetters) break;
        }
        return at;
    }

    /// <summary>
    /// The person named between the comma at <paramref name="at"/> and another one, after a rank or not (، [العميد]
    /// فلان،), or unknown: a name closed by a comma stands beside the title before it, not in a clause of its own.
    /// </summary>
    private Speaker NameInCommas(IReadOnlyList<Word> words, int at, int end)
    {
        if (at + 2 >= end || !words[at].IsComma) return default;
        int next = Ranks.Contains(words[at + 1].Key) ? at + 2 : at + 1;
        var name = PersonAt(words[next]);
        if (name.Span is not { } span) return default;
        while (next < end && words[next].Start < span.End) next++;
        return next < end && words[next].IsComma ? name : default;
    }

    /// <summary>A person named among <paramref name="words"/>[first, end), for subjects before their verb (وكان كيري قال).</summary>
    public Speaker PersonIn(IReadOnlyList<Word> words, int first, int end)
    {
        if (first >= end) return default;
        foreach (var (span, entity) in _mentions)
        {
            if (span.Start < words[first].Start) continue;
            if (span.Start >= words[end - 1].End) break;
            if (entity.Type == EntityType.PER) return new Speaker(entity.Id, span);
        }
        return default;
    }

    /// <summary>The person or organisation whose mention ends with <paramref name="word"/>, or unknown.</summary>
    public Speaker SubjectEndingAt(Word word)
    {
        foreach (var (span, entity) in _mentions)
        {
            if (span.Start >= word.End) break;
            if (span.End == word.End && entity.Type is EntityType.PER or EntityType.ORG) return new Speaker(entity.Id, span);
        }
        return default;
    }

    /// <summary>The first person or organisation among <paramref name="words"/>[first, end) that is not a place's title, for a sentence's subject.</summary>
    public Speaker SubjectIn(IReadOnlyList<Word> words, int first, int end)
    {
        if (first >= end) return default;
        foreach (var (span, entity) in _mentions)
        {
            if (span.Start < words[first].Start) continue;
            if (span.Start >= words[end - 1].End) break;
            if (entity.Type is EntityType.PER or EntityType.ORG) return new Speaker(entity.Id, span);
        }
        return default;
    }

    private static readonly HashSet<string> GeneralTitles = new[] { "الامين", "امين", "المدعي", "النائب", "المدير", "مدير", "المراقب" }
        .Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words that bring in a body's leader (تحالف سائرون بزعامة مقتدى الصدر): the body speaks, not its leader.</summary>
    private static readonly HashSet<string> Leaders = new[] { "بزعامة", "بقيادة", "برئاسة" }.Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A leader word after a body's name, unless a person's title opens the subject (المتحدث باسم التحالف بقيادة السعودية العقيد تركي المالكي).</summary>
    // No person before the leader word: a body the tagger does not know (تحالف سائرون بزعامة …) speaks too, not its leader.
    private bool IsOpposite(IReadOnlyList<Word> words, int first, int at) =>
        Leaders.Contains(words[at].Key) && !PersonRoles.Contains(words[first].Key) && !_mentions.Any(m => m.Entity.Type == EntityType.PER &&
            m.Span.Start >= words[first].Start && m.Span.End <= words[at].Start);

    private static readonly HashSet<string> PersonRoles = new[]
    {
        "المتحدث", "متحدث", "الناطق", "ناطق", "رئيس", "الرئيس", "مسؤول", "المسؤول", "النائب", "نائب", "عضو", "قائد", "زعيم", "وزير",
    }.Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The speaker's own name or identity, as kept back (طلب عدم كشف اسمه, رفض الكشف عن هويته).</summary>
    private static readonly HashSet<string> WithheldNames = new[]
    {
        "اسمه", "اسمها", "اسمهم", "اسمهما", "اسمائهم", "هويته", "هويتها", "هويتهم", "هويتهما", "هوياتهم",
    }.Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words that open the clause keeping a speaker's name back (مسؤول [طلب عدم كشف اسمه], مصدر [لم يشأ الكشف عن هويته]).</summary>
    private static readonly HashSet<string> Withholding = new[]
    {
        "طلب", "طلبت", "طالبا", "طالبة", "رفض", "رفضت", "رافضا", "رافضة", "فضل", "فضلت", "مفضلا", "مفضلة", "اشترط", "اشترطت",
        "مشترطا", "مشترطة", "لم", "شرط", "شريطة",
    }.Select(k => MatchKey.Of(k)).ToHashSet(StringComparer.Ordinal);

    private const int MaxWithholdingWords = 4;

    /// <summary>True when the word at <paramref name="at"/> opens a clause that keeps the speaker's name back: the speaker ends before it.</summary>
    private static bool WithholdsName(IReadOnlyList<Word> words, int at, int end)
    {
        if (!Withholding.Contains(words[at].Key)) return false;
        for (int k = at + 1; k < end && k <= at + MaxWithholdingWords; k++)
        {
            if (WithheldNames.Contains(words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>True when the cue at <paramref name="cue"/> reveals a name kept back (كشف اسمه, كشف عن هويته): no speech follows it.</summary>
    public static bool RevealsWithheldName(IReadOnlyList<Word> words, int cue)
    {
        int next = cue + 1;
        if (next < words.Count && words[next].Key == "عن") next++;
        return next < words.Count && WithheldNames.Contains(words[next].Key);
    }

    private static bool IsStop(Word word) =>
        !word.IsLetters || StopKeys.Contains(word.Key) || word.Key.StartsWith("لل", StringComparison.Ordinal);

    /// <summary>How far before a cue the statement it cites may have been named (بيان صادر عن X), in characters.</summary>
    private const int StatementReach = 400;

    /// <summary>
    /// The author of the statement البيان cites (وأوضح البيان أن), when the latest statement named before it came with its
    /// author after صادر عن, عن or ل (وفق ما أفاد بيان صادر عن المديرية, بحسب بيان لوزارة الخارجية), or was given by the
    /// body named before في بيانها (ودانت الوزارة في بيانها …): that body or person; unknown otherwise, so the previous
    /// speaker goes on.
    /// </summary>
    public Speaker CitedStatementAuthor(int cue)
    {
        int from = Math.Max(0, cue - StatementReach);
        int at = _text.LastIndexOf("بيان", cue, cue - from, StringComparison.Ordinal);
        if (at < 0) return default;
        int after = at + "بيان".Length;
        if (GiverBefore(at, after) is { } giver) return giver;
        foreach (var lead in StatementAuthorLeads)
        {
            if (string.CompareOrdinal(_text, after, lead, 0, lead.Length) != 0) continue;
            int name = after + lead.Length;
            foreach (var (span, entity) in _mentions)
            {
                if (span.Start > name) break;
                if (span.Start == name && entity.Type is EntityType.ORG or EntityType.PER) return new Speaker(entity.Id, span);
            }
        }
        return default;
    }

    private static readonly string[] StatementAuthorLeads = { " صادر عن ", " صادر من ", " عن ", " ل" };

    /// <summary>The pronouns a statement given in its author's words carries (في بيانها, في بيانه).</summary>
    private static readonly string[] GiverPronouns = { "ها", "ه", "هم", "" };

    /// <summary>How far before في بيانها the body that gave it may be named, in characters (ودانت وزارة الخارجية الجزائرية امس في بيانها).</summary>
    private const int GiverReach = 80;

    /// <summary>
    /// The body or person named last before في بيان (its pronoun on it or none) at <paramref name="at"/>, in the same
    /// sentence and within <see cref="GiverReach"/>: ودانت الوزارة في بيانها … gave the statement; null when no في stands
    /// before it or no one is named there.
    /// </summary>
    private Speaker? GiverBefore(int at, int after)
    {
        const string In = "في ";
        if (at < In.Length + 1 || string.CompareOrdinal(_text, at - In.Length, In, 0, In.Length) != 0 || _text[at - In.Length - 1] != ' ') return null;
        int end = after;
        foreach (var pronoun in GiverPronouns)
        {
            if (string.CompareOrdinal(_text, after, pronoun, 0, pronoun.Length) != 0) continue;
            end = after + pronoun.Length;
            break;
        }
        if (end < _text.Length && char.IsLetter(_text[end])) return null;   // بيانات, بيانين: other words
        int from = Math.Max(0, at - GiverReach);
        int stop = _text.LastIndexOfAny(SentenceEnds, at - 1, at - from);
        if (stop >= from) from = stop + 1;
        Speaker? giver = null;
        foreach (var (span, entity) in _mentions)
        {
            if (span.Start >= at) break;
            if (span.Start >= from && entity.Type is EntityType.ORG or EntityType.PER) giver = new Speaker(entity.Id, span);
        }
        return giver;
    }

    private static readonly char[] SentenceEnds = { '.', '\n', '؟', '!' };

    private static Speaker Unnamed(IReadOnlyList<Word> words, int first, int end)
    {
        if (end - first == 1 && Statements.Contains(words[first].Key)) return default;
        int last = first;
        while (last < end && last - first < MaxUnnamedWords && !IsStop(words[last])) last++;
        return last == first ? default : new Speaker(null, new TextSpan(words[first].Start, words[last - 1].End));
    }
}
