using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// Places of <c>models/places/places.tsv</c> (cities and first-level subdivisions from CLDR and iso3166-2-db, and a
/// hand-written list of the Arab world's towns, regions and waters; see its MODEL_CARD) found word by word: the
/// longest listed name starting at each word (مكة المكرمة over مكة, جنوب دارفور over دارفور), the first word's
/// و/ف and ب/ل/ك peeled (وبعقوبة → بعقوبة) but never the article, and never after لل. A word that is itself a
/// listed place is read whole before any clitic is peeled (بعقوبة, not ب + عقوبة), so a tagger span that cut a
/// proclitic-looking letter off a place (عقوبة) lies inside the place found and gives way to it.
/// </summary>
public sealed class PlaceGazetteer
{
    public const string ResourceName = "Hadath.Extraction.Models.places.tsv";

    private readonly Dictionary<string, List<string[]>> _byFirst = new(StringComparer.Ordinal);
    /// <summary>Listed names that end in ة: a text word ending in ه is then a pronoun, not the name (قفصه: its cage).</summary>
    private readonly HashSet<string> _endInTaMarbuta = new(StringComparer.Ordinal);
    private readonly ReadingPrefilter _firsts;
    /// <summary>First words of the one-word places: a word opening only longer ones opens none unless its next word is one of <see cref="_seconds"/>.</summary>
    private readonly ReadingPrefilter _oneWordFirsts;
    /// <summary>Second words of the places of two words or more.</summary>
    private readonly HashSet<string> _seconds = new(StringComparer.Ordinal);

    /// <summary>Whether a word may open a listed place by its letters (its readings' shapes, then their keys).</summary>
    internal ReadingPrefilter Firsts => _firsts;

