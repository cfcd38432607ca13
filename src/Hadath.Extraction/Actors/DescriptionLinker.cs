using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Actors;

/// <summary>
/// Within-story coreference without pronouns: what a wire story says of an entity instead of its name becomes a
/// mention of it.
/// <list type="bullet">
/// <item>A person's title with a nationality and no name after it (نظيره الروسي, الوزير الاميركي, وزير الخارجية
/// المصري) names the one person of that country whose own title fits: same role word (وزير, رئيس…) and the same
/// portfolio when both say one. نظيره takes the title of the sentence's first titled person (his counterpart).</item>
/// <item>العاصمة + nationality (العاصمة التونسية) is the dateline's city when it is in that country; bare العاصمة is the
/// dateline's city when it is a state's capital (<c>Lexicons/states.tsv</c>).</item>
/// <item>Bare المملكة is the one kingdom the story names (الاردن, السعودية, المغرب, البحرين); with two named, neither.</item>
/// <item>A category noun that introduced a name (مدينة الرمادي, حي الكرادة, تنظيم الدولة الاسلامية) used later
/// with the article and no name (المدينة, الحي, التنظيم المتطرف) is the latest such entity before it.</item>
/// </list>
/// Only person titles link to persons: الخارجية الاميركية is a ministry, not the minister.
/// </summary>
public sealed class DescriptionLinker
{
    private const int MaxTitleWords = 6;
    private const int MaxPortfolioWords = 2;

    /// <summary>Role words that denote one person (not an institution), as <see cref="NameKey.Word"/> keys.</summary>
    private static readonly HashSet<string> PersonRoles = Keys(
        "وزير", "وزيرة", "رئيس", "رئيسة", "نائب", "متحدث", "ناطق", "سفير", "سفيرة", "ملك", "امير", "مستشار", "مستشارة",
        "نظير", "نظيرها", "نظيرته", "مسؤول", "دبلوماسي", "عاهل", "زعيم", "قائد", "مبعوث", "ممثل", "مندوب",
        // the governor of an Algerian or Moroccan wilaya (والي ورقلة، X … وكان الوالي قد التقى: the one governor named
        // before); not محافظ, whose key is also that of المحافظة (the governorate) read with a final ه
        "والي");

    private static readonly HashSet<string> Counterparts = Keys("نظير", "نظيرها", "نظيرته");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CounterpartLookup = Counterparts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a <see cref="NameKey"/> word key is a counterpart word (نظيره, نظيرها, نظيرته): another office holder's.</summary>
    internal static bool IsCounterpart(ReadOnlySpan<char> key) => CounterpartLookup.Contains(key);

