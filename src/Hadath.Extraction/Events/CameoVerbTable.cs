using System.Runtime.CompilerServices;
using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>One compiled verb pattern of <c>models/events/cameo-verbs.tsv</c>: a verb form, optionally followed by object words.</summary>
public sealed record CameoVerbPattern(string Id, string Code, string[] Object)
{
    private readonly string _id = Id;
    private readonly int _objectWindow = WindowOf(Id);

    /// <summary>The pattern's id; setting it (a copy made with another) sets <see cref="ObjectWindow"/> with it.</summary>
    public string Id
    {
        get => _id;
        init => (_id, _objectWindow) = (value, WindowOf(value));
    }

    /// <summary>How many words after the verb its object may take (<see cref="CameoVerbTable"/>): more for Hadath's own verbs.</summary>
    internal int ObjectWindow => _objectWindow;

    private readonly string[] _object = Object;
    private readonly ulong _objectSketch = CameoVerbTable.SketchOf(Object);

    /// <summary>The object's words; setting them (a copy made with others) sets <see cref="ObjectSketch"/> with them.</summary>
    public string[] Object
    {
        get => _object;
        init => (_object, _objectSketch) = (value, CameoVerbTable.SketchOf(value));
    }

    /// <summary>The bit of each object word's first letter and length (<see cref="CameoVerbTable"/>'s window sketch), or-ed.</summary>
    internal ulong ObjectSketch => _objectSketch;

    private static int WindowOf(string id) => id.StartsWith("own:", StringComparison.Ordinal) ? CameoVerbTable.OwnObjectWindow : CameoVerbTable.ObjectWindow;
}

/// <summary>
/// The CAMEO verb table (<c>models/events/cameo-verbs.tsv</c>, built by <c>hadath train events</c> from the Arabic
/// CAMEO verb dictionary and Hadath's own verbs), embedded in this assembly. Finds verb hits in a sentence: the
/// verb may carry و/ف (never ب/ل/ال: a verb form read after those is a noun); an object pattern needs its words,
/// in order, within <see cref="ObjectWindow"/> words after the verb (<see cref="OwnObjectWindow"/> for Hadath's own verbs) and
/// before any punctuation. A meeting or visit verb may carry an object pronoun (واستقبله: <see cref="Hit.ObjectPronoun"/>).
/// </summary>
public sealed class CameoVerbTable
{
    public const string ResourceName = "Hadath.Extraction.Models.cameo-verbs.tsv";
    internal const int ObjectWindow = 6;

    /// <summary>
    /// Hadath's own verbs (checked by hand) find their object past a long subject (وصل وزير الخارجية التركي مولود جاويش اوغلو الى,
    /// حمل رئيس مجلس قضاء عامرية الفلوجة شاكر العيساوي الحكومة العراقية مسؤولية: ten words on).
    /// </summary>
    internal const int OwnObjectWindow = 12;

    private readonly Dictionary<string, FormPatterns> _byForm;

    /// <summary><see cref="_byForm"/> and <see cref="_withPronoun"/> looked up by a word's key less a و/ف, in place.</summary>
    private readonly Dictionary<string, FormPatterns>.AlternateLookup<ReadOnlySpan<char>> _byFormOfSpan;
    private readonly Dictionary<string, (string Form, CameoVerbPattern Pattern)>.AlternateLookup<ReadOnlySpan<char>> _withPronounOfSpan;

    /// <summary>The forms with and without an object pronoun: a word is read only when it, or it less a و/ف, is one.</summary>
    private readonly FormShapes _forms;

