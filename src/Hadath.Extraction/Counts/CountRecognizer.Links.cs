using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Counts;

/// <summary>
/// What the round-thirteen corpus reading showed linking a count to the rest of its sentence past its own words: a verb
/// after a comma or an aside, a count added to the one before (بالاضافة الى, فضلا عن), a refugee adjective after the
/// counted noun, a conjunction before what only looks like the counted noun (مقتل العشرات وإصابة), one after its noun
/// (مقتل شخص واحد), and numbers that are no counts (a bare year after في, voters taking part in a vote).
/// </summary>
public sealed partial class CountRecognizer
{
    /// <summary>Words after which the people counted are the subject of a clause (ان 3000 سوري فروا), or a part of it (بينهم).</summary>
    private static readonly HashSet<string> SubjectOpeners = new(StringComparer.Ordinal) { "ان", "وان", "بان", "لان", "بينهم", "منهم" };

    private const int MaxAsideWords = 5;

    /// <summary>
    /// ان اكثر من 3000 عراقي، فروا من القتال; ان نحو 90 الف شخص، معظمهم من النساء، فروا: a plural verb with no و after a
    /// comma, or after an aside of up to <see cref="MaxAsideWords"/> words between commas, agrees with the people counted
    /// before it when they open a clause after ان (or are a part after بينهم). After a preposition (الطائرة المجهزة لنقل 6
    /// افراد، قتلوا) the verb may agree with a subject further back: no verb then.
    /// </summary>
    private (string Kind, int At)? VerbPastCommaAfterSubject(string text, IReadOnlyList<Word> w, NumberPhrase number, int at)
    {
        int lead = _lexicon.QualifierBefore(w, number.FirstWord)?.FirstWord ?? number.FirstWord;
        if (lead < 1 || !SubjectOpeners.Contains(w[lead - 1].Key)) return null;
        if (at >= w.Count || w[at].Key is not ("،" or ",")) return null;
        int verb = at + 1;
        if (verb < w.Count && PluralVerb(text, w[verb]) is { } first) return (first, verb);
        for (int k = at + 1; k < w.Count && k <= at + 1 + MaxAsideWords; k++)
        {
            if (w[k].IsComma) return k + 1 < w.Count && PluralVerb(text, w[k + 1]) is { } later ? (later, k + 1) : null;
            if (!w[k].IsLetters || _numbers.Starts(w[k])) return null;
        }
        return null;
    }

    /// <summary>The kind of a plural verb of the after role that carries no و (فروا, قتلوا, اعتقلن), or null.</summary>
    private string? PluralVerb(string text, Word word) =>
        word.IsLetters && (word.Key.EndsWith("وا", StringComparison.Ordinal) || word.Key.EndsWith('ن')) &&
        _lexicon.Kind(text, word, CountRole.After) is { } verb && verb.Span.Start == word.Start
            ? verb.Kind
            : null;

    /// <summary>Words that add a count to the one before it (بالاضافة الى, فضلا عن, علاوة على), the second word after the first.</summary>
    private static readonly Dictionary<string, string> Adding = new[]
        {
            ("اضافة", "الى"), ("بالاضافة", "الى"), ("وبالاضافة", "الى"), ("فضلا", "عن"), ("علاوة", "على"),
        }
        .ToDictionary(p => MatchKey.Of(p.Item1), p => MatchKey.Of(p.Item2), StringComparer.Ordinal);

    private const int MaxAddedGapWords = 8;

    /// <summary>
    /// مقتل 14 من الحراس بالاضافة الى ثلاثة سائقين: a count right after a phrase of adding, in the sentence of the
    /// count before it and at most <see cref="MaxAddedGapWords"/> words after it with no number between, is more of it.
    /// </summary>
    private bool IsAddedTo(string text, IReadOnlyList<Word> w, int lead, Count last)
    {
        if (lead < 2 || !Adding.TryGetValue(w[lead - 2].Key, out var second) || second != w[lead - 1].Key) return false;
        if (!InOneSentence(text, last.Span.End, w[lead - 2].Start)) return false;
        int gap = 0;
        for (int k = lead - 3; k >= 0 && w[k].Start >= last.Span.End; k--)
        {
            if (_numbers.Starts(w[k]) || ++gap > MaxAddedGapWords) return false;
        }
        return true;
    }