    /// <summary>Nouns that introduce a name (مدينة X) and stand for it later with the article (المدينة), with the type they name.</summary>
    private static readonly Dictionary<string, EntityType> Categories = new[]
    {
        ("مدينة", EntityType.LOC), ("بلدة", EntityType.LOC), ("حي", EntityType.LOC), ("قرية", EntityType.LOC), ("محافظة", EntityType.LOC),
        ("ولاية", EntityType.LOC), ("مخيم", EntityType.LOC), ("مضيق", EntityType.LOC),
        // Districts and regions (قضاء الحويجة … القضاء, ناحية البغدادي, اقليم كردستان, قطاع غزة); with an adjective after
        // it the noun is another thing (القضاء العراقي: the judiciary; من الناحية الانسانية: an aspect).
        ("قضاء", EntityType.LOC), ("ناحية", EntityType.LOC), ("اقليم", EntityType.LOC), ("قطاع", EntityType.LOC),
        ("تنظيم", EntityType.ORG), ("حركة", EntityType.ORG), ("جماعة", EntityType.ORG),
        ("حزب", EntityType.ORG), ("جبهة", EntityType.ORG), ("شركة", EntityType.ORG), ("وزارة", EntityType.ORG), ("مديرية", EntityType.ORG),
        ("دائرة", EntityType.ORG), ("محكمة", EntityType.ORG), ("مفوضية", EntityType.ORG), ("منظمة", EntityType.ORG), ("وكالة", EntityType.ORG),
        ("مؤسسة", EntityType.ORG), ("مجلس", EntityType.ORG), ("تحالف", EntityType.ORG), ("ائتلاف", EntityType.ORG), ("تجمع", EntityType.ORG),
        ("لجنة", EntityType.ORG), ("اتحاد", EntityType.ORG), ("جمعية", EntityType.ORG), ("مكتب", EntityType.ORG),
        ("تنسيقية", EntityType.ORG), ("نقابة", EntityType.ORG), ("قيادة", EntityType.ORG), ("مرصد", EntityType.ORG), ("مستشفى", EntityType.ORG),
        // A clash story names its army and a militia in full once (الجيش العراقي, مليشيا الحوثي), then by the bare noun.
        ("جيش", EntityType.ORG), ("مليشيا", EntityType.ORG), ("ميليشيا", EntityType.ORG),
        // and its units by their noun (كتيبة ثوار الجبل … الكتيبة, لواء البادية السابع … مقاتلو اللواء).
        ("كتيبة", EntityType.ORG), ("لواء", EntityType.ORG), ("فوج", EntityType.ORG),
        // Aid bodies a refugee story names in full once and then by their head (برنامج الاغذية العالمي … البرنامج,
        // الهيئة الخيرية الاردنية الهاشمية … الهيئة): only a name they open (HeadsOnlyOwnName).
        ("برنامج", EntityType.ORG), ("هيئة", EntityType.ORG),
    }.ToDictionary(x => NameKey.Word(x.Item1), x => x.Item2, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonRoleLookup = PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> CategoryLookup = Categories.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// How role and category keys end. A reading of a word is the word with clitics cut from its front, and its name
    /// key ends where the word does or one ه before: a word that ends as no key is neither, and its readings are not
    /// fetched (most words of a story are no title or category). Every key has two letters or more.
    /// </summary>
    private static readonly KeyEnds RoleAndCategoryEnds = new(PersonRoles.Concat(Categories.Keys));

    /// <summary>
    /// The same by the last three letters (or two, for حي): a key is a word's reading less at most its article and a final
    /// ه, so it ends where the word ends or one ه before. Tested first: far fewer words end as a key does by three letters.
    /// </summary>
    private static readonly KeyTails RoleAndCategoryTails = new(PersonRoles.Concat(Categories.Keys));

    /// <summary>False when no reading of the letter word with match key <paramref name="key"/> is a role or category noun.</summary>
    internal static bool MayBeRoleOrCategory(string key) =>
        (RoleAndCategoryTails.MayEnd(key) || (key.Length >= 3 && key[^1] == 'ه' && RoleAndCategoryTails.MayEnd(key.AsSpan(0, key.Length - 1)))) &&
        (RoleAndCategoryEnds.MayEnd(key) || (key.Length >= 3 && key[^1] == 'ه' && RoleAndCategoryEnds.MayEnd(key.AsSpan(0, key.Length - 1)))) &&
        (RoleAndCategoryReadings.MayReadAny(key) || (key.Length >= 3 && key[^1] == 'ه' && RoleAndCategoryReadings.MayReadAny(key.AsSpan(0, key.Length - 1))));

    /// <summary>Then whether some reading's name key (or the key less a pronoun ه) may be a role or category by its shape: many words end as one does.</summary>
    private static readonly ReadingPrefilter RoleAndCategoryReadings = new(PersonRoles.Concat(Categories.Keys), nameKeys: true);

    /// <summary>Words that never extend a description as its adjective (المدينة الاثنين).</summary>
    private static readonly HashSet<string> NotAdjectives = new[]
    {
        "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "المقبل", "الحالي", "الذي", "التي",
    }.Select(w => MatchKey.Of(w)).ToHashSet();

    /// <summary>
    /// Adjectives that say what kind of body it is (المنظمة الحقوقية, المنظمة الدولية): they describe the body named
    /// before, where another nisba adjective makes another name (الحزب الاشتراكي).
    /// </summary>
    private static readonly HashSet<string> BodyAdjectives = new[] { "الدولية", "الحقوقية", "الاممية", "الانسانية", "الاغاثية", "الخيرية" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    private readonly ActorLexicon _lexicon;

    public DescriptionLinker(ActorLexicon lexicon) => _lexicon = lexicon;

    private readonly record struct Title(string Head, string? Portfolio)
    {
        /// <summary>رئيس الجمهورية is the president (no portfolio); رئيس الحكومة is رئيس الوزراء.</summary>
        public static Title Of(string head, string? portfolio) =>
            new(head, portfolio == Republic ? null : portfolio == Government ? Cabinet : portfolio);
    }

    private static readonly string Republic = NameKey.Word("الجمهورية");
    private static readonly string Government = NameKey.Word("الحكومة");
    private static readonly string Cabinet = NameKey.Word("الوزراء");

    public List<Entity> Link(string text, List<Entity> entities, IReadOnlyList<Word> words, IReadOnlyList<Sentence> sentences) =>
        Link(text, entities, WordScanner.AsSpan(words), sentences);

    /// <summary>
    /// <see cref="Link(string, List{Entity}, IReadOnlyList{Word}, IReadOnlyList{Sentence})"/> on the words in place: the
    /// loop and its tests read every word of the story, and each read through the list's interface was a dispatch and a copy.
    /// </summary>
    private List<Entity> Link(string text, List<Entity> entities, ReadOnlySpan<Word> words, IReadOnlyList<Sentence> sentences)
    {
        var scratch = t_scratch ??= new Scratch();
        var taken = MentionSpans(entities, type: null, scratch.Taken);
        var added = Emptied(scratch.Added);
        var titles = PersonTitles(text, entities, words, sentences, scratch);
        var introduced = Introductions(text, entities, words, Emptied(scratch.Introduced));
        // Every word is checked against every mention: the mentions found before the loop are searched, not scanned.
        var named = scratch.Cover;
        named.Reset(taken);
        var linked = Emptied(scratch.Linked);
        // The furthest end of the links found: a word starting there or after overlaps none of them (most words).
        int linkedEnd = int.MinValue;
        for (int i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (!word.IsLetters || named.OverlapsNext(word.Span) || (word.Start < linkedEnd && AnyOverlaps(linked, word.Span))) continue;
            Found? link;
            if (MayBeRoleOrCategory(word.Key))
            {
                // Read once for both the title and the description test (each lookup by word is a search of the document's words).
                var readings = Proclitics.ReadingsOf(text, word);
                link = PersonTitle(entities, words, i, readings, titles, sentences) ?? CapitalOrKingdom(text, entities, words, i) ??
                       Description(words, i, readings, introduced, entities, sentences);
            }
            else
            {
                link = CapitalOrKingdom(text, entities, words, i);
            }
            if (link is not { } found || AnyOverlaps(taken, found.Span)) continue;
            // A title before its name (الوزير الاميركي جون كيري); an institution before a person (المتحدث باسم الوزارة ايغور كوناشنكوف) is still one.
            // واتهمت التنسيقية وزارة التربية: a body's noun before a body named by its own head noun is the subject, and that
            // body its object; no apposition.
            if (found.EndWord < words.Length && NamedSameTypeAt(entities, entities[found.Entity].Type, words[found.EndWord].Start) &&
                !(entities[found.Entity].Type == EntityType.ORG && (OpensBody(words[found.EndWord]) || OpensOtherDefiniteBody(words[found.EndWord], words[i])))) continue;
            // الرئيس التركي، رجب طيب اردوغان: so with a comma setting the name off from its title.
            if (entities[found.Entity].Type == EntityType.PER && found.EndWord + 1 < words.Length && words[found.EndWord].IsComma &&
                NamedSameTypeAt(entities, EntityType.PER, words[found.EndWord + 1].Start)) continue;
            // المبعوث الاممي الى السودان رمطان لعمامرة: so past where the office sits or goes.
            if (entities[found.Entity].Type == EntityType.PER && PastSeat(entities, words, found.EndWord) is { } holder && holder < words.Length &&
                NamedSameTypeAt(entities, EntityType.PER, words[holder].Start)) continue;
            added.Add((found.Entity, found.Span));
            taken.Add(found.Span);
            linked.Add(found.Span);
            linkedEnd = Math.Max(linkedEnd, found.Span.End);
            i = found.EndWord - 1;
        }
        // Each entity linked takes its new mentions in the order found, then all its mentions are sorted by start.
        for (int a = 0; a < added.Count; a++)
        {
            int entity = added[a].Entity;
            if (AddedBefore(added, a, entity)) continue;
            var mentions = ImmutableArray.CreateBuilder<Mention>();
            mentions.AddRange(entities[entity].Mentions);
            for (int b = a; b < added.Count; b++)
            {
                if (added[b].Entity == entity) mentions.Add(new Mention(added[b].Span));
            }
            entities[entity] = entities[entity] with { Mentions = mentions.ToImmutable().Sort(ByStart) };
        }
        return entities;
    }

    private readonly record struct Found(int Entity, TextSpan Span, int EndWord);

    /// <summary>
    /// The lists, the title table and the span cover one <see cref="Link(string, List{Entity}, ReadOnlySpan{Word}, IReadOnlyList{Sentence})"/>
    /// fills, kept per thread and emptied for the next story: made anew they were eight lists (five of them grown from
    /// empty), a dictionary and three arrays for every story, the most of what the actor stage allocated.
    /// </summary>
    private sealed class Scratch
    {
        public readonly List<TextSpan> Taken = new(), Named = new(), Places = new(), Linked = new();
        public readonly List<(int Entity, TextSpan Span)> Added = new();
        public readonly List<(string Category, int Entity, int At)> Introduced = new();
        public readonly Dictionary<int, Title> Titles = new();
        public readonly List<int> Counterparts = new();
        public readonly SpanCover Cover = new();
    }

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>A story with more than this many mentions leaves the kept list or array to the collector.</summary>
    private const int MaxKept = 4096;

    private static List<T> Emptied<T>(List<T> list)
    {
        list.Clear();
        if (list.Capacity > MaxKept) list.Capacity = 0;
        return list;
    }

    private static readonly Comparison<Mention> ByStart = (a, b) => a.Start.CompareTo(b.Start);

    private static bool AddedBefore(List<(int Entity, TextSpan Span)> added, int at, int entity)
    {
        for (int b = 0; b < at; b++)
        {
            if (added[b].Entity == entity) return true;
        }
        return false;
    }

    /// <summary>
    /// The spans of the mentions of every entity (of <paramref name="type"/> only, when given), in entity order, in
    /// <paramref name="spans"/> (emptied first): a loop, where SelectMany boxed each entity's mention array and its enumerator.
    /// </summary>
    private static List<TextSpan> MentionSpans(List<Entity> entities, EntityType? type, List<TextSpan> spans)
    {
        // Counted first: a story's mentions grew a list four or five times, each growth leaving an array behind.
        int count = 0;
        foreach (var e in entities)
        {
            if (type is not { } only || e.Type == only) count += e.Mentions.Length;
        }
        Emptied(spans).EnsureCapacity(count);
        foreach (var e in entities)
        {
            if (type is { } only && e.Type != only) continue;
            foreach (var m in e.Mentions) spans.Add(m.Span);
        }
        return spans;
    }

    private static bool AnyOverlaps(List<TextSpan> spans, TextSpan span)
    {
        foreach (var s in spans)
        {
            if (s.Overlaps(span)) return true;
        }
        return false;
    }

    /// <summary>Whether a span overlaps any of a fixed set: the set sorted by start with the running maximum end, searched by bisection.</summary>
    internal sealed class SpanCover
    {
        private TextSpan[] _sorted = [];
        private int[] _starts = [];
        private int[] _maxEnds = [];
        private int _count;

        /// <summary>An empty cover, to be <see cref="Reset"/> to each story's set (its arrays kept from one story to the next).</summary>
        public SpanCover()
        {
        }

        public SpanCover(List<TextSpan> spans) => Reset(spans);

        /// <summary>Makes this the cover of <paramref name="spans"/>, in the arrays of the sets before when they have room.</summary>
        public void Reset(List<TextSpan> spans)
        {
            int count = spans.Count;
            if (_sorted.Length < count || _sorted.Length > MaxKept)
            {
                int size = Math.Max(count, Math.Min(2 * _sorted.Length, MaxKept));
                _sorted = new TextSpan[size];
                _starts = new int[size];
                _maxEnds = new int[size];
            }
            var sorted = _sorted.AsSpan(0, count);
            CollectionsMarshal.AsSpan(spans).CopyTo(sorted);
            sorted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            int maxEnd = int.MinValue;
            for (int i = 0; i < count; i++)
            {
                _starts[i] = sorted[i].Start;
                _maxEnds[i] = maxEnd = Math.Max(maxEnd, sorted[i].End);
            }
            _count = count;
            _before = 0;
        }

        private int _before;

        /// <summary>
        /// <see cref="Overlaps"/> for spans asked in order of their ends (a text's words, in order): the set's spans that
        /// start before the end are counted on from the last span asked, not searched for again.
        /// </summary>
        public bool OverlapsNext(TextSpan span)
        {
            while (_before < _count && _starts[_before] < span.End) _before++;
            return _before > 0 && _maxEnds[_before - 1] > span.Start;
        }

        /// <summary>Same answer as testing <see cref="TextSpan.Overlaps"/> against each span of the set.</summary>
        public bool Overlaps(TextSpan span)
        {
            // The spans starting before span.End are the first k; one of them overlaps when the furthest end passes span.Start.
            int lo = 0, hi = _count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_starts[mid] < span.End) lo = mid + 1; else hi = mid;
            }
            return lo > 0 && _maxEnds[lo - 1] > span.Start;
        }
    }