    public CameoVerbTable(TextReader reader)
    {
        var groups = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var byForm = new Dictionary<string, List<CameoVerbPattern>>(StringComparer.Ordinal);
        var pastInGroup = new HashSet<(string, CameoVerbPattern)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f[0].StartsWith('@'))
            {
                groups[f[0]] = f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            var pattern = new CameoVerbPattern(f[0], f[1], f[3].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var group = groups[f[2]];
            foreach (var form in group)
            {
                if (!byForm.TryGetValue(form, out var list)) byForm[form] = list = new();
                list.Add(pattern);
                if (PastBesideItsFeminine(form, group)) pastInGroup.Add((form, pattern));
            }
        }
        // Most specific first: a verb with its object (وقع اتفاقا → 057) before the verb alone; among patterns as specific,
        // Hadath's own (verbs-hadath.tsv: قدم+مساعدات → 073) before the dictionary's, then in the table's order. A stable
        // order: List.Sort is not, so one row more or less anywhere reordered the ties of every form.
        foreach (var list in byForm.Values)
        {
            var ordered = list.OrderByDescending(p => p.Object.Length).ThenBy(p => p.Id.StartsWith("own:", StringComparison.Ordinal) ? 0 : 1).ToList();
            list.Clear();
            list.AddRange(ordered);
        }
        // واستقبله امير البلاد: a meeting or visit verb (CAMEO 04) with an object pronoun receives the one told of before it.
        foreach (var (form, list) in byForm)
        {
            var meeting = list.FirstOrDefault(p => p.Object.Length == 0 && p.Code.StartsWith("04", StringComparison.Ordinal));
            if (meeting is null) continue;
            foreach (var suffix in ObjectPronouns) _withPronoun.TryAdd(form + suffix, (form, meeting));
        }
        AddCallsWithPronoun(byForm);
        // Present (imperfect) forms: يـ, or تـ where the يـ form is listed too (تلتقي/يلتقي; تباحث is a past form).
        bool Present(string form) => form[0] == 'ي' || (form[0] == 'ت' && byForm.ContainsKey("ي" + form[1..]));
        _byForm = byForm.ToDictionary(f => f.Key, f => new FormPatterns(f.Value, Present(f.Key), f.Value.Where(p => pastInGroup.Contains((f.Key, p)))), StringComparer.Ordinal);
        _byFormOfSpan = _byForm.GetAlternateLookup<ReadOnlySpan<char>>();
        _withPronounOfSpan = _withPronoun.GetAlternateLookup<ReadOnlySpan<char>>();
        _forms = new FormShapes(Forms);
    }

    private static readonly string[] ObjectPronouns = { "ه", "هم" };   // not ها: زارها is mostly a place

    /// <summary>
    /// Reads a call or demand verb (CAMEO 02, no object pattern) with its addressee as an object pronoun as the call itself:
    /// ونفت الوزارة ذلك، ودعتهم الى العودة الى الاقسام; وطالبتها بوقف دعمها (دعت+هم, طالبت+ها → the 02 pattern of دعت,
    /// طالبت). Whom the pronoun stands for is left to <see cref="Hit.ObjectPronoun"/>'s reader. Here ها is a person or a
    /// body (دعاها), not a place as after a visit verb.
    /// </summary>
    private void AddCallsWithPronoun(Dictionary<string, List<CameoVerbPattern>> byForm)
    {
        foreach (var (form, list) in byForm)
        {
            var call = list.FirstOrDefault(p => p.Object.Length == 0 && p.Code.StartsWith("02", StringComparison.Ordinal));
            if (call is null) continue;
            foreach (var suffix in CallPronouns) _withPronoun.TryAdd(form + suffix, (form, call));
        }
    }

    private static readonly string[] CallPronouns = { "ه", "ها", "هم", "هما" };

    /// <summary>
    /// Whether a تـ form stands in its pattern's group beside its own feminine past (تقدم with تقدمت, تلقي with تلقت): there
    /// it is that past verb (وتقدم لبنان بشكوى, وتلقى الرئيس اتصالا), though another verb's present is spelled alike (تقدم,
    /// she presents; تلقي, she throws).
    /// </summary>
    private static bool PastBesideItsFeminine(string form, string[] group) =>
        form.Length > 2 && form[0] == 'ت' && (group.Contains(form + "ت") || form[^1] == 'ي' && group.Contains(form[..^1] + "ت"));

    /// <summary>A 04 or 02 verb form with an object pronoun (استقبله, دعتهم) → the form (استقبل, دعت) and its first 04 or 02 pattern without an object.</summary>
    private readonly Dictionary<string, (string Form, CameoVerbPattern Pattern)> _withPronoun = new(StringComparer.Ordinal);

    private const int MinPatternsForFirstObjects = 8;

    public static CameoVerbTable Shared { get; } = LoadEmbedded();

