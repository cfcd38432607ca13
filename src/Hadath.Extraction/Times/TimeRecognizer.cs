using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Times;

/// <summary>
/// Finds time expressions in the words of one sentence and resolves them against the story date. Patterns are
/// tried longest first at each word (a range before a date, a date before its month, a month before a year),
/// and a match consumes its words. Expressions that need the story date are skipped when it is unknown.
/// </summary>
public sealed partial class TimeRecognizer
{
    private readonly TimeLexicon _lexicon;
    private readonly NumberReader _numbers;

    // State of the sentence being read: a recognizer serves one thread (TimeStage makes one per document).
    private Proclitics.Reading[]?[] _readings = Array.Empty<Proclitics.Reading[]>();
    private string _text = "";
    private IReadOnlyList<Word> _words = Array.Empty<Word>();
    // The phrase kinds each word's readings may start (TimeLexicon.KindBit flags, within PhraseKinds), with MayStartOtherGate
    // for a word of letters that may start a pattern with no phrase: most words start none, and no pattern looks further.
    private int[] _kinds = Array.Empty<int>();
    // The document's table of words the sentence is read from, and where the sentence starts in it (-1: another text's words).
    private DocumentWords? _document;
    private int _documentOffset = -1;

    public TimeRecognizer(TimeLexicon lexicon, NumberReader numbers)
    {
        _lexicon = lexicon;
        _numbers = numbers;
    }

    /// <summary>Spans of named entities: a name is never a future verb (سيرغي لافروف).</summary>
    public IReadOnlyList<TextSpan> Names { get; init; } = Array.Empty<TextSpan>();

    /// <summary>
    /// This thread's memo of each key's first tests (<see cref="KeyGatesOf"/>), which the time stage keeps from story to
    /// story; null to make the tests for every word. Read only for sentences of the document's word table, by its packed keys.
    /// </summary>
    internal KeyGateMemo? KeyGates { get; init; }

    /// <summary>The bits of the phrase kinds (<see cref="TimeLexicon.KindBit"/>, one per <see cref="TimeWordKind"/>) in a word's gates.</summary>
    private const int PhraseKinds = (1 << ((int)TimeWordKind.RangeTo + 1)) - 1;
    /// <summary>A word of letters whose key may start a pattern with no phrase: a number word, an ordinal, فاتح (the bit above the kinds).</summary>
    private const ushort MayStartOtherGate = PhraseKinds + 1;

    /// <summary>
    /// The first tests <see cref="Hits"/> asks of every word of letters, as bits: the kinds of phrase the word's readings may
    /// start (<see cref="KindsStartedBy"/>, within <see cref="PhraseKinds"/>) and <see cref="MayStartOtherGate"/>. Tests of
    /// the key alone, so a <see cref="KeyGateMemo"/> may keep them.
    /// </summary>
    internal static ushort KeyGatesOf(TimeLexicon lexicon, NumberReader numbers, string key) =>
        (ushort)((lexicon.MayStartAPhrase(key) ? KindsStartedBy(lexicon, key) : 0) |
                 (numbers.StartsLetters(key) || MayBeOrdinalKey(key) || key == Fatih ? MayStartOtherGate : 0));

    /// <summary>
    /// The kinds of phrase a word of letters with key <paramref name="key"/> may start: those of its readings' keys, less the
    /// readings that peeled an article, read off the key where <see cref="Proclitics.Peel"/> cuts them
    /// (<see cref="Proclitics.Starts"/>). A function of the key alone, kept by the memo: each story's words had their
    /// readings fetched (peeled into an array, the first stage to ask) and each reading's key looked up, where most start no phrase.
    /// </summary>
    private static int KindsStartedBy(TimeLexicon lexicon, string key)
    {
        Span<int> starts = stackalloc int[Proclitics.MaxStarts];
        int n = Proclitics.Starts(key, starts);
        int kinds = 0;
        for (int r = 0; r < n; r++)
        {
            if ((starts[r] & Proclitics.Article) == 0) kinds |= lexicon.KindsStartingWith(key.AsSpan(starts[r]));
        }
        return kinds;
    }