    /// <summary>
    /// مقتل العشرات وإصابة أكثر من ثلاثة آلاف شخص: a word carrying the conjunction و opens a phrase of its own; read as a noun
    /// (إصابة: injuries) it is not what the number before it counts.
    /// </summary>
    private static bool CarriesConjunction(string text, Word word, TextSpan reading) =>
        reading.Start > word.Start && text[word.Start] == 'و';

    private const int MaxRefugeeWords = 2;

    /// <summary>
    /// 2,6 مليون طفل سوري لاجئ, أكثر من مليون طالب لجوء: a noun of refugees up to <see cref="MaxRefugeeWords"/> words after
    /// the counted noun (a nationality between), or لجوء right after it (asylum seekers): the people are displaced.
    /// </summary>
    private bool RefugeesAfterNoun(string text, IReadOnlyList<Word> w, int nounEnd)
    {
        if (nounEnd < w.Count && w[nounEnd].Key is "لجوء" or "اللجوء") return true;
        for (int k = nounEnd; k < w.Count && k < nounEnd + MaxRefugeeWords; k++)
        {
            if (!w[k].IsLetters || w[k].Key[0] == 'و') return false;
            if (_lexicon.Kind(text, w[k], CountRole.Noun) is { Kind: "displaced" } refugee && refugee.Span.Start == w[k].Start) return true;
            if (!CountLexicon.IsNationalityWord(text, w[k])) return false;
        }
        return false;
    }

    /// <summary>Prepositions before a year standing alone (سجن في 2011, منذ 2015).</summary>
    private static readonly HashSet<string> YearPrepositions = MatchKey.SetOf("في", "وفي", "منذ", "ومنذ", "حتى", "قبل", "بعد", "خلال");

    /// <summary>وسجن قبل ذلك في 2011: four digits from 1900 to 2100 right after a preposition, with no noun counted, are a year.</summary>
    private static bool IsBareYear(IReadOnlyList<Word> w, NumberPhrase number)
    {
        var year = w[number.FirstWord];
        return number.EndWord == number.FirstWord + 1 && year.IsInteger && year.Digits == 4 && year.Value is >= 1900 and <= 2100 &&
            number.FirstWord > 0 && YearPrepositions.Contains(w[number.FirstWord - 1].Key);
    }

    /// <summary>Nouns of voters: people who take part in a vote, no protest.</summary>
    private static readonly HashSet<string> Voters = MatchKey.SetOf("ناخب", "ناخبا", "ناخبين", "ناخبون", "الناخبين", "مقترع", "مقترعين");

    private const int MaxOccasionBackWords = 10;

    /// <summary>
    /// الانتخابات التي جرت الشهر الماضي وشارك فيها نحو 11 مليون ناخب: taking part (the action at <paramref name="actionAt"/>)
    /// told of voters, or in an occasion that is no protest named up to <see cref="MaxOccasionBackWords"/> words before it
    /// and pointed back at by فيها, with no protest word nearer.
    /// </summary>
    private bool TookPartInOccasion(IReadOnlyList<Word> w, int actionAt, int nounAt)
    {
        if (nounAt < w.Count && Voters.Contains(w[nounAt].Key)) return true;
        if (actionAt + 1 >= w.Count || w[actionAt + 1].Key is not ("فيها" or "فيه")) return false;
        for (int k = actionAt - 1; k >= 0 && k >= actionAt - MaxOccasionBackWords; k--)
        {
            if (!w[k].IsLetters || _numbers.Starts(w[k]) || IsProtestBareOrDefinite(w[k].Key)) return false;
            if (Occasions.Contains(w[k].Key)) return true;
        }
        return false;
    }

    private const int MaxNamedBackWords = 10;