    public PlaceGazetteer(IEnumerable<string> names)
    {
        _countriesByKey = _countries.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in names)
        {
            var keys = LexiconTable.Keys(name);
            if (keys.Length == 0) continue;
            if (!_byFirst.TryGetValue(keys[0], out var list)) _byFirst[keys[0]] = list = new();
            if (!list.Any(k => k.AsSpan().SequenceEqual(keys))) list.Add(keys);
            if (name.TrimEnd().EndsWith('ة')) _endInTaMarbuta.Add(string.Join(' ', keys));
        }
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
        _firsts = new ReadingPrefilter(_byFirst.Keys, nameKeys: false);
        var oneWordFirsts = new List<string>();
        foreach (var (first, list) in _byFirst)
        {
            foreach (var keys in list)
            {
                if (keys.Length == 1) oneWordFirsts.Add(first);
                else _seconds.Add(keys[1]);
            }
        }
        _oneWordFirsts = new ReadingPrefilter(oneWordFirsts, nameKeys: false);
    }

    /// <param name="countries">Each listed place's country (ISO 3166 alpha-3, the CAMEO country code), where the list gives one.</param>
    public PlaceGazetteer(IEnumerable<string> names, IEnumerable<(string Name, string Country)> countries) : this(names)
    {
        foreach (var (name, country) in countries) _countries[Actors.NameKey.Of(name)] = country;
        foreach (var (name, country) in ContextOnlyCountries) _countries.TryAdd(Actors.NameKey.Of(name), country);
    }

    private readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _countriesByKey;

    /// <summary>
    /// The country of a listed place by its name key (<see cref="Actors.NameKey"/>: سوسة → TUN, الدار البيضاء → MAR); null
    /// for a place the list gives no country or more than one (seas, rivers, names shared across borders).
    /// </summary>
    public string? Country(ReadOnlySpan<char> nameKey) => _countriesByKey.TryGetValue(nameKey, out var country) ? country : null;

    public static PlaceGazetteer Shared { get; } = LoadEmbedded();

    public int Count => _byFirst.Values.Sum(l => l.Count);

    private static PlaceGazetteer LoadEmbedded()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded place list '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        var countries = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            names.Add(cells[0]);
            if (cells.Length > 2 && cells[2].Length == 3) countries.Add((cells[0], cells[2]));
        }
        return new PlaceGazetteer(names, countries);
    }

    /// <summary>The spans of listed places in <paramref name="words"/>, in order, none overlapping.</summary>
    public List<TextSpan> Find(string text, IReadOnlyList<Word> words) => Find(text, WordScanner.AsSpan(words), default, 0);

    /// <param name="gates">When not empty, <see cref="Firsts"/>' answer for each word, as bit <paramref name="gate"/> (<see cref="ReadingPrefilter.Group"/>).</param>
    internal List<TextSpan> Find(string text, ReadOnlySpan<Word> words, ReadOnlySpan<byte> gates, int gate)
    {
        var found = new List<TextSpan>();
        for (int i = 0; i < words.Length; i++)
        {
            // Most words open no listed place by their letters alone: their readings are not made.
            if (!words[i].IsLetters) continue;
            if (MayBeContextOnly(words[i].Key) && ContextOnly.Contains(words[i].Key))
            {
                if (InPlaceContext(text, words, i)) found.Add(words[i].Span);
                continue;
            }
            if (!_firsts.MayRead(words[i].Key, gates, gate, i) || !MayOpen(words, i) || At(text, words, i) is not { } hit) continue;
            found.Add(hit.Span);
            i = hit.EndWord - 1;
        }
        return found;
    }

    /// <summary>
    /// Whether word <paramref name="i"/>, which may open a listed place by its letters, may open one here: a place of one
    /// word, or a longer one whose second word comes next. Most words that pass the letters test open only longer places
    /// and are not followed by one's second word (على, لا, ها of علي صبيح, لا باز, ها نام): their readings are not made.
    /// </summary>
    private bool MayOpen(ReadOnlySpan<Word> words, int i) =>
        (i + 1 < words.Length && words[i + 1].IsLetters && _seconds.Contains(words[i + 1].Key)) || _oneWordFirsts.MayRead(words[i].Key);

    /// <summary>
    /// Places left out of the list because they are as often a given name or a common word (منى: Mona; دوما: always;
    /// جدة folds to جده, a grandmother; مالي: financial, دعم مالي; وجدة, Oujda: and a grandmother; طويلة, Darfur's Tawila:
    /// long): taken only as a whole word in a strong place context. Read whole, وجدة there is Oujda, not و and Jeddah.
    /// </summary>
    private static readonly HashSet<string> ContextOnly = new[] { "منى", "دوما", "جدة", "مالي", "وجدة", "طويلة" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The countries of <see cref="ContextOnly"/> places the actor dictionary does not give (Oujda: MAR, Tawila: SDN).</summary>
    /// <remarks>A property, not a field: the shared gazetteer is built before the fields declared after it are set.</remarks>
    private static (string Name, string Country)[] ContextOnlyCountries => [("وجدة", "MAR"), ("طويلة", "SDN")];

    private static readonly int ContextOnlyLongest = ContextOnly.Max(k => k.Length);

    /// <summary>A bit per first letter of <see cref="ContextOnly"/> (by its low six bits): a constant to the JIT, where a string of them was searched.</summary>
    private static readonly ulong ContextOnlyFirsts = ContextOnly.Aggregate(0UL, (bits, k) => bits | 1UL << (k[0] & 63));

    /// <summary>Whether <paramref name="key"/> may be one of <see cref="ContextOnly"/>: nearly every word is passed by its length or first letter, unhashed.</summary>
    private static bool MayBeContextOnly(string key) =>
        key.Length > 0 && key.Length <= ContextOnlyLongest && (ContextOnlyFirsts >> (key[0] & 63) & 1) != 0;

    /// <summary>Words after which a listed-by-context place is a place: في منى, قرب جدة, مدينة دوما, مشعر منى.</summary>
    private static readonly HashSet<string> PlaceCues = new[] { "في", "قرب", "مدينة", "بلدة", "مشعر", "وادي", "ضواحي" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Words after which the state مالي is the country, not what is financial (عقوبات على مالي, وصل الى مالي, الحدود مع
    /// مالي, شمال مالي); after an indefinite noun it is the adjective (دعم مالي, عجز مالي).
    /// </summary>
    private static readonly HashSet<string> StateCues = new[] { "على", "الى", "مع", "ضد", "شمال", "جنوب", "وسط", "دولة", "جمهورية" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly string Mali = MatchKey.Of("مالي");

    /// <summary>
    /// The word opens a dateline (منى (السعودية) -, وجدة – هسبريس) or follows a place cue, its و/ف peeled (وفي منى).
    /// </summary>
    private static bool InPlaceContext(string text, ReadOnlySpan<Word> words, int i)
    {
        if (EndsWithHa(text, words[i])) return false;   // جده: his grandmother, not جدة
        if (words[i].Start == 0) return text.AsSpan(words[i].End).TrimStart() is [('(' or '-' or '\u2013' or '\u2014' or '\u0640' or '/'), ..];
        if (i == 0 || !words[i - 1].IsLetters || words[i - 1].End < words[i].Start - 1) return false;
        foreach (var reading in Proclitics.ReadingsOf(text, words[i - 1]))
        {
            if (!reading.HadArticle && (PlaceCues.Contains(reading.Key) || words[i].Key == Mali && StateCues.Contains(reading.Key))) return true;
        }
        return false;
    }

    /// <summary>Whether word <paramref name="i"/> is a listed place of one word (the tagger's reading of it as a place is backed).</summary>
    internal bool IsListedWord(string text, ReadOnlySpan<Word> words, int i) =>
        words[i].IsLetters && (ContextOnly.Contains(words[i].Key) || At(text, words, i) is { } hit && hit.EndWord == i + 1);

    private (TextSpan Span, int EndWord)? At(string text, ReadOnlySpan<Word> words, int i)
    {
        // Readings come whole word first, then with و/ف, then ب/ل/ك peeled: the first that opens a listed place wins.
        foreach (var reading in Proclitics.ReadingsOf(text, words[i]))
        {
            if (reading.HadArticle || (words[i].Key.StartsWith("لل", StringComparison.Ordinal) && reading.Span.Start > words[i].Start)) continue;
            // ك (like) before a place is rare, and peeling it reads كريمة (generous) as the governorate ريمة.
            if (words[i].Key.AsSpan(0, words[i].Key.Length - reading.Key.Length).Contains('ك')) continue;
            if (!_byFirst.TryGetValue(reading.Key, out var names)) continue;
            foreach (var keys in names)
            {
                if (i + keys.Length > words.Length) continue;
                if (keys.Length == 1 && i + 1 < words.Length && !OneWordPlaceBefore(reading.Key, words[i + 1].Key)) continue;
                bool all = true;
                for (int k = 1; k < keys.Length && all; k++) all = words[i + k].IsLetters && words[i + k].Key == keys[k];
                if (all && EndsWithHa(text, words[i + keys.Length - 1]) && _endInTaMarbuta.Contains(string.Join(' ', keys))) continue;
                if (all) return (new TextSpan(reading.Span.Start, words[i + keys.Length - 1].End), i + keys.Length);
            }
        }
        return null;
    }

    private static bool EndsWithHa(string text, Word word)
    {
        for (int k = word.End - 1; k >= word.Start; k--)
        {
            char c = text[k];
            if (c is >= '\u064B' and <= '\u0652') continue;   // harakat after the last letter
            return c == 'ه';
        }
        return false;
    }

    /// <summary>
    /// Whether a one-word place may stand before the next word: not before رأس (مسقط رأسه: his birthplace), and a place
    /// that opens with a preposition's letter not before a definite word, where it is the preposition on a noun in
    /// construct (بعقوبة السجن: with a prison sentence, not the city بعقوبة). و is left out: واشنطن الاثنين.
    /// </summary>
    private static bool OneWordPlaceBefore(string place, string next)
    {
        if (next.StartsWith("راس", StringComparison.Ordinal)) return false;
        return !(place[0] is 'ب' or 'ل' && next.StartsWith("ال", StringComparison.Ordinal));
    }
}