    /// <summary>
    /// <see cref="KeyGatesOf"/> of word <paramref name="k"/> of the sentence, a word of letters: read from <see cref="KeyGates"/>
    /// by its packed key when the sentence is the document's, where the lexicon's and the number reader's tests ran for
    /// every word of every story.
    /// </summary>
    private ushort LetterGates(string key, ReadOnlySpan<ulong> packed, int k) =>
        KeyGates is { } memo && _documentOffset >= 0 ? memo.Of(key, packed[_documentOffset + k]) : KeyGatesOf(_lexicon, _numbers, key);

    /// <summary>A recognized expression: its span, ISO value, the word after it and the part of the period it names.</summary>
    public readonly record struct Hit(TextSpan Span, string Value, int EndWord, string? Modifier = null);

    private readonly record struct PhraseHit(TimePhrase Phrase, int Start, int EndWord);

    private readonly record struct MonthHit(int Month, int Start, int EndWord, int? Year, int? Direction, bool Strong);

    public List<Hit> Recognize(string text, IReadOnlyList<Word> words, DateOnly? anchor)
    {
        var hits = Hits(text, words, anchor);
        return SharedEmptyList<Hit>.Is(hits) ? [] : hits;
    }

    // The per-word arrays, kept per thread from document to document (a recognizer reads them only inside one call),
    // unless a huge sentence grew them.
    [ThreadStatic] private static Proclitics.Reading[]?[]? t_readings;
    [ThreadStatic] private static int[]? t_kinds;
    private const int MaxKeptWords = 4096;

    /// <summary><see cref="Recognize"/>, giving a <see cref="SharedEmptyList{T}"/> (never modify) rather than a new list when there is no time expression.</summary>
    internal List<Hit> Hits(string text, IReadOnlyList<Word> words, DateOnly? anchor)
    {
        List<Hit>? hits = null;
        // Each word's readings without its clitics: every pattern looks them up. Readings that peeled an article are
        // skipped everywhere (الامس is not امس).
        // Kept from sentence to sentence (only the first words.Count are read).
        // Taken from this thread at every call, so a recognizer that moves to another thread never shares them.
        var readings = t_readings;
        var kinds = t_kinds;
        if (readings is null || kinds is null || readings.Length < words.Count)
        {
            readings = new Proclitics.Reading[Math.Max(words.Count, 64)][];
            kinds = new int[readings.Length];
            if (readings.Length <= MaxKeptWords) (t_readings, t_kinds) = (readings, kinds);
        }
        (_readings, _kinds) = (readings, kinds);
        _text = text;
        _words = words;
        _rangeWords = null;
        // The sentence's words in the document's table: a word's readings are read there by index, not searched for.
        _document = DocumentWords.Current(text);
        _documentOffset = _document?.OffsetOf(words) ?? -1;
        // The two passes over every word read them in place: through the list's interface each read was a call and a copy.
        var inPlace = WordScanner.AsSpan(words);
        var packed = _document is { } scanned && _documentOffset >= 0 ? scanned.PackedKeys : default;
        for (int k = 0; k < inPlace.Length; k++)
        {
            // A word's readings are only fetched if a pattern asks: the kinds it may start are read off its key.
            _readings[k] = null;
            _kinds[k] = inPlace[k].IsLetters ? LetterGates(inPlace[k].Key, packed, k) : 0;
        }
        int i = 0;
        while (i < inPlace.Length)
        {
            var word = inPlace[i];
            // A word of letters may start a pattern when its gates hold a phrase kind or MayStartOtherGate.
            bool mayStart = _kinds[i] != 0 || word.IsNumber ||
                            (!word.IsLetters && (_numbers.Starts(word) || MayBeOrdinal(word) || word.Key == Fatih));
            if (mayStart && TryAt(text, words, i, anchor) is { } hit)
            {
                (hits ??= []).Add(hit);
                i = hit.EndWord;
            }
            else
            {
                i++;
            }
        }
        // The arrays outlive the document: the readings must not (a collection would find them held and keep them).
        Array.Clear(_readings, 0, words.Count);
        return hits ?? SharedEmptyList<Hit>.Get();
    }