    /// <summary>
    /// نقل الجرحى الى مستشفى الكاظمية، وحالة ثلاثة منهم حرجة: the kind of a definite kind noun (no noun of people alone) up
    /// to <see cref="MaxNamedBackWords"/> words before word <paramref name="at"/>, past commas but no other mark or number,
    /// and after the last count (<paramref name="lastEnd"/>): the people a part after منهم is of. Null when none stands there.
    /// </summary>
    private string? KindNamedBefore(string text, IReadOnlyList<Word> w, int at, int lastEnd)
    {
        for (int k = at - 1; k >= 0 && k >= at - MaxNamedBackWords; k--)
        {
            if (w[k].Start < lastEnd) return null;
            if (w[k].IsComma) continue;
            if (!w[k].IsLetters || _numbers.Starts(w[k])) return null;
            if (w[k].Key.StartsWith("ال", StringComparison.Ordinal) && _lexicon.Kind(text, w[k], CountRole.Noun) is { } noun &&
                noun.Kind is not (CountLexicon.People or Amount))
            {
                return noun.Kind;
            }
        }
        return null;
    }

    private static readonly HashSet<string> One = MatchKey.SetOf("واحد", "واحدة", "واحدا");

    /// <summary>واحد, which comes after the noun it counts (جندي واحد) where other numbers come before it.</summary>
    internal static bool IsOneAfterItsNoun(Word word) => One.Contains(word.Key);

    /// <summary>
    /// مقتل شخص واحد, إصابة جندي واحد, قتيل واحد: واحد (one) after the noun it counts, with a nationality between or not
    /// (مقتل مقيم مصري واحد). As for other counts, the action right before the noun says what happened (مقتل متظاهر واحد:
    /// killed) unless the noun is itself a casualty; with no action, a noun of a kind says it; with neither (في يوم واحد,
    /// شخص واحد alone) there is no count. The span runs from the action or the noun to واحد.
    /// </summary>
    private Count? OneAfterNoun(string text, IReadOnlyList<Word> w, NumberPhrase number)
    {
        int at = number.FirstWord;
        if (number.EndWord != at + 1 || at < 1 || !IsOneAfterItsNoun(w[at])) return null;
        int nounAt = at - 1;
        if (nounAt >= 1 && CountLexicon.IsNationalityWord(text, w[nounAt]) && w[nounAt - 1].IsLetters) nounAt--;
        if (!w[nounAt].IsLetters || _lexicon.Kind(text, w[nounAt], CountRole.Noun) is not { } noun || CarriesConjunction(text, w[nounAt], noun.Span)) return null;
        bool casualty = noun.Kind is "killed" or "wounded";
        int actionAt = nounAt >= 1 ? PastTimeWords(w, nounAt - 1) : -1;
        if (actionAt > 0 && Resumptives.Contains(w[actionAt].Key)) actionAt--;   // قتل فيها متظاهر واحد
        if (!casualty && actionAt >= 0 && ActionAt(text, w, actionAt, counted: true) is { } action && action.Kind != Amount)
        {
            return WithQualifierAfter(new Count(new TextSpan(action.Span.Start, number.Span.End), action.Kind, 1), w, at + 1);
        }
        return noun.Kind is CountLexicon.People or Amount ? null : WithQualifierAfter(new Count(new TextSpan(noun.Span.Start, number.Span.End), noun.Kind, 1), w, at + 1);
    }

    /// <summary>
    /// مقتل شخص واحد على الاقل: a qualifier right after the word at <paramref name="after"/> joins the count's span and
    /// gives its qualifier, as it does after a counted noun.
    /// </summary>
    private Count WithQualifierAfter(Count count, IReadOnlyList<Word> w, int after) =>
        _lexicon.QualifierAfter(w, after) is { } qualifier
            ? count with { Span = new TextSpan(count.Span.Start, w[qualifier.EndWord - 1].End), Qualifier = qualifier.Qualifier }
            : count;

    private static readonly HashSet<string> Two = MatchKey.SetOf("اثنين", "اثنان", "اثنتين", "اثنتان");