    /// <summary>
    /// The word after a seat or destination told right after an office (الى السودان, في العراق, لدى الامم المتحدة): الى, في or
    /// لدى and a place or body named there; null when the words at <paramref name="k"/> tell none.
    /// </summary>
    private static int? PastSeat(List<Entity> entities, ReadOnlySpan<Word> words, int k)
    {
        if (k + 1 >= words.Length || words[k].Key is not ("الي" or "في" or "لدي")) return null;
        int start = words[k + 1].Start;
        foreach (var e in entities)
        {
            if (e.Type is not (EntityType.LOC or EntityType.ORG)) continue;
            foreach (var m in e.Mentions)
            {
                if (m.Start != start) continue;
                int j = k + 1;
                while (j < words.Length && words[j].Start < m.End) j++;
                return j;
            }
        }
        return null;
    }

    /// <summary>Whether a word is an organisation's head noun without the article (وزارة, حركة, نقابة), opening a name of its own.</summary>
    private static bool OpensBody(Word word) =>
        !word.Key.StartsWith("ال", StringComparison.Ordinal) && Categories.TryGetValue(NameKey.Word(word.Key), out var type) && type == EntityType.ORG;

    /// <summary>
    /// Whether a word is a definite organisation's head noun (المكتب, الشركة, الوزارة) other than the body noun before it:
    /// واتهمت الجمعية المكتب الوطني للكهرباء بـ…: the association told by its noun is the subject and the office, whose
    /// name opens with a head noun of its own, the object; no apposition (a body is not named again by another head).
    /// </summary>
    private static bool OpensOtherDefiniteBody(Word word, Word description)
    {
        if (!IsDefiniteBodyHead(word.Key)) return false;
        var own = description.Key.StartsWith("ال", StringComparison.Ordinal) ? description.Key[2..] : description.Key;
        return !own.EndsWith(word.Key[2..], StringComparison.Ordinal);
    }

