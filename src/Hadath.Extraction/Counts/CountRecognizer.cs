using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Counts;

/// <summary>
/// Finds counts in the words of one sentence: a number with the noun it counts (<c>84 قتيلا</c>, <c>عشرات
/// القتلى</c>), an action before it (<c>مقتل 84 شخصا</c>, <c>اصيب 20 آخرون</c>), a verb after its noun
/// (<c>84 شخصا قتلوا</c>) or a toll before it (<c>ارتفعت حصيلة القتلى الى 84</c>). A number of people with no
/// kind word is an <c>amount</c>; other numbers (years, prices, percentages) are left out.
/// </summary>
public sealed partial class CountRecognizer
{
    public const string Amount = "amount";

    private readonly CountLexicon _lexicon;
    private readonly NumberReader _numbers;
    private readonly TimeLexicon _times;

    public CountRecognizer(CountLexicon lexicon, NumberReader numbers, TimeLexicon? times = null)
    {
        _lexicon = lexicon;
        _numbers = numbers;
        _times = times ?? TimeLexicon.Shared;
    }

    public List<Count> Recognize(string text, IReadOnlyList<Word> words) => RecognizeInto(text, words, []);

    /// <summary>
    /// <see cref="Recognize"/> into <paramref name="counts"/>, which must come empty: the count stage passes one list for
    /// all the sentences of a story, where a list was made for each (most sentences count nothing).
    /// </summary>
    internal List<Count> RecognizeInto(string text, IReadOnlyList<Word> words, List<Count> counts)
    {
        bool lastByNoun = false;   // the last count's kind came from its noun of protesters alone
        // Every word is asked the first tests below: read in place, not through the list's interface.
        var inPlace = WordScanner.AsSpan(words);
        int i = 0;
        while (i < inPlace.Length)
        {
            // Most words are no number word with or without a proclitic or the article: asked once, not by each reading.
            bool mayBeNumber = _numbers.MayOpen(inPlace[i]);
            if (!mayBeNumber || !_numbers.Starts(inPlace[i]) || _numbers.Read(words, i) is not { } number)
            {
                // بينهم 17 امرأة وثلاثة اطفال: a number word may carry the و that joins it to the count before.
                if (mayBeNumber && _numbers.ReadAfterProclitic(words, i) is { } joined) number = joined;
                // قتل فلسطينيان, بينهم ضابطان, اربع نساء وطفلين: a dual noun of people is its own number, two.
                else if (_lexicon.Dual(text, inPlace[i]) is { } dual) number = DualNoun(dual.Span, i);
                // واوقفت افرادها الثمانية: a definite number after the people it counts.
                else if (mayBeNumber && DefiniteAfterPeople(text, words, i) is { } pointed)
                {
                    counts.Add(pointed); lastByNoun = false;
                    i = PastSpan(words, i, pointed.Span.End);   // past a teen's ten too
                    continue;
                }
                else
                {
                    i++;
                    continue;
                }
            }
            // قتل التسعة عشر راكبا: a teen with the article on its unit; the reader, starting at عشر, read ten.
            if (DefiniteTeen(words, number) is { } teen) number = teen;
            // ما بين 140 الفا و180 الف سوري: a scale word right after a number in digits belongs to it, however the reader split them.
            if (IsScaleAfterDigits(words, number))
            {
                i = Past(number);
                continue;
            }
            // نحو نصف مليون شخص: a half or a quarter before a scale word is its share, not the whole.
            if (ShareOfScale(words, number) is { } share) number = share;
            // في كانون الاول/ديسمبر 2017 مهندسا فرنسيا: a year after its month is no count of what follows it.
            if (IsYearAfterMonth(words, number))
            {
                i = Past(number);
                continue;
            }
            // في الخامس عشر من مايو: the ten of an ordinal teen (the fifteenth), no number of people.
            if (IsOrdinalTeen(words, number))
            {
                i = Past(number);
                continue;
            }
            // قرابة خمس سكان المدينة: a fifth, not five.
            if (IsFraction(text, words, number))
            {
                i = Past(number);
                continue;
            }
            // وشرطيين اثنين after a count: two more of what happened to it.
            if (counts.Count > 0 && TwoJoinedTo(text, words, number, counts[^1]) is { } joinedTwo)
            {
                counts.Add(joinedTwo); lastByNoun = false;
                i = PastSpan(words, i, joinedTwo.Span.End);
                continue;
            }
            // مقتل مواطنين تونسيين اثنين: two after the noun it counts; a dual counted before it on its own (مقتل جنديين) is that count.
            if (TwoAfterNoun(text, words, number) is { } two)
            {
                // Only a count of two is that dual; any other count the noun is in keeps its own.
                if (counts.Count > 0 && counts[^1].Span.End > two.Span.Start)
                {
                    if (counts[^1].Value == 2) counts[^1] = WidenedToTwo(counts[^1], two);
                }
                else counts.Add(two);
                lastByNoun = false;
                i = PastSpan(words, i, two.Span.End);
                continue;
            }
            // بين عشرة و15 جريحا: a range counts the noun after its upper bound, at least its lower bound.
            if (RangeUpper(words, number) is { } upper &&
                (CountAt(text, words, upper, out int rangeEnd) ?? RangeAsOne(text, words, number, upper, out rangeEnd)) is { } ranged)
            {
                int start = Math.Min(number.Span.Start, ranged.Span.Start);
                // اصيب ما بين عشرة و15: the action stands before بين (and ما); نزح 60-70 الف شخص: before the lower bound.
                int before = number.FirstWord > 0 && words[number.FirstWord - 1].Key == "بين" ? number.FirstWord - 1 : number.FirstWord;
                if (before > 0 && words[before - 1].Key == "ما") before--;
                if (ranged.Kind == Amount && before > 0 && _lexicon.Kind(text, words[before - 1], CountRole.Before) is { } action)
                {
                    ranged = ranged with { Kind = action.Kind };
                    start = action.Span.Start;
                }
                // شارك في التظاهرة ما بين خمسة آلاف وعشرة آلاف شخص: the action with a short phrase before the range.
                else if (ranged.Kind == Amount && ActionBeforeSubject(text, words, before) is { } gapped)
                {
                    ranged = ranged with { Kind = gapped.Kind };
                    start = gapped.Span.Start;
                }
                counts.Add(ranged with { Span = new TextSpan(start, ranged.Span.End), Value = LowerBound(words, number, upper), Qualifier = "at-least" }); lastByNoun = false;
                i = Math.Max(rangeEnd, upper.EndWord);
                continue;
            }
            if (CountAt(text, words, number, out int end) is { } count)
            {
                // بينهم اربعة جنود: a part of the count before it, counted the same way.
                // بينهم نحو عشرة اطفال: the part may carry its own qualifier before the number.
                int partAt = _lexicon.QualifierBefore(words, number.FirstWord)?.FirstWord ?? number.FirstWord;
                // قتل مدنيون بينهم ثلاثة اطفال: a part of people named with no number takes what happened to them.
                if (count.Kind == Amount && AmongAt(words, partAt) is int amongAt)
                {
                    if (WholeWithoutNumber(text, words, amongAt, counts.Count > 0 ? counts[^1].Span.End : 0) is { } whole) count = count with { Kind = whole };
                    else if (counts.Count > 0) count = count with { Kind = counts[^1].Kind };
                }
                // 56 شرطيا و7 متظاهرين اصيبوا: the verb after the last of joined counts says what happened to all of them;
                // so it does to protesters named by their noun alone (11 محتجا و4 من عناصر الامن اصيبوا).
                if (count.Kind != Amount && counts.Count > 0 && JoinedByWa(text, counts[^1].Span.End, count.Span.Start) &&
                    (counts[^1].Kind == Amount || (lastByNoun && count.Kind != "protesters" && EndsWithVerbAfter(text, words, count, end))))
                {
                    counts[^1] = counts[^1] with { Kind = count.Kind };
                }
                // مقتل 12 جنديا و30 مسلحا: the action before the first of joined counts says what happened to the next;
                // اصيب 23 شرطيا وثمانية محتجين: so it does to protesters named by their noun alone.
                // An amount told by an action of its own (وتلاحق خمسة آخرين: pursued) is no more of them.
                else if (((count.Kind == Amount && count.Span.Start >= words[partAt].Start) || IsProtestersByNoun(text, words, count, partAt, end)) && counts.Count > 0 && counts[^1].Kind != Amount && JoinedByWa(text, counts[^1].Span.End, count.Span.Start))
                {
                    count = count with { Kind = counts[^1].Kind };
                }
                // نقل الجرحى الى المستشفى، وحالة ثلاثة منهم حرجة: X منهم of a kind named with no number since the last count.
                if (count.Kind == Amount && words[end - 1].Key is "منهم" or "منهن" && count.Span.Start >= words[partAt].Start &&
                    KindNamedBefore(text, words, partAt, counts.Count > 0 ? counts[^1].Span.End : 0) is { } named)
                {
                    count = count with { Kind = named };
                }
                // نقل 15 جريحا وعالج 31 آخرين: "others" are more of what the sentence counted last, unless an action of
                // their own says otherwise (وانقذ 47 آخرين: rescued, no more of the drowned).
                // حالة اربعة منهم خطرة: X منهم right after a count (one or two words, no و-clause between) is a part of it.
                if (count.Kind == Amount && counts.Count > 0 && counts[^1].Kind != Amount && count.Span.Start >= words[partAt].Start &&
                    ((IsOthers(words, end - 1) && !AfterContrast(words, partAt)) ||
                     (words[end - 1].Key is "منهم" or "منهن" && (CloseAfter(text, counts[^1].Span.End, count.Span.Start) || ThemAfterThat(text, words, counts[^1], partAt)))))
                {
                    count = count with { Kind = counts[^1].Kind };
                }
                // بمقتل 14 من الحراس بالاضافة الى ثلاثة سائقين: a count added to the one before is more of it.
                else if (count.Kind == Amount && counts.Count > 0 && counts[^1].Kind != Amount && count.Span.Start >= words[partAt].Start &&
                         IsAddedTo(text, words, partAt, counts[^1]))
                {
                    count = count with { Kind = counts[^1].Kind };
                }
                // تظاهر نحو خمسة آلاف عامل، في حين قدرت الشرطة عددهم بـ1800 شخص, في حين تحدثت السلطات عن الفي مشارك: a second
                // estimate of the people counted last, with a noun of its own.
                else if (count.Kind == Amount && counts.Count > 0 && counts[^1].Kind != Amount && count.Span.Start >= words[partAt].Start &&
                         InOneSentence(text, counts[^1].Span.End, count.Span.Start) &&
                         (AfterTheirNumber(text, words, partAt, counts[^1].Span.End) || IsSecondEstimate(words, partAt)))
                {
                    count = count with { Kind = counts[^1].Kind };
                }
                // A dual alone (عاملين في المجال) may be a plural: it counts only when something happened to them.
                if (!(IsDualNoun(number) && count.Kind == Amount))
                {
                    counts.Add(count);
                    lastByNoun = IsProtestersByNoun(text, words, count, partAt, end);
                }
            }
            // مقتل شخص واحد: one after the noun it counts.
            else if (OneAfterNoun(text, words, number) is { } one)
            {
                counts.Add(one); lastByNoun = false;
            }
            // قتل 28 شخصا في طنطا و17 في الاسكندرية: a bare number after و, with a place like the count before, is more of it.
            else if (counts.Count > 0 && counts[^1].Kind != Amount && ParallelToLast(text, words, number, counts[^1]))
            {
                counts.Add(new Count(number.Span, counts[^1].Kind, number.Value)); lastByNoun = false;
            }
            // شارك نحو مليوني حاج، بينهم مليون و400 الف من الخارج: a bare number right after بينهم is a part of the count before,
            // also with its own qualifier (بينهم قرابة مليون و750 الفا).
            else if (counts.Count > 0 && !number.Vague && !IsDualNoun(number) && _lexicon.QualifierBefore(words, number.FirstWord) is var own &&
                     (own?.FirstWord ?? number.FirstWord) is int among && among > 0 && words[among - 1].Key is "بينهم" or "بينهن" or "منهم" &&
                     !IsPercent(words, number.FirstWord) && words[among - 1].Start >= counts[^1].Span.End && !IsPeriodAfter(words, number.EndWord))
            {
                var span = own is { } q ? new TextSpan(QualifierStart(words, q), number.Span.End) : number.Span;
                counts.Add(new Count(span, counts[^1].Kind, number.Value) { Qualifier = own?.Qualifier }); lastByNoun = false;
            }
            // بينما قالت الشرطة ان عددهم لم يتجاوز ثلاثة آلاف, في حين تحدثت السلطات عن سبعة آلاف فقط: a bare number after عددهم
            // or a contrasting speaker's عن/الى is the size of the people counted last in the sentence, told again by someone else;
            // one compared with (مقارنة بمليون) is their size at another time.
            else if (counts.Count > 0 && !number.Vague && _lexicon.QualifierBefore(words, number.FirstWord) is var told &&
                     InOneSentence(text, counts[^1].Span.End, number.Span.Start) &&
                     (AfterTheirNumber(text, words, told?.FirstWord ?? number.FirstWord, counts[^1].Span.End) || IsSecondEstimate(words, told?.FirstWord ?? number.FirstWord) ||
                      IsComparedWith(words, told?.FirstWord ?? number.FirstWord)))
            {
                var span = told is { } q ? new TextSpan(QualifierStart(words, q), number.Span.End) : number.Span;
                counts.Add(new Count(span, counts[^1].Kind, number.Value) { Qualifier = told?.Qualifier }); lastByNoun = false;
            }
            i = Math.Max(end, Past(number));
        }
        return counts;
    }