    /// <summary>The readings of word <paramref name="k"/> of the sentence (none for a number or mark), fetched on first use.</summary>
    private Proclitics.Reading[] Readings(int k) =>
        _readings[k] ??= !_words[k].IsLetters ? Array.Empty<Proclitics.Reading>()
            : _documentOffset >= 0 ? _document!.ReadingsAt(_documentOffset + k)
            : Proclitics.ReadingsOf(_text, _words[k]);

    /// <summary>Whether word <paramref name="k"/> of the sentence may start a lexicon phrase of some kind.</summary>
    private bool StartsAPhrase(int k) => (_kinds[k] & PhraseKinds) != 0;

    private Hit? TryAt(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor) =>
        StartsAPhrase(i) ? TryAtPhrase(text, w, i, anchor) : TryAtNoPhrase(text, w, i, anchor);

    /// <summary>
    /// <see cref="TryAt"/> at a word that starts no lexicon phrase (a number, a number word, an ordinal): every pattern
    /// that opens with a phrase at the word (<see cref="Match"/>, <see cref="MonthAt"/>) has nothing to match there,
    /// so only the others are tried, in the same order.
    /// </summary>
    private Hit? TryAtNoPhrase(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor) =>
        DayPair(text, w, i, anchor)
        ?? DayAndMonth(text, w, i, anchor)
        ?? OrdinalDate(text, w, i, anchor)
        ?? Hijri(text, w, i)
        ?? NumericDate(w, i)
        ?? Duration(text, w, i, anchor);

    /// <summary>
    /// <see cref="TryAt"/> at a word of letters that may start a lexicon phrase: the patterns in their order, each tried only
    /// where the word's gates (<see cref="_kinds"/>) let its first test pass: a phrase of the kind it opens with at the word
    /// (<see cref="Opens"/>), or <see cref="MayStartOtherGate"/> for an ordinal or a number word. The patterns that open with
    /// a number (<see cref="DayPair"/>, <see cref="DayAndMonth"/>, <see cref="NumericDate"/>) match at no word of letters.
    /// في, من, بعد, قبل and الى each start a phrase, and all seventeen patterns were called at every one of them: perf over
    /// 31,525 stories put 40 % of the stage's samples under this method.
    /// </summary>
    private Hit? TryAtPhrase(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        int gates = _kinds[i];
        bool other = (gates & MayStartOtherGate) != 0;
        return (Opens(gates, TimeWordKind.RangeFrom)
                   ? RangeOfDates(text, w, i, anchor) ?? RangeOfMonths(text, w, i, anchor) ?? RangeOfYears(text, w, i) ?? Range(text, w, i, anchor)
                   : null)
            ?? (Opens(gates, TimeWordKind.Modifier) ? WithModifier(text, w, i, anchor) : null)
            ?? (other ? OrdinalDate(text, w, i, anchor) : null)
            ?? (Opens(gates, TimeWordKind.Month) ? MonthAlone(text, w, i, anchor) : null)
            ?? (Opens(gates, TimeWordKind.Hijri) ? Hijri(text, w, i) : null)
            ?? (Opens(gates, TimeWordKind.Weekday) ? WeekdayWithDate(text, w, i, anchor) ?? Weekday(text, w, i, anchor) : null)
            ?? (Opens(gates, TimeWordKind.RelativeDay) ? RelativeDay(text, w, i, anchor) : null)
            ?? (Opens(gates, TimeWordKind.This) || Opens(gates, TimeWordKind.Unit) ? CalendarUnit(text, w, i, anchor) : null)
            ?? (Opens(gates, TimeWordKind.YearWord) ? BareYear(text, w, i) : null)
            // A dual (يومين), a number word (ثلاثة ايام) or قبل before a number (قبل ثلاثة ايام).
            ?? (Opens(gates, TimeWordKind.Dual) || other || w[i].Key == Ago ? Duration(text, w, i, anchor) : null);
    }