    /// <summary>Whether a word is an organisation's head noun with the article (المكتب, الشركة, المجلس), as المكتب in المكتب الوطني للكهرباء.</summary>
    private static bool IsDefiniteBodyHead(string key) =>
        key.Length >= 5 && key.StartsWith("ال", StringComparison.Ordinal) &&
        Categories.TryGetValue(NameKey.Word(key[2..]), out var type) && type == EntityType.ORG;

    private static bool NamedSameTypeAt(List<Entity> entities, EntityType type, int start)
    {
        foreach (var e in entities)
        {
            if (e.Type != type) continue;
            foreach (var m in e.Mentions)
            {
                if (m.Start == start) return true;
            }
        }
        return false;
    }

    /// <summary>The first reading of the word (clitics peeled) that is a person's role word, if any.</summary>
    private static Proclitics.Reading RoleReading(string text, Word word) =>
        word.IsLetters && !MayBeRoleOrCategory(word.Key) ? default : RoleReading(Proclitics.ReadingsOf(text, word));

    private static Proclitics.Reading RoleReading(Proclitics.Reading[] readings)
    {
        foreach (var r in readings)
        {
            if (PersonRoleLookup.Contains(NameKey.WordOfKey(r.Key))) return r;
        }
        return default;
    }

    // نظيره الروسي, الوزير الاميركي, وزير الخارجية المصري
    private Found? PersonTitle(List<Entity> entities, ReadOnlySpan<Word> words, int i, Proclitics.Reading[] readings, Dictionary<int, Title> titles,
        IReadOnlyList<Sentence> sentences)
    {
        // Most words hold no role: the rest (and its closures) only runs for those that do.
        var role = RoleReading(readings);
        return role.Key is null ? null : TitledPerson(entities, words, i, role, titles, sentences);
    }

    private Found? TitledPerson(List<Entity> entities, ReadOnlySpan<Word> words, int i, Proclitics.Reading role, Dictionary<int, Title> titles,
        IReadOnlyList<Sentence> sentences)
    {
        string head = RoleHead(role.Key);
        bool definite = role.Key.StartsWith("ال", StringComparison.Ordinal) || Counterparts.Contains(head);
        int j = i + 1;
        string? portfolio = null;
        while (j < words.Length && j <= i + MaxPortfolioWords && IsDefinite(words[j]) && Nationality(words[j]) is null)
        {
            portfolio ??= NameKey.Word(words[j].Key);
            j++;
        }
        if (j >= words.Length || !IsDefinite(words[j]) || Nationality(words[j]) is not { } country)
        {
            return Unqualified(entities, words, i, role.Span.Start, head, definite, titles);
        }
        if (!definite && portfolio is null) return null;   // مسؤول اميركي: any American official
        var wanted = Counterparts.Contains(head) ? CounterpartOf(entities, titles, sentences, words[i].Start) : Title.Of(head, portfolio);
        int at = words[i].Start;
        // The persons of that country named before it, counted (and the first kept), where a list of them was made.
        int candidates = 0, candidate = -1;
        for (int k = 0; k < entities.Count; k++)
        {
            if (!IsEarlierOf(entities[k], country, at)) continue;
            if (candidates++ == 0) candidate = k;
        }
        if (candidates > 1 || (candidates == 1 && titles.ContainsKey(candidate)))
        {
            // Then only those whose own title fits.
            candidates = 0;
            for (int k = 0; k < entities.Count; k++)
            {
                if (!IsEarlierOf(entities[k], country, at) || !titles.TryGetValue(k, out var t) || !Fits(wanted, t)) continue;
                if (candidates++ == 0) candidate = k;
            }
        }
        else if (candidates == 1 && entities[candidate].Actor!.Length < 6)
        {
            return null;   // السفير التونسي is not any Tunisian named in the story: only one known to hold office (TUNGOV)
        }
        return candidates == 1 ? new Found(candidate, new TextSpan(role.Span.Start, words[j].End), j + 1) : null;
    }

    /// <summary>Whether <paramref name="entity"/> is a person coded as of <paramref name="country"/> and first named before <paramref name="at"/>.</summary>
    private static bool IsEarlierOf(Entity entity, string country, int at) =>
        entity.Type == EntityType.PER && entity.Actor is { } a && a.StartsWith(country, StringComparison.Ordinal) &&
        entity.Mentions.Length > 0 && entity.Mentions[0].Start < at;