    /// <summary>
    /// مقتل مواطنين تونسيين اثنين, حبس صحفيين اثنين, مدنيين اثنين قتلا: اثنان (two) after the noun it counts, as واحد
    /// comes, with a nationality between or not; the noun may be read as a plural (صحفيين), and اثنان says it is two.
    /// What happened is told by a casualty noun, else the action right before the noun, else a verb right after اثنان,
    /// else an arrest verb before a subject; with none the two are an amount. The span runs from the action or the noun
    /// to اثنان or the verb after it. Null when the word before is no noun of people (أدين اثنان, بين اثنين) or the two
    /// are of what من names after them (<see cref="IsTwoOf"/>).
    /// </summary>
    private Count? TwoAfterNoun(string text, IReadOnlyList<Word> w, NumberPhrase number)
    {
        if (!IsTwoAlone(w, number)) return null;
        int at = number.FirstWord;
        int nounAt = at - 1;
        if (nounAt >= 1 && CountLexicon.IsNationalityWord(text, w[nounAt]))
        {
            if (IsBareNounOfPeople(text, w[nounAt - 1])) nounAt--;
            else if (IsBareDualOrPlural(w[nounAt - 1])) return null;   // ضبطت قاربين ليبيين اثنين: the nationality tells the boats
        }
        if (!IsBareNounOfPeople(text, w[nounAt])) return null;
        if (nounAt >= 1 && _numbers.Starts(w[nounAt - 1])) return null;   // قتل خمسة مدنيين اثنان منهم اطفال: the five are counted
        int start = w[nounAt].Start, end = number.Span.End, past = at + 1;
        // As after a number: a noun that tells what happened (قتيلين, معتقلين) says it; people or protesters leave it to the words around.
        string? kind = _lexicon.Kind(text, w[nounAt], CountRole.Noun) is { Kind: not (CountLexicon.People or "protesters") } told ? told.Kind : null;
        int actionAt = nounAt >= 1 ? PastTimeWords(w, nounAt - 1) : -1;
        if (actionAt > 0 && Resumptives.Contains(w[actionAt].Key)) actionAt--;   // قتل فيها مدنيان اثنان
        if (actionAt > 0 && Adverbs.Contains(w[actionAt].Key)) actionAt--;       // اصاب كذلك اسرائيليين اثنين
        if (kind is null && actionAt >= 0 && ActionAt(text, w, actionAt, counted: true) is { } action && action.Kind != Amount)
        {
            kind = action.Kind;
            start = action.Span.Start;
        }
        // واصاب كذلك شرطيين اثنين: a verb of hitting or of dying right before them.
        else if (kind is null && actionAt >= 0 && HitOrDiedAt(text, w, actionAt) is { } befell)
        {
            kind = befell.Kind;
            start = befell.Start;
        }
        else if (kind is null && VerbAfter(text, w, at + 1) is { } verb)
        {
            kind = verb.Kind;
            end = w[verb.At].End;
            past = verb.At + 1;
        }
        kind ??= CaptorBefore(text, w, nounAt) ?? Amount;
        return WithQualifierAfter(new Count(new TextSpan(start, end), kind, 2), w, past);
    }

    /// <summary>
    /// A dual noun in the nominative (ان) with a number right after it (not اثنان, which counts the dual itself): the two
    /// are the subject of a verb whose object is counted next (قتل مسلحان ثلاثة اشخاص).
    /// </summary>
    private bool IsDualSubject(IReadOnlyList<Word> w, NumberPhrase number)
    {
        int next = number.FirstWord + 1;
        return w[number.FirstWord].Key.EndsWith("ان", StringComparison.Ordinal) && next < w.Count && _numbers.Starts(w[next]) && !Two.Contains(w[next].Key);
    }

    /// <summary>
    /// اصابة سبعة من عناصر القوات المساعدة وشرطيين اثنين: a noun of people carrying و, with اثنان after it, joined to the
    /// count before (<see cref="JoinedByWa"/>), is two more of what happened to that count; null when the count before is an
    /// amount or the two are of what من names after them.
    /// </summary>
    private Count? TwoJoinedTo(string text, IReadOnlyList<Word> w, NumberPhrase number, Count last)
    {
        if (last.Kind == Amount || !IsTwoAlone(w, number)) return null;
        int at = number.FirstWord;
        var noun = w[at - 1];
        if (!noun.IsLetters || noun.Key[0] != 'و' || _lexicon.Kind(text, noun, CountRole.Noun) is not { } read || read.Span.Start != noun.Start + 1) return null;
        return JoinedByWa(text, last.Span.End, read.Span.Start) ? new Count(new TextSpan(read.Span.Start, number.Span.End), last.Kind, 2) : null;
    }

    /// <summary>
    /// The number is اثنان alone, after some word, and the two are not of what من names after them (قتل مسلح اثنين من
    /// الحرس: two of the guards, counted by من): the two of a noun before it.
    /// </summary>
    private static bool IsTwoAlone(IReadOnlyList<Word> w, NumberPhrase number)
    {
        int at = number.FirstWord;
        return number.EndWord == at + 1 && at >= 1 && Two.Contains(w[at].Key) && !IsTwoOf(w, at + 1);
    }