    /// <summary>Whether a word's gates hold phrases of <paramref name="kind"/> at it: else <see cref="Match"/> of that kind there is null.</summary>
    private static bool Opens(int gates, TimeWordKind kind) => (gates & TimeLexicon.KindBit(kind)) != 0;

    // من 5 الى 7 تموز, بين 5 و7 تموز/يوليو 2016, من 2011 الى 2014
    private Hit? Range(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (Match(text, w, i, TimeWordKind.RangeFrom) is not { } from || i + 3 >= w.Count) return null;
        var a = w[i + 1];
        var b = w[i + 3];
        bool joined = IsRangeJoin(text, w, i + 2);
        if (!joined || !a.IsNumber || !b.IsNumber) return null;
        if (IsYear(a) && IsYear(b) && a.Value < b.Value)
        {
            return new Hit(new TextSpan(from.Start, b.End), $"{(int)a.Value}/{(int)b.Value}", i + 4);
        }
        if (!IsDay(a) || !IsDay(b) || a.Value >= b.Value) return null;
        if (MonthAt(text, w, i + 4, anchor) is not { } month) return null;
        int? year = month.Year ?? (anchor is { } d ? TimeResolver.YearOfMonth(d, month.Month, month.Direction) : null);
        if (year is not { } y || !TimeResolver.IsValidDay(y, month.Month, (int)b.Value)) return null;
        string value = $"{TimeResolver.Day(new DateOnly(y, month.Month, (int)a.Value))}/{TimeResolver.Day(new DateOnly(y, month.Month, (int)b.Value))}";
        return new Hit(new TextSpan(from.Start, w[month.EndWord - 1].End), value, month.EndWord);
    }

    // منتصف 2014, مطلع الشهر الماضي, اواخر كانون الاول/ديسمبر 2015
    private Hit? WithModifier(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (Match(text, w, i, TimeWordKind.Modifier) is not { } modifier) return null;
        int next = modifier.EndWord;
        if (next < w.Count && IsYear(w[next]))
        {
            return new Hit(new TextSpan(modifier.Start, w[next].End), TimeResolver.Year((int)w[next].Value), next + 1, modifier.Phrase.Value);
        }
        var inner = MonthAlone(text, w, next, anchor, force: true) ?? CalendarUnit(text, w, next, anchor) ?? CurrentUnit(text, w, next, anchor) ??
                    BareYear(text, w, next);
        // منتصف الاسبوع المقبل: a week (2019-W31) takes a part as a month or a year does.
        if (inner is not { } period || (period.Value.Length > 7 && !period.Value.Contains("-W", StringComparison.Ordinal)) || period.Value.Contains('/')) return null;
        return new Hit(new TextSpan(modifier.Start, period.Span.End), period.Value, period.EndWord, modifier.Phrase.Value);
    }

    // 15 تموز/يوليو 2016, 3 آذار الماضي
    private Hit? DayAndMonth(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (!IsDay(w[i]) || MonthAt(text, w, i + 1, anchor) is not { } month) return null;
        int day = (int)w[i].Value;
        int? year = month.Year ?? (anchor is { } d ? YearOf(d, month, AfterSince(w, i)) : null);
        if (year is not { } y || !TimeResolver.IsValidDay(y, month.Month, day)) return null;
        return new Hit(new TextSpan(w[i].Start, w[month.EndWord - 1].End), TimeResolver.Day(new DateOnly(y, month.Month, day)), month.EndWord);
    }

    // شباط/فبراير الماضي, تموز 2016, شهر آب
    private Hit? MonthAlone(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor, bool force = false)
    {
        if (MonthAt(text, w, i, anchor) is not { } month) return null;
        bool afterShahr = i > 0 && w[i - 1].Key is "شهر" or "الشهر";
        if (!month.Strong && !afterShahr && !force) return null;
        int? year = month.Year ?? (anchor is { } d ? YearOf(d, month, AfterSince(w, i)) : null);
        if (year is not { } y) return null;
        return new Hit(new TextSpan(month.Start, w[month.EndWord - 1].End), TimeResolver.Month(y, month.Month), month.EndWord);
    }