    /// <summary>
    /// The <see cref="NameKey.Word"/> key of a role reading's key (<see cref="RoleReading"/> found it among the person
    /// roles), as the role set's own string, where a new one was made for each title word with the article or a final ه.
    /// </summary>
    private static string RoleHead(string key) => PersonRoleLookup.TryGetValue(NameKey.WordOfKey(key), out var head) ? head : NameKey.Word(key);

    // واضاف الوزير ان, وقال وزير الخارجية ان: no nationality, so the title must fit exactly one titled person.
    private static Found? Unqualified(List<Entity> entities, ReadOnlySpan<Word> words, int i, int start, string head, bool definite,
        Dictionary<int, Title> titles)
    {
        if (Counterparts.Contains(head) || GenericRoles.Contains(head)) return null;
        int j = i + 1;
        string? portfolio = null;
        if (j < words.Length && words[j].IsLetters && Portfolios.Contains(NameKey.Word(words[j].Key)))
        {
            portfolio = NameKey.Word(words[j].Key);
            j++;
        }
        if (!definite && portfolio is null) return null;
        // المتحدث باسم, الرئيس الجديد, الرئيس الـ45: a title that goes on is someone else's.
        // كما زار الوزير المصابين, واستقبل الرئيس المشاركين: a plural is the verb's object, no more title.
        if (j < words.Length && (words[j].Key == "باسم" || words[j].IsNumber ||
                                words[j].Key.StartsWith("ال", StringComparison.Ordinal) && !NotAdjectives.Contains(words[j].Key) && !IsPluralNoun(words[j].Key)))
        {
            return null;
        }
        var wanted = Title.Of(head, portfolio);
        int at = words[i].Start;
        // The same title first (الرئيس is the president, not رئيس الوزراء), then one that fits (الوزير: the one minister):
        // the titled persons named before it are counted in one pass (and the first of each kind kept), where three lists were made.
        int exact = 0, fitting = 0, exactOne = -1, fittingOne = -1;
        foreach (var (k, title) in titles)
        {
            if (entities[k].Mentions.Length == 0 || entities[k].Mentions[0].Start >= at) continue;
            if (title == wanted && exact++ == 0) exactOne = k;
            if (Fits(wanted, title) && fitting++ == 0) fittingOne = k;
        }
        int one = exact > 0 ? (exact == 1 ? exactOne : -1) : (fitting == 1 ? fittingOne : -1);
        return one >= 0 ? new Found(one, new TextSpan(start, words[j - 1].End), j) : null;
    }

    private const int MinPluralInYa = 7;
    private const int MinPluralInAt = 6;

    /// <summary>
    /// Reads a definite word's ending: whether it is a sound plural (المصابين, المشاركين, العيادات), which no adjective of
    /// one person is. Shorter words ending so are singular (المعين, الامين: the appointed, the trusted).
    /// </summary>
    private static bool IsPluralNoun(string key) =>
        key.Length >= MinPluralInYa && key.EndsWith("ين", StringComparison.Ordinal) ||
        key.Length >= MinPluralInAt && key.EndsWith("ات", StringComparison.Ordinal);

    /// <summary>Roles that say what someone is, not which post they hold: المسؤول is any official.</summary>
    private static readonly HashSet<string> GenericRoles = Keys("مسؤول", "دبلوماسي", "ممثل", "قائد", "زعيم");

    /// <summary>What a minister or president is of (وزير الخارجية, رئيس الوزراء), as <see cref="NameKey.Word"/> keys.</summary>
    private static readonly HashSet<string> Portfolios = Keys(
        "الخارجية", "الدفاع", "الداخلية", "المالية", "الاقتصاد", "العدل", "الصحة", "التربية", "التعليم", "النفط", "الطاقة",
        "الاعلام", "الخزانة", "التجارة", "الزراعة", "الوزراء", "الحكومة", "الجمهورية", "الاركان", "البرلمان");

    /// <summary>
    /// Same role word and same portfolio; only a minister may leave it unsaid on either side (الوزير is the foreign
    /// minister). For the others the portfolio is the post: الرئيس is neither رئيس الوزراء nor رئيس البنك الدولي.
    /// </summary>
    private static bool Fits(Title? wanted, Title own)
    {
        if (wanted is not { } w) return true;
        if (w.Head != own.Head) return false;
        return w.Portfolio == own.Portfolio || (w.Head == Minister && (w.Portfolio is null || own.Portfolio is null));
    }

    private static readonly string Minister = NameKey.Word("وزير");

    /// <summary>نظيره: the title of the first titled person of the sentence (whose counterpart this is).</summary>
    private static Title? CounterpartOf(List<Entity> entities, Dictionary<int, Title> titles, IReadOnlyList<Sentence> sentences, int at)
    {
        // No sentence holding it: default, which starts at 0.
        int from = sentences.FirstOrDefault(s => s.Start <= at && at < s.End).Start;
        var first = titles
            .Where(t => !Counterparts.Contains(t.Value.Head))
            .Select(t => (t.Value, Start: entities[t.Key].Mentions.Where(m => m.Start >= from && m.Start < at).Select(m => m.Start).DefaultIfEmpty(int.MaxValue).Min()))
            .Where(x => x.Start != int.MaxValue)
            .OrderBy(x => x.Start)
            .ToList();
        return first.Count > 0 ? first[0].Value : null;
    }