    /// <summary>
    /// A dual counted on its own (مقتل جنديين) widened to the اثنان after it: the span of both, and the kind the dual's
    /// action gave it unless it was only an amount.
    /// </summary>
    private static Count WidenedToTwo(Count dual, Count two) =>
        dual with
        {
            Span = new TextSpan(Math.Min(dual.Span.Start, two.Span.Start), Math.Max(dual.Span.End, two.Span.End)),
            Kind = dual.Kind == Amount ? two.Kind : dual.Kind,
        };

    /// <summary>
    /// The word after the number: its <see cref="NumberPhrase.EndWord"/>, one more for a dual noun, which is its own number
    /// and ends where it starts (<see cref="DualNoun"/>). Every skip goes through it, so the reader always moves on.
    /// </summary>
    private static int Past(NumberPhrase number) => number.EndWord + (IsDualNoun(number) ? 1 : 0);

    /// <summary>The first word after word <paramref name="i"/> that starts at or past <paramref name="end"/>, the end of a count's span.</summary>
    private static int PastSpan(IReadOnlyList<Word> words, int i, int end)
    {
        do i++; while (i < words.Count && words[i].Start < end);
        return i;
    }

    /// <summary>The share each word takes of the scale word after it (نصف مليون: 500 الف).</summary>
    private static readonly Dictionary<string, double> ScaleShares = new(StringComparer.Ordinal) { ["نصف"] = 0.5, ["ربع"] = 0.25 };