    // 15 رمضان 1437, رمضان 1437 هـ
    private Hit? Hijri(string text, IReadOnlyList<Word> w, int i)
    {
        int at = IsDay(w[i]) ? i + 1 : i;
        if (Match(text, w, at, TimeWordKind.Hijri) is not { } month) return null;
        int end = month.EndWord;
        if (end >= w.Count || !w[end].IsNumber || w[end].Value is < 1300 or > 1500 || !w[end].IsInteger) return null;
        int year = (int)w[end].Value;
        end++;
        if (end < w.Count && w[end].Key == "ه") end++;
        int start = at == i ? month.Start : w[i].Start;
        if (at > i)
        {
            return TimeResolver.FromHijri(year, month.Phrase.IntValue, (int)w[i].Value) is { } date
                ? new Hit(new TextSpan(start, w[end - 1].End), TimeResolver.Day(date), end)
                : null;
        }
        // A Hijri month straddles two Gregorian ones: name the one holding its middle.
        return TimeResolver.FromHijri(year, month.Phrase.IntValue, 15) is { } mid
            ? new Hit(new TextSpan(start, w[end - 1].End), TimeResolver.Month(mid.Year, mid.Month), end)
            : null;
    }

    // 15/7/2016, 15-7-2016, 2016-07-15
    private static Hit? NumericDate(IReadOnlyList<Word> w, int i)
    {
        if (i + 4 >= w.Count || !w[i].IsNumber || !w[i + 2].IsNumber || !w[i + 4].IsNumber) return null;
        string sep = w[i + 1].Key;
        if (sep is not ("/" or "-") || w[i + 3].Key != sep) return null;
        if (!w[i].IsInteger || !w[i + 2].IsInteger || !w[i + 4].IsInteger) return null;
        int a = (int)w[i].Value, m = (int)w[i + 2].Value, c = (int)w[i + 4].Value;
        (int y, int d) = IsYear(w[i + 4]) ? (c, a) : IsYear(w[i]) ? (a, c) : (0, 0);
        if (y == 0 || !TimeResolver.IsValidDay(y, m, d)) return null;
        return new Hit(new TextSpan(w[i].Start, w[i + 4].End), TimeResolver.Day(new DateOnly(y, m, d)), i + 5);
    }

    // نهاية العام, مطلع الشهر: after a modifier, the unit alone is the current one
    private Hit? CurrentUnit(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (anchor is not { } d || Match(text, w, i, TimeWordKind.Unit, allowClitic: false) is not { } unit || unit.Phrase.Value == "week") return null;
        return new Hit(new TextSpan(unit.Start, w[unit.EndWord - 1].End), TimeResolver.Unit(d, unit.Phrase.Value, 0), unit.EndWord);
    }

    // امس, امس الاول, اليوم, غدا
    private Hit? RelativeDay(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (anchor is not { } d || Match(text, w, i, TimeWordKind.RelativeDay) is not { } rel) return null;
        // اليوم الاول للاحتجاجات, اليوم التالي: a day of what is told, not today.
        if (rel.Phrase.IntValue == 0 && IsDayOfTheTale(w, rel.EndWord)) return null;
        return new Hit(new TextSpan(rel.Start, w[rel.EndWord - 1].End), TimeResolver.Day(d.AddDays(rel.Phrase.IntValue)), rel.EndWord);
    }

    // الاسبوع الماضي, الشهر المقبل, العام الماضي, هذا العام, السنة الحالية
    private Hit? CalendarUnit(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (anchor is not { } d || RelativeUnit(text, w, i) is not { } unit) return null;
        return new Hit(new TextSpan(unit.Start, w[unit.EndWord - 1].End), TimeResolver.Unit(d, unit.Unit, unit.Shift), unit.EndWord);
    }