    /// <summary>
    /// The affairs a portfolio is joined with (وزير الخارجية وشؤون المغتربين, وزير الدولة لشؤون الاعلام): no break in the title.
    /// </summary>
    private static readonly HashSet<string> AffairsWords = new[] { "وشؤون", "لشؤون", "شؤون" }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The title each person is introduced with (the role words before its first mention); نظيره resolved.</summary>
    private Dictionary<int, Title> PersonTitles(string text, List<Entity> entities, ReadOnlySpan<Word> words, IReadOnlyList<Sentence> sentences, Scratch scratch)
    {
        var titles = scratch.Titles;
        titles.Clear();
        var counterparts = Emptied(scratch.Counterparts);
        var named = MentionSpans(entities, EntityType.PER, scratch.Named);
        var places = MentionSpans(entities, EntityType.LOC, scratch.Places);
        for (int k = 0; k < entities.Count; k++)
        {
            if (entities[k].Type != EntityType.PER || entities[k].Mentions.Length == 0) continue;
            int at = WordScanner.FirstAtOrAfter(words, entities[k].Mentions[0].Start);
            Title? title = null;
            // والي ورقلة، عبد القادر بن مسعود, وزير الاقتصاد التركي، نهاد زيبقجي: a title set off from the name by one comma is the name's.
            int first = at - 1;
            if (first >= 2 && words[first].IsComma && words[first - 1].IsLetters) first--;
            for (int b = first; b >= 0 && b >= at - MaxTitleWords && words[b].IsLetters; b--)
            {
                if (AnyOverlaps(named, words[b].Span)) break;   // another person: the title before is theirs
                // محافظ نينوى, والي ورقلة: the place a governor heads stands between his title and his name.
                if (b == first && AnyOverlaps(places, words[b].Span)) continue;
                var role = RoleReading(text, words[b]);
                if (role.Key is not null)
                {
                    string? portfolio = b + 1 < at && IsDefinite(words[b + 1]) && Nationality(words[b + 1]) is null ? NameKey.Word(words[b + 1].Key) : null;
                    title = Title.Of(RoleHead(role.Key), portfolio);
                    continue;   // the outermost role word heads the title (المتحدث باسم وزير الخارجية)
                }
                if (!IsDefinite(words[b]) && words[b].Key != "باسم" && !AffairsWords.Contains(words[b].Key)) break;
            }
            if (title is not { } t) continue;
            titles[k] = t;
            if (Counterparts.Contains(t.Head)) counterparts.Add(k);
        }
        foreach (int k in counterparts)
        {
            if (CounterpartOf(entities, titles, sentences, entities[k].Mentions[0].Start) is { } own) titles[k] = own;
            else titles.Remove(k);
        }
        return titles;
    }

    // العاصمة التونسية → the dateline city when it is in Tunisia; وسط العاصمة → the dateline city when it is a capital
    // (asked only at العاصمة itself: CapitalOrKingdom).
    private Found? Capital(string text, List<Entity> entities, ReadOnlySpan<Word> words, int i)
    {
        if (i + 1 < words.Length && IsDefinite(words[i + 1]) && !NotAdjectives.Contains(words[i + 1].Key))
        {
            // العاصمة الاقتصادية, العاصمة الادارية: an adjective that is no nationality names another city.
            if (Nationality(words[i + 1]) is not { } country) return null;
            int city = DatelineCity(text, entities, country);
            return city < 0 ? null : new Found(city, new TextSpan(words[i].Start, words[i + 1].End), i + 2);
        }
        // القاهرة (اف ب) - … في ميدان التحرير وسط العاصمة: a story told from a capital calls it the capital.
        int capital = DatelinePlace(text, entities, e => States.Capitals.ContainsKey(NameOf(e)));
        return capital < 0 ? null : new Found(capital, words[i].Span, i + 1);
    }

    /// <summary>
    /// <see cref="Capital"/> at a word whose key is that of العاصمة (<see cref="IsCapitalKey"/>), <see cref="Kingdom"/> at
    /// one whose key is that of المملكة (<see cref="IsKingdomKey"/>), else null: neither finds anything at any other word, and
    /// the loop of every word called both for each (their calls were a twentieth of the linker's time).
    /// </summary>
    private Found? CapitalOrKingdom(string text, List<Entity> entities, ReadOnlySpan<Word> words, int i) =>
        IsCapitalKey(words[i].Key) ? Capital(text, entities, words, i)
        : IsKingdomKey(words[i].Key) ? Kingdom(entities, words, i)
        : null;

    /// <summary>
    /// Whether <paramref name="key"/> is that of العاصمة (العاصمه, or العاصم), which alone reads as عاصم: any other word is
    /// passed by its length and the letter after its article (where its name key starts) before its name key is read.
    /// </summary>
    private static bool IsCapitalKey(string key) =>
        key.Length is 6 or 7 && key[2] == 'ع' && key.StartsWith("ال", StringComparison.Ordinal) && NameKey.WordOfKey(key).SequenceEqual("عاصم");

    /// <summary>Whether <paramref name="key"/> is that of المملكة, tested as in <see cref="IsCapitalKey"/>.</summary>
    private static bool IsKingdomKey(string key) =>
        key.Length == 7 && key[2] == 'م' && key.StartsWith("ال", StringComparison.Ordinal) && NameKey.WordOfKey(key).SequenceEqual("مملك");

    // عمان (بترا) - … واضاف ان المملكة تستضيف: the one kingdom the story names (asked only at المملكة itself: CapitalOrKingdom).
    private static Found? Kingdom(List<Entity> entities, ReadOnlySpan<Word> words, int i)
    {
        // المملكة المتحدة, المملكة العربية السعودية, المملكة المغربية: a name, not a description.
        if (i + 1 < words.Length && IsDefinite(words[i + 1]) && !NotAdjectives.Contains(words[i + 1].Key)) return null;
        int found = -1;
        string? kingdom = null;
        for (int k = 0; k < entities.Count; k++)
        {
            if (entities[k].Type != EntityType.LOC || !States.Kingdoms.TryGetValue(NameOf(entities[k]), out var code)) continue;
            if (kingdom is not null && kingdom != code) return null;   // two kingdoms named: which one is unsaid
            if (found < 0) (found, kingdom) = (k, code);
        }
        return found < 0 ? null : new Found(found, words[i].Span, i + 1);
    }

    /// <summary>An entity's name as the words' match keys joined by spaces, as <see cref="States"/> holds names.</summary>
    private static string NameOf(Entity e) => string.Join(' ', LexiconTable.Keys(e.Name));

    /// <summary>The capitals (name → state) and the kingdoms (name → state) of <c>Lexicons/states.tsv</c>, by <see cref="NameOf"/> keys.</summary>
    private static readonly (Dictionary<string, string> Capitals, Dictionary<string, string> Kingdoms) States = ReadStates();

