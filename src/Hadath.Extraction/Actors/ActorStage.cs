using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Actors;

/// <summary>
/// Gives entities their CAMEO actor codes and links what the story says of them without their name. In order:
/// short names join the one full name they end (كيري → جون كيري); a name in the actor dictionary takes its role
/// on the story date; a place takes its country (روسيا → RUS, موسكو → RUS); a person or organisation takes the
/// code its title spells (وزير الخارجية الاميركي جون كيري → USAGOV, المتحدث باسم الكرملين → RUSGOV,
/// الجيش السوري → SYRMIL); then titles and descriptions standing for a named entity (نظيره الروسي, المدينة)
/// become its mentions (<see cref="DescriptionLinker"/>). Requires entities; adds no layer of its own (it refines <see cref="Layers.Entities"/>).
/// </summary>
public sealed class ActorStage : IStage
{
    private const int MaxTitleWords = 6;
    // لدى البلاد closes a title by where its holder serves (السفير المصري لدى البلاد طارق القوني).
    private static readonly HashSet<string> TitleConnectors = new() { "باسم", "شوون", "العام", "عام", "الاول", "اول", "السابق", "سابق", "لدي", "البلاد" };

    private readonly ActorLexicon _lexicon;
    private readonly DescriptionLinker _descriptions;

    public ActorStage() : this(ActorLexicon.Shared)
    {
    }

    public ActorStage(ActorLexicon lexicon)
    {
        _lexicon = lexicon;
        _descriptions = new DescriptionLinker(lexicon);
    }