    /// <summary>
    /// A calendar unit told against the story's own (هذا العام, الاسبوع الماضي, الشهر المقبل) at word <paramref name="i"/>:
    /// where it starts, the unit, how many of it from the story's (0 for this one) and the word after it; null when none.
    /// <paramref name="allowClitic"/> lets its first word carry a clitic (وهذا العام), as an expression opening a phrase may.
    /// </summary>
    private (int Start, string Unit, int Shift, int EndWord)? RelativeUnit(string text, IReadOnlyList<Word> w, int i, bool allowClitic = true)
    {
        if (Match(text, w, i, TimeWordKind.This, allowClitic) is { } self && Match(text, w, self.EndWord, TimeWordKind.Unit, allowClitic: false) is { } unitAfter)
            return (self.Start, unitAfter.Phrase.Value, 0, unitAfter.EndWord);
        if (Match(text, w, i, TimeWordKind.Unit, allowClitic) is { } unit && Match(text, w, unit.EndWord, TimeWordKind.Direction, allowClitic: false) is { } dir)
            return (unit.Start, unit.Phrase.Value, dir.Phrase.IntValue, dir.EndWord);
        return null;
    }

    // عام 2014 (the word is part of the expression), في 2011 (only the year is)
    private Hit? BareYear(string text, IReadOnlyList<Word> w, int i)
    {
        if (Match(text, w, i, TimeWordKind.YearWord) is not { } word || word.EndWord >= w.Count ||
            !(IsYear(w[word.EndWord]) || word.Phrase.Value == "span" && IsOldYear(w, word.EndWord))) return null;
        var year = w[word.EndWord];
        if (NumericDate(w, word.EndWord) is not null) return null;   // في 2016-07-15 is a day, not a year
        int start = word.Phrase.Value == "span" ? word.Start : year.Start;
        return new Hit(new TextSpan(start, year.End), TimeResolver.Year((int)year.Value), word.EndWord + 1);
    }

    // ثلاثة ايام → P3D, 48 ساعة → PT48H, يومين → P2D; قبل ثلاثة ايام → the date three days before the story
    private Hit? Duration(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (Match(text, w, i, TimeWordKind.Dual) is { } dual && !IsAge(w, i, dual.EndWord))
        {
            return new Hit(new TextSpan(dual.Start, w[dual.EndWord - 1].End), Iso(2, dual.Phrase.Value), dual.EndWord);
        }
        bool ago = w[i].Key == Ago && anchor is not null;
        int at = ago ? i + 1 : i;
        if (at >= w.Count || !_numbers.Starts(w[at]) || _numbers.Read(w, at) is not { } number) return null;
        if (number.Vague || number.Value != Math.Floor(number.Value) || number.Value <= 0 || number.Value > 10000) return null;
        if (Match(text, w, number.EndWord, TimeWordKind.Duration, allowClitic: false) is not { } unit) return null;
        if (!ago && IsAge(w, i, unit.EndWord)) return null;
        int n = (int)number.Value;
        var span = new TextSpan(ago ? w[i].Start : number.Span.Start, w[unit.EndWord - 1].End);
        if (ago && anchor is { } d && unit.Phrase.Value is "D" or "W" or "M" or "Y")
        {
            string value = unit.Phrase.Value switch
            {
                "D" => TimeResolver.Day(d.AddDays(-n)),
                "W" => TimeResolver.Week(d.AddDays(-7 * n)),
                "M" => TimeResolver.Month(d.AddMonths(-n).Year, d.AddMonths(-n).Month),
                _ => TimeResolver.Year(d.Year - n),
            };
            return new Hit(span, value, unit.EndWord);
        }
        return new Hit(new TextSpan(number.Span.Start, span.End), Iso(n, unit.Phrase.Value), unit.EndWord);
    }

    /// <summary>قبل: a duration after it is told back from the story's date (قبل ثلاثة ايام).</summary>
    private const string Ago = "قبل";