    /// <summary>
    /// نصف مليون, ربع مليون: the number widened to the share word right before its scale word (a word, not digits), at
    /// that share of its value; null when no share word stands there.
    /// </summary>
    private static NumberPhrase? ShareOfScale(IReadOnlyList<Word> words, NumberPhrase number)
    {
        int at = number.FirstWord - 1;
        if (at < 0 || number.Vague || IsDualNoun(number) || !words[number.FirstWord].IsLetters) return null;
        if (!ScaleShares.TryGetValue(words[at].Key, out double share)) return null;
        return number with { Span = new TextSpan(words[at].Start, number.Span.End), FirstWord = at, Value = number.Value * share };
    }

    /// <summary>
    /// التسعة عشر, الخمسة عشر: عشر read alone after a definite unit from three to nine (<see cref="NumberReader.DefiniteCardinal"/>)
    /// is that teen, widened to the unit's word; null for any other number.
    /// </summary>
    private NumberPhrase? DefiniteTeen(IReadOnlyList<Word> words, NumberPhrase number)
    {
        if (number.FirstWord < 1 || number.EndWord != number.FirstWord + 1 || !TeenTen.Contains(words[number.FirstWord].Key)) return null;
        var unit = words[number.FirstWord - 1];
        if (_numbers.DefiniteCardinal(unit) is not (>= 3 and <= 9 and var value)) return null;
        return number with { Span = new TextSpan(unit.Start, number.Span.End), FirstWord = number.FirstWord - 1, Value = 10 + value };
    }

    /// <summary>عشر, عشرة: the ten of a teen written after its unit.</summary>
    private static readonly HashSet<string> TeenTen = MatchKey.SetOf("عشر", "عشرة");

    /// <summary>Ordinals from the first to the ninth with the article, which make a teen's ordinal with عشر after them.</summary>
    private static readonly HashSet<string> Ordinals = MatchKey.SetOf(
        "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
        "الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة");

    /// <summary>عشر or عشرة right after an ordinal (الخامس عشر, الساعة الثانية عشرة): part of an ordinal teen.</summary>
    private static bool IsOrdinalTeen(IReadOnlyList<Word> words, NumberPhrase number) =>
        number.FirstWord > 0 && TeenTen.Contains(words[number.FirstWord].Key) && Ordinals.Contains(words[number.FirstWord - 1].Key);