    public string Name => "actors";
    public Layers Requires => Layers.Entities | Layers.Sentences;
    public Layers Provides => Layers.None;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var words = WordScanner.Scan(document.Text, new TextSpan(0, document.Text.Length));
        var entities = MergeShortNames(document.Entities);
        var date = document.Metadata.Date;
        // In place (the list is this stage's own), and an entity is copied only when its code changes: most get none.
        for (int i = 0; i < entities.Count; i++)
        {
            if (entities[i].Actor is null && Resolve(document.Text, entities[i], words, date, entities) is { } code) entities[i] = entities[i] with { Actor = code };
        }
        HeldInBodies(document.Text, entities, words);
        ChooseCountries(entities, words);
        // A title with no nationality (وزارة الداخلية, رئيس الحكومة) belongs, by wire convention, to the dateline's country;
        // with no dateline country, an agent alone is no actor.
        string? home = DatelineHead.Country(CollectionsMarshal.AsSpan(entities), DatelineHead.End(document.Text));
        for (int i = 0; i < entities.Count; i++)
        {
            if (entities[i].Actor is { } agent && Agents.Contains(agent)) entities[i] = entities[i] with { Actor = home is null ? null : home + agent };
        }
        entities = _descriptions.Link(document.Text, entities, words, document.Sentences);
        return document.WithEntities(entities.ToImmutableArray());
    }

    [SkipLocalsInit]   // keys are written into the buffer before they are read
    private string? Resolve(string text, Entity entity, IReadOnlyList<Word> words, DateOnly? date, List<Entity> entities)
    {
        // The name, then each mention as written, keyed on the stack. A way of writing met again gives the same answer
        // again: only the commonest repeat, the name itself, is skipped.
        // للولايات المتحدة: a name seen only behind ل and the article is keyed as the name with its article.
        string name = NameKey.WithArticle(entity.Name);
        Span<char> nameBuffer = stackalloc char[NameKey.StackLimit];
        ReadOnlySpan<char> nameKey = name.Length <= nameBuffer.Length ? nameBuffer[..NameKey.Into(name, nameBuffer)] : NameKey.Of(name);
        bool fullName = name.AsSpan().Trim().Contains(' ');
        if (NamedActor(nameKey, fullName, date) is { } named) return named;
        Span<char> buffer = stackalloc char[NameKey.StackLimit];
        // سوسة, الدار البيضاء, ولاية القصرين: a city or province the dictionary lacks is of the country the place list gives
        // its name or any way it is written (read off the keys made here, not keyed again).
        string? listedCountry = null, acronymCode = null;
        foreach (var mention in entity.Mentions)
        {
            var written = text.AsSpan(mention.Start, mention.End - mention.Start);
            if (written.SequenceEqual(entity.Name)) continue;
            var key = written.Length <= buffer.Length ? buffer[..NameKey.Into(written, buffer)] : NameKey.Of(written).AsSpan();
            if (NamedActor(key, fullName, date) is { } code) return code;
            if (fullName && acronymCode is null && IsOwnShortForm(entity, written)) acronymCode = NamedActor(key, fullName: false, date);
            if (entity.Type == EntityType.LOC) listedCountry ??= Mentions.PlaceGazetteer.Shared.Country(key);
        }
        if (entity.Type == EntityType.LOC) return _lexicon.Country(nameKey) ?? Mentions.PlaceGazetteer.Shared.Country(nameKey) ?? listedCountry;
        if (entity.Type == EntityType.ORG && _lexicon.Country(nameKey) is null)
        {
            var own = NameWords(name);
            var titled = FromTitle(own, 0, own.Count, date);
            own.Clear();   // no key of the name held past it
            // منظمة البلدان المصدرة للبترول (أوبك), منظمة الشرطة الجنائية الدولية (انتربول): a name that spells no code of its
            // own, or a role of no country, is its acronym's.
            if (acronymCode is not null && (titled is null || Agents.Contains(titled))) return acronymCode;
            if (titled is not null) return titled;
            if (IsGeneric(nameKey)) return null;
        }
        foreach (var mention in entity.Mentions)
        {
            int end = WordScanner.FirstAtOrAfter(words, mention.Start);
            // المندوب السوري لدى الامم المتحدة: a body or a place where an office sits is not the office's holder.
            if (entity.Type != EntityType.PER && end > 0 && words[end - 1].Key == "لدي") continue;
            int start = TitleStart(words, end);
            // احتجزت الشرطة الفرنسية X: a body the story names, and nothing before it, is the verb's subject and X its object.
            // Not after a word of one who serves in it (قائد الشرطة الفرنسية X, المتحدث باسم قوات الامن X).
            if (entity.Type == EntityType.PER && start < end && IsBodyMention(entities, words[start].Start, words[end - 1].End) &&
                !(start > 0 && words[start - 1].IsLetters && HolderLookup.Contains(NameKey.WordOfKey(words[start - 1].Key)))) continue;
            // المبعوث الاممي الى اليمن X, الممثل الخاص للامين العام للامم المتحدة في العراق X: a country after الى or في is
            // where the holder is posted, not his own; his code is the title's before it, or the body's behind ل
            // (HeldInBodies). With neither (اتحاد النقابات في اسبانيا راخوي) the country is read as before.
            if (start < end && IsPosting(words, start, end))
            {
                int before = start - 1, titled = TitleStart(words, before);
                // رئيس حزب العمال المعارض في استراليا X: a role with no country of its own is held where the title says (AUSOPP).
                if (titled < before && FromTitle(words, titled, before, date) is { } own)
                    return Agents.Contains(own) && _lexicon.Country(NameKey.WordOfKey(words[start].Key)) is { } where ? where + own : own;
                if (BodyRightBefore(text, entities, words, words[before].Start) is not null) continue;
            }
            if (start < end && FromTitle(words, start, end, date) is { } code) return code;
            // وزير الخارجية الفرنسي، جان لودريان،: a title opened by a role word and set off from the name by a comma.
            if (start == end && entity.Type == EntityType.PER && ApposedTitle(entities, words, end, date) is { } apposed) return apposed;
            // المندوب السوري لدى الامم المتحدة بشار الجعفري: the holder's title stands before where the office sits.
            if (start == end && entity.Type == EntityType.PER && TitleBeforeSeat(words, end, date) is { } held) return held;
        }
        return null;
    }

    /// <summary>
    /// The words of an organisation's name scanned on their own (as <see cref="WordScanner.ScanAlone"/> reads them), into a
    /// list this thread keeps: <see cref="Resolve"/> read each organisation's name into a new list (and its array), most of
    /// what the stage allocated but the entity list. The caller empties it when done.
    /// </summary>
    private static List<Word> NameWords(string name)
    {
        var words = t_nameWords ??= new List<Word>();
        words.Clear();
        WordScanner.ScanInto(name, new TextSpan(0, name.Length), words);
        return words;
    }

    [ThreadStatic] private static List<Word>? t_nameWords;

    /// <summary>
    /// A person named right after a title and the body it is held in, the body behind ل or لل (الامين العام للامم المتحدة
    /// انطونيو غوتيريش, الامين العام لجامعة الدول العربية), takes the body's code where the title gave none or less of it.
    /// </summary>
    private void HeldInBodies(string text, List<Entity> entities, IReadOnlyList<Word> words)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type != EntityType.PER) continue;
            var own = entities[i].Actor;
            foreach (var mention in entities[i].Mentions)
            {
                // A code the title gave already stays unless the body's says more of the same (IGO → IGOMEAARL).
                if (BodyRightBefore(text, entities, words, mention.Start) is { } code && (own is null || code.Length > own.Length && code.StartsWith(own, StringComparison.Ordinal)))
                {
                    entities[i] = entities[i] with { Actor = code };
                    break;
                }
            }
        }
    }

    /// <summary>The code of a coded organisation whose mention ends one space before <paramref name="at"/>, behind ل and after a title word.</summary>
    private string? BodyRightBefore(string text, List<Entity> entities, IReadOnlyList<Word> words, int at)
    {
        if (at < 2 || text[at - 1] != ' ') return null;
        // للامم المتحدة الى اليمن X: the body's mention may end before the posting (الى or في and a country).
        int p = WordScanner.FirstAtOrAfter(words, at);
        if (p >= 3 && words[p - 1].End == at - 1 && _lexicon.Country(NameKey.WordOfKey(words[p - 1].Key)) is not null &&
            PostedPrepositions.Contains(words[p - 2].Key) && words[p - 2].Start >= 2 && text[words[p - 2].Start - 1] == ' ') at = words[p - 2].Start;
        foreach (var body in entities)
        {
            if (body.Type != EntityType.ORG || body.Actor is not { Length: >= 3 } code || Agents.Contains(code)) continue;
            foreach (var m in body.Mentions)
            {
                if (m.End != at - 1) continue;
                // لجامعة الدول العربية: the mention may start after the ل of its first word.
                int w = WordScanner.Holding(words, m.Start);
                bool clitic = w < words.Count && words[w].Start < m.Start;
                bool lamArticle = NameKey.OpensWithLamArticle(text.AsSpan(m.Start, m.End - m.Start));
                bool lam = clitic ? m.Start - words[w].Start == 1 && text[words[w].Start] == 'ل' : lamArticle;
                // مبعوث الامم المتحدة الى ليبيا X: or in construct with the title, with no ل.
                // Not after لدى (مندوبة الولايات المتحدة لدى الامم المتحدة X: the state's envoy to the body).
                bool construct = w < words.Count && !clitic && !lamArticle && w > 0 && words[w - 1].Key != "لدي";
                if ((lam || construct) && w > 0 && IsTitleWord(words[w - 1])) return code;
            }
        }
        return null;
    }

    /// <summary>The country a name is (a country row, or a dictionary name whose code is a bare country's: بريطانيا → GBR), or null.</summary>
    private string? CountryNamed(ReadOnlySpan<char> key, DateOnly? date) =>
        _lexicon.Country(key) ?? (_lexicon.Actor(key, date) is { Length: 3 } code && _lexicon.IsCountryCode(code) ? code : null);

    /// <summary>Prepositions of where an office holder is posted (المبعوث الى اليمن, الممثل الخاص في العراق).</summary>
    private static readonly HashSet<string> PostedPrepositions = new(StringComparer.Ordinal) { "الي", "في" };

    /// <summary>Whether title words [start, end) are only countries right after الى or في: a posting, no nationality.</summary>
    private bool IsPosting(IReadOnlyList<Word> words, int start, int end)
    {
        if (start < 2 || !PostedPrepositions.Contains(words[start - 1].Key)) return false;
        for (int k = start; k < end; k++)
        {
            if (_lexicon.Country(NameKey.WordOfKey(words[k].Key)) is null) return false;
        }
        return true;
    }

    /// <summary>Words of one who heads, serves in or speaks for a body named after them (قائد الشرطة, المتحدث باسم الجيش).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderLookup = new[]
    {
        "قائد", "مدير", "رئيس", "نائب", "امين", "متحدث", "المتحدث", "ناطق", "الناطق", "باسم", "مسؤول", "مستشار", "ممثل", "مندوب",
        "مبعوث", "سفير", "ضابط", "عنصر", "عناصر", "افراد", "منتسبي", "قادة", "قيادي", "عضو", "اعضاء", "زعيم", "وزير", "محافظ",
    }.Select(NameKey.Word).ToHashSet().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether an organisation's mention covers the whole of [start, end) (a clitic before it aside).</summary>
    private static bool IsBodyMention(List<Entity> entities, int start, int end)
    {
        foreach (var body in entities)
        {
            if (body.Type != EntityType.ORG) continue;
            foreach (var m in body.Mentions)
            {
                if (m.Start >= start && m.Start <= start + 2 && m.End == end) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The code of a title right before the comma before word <paramref name="name"/> (وزير الدفاع الصيني، وي فنغي), as
    /// BBC Arabic and Sky News Arabia set a name off from its title; only a title opened by a role word (وزير, رئيس, المتحدث),
    /// not a nationality ending a phrase (وصل الى العاصمة الفرنسية، X), and not a body that acts on the name (احتجزت الشرطة الفرنسية، X).
    /// </summary>
    private string? ApposedTitle(List<Entity> entities, IReadOnlyList<Word> words, int name, DateOnly? date)
    {
        if (name < 2 || !words[name - 1].IsComma) return null;
        int comma = name - 1, start = TitleStart(words, comma);
        if (start == comma || _lexicon.RoleAgent(NameKey.WordOfKey(words[start].Key)) is null) return null;
        if (IsBodyMention(entities, words[start].Start, words[comma - 1].End)) return null;
        return FromTitle(words, start, comma, date);
    }

    /// <summary>Where the title words right before word <paramref name="end"/> start (at most <see cref="MaxTitleWords"/>); <paramref name="end"/> when none.</summary>
    private int TitleStart(IReadOnlyList<Word> words, int end)
    {
        int start = end;
        while (start > 0 && end - start < MaxTitleWords && (IsTitleWord(words[start - 1]) || IsPortfolio(words, start - 1)))
        {
            start--;
            // دعا وزير الخارجية الفلسطيني نظيره البريطاني بوريس جونسن: a counterpart word opens the title of the name after
            // it; the title before it is the subject's, named by it alone.
            if (DescriptionLinker.IsCounterpart(NameKey.WordOfKey(words[start].Key))) break;
        }
        return start;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> is a minister's portfolio right after its minister or ministry (وزير الخزانة, وزيرة
    /// الصحة, وزارة النفط): a title word there, as الخارجية and الدفاع are anywhere; elsewhere (اسعار النفط) none.
    /// </summary>
    private static bool IsPortfolio(IReadOnlyList<Word> words, int k) =>
        k > 0 && Portfolios.Contains(words[k].Key) && Ministers.Contains(words[k - 1].Key);

    private static readonly HashSet<string> Ministers = MatchKey.SetOf("وزير", "وزيرة", "وزارة", "ووزير", "ووزيرة");

    /// <summary>Portfolios of ministers (those the role list makes titles on their own, الخارجية, الدفاع, الداخلية, aside).</summary>
    private static readonly HashSet<string> Portfolios = MatchKey.SetOf(
        "الخزانة", "الخزينة", "المالية", "التجارة", "الاقتصاد", "العدل", "الصحة", "التعليم", "التربية", "الطاقة", "النفط", "الزراعة",
        "الاعلام", "الثقافة", "النقل", "السياحة", "البيئة", "الهجرة", "العمل", "الاسكان", "الاتصالات", "الصناعة", "الاستثمار",
        "التخطيط", "الكهرباء", "المياه", "الشباب", "الرياضة", "الاوقاف", "العدالة", "المواصلات", "الري");

    /// <summary>How many words may name where an office sits, after لدى (الامم المتحدة, مجلس الامن الدولي).</summary>
    private const int MaxSeatWords = 3;

    /// <summary>
    /// The code of a title that ends in لدى and where the office sits, right before word <paramref name="end"/> (المندوب
    /// السوري لدى الامم المتحدة X), or null.
    /// </summary>
    private string? TitleBeforeSeat(IReadOnlyList<Word> words, int end, DateOnly? date)
    {
        for (int k = end - 2; k >= 1 && k >= end - 1 - MaxSeatWords; k--)
        {
            if (!words[k].IsLetters) return null;
            if (words[k].Key != "لدي") continue;
            int start = TitleStart(words, k);
            return start < k ? FromTitle(words, start, k, date) : null;
        }
        return null;
    }

    /// <summary>
    /// A place the dictionary files under two countries (طرابلس: Lebanon and Libya) takes the one the rest of the story
    /// names, by its other entities' codes (ليبيا) or a nationality word (العاصمة الليبية); where it names neither or
    /// both, the dictionary's first stays. Before the dateline's country is read, so the story's titles follow it.
    /// </summary>
    [SkipLocalsInit]   // the key is written into the buffer before it is read
    private void ChooseCountries(List<Entity> entities, IReadOnlyList<Word> words)
    {
        Span<char> buffer = stackalloc char[NameKey.StackLimit];
        for (int i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type != EntityType.LOC || entities[i].Actor is not { Length: 3 }) continue;
            // Most places have one country: asked on a key on the stack first, where the key and the list of countries were made for each.
            string name = entities[i].Name;
            if (!_lexicon.NamesManyCountries(name.Length <= buffer.Length ? buffer[..NameKey.Into(name, buffer)] : NameKey.Of(name))) continue;
            var candidates = _lexicon.Countries(NameKey.Of(entities[i].Name));
            if (candidates.Count < 2) continue;
            var named = candidates.Where(c => StoryNames(c, entities, i, words)).ToList();
            if (named.Count == 1) entities[i] = entities[i] with { Actor = named[0] };
        }
    }

    /// <summary>Whether an entity other than entity <paramref name="self"/> has a code of the country, or a word is its nationality.</summary>
    private bool StoryNames(string country, List<Entity> entities, int self, IReadOnlyList<Word> words)
    {
        for (int k = 0; k < entities.Count; k++)
        {
            if (k != self && entities[k].Actor is { } code && code.StartsWith(country, StringComparison.Ordinal)) return true;
        }
        return words.Any(w => w.IsLetters && _lexicon.Nationality(NameKey.WordOfKey(w.Key)) == country);
    }

    /// <summary>
    /// Whether a one-word mention of a body is its own acronym or short name (أوبك of منظمة البلدان المصدرة للبترول (أوبك),
    /// سيرن), which the dictionary codes as the body: one written without the article. A person's short name is someone
    /// else's full name in the dictionary, and a body's common noun alone (المنظمة, الحركة) is no name.
    /// </summary>
    private static bool IsOwnShortForm(Entity entity, ReadOnlySpan<char> written) =>
        entity.Type == EntityType.ORG && !written.Contains(' ') && !written.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>The dictionary's code for one way the entity is written, unless it is a role alone or a short form of a full name.</summary>
    private string? NamedActor(ReadOnlySpan<char> key, bool fullName, DateOnly? date)
    {
        // A short name of a longer one (شكري of سامح شكري) is someone else's full name in the dictionary.
        if (!key.Contains(' ') && fullName) return null;
        return _lexicon.Actor(key, date) is { } code && !Agents.Contains(code) && !IsGeneric(key) ? code : null;
    }

    /// <summary>The code a title spells: the whole title or its end in the dictionary, else country + role, else a dictionary word in it.</summary>
    [SkipLocalsInit]   // keys are written into the buffer before they are read
    private string? FromTitle(IReadOnlyList<Word> words, int start, int end, DateOnly? date)
    {
        Span<char> buffer = stackalloc char[NameKey.StackLimit];
        // حكومة كوريا الشمالية, حكومة المملكة المتحدة: a country of two words or more at the title's end.
        string? endCountry = null;
        for (int s = start; s < end - 1; s++)
        {
            int length = NameKey.OfKeys(words, s, end, buffer);
            var key = length >= 0 ? buffer[..length] : NameKey.Of(Keys(words, s, end)).AsSpan();
            if (_lexicon.Actor(key, date) is { Length: >= 6 } whole && !IsGeneric(key)) return s > start ? ForcesOf(words[start], whole) : whole;
            if (s > start) endCountry ??= CountryNamed(key, date);
        }
        string? country = null, agent = null, named = null;
        bool deputy = false;
        for (int k = start; k < end; k++)
        {
            var key = NameKey.WordOfKey(words[k].Key);
            country ??= TitleCountry(words, start, k, key);
            // نائب alone is a member of parliament (LEG); نائب الرئيس, نائب وزير الخارجية deputises an office and holds its
            // role; النائب العام is the public prosecutor (JUD).
            if (_lexicon.RoleAgent(key) is { } role && (agent is null || deputy))
            {
                deputy = agent is null && key.SequenceEqual(Deputy);
                agent = role;
            }
            else if (deputy && key.SequenceEqual(General))
            {
                deputy = false;
                agent = "JUD";
            }
            if (named is null && _lexicon.Actor(key, date) is { Length: >= 6 } code && IsNameWord(words, start, end, k)) named = code;
        }
        // حكومة بريطانيا: a country the dictionary files as a name with its bare code, not as a country row.
        // Not a word with the article (وزارة المالية: the finances, not Mali's dictionary name).
        country ??= endCountry ?? (words[end - 1].Key.StartsWith("ال", StringComparison.Ordinal) ? null : CountryNamed(NameKey.WordOfKey(words[end - 1].Key), date));
        if (country is { Length: 3 } && agent is not null) return country + agent;
        return named ?? country ?? agent;
    }

    /// <summary>
    /// The code of a title whose end the dictionary holds: a force before an authority (قوات الرئيس السوري, قوات الحكومة
    /// العراقية) is that authority's military or police, not the authority (SYRMIL, not SYRGOV); an end that is a force
    /// already (قوات الشرطة السودانية: SDNCOP) and any other head keep the end's code.
    /// </summary>
    private string ForcesOf(Word head, string end)
    {
        if (_lexicon.RoleAgent(NameKey.WordOfKey(head.Key)) is not ("MIL" or "COP") || CameoRoles.OpensWithRole(end)) return end;
        for (int k = 3; k + 3 <= end.Length; k += 3)
        {
            if (end.AsSpan(k, 3) is "MIL" or "COP" or "SPY") return end;
        }
        return end[..3] + _lexicon.RoleAgent(NameKey.WordOfKey(head.Key));
    }

    /// <summary>
    /// Whether the one dictionary word at <paramref name="k"/> names the whole of words [start, end): it is no role word,
    /// nationality or category head itself, and every other word only says what kind of body it is (حركة حماس, تنظيم
    /// داعش). The dictionary's single-word rows are often common nouns (منظمة → PAKCVL, ضحية → KWT):
    /// منظمة التعاون الاسلامي is not coded by its head word.
    /// </summary>
    private bool IsNameWord(IReadOnlyList<Word> words, int start, int end, int k)
    {
        if (end - start == 1) return true;   // the word is the whole name (الكرملين)
        if (IsTransparent(NameKey.WordOfKey(words[k].Key))) return false;
        for (int o = start; o < end; o++)
        {
            if (o != k && words[o].IsLetters && !IsTransparent(NameKey.WordOfKey(words[o].Key))) return false;
        }
        return true;
    }

    private bool IsTransparent(ReadOnlySpan<char> key) =>
        NameHeadLookup.Contains(key) || TitleConnectorLookup.Contains(key) || _lexicon.RoleAgent(key) is not null ||
        _lexicon.Nationality(key) is not null || _lexicon.Country(key) is not null;

    /// <summary>
    /// The country word <paramref name="k"/> of a title starting at <paramref name="start"/> names, as a nationality or a
    /// country. مالي is financial as well as Mali (وزارة المالية, هيئة الاوراق المالية, وزير المالية): Malian only after a
    /// head of state or force (الجيش المالي, الحكومة المالية, رئيس الوزراء المالي) or without the article (وزير خارجية مالي).
    /// </summary>
    private string? TitleCountry(IReadOnlyList<Word> words, int start, int k, ReadOnlySpan<char> key)
    {
        if ((_lexicon.Nationality(key) ?? _lexicon.Country(key)) is not { } country) return null;
        // Without the article it names the country (وزير خارجية مالي); المالية is what is financial.
        if (country != "MLI" || !key.StartsWith(Malian, StringComparison.Ordinal) || !words[k].Key.StartsWith("ال", StringComparison.Ordinal)) return country;
        return k > start && words[k - 1].IsLetters && MalianHeads.Contains(NameKey.WordOfKey(words[k - 1].Key)) ? country : null;
    }

    private static readonly string Malian = NameKey.Word("مالي");

    /// <summary>Heads after which المالي/المالية is Mali's: the state, its forces and its people.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MalianHeads = new[]
    {
        "الجيش", "جيش", "القوات", "قوات", "الجنود", "جنود", "الرئيس", "رئيس", "الحكومة", "حكومة", "السلطات", "سلطات", "الشرطة",
        "الدرك", "العسكري", "الوزراء", "الجانب", "نظيره", "نظيرها", "الشعب", "المعارضة", "العاصمة", "الدولة", "البرلمان", "المجلس",
    }.Select(NameKey.Word).ToHashSet().GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string Deputy = NameKey.Word("نائب");
    private static readonly string General = NameKey.Word("العام");

    /// <summary>Category heads of organisation names: they say what kind of body, the next word says which.</summary>
    private static readonly HashSet<string> NameHeads = new[]
    {
        "حركة", "تنظيم", "جماعة", "حزب", "جبهة", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "كتائب", "كتيبة", "فصيل", "منظمة", "هيئة",
    }.Select(NameKey.Word).ToHashSet();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameHeadLookup = NameHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleConnectorLookup = TitleConnectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsTitleWord(Word word)
    {
        if (!word.IsLetters) return false;
        var key = NameKey.WordOfKey(word.Key);
        return TitleConnectors.Contains(word.Key) || _lexicon.RoleAgent(key) is not null || _lexicon.Nationality(key) is not null ||
               _lexicon.Country(key) is not null;
    }

    /// <summary>CAMEO role codes that say what, not whose: a title made only of them needs a country.</summary>
    private static readonly HashSet<string> Agents = new() { "GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "BUS", "MED", "CVL", "EDU", "SPY", "PTY", "ELI" };

    /// <summary>True when every word is a role word (وزار داخلي): the dictionary's country for it is a guess.</summary>
    private bool IsGeneric(ReadOnlySpan<char> key)
    {
        // Each part between single spaces, empty ones too (as string.Split gives them).
        while (true)
        {
            int space = key.IndexOf(' ');
            var part = space < 0 ? key : key[..space];
            if (_lexicon.RoleAgent(part) is null && !TitleConnectorLookup.Contains(part)) return false;
            if (space < 0) return true;
            key = key[(space + 1)..];
        }
    }

    /// <summary>A one-word person name that ends exactly one longer person name is the same person.</summary>
    private static List<Entity> MergeShortNames(ImmutableArray<Entity> entities)
    {
        var result = entities.ToList();
        foreach (var shortName in entities)
        {
            if (shortName.Type != EntityType.PER || shortName.Name.Contains(' ')) continue;
            string shortKey = NameKey.Word(shortName.Name);
            Entity? full = null;
            int fullCount = 0;
            foreach (var e in result)
            {
                if (e.Type != EntityType.PER || !e.Name.Contains(' ') || e == shortName) continue;
                if (!NameKey.WordIs(e.Name.AsSpan(e.Name.LastIndexOf(' ') + 1), shortKey)) continue;
                full ??= e;
                fullCount++;
            }
            if (fullCount != 1) continue;
            int at = result.IndexOf(full!);
            var mentions = full!.Mentions.AddRange(shortName.Mentions).Sort((a, b) => a.Start.CompareTo(b.Start));
            result[at] = full with { Mentions = mentions };
            result.Remove(shortName);
        }
        return result;
    }

    private static IEnumerable<string> Keys(IReadOnlyList<Word> words, int start, int end)
    {
        for (int k = start; k < end; k++) yield return words[k].Key;
    }
}