    // Words that say the number after them is someone's age: البالغ من العمر 25 عاما, عن عمر يناهز 70 عاما, طفل عمره 5 سنوات.
    private static readonly HashSet<string> AgeCues =
        ["العمر", "عمر", "عمره", "عمرها", "عمرهم", "عمرهما", "البالغ", "البالغه", "البالغين", "البالغون", "ابن",
         "اعمار", "الاعمار", "اعمارهم", "اعمارهن", "اعمارها", "اعمارهما"];

    /// <summary>Words that may stand between an age word and the age (عمره لا يتجاوز 10 سنوات, تتراوح اعمارهم بين 15 و20 عاما).</summary>
    private static readonly HashSet<string> AgeLinks =
        ["يناهز", "ناهز", "يقارب", "قارب", "يتجاوز", "تتجاوز", "يتعدي", "تتعدي", "يزيد", "تزيد", "يقل", "تقل", "لا", "عن", "علي", "بين", "ما", "دون"];

    private const int MaxAgeLinks = 3;

    /// <summary>
    /// Whether the number from word <paramref name="start"/> to <paramref name="end"/> with its unit is an age, not a
    /// period: set off after a name by brackets or commas (شاب (19 عاما), محمد، 25 عاما،) or right after an age word
    /// (البالغ 25 عاما, من العمر, عن عمر يناهز). An age is no time expression; منذ/لمدة/قبل 25 عاما still are.
    /// </summary>
    private static bool IsAge(IReadOnlyList<Word> w, int start, int end)
    {
        if (start > 0 && end < w.Count)
        {
            string before = w[start - 1].Key, after = w[end].Key;
            if (before == "(" && after == ")") return true;
            if (before is "،" or "," && after is "،" or ",") return true;
        }
        for (int k = start - 1; k >= 0 && k >= start - 1 - MaxAgeLinks; k--)
        {
            if (AgeCues.Contains(w[k].Key)) return true;
            if (!AgeLinks.Contains(w[k].Key)) return false;
        }
        return false;
    }

    private static string Iso(int n, string designator) => designator switch
    {
        "H" => $"PT{n}H",
        "MIN" => $"PT{n}M",
        _ => $"P{n}{designator}",
    };

    private MonthHit? MonthAt(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (Match(text, w, i, TimeWordKind.Month) is not { } first) return null;
        int month = first.Phrase.IntValue, end = first.EndWord;
        bool strong = !first.Phrase.Weak;
        // Double forms name the month twice: شباط/فبراير, تموز (يوليو), حزيران-يونيو.
        if (end + 1 < w.Count && w[end].Key is "/" or "(" or "-" &&
            Match(text, w, end + 1, TimeWordKind.Month, allowClitic: false) is { } second && second.Phrase.IntValue == month)
        {
            bool parenthesis = w[end].Key == "(";
            end = second.EndWord;
            strong = true;
            if (parenthesis && end < w.Count && w[end].Key == ")") end++;
        }
        // أبريل نيسان, الرابع من أبريل نيسان: Reuters' Arabic copy writes the two names with only a space between.
        else if (Match(text, w, end, TimeWordKind.Month, allowClitic: false) is { } spaced && spaced.Phrase.IntValue == month)
        {
            end = spaced.EndWord;
            strong = true;
        }
        int? year = null, direction = null;
        if (end < w.Count && (IsYear(w[end]) || IsOldYear(w, end)))
        {
            year = (int)w[end].Value;
            end++;
            strong = true;
        }
        else if (YearToldAfter(text, w, end, anchor) is { } told)
        {
            (year, end) = told;
            strong = true;
        }
        else if (Match(text, w, end, TimeWordKind.Direction, allowClitic: false) is { } dir)
        {
            direction = dir.Phrase.IntValue;
            end = dir.EndWord;
            strong = true;
        }
        if (i > 0 && IsDay(w[i - 1])) strong = true;
        return new MonthHit(month, first.Start, end, year, direction, strong);
    }