    /// <summary>A word with no article ending as a dual or a sound plural does (قاربين, زورقان, سيارات).</summary>
    private static bool IsBareDualOrPlural(Word word) =>
        word.IsLetters && !word.Key.StartsWith("ال", StringComparison.Ordinal) &&
        (word.Key.EndsWith("ين", StringComparison.Ordinal) || word.Key.EndsWith("ان", StringComparison.Ordinal) || word.Key.EndsWith("ات", StringComparison.Ordinal));

    private static readonly HashSet<string> OfThem = MatchKey.SetOf("منهم", "منهن", "منهما");

    /// <summary>
    /// من and a definite noun (اثنين من الحرس) or اصل (اثنين من اصل ثلاثة), or منهم, at word <paramref name="at"/>: the two
    /// are a part of what من names, not the noun before them; من كل جانب, من غانا say where from.
    /// </summary>
    private static bool IsTwoOf(IReadOnlyList<Word> w, int at)
    {
        if (at < w.Count && OfThem.Contains(w[at].Key)) return true;
        return at + 1 < w.Count && w[at].Key == "من" && (w[at + 1].Key.StartsWith("ال", StringComparison.Ordinal) || w[at + 1].Key == "اصل");
    }

    /// <summary>
    /// A noun of people with no article and no و before it (صحفيين, قتيلين, جنديين, تونسيين): a noun the count lexicon
    /// lists, a dual of one, or a nationality.
    /// </summary>
    private bool IsBareNounOfPeople(string text, Word word)
    {
        if (!word.IsLetters || word.Key.StartsWith("ال", StringComparison.Ordinal)) return false;
        if (_lexicon.Kind(text, word, CountRole.Noun) is { } noun) return !CarriesConjunction(text, word, noun.Span) && noun.Span.Start == word.Start;
        if (_lexicon.Dual(text, word) is { } dual) return dual.Span.Start == word.Start;
        return word.Key[0] != 'و' && CountLexicon.IsNationalityWord(text, word);   // ومصريين اثنين: joined to the people before
    }

    /// <summary>في يوم واحد, خلال اسبوع واحد: واحد after a unit of time is one of that period, no person.</summary>
    private bool IsOneOfPeriod(IReadOnlyList<Word> w, NumberPhrase number) =>
        number.FirstWord > 0 && One.Contains(w[number.FirstWord].Key) && IsPeriodAfter(w, number.FirstWord - 1);

    /// <summary>Labels a number names (مقتل قائد اللواء 405, الفرقة 17, الرحلة 370): a military unit or a flight, no people.</summary>
    private static readonly HashSet<string> UnitLabels = MatchKey.SetOf("اللواء", "لواء", "الفرقة", "فرقة", "الكتيبة", "كتيبة", "الفوج", "فوج", "الرحلة", "رحلة", "رقم");

    private static bool IsAfterUnitLabel(IReadOnlyList<Word> w, NumberPhrase number) =>
        number.FirstWord > 0 && w[number.FirstWord].IsNumber && UnitLabels.Contains(w[number.FirstWord - 1].Key);

    /// <summary>
    /// وقوع 87 آخرين أسرى: a kind noun (no noun of people, no و) right after "others" read with the number or right after
    /// the number's end; its kind and index, or null.
    /// </summary>
    private (string Kind, int At)? KindAfterOthers(string text, IReadOnlyList<Word> w, int end)
    {
        int at = IsOthers(w, end - 1) ? end : IsOthers(w, end) ? end + 1 : -1;
        if (at < 0 || at >= w.Count || !w[at].IsLetters) return null;
        // The kind noun as it stands, or with its article after the force (عناصر الامن المصابين), not behind a clitic.
        int article = at >= 1 && ServedForces.Contains(w[at - 1].Key) && w[at].Key.StartsWith("ال", StringComparison.Ordinal) ? 2 : 0;
        return _lexicon.Kind(text, w[at], CountRole.Noun) is { } noun && (noun.Span.Start == w[at].Start || article > 0 && noun.Span.Start == w[at].Start + article) &&
               noun.Kind is not (CountLexicon.People or Amount)
            ? (noun.Kind, at)
            : null;
    }

