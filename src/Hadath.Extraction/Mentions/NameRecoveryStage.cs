using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// Mends the tagger's mentions with rules that are right far more often than it is on these spans:
/// <list type="bullet">
/// <item>a currency word or a communiqué tagged as a name (دولار, بلاغ) is dropped, and so is سوريا or ليبيا after a count
/// (12 سوريا, 850 نازحا سوريا: the accusative of سوري, those counted);</item>
/// <item>names of <c>Lexicons/names.tsv</c> and <c>Lexicons/organisations.tsv</c> (an organisation with a nationality after
/// it: حكومة الوفاق الوطني الليبية) take their type and are found where
/// the tagger missed them (لفرانس برس tagged a person becomes the agency);</item>
/// <item>organisation names built on a head noun (<see cref="OrganisationNames"/>) replace the pieces tagged inside
/// them (اذاعة الاندلس, not the place الاندلس) and are added where nothing was tagged;</item>
/// <item>a place after its category noun (حي الكرادة, <see cref="PlaceNames"/>) where nothing was tagged;</item>
/// <item>a body named after a place (شرطة نينوى, مؤسسة كهرباء لبنان: <see cref="OrganisationNames.AroundPlaces"/>) takes the
/// place in, and a person mention that is exactly a listed place of two words or more (صلاح الدين) is the place;</item>
/// <item>a listed place (<see cref="PlaceGazetteer"/>: بعقوبة, مكة المكرمة) where nothing was tagged, or around tagged
/// pieces of it (عقوبة, مكة);</item>
/// <item>a person cut after a compound first name or before an ordinal is completed (عبد العزيز → عبد العزيز
/// بوتفليقة, عبد الله → عبد الله الثاني);</item>
/// <item>a person by a given name of <c>Lexicons/given-names.tsv</c> and the word after it (فهد المبارك), and a person's
/// family name alone after a speech cue (واضاف المبارك ان);</item>
/// <item>a short form of an organisation's name (صندوق النقد of صندوق النقد الدولي, الخارجية الاميركية of وزارة
/// الخارجية الاميركية) is that organisation.</item>
/// </list>
/// A span the tagger drew across a recovered name's edge is left as the tagger drew it. Entities are then grouped
/// by name key again and numbered e1, e2… in order of first mention. Requires entities; adds no layer of its own.
/// </summary>
public sealed class NameRecoveryStage : IStage
{
    private readonly OrganisationNames _organisations;
    private readonly NameGazetteer _gazetteer;

    public NameRecoveryStage() : this(OrganisationNames.Shared, NameGazetteer.Shared)
    {
    }

    public NameRecoveryStage(OrganisationNames organisations, NameGazetteer gazetteer)
    {
        _organisations = organisations;
        _gazetteer = gazetteer;
        // In the order of the gate bits.
        _prefilters = new ReadingPrefilter.Group(
            gazetteer.Firsts, PlaceGazetteer.Shared.Firsts, PersonNames.GivenPrefilter, OrganisationNames.AnyHeadPrefilter, PlaceNames.CategoryPrefilter);
        _knownGates = KeyGateMemo.PerThread(GatesOf);
    }

    private readonly ReadingPrefilter.Group _prefilters;