    /// <summary>
    /// The year told after a month through عام or سنة (ديسمبر عام 1988, ايار من العام 2012) or as the story's year or one
    /// beside it (تموز من العام الماضي, فبراير من هذا العام, ديسمبر العام الماضي), and the word after it; null when
    /// none is. Read apart, the month took the story's year and the year stood alone.
    /// </summary>
    private (int Year, int EndWord)? YearToldAfter(string text, IReadOnlyList<Word> w, int k, DateOnly? anchor)
    {
        if (k < w.Count && w[k].Key == OfWord) k++;
        if (k >= w.Count || !StartsAPhrase(k)) return null;
        if (Match(text, w, k, TimeWordKind.YearWord, allowClitic: false) is { Phrase.Value: "span" } word && word.EndWord < w.Count &&
            (IsYear(w[word.EndWord]) || IsOldYear(w, word.EndWord)))
        {
            return ((int)w[word.EndWord].Value, word.EndWord + 1);
        }
        return anchor is { } d && RelativeUnit(text, w, k, allowClitic: false) is { Unit: "year" } year ? (d.Year + year.Shift, year.EndWord) : null;
    }

    private static readonly string OfWord = MatchKey.Of("من");

    // The four range patterns each open with the range word (من، بين): it is matched once at a word, not four times.
    private IReadOnlyList<Word>? _rangeWords;
    private int _rangeWord = -1;
    private PhraseHit? _rangeHit;

    private PhraseHit? Match(string text, IReadOnlyList<Word> w, int i, TimeWordKind kind, bool allowClitic = true)
    {
        if (i >= w.Count || !w[i].IsLetters || (_kinds[i] & TimeLexicon.KindBit(kind)) == 0) return null;
        if (kind != TimeWordKind.RangeFrom || !allowClitic) return MatchAt(w, i, kind, allowClitic);
        if (i != _rangeWord || !ReferenceEquals(w, _rangeWords))
        {
            _rangeHit = MatchAt(w, i, kind, allowClitic);
            (_rangeWords, _rangeWord) = (w, i);
        }
        return _rangeHit;
    }

    private PhraseHit? MatchAt(IReadOnlyList<Word> w, int i, TimeWordKind kind, bool allowClitic)
    {
        foreach (var reading in Readings(i))
        {
            if (reading.HadArticle || (!allowClitic && reading.Span.Start != w[i].Start)) continue;
            var phrases = _lexicon.StartingWith(reading.Key);
            for (int p = 0; p < phrases.Count; p++)
            {
                var phrase = phrases[p];
                if (phrase.Kind != kind || i + phrase.Keys.Length > w.Count) continue;
                bool all = true;
                for (int k = 1; k < phrase.Keys.Length && all; k++) all = w[i + k].Key == phrase.Keys[k];
                if (all) return new PhraseHit(phrase, reading.Span.Start, i + phrase.Keys.Length);
            }
        }
        return null;
    }

    private static bool IsYear(Word w) => w.IsNumber && w.IsInteger && w.Digits == 4 && w.Value is >= 1900 and <= 2100;

    /// <summary>
    /// A year before 1900 (في اغسطس/آب 1828, عام 1517), read only where a month or عام/سنة says it is one: a bare number of
    /// four digits is more often a count. Not a Hijri year (عام 1436 هـ, سنة 1440 للهجرة), which <see cref="Hijri"/> reads with its month.
    /// </summary>
    private static bool IsOldYear(IReadOnlyList<Word> w, int k) =>
        w[k].IsNumber && w[k].IsInteger && w[k].Digits == 4 && w[k].Value is >= 1000 and < 1900 &&
        !(k + 1 < w.Count && HijriMarks.Contains(w[k + 1].Key));

    /// <summary>What marks a year as Hijri after it (هـ, ه, هجري, هجرية, للهجرة).</summary>
    private static readonly HashSet<string> HijriMarks = MatchKey.SetOf("هـ", "ه", "هجري", "هجرية", "الهجري", "الهجرية", "للهجرة", "هجريا");

    private static bool IsDay(Word w) => w.IsNumber && w.IsInteger && w.Digits <= 2 && w.Value is >= 1 and <= 31;
}