    private const int MaxOneNamedWords = 3;

    /// <summary>
    /// Words that end the one named before a joined count: a pronoun (حكم عليه بالاعدام هو وعشرات) names no one new, and
    /// a phrase of place or time (شرطي قتل في الهجوم و3 تلاميذ) tells the verb of someone before it.
    /// </summary>
    private static readonly HashSet<string> NotOneNamed = MatchKey.SetOf(
        "هو", "هي", "هم", "هما", "هن", "في", "خلال", "إلى", "عن", "منذ", "بعد", "قبل", "أمس");

    /// <summary>
    /// مقتل جندي وثلاثة مسلحين, اصابة طفل وسبعة آخرين, وقتل ضابط وخمسة جنود: the kind of an action before one named with
    /// no number (up to <see cref="MaxOneNamedWords"/> words, no punctuation, number, و-word, pronoun or phrase of place or
    /// time between) when the count is joined to that one by و: what befell the one befell them. A rescue (kind amount)
    /// gives none.
    /// </summary>
    private string? SharedWithOneNamed(string text, IReadOnlyList<Word> w, NumberPhrase number, int lead)
    {
        int last = lead - 1;
        bool joined = (number.Span.Start > w[lead].Start && w[lead].Key[0] == 'و') || _lexicon.QualifierBefore(w, number.FirstWord) is { Proclitic: 'و' };
        if (!joined && last >= 0 && w[last].Key == "و")
        {
            joined = true;
            last--;
        }
        if (!joined) return null;
        for (int k = last - 1; k >= 0 && k >= last - MaxOneNamedWords; k--)
        {
            var named = w[k + 1];
            if (!named.IsLetters || _numbers.Starts(named) || named.Key[0] == 'و' || NotOneNamed.Contains(named.Key)) return null;
            if (ActionAt(text, w, k, counted: true) is { } action) return action.Kind == Amount ? null : action.Kind;
        }
        return null;
    }

    /// <summary>Injuries after the people hurt say how, not who (اصابة 12 شخصا اصابات خفيفة): the action before stays.</summary>
    private static readonly HashSet<string> Injuries = MatchKey.SetOf("إصابة", "إصابات");

    /// <summary>
    /// اكثر من 1100 مسلحا قتيلا, 46 تونسيا موقوفين: a kind noun (no noun of people, no و, no injuries) right after the
    /// noun of people read with the number, when nothing was read past that noun; its kind and index, or null.
    /// </summary>
    private (string Kind, int At)? KindAfterPeople(string text, IReadOnlyList<Word> w, int nounEnd, int end)
    {
        if (nounEnd != end || end >= w.Count) return null;
        if (_lexicon.Kind(text, w[end - 1], CountRole.Noun) is not { Kind: CountLexicon.People }) return null;
        // ثلاثة من عناصر الامن المصابين: past the force whose members they are, the kind noun still says what they are.
        if (ForceMembers.Contains(w[end - 1].Key) && end + 1 < w.Count && ServedForces.Contains(w[end].Key)) end++;
        int at = PastStillAre(w, end);
        if (at >= w.Count || !w[at].IsLetters || Injuries.Contains(w[at].Key)) return null;
        // The kind noun as it stands, or with its article after the force (عناصر الامن المصابين), not behind a clitic.
        int article = at >= 1 && ServedForces.Contains(w[at - 1].Key) && w[at].Key.StartsWith("ال", StringComparison.Ordinal) ? 2 : 0;
        return _lexicon.Kind(text, w[at], CountRole.Noun) is { } noun && (noun.Span.Start == w[at].Start || article > 0 && noun.Span.Start == w[at].Start + article) &&
               noun.Kind is not (CountLexicon.People or Amount)
            ? (noun.Kind, at)
            : null;
    }

    /// <summary>Nouns of the members of a force (عناصر الامن, افراد الشرطة).</summary>
    private static readonly HashSet<string> ForceMembers = MatchKey.SetOf("عناصر", "افراد", "رجال", "منتسبي");

    /// <summary>Forces named definite after their members' noun (عناصر الامن, افراد الشرطة, رجال الدرك).</summary>
    private static readonly HashSet<string> ServedForces = MatchKey.SetOf("الامن", "الشرطة", "الجيش", "الدرك", "الحرس", "القوات", "الجمارك");