    private static (Dictionary<string, string>, Dictionary<string, string>) ReadStates()
    {
        var capitals = new Dictionary<string, string>(StringComparer.Ordinal);
        var kingdoms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in LexiconTable.Read("states.tsv"))
        {
            (row[0] == "capital" ? capitals : kingdoms)[string.Join(' ', LexiconTable.Keys(row[1]))] = row[2];
        }
        return (capitals, kingdoms);
    }

    /// <summary>The place named in the dateline that <paramref name="fits"/>, or -1.</summary>
    private static int DatelinePlace(string text, List<Entity> entities, Func<Entity, bool> fits)
    {
        int head = DatelineHead.End(text);
        if (head < 0) return -1;
        return entities.FindIndex(e => e.Type == EntityType.LOC && e.Mentions.Any(m => DatelineHead.Holds(head, m.Span)) && fits(e));
    }

    /// <summary>The place of <paramref name="country"/> named in the dateline, or -1.</summary>
    private static int DatelineCity(string text, List<Entity> entities, string country) => DatelinePlace(text, entities, e => e.Actor == country);

    // المدينة, التنظيم المتطرف → the latest entity introduced as مدينة X, تنظيم X
    private static Found? Description(ReadOnlySpan<Word> words, int i, Proclitics.Reading[] readings, List<(string Category, int Entity, int At)> introduced,
        List<Entity> entities, IReadOnlyList<Sentence> sentences)
    {
        // The article stays in the span (الحي, not حي); لل has no alef to start it from, so للحركة is left alone.
        Proclitics.Reading reading = default;
        foreach (var r in readings)
        {
            if (!r.HadArticle && r.Key.StartsWith("ال", StringComparison.Ordinal) && CategoryLookup.ContainsKey(NameKey.WordOfKey(r.Key)))
            {
                reading = r;
                break;
            }
        }
        if (reading.Key is null || OwnedForce(words, i, reading.Key)) return null;
        string category = NameKey.Word(reading.Key);
        var latest = LatestIntroduced(introduced, category, words[i].Start);
        // داعش … مسلحي التنظيم: a group named without the noun is the organisation the story goes on calling التنظيم.
        if (latest.Category is null && category == Organisation && LatestMilitantGroup(entities, words[i].Start) is { } group)
            latest = (Organisation, group, words[i].Start);
        if (latest.Category is null) return null;
        if (Forces.Contains(latest.Category) && ArmyOfFramedPlace(entities, words, i, sentences, introduced, latest.Category) is { } home) latest = latest with { Entity = home };
        int end = i + 1;
        if (end < words.Length && IsDefinite(words[end]) && !NotAdjectives.Contains(words[end].Key))
        {
            string next = words[end].Key;
            // المنظمة الانسانية: a body's adjective; الناحية الانسانية is an aspect, no place.
            if (BodyAdjectives.Contains(next) && Names(reading.Key, EntityType.ORG)) end++;
            else if (next.EndsWith('ي') || next.EndsWith("يه", StringComparison.Ordinal)) return null;   // الحزب الاشتراكي: another name
            // التنظيم المتطرف, الحركة المحظورة, الشركة المنظمة: a participle describes it; a head noun opening another
            // body's name (الجمعية المكتب الوطني للكهرباء) does not
            else if (next.StartsWith("الم", StringComparison.Ordinal) && !(IsDefiniteBodyHead(next) && NamedSameTypeAt(entities, EntityType.ORG, words[end].Start))) end++;
        }
        // والمنظمة الخيرية (انقذوا الاطفال): a name in brackets right after it says which body it is, another one.
        if (end < words.Length && words[end].Key == "(") return null;
        return new Found(latest.Entity, new TextSpan(reading.Span.Start, words[end - 1].End), end);
    }

    /// <summary>The category key of تنظيم (an organisation, in the news most often an armed one).</summary>
    private static readonly string Organisation = NameKey.Word("تنظيم");

    /// <summary>
    /// The organisation named last before <paramref name="at"/> whose actor code is a militant group's (IMG…: داعش, القاعدة)
    /// or a rebel or insurgent side's (…REB, …INS), or null: what a story calls التنظيم when it named the group without
    /// that noun.
    /// </summary>
    private static int? LatestMilitantGroup(List<Entity> entities, int at)
    {
        int? found = null;
        int latest = -1;
        for (int k = 0; k < entities.Count; k++)
        {
            if (entities[k].Type != EntityType.ORG || entities[k].Actor is not { } code || !IsMilitantCode(code)) continue;
            foreach (var m in entities[k].Mentions)
            {
                if (m.Start < at && m.Start > latest) (latest, found) = (m.Start, k);
            }
        }
        return found;
    }

    private static bool IsMilitantCode(string code) =>
        code.StartsWith("IMG", StringComparison.Ordinal) || code.EndsWith("REB", StringComparison.Ordinal) || code.EndsWith("INS", StringComparison.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Forces = Keys("جيش", "مليشيا", "ميليشيا").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Nouns of a unit or a body of a force's people that a bare force noun completes (طيران الجيش, لمتقاعدي ومعطوبي الجيش): that
    /// phrase names a unit or a body of its own. After any other noun (وحدات الجيش, عناصر المليشيا, مواقع الجيش) the force is the
    /// one named earlier.
    /// </summary>
    private static readonly HashSet<string> ForceUnits = MatchKey.SetOf("طيران", "متقاعدي", "متقاعدو", "معطوبي", "معطوبو");

    /// <summary>Whether a bare force noun (الجيش) completes a unit or body noun before it, and so is not the force named earlier.</summary>
    private static bool OwnedForce(ReadOnlySpan<Word> words, int i, string key) =>
        Forces.Contains(NameKey.WordOfKey(key)) && i > 0 && words[i - 1].IsLetters && ForceUnits.ContainsWithoutConjunction(words[i - 1].Key);

    /// <summary>
    /// With the armies of two countries named before it (الجيش اللبناني, الجيش الاسرائيلي), the bare force noun in a
    /// sentence framed by its place (وفي صيدا، اوقف الجيش …; وفي كركوك، قال ضابط ان الجيش …) is the army of that place's
    /// country (for a place of no known country, the country most of the story's places are in) when exactly one of them
    /// is; null when the sentence opens with no place, or no army or more than one is of that country (then the latest
    /// named stands).
    /// </summary>
    private static int? ArmyOfFramedPlace(List<Entity> entities, ReadOnlySpan<Word> words, int i, IReadOnlyList<Sentence> sentences,
        List<(string Category, int Entity, int At)> introduced, string category)
    {
        int at = words[i].Start;
        var sentence = sentences.FirstOrDefault(x => x.Span.Start <= at && at < x.Span.End);
        if (sentence.Span.End <= at) return null;
        int first = WordScanner.FirstAtOrAfter(words, sentence.Span.Start);
        // وفي صيدا، / في كركوك، : the frame is في (with or without و) and a place right after it.
        if (first + 1 >= words.Length || words[first].Key is not ("في" or "وفي")) return null;
        string? country = null;
        bool framed = false;
        var counted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type != EntityType.LOC) continue;
            foreach (var m in e.Mentions)
            {
                if (m.Start == words[first + 1].Start)
                {
                    framed = true;
                    if (e.Actor is { Length: 3 } code) country = code;
                }
                else if (e.Actor is { Length: 3 } other) counted[other] = counted.GetValueOrDefault(other) + 1;
            }
        }
        // وفي الهرمل، اوقف الجيش: a framing place the lexicon does not know is most likely in the country most of the
        // story's places are in.
        if (framed && country is null && counted.Count > 0)
        {
            var top = counted.OrderByDescending(c => c.Value).ToList();
            if (top.Count == 1 || top[0].Value > top[1].Value) country = top[0].Key;
        }
        if (country is null) return null;
        int? army = null;
        var armies = new HashSet<int>();
        foreach (var x in introduced)
        {
            if (x.Category != category || x.At >= at) continue;
            armies.Add(x.Entity);
            if (entities[x.Entity].Actor is { Length: > 3 } actor && actor.StartsWith(country, StringComparison.Ordinal))
            {
                if (army is not null && army != x.Entity) return null;
                army = x.Entity;
            }
        }
        return armies.Count > 1 ? army : null;
    }

    /// <summary>The entity introduced last before <paramref name="at"/> by <paramref name="category"/> (the first of equals, as a stable sort gives).</summary>
    private static (string Category, int Entity, int At) LatestIntroduced(List<(string Category, int Entity, int At)> introduced, string category, int at)
    {
        (string Category, int Entity, int At) latest = default;
        foreach (var x in introduced)
        {
            if (x.Category == category && x.At < at && (latest.Category is null || x.At > latest.At)) latest = x;
        }
        return latest;
    }

    /// <summary>Whether the word of <paramref name="key"/> is a category noun naming <paramref name="type"/>.</summary>
    private static bool Names(string key, EntityType type) => CategoryLookup.TryGetValue(NameKey.WordOfKey(key), out var named) && named == type;

    /// <summary>
    /// Where a category noun introduces an entity: the word before a mention (مدينة الرمادي), a name's own first word
    /// (تنظيم الدولة), or a mention that is the definite noun alone (التحالف the tagger read as the coalition: the story's
    /// later bare التحالف are that body too).
    /// </summary>
    private static List<(string Category, int Entity, int At)> Introductions(string text, List<Entity> entities, ReadOnlySpan<Word> words,
        List<(string Category, int Entity, int At)> found)
    {
        for (int k = 0; k < entities.Count; k++)
        {
            var type = entities[k].Type;
            foreach (var m in entities[k].Mentions)
            {
                int at = WordScanner.FirstAtOrAfter(words, m.Start);
                if (at < words.Length && (!words[at].IsLetters || MayBeRoleOrCategory(words[at].Key)) && Names(words[at].Key, type) &&
                    (words[at].End < m.End || IsDefiniteNounAlone(words[at], m)))
                {
                    found.Add((NameKey.Word(words[at].Key), k, m.Start));
                }
                // لتنظيم "داعش": the category noun before a name in quotation marks.
                int before = at > 1 && words[at - 1].Key is "\"" or "«" ? at - 2 : at - 1;
                if (before >= 0 && words[before].IsLetters && MayBeRoleOrCategory(words[before].Key))
                {
                    foreach (var r in Proclitics.ReadingsOf(text, words[before]))
                    {
                        // ودعا الحزب الامم المتحدة الى: a definite noun before a name is a subject before its object, no introduction.
                        if (r.HadArticle || r.Key.StartsWith("ال", StringComparison.Ordinal) || !Names(r.Key, type) || HeadsOnlyOwnName.Contains(NameKey.Word(r.Key))) continue;
                        found.Add((NameKey.Word(r.Key), k, m.Start));
                        break;
                    }
                }
            }
        }
        return found;
    }

    /// <summary>Whether <paramref name="mention"/> is just the definite word <paramref name="word"/> (التحالف, not its clitic: للتحالف is left alone).</summary>
    private static bool IsDefiniteNounAlone(Word word, Mention mention) =>
        word.Start == mention.Start && word.End == mention.End && word.Key.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>
    /// Category nouns that introduce only a name they open (برنامج الاغذية العالمي, هيئة الاوراق المالية): before another
    /// name (برنامج بي بي سي "ثروة أم مزيفة؟") the noun is a programme of that body, not the body.
    /// </summary>
    private static readonly HashSet<string> HeadsOnlyOwnName = new(new[] { NameKey.Word("برنامج"), NameKey.Word("هيئة") }, StringComparer.Ordinal);

    private string? Nationality(Word word) => _lexicon.Nationality(NameKey.WordOfKey(word.Key));

    private static bool IsDefinite(Word word) => word.IsLetters && word.Key.StartsWith("ال", StringComparison.Ordinal) && word.Key.Length > 3;

    private static HashSet<string> Keys(params string[] words) => words.Select(NameKey.Word).ToHashSet(StringComparer.Ordinal);
}