    /// <summary>A year in digits right after a month name or عام/سنة (ديسمبر 2017, كانون الاول 2017, عام 2011).</summary>
    private bool IsYearAfterMonth(IReadOnlyList<Word> words, NumberPhrase number)
    {
        var year = words[number.FirstWord];
        if (number.EndWord != number.FirstWord + 1 || !year.IsInteger || year.Digits != 4) return false;
        // وسنة 1988 استاذا مساعدا: a year after سنة (or عام) with its clitic is no count either.
        if (number.FirstWord > 0 && YearWords.Contains(words[number.FirstWord - 1].Key)) return true;
        for (int k = number.FirstWord - 1; k >= 0 && k >= number.FirstWord - 2; k--)
        {
            foreach (var phrase in _times.StartingWith(words[k].Key))
            {
                if (phrase.Keys.Length != number.FirstWord - k || !IsYearAnchor(phrase)) continue;
                bool all = true;
                for (int j = 1; j < phrase.Keys.Length && all; j++) all = words[k + j].Key == phrase.Keys[j];
                if (all) return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> YearWords = new[] { "سنة", "وسنة", "لسنة", "بسنة", "عام", "وعام", "لعام", "بعام" }
        .Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    private static bool IsYearAnchor(TimePhrase phrase) =>
        phrase.Kind is TimeWordKind.Month or TimeWordKind.Hijri || (phrase.Kind == TimeWordKind.YearWord && phrase.Value == "span");

    private Count? CountAt(string text, IReadOnlyList<Word> w, NumberPhrase number, out int end)
    {
        end = number.EndWord;
        if (number.Value <= 0) return null;
        // 7.5 حالات وفاة لكل 10 آلاف نسمة: a value with a fraction left after its scale is a rate or a mean, not people.
        if (number.Value != Math.Floor(number.Value)) return null;
        if (IsPercent(w, number.FirstWord)) return null;   // تودي بحياة 60 % من المصابين: a share, not people
        if (IsMeasure(w, number.EndWord)) return null;     // ضبطت الشرطة ثلاثة اطنان: a weight, not things counted
        if (IsRepetition(w, number.EndWord)) return null;  // اعتقل الناشط اربع مرات: how often, not how many
        // البالغ 21 عاما, يوم 2 جويلية; عمرهما 27 و32 سنة: two ages
        if (!IsDualNoun(number) && (IsPeriodAfter(w, number.EndWord) || IsDayOfMonth(w, number.EndWord) || IsPairedWithPeriod(w, number))) return null;
        // The qualifier before the number (نحو, اكثر من) and the first word of the two: what stands before the count.
        var before = _lexicon.QualifierBefore(w, number.FirstWord);
        int lead = before?.FirstWord ?? number.FirstWord;
        if (IsCapacity(w, lead)) return null;     // لا تتسع لاكثر من 30 الف شخص
        if (number.FirstWord > 0 && w[number.FirstWord - 1].Key is "كل" or "لكل" or "بمعدل") return null;   // واحدا من كل خمسة شبان, بمعدل 20 مشارك, طبيب لكل 12 الف مواطن: a rate, not people
        if (IsOneOfPeriod(w, number)) return null;   // قتل في يوم واحد: one day, no one killed
        if (IsAgeAfter(w, number.EndWord)) return null;   // القبض على شاب في الـ19 من العمر: an age
        if (IsAfterUnitLabel(w, number)) return null;   // مقتل قائد اللواء 405: a unit's number
        string? kind = null;
        int spanStart = number.Span.Start, spanEnd = number.Span.End;

        int j = number.EndWord, nounEnd = end;
        bool dual = IsDualNoun(number);
        // وقتل مسلحان ثلاثة اشخاص: a dual in ان with a number right after it is the subject of the verb before, no one it befell.
        if (dual && IsDualSubject(w, number)) return null;
        if (dual)
        {
            end = j = number.FirstWord + 1;
            spanEnd = w[number.FirstWord].End;
            // سقط قتيلان, توفي جريحان: a dual of a casualty noun says what happened itself.
            if (_lexicon.Dual(text, w[number.FirstWord]) is { Kind: not CountLexicon.People } casualty) kind = casualty.Kind;
            else if (VerbAfter(text, w, end) is { } dualVerb)
            {
                kind = dualVerb.Kind;
                spanEnd = w[dualVerb.At].End;
                end = dualVerb.At + 1;
            }
        }
        // عشرات من المتظاهرين, ثلاثة من عناصر الامن: من before the counted noun.
        if (!dual && j + 1 < w.Count && w[j].Key == "من" && (number.Vague || NounAfterOf(text, w[j + 1], number.Value) is not null)) j++;
        // انقاذ 68 منهم, حبس 38 منهم: a part of people named before, who they are said there.
        // اعتقلوا ستة منا: a speaker's own people (منا) too.
        if (!dual && j < w.Count && w[j].Key is "منهم" or "منهن" or "منا")
        {
            spanEnd = w[j].End;
            end = j + 1;
            // وان 35 منهم قتلوا: what happened to the part, told right after it.
            if (VerbAfter(text, w, end) is { } happened)
            {
                kind = happened.Kind;
                spanEnd = w[happened.At].End;
                end = happened.At + 1;
            }
        }
        else if (!dual && j < w.Count && (j > number.EndWord ? NounAfterOf(text, w[j], number.Value) : _lexicon.Kind(text, w[j], CountRole.Noun)) is { } noun &&
                 !CarriesConjunction(text, w[j], noun.Span))
        {
            spanEnd = w[j].End;
            end = nounEnd = j + 1;
            // 20 شخصا آخرين اصيبوا: "others" belongs to the noun; the verb after it still says what happened.
            if (noun.Kind == CountLexicon.People && IsOthers(w, end) && VerbAfter(text, w, end + 1) is not null) end++;
            if (noun.Kind is not (CountLexicon.People or "protesters")) kind = noun.Kind;
            // 7 متظاهرين اصيبوا: what happened to them, after the noun, outranks who they are.
            else if ((VerbAfter(text, w, end) ?? VerbPastCommaAfterSubject(text, w, number, end) ?? SingularVerbAfter(w, number, end)) is { } verb)
            {
                kind = verb.Kind;
                spanEnd = w[verb.At].End;
                end = verb.At + 1;
            }
            // ستة محتجين نقلوا الى المستشفى, ونقل 11 محتجا الى المستشفيات: protesters carried to a hospital (the verb after
            // them or right before the number and its qualifier) are counted as wounded.
            else if (noun.Kind == "protesters" &&
                     ToHospital(w, lead - 1, end, taken: true) is not null) kind = "wounded";
            else if (noun.Kind != CountLexicon.People) kind = noun.Kind;
            // 156 مدنيا على الاقل، بينهم 38 طفلا، قتلوا, 15 شخصا (بينهم نساء) قتلوا: a verb past an aside of its parts,
            // or of anything in brackets or between dashes, says what happened to the whole.
            // The span stays the whole's, so that the parts in the aside are read after it.
            else if ((VerbPastAmongAside(text, w, end) ?? VerbPastMarkedAside(text, w, end)) is { } pastAside) kind = pastAside;
        }

        // 160 من اعضائه اعتقلوا, نحو 300 الف من الايغور فروا, 17 على الاقل من المقاتلين قتلوا: people named after من by
        // words the lexicon lacks (a group, a possessive), with a plural verb after them, are counted by that verb.
        if (kind is null && end == number.EndWord && PluralVerbPastOf(text, w, end) is { } ofVerb)
        {
            kind = ofVerb.Kind;
            spanEnd = w[ofVerb.At].End;
            end = ofVerb.At + 1;
        }
        if (end == number.EndWord && IsBareYear(w, number)) return null;   // وسجن قبل ذلك في 2011
        if (end == number.EndWord && end < w.Count && States.Contains(w[end].Key)) return null;   // الاعضاء، وعددهم 192 دولة: states, no people
        // وقوع 87 آخرين أسرى: a kind noun after "others" says what they are; so it does after a noun of people
        // (اكثر من 1100 مسلحا قتيلا, 46 تونسيا موقوفين).
        if (kind is null && (KindAfterOthers(text, w, end) ?? KindAfterPeople(text, w, nounEnd, end)) is { } taken)
        {
            kind = taken.Kind;
            spanEnd = w[taken.At].End;
            end = taken.At + 1;
        }
        // يحتجز التنظيم 40 شخصا رهائن: people held as hostages were kidnapped, whoever the noun says they are.
        if (end > number.EndWord && end < w.Count && Hostages.Contains(w[end].Key))
        {
            kind = "kidnapped";
            spanEnd = w[end].End;
            end++;
        }
        // احتجز المسلحون 20 رهينة: a verb of holding before hostages makes no arrest of them (قتل رهينتين still kills them).
        bool hostages = kind == "kidnapped";

        // عاد نحو 400 لاجئ, 5200 لاجئ عادوا: refugees going back are counted, not displaced by the news.
        if (kind == "displaced" && end > number.EndWord && (ReturnedAfter(w, end) || (lead >= 1 && (Returned.Contains(w[lead - 1].Key) || Returns.Contains(w[lead - 1].Key))))) kind = Amount;
        if (before is { } leading) spanStart = QualifierStart(w, leading);
        // عدد المتظاهرين بخمسة آلاف, بنحو 20 الفا: a ب glued to the number or its qualifier links it to a toll before.
        bool linkedByB = before is { Proclitic: 'ب' } || (before is null && number.Span.Start > w[lead].Start && w[lead].Key[0] == 'ب');
        // An action before the number says what happened to whom the noun names (اعتقل مئات المتظاهرين: arrested),
        // unless the noun itself is a casualty (سقوط 20 جريحا: wounded).
        // اعتقلت الشرطة "34 رجلا": an opening quotation mark before the number stands between it and its action.
        int actionLead = lead >= 1 && w[lead - 1].IsQuotationMark ? lead - 1 : lead;
        // وضبطت الشرطة بحوزتهم اربع بنادق: whose possession it was found in stands between the action and the number.
        if (actionLead >= 2 && Possession.Contains(w[actionLead - 1].Key)) actionLead--;
        int verbAt = PastTimeWords(w, PastPeriod(w, actionLead - 1)), actionAt = verbAt;   // قتل امس 12 شخصا, قتل في يومين 100 شخص
        if (actionAt > 0 && Resumptives.Contains(w[actionAt].Key)) actionAt--;   // قتل فيها 12 متظاهرا
        if (actionAt > 0 && Adverbs.Contains(w[actionAt].Key)) actionAt--;       // ضبطت كذلك 14 قاربا
        if (actionAt > 0 && w[actionAt].Key == "مع" && IsOthers(w, end - 1)) actionAt--;   // قتل مع 13 آخرين
        // اعتقلت الشرطة الايطالية، الخميس، خمسة اشخاص: a subject ends before a day set off by commas.
        int subjectEnd = DayBetweenCommas(w, actionLead - 1) is int beforeDay ? beforeDay + 1 : actionLead;
        if (kind is not ("killed" or "wounded") && actionAt >= 0 && ActionAt(text, w, actionAt, counted: end > number.EndWord) is { } action &&
            action.Kind != kind && !(hostages && action.Kind == "arrested") && !(IsStopping(w[actionAt]) && !PeopleOrBareAfter(w, number, end)) &&
            !(kind is not (null or "arrested") && IsRelease(w, actionAt)))
        {
            // شارك عشرات الآلاف في تشييع الضحايا: taking part in a funeral or a vote is no protest.
            // الانتخابات التي … شارك فيها نحو 11 مليون ناخب: nor is voting.
            kind = action.Kind == "protesters" && (IsOccasionAfter(w, end) || TookPartInOccasion(w, actionAt, number.EndWord)) ? Amount : action.Kind;
            spanStart = action.Span.Start;
        }
        // توفي جريحان, وفاة ثلاثة جرحى: the wounded who died are counted among the killed.
        else if (kind == "wounded" && actionAt >= 0 && DyingStart(text, w[actionAt]) is { } dying)
        {
            kind = "killed";
            spanStart = dying;
        }
        // اعتقلت قوات الامن خمسة مشتبه بهم, اوقفت الشرطة 12 متظاهرا: the action with its subject before the number.
        else if (kind is not ("killed" or "wounded") && ActionBeforeSubject(text, w, subjectEnd) is { } gapped && gapped.Kind != kind && !(hostages && gapped.Kind == "arrested") &&
                 (gapped.Kind != Amount || end > number.EndWord))
        {
            // وشارك في التشييع مئات من زملائه في الجامعة: taking part in a funeral named between the verb and the crowd is no protest;
            // with no people counted (شارك في انتخابات الرئاسة 2018) there is no count at all.
            bool occasion = gapped.Kind == "protesters" && OccasionBetween(w, gapped.Span.Start, lead);
            kind = !occasion ? gapped.Kind : end > number.EndWord ? Amount : null;
            spanStart = gapped.Span.Start;
        }
        // اختطف مسلحون مجهولون صباح الخميس ثلاثة موظفين: an arrest or abduction verb takes the people counted after
        // its subject, however long, within the clause; so it does protesters (القت الشرطة القبض على اربعة من المحتجين).
        // ضبطت مديرية أمن غازي عنتاب جنوبي تركيا 214 مهاجرا: so a verb of catching takes the people (not things) counted
        // after its subject; they were arrested (below).
        else if (kind is null or CountLexicon.People or Amount or "protesters" && CaptorOrSeizerBefore(text, w, subjectEnd) is { } captor &&
                 (captor != "seized" || PeopleOrRefugees(text, w, number, nounEnd)))
        {
            kind = captor;
        }
        // قتل رجل يحمل سكينا اربعة اشخاص: a verb of killing takes the people counted after its subject, however described.
        else if (kind is null or CountLexicon.People or Amount or "protesters" && end > number.EndWord && KillerBefore(text, w, subjectEnd)) kind = "killed";
        // فرقت قوات الامن ليل الثلاثاء بخراطيم المياه آلاف الاساتذة: the crowd a dispersal verb broke up, past its subject,
        // a day and the means, are protesters whoever the noun says they are.
        else if (kind is null or CountLexicon.People or Amount && (DispersedBefore(w, lead, end, counted: end > number.EndWord) || HeldBackBefore(w, lead, end))) kind = "protesters";
        // واصاب 20 آخرين, وقضى 12 شخصا في الحريق: a verb of hitting or of dying right before the people it counts
        // (the manner of a death after them, وقضى 40 مهاجرا غرقا, is read below with its own span).
        else if (kind is null && end > number.EndWord && !IsDualNoun(number) && actionAt >= 0 && DiedBy(w, end) is null &&
                 HitOrDiedAt(text, w, actionAt) is { } befell)
        {
            kind = befell.Kind;
            spanStart = befell.Start;
        }
        // مقتل جندي وثلاثة مسلحين, اصابة طفل وسبعة آخرين: people joined by و to one named after an action share it.
        else if (kind is null && end > number.EndWord && SharedWithOneNamed(text, w, number, lead) is { } shared) kind = shared;
        // وقتل القيادي في الحركة إلى جانب 17 شخصا: people counted alongside whom the clause's verb killed shared it.
        if (kind is null or CountLexicon.People && end > number.EndWord && AlongsideCasualty(text, w, lead) is { } alongside) kind = alongside;
        if (kind is null && end > number.EndWord && AmongKind(text, w, lead) is { } among) kind = among;
        // جرحى عددهم 14, النازحين الجدد، وعددهم نحو الف اسرة, المعتقلين الـ 1100: the noun named before says who they are.
        if (kind is null or CountLexicon.People && NamedBefore(text, w, lead) is { } named)
        {
            kind = named.Kind == CountLexicon.People ? Amount : named.Kind;
            if (named.Start is { } namedStart) spanStart = namedStart;
        }
        // خرج آلاف المغاربة الى الشوارع: people who went out into the streets are protesters, whoever the noun says they are.
        if (kind is null && IntoTheStreets(w, verbAt, number.EndWord) is { } streets)
        {
            kind = "protesters";
            spanStart = w[streets].Start + (w[streets].Key[0] == 'و' ? 1 : 0);   // the span leaves out the و
        }
        // ونظم مئات من سكان مدينة العريش وقفة احتجاجية: people who organised a protest are its protesters.
        // نفذ مئات اللاجئين … اعتصاما: refugees who held a sit-in are its protesters, as the noun alone would not say.
        // وقفة احتجاجية نظمها عشرات المعطلين: so are those who organised the protest named right before the verb.
        if (kind is null or "displaced" && (OrganisedProtest(w, verbAt, end) ?? OrganisedNamedBefore(w, verbAt)) is { } organiser)
        {
            kind = "protesters";
            spanStart = OrganiserStart(w[organiser]);
        }
        // أعلن آلاف التجار الاضراب, دخل عشرات التلاميذ … في مقاطعة للدروس: people who declared or entered a protest.
        if (kind is null && (DeclaredProtest(w, verbAt, end) || EnteredProtest(w, verbAt, end))) kind = "protesters";
        // لا يزال العشرات في عداد المفقودين: people counted in the tally of the missing, or of a kind; so is a part of
        // people named before (ثمانية منهم لا يزالون رهن الاعتقال).
        if (kind is null && (end == number.EndWord || w[end - 1].Key is "منهم" or "منهن" or "منا") && InTheTally(text, w, end) is { } tally)
        {
            kind = tally.Kind;
            spanEnd = w[tally.At].End;
            end = tally.At + 1;
        }
        // عدد المشاركين في الوقفة بلغ نحو 1500 طبيب: those taking part in a protest; تجاوز before the number says more than it.
        string? tollQualifier = null;
        if (kind is null && ParticipantsBefore(w, lead) is { } participants)
        {
            kind = "protesters";
            spanStart = w[participants].Start + (w[participants].Key[0] == 'و' ? 1 : 0);
            tollQualifier = NumberLinks.GetValueOrDefault(w[lead - 1].Key);
        }
        if (kind is null && Toll(text, w, lead, linkedByB) is { } toll)
        {
            kind = toll.Kind;
            spanStart = toll.Start;
            // عدد الموقوفين تجاوز 220: a toll that passed the number is more than it.
            tollQualifier = w[lead - 1].Key switch { "تجاوز" or "تخطي" or "فاق" => "more-than", "ناهز" => "about", _ => null };
        }
        // ويبلغ عدد العاطلين عن العمل في تونس نحو 700 الف: a number that عدد and its noun named further back.
        // A number with its own noun of people takes from عدد only a kind (not: بعدد بلغ 4 مليون راكب, amount either way).
        if (kind is null && CountOf(text, w, lead, linkedByB) is { } of && (end == number.EndWord || of.Kind != Amount))
        {
            kind = of.Kind;
            spanStart = of.Start;
            tollQualifier = of.Qualifier;
        }
        // صادرت 12 سيارة واكثر من 200 الف حبة: things joined to what a verb of seizing took.
        if (kind is null && SeizedInClause(text, w, number, lead))
        {
            kind = "seized";
            spanEnd = w[number.EndWord].End;
            end = number.EndWord + 1;
        }
        // مواجهات بين قوات الامن ومئات الشبان: one side of a fight with a force of order; 1500 من الاهالي نفذوا مسيرة.
        // A verb after the counted people agrees with a second noun joined to them (ممرض وممرضة لبوا النداء).
        int pastPair = PastJoinedPeople(text, w, end);
        if (kind is null && end > number.EndWord && (FacingForces(w, lead, end) || HeldProtestAfter(w, pastPair) || TookPartIn(w, pastPair))) kind = "protesters";
        // اغلق عشرات الشبان الطريق, ثلاثة آلاف ممرض وممرضة لبوا النداء, شارك في مظاهرات بطهران المئات: a road blocked, a
        // call answered, a protest named before the crowd that took part in it (الاعتصامات التي يشارك فيها آلاف المواطنين).
        if (kind is null or CountLexicon.People or Amount && (BlockedRoad(w, verbAt, number.EndWord, end) || AnsweredCall(w, verbAt, end, pastPair) || TookPartBefore(w, lead) ||
                                                             TookPartInProtestNamedBefore(w, lead) || TakenInByProtest(w, lead))) kind = "protesters";
        // اعتصاما لنحو 400 من عمال الشركة: people whose protest is named right before them, when a noun of people says who they are.
        if ((kind is CountLexicon.People or Amount || (kind is null && end > number.EndWord)) && ProtestOfTheCounted(w, lead)) kind = "protesters";
        // نقل اربعة منهم الى المستشفى: people carried to a hospital are wounded.
        if (kind is null or Amount && ToHospital(w, verbAt, end, taken: end > number.EndWord) is not null) kind = "wounded";
        // وقضى 12 شخصا غرقا: the manner of a death after the people says they died.
        if (kind is null or Amount && end > number.EndWord && DiedBy(w, end) is { } manner)
        {
            kind = "killed";
            spanEnd = w[manner].End;
            end = manner + 1;
        }
        // أجبر القتال 2.4 مليون شخص على النزوح, 300 الف شخص فقدوا منازلهم: people driven from their homes.
        if (kind is null && end > number.EndWord && DrivenOutAfter(w, lead, end)) kind = "displaced";
        // 2,6 مليون طفل سوري لاجئ, مليون طالب لجوء: a noun of refugees after the counted noun.
        if (kind is null && nounEnd > number.EndWord && RefugeesAfterNoun(text, w, nounEnd)) kind = "displaced";
        // ويستضيف الاردن نحو 1,3 مليون سوري: nationals a country hosts are refugees.
        // Only when a noun was read after the number: a dual (طالبان) or منهم leaves none.
        if (kind is null && nounEnd > number.EndWord && HostedNationals(text, w, lead, nounEnd - 1)) kind = "displaced";
        // تؤوي حاليا اكثر من 36 الفا, وكان المصلون نحو الفين: people implied by the verb or named right before.
        if (kind is null && end == number.EndWord && ImpliedPeople(text, w, lead, end) is { } implied) kind = implied;
        // ضبط 6 اشخاص, ضبطت الشرطة 12 مهاجرا: people a verb of seizing took were arrested (Maghrebi news seize people too);
        // so were refugees (ضبطت الشرطة 12 لاجئا غادروا المخيم).
        if (kind == "seized" && PeopleOrRefugees(text, w, number, nounEnd)) kind = "arrested";
        // تحتجز 10 سفن, خطف اربعة طائرات: vehicles held or hijacked are things seized, no people arrested or abducted.
        if (kind is "arrested" or "kidnapped" && end == number.EndWord && end < w.Count && Vehicles.Contains(w[end].Key))
        {
            kind = "seized";
            spanEnd = w[end].End;
            end++;
        }
        // إصابة 197 شخصا بفيروس كورونا, أصيب 12 شخصا بالكوليرا, إصابة 31 شخصا في الولاية بالفيروس: people a disease struck
        // (named right after them or past a place) are counted, no wounded (as with
        // the disease before the verb, الكوليرا التي أصابت مليون شخص); the count is the people alone.
        if (kind == "wounded" && end > number.EndWord && (DiseaseAfter(text, w, end) || (end + 2 < w.Count && w[end].Key == "في" && DiseaseAfter(text, w, end + 2))))
        {
            kind = Amount;
            spanStart = before is { } struck ? QualifierStart(w, struck) : number.Span.Start;
        }
        if (kind is null && end > number.EndWord) kind = Amount;
        // مئات من انصاره الذين تجمعوا للاحتفال بفوزه: a crowd come to celebrate is no protest.
        if (kind == "protesters" && CelebratingAfter(w, end)) kind = end > number.EndWord ? Amount : null;
        // المجلس المكون من 15 عضوا, ولها ثلاثة ابناء: members a body is made of, children someone has.
        if (kind is null || (kind == Amount && IsMakeup(w, number, lead))) return null;

        string? qualifier = before?.Qualifier ?? tollQualifier;
        // 110 اشخاص على الاقل توفوا: a qualifier between the noun and the verb after it.
        if (nounEnd < end && _lexicon.QualifierAfter(w, nounEnd) is { } inner) qualifier ??= inner.Qualifier;
        if (_lexicon.QualifierAfter(w, end) is { } after)
        {
            qualifier ??= after.Qualifier;
            spanEnd = w[after.EndWord - 1].End;
            end = after.EndWord;
        }
        if (number.Vague) qualifier ??= "at-least";
        // راح ضحيتها العشرات بين قتيل وجريح: a toll of the dead and the wounded together is neither.
        if (kind is "killed" or "wounded" && IsMixedToll(w, end)) kind = Amount;
        // حفل لتكريم 40 شهيدا: the dead a ceremony honours or mourns died before it; they are no toll of the news.
        if (kind == "killed" && lead >= 1 && Commemorations.Contains(w[lead - 1].Key)) kind = Amount;
        // محاولة اغتيال شخصين: an attempt on people's lives, which they may have survived, kills no one.
        if (kind == "killed" && IsAttemptBefore(w, spanStart)) kind = Amount;
        // وقع 120 شخصا ضحايا لعمليات نصب: victims of a fraud, a trafficking or a harassment are alive, when the count's
        // own words name them (a verb of killing in the span, لقي 12 معتقلا حتفهم, gave the kind, not the victims).
        if (kind == "killed" && VictimsOfCrime(w, spanStart, end)) kind = Amount;
        // 131 ايرانيا على الاقل بين القتلى: people counted among a kind named right after them.
        if (kind == Amount && AmongKindAfter(text, w, end) is { } amongAfter) kind = amongAfter;
        return new Count(new TextSpan(spanStart, spanEnd), kind, number.Value) { Qualifier = qualifier };
    }

    /// <summary>Whether the number counts people: a dual noun of people (شخصين), or a noun of people read after it.</summary>
    private bool CountsPeople(string text, IReadOnlyList<Word> w, NumberPhrase number, int nounEnd) =>
        IsDualNoun(number)
            ? _lexicon.Dual(text, w[number.FirstWord]) is { Kind: CountLexicon.People }
            : nounEnd > number.EndWord && _lexicon.Kind(text, w[nounEnd - 1], CountRole.Noun) is { Kind: CountLexicon.People };

    /// <summary>Whether the count's noun is of people or of refugees and the displaced (12 لاجئا, 30 نازحا), who are people too.</summary>
    private bool PeopleOrRefugees(string text, IReadOnlyList<Word> w, NumberPhrase number, int nounEnd) =>
        CountsPeople(text, w, number, nounEnd) || nounEnd > number.EndWord && _lexicon.Kind(text, w[nounEnd - 1], CountRole.Noun) is { Kind: "displaced" };

    /// <summary>Whether an occasion (a funeral, a celebration, an election) is named from <paramref name="start"/> up to word <paramref name="lead"/>.</summary>
    private static bool OccasionBetween(IReadOnlyList<Word> w, int start, int lead)
    {
        for (int k = lead - 1; k >= 0 && w[k].Start >= start; k--)
        {
            if (Occasions.Contains(w[k].Key) || IsJoyWord(w[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Nouns of vehicles after a number (سفن, طائرات, قوارب, سيارات), in the forms a count takes.</summary>
    private static readonly HashSet<string> Vehicles = MatchKey.SetOf(
        "سفن", "سفينة", "طائرات", "طائرة", "قوارب", "قاربا", "زوارق", "زورقا", "سيارات", "سيارة", "شاحنات", "شاحنة",
        "ناقلات", "ناقلة", "حافلات", "حافلة", "مركبات", "مركبة");

    /// <summary>Honouring, mourning and remembering right before the dead counted (تكريم, تابين, ذكرى), with و, ل or ب.</summary>
    private static readonly HashSet<string> Commemorations = MatchKey.SetOf(
        "تكريم", "وتكريم", "لتكريم", "بتكريم", "تأبين", "وتأبين", "لتأبين", "بتأبين", "ذكرى", "وذكرى", "لذكرى", "بذكرى");

    /// <summary>Nouns of attempting (محاولة, محاولات) right before an action, bare or with و; محاولة with ل or ب too.</summary>
    private static readonly HashSet<string> Attempts = MatchKey.SetOf(
        "محاولة", "ومحاولة", "لمحاولة", "بمحاولة", "محاولات", "ومحاولات");

    /// <summary>Whether the word before the one the count's span starts in is a noun of attempting (محاولة اغتيال, محاولة قتل).</summary>
    private static bool IsAttemptBefore(IReadOnlyList<Word> w, int spanStart)
    {
        for (int k = 1; k < w.Count && w[k].Start <= spanStart; k++)
        {
            if (spanStart < w[k].End) return Attempts.Contains(w[k - 1].Key);
        }
        return false;
    }

    /// <summary>Words of the victims (ضحية, ضحايا, الضحايا, ضحاياها), as keys hold them.</summary>
    private static bool IsVictimsWord(string key) =>
        key.Contains("ضحايا", StringComparison.Ordinal) || key.Contains("ضحيه", StringComparison.Ordinal) || key.Contains("ضحيت", StringComparison.Ordinal);

    /// <summary>
    /// Wrongs that leave their victims alive, as stems a word with its clitics contains (لعمليات نصب, للاتجار, التحرش).
    /// Not torture, which kills, nor theft (سرقه is also سرقة as a stem of other words).
    /// </summary>
    private static readonly string[] Crimes = ["احتيال", "اتجار", "تحرش", "ابتزاز", "اغتصاب", "قرصن", "تزوير"];

    private const int MaxCrimeGap = 3;

    /// <summary>
    /// Whether a word of the victims among the count's own words (from <paramref name="spanStart"/> to word
    /// <paramref name="end"/>) has a crime within <see cref="MaxCrimeGap"/> words after it (120 شخصا ضحايا لعمليات نصب,
    /// 45 ضحية للاتجار بالبشر): victims who live.
    /// </summary>
    private static bool VictimsOfCrime(IReadOnlyList<Word> w, int spanStart, int end)
    {
        for (int k = Math.Min(end, w.Count) - 1; k >= 0 && w[k].Start >= spanStart; k--)
        {
            if (!w[k].IsLetters || !IsVictimsWord(w[k].Key)) continue;
            for (int j = k + 1; j < w.Count && j <= k + MaxCrimeGap && w[j].IsLetters; j++)
            {
                string key = w[j].Key;
                if (key is "نصب" or "النصب" or "للنصب") return true;
                foreach (var crime in Crimes)
                {
                    if (key.Contains(crime, StringComparison.Ordinal)) return true;
                }
            }
        }
        return false;
    }

    /// <summary>Nouns of times after a number (ثلاث مرات, 11 مرة, مئات المرات): how often something happened.</summary>
    private static readonly HashSet<string> Repetitions = MatchKey.SetOf("مرات", "مرة", "المرات");

    /// <summary>True when word <paramref name="at"/>, right after the number, says how often (اربع مرات), not how many.</summary>
    private static bool IsRepetition(IReadOnlyList<Word> w, int at) => at < w.Count && w[at].IsLetters && Repetitions.Contains(w[at].Key);

    /// <summary>رهائن, رهينة after the counted people: held as hostages.</summary>
    private static readonly HashSet<string> Hostages = MatchKey.SetOf("رهائن", "رهينة", "كرهائن", "كرهينة");

    /// <summary>Nouns of states after a number (192 دولة, 28 بلدا): members that are countries are no people.</summary>
    private static readonly HashSet<string> States = MatchKey.SetOf("دولة", "دول", "بلدا", "بلدان", "بلد", "دولا");

    /// <summary>بين قتيل وجريح, بين قتلى وجرحى: dead and wounded counted together.</summary>
    private static bool IsMixedToll(IReadOnlyList<Word> w, int at) =>
        at + 2 < w.Count && w[at].Key == "بين" && w[at + 1].Key is "قتيل" or "قتلي" && w[at + 2].Key is "وجريح" or "وجرحي" or "ومصاب" or "ومصابين";

    /// <summary>Words of joy or mourning after a march (مسيرة فرح, مظاهرات ابتهاج, مسيرة تشييع): a celebration or a funeral, no protest.</summary>
    private static readonly HashSet<string> Joy = MatchKey.SetOf("فرح", "ابتهاج", "احتفال", "احتفالية", "احتفاليه", "تشييع", "جنازة", "جنازه");

    /// <summary>Where a count read with its qualifier starts: at the qualifier's word, past a و or ب glued to it.</summary>
    private static int QualifierStart(IReadOnlyList<Word> words, (string Qualifier, int FirstWord, char Proclitic) q) =>
        words[q.FirstWord].Start + (q.Proclitic == ' ' ? 0 : 1);
}