    /// <summary>The index past ما زالوا, لا يزالون (still are) at word <paramref name="at"/> (56 شخصا ما زالوا موقوفين), else <paramref name="at"/>.</summary>
    private static int PastStillAre(IReadOnlyList<Word> w, int at)
    {
        if (at < w.Count && w[at].Key is "مازالوا" or "لازالوا") return at + 1;
        if (at + 1 < w.Count && w[at].Key is "ما" or "لا" && w[at + 1].Key is "زالوا" or "يزالون") return at + 2;
        return at;
    }

    /// <summary>Words that say a crowd came to celebrate (للاحتفال بفوزه, احتفالا بالعيد).</summary>
    private static readonly HashSet<string> Celebrating = MatchKey.SetOf("للاحتفال", "احتفالا", "احتفالاً", "للاحتفاء", "احتفاء", "ابتهاجا");

    private const int MaxCelebrationGap = 5;

    /// <summary>
    /// آلاف من مؤيدي الحزب احتشدوا في الساحة للاحتفال بالنتيجة, تجمع الآلاف لاحياء ذكرى الثورة: whether a word of celebrating
    /// or of marking an anniversary follows the crowd counted within
    /// <see cref="MaxCelebrationGap"/> words of <paramref name="end"/>, with no punctuation between: a gathering, no protest.
    /// </summary>
    private static bool CelebratingAfter(IReadOnlyList<Word> w, int end)
    {
        for (int k = end; k < w.Count && k < end + MaxCelebrationGap; k++)
        {
            if (!w[k].IsLetters) return false;
            if (Celebrating.Contains(w[k].Key) || IsCommemorating(w, k)) return true;
        }
        return false;
    }

    /// <summary>Words of reviving (لاحياء, احياء) that, before ذكرى, say a crowd came to mark an anniversary.</summary>
    private static readonly HashSet<string> Reviving = MatchKey.SetOf("لإحياء", "إحياء", "وإحياء");

    /// <summary>Remembrance words after لاحياء (الذكرى, ذكرى).</summary>
    private static readonly HashSet<string> Remembrance = MatchKey.SetOf("الذكرى", "ذكرى");

    /// <summary>
    /// لاحياء الذكرى الخامسة للثورة, احياء ذكرى الضحايا: whether word <paramref name="k"/> opens the marking of an anniversary
    /// (احياء alone is also neighbourhoods, so ذكرى must follow it).
    /// </summary>
    private static bool IsCommemorating(IReadOnlyList<Word> w, int k) =>
        Reviving.Contains(w[k].Key) && k + 1 < w.Count && Remembrance.Contains(w[k + 1].Key);

    /// <summary>Words that open an aside naming a part of the people counted before (بينهم, ومن بينهم).</summary>
    private static readonly HashSet<string> AsideOpeners = MatchKey.SetOf("بينهم", "وبينهم", "بينهن", "وبينهن");

    private const int MaxWordsBeforeAside = 3;
    private const int MaxAsideSpan = 10;

    /// <summary>
    /// 156 مدنيا على الاقل، بينهم 38 طفلا، قتلوا; 19 شخصا بينهم احد قياديي الجمعية اعتقلوا; سبعة مهاجرين افارقة، من بينهم
    /// ثلاثة اطفال غرقوا: the kind of the plural verb that ends an aside of the parts opened after the counted people at
    /// word <paramref name="at"/> (past a qualifier); the verb agrees with the whole. Null when there is no such aside or verb.
    /// </summary>
    private string? VerbPastAmongAside(string text, IReadOnlyList<Word> w, int at)
    {
        if (_lexicon.QualifierAfter(w, at) is { } qualifier) at = qualifier.EndWord;
        return AsideOpenerAfter(w, at) is int opener ? VerbEndingAside(text, w, opener) : null;
    }