    public string Name => "names";
    public Layers Requires => Layers.Entities | Layers.Sentences;
    public Layers Provides => Layers.None;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        string text = document.Text;
        var scanned = DocumentWords.Of(text);
        var words = scanned.Words;
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        var mentions = scratch.Mentions;
        mentions.EnsureCapacity(MentionCount(document.Entities) + 8);
        foreach (var e in document.Entities)
        {
            foreach (var m in e.Mentions)
            {
                if (IsNoName(text.AsSpan(m.Span.Start, m.Span.Length)) || IsVisitOfOffice(text.AsSpan(m.Span.Start, m.Span.Length))) continue;
                // ريف حماة, بريف حمص: the countryside of a place names the place.
                var span = e.Type == EntityType.LOC ? PastCountryside(text, m.Span) : m.Span;
                if (span.Length > 0) mentions.Add((span, e.Type));
            }
        }
        var gates = Gates(words, scanned.PackedKeys, out var moreGates);
        foreach (var (span, type) in _gazetteer.Find(text, words, gates, NameGate)) Put(mentions, span, type, retype: true);
        var datelineCredit = DatelineCredit(text);
        if (datelineCredit is { } credit)
        {
            Put(mentions, credit, EntityType.ORG, retype: true);
            foreach (var again in CreditAgain(text, words, credit)) Put(mentions, again, EntityType.ORG, retype: true);
        }
        // A list, not a set: the organisation finder asks it only of a weak head with one complement. The thread's, where an
        // array was made for every story.
        var tagged = scratch.Tagged;
        foreach (var (span, _) in mentions) tagged.Add(span);
        foreach (var span in _organisations.Find(text, words, tagged, gates, HeadGate)) Put(mentions, span, EntityType.ORG, retype: false);
        foreach (var span in PlaceNames.Find(text, words, gates, CategoryGate)) Put(mentions, span, EntityType.LOC, retype: false);
        var listed = PlaceGazetteer.Shared.Find(text, words, gates, PlaceGate);
        foreach (var span in listed) Put(mentions, span, EntityType.LOC, retype: false);
        // مخيم الزعتري, مطار ابها الدولي: the facility noun takes in the name after it, tagged or not.
        var named = scratch.Spans;
        named.Clear();
        foreach (var (span, _) in mentions) named.Add(span);
        foreach (var span in FacilityNames.Find(text, words, named, moreGates, FacilityGate)) Put(mentions, span, EntityType.LOC, retype: false);
        RetypeListedPlaces(text, mentions, listed);
        RetypeDatelinePlace(text, mentions, listed, datelineCredit);
        SplitLeadingPlaces(text, mentions, listed);
        DropWordBeforePlaces(text, mentions, listed);
        SplitLeadingClans(text, mentions);
        SplitLeadingOrganisations(text, words, mentions);
        CutBeforeAuthorities(text, mentions);
        RetypePersonsAfterPlaceNouns(text, mentions);
        // قيادة شرطة ديالى, قيادة عمليات ديالى with ديالى read as a man: a listed place of one word the tagger read as a person
        // still names the place of a body built on it.
        var bodyPlaces = SpansOf(mentions, EntityType.LOC, scratch.Spans);
        var listedPersons = ListedOneWordPersons(mentions, listed);
        bodyPlaces.AddRange(listedPersons);
        foreach (var span in _organisations.AroundPlaces(text, words, bodyPlaces)) Put(mentions, span, EntityType.ORG, retype: false);
        RetypePlacesOfBodies(text, mentions, listedPersons);
        var towns = SpansOf(mentions, EntityType.LOC, scratch.Spans);
        SpansOf(mentions, EntityType.PER, towns, clear: false);
        foreach (var span in _organisations.Municipalities(text, words, towns)) Put(mentions, span, EntityType.ORG, retype: false);
        List<TextSpan>? grown = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type != EntityType.PER) continue;
            var completed = PersonNames.Complete(text, words, mentions[i].Span);
            if (completed == mentions[i].Span) continue;
            mentions[i] = (completed, EntityType.PER);
            (grown ??= new()).Add(completed);
        }
        // حمد بن عيسى آل + خليفة: the word a name grew over may have been tagged on its own; it is part of the name now.
        if (grown is not null) RemoveInsideGrown(mentions, grown);
        mentions = PersonNames.SplitJoined(text, words, mentions);
        mentions = PersonNames.TrimTrailing(text, words, mentions);
        foreach (var span in PersonNames.Find(text, words, gates, GivenGate)) Put(mentions, span, EntityType.PER, retype: false);
        foreach (var span in PersonNames.AfterTitles(text, words, mentions.Select(m => m.Span), ActorLexicon.Shared, gates, RoleGate, RankGate)) Put(mentions, span, EntityType.PER, retype: false);
        foreach (var span in PersonNames.AfterBodies(text, words, mentions)) Put(mentions, span, EntityType.PER, retype: false);
        foreach (var span in PersonNames.AfterPortfolios(text, words, mentions)) Put(mentions, span, EntityType.PER, retype: false);
        foreach (var span in PersonNames.AfterConstituencies(text, words, mentions)) Put(mentions, span, EntityType.PER, retype: false);
        foreach (var span in PersonNames.BetweenCommasAfterOffices(text, words, mentions)) Put(mentions, span, EntityType.PER, retype: false);
        // وزير المهجرين عصام شرف | الدين: a person found after a title may stop before the second half of a compound name.
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type != EntityType.PER) continue;
            var whole = PersonNames.CompleteCompound(text, words, mentions[i].Span);
            if (whole != mentions[i].Span && !AnyStartsIn(mentions, mentions[i].Span.End, whole.End)) mentions[i] = (whole, EntityType.PER);
        }
        foreach (var span in PersonNames.Surnames(text, words, SpansOf(mentions, EntityType.PER, scratch.Spans)))
        {
            Put(mentions, span, EntityType.PER, retype: false);
        }
        foreach (var span in PersonNames.BeforeSpeech(words, mentions, gates, SpeechGate)) Put(mentions, span, EntityType.PER, retype: false);
        mentions = PersonNames.JoinAdjacent(text, words, mentions);
        ConjoinedNames.Widen(text, words, mentions);
        foreach (var span in QuotedAfterHeads(text, words)) Put(mentions, span, EntityType.ORG, retype: true);
        WidenQuotedNames(text, words, mentions);
        AddShortForms(text, words, mentions, scratch);
        var heads = AddHeadsAfterMembers(text, words, mentions);
        var acronyms = AddAcronyms(words, mentions, datelineCredit);
        DropPortfolios(words, mentions);
        DropCountedNationals(words, mentions);
        AddBareArmy(text, words, mentions, moreGates);
        AddBareHeads(text, words, mentions, moreGates);
        var entities = Group(text, mentions, document.Entities, acronyms, heads, scratch);
        // The list the mentions ended in (a step that changes them may give a new one) is the next story's.
        scratch.Mentions = mentions;
        scratch.Clear();
        t_scratch = scratch;
        return document.WithEntities(entities);
    }

    /// <summary>
    /// Removes the mentions inside a name that grew over them, other than that name, in place, as RemoveAll would: a lambda
    /// capturing the grown names made a closure object at the start of every call of <see cref="Process"/>, grown or not.
    /// </summary>
    private static void RemoveInsideGrown(List<(TextSpan Span, EntityType Type)> mentions, List<TextSpan> grown)
    {
        int kept = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!InsideOther(grown, m.Span)) mentions[kept++] = m;
        }
        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    /// <summary>Whether <paramref name="span"/> lies inside one of <paramref name="spans"/> other than itself.</summary>
    private static bool InsideOther(List<TextSpan> spans, TextSpan span)
    {
        foreach (var g in spans)
        {
            if (g != span && g.Start <= span.Start && span.End <= g.End) return true;
        }
        return false;
    }

    /// <summary>Whether a mention starts in [<paramref name="from"/>, <paramref name="to"/>): a loop, where a lambda made a closure object for every person.</summary>
    private static bool AnyStartsIn(List<(TextSpan Span, EntityType Type)> mentions, int from, int to)
    {
        foreach (var m in mentions)
        {
            if (m.Span.Start >= from && m.Span.Start < to) return true;
        }
        return false;
    }

    /// <summary>
    /// An organisation's acronym in brackets right after its name (القيادة العسكرية الاميركية في افريقيا (افريكوم), بعثة الاتحاد
    /// الافريقي في الصومال (اميصوم)) and that word standing alone anywhere in the story are mentions of the organisation,
    /// also where the tagger read them as MISC. Returns each acronym's span in brackets with its organisation's.
    /// </summary>
    private static List<(TextSpan Acronym, TextSpan Name)> AddAcronyms(ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions, TextSpan? datelineCredit)
    {
        var found = new List<(TextSpan Acronym, TextSpan Name)>();
        for (int i = 0, count = mentions.Count; i < count; i++)
        {
            if (mentions[i].Type != EntityType.ORG) continue;
            int open = WordScanner.FirstAtOrAfter(words, mentions[i].Span.End);
            if (open + 2 >= words.Length || words[open].Key != "(" || words[open + 2].Key != ")" || !words[open + 1].IsLetters || words[open + 1].Key.Length < 3) continue;
            // وكالة تونس افريقيا للانباء (تونس): a place or person in brackets says where or who, not what the body is called.
            var bracketed = words[open + 1].Span;
            // بورتسودان (سونا) -: the agency a dateline credits is no acronym of its place.
            if (bracketed == datelineCredit) continue;
            if (IsPlaceOrPerson(mentions, bracketed)) continue;
            // وزارة الداخلية (الرسمية), حركة الشباب (الصومالية), الحزب (الحاكم): an adjective in brackets describes the body.
            if (IsBracketedAdjective(words[open + 1].Key)) continue;
            found.Add((bracketed, mentions[i].Span));
        }
        foreach (var (acronym, _) in found)
        {
            string key = words[WordScanner.FirstAtOrAfter(words, acronym.Start)].Key;
            foreach (var word in words)
            {
                if (word.Key == key) Put(mentions, word.Span, EntityType.ORG, retype: true);
            }
        }
        return found;
    }

    /// <summary>
    /// Whether a place or person mention has exactly <paramref name="span"/>: a loop, where a lambda capturing the span made
    /// a closure object for every mention of every story (the compiler makes it as the loop's body is entered).
    /// </summary>
    private static bool IsPlaceOrPerson(List<(TextSpan Span, EntityType Type)> mentions, TextSpan span)
    {
        foreach (var m in mentions)
        {
            if (m.Span == span && m.Type is EntityType.LOC or EntityType.PER) return true;
        }
        return false;
    }

    /// <summary>Adjectives said of a body in brackets (الحاكم, المعارض): no name of it.</summary>
    private static readonly HashSet<string> BodyAdjectives = MatchKey.SetOf("الحاكم", "الحاكمة", "المعارض", "المعارضة", "المحظور", "المحظورة", "المنحل", "المنحلة");

    /// <summary>Whether a bracketed word is an adjective rather than an acronym: a nisba with the article (الرسمية, الصومالية) or a <see cref="BodyAdjectives"/> word.</summary>
    private static bool IsBracketedAdjective(string key) =>
        BodyAdjectives.Contains(key) || key.StartsWith("ال", StringComparison.Ordinal) && (key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal));

    /// <summary>The one-word person mentions that are exactly a listed place (ديالى read as a man).</summary>
    private static List<TextSpan> ListedOneWordPersons(List<(TextSpan Span, EntityType Type)> mentions, List<TextSpan> listed)
    {
        var found = new List<TextSpan>();
        foreach (var (span, type) in mentions)
        {
            if (type == EntityType.PER && listed.Contains(span)) found.Add(span);
        }
        return found;
    }

    /// <summary>
    /// A listed place of one word the tagger read as a person (ديالى) is the place throughout the story once the story
    /// names a body after it (قيادة شرطة ديالى, قيادة عمليات ديالى: the police and commands of a province): a man's name
    /// does not stand there. Each person mention of the same words becomes the place (ديالى / نينا /, زار ديالى).
    /// </summary>
    private static void RetypePlacesOfBodies(string text, List<(TextSpan Span, EntityType Type)> mentions, List<TextSpan> listedPersons)
    {
        if (listedPersons.Count == 0) return;
        List<string>? places = null;
        foreach (var person in listedPersons)
        {
            bool inBody = false;
            foreach (var (span, type) in mentions)
            {
                if (type == EntityType.ORG && span != person && span.Start <= person.Start && person.End <= span.End) { inBody = true; break; }
            }
            if (inBody) (places ??= new()).Add(text.Substring(person.Start, person.Length));
        }
        if (places is null) return;
        for (int i = 0; i < mentions.Count; i++)
        {
            var (span, type) = mentions[i];
            if (type != EntityType.PER) continue;
            foreach (var place in places)
            {
                if (text.AsSpan(span.Start, span.Length).SequenceEqual(place)) { mentions[i] = (span, EntityType.LOC); break; }
            }
        }
    }

    /// <summary>
    /// A person mention that is exactly a listed place of two words or more is the place (صلاح الدين, the province; سيدي
    /// بوزيد): the tagger reads such names by their given-name look. So is سيدي and one word (سيدي احمد), which names a
    /// Maghreb town, never a person in wire copy (سيدي محمد ولد بوبكر is longer). A one-word listed place keeps the tagger's type (كيسمايو).
    /// </summary>
    private static void RetypeListedPlaces(string text, List<(TextSpan Span, EntityType Type)> mentions, List<TextSpan> listed)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var (span, type) = mentions[i];
            if (type != EntityType.PER) continue;
            var name = text.AsSpan(span.Start, span.Length);
            int space = name.IndexOf(' ');
            if (space < 0) continue;
            bool sidi = name[..space].SequenceEqual(Sidi) && name[(space + 1)..].IndexOf(' ') < 0;
            if (sidi || listed.Contains(span)) mentions[i] = (span, EntityType.LOC);
        }
    }

    private const string Sidi = "سيدي";

    /// <summary>
    /// بورتسودان (سونا) -: the place that opens a dateline with an agency's credit, read as a body, is the place the
    /// gazetteer lists; so is the same name read as a body further on (التقى، الجمعة، في بورتسودان رئيس المجلس).
    /// </summary>
    private static void RetypeDatelinePlace(string text, List<(TextSpan Span, EntityType Type)> mentions, List<TextSpan> listed, TextSpan? credit)
    {
        if (credit is not { } c) return;
        // A loop, not FindIndex: a lambda capturing the credit made a closure object on every call, credit or not.
        int head = -1;
        for (int i = 0; i < mentions.Count && head < 0; i++)
        {
            var m = mentions[i];
            if (m.Type == EntityType.ORG && m.Span.Start == 0 && m.Span.End < c.Start && listed.Contains(m.Span)) head = i;
        }
        if (head < 0) return;
        var place = text.AsSpan(mentions[head].Span.Start, mentions[head].Span.Length);
        for (int i = 0; i < mentions.Count; i++)
        {
            var (span, type) = mentions[i];
            if (type == EntityType.ORG && text.AsSpan(span.Start, span.Length).SequenceEqual(place)) mentions[i] = (span, EntityType.LOC);
        }
    }

    /// <summary>
    /// A person tagged with a listed place before the name (النائب عن محافظة [نينوى احمد الجبوري]): the place is a place,
    /// the words after it (two or more) the person.
    /// </summary>
    private static void SplitLeadingPlaces(string text, List<(TextSpan Span, EntityType Type)> mentions, List<TextSpan> listed)
    {
        int count = mentions.Count;
        for (int i = 0; i < count; i++)
        {
            var (span, type) = mentions[i];
            if (type != EntityType.PER) continue;
            foreach (var place in listed)
            {
                if (place.Start != span.Start || place.End + 1 >= span.End || text[place.End] != ' ') continue;
                var rest = new TextSpan(place.End + 1, span.End);
                if (text.AsSpan(rest.Start, rest.Length).IndexOf(' ') < 0) continue;
                mentions[i] = (rest, EntityType.PER);
                mentions.Add((place, EntityType.LOC));
                break;
            }
        }
    }

    /// <summary>
    /// A person tagged as one word and a listed place of two words or more after it ([زار بن قردان], [سكان بن قردان], [بين
    /// بن قردان]): a place opening with بن or another name-like word drew the word before it in as a first name. When that
    /// word is no given name, the mention is the place (محمد بن قردان stays a person).
    /// </summary>
    private static void DropWordBeforePlaces(string text, List<(TextSpan Span, EntityType Type)> mentions, List<TextSpan> listed)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var (span, type) = mentions[i];
            if (type != EntityType.PER) continue;
            foreach (var place in listed)
            {
                if (place.End != span.End || place.Start <= span.Start || text[place.Start - 1] != ' ') continue;
                var lead = text.AsSpan(span.Start, place.Start - 1 - span.Start);
                if (lead.IndexOf(' ') >= 0 || text.AsSpan(place.Start, place.Length).IndexOf(' ') < 0) continue;
                if (PersonNames.IsGivenName(MatchKey.Of(lead.ToString()))) continue;
                mentions[i] = (place, EntityType.LOC);
                break;
            }
        }
    }

    /// <summary>
    /// A person tagged with an Iraqi clan name before the name (شيخ عشيرة [البو فهد خميس الفهداوي]): البو and the word after
    /// it name a clan, never a man's first names, so the words after them (two or more) are the person.
    /// </summary>
    private static void SplitLeadingClans(string text, List<(TextSpan Span, EntityType Type)> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var (span, type) = mentions[i];
            if (type != EntityType.PER) continue;
            var name = text.AsSpan(span.Start, span.Length);
            if (!name.StartsWith(Clan) && !name.StartsWith(ClanHamza)) continue;
            int first = name.IndexOf(' ');
            if (first < 0) continue;
            int second = name[(first + 1)..].IndexOf(' ');
            if (second < 0) continue;
            int rest = first + 1 + second + 1;
            if (name[rest..].IndexOf(' ') < 0) continue;
            mentions[i] = (new TextSpan(span.Start + rest, span.End), EntityType.PER);
        }
    }

    private const string Clan = "البو ", ClanHamza = "ألبو ";

    /// <summary>
    /// A body's span the tagger drew on over the authorities after it and their adjective (اتهمت منظمة العفو الدولية
    /// السلطات المصرية) ends before them: the authorities are the verb's object, a generic plural, not the body's name.
    /// </summary>
    private static void CutBeforeAuthorities(string text, List<(TextSpan Span, EntityType Type)> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var (span, type) = mentions[i];
            if (type != EntityType.ORG) continue;
            var name = text.AsSpan(span.Start, span.Length);
            int at = name.IndexOf(Authorities, StringComparison.Ordinal);
            if (at <= 0 || name[at - 1] != ' ') continue;
            // السلطات المصرية: the authorities with their state's adjective after them; a name closed by the word (هيئة
            // تنظيم السلطات) is the body's own.
            int after = at + Authorities.Length;
            if (after >= name.Length || name[after] != ' ') continue;
            mentions[i] = (new TextSpan(span.Start, span.Start + at - 1), EntityType.ORG);
        }
    }

    private const string Authorities = "السلطات";

    /// <summary>Pronouns that open a predicate, not a name (تحدثت معه بي بي سي هو X).</summary>
    private static readonly HashSet<string> Pronouns = MatchKey.SetOf("هو", "هي", "هم", "هما");

    /// <summary>
    /// One span the tagger drew over a listed organisation and the man after it (للامم المتحدة انطونيو غوتيريش, لجامعة
    /// الدول العربية احمد ابو الغيط) is the organisation and the person: the words after the listed name are two or more
    /// and the first is no definite word (an adjective goes on the name: حكومة الوفاق الوطني الليبية), no word behind لل
    /// and no pronoun.
    /// </summary>
    private void SplitLeadingOrganisations(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        int count = mentions.Count;
        for (int m = 0; m < count; m++)
        {
            var span = mentions[m].Span;
            // Most mentions are one or two words: no listed name and a man's two words fit in them.
            if (text.AsSpan(span.Start, span.Length).Count(' ') < 2) continue;
            int i = WordScanner.Holding(words, span.Start);
            if (i >= words.Length || words[i].Start > span.Start) continue;
            int end = _gazetteer.OrganisationEnd(text, words, i, span.Start);
            if (end < 0 || end + 1 >= words.Length || words[end + 1].End > span.End || !words[end].IsLetters ||
                words[end].Key.StartsWith("ال", StringComparison.Ordinal) || words[end].Key.StartsWith("لل", StringComparison.Ordinal) ||
                Pronouns.Contains(words[end].Key)) continue;
            mentions[m] = (new TextSpan(span.Start, words[end - 1].End), EntityType.ORG);
            mentions.Add((new TextSpan(words[end].Start, span.End), EntityType.PER));
        }
    }

    /// <summary>
    /// A name tagged as a person right after a place's category noun (قرب قضاء [طوزخورماتو], ناحية [ابي صيدا], مخيم [حسن
    /// شام], ببلدة [ابو الظهور]) is the place the noun says it is: a district, a town, a camp is never a man. Not after
    /// مدينة, whose complement may be the man a city or a compound is named after (مدينة صلاح الدين الايوبي).
    /// </summary>
    private static void RetypePersonsAfterPlaceNouns(string text, List<(TextSpan Span, EntityType Type)> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var (span, type) = mentions[i];
            if (type != EntityType.PER || span.Start < 2 || text[span.Start - 1] != ' ') continue;
            int end = span.Start - 1, start = end;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (end - start < 3) continue;
            var noun = text.AsSpan(start, end - start);
            // بقضاء, لمدينة, وناحية: one clitic on the noun.
            // Looked up in place: a string was made of the noun (twice after a clitic) for every person.
            if (noun.Length > 4 && noun[0] is 'ب' or 'ل' or 'و' or 'ف' && PlaceNounLookup.Contains(noun[1..])) noun = noun[1..];
            if (PlaceNounLookup.Contains(noun)) mentions[i] = (span, EntityType.LOC);
        }
    }

    /// <summary>Category nouns of places (قضاء, ناحية, محافظة, بلدة, قرية, مخيم, منطقة), written with ة or ه.</summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "قضاء", "ناحية", "ناحيه", "محافظة", "محافظه", "بلدة", "بلده", "قرية", "قريه", "مخيم", "منطقة", "منطقه",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNounLookup = PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// An organisation named in quotation marks right after its group head, written without a clitic (تنظيم "داعش", حركة
    /// "حماس"), as the stories name it: the head and the marks are part of the name. After a clitic (لتنظيم "داعش") the
    /// name stands alone, as a span cannot leave the clitic out.
    /// </summary>
    private static void WidenQuotedNames(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var (span, type) = mentions[i];
            if (type != EntityType.ORG || span.Start < 2 || span.End >= text.Length || text[span.Start - 1] != '"' || text[span.End] != '"') continue;
            int mark = WordScanner.FirstAtOrAfter(words, span.Start - 1);
            if (mark < 1 || words[mark - 1] is not { IsLetters: true } head || head.End + 1 != span.Start - 1 || !QuotedNameHeads.Contains(head.Key)) continue;
            mentions[i] = (new TextSpan(head.Start, span.End + 1), type);
        }
    }

    private static readonly HashSet<string> QuotedNameHeads = MatchKey.SetOf("تنظيم", "حركة", "جماعة", "حزب", "جبهة");

    /// <summary>
    /// Heads of bodies whose name follows in quotation marks (جمعية "فورزا تونس", منظمة "انا يقظ", شركة "امانديس"); the
    /// groups of <see cref="QuotedNameHeads"/> keep their own reading. Not هيئة, which is as often a shape (في هيئة "نذور",
    /// هيئة "ختم مطاطي").
    /// </summary>
    private static readonly HashSet<string> QuotedBodyHeads = MatchKey.SetOf("جمعية", "منظمة", "شركة", "مؤسسة", "رابطة", "نقابة", "ائتلاف",
        "مجموعة", "تنسيقية", "اتحاد", "مجموعات", "جمعيات", "منظمات", "شركات");

    private const int MaxQuotedNameWords = 4;

    /// <summary>Whether a word key is the head of a body whose name may follow in quotation marks (جمعية, شركة; <see cref="QuotedBodyHeads"/>).</summary>
    internal static bool IsQuotedBodyHead(string key) => QuotedBodyHeads.Contains(key);

    /// <summary>
    /// A body's name in quotation marks right after its indefinite head (جمعية "فورزا تونس", وطالبت منظمة «انا يقظ»): the
    /// words inside the marks, one to <see cref="MaxQuotedNameWords"/> with no punctuation, are an organisation, as the
    /// stories name it (the head and the marks left out), whatever the tagger read there (a person, a place inside it).
    /// </summary>
    private static List<TextSpan> QuotedAfterHeads(string text, ReadOnlySpan<Word> words)
    {
        var found = new List<TextSpan>();
        for (int k = 0; k + 2 < words.Length; k++)
        {
            // The mark first: it is rare, the head lookup is not free.
            if (words[k + 1].Key is not ("\"" or "«" or "“")) continue;
            // منظمة, ومنظمة: the head with its conjunction or without.
            string head = words[k].Key;
            if (!words[k].IsLetters || !QuotedBodyHeads.Contains(head) && !(head.Length > 4 && head[0] == 'و' && QuotedBodyHeads.Contains(head[1..]))) continue;
            string close = words[k + 1].Key == "«" ? "»" : words[k + 1].Key == "“" ? "”" : "\"";
            int end = k + 2;
            while (end < words.Length && end <= k + 1 + MaxQuotedNameWords && words[end].IsLetters) end++;
            if (end == k + 2 || end >= words.Length || words[end].Key != close) continue;
            // شركة "ساهمت" في فوز, شركة "باعت متابعين وهميين": a headline's words opening with a short feminine past verb
            // that agrees with the head are what the body did, not its name.
            if (VerbAfterFeminineHead(words, k + 2, end)) continue;
            found.Add(new TextSpan(words[k + 2].Start, words[end - 1].End));
        }
        return found;
    }

    /// <summary>
    /// Whether the quoted words [first, end) open with a word of three to five letters ending in ت, no article, and run on
    /// (a second word inside the marks, or في or ب right after them): a feminine past verb, as شركة "ساهمت" في.
    /// </summary>
    private static bool VerbAfterFeminineHead(ReadOnlySpan<Word> words, int first, int end)
    {
        string key = words[first].Key;
        if (key.Length is < 3 or > 5 || key[^1] != 'ت' || key.StartsWith("ال", StringComparison.Ordinal)) return false;
        return end - first >= 2 || end + 1 < words.Length && words[end + 1].Key is "في" or "علي" or "الي" or "ب";
    }

    /// <summary>The spans of the mentions of one type, as they stand now, written to <paramref name="spans"/> (after what it holds, unless <paramref name="clear"/>).</summary>
    private static List<TextSpan> SpansOf(List<(TextSpan Span, EntityType Type)> mentions, EntityType type, List<TextSpan> spans, bool clear = true)
    {
        if (clear) spans.Clear();
        foreach (var (span, t) in mentions) if (t == type) spans.Add(span);
        return spans;
    }

    private const int NameGate = 0, PlaceGate = 1, GivenGate = 2, HeadGate = 3, CategoryGate = 4, SpeechGate = 5, RoleGate = 6, RankGate = 7;

    /// <summary>The gates past the first eight, in <see cref="Gates"/>' second array (bit 8 of <see cref="GatesOf"/> is its bit 0).</summary>
    private const int FacilityGate = 0, ArmyGate = 1, BareHeadGate = 2;

    /// <summary>
    /// For each letter word, whether the name, place, given-name, organisation-head and place-category prefilters may
    /// read it (a bit each): the first four are asked of nearly every word, and asked together they make each
    /// reading's shape once (twice: as it stands and as a name key). Written into an array this thread keeps from story
    /// to story (only the finders of this call read it), every entry set.
    /// </summary>
    /// <param name="packedKeys">The words' keys packed, as <see cref="DocumentWords.PackedKeys"/> holds them: the memo reads them, no key is packed again.</param>
    /// <param name="moreGates">The bits past the first eight (<see cref="FacilityGate"/>, <see cref="ArmyGate"/>, <see cref="BareHeadGate"/>), in a second array kept as the first.</param>
    private ReadOnlySpan<byte> Gates(ReadOnlySpan<Word> words, ReadOnlySpan<ulong> packedKeys, out ReadOnlySpan<byte> moreGates)
    {
        var gates = KeptGates(ref t_gates, words.Length);
        var more = KeptGates(ref t_moreGates, words.Length);
        var known = _knownGates.Value!;
        for (int i = 0; i < gates.Length; i++)
        {
            var word = words[i];
            if (!word.IsLetters)
            {
                gates[i] = 0;
                more[i] = 0;
                continue;
            }
            // Stories share most of their words and repeat them: a key's gates are made once and then read.
            ushort all = known.Of(word.Key, packedKeys[i]);
            gates[i] = (byte)all;
            more[i] = (byte)(all >> 8);
        }
        moreGates = more;
        return gates;
    }

    /// <summary>The first <paramref name="count"/> entries of the array <paramref name="kept"/> this thread keeps, made longer when too short.</summary>
    private static Span<byte> KeptGates(ref byte[]? kept, int count)
    {
        var array = kept;
        if (array is null || array.Length < count)
        {
            array = new byte[count];
            if (array.Length <= MaxKeptGates) kept = array;
        }
        return array.AsSpan(0, count);
    }

    /// <summary>
    /// The prefilters' bits of a letter word's key, the first tests of the person rules after titles and before speech, and
    /// (bit 8 on) the facility finder's first test of every word (<see cref="FacilityNames.MayBeHead"/>: a key's length and
    /// ends, once per key where it was made for every word; FacilityNames.Find was 1.3 % of main's steady-state profile).
    /// </summary>
    private ushort GatesOf(string key) => (ushort)(_prefilters.MayRead(key) |
        (PersonNames.IsSpeechVerb(key) ? 1 << SpeechGate : 0) | (PersonNames.IsRole(key) ? 1 << RoleGate : 0) | (PersonNames.IsRank(key) ? 1 << RankGate : 0) |
        (FacilityNames.MayBeHead(key) ? 1 << (8 + FacilityGate) : 0) | (IsArmyForm(key) ? 1 << (8 + ArmyGate) : 0) |
        (IsBareHeadForm(key) ? 1 << (8 + BareHeadGate) : 0));

    /// <summary>Each thread's gates of the keys it read, kept from story to story (<see cref="GatesOf"/> of this stage's prefilters).</summary>
    private readonly ThreadLocal<KeyGateMemo> _knownGates;

    [ThreadStatic] private static byte[]? t_gates, t_moreGates;
    private const int MaxKeptGates = 1 << 16;

    private static int MentionCount(ImmutableArray<Entity> entities)
    {
        int count = 0;
        foreach (var e in entities) count += e.Mentions.Length;
        return count;
    }

    /// <summary>A minister's title, with و, ل, ب or ف or not: the words after it are his portfolio.</summary>
    private static readonly HashSet<string> MinisterTitles = MatchKey.SetOf("وزير", "وزيرة", "ووزير", "ووزيرة", "لوزير", "لوزيرة", "بوزير", "بوزيرة", "فوزير");

    /// <summary>
    /// وكان وزير الصحة والحماية الاجتماعية قد استقبل: the portfolio after a minister's title names his office, not the
    /// ministry acting, so an organisation the tagger read there is none (the stories annotate no mention there; the
    /// ministry is named as وزارة …).
    /// </summary>
    private static void DropPortfolios(ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].Type != EntityType.ORG) continue;
            int at = WordScanner.FirstAtOrAfter(words, mentions[i].Span.Start);
            if (at >= 1 && at < words.Length && words[at].Start == mentions[i].Span.Start && MinisterTitles.Contains(words[at - 1].Key)) mentions.RemoveAt(i);
        }
    }

    /// <summary>
    /// اوقفت دورية 12 سوريا, غادر 850 نازحا سوريا: after a number, or a counted noun after one, سوريا and ليبيا are the
    /// accusative of سوري and ليبي (a Syrian, a Libyan), the nationality of those counted, not the country.
    /// </summary>
    private static void DropCountedNationals(ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].Type != EntityType.LOC) continue;
            int at = WordScanner.FirstAtOrAfter(words, mentions[i].Span.Start);
            if (at < 1 || at >= words.Length || words[at].Span != mentions[i].Span || !AccusativeNationals.Contains(words[at].Key)) continue;
            var before = words[at - 1];
            bool counted = NumberReader.Shared.Starts(before) ||
                           at >= 2 && before.IsLetters && before.Key.Length > 2 && before.Key[^1] == 'ا' && !before.Key.EndsWith("وا", StringComparison.Ordinal) &&
                           !before.Key.StartsWith("ال", StringComparison.Ordinal) && NumberReader.Shared.Starts(words[at - 2]);
            if (counted) mentions.RemoveAt(i);
        }
    }

    /// <summary>
    /// A bare الجيش (وحدات من الجيش طوقت المنطقة, دهمت قوة من الجيش منزلا) is the story's army when the story names exactly
    /// one army by a nationality (الجيش اللبناني, also behind a clitic where no mention can be: حاجز للجيش اللبناني): wire
    /// copy names the army once in full, then says الجيش. A story naming two armies (الجيش السوري, الجيش التركي) leaves
    /// it, and so does one naming none (whose army?). الجيش before a definite word is a name of its own (الجيش الحر,
    /// الجيش الوطني), not bare. The mention joins the army's entity when one was found (`MergeBareArmy`).
    /// </summary>
    /// <param name="moreGates">Per word, bit <see cref="ArmyGate"/> set where it is a letter word whose key <see cref="IsArmyForm"/> (<see cref="Gates"/>).</param>
    private static void AddBareArmy(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions, ReadOnlySpan<byte> moreGates)
    {
        string? army = null;
        // The bare ones, found as the armies are: most stories have none, and no list is made for them.
        List<int>? bare = null;
        for (int i = 0; i < words.Length; i++)
        {
            if ((moreGates[i] & 1 << ArmyGate) == 0) continue;
            // الجيش اللبناني, الجيش العربي السوري: the nationality right after, or after one qualifier.
            int n = i + 1 < words.Length && ArmyQualifiers.Contains(words[i + 1].Key) ? i + 2 : i + 1;
            if (n < words.Length && words[n].IsLetters && ActorLexicon.Shared.Nationality(NameKey.WordOfKey(words[n].Key)) is { } country)
            {
                if (army is not null && army != country) return;
                army = country;
            }
            else if (n == i + 1 && BareArmyForms.Contains(words[i].Key)) (bare ??= new()).Add(i);
        }
        if (army is null || bare is null) return;
        foreach (int i in bare)
        {
            var span = words[i].Key[0] == 'و' ? Proclitics.Skip(text, words[i].Span, 1) : words[i].Span;
            if (!PersonNames.Overlaps(mentions, span)) mentions.Add((span, EntityType.ORG));
        }
    }

    /// <summary>
    /// The common nouns a wire story tells a body again by once it has named it in full (المجموعة after المجموعة الاقتصادية
    /// لدول غرب افريقيا, البعثة after بعثة الامم المتحدة للدعم في ليبيا, الاتحاد after الاتحاد الافريقي).
    /// </summary>
    private static readonly HashSet<string> BodyHeads = MatchKey.SetOf("المجموعة", "البعثة", "المنظمة", "الهيئة", "اللجنة", "الحركة", "الجماعة",
        "الاتحاد", "المجلس", "الحكومة");

    /// <summary>The heads' name keys (مجموع for المجموعة), as a group's name is keyed.</summary>
    private static readonly HashSet<string> BodyHeadNames = BodyHeads.Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A bare head (وهددت المجموعة باللجوء الى القوة, وقالت البعثة في بيان) is the body the story named in full with that
    /// head before it (المجموعة الاقتصادية لدول غرب افريقيا, بعثة الامم المتحدة للدعم في ليبيا), when the story names exactly
    /// one body with that head. The head before a definite word is a name of its own (المجلس العسكري, الاتحاد الاوروبي), and
    /// a story naming two bodies with one head (مجلس الامن, مجلس النواب) leaves it. The mention joins the body's entity
    /// (`MergeBareHeads`).
    /// </summary>
    /// <param name="moreGates">Per word, bit <see cref="BareHeadGate"/> set where it is a letter word whose key <see cref="IsBareHeadForm"/> (<see cref="Gates"/>).</param>
    private static void AddBareHeads(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions, ReadOnlySpan<byte> moreGates)
    {
        if (!AnyHeadedBody(text, mentions)) return;
        List<int>? bare = null;
        for (int i = 0; i < words.Length; i++)
        {
            if ((moreGates[i] & 1 << BareHeadGate) == 0) continue;
            if (i + 1 < words.Length && words[i + 1].IsLetters && words[i + 1].Key.StartsWith("ال", StringComparison.Ordinal) &&
                !OpensNamedObject(words[i + 1], mentions)) continue;
            (bare ??= new()).Add(i);
        }
        if (bare is null) return;
        foreach (int i in bare)
        {
            string head = HeadOf(words[i].Key)!;
            var span = words[i].Key[0] == 'و' ? Proclitics.Skip(text, words[i].Span, 1) : words[i].Span;
            if (PersonNames.Overlaps(mentions, span)) continue;
            string? named = null;
            bool before = false, several = false, severalBefore = false;
            string? namedBefore = null;
            foreach (var m in mentions)
            {
                if (m.Type != EntityType.ORG || HeadedName(text, m.Span, head) is not { } key) continue;
                if (named is not null && named != key) several = true;
                named = key;
                if (m.Span.End > span.Start) continue;
                before = true;
                if (namedBefore is not null && namedBefore != key) severalBefore = true;
                namedBefore = key;
            }
            // ودان المجلس السياسي الاعلى …، ودعا المجلس الامم المتحدة … ومن المقرر ان يعقد مجلس الامن: a bare head acting on
            // a name the story tags tells again a body named before it; one named later with the same head is no rival.
            bool actsOnName = several && !severalBefore && i + 1 < words.Length && OpensNamedObject(words[i + 1], mentions);
            if (named is not null && before && (!several || actsOnName)) mentions.Add((span, EntityType.ORG));
        }
    }

    /// <summary>
    /// Whether <paramref name="next"/>, the definite word after a bare head, opens a person or an organisation the story
    /// tags (ودعا المجلس الامم المتحدة الى, واتهمت الحكومة الحكومة العراقية): a definite noun governs no name, so the head
    /// stands alone and the name is what it acted on; a definite word that opens no name (المجلس العسكري) still names a
    /// body of its own. Read only for a head before a definite word, a few words a story.
    /// </summary>
    private static bool OpensNamedObject(Word next, List<(TextSpan Span, EntityType Type)> mentions)
    {
        foreach (var (span, type) in mentions)
        {
            if (span.Start == next.Span.Start && span.End > next.Span.End && type is EntityType.ORG or EntityType.PER) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a letter word's key is a form of the army (الجيش, والجيش, للجيش: <see cref="AddBareArmy"/>'s first test of every
    /// word), made once per key in the stage's gates (<see cref="GatesOf"/>) where it was made for every word of every story.
    /// </summary>
    private static bool IsArmyForm(string key) =>
        // Every form ends in جيش: a key that does not is passed without hashing it.
        key.EndsWith("جيش", StringComparison.Ordinal) && ArmyForms.Contains(key);

    /// <summary>
    /// Whether a letter word's key is a bare body head (المجموعة, والمجموعة: <see cref="AddBareHeads"/>'s first test of every
    /// word), made once per key in the stage's gates (<see cref="GatesOf"/>) where it was made for every word of every story.
    /// </summary>
    private static bool IsBareHeadForm(string key) =>
        // Every head opens with the article (after و at most): any other key is passed before it is hashed.
        key.Length >= 5 && (key.StartsWith("ال", StringComparison.Ordinal) || key.StartsWith("وال", StringComparison.Ordinal)) && HeadOf(key) is not null;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyHeadLookup = BodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The head a bare word is (المجموعة, والمجموعة → المجموعه's key), or null; looked up in the key's span, as a word with
    /// و that is no head (a tenth of the story's words) made a string where none was needed.
    /// </summary>
    private static string? HeadOf(string key) =>
        BodyHeads.Contains(key) ? key : key[0] == 'و' && BodyHeadLookup.TryGetValue(key.AsSpan(1), out var head) ? head : null;

    /// <summary>
    /// Whether an organisation of two words or more opens with a head (بعثة الامم المتحدة, المجموعة الاقتصادية …), the one
    /// thing a bare head can join: most stories name none, and their words are not read for bare heads.
    /// </summary>
    private static bool AnyHeadedBody(string text, List<(TextSpan Span, EntityType Type)> mentions)
    {
        foreach (var (span, type) in mentions)
        {
            if (type != EntityType.ORG) continue;
            var written = text.AsSpan(span.Start, span.Length);
            int space = written.IndexOf(' ');
            if (space > 0 && BodyHeadNames.Contains(NameKey.Of(written[..space]))) return true;
        }
        return false;
    }

    /// <summary>The name key of a body of two words or more opening with <paramref name="head"/>, with or without the article (بعثة X for البعثة: name keys drop it), or null.</summary>
    private static string? HeadedName(string text, TextSpan span, string head)
    {
        string key = NameKey.Of(text.AsSpan(span.Start, span.Length));
        int space = key.IndexOf(' ');
        if (space < 0) return null;
        var first = key.AsSpan(0, space);
        return first.SequenceEqual(NameKey.Of(head)) ? key : null;
    }

    /// <summary>The group of a bare head joins the one organisation named with that head and more, when there is one.</summary>
    private static void MergeBareHeads(string text, List<List<(TextSpan Span, EntityType Type)>> groups)
    {
        for (int a = groups.Count - 1; a >= 0; a--)
        {
            if (groups[a][0].Type != EntityType.ORG) continue;
            var fullest = Fullest(text, groups[a]);
            // A name of two words or more is no bare head: its key is not made.
            if (text.AsSpan(fullest.Start, fullest.Length).Contains(' ')) continue;
            string key = NameKey.Of(text.AsSpan(fullest.Start, fullest.Length));
            if (key.Contains(' ') || !BodyHeadNames.Contains(key)) continue;
            int into = Headed(text, groups, a, key, before: int.MaxValue);
            // ودعا المجلس الامم المتحدة … ومن المقرر ان يعقد مجلس الامن: with two bodies of the head, a bare head the story
            // added for acting on a name (AddBareHeads) joins the one named before it.
            if (into == -2)
            {
                int first = int.MaxValue;
                foreach (var m in groups[a]) first = Math.Min(first, m.Span.Start);
                into = Headed(text, groups, a, key, first);
            }
            if (into < 0) continue;
            groups[into].AddRange(groups[a]);
            groups.RemoveAt(a);
        }
    }

    /// <summary>
    /// The one group other than <paramref name="a"/> whose fullest name opens with head <paramref name="key"/> and that has a
    /// mention ending before offset <paramref name="before"/>; -1 for none, -2 for several.
    /// </summary>
    private static int Headed(string text, List<List<(TextSpan Span, EntityType Type)>> groups, int a, string key, int before)
    {
        int into = -1;
        for (int b = 0; b < groups.Count && into != -2; b++)
        {
            if (b == a || groups[b][0].Type != EntityType.ORG) continue;
            var other = Fullest(text, groups[b]);
            if (HeadedName(text, other, key) is null || !NamedBefore(groups[b], before)) continue;
            into = into == -1 ? b : -2;
        }
        return into;
    }

    /// <summary>Whether a mention of <paramref name="group"/> ends before offset <paramref name="offset"/>.</summary>
    private static bool NamedBefore(List<(TextSpan Span, EntityType Type)> group, int offset)
    {
        foreach (var m in group)
        {
            if (m.Span.End <= offset) return true;
        }
        return false;
    }

    /// <summary>Words after الجيش that make it a name of its own (الجيش الحر, الجيش الوطني, الجيش العربي السوري), no bare army.</summary>
    private static readonly HashSet<string> ArmyQualifiers = MatchKey.SetOf("الحر", "الوطني", "الشعبي", "الاسلامي", "العربي", "الجمهوري", "الملكي", "الاحمر");

    /// <summary>الجيش as written alone or after و: a mention of it can be spanned.</summary>
    private static readonly HashSet<string> BareArmyForms = MatchKey.SetOf("الجيش", "والجيش");

    /// <summary>الجيش and its forms behind a clitic, that name an army with the nationality after them (للجيش اللبناني).</summary>
    private static readonly HashSet<string> ArmyForms = MatchKey.SetOf("الجيش", "والجيش", "للجيش", "وللجيش", "بالجيش", "وبالجيش", "فالجيش");

    /// <summary>Country names written as a nationality's accusative (سوريًّا, ليبيًّا).</summary>
    private static readonly HashSet<string> AccusativeNationals = MatchKey.SetOf("سوريا", "ليبيا");

    /// <summary>
    /// Common words the tagger takes for names: currencies (38 مليار دولار → MISC دولار), a unit, and the Maghreb wire's
    /// communiqué (وقال بلاغ للمديرية → PER بلاغ), a document. Neither is an entity.
    /// </summary>
    private static readonly HashSet<string> NoNames = new[]
    {
        "دولار", "دولارا", "دولارات", "يورو", "ريال", "ريالا", "ريالات", "دينار", "دينارا", "دنانير", "جنيه", "جنيها", "درهم", "درهما",
        "دراهم", "ليرة", "ليرات", "فرنك", "روبل", "ين", "يوان", "بلاغ", "بلاغا",
    }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoNameLookup = NoNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How far into a story its dateline's last bracket may close (سيدي بوزيد (تونس) (وات) -).</summary>
    private const int MaxDatelineReach = 48;

    /// <summary>
    /// The agency credited in the story's dateline (تونس (وات) -, الرياض (واس) -): the one word in brackets on the story's
    /// first line, before the dateline's dash, when it is a listed credit. Elsewhere the same word is a watt (ميغا وات) or
    /// the old kingdom (سبأ), and letters standing for an agency (اف ب, و م ع) are not listed: null then.
    /// </summary>
    private static TextSpan? DatelineCredit(string text)
    {
        int reach = Math.Min(text.Length, MaxDatelineReach);
        int open = text.IndexOf('(', 0, reach);
        if (open < 0) return LineCredit(text);
        // The place before the brackets: a few words on the first line (سيدي بوزيد, not a sentence).
        if (open < 0 || text.AsSpan(0, open).IndexOfAny('\n', '.', '،') >= 0 || text.AsSpan(0, open).Count(' ') > MaxDatelinePlaceWords) return null;
        TextSpan? credit = null;
        while (open >= 0)
        {
            int close = text.IndexOf(')', open, reach - open);
            if (close < 0) return null;
            var inside = text.AsSpan(open + 1, close - open - 1);
            int lead = inside.Length - inside.TrimStart().Length;
            var word = inside.Trim();
            if (credit is null && DatelineHead.IsCredit(word))
                credit = new TextSpan(open + 1 + lead, open + 1 + lead + word.Length);
            int next = close + 1;
            while (next < text.Length && text[next] == ' ') next++;
            if (next >= text.Length) return null;
            // The dateline ends at its dash; another bracket may come first (سيدي بوزيد (تونس) (وات) -).
            if (text[next] is '-' or '–' or '—' or ':') return credit;
            open = text[next] == '(' && next < reach ? next : -1;
        }
        return null;
    }

    /// <summary>
    /// The agency the dateline credits, named again in the story (قال الوزير لوات, قدر مراسل وات, لوكالة الانباء اليمنية
    /// (سبأ), حسب ما علمته واج): the same word, alone or after one clitic (ل, و, ب, ف, left out of the span), is that
    /// agency wherever it stands, in a story that credits it. A watt after a number or a scale (300 ميغا وات, 120 وات)
    /// is still a watt.
    /// </summary>
    private static List<TextSpan> CreditAgain(string text, ReadOnlySpan<Word> words, TextSpan credit)
    {
        var found = new List<TextSpan>();
        string key = MatchKey.Of(text.AsSpan(credit.Start, credit.Length));
        if (key.Length == 0) return found;
        for (int i = WordScanner.FirstAtOrAfter(words, credit.End); i < words.Length; i++)
        {
            var word = words[i];
            if (!word.IsLetters || word.Key.Length - key.Length is not (0 or 1)) continue;
            int clitic = word.Key.Length - key.Length;
            if (!word.Key.AsSpan(clitic).SequenceEqual(key) || clitic == 1 && word.Key[0] is not ('ل' or 'و' or 'ب' or 'ف')) continue;
            if (i > 0 && (words[i - 1].IsNumber || Scales.Contains(words[i - 1].Key))) continue;
            // لـرويترز: the tatweel after the clitic stays out of the span with it.
            int start = word.Start + clitic;
            while (clitic == 1 && start < word.End && text[start] == '\u0640') start++;
            found.Add(new TextSpan(start, word.End));
        }
        return found;
    }

    /// <summary>Scales a unit of power follows (ميغا وات, كيلو وات).</summary>
    private static readonly HashSet<string> Scales = MatchKey.SetOf("ميغا", "ميجا", "كيلو", "جيغا", "جيجا", "تيرا");

    /// <summary>
    /// The agency credited on a dateline's own line after a dash or a slash (مأرب - سبأ, حماة-سانا, صلاح الدين / واع), or
    /// before a colon that opens the story (مأرب - سبأ: اعلنت …): the one word after the last dash before the line's end,
    /// a listed credit, with a place of a few words before it.
    /// </summary>
    private static TextSpan? LineCredit(string text)
    {
        int lineEnd = text.AsSpan(0, Math.Min(text.Length, MaxDatelineReach + 1)).IndexOfAny('\n', ':');
        if (lineEnd <= 0) return null;
        var line = text.AsSpan(0, lineEnd).TrimEnd();
        int dash = line.LastIndexOfAny(LineCreditDashes);
        if (dash <= 0 || line[..dash].Trim().Count(' ') >= MaxDatelinePlaceWords) return null;
        var after = line[(dash + 1)..];
        var word = after.Trim();
        if (word.Length == 0 || word.Contains(' ') || !DatelineHead.IsCredit(word)) return null;
        int start = dash + 1 + (after.Length - after.TrimStart().Length);
        return new TextSpan(start, start + word.Length);
    }

    /// <summary>Dashes and the slash that set a dateline's credit off from its place on their own line.</summary>
    private static readonly System.Buffers.SearchValues<char> LineCreditDashes = System.Buffers.SearchValues.Create("-\u2013\u2014\u0640/");

    /// <summary>Spaces before a dateline's brackets: its place is a few words (سيدي بوزيد, جسر الشغور).</summary>
    private const int MaxDatelinePlaceWords = 3;

    private static readonly HashSet<string> VisitVerbs = MatchKey.SetOf("وزار", "زار", "فزار");

    /// <summary>Offices a visit verb may stand before: heads of an office held by one person.</summary>
    private static readonly HashSet<string> VisitingOffices = MatchKey.SetOf(
        "الرئيس", "رئيس", "رئيسة", "وزير", "وزيرة", "السفير", "المبعوث", "مبعوث", "الملك", "العاهل", "الامير", "ولي", "نائب", "المستشار");

    /// <summary>
    /// وزار الرئيس المصري بكين: the tagger reads the verb وزار (and visited) as the ministry's وزارة and tags it with the
    /// office after it as a body. No name is there: the verb and an office (named after it or not) are dropped whole.
    /// </summary>
    private static bool IsVisitOfOffice(ReadOnlySpan<char> span)
    {
        int space = span.IndexOf(' ');
        // Every mention of two words is asked: one whose first word has no ز (of زار, with any marks) is passed before a key is made.
        if (space < 0 || !span[..space].Contains('ز')) return false;
        if (!VisitVerbs.Contains(MatchKey.Of(span[..space]))) return false;
        var rest = span[(space + 1)..];
        int next = rest.IndexOf(' ');
        return VisitingOffices.Contains(MatchKey.Of(next < 0 ? rest : rest[..next]));
    }

    /// <summary>
    /// A place span the tagger opened with ريف (the countryside of: ريف حماة, بريف حمص), less ريف and its clitic: the stories
    /// name the place (42 of 46 in the dev gold); an empty span for ريف alone, no place. ريف دمشق, a governorate's name, is
    /// kept whole. A place cut short (ريف دير of ريف دير الزور) is completed by the place list after.
    /// </summary>
    private static TextSpan PastCountryside(string text, TextSpan span)
    {
        var written = text.AsSpan(span.Start, span.Length);
        int clitic = written.Length > 3 && written[0] is 'ب' or 'و' or 'ف' or 'ل' && written[1..].StartsWith(Countryside) ? 1 : 0;
        if (!written[clitic..].StartsWith(Countryside)) return span;
        var rest = written[(clitic + Countryside.Length)..];
        if (rest.IsEmpty) return default;
        if (rest[0] != ' ') return span;
        var place = rest.TrimStart();
        if (place.IsEmpty) return default;
        if (place.SequenceEqual(Damascus)) return span;
        return new TextSpan(span.End - place.Length, span.End);
    }

    private const string Countryside = "ريف";
    private const string Damascus = "دمشق";

    /// <summary>Whether the <see cref="MatchKey"/> of <paramref name="span"/> is a word of <see cref="NoNames"/>, without making the key.</summary>
    [SkipLocalsInit]   // the key is written before it is read
    private static bool IsNoName(ReadOnlySpan<char> span)
    {
        const int StackLimit = 64;
        Span<char> key = span.Length <= StackLimit ? stackalloc char[StackLimit] : new char[span.Length];
        int length = 0;
        foreach (char c in span)
        {
            char k = MatchKey.Fold(c);
            if (k != '\0') key[length++] = k;
        }
        return NoNameLookup.Contains(key[..length]);
    }

    /// <summary>
    /// Puts a recovered span among the mentions: the same span keeps the tagger's type unless <paramref name="retype"/>;
    /// spans inside it give way; one that crosses its edge wins over it.
    /// </summary>
    private static void Put(List<(TextSpan Span, EntityType Type)> mentions, TextSpan span, EntityType type, bool retype)
    {
        // Loops, not FindIndex/Any/RemoveAll: those would make a closure per recovered span.
        bool inside = false;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Span != span) continue;
            if (retype) mentions[i] = (span, type);
            return;
        }
        foreach (var m in mentions)
        {
            bool within = span.Start <= m.Span.Start && m.Span.End <= span.End;
            if (m.Span.Overlaps(span) && !within) return;
            inside |= within;
        }
        if (inside)
        {
            int kept = 0;
            for (int i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (!(span.Start <= m.Span.Start && m.Span.End <= span.End)) mentions[kept++] = m;
            }
            mentions.RemoveRange(kept, mentions.Count - kept);
        }
        mentions.Add((span, type));
    }

    /// <summary>Members' nouns in construct with their body (مقاتلو الحشد, عناصر الجيش).</summary>
    private static readonly HashSet<string> MembersInConstruct = MatchKey.SetOf("مقاتلو", "مقاتلي", "مسلحو", "مسلحي", "عناصر", "منتسبو", "منتسبي", "افراد");

    /// <summary>
    /// A body of two words, a definite head and its nisba (الحشد الشعبي), told again by its head alone after its members'
    /// noun in construct (مقاتلو الحشد, عناصر الحشد): the head is the body. Only after such a noun: الحشد alone elsewhere
    /// may be any crowd. Returns each head found with its body's span, so that it joins the body's entity in
    /// <see cref="Group"/> (as an acronym does), even where the tagger linked other bare heads to the body (الجيش, الجيش الوطني).
    /// </summary>
    private static List<(TextSpan Head, TextSpan Body)>? AddHeadsAfterMembers(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        List<(string Head, TextSpan Body)>? heads = null;
        foreach (var (span, type) in mentions)
        {
            if (type != EntityType.ORG) continue;
            int first = WordScanner.FirstAtOrAfter(words, span.Start);
            if (first + 1 >= words.Length || words[first].Start != span.Start || words[first + 1].End != span.End) continue;
            string head = words[first].Key, nisba = words[first + 1].Key;
            if (head.Length > 4 && head.StartsWith("ال", StringComparison.Ordinal) && nisba.StartsWith("ال", StringComparison.Ordinal) && nisba.EndsWith('ي')) (heads ??= new()).Add((head, span));
        }
        if (heads is null) return null;
        List<(TextSpan Head, TextSpan Body)>? added = null;
        for (int i = 1; i < words.Length; i++)
        {
            if (!MembersInConstruct.Contains(words[i - 1].Key) || PersonNames.Overlaps(mentions, words[i].Span)) continue;
            foreach (var (head, body) in heads)
            {
                if (words[i].Key != head) continue;
                mentions.Add((words[i].Span, EntityType.ORG));
                // The head joins its body's entity as an acronym joins its name's.
                (added ??= new()).Add((words[i].Span, body));
                break;
            }
        }
        return added;
    }

    /// <summary>
    /// Short forms of organisation names of three words or more, where the story uses them untagged: the name without
    /// its head in construct (الخارجية الاميركية of وزارة الخارجية الاميركية) and its first two words (صندوق النقد).
    /// </summary>
    /// <param name="scratch">Its sets and the list of a name's keys are the thread's (<see cref="Scratch"/>), where they were made for every story naming a body of three words.</param>
    private static void AddShortForms(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions, Scratch scratch)
    {
        var forms = scratch.ShortForms;
        foreach (var (span, type) in mentions)
        {
            // Most organisations have fewer than three words: their keys are not made.
            if (type != EntityType.ORG || LetterWordsIn(words, span) < 3) continue;
            var own = KeysIn(text, words, span, scratch.NameKeys);
            if (own.Count < 3) continue;
            var keys = CollectionsMarshal.AsSpan(own);
            // Only a head in construct leaves a name behind: after a definite head (المنظمة التونسية لمناهضة التعذيب) the rest is its adjectives.
            if (!own[0].StartsWith("ال", StringComparison.Ordinal) && own[1].StartsWith("ال", StringComparison.Ordinal)) forms.Add(string.Join(' ', keys[1..]));
            forms.Add(string.Join(' ', keys[..2]));
        }
        if (forms.Count == 0) return;
        // The forms' first and second words and the most words of one, read off each form in one loop (LINQ and Split made them with a dozen objects).
        int longest = 0;
        var firsts = scratch.ShortFormFirsts;
        var seconds = scratch.ShortFormSeconds;
        var secondSketch = new KeySketch();
        foreach (var form in forms)
        {
            longest = Math.Max(longest, form.AsSpan().Count(' ') + 1);
            int first = form.IndexOf(' '), second = form.IndexOf(' ', first + 1);
            firsts.Add(form[..first]);
            string secondWord = second < 0 ? form[(first + 1)..] : form[(first + 1)..second];
            if (seconds.Add(secondWord)) secondSketch.Add(secondWord);
        }
        for (int i = 0; i < words.Length; i++)
        {
            // Most words start no form: only those followed by a form's second word, and whose key or peeled key opens one, are tried.
            if (!words[i].IsLetters || i + 1 >= words.Length || !secondSketch.MayHold(words[i + 1].Key) || !seconds.Contains(words[i + 1].Key) || !OpensAny(text, words[i], firsts)) continue;
            for (int n = longest; n >= 2; n--)
            {
                if (i + n > words.Length) continue;
                var reading = FirstWordReading(text, words[i], words, i, n, forms);
                if (reading is not { } start) continue;
                var span = new TextSpan(start, words[i + n - 1].End);
                if (PersonNames.Overlaps(mentions, span)) continue;
                mentions.Add((span, EntityType.ORG));
                i += n - 1;
                break;
            }
        }
    }

    private static bool OpensAny(string text, Word word, HashSet<string> firsts)
    {
        // Only a reading with no article peeled can open a form (FirstWordReading): a word with none among the firsts is passed unread.
        if (!ReadingPrefilter.AnyIn(word.Key, firsts.GetAlternateLookup<ReadOnlySpan<char>>())) return false;
        foreach (var r in Proclitics.ReadingsOf(text, word))
        {
            if (firsts.Contains(r.Key)) return true;
        }
        return false;
    }

    /// <summary>The start of the first word's reading (و/ب/ل peeled, never the article) that makes words [i, i+n) a form, or null.</summary>
    /// <remarks>Each candidate is written into one buffer and looked up in place: a string was made of the rest and of each reading with it.</remarks>
    private static int? FirstWordReading(string text, Word first, ReadOnlySpan<Word> words, int i, int n, HashSet<string> forms)
    {
        // " " and the rest's keys, after room for the longest reading (the word's own key).
        int room = first.Key.Length, length = room;
        for (int k = 1; k < n; k++) length += 1 + words[i + k].Key.Length;
        var buffer = length <= FormStackLimit ? stackalloc char[FormStackLimit] : new char[length];
        for (int k = 1, at = room; k < n; k++)
        {
            buffer[at++] = ' ';
            words[i + k].Key.CopyTo(buffer[at..]);
            at += words[i + k].Key.Length;
        }
        var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var r in Proclitics.ReadingsOf(text, first))
        {
            if (r.HadArticle || (first.Key.StartsWith("لل", StringComparison.Ordinal) && r.Span.Start > first.Start)) continue;
            // A reading is the word's key less its front: it ends where the word's key does, right before the rest.
            var candidate = buffer[(room - r.Key.Length)..length];
            r.Key.CopyTo(candidate);
            if (lookup.Contains(candidate)) return r.Span.Start;
        }
        return null;
    }

    private const int FormStackLimit = 128;

    /// <summary>How many keys <see cref="KeysIn"/> makes for <paramref name="span"/>, without making them.</summary>
    private static int LetterWordsIn(ReadOnlySpan<Word> words, TextSpan span)
    {
        int count = 0;
        for (int k = Math.Max(0, WordScanner.FirstAtOrAfter(words, span.Start) - 1); k < words.Length; k++)
        {
            var w = words[k];
            if (w.Start >= span.End) break;
            if (w.End > span.Start && w.IsLetters) count++;
        }
        return count;
    }

    /// <summary>The match keys of the words of <paramref name="span"/>, each cut to the span (a clitic before it left out), written to <paramref name="keys"/> (emptied first).</summary>
    private static List<string> KeysIn(string text, ReadOnlySpan<Word> words, TextSpan span, List<string> keys)
    {
        keys.Clear();
        // Words end in order: the search starts at the word before the first that starts inside (it may hold a clitic).
        for (int k = Math.Max(0, WordScanner.FirstAtOrAfter(words, span.Start) - 1); k < words.Length; k++)
        {
            var w = words[k];
            if (w.Start >= span.End) break;
            if (w.End <= span.Start || !w.IsLetters) continue;
            int start = Math.Max(w.Start, span.Start), end = Math.Min(w.End, span.End);
            // A word wholly inside has that key already (the scan keys a word by MatchKey.Of).
            keys.Add(start == w.Start && end == w.End ? w.Key : MatchKey.Of(text.AsSpan(start, end - start)));
        }
        return keys;
    }

    /// <summary>
    /// Groups mentions into entities: one per name key (<see cref="NameKey"/>), and a short organisation form
    /// joins the one longer organisation it shortens; the tagger's person grouping (كيري → جون كيري) is kept.
    /// </summary>
    private static ImmutableArray<Entity> Group(string text, List<(TextSpan Span, EntityType Type)> mentions, ImmutableArray<Entity> tagged,
        List<(TextSpan Acronym, TextSpan Name)> acronyms, List<(TextSpan Head, TextSpan Body)>? heads, Scratch scratch)
    {
        var taggedOf = scratch.TaggedOf;
        for (int k = 0; k < tagged.Length; k++)
        {
            foreach (var m in tagged[k].Mentions) taggedOf.TryAdd(m.Span, k);
        }
        // A group is a tagged entity (its mentions kept as grouped) or a new name key; new keys join a tagged entity of that name.
        // The groups in order of their first mention; a tagged entity's found by its index, a new name's by type and key, so
        // no key string is made for a tagged mention and no tuple of three is hashed for each mention.
        var groups = scratch.Groups;
        var ofTagged = new List<(TextSpan Span, EntityType Type)>?[tagged.Length];
        Dictionary<(EntityType, string), List<(TextSpan Span, EntityType Type)>>? ofName = null;
        Dictionary<(EntityType, string), int>? taggedKeys = null;
        var byStart = ByStart(mentions, scratch);
        foreach (var m in byStart.AsSpan(0, mentions.Count))
        {
            int own = -1;
            string? name = null;
            if (taggedOf.TryGetValue(m.Span, out int k) && tagged[k].Type == m.Type)
            {
                own = k;
            }
            else
            {
                name = NameKey.Of(text.AsSpan(m.Span.Start, m.Span.Length));
                taggedKeys ??= TaggedKeys(tagged, scratch.TaggedKeys);
                if (taggedKeys.TryGetValue((m.Type, name), out int named)) own = named;
            }
            List<(TextSpan Span, EntityType Type)>? list = null;
            if (own >= 0) list = ofTagged[own];
            else (ofName ??= scratch.OfName).TryGetValue((m.Type, name!), out list);
            if (list is null)
            {
                groups.Add(list = scratch.NewGroup());
                if (own >= 0) ofTagged[own] = list;
                else ofName![(m.Type, name!)] = list;
            }
            list.Add(m);
        }
        MergeShortOrganisations(text, groups);
        MergeBareArmy(text, groups);
        MergeBareHeads(text, groups);
        MergeLamArticle(text, groups);
        MergeAcronyms(groups, acronyms);
        if (heads is not null) MergeAcronyms(groups, heads);
        // Groups were filled in order of start, so only one that took another's mentions needs sorting (stably, as before).
        for (int g = 0; g < groups.Count; g++)
        {
            if (!IsSorted(groups[g])) groups[g] = groups[g].OrderBy(m => m.Span.Start).ToList();
        }
        // Stable, as OrderBy: groups whose first mentions start together keep their order.
        var order = groups.ToArray();
        SortStably(order, order.Length, g => g[0].Span.Start, scratch);
        var built = new Entity[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            var g = order[i];
            var fullest = Fullest(text, g);
            // Most entities are the tagger's as it grouped them: its mentions and name are kept, not made again.
            var source = taggedOf.TryGetValue(g[0].Span, out int k) && tagged[k].Type == g[0].Type ? tagged[k] : null;
            var spans = source is not null && SameSpans(g, source.Mentions) ? source.Mentions : MentionsOf(g);
            var fullText = text.AsSpan(fullest.Start, fullest.Length);
            string name = source is not null && fullText.SequenceEqual(source.Name) ? source.Name : fullText.ToString();
            // للامم المتحدة seen only behind ل: the entity is named with the article alone (الامم المتحدة), as a reader would.
            built[i] = new Entity(EntityId(i + 1), g[0].Type, NameKey.WithArticle(name), spans);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(built);
    }

    private static ImmutableArray<Mention> MentionsOf(List<(TextSpan Span, EntityType Type)> group)
    {
        var spans = new Mention[group.Count];
        for (int k = 0; k < spans.Length; k++) spans[k] = new Mention(group[k].Span);
        return ImmutableCollectionsMarshal.AsImmutableArray(spans);
    }

    private static bool SameSpans(List<(TextSpan Span, EntityType Type)> group, ImmutableArray<Mention> mentions)
    {
        if (group.Count != mentions.Length) return false;
        for (int k = 0; k < mentions.Length; k++)
        {
            if (group[k].Span != mentions[k].Span) return false;
        }
        return true;
    }

    /// <summary>Ids e1, e2… of the first entities of a story, each made once and shared (a story has a few dozen entities).</summary>
    private static readonly string?[] s_ids = new string?[256];

    private static string EntityId(int number)
    {
        if (number >= s_ids.Length) return $"e{number}";
        // A race makes an id twice at most, each equal: no lock needed.
        return s_ids[number] ??= $"e{number}";
    }

    /// <summary>
    /// The mentions in order of start, those starting together in the order given (as a stable OrderBy), in the first
    /// entries of the scratch's array (as many as there are mentions).
    /// </summary>
    private static (TextSpan Span, EntityType Type)[] ByStart(List<(TextSpan Span, EntityType Type)> mentions, Scratch scratch)
    {
        var sorted = scratch.Sorted.Length >= mentions.Count ? scratch.Sorted : scratch.Sorted = new (TextSpan, EntityType)[mentions.Count];
        mentions.CopyTo(sorted);
        SortStably(sorted, mentions.Count, m => m.Span.Start, scratch);
        return sorted;
    }

    /// <summary>
    /// Sorts the first <paramref name="count"/> items by a non-negative start, ties kept in order: one key per item (start,
    /// then index), so no comparer closure per pair; the keys in the scratch's array.
    /// </summary>
    private static void SortStably<T>(T[] items, int count, Func<T, int> start, Scratch scratch)
    {
        var keys = scratch.Keys.Length >= count ? scratch.Keys : scratch.Keys = new long[count];
        for (int k = 0; k < count; k++) keys[k] = ((long)start(items[k]) << 32) | (uint)k;
        Array.Sort(keys, items, 0, count);
    }

    /// <summary>
    /// What <see cref="Process"/> and <see cref="Group"/> work in, kept per thread from story to story: the mentions'
    /// list, the tables, arrays and lists of the groups were most of the names stage's allocation, and none of them
    /// outlives the call (the entities are built from copies). Emptied as each call ends; a table or list grown past
    /// <see cref="MaxKept"/> entries by a long story is let go. Taken from the thread while a call works in it, so a
    /// call that throws leaves none half used.
    /// </summary>
    private sealed class Scratch
    {
        private const int MaxKept = 1 << 12;

        public List<(TextSpan Span, EntityType Type)> Mentions = new();
        public List<TextSpan> Spans = new();
        public Dictionary<TextSpan, int> TaggedOf = new();
        public Dictionary<(EntityType, string), int> TaggedKeys = new();
        public Dictionary<(EntityType, string), List<(TextSpan Span, EntityType Type)>> OfName = new();
        public readonly List<List<(TextSpan Span, EntityType Type)>> Groups = new();
        public (TextSpan Span, EntityType Type)[] Sorted = [];
        public long[] Keys = [];
        /// <summary><see cref="AddShortForms"/>' forms, their first and second words, and the keys of the name it reads.</summary>
        public HashSet<string> ShortForms = new(StringComparer.Ordinal), ShortFormFirsts = new(StringComparer.Ordinal), ShortFormSeconds = new(StringComparer.Ordinal);
        public List<string> NameKeys = new();
        /// <summary>The spans of the mentions as they stood before the organisation finder (<see cref="Process"/>).</summary>
        public List<TextSpan> Tagged = new();
        private readonly Stack<List<(TextSpan Span, EntityType Type)>> _spareGroups = new();

        /// <summary>An empty list for a group: one of an earlier story's when there is one.</summary>
        public List<(TextSpan Span, EntityType Type)> NewGroup() => _spareGroups.TryPop(out var spare) ? spare : new();

        /// <summary>Empties everything for the next story; the groups' lists are kept for its groups.</summary>
        public void Clear()
        {
            Mentions = Mentions.Capacity > MaxKept ? new() : Cleared(Mentions);
            Spans = Spans.Capacity > MaxKept ? new() : Cleared(Spans);
            foreach (var g in Groups)
            {
                g.Clear();
                if (g.Capacity <= MaxKept && _spareGroups.Count < MaxKept) _spareGroups.Push(g);
            }
            Groups.Clear();
            TaggedOf = Emptied(TaggedOf);
            TaggedKeys = Emptied(TaggedKeys);
            OfName = Emptied(OfName);
            ShortForms = Emptied(ShortForms);
            ShortFormFirsts = Emptied(ShortFormFirsts);
            ShortFormSeconds = Emptied(ShortFormSeconds);
            NameKeys = NameKeys.Capacity > MaxKept ? new() : Cleared(NameKeys);
            Tagged = Tagged.Capacity > MaxKept ? new() : Cleared(Tagged);
            // Spans, types and numbers only: nothing held, nothing to clear.
            if (Sorted.Length > MaxKept) Sorted = [];
            if (Keys.Length > MaxKept) Keys = [];
        }

        private static List<T> Cleared<T>(List<T> list)
        {
            list.Clear();
            return list;
        }

        private static HashSet<T> Emptied<T>(HashSet<T> set)
        {
            if (set.Count > MaxKept) return new(set.Comparer);
            set.Clear();
            return set;
        }

        private static Dictionary<TKey, TValue> Emptied<TKey, TValue>(Dictionary<TKey, TValue> table) where TKey : notnull
        {
            if (table.Count > MaxKept) return new();
            table.Clear();
            return table;
        }
    }

    [ThreadStatic] private static Scratch? t_scratch;

    private static bool IsSorted(List<(TextSpan Span, EntityType Type)> mentions)
    {
        for (int k = 1; k < mentions.Count; k++)
        {
            if (mentions[k].Span.Start < mentions[k - 1].Span.Start) return false;
        }
        return true;
    }

    /// <summary>The first tagged entity of each type and name key.</summary>
    private static Dictionary<(EntityType, string), int> TaggedKeys(ImmutableArray<Entity> tagged, Dictionary<(EntityType, string), int> keys)
    {
        for (int k = 0; k < tagged.Length; k++) keys.TryAdd((tagged[k].Type, NameKey.Of(tagged[k].Name)), k);
        return keys;
    }

    /// <summary>The group of each acronym joins the group of the organisation it was bracketed after.</summary>
    private static void MergeAcronyms(List<List<(TextSpan Span, EntityType Type)>> groups, List<(TextSpan Acronym, TextSpan Name)> acronyms)
    {
        foreach (var (acronym, name) in acronyms)
        {
            int from = groups.FindIndex(g => g.Exists(m => m.Span == acronym));
            int into = groups.FindIndex(g => g.Exists(m => m.Span == name));
            if (from < 0 || into < 0 || from == into) continue;
            groups[into].AddRange(groups[from]);
            groups.RemoveAt(from);
        }
    }

    /// <summary>The group of bare الجيش joins the one organisation named الجيش and more (الجيش اللبناني), when there is one.</summary>
    private static void MergeBareArmy(string text, List<List<(TextSpan Span, EntityType Type)>> groups)
    {
        int bare = -1, army = -1;
        for (int g = 0; g < groups.Count; g++)
        {
            if (groups[g][0].Type != EntityType.ORG) continue;
            // The longest mention names the group, as it will name the entity.
            var fullest = Fullest(text, groups[g]);
            // Most organisations are no army: their names are not keyed.
            if (!text.AsSpan(fullest.Start, fullest.Length).StartsWith("الجيش", StringComparison.Ordinal)) continue;
            string key = NameKey.Of(text.AsSpan(fullest.Start, fullest.Length));
            if (key == BareArmy) bare = bare == -1 ? g : -2;
            else if (key.StartsWith(BareArmyWithSpace, StringComparison.Ordinal)) army = army == -1 ? g : -2;
        }
        if (bare < 0 || army < 0) return;
        groups[army].AddRange(groups[bare]);
        groups.RemoveAt(bare);
    }

    /// <summary>
    /// A group's longest mention, the first of those as long: what names its entity. A mention behind ل and the article
    /// (للولايات المتحدة) gives way to one as long with the article alone (الولايات المتحدة).
    /// </summary>
    private static TextSpan Fullest(string text, List<(TextSpan Span, EntityType Type)> group)
    {
        var fullest = group[0].Span;
        foreach (var m in group)
        {
            if (m.Span.Length > fullest.Length ||
                m.Span.Length == fullest.Length && LamArticleAt(text, fullest) && !LamArticleAt(text, m.Span)) fullest = m.Span;
        }
        return fullest;
    }

    private static bool LamArticleAt(string text, TextSpan span) => NameKey.OpensWithLamArticle(text.AsSpan(span.Start, span.Length));

    /// <summary>
    /// A group named only behind ل and the article (للولايات المتحدة, للأمم المتحدة) joins the one group with a mention of
    /// that name with its article (الولايات المتحدة), whatever type the tagger gave either.
    /// </summary>
    private static void MergeLamArticle(string text, List<List<(TextSpan Span, EntityType Type)>> groups)
    {
        for (int g = groups.Count - 1; g >= 0; g--)
        {
            // Most names open with no لل: their keys are never made.
            var fullest = Fullest(text, groups[g]);
            if (!LamArticleAt(text, fullest)) continue;
            string key = NameKey.Of(NameKey.WithArticle(text.Substring(fullest.Start, fullest.Length)));
            int into = -1;
            for (int h = 0; h < groups.Count && into != -2; h++)
            {
                if (h == g) continue;
                foreach (var m in groups[h])
                {
                    if (LamArticleAt(text, m.Span) || NameKey.Of(text.AsSpan(m.Span.Start, m.Span.Length)) != key) continue;
                    into = into == -1 ? h : -2;
                    break;
                }
            }
            if (into < 0) continue;
            groups[into].AddRange(groups[g]);   // sorted below with the other groups that took mentions
            groups.RemoveAt(g);
        }
    }

    private static readonly string BareArmy = NameKey.Of("الجيش");
    private static readonly string BareArmyWithSpace = BareArmy + " ";

    /// <summary>An organisation whose name key is the start (two words or more) or the headless end of exactly one longer organisation's is that one.</summary>
    /// <remarks>
    /// The name keys are compared as strings, word by word through their spaces, where each was split into an array of
    /// word strings (an array and a string per word for every organisation of the story; the names stage allocated 22.9 KB
    /// per new BBC article with the split, 22.8 without).
    /// </remarks>
    private static void MergeShortOrganisations(string text, List<List<(TextSpan Span, EntityType Type)>> groups)
    {
        int organisations = 0;
        foreach (var g in groups) if (g[0].Type == EntityType.ORG) organisations++;
        if (organisations < 2) return;
        // Each group's name key, made once and again only when the group grows.
        var names = new List<string?>(new string?[groups.Count]);
        string NameOf(int g)
        {
            if (names[g] is { } known) return known;
            var fullest = Fullest(text, groups[g]);
            return names[g] = NameKey.Of(text.AsSpan(fullest.Start, fullest.Length));
        }
        for (int a = groups.Count - 1; a >= 0; a--)
        {
            if (groups[a][0].Type != EntityType.ORG) continue;
            var shortName = NameOf(a);
            if (!shortName.Contains(' ')) continue;
            int longer = -1, count = 0;
            for (int b = 0; b < groups.Count; b++)
            {
                if (b == a || groups[b][0].Type != EntityType.ORG) continue;
                var name = NameOf(b);
                if (name.Length > shortName.Length && (StartsWithWords(name, shortName) || IsHeadlessEnd(name, shortName)))
                {
                    longer = b;
                    count++;
                }
            }
            if (count != 1) continue;
            groups[longer].AddRange(groups[a]);
            names[longer] = null;
            groups.RemoveAt(a);
            names.RemoveAt(a);
        }
    }

    /// <summary>Whether the words of <paramref name="name"/> (a name key, words between single spaces) begin with all the words of <paramref name="words"/> and go on.</summary>
    private static bool StartsWithWords(string name, string words) =>
        name.Length > words.Length && name[words.Length] == ' ' && name.StartsWith(words, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="name"/>'s words after its first are exactly <paramref name="words"/>'.</summary>
    private static bool IsHeadlessEnd(string name, string words)
    {
        int space = name.IndexOf(' ');
        return space >= 0 && name.AsSpan(space + 1).SequenceEqual(words);
    }
}