    public static CameoVerbTable LoadEmbedded()
    {
        using var stream = typeof(CameoVerbTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded CAMEO verb table '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return new CameoVerbTable(reader);
    }

    public int FormCount => _byForm.Count;

    /// <summary>A verb that matched: the verb's span (clitic excluded), the word index, the pattern, and whether the form is present tense.</summary>
    /// <param name="ObjectPronoun">The verb carries an object pronoun (واستقبله): its object is someone told of before it.</param>
    public readonly record struct Hit(TextSpan Span, int Word, CameoVerbPattern Pattern, bool Present = false, bool ObjectPronoun = false);

    /// <summary>The verb hits of a sentence, or a <see cref="SharedEmptyList{T}"/> (never modify) when there is none, as in most sentences.</summary>
    /// <param name="gates">Empty, or for each word a byte whose bit <paramref name="gate"/> is <see cref="MayBeVerb"/>'s answer (asked once for the sentence's finders).</param>
    /// <remarks>No word's readings are made: the verb's and its window's are read in their keys (<see cref="PeeledKeys"/>).</remarks>
    internal List<Hit> Find(string text, IReadOnlyList<Word> words, ReadOnlySpan<byte> gates = default, int gate = 0)
    {
        List<Hit>? hits = null;
        // Every word is asked: the count is read once, not through the list's interface at each.
        int count = words.Count;
        for (int i = 0; i < count; i++)
        {
            if (gates.IsEmpty ? !MayBeVerb(words[i]) : (gates[i] >> gate & 1) == 0) continue;
            // لـ(بترا): a word alone in brackets is a name or a credit, no verb.
            if (i > 0 && i + 1 < count && words[i - 1].Key == "(" && words[i + 1].Key == ")") continue;
            var word = words[i];
            // The verb readings of the word (its readings that peeled nothing, or one و/ف), read in its key.
            for (int peeled = 0; peeled <= 1; peeled++)
            {
                if (peeled == 1 && !(word.IsLetters && word.Key.Length > 2 && word.Key[0] is 'و' or 'ف')) break;
                var key = word.Key.AsSpan(peeled);
                if (!_byFormOfSpan.TryGetValue(key, out var form))
                {
                    // وزارة is no زار with a pronoun: ة is never a pronoun, whatever the match key folds it to.
                    if (text[word.End - 1] == 'ة' || !_withPronounOfSpan.TryGetValue(key, out var bare)) continue;
                    (hits ??= []).Add(new Hit(PeeledKeys.SpanAt(text, word, peeled), i, bare.Pattern, _byForm[bare.Form].Present, ObjectPronoun: true));
                    break;
                }
                var pattern = form.FirstObjects is { } objects && !AnyFirstObject(objects.Firsts, objects.Sketch, words, i)
                    ? objects.Bare
                    : FirstWithObject(form, text, words, i);
                if (pattern is null) continue;
                (hits ??= []).Add(new Hit(PeeledKeys.SpanAt(text, word, peeled), i, pattern, form.PresentWith(pattern)));
                break;
            }
        }
        return hits ?? SharedEmptyList<Hit>.Get();
    }

    /// <summary>The verb forms, with an object pronoun too where one is read (<see cref="MayBeVerb"/> looks readings up among them).</summary>
    internal IEnumerable<string> Forms => _byForm.Keys.Concat(_withPronoun.Keys);

    /// <summary>
    /// Whether a verb reading of the word (<see cref="IsVerbReading"/>: its key, or its key less a و/ف) may be a form: a
    /// word that fails is passed before its readings are made.
    /// </summary>
    internal bool MayBeVerb(Word word) =>
        word.IsLetters && (_forms.Contains(word.Key) || (word.Key.Length > 1 && word.Key[0] is 'و' or 'ف' && _forms.Contains(word.Key.AsSpan(1))));

    private static CameoVerbPattern? FirstWithObject(FormPatterns form, string text, IReadOnlyList<Word> words, int verb)
    {
        // A verb may have a hundred object patterns: each is first tested against the first letters and lengths of
        // the forms in its window, read once, and only one whose every word may be there is looked for in order.
        ulong forms = 0;
        int read = verb;
        var tests = form.Tests;
        // The tests of a form share few windows: each window's reach, and the last word before anything in it that stops
        // the search, are worked out once, where each pattern looked for its words worked out the reach again and asked
        // every word it passed whether it stops the search (at a comma, whether a day or a partner is set off there).
        int window = -1, reach = verb, last = verb;
        for (int k = 0; k < tests.Length; k++)
        {
            var test = tests[k];
            var p = form.Patterns[k];
            // A pattern with no object is the verb alone.
            if (!test.HasObject) return p;
            if (test.Window != window)
            {
                (window, reach) = (test.Window, Reach(words, verb, test.Window, pastDays: test.Window == OwnObjectWindow));
                last = LastBeforeStop(words, verb, reach);
            }
            if (read < reach) read = AddToSketch(ref forms, words, read + 1, reach);
            // Every word of the object may be in the window only when all of their bits are in its sketch.
            if ((forms & test.Sketch) != test.Sketch) continue;
            if (HasObject(text, words, verb, p.Object, last, bare: p.Code.StartsWith("07", StringComparison.Ordinal))) return p;
        }
        return null;
    }

    /// <summary>
    /// The last word an object may be looked for in after the verb at <paramref name="verb"/>: <paramref name="reach"/>, or
    /// the sentence's last word, or the word before the first that <see cref="Stops"/> the search, whichever comes first.
    /// </summary>
    private static int LastBeforeStop(IReadOnlyList<Word> words, int verb, int reach)
    {
        int last = Math.Min(reach, words.Count - 1);
        for (int k = verb + 1; k <= last; k++)
        {
            if (Stops(words, k)) return k - 1;
        }
        return last;
    }

    /// <summary>
    /// A form's patterns, most specific first, with what <see cref="FirstWithObject"/> tests of each before it reads the
    /// pattern: laid out in one array, a verb with a hundred patterns reads a few lines of memory for them where it read
    /// each pattern object, a cache miss apiece in a story the tagger ran on just before. What else a hit asks of its
    /// form is here too, found by the one lookup of the form.
    /// </summary>
    private sealed class FormPatterns
    {
        public FormPatterns(List<CameoVerbPattern> patterns, bool present, IEnumerable<CameoVerbPattern> pastIn)
        {
            Patterns = patterns;
            PastIn = pastIn.ToHashSet();
            Tests = patterns.Select(p => new PatternTest(p.Object.Length > 0, p.ObjectSketch, p.ObjectWindow)).ToArray();
            Present = present;
            if (patterns.Count(p => p.Object.Length > 0) < MinPatternsForFirstObjects) return;
            var firsts = patterns.Where(p => p.Object.Length > 0).Select(p => p.Object[0]).ToHashSet(StringComparer.Ordinal);
            FirstObjects = (firsts.GetAlternateLookup<ReadOnlySpan<char>>(), SketchOf([.. firsts]), patterns.FirstOrDefault(p => p.Object.Length == 0));
        }

        public List<CameoVerbPattern> Patterns { get; }

        public PatternTest[] Tests { get; }

        /// <summary>Whether the form is a present (imperfect) one.</summary>
        public bool Present { get; }

        /// <summary>The patterns whose group lists the form beside its feminine past: for them it is a past verb.</summary>
        public HashSet<CameoVerbPattern> PastIn { get; }

        /// <summary>Whether the form is read as a present with <paramref name="pattern"/>.</summary>
        public bool PresentWith(CameoVerbPattern pattern) => Present && !PastIn.Contains(pattern);

        /// <summary>
        /// The first object words of a form with many object patterns (طلب has 137): when no word of the window after the
        /// verb can be one, no object pattern matches, and the first pattern without an object (<c>Bare</c>) is the form's
        /// hit. Their <see cref="SketchOf"/> turns most words of the window away before they are hashed. Null for a form
        /// with fewer object patterns.
        /// </summary>
        public (HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Firsts, ulong Sketch, CameoVerbPattern? Bare)? FirstObjects { get; }
    }

    /// <summary>Whether a pattern has an object, its words' <see cref="SketchOf"/>, and its window.</summary>
    private readonly record struct PatternTest(bool HasObject, ulong Sketch, int Window);

    /// <summary>
    /// Adds to <paramref name="forms"/> a bit for each first letter and length an object word may have to be matched
    /// (<see cref="IsForm"/>) by a reading of words <paramref name="from"/> to <paramref name="last"/>, stopping at
    /// punctuation as <see cref="HasObject"/> does: the reading's own length and one less (اتفاقا, مساعدات). Returns the
    /// last word read, <paramref name="last"/>, or <see cref="int.MaxValue"/> at punctuation: no wider window reads past it.
    /// </summary>
    private static int AddToSketch(ref ulong forms, IReadOnlyList<Word> words, int from, int last)
    {
        var buffer = new PeeledKeys.Buffer();
        Span<int> starts = buffer;
        for (int k = from; k <= last; k++)
        {
            if (k >= words.Count || Stops(words, k)) return int.MaxValue;
            var word = words[k];
            int n = PeeledKeys.Of(word, starts);
            for (int j = 0; j < n; j++)
            {
                var key = PeeledKeys.KeyAt(word, starts[j]);
                if (key.Length == 0) continue;
                forms |= ReadingBits(key);
            }
        }
        return last;
    }

    /// <summary>The bits of <paramref name="obj"/>'s words (first letter and length), or-ed: a window whose sketch lacks one cannot hold them all.</summary>
    internal static ulong SketchOf(string[] obj)
    {
        ulong sketch = 0;
        foreach (var key in obj)
        {
            if (key.Length > 0) sketch |= FormBit(key[0], key.Length);
        }
        return sketch;
    }

    /// <summary>The bits a reading sets in a sketch: a form starts with its key's letter and is as long or one letter longer.</summary>
    private static ulong ReadingBits(ReadOnlySpan<char> key) => FormBit(key[0], key.Length) | FormBit(key[0], key.Length - 1);

    private static ulong FormBit(char first, int length) => 1UL << (int)(((uint)first * 0x9E3779B1u + (uint)length * 0x85EBCA6Bu) >> 26);

    /// <summary>
    /// Whether a word of the widest object window after the verb is a form (<see cref="IsForm"/>) of one of
    /// <paramref name="firsts"/>, whose <see cref="SketchOf"/> is <paramref name="sketch"/>: a form starts with its key's
    /// letter and is as long or one letter longer (as <see cref="AddToSketch"/> reads it), so a reading with no bit of
    /// the sketch is no form of any and is not hashed.
    /// </summary>
    private static bool AnyFirstObject(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firsts, ulong sketch, IReadOnlyList<Word> words, int verb)
    {
        var buffer = new PeeledKeys.Buffer();
        Span<int> starts = buffer;
        int reach = Reach(words, verb, Math.Max(ObjectWindow, OwnObjectWindow), pastDays: true);
        for (int k = verb + 1; k < words.Count && k <= reach && !Stops(words, k); k++)
        {
            var word = words[k];
            int n = PeeledKeys.Of(word, starts);
            for (int j = 0; j < n; j++)
            {
                var key = PeeledKeys.KeyAt(word, starts[j]);
                if (key.Length > 0 && (sketch & ReadingBits(key)) == 0) continue;
                if (IsFormOfAny(key, firsts)) return true;
            }
        }
        return false;
    }

    /// <summary><see cref="IsForm"/> read backwards: the keys a word is a form of are itself, itself less an accusative alef, and ات made ه.</summary>
    private static bool IsFormOfAny(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> keys)
    {
        if (keys.Contains(word)) return true;
        if (word.Length > 1 && word[^1] == 'ا' && keys.Contains(word[..^1])) return true;
        if (word.Length <= 3 || !word.EndsWith("ات", StringComparison.Ordinal)) return false;
        const int StackLimit = 64;
        Span<char> singular = word.Length <= StackLimit ? stackalloc char[StackLimit] : new char[word.Length];
        word[..^2].CopyTo(singular);
        singular[word.Length - 2] = 'ه';
        return keys.Contains(singular[..(word.Length - 1)]);
    }

    /// <param name="bare">Aid is handed out as an object (وزعت حصصا, قدمت وجبات): a word after ل/ب (للوجبات السريعة, بالمساعدات)
    /// is no object of it.</param>
    /// <param name="last">The last word the object may be in (<see cref="LastBeforeStop"/> of its window's <see cref="Reach"/>).</param>
    private static bool HasObject(string text, IReadOnlyList<Word> words, int verb, string[] obj, int last, bool bare = false)
    {
        int k = verb + 1;
        foreach (var key in obj)
        {
            bool found = false;
            for (; k <= last; k++)
            {
                if (bare ? AnyIsBareForm(text, words[k], key) : AnyIsForm(words[k], key))
                {
                    found = true;
                    k++;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> ends the search for an object: a punctuation mark, except a comma that opens or
    /// closes a time set off by commas (بحث X، اليوم الاربعاء، مع Y: the object goes on past the aside).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Stops(IReadOnlyList<Word> words, int k) => words[k].Kind == WordKind.Punctuation && PunctuationStops(words, k);

    /// <summary><see cref="Stops"/> at a punctuation mark.</summary>
    private static bool PunctuationStops(IReadOnlyList<Word> words, int k)
    {
        // وزعت إدارة الكوارث والطوارئ التركية (آفاد) مساعدات: an acronym of one or two words in brackets goes on with the
        // name before it, so the object is looked for past it.
        if (words[k].Key == "(") return !(k + 2 < words.Count && words[k + 1].IsLetters && (words[k + 2].Key == ")" || (words[k + 2].IsLetters && k + 3 < words.Count && words[k + 3].Key == ")")));
        if (words[k].Key == ")") return !(k >= 2 && words[k - 1].IsLetters && (words[k - 2].Key == "(" || (words[k - 2].IsLetters && k >= 3 && words[k - 3].Key == "(")));
        // استدعت الجزائر في تموز/يوليو الماضي سفيرها: a slash between two words joins a month's two names, no clause ends there.
        if (words[k].Key == "/") return !(k >= 1 && k + 1 < words.Count && words[k - 1].IsLetters && words[k + 1].IsLetters);
        if (words[k].Key is not ("،" or ",")) return true;
        return DayAside.Close(words, k + 1) is null && !DayAside.OpensBefore(words, k - 1) &&
               PartnerAside.Close(words, k + 1) is null && !PartnerAside.OpensBefore(words, k - 1);
    }

    /// <summary>
    /// The last word of a verb's object window of <paramref name="window"/> words: a partner set off by commas
    /// (<see cref="PartnerAside"/>) does not count toward it, nor, with <paramref name="pastDays"/> (Hadath's own verbs,
    /// whose objects are written out whole), a day set off by commas (وقعت X و Y وعشرة فصائل اخرى، اليوم الثلاثاء، في
    /// القاهرة ورقة); a dictionary verb's window keeps its words, as its shorter objects would reach further phrases.
    /// </summary>
    private static int Reach(IReadOnlyList<Word> words, int verb, int window, bool pastDays)
    {
        int last = verb + window;
        for (int k = verb + 1; k < words.Count && k <= last; k++)
        {
            if (!words[k].IsComma || (PartnerAside.Close(words, k + 1) ?? (pastDays ? DayAside.Close(words, k + 1) : null)) is not { } close) continue;
            last += close - k + 1;
            k = close;
        }
        return last;
    }

    /// <summary><see cref="AnyIsForm"/> of a reading that peeled no ل or ب before its article (للوجبات, بالمساعدات; not والمساعدات).</summary>
    private static bool AnyIsBareForm(string text, Word word, string key)
    {
        var buffer = new PeeledKeys.Buffer();
        Span<int> starts = buffer;
        int n = PeeledKeys.Of(word, starts);
        for (int j = 0; j < n; j++)
        {
            if (!IsForm(PeeledKeys.KeyAt(word, starts[j]), key)) continue;
            var prefix = word.Key.AsSpan(0, Math.Clamp(PeeledKeys.SpanAt(text, word, starts[j]).Start - word.Start, 0, word.Key.Length));
            if (prefix.Length > 0 && prefix[0] is 'و' or 'ف') prefix = prefix[1..];
            if (prefix.IsEmpty || prefix is "ال" || prefix[0] is not ('ل' or 'ب')) return true;
        }
        return false;
    }

    /// <summary>Whether a reading of <paramref name="word"/> is a form (<see cref="IsForm"/>) of <paramref name="key"/>.</summary>
    private static bool AnyIsForm(Word word, string key)
    {
        var buffer = new PeeledKeys.Buffer();
        Span<int> starts = buffer;
        int n = PeeledKeys.Of(word, starts);
        for (int j = 0; j < n; j++)
        {
            if (IsForm(PeeledKeys.KeyAt(word, starts[j]), key)) return true;
        }
        return false;
    }

    /// <summary>
    /// The dictionary gives nouns in one form: accept the accusative alef (اتفاقا) and the feminine plural (مساعدات).
    /// <see cref="AddToSketch"/> relies on every accepted word starting with the key's letter and being as long as the
    /// key or one letter longer: a new form that breaks this must widen the sketch too.
    /// </summary>
    internal static bool IsForm(ReadOnlySpan<char> word, string key) =>
        word.SequenceEqual(key)
        || (word.Length == key.Length + 1 && word[^1] == 'ا' && word.StartsWith(key, StringComparison.Ordinal))
        || (key.Length > 2 && key[^1] == 'ه' && word.Length == key.Length + 1 && word.EndsWith("ات", StringComparison.Ordinal)
            && word[..(key.Length - 1)].SequenceEqual(key.AsSpan(0, key.Length - 1)));
}