    /// <summary>
    /// 15 شخصا (بينهم ثلاث نساء) قتلوا, 20 شابا - معظمهم من الطلاب - اعتقلوا: the kind of the plural verb right after an
    /// aside in brackets or between dashes that opens at word <paramref name="at"/> (past a qualifier) and closes within
    /// <see cref="MaxAsideSpan"/> words; the verb agrees with the people before the aside. Null when there is no such
    /// aside or verb.
    /// </summary>
    private string? VerbPastMarkedAside(string text, IReadOnlyList<Word> w, int at)
    {
        if (_lexicon.QualifierAfter(w, at) is { } qualifier) at = qualifier.EndWord;
        if (at >= w.Count || AsideCloser(w[at].Key) is not { } closer) return null;
        for (int k = at + 1; k < w.Count && k <= at + MaxAsideSpan; k++)
        {
            if (w[k].Key is "." or "؛" or ":" or "؟" or "!") return null;
            if (w[k].Key == closer) return k + 1 < w.Count ? PluralVerb(text, w[k + 1]) : null;
        }
        return null;
    }

    /// <summary>The mark that closes an aside opened by <paramref name="key"/>: a bracket its pair, a dash the same dash; else null.</summary>
    private static string? AsideCloser(string key) => key switch
    {
        "(" => ")",
        "-" or "–" or "—" => key,
        _ => null,
    };

    /// <summary>
    /// The index of بينهم within <see cref="MaxWordsBeforeAside"/> words from <paramref name="at"/>, past words that describe
    /// the people (سوريين), a comma and من (، من بينهم); null when anything else (a number, a و-word, a mark) comes first.
    /// </summary>
    private int? AsideOpenerAfter(IReadOnlyList<Word> w, int at)
    {
        for (int k = at; k < w.Count && k <= at + MaxWordsBeforeAside; k++)
        {
            if (AsideOpeners.Contains(w[k].Key)) return k;
            bool leadIn = w[k].Key is "،" or "," or "من" or "ومن";
            bool describing = w[k].IsLetters && !_numbers.Starts(w[k]) && w[k].Key[0] != 'و';
            if (!leadIn && !describing) return null;
        }
        return null;
    }

    /// <summary>
    /// The kind of a plural verb with no و within <see cref="MaxAsideSpan"/> words after the aside's <paramref name="opener"/>;
    /// null when the sentence ends or a clause of its own (a و-word of a count, another plural verb, a relative pronoun) comes first.
    /// </summary>
    private string? VerbEndingAside(string text, IReadOnlyList<Word> w, int opener)
    {
        for (int k = opener + 1; k < w.Count && k <= opener + MaxAsideSpan; k++)
        {
            if (w[k].Key is "." or "؛" or ":" or "؟" or "!") return null;
            if (!w[k].IsLetters) continue;
            if (PluralVerb(text, w[k]) is { } verb) return verb;
            if (Who.Contains(w[k].Key) || w[k].Key is "الذي" or "التي" || w[k].Key.EndsWith("وا", StringComparison.Ordinal)) return null;
            if (w[k].Key[0] == 'و' && (_lexicon.Kind(text, w[k], CountRole.After) ?? _lexicon.Kind(text, w[k], CountRole.Before)) is not null) return null;
        }
        return null;
    }

    /// <summary>Verbs of taking part, past and present, before فيها (شارك فيها, يشارك فيها).</summary>
    private static readonly HashSet<string> TakingPartIn = MatchKey.SetOf("شارك", "وشارك", "شاركت", "وشاركت", "يشارك", "ويشارك", "تشارك", "وتشارك");

    /// <summary>
    /// الاعتصامات التي يشارك فيها آلاف المواطنين: people taking part (the verb and فيها right before the number) in a
    /// protest named up to <see cref="MaxOccasionBackWords"/> words before the verb, with no number or mark but a comma or a
    /// quotation mark between (مسيرات "العودة" التي يشارك فيها).
    /// </summary>
    private static bool TookPartInProtestNamedBefore(IReadOnlyList<Word> w, int lead)
    {
        if (lead < 3 || w[lead - 1].Key is not ("فيها" or "فيه") || !TakingPartIn.Contains(w[lead - 2].Key)) return false;
        for (int k = lead - 3; k >= 0 && k >= lead - 2 - MaxOccasionBackWords; k--)
        {
            if (w[k].Key is "،" or "," or "\"" or "«" or "»") continue;
            if (!w[k].IsLetters || w[k].IsNumber) return false;
            if (Occasions.Contains(w[k].Key)) return false;
            if (IsProtestBareOrDefinite(w[k].Key)) return true;
        }
        return false;
    }
}
