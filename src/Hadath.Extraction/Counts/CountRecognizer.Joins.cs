using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Counts;

/// <summary>
/// How one count joins the count before it: a part after بينهم/منهم, "others" (آخرين), counts joined by و (25 عنصرا من
/// القوات الحكومية و12 من المسلحين), a dual noun that is its own number, and whether two counts share a sentence.
/// </summary>
public sealed partial class CountRecognizer
{
    /// <summary>Whether no sentence ends between <paramref name="end"/> and <paramref name="start"/>.</summary>
    private static bool InOneSentence(string text, int end, int start) =>
        start >= end && text.AsSpan(end, start - end).IndexOfAny(".\n؟!") < 0;

    /// <summary>Words that open a part of the people counted before (بينهم, منهم; ضمنهم, among them, in Maghrebi news).</summary>
    private static readonly HashSet<string> Among = new(StringComparer.Ordinal) { "بينهم", "وبينهم", "بينها", "منهم", "منها", "بينهن", "ضمنهم", "وضمنهم", "ضمنهن" };

    private const int MaxAmongGap = 3;

    /// <summary>
    /// True when بينهم (or منهم…) stands right before word <paramref name="at"/>, or a few words before it past people
    /// named without a number (بينهم العريس وسبعة اطفال), with no punctuation or number between.
    /// </summary>
    private bool AfterAmong(IReadOnlyList<Word> w, int at) => AmongAt(w, at) is not null;

    /// <summary>The index of the بينهم (or منهم…) that <see cref="AfterAmong"/> finds before word <paramref name="at"/>, or null.</summary>
    private int? AmongAt(IReadOnlyList<Word> w, int at)
    {
        for (int k = at - 1; k >= 0 && k >= at - 1 - MaxAmongGap; k--)
        {
            if (Among.Contains(w[k].Key)) return k;
            if (!w[k].IsLetters || _numbers.Starts(w[k])) return null;
        }
        return null;
    }

    private const int MaxWholeWords = 2;

    /// <summary>
    /// قتل مدنيون بينهم ثلاثة اطفال, واصيب عدد من المدنيين، بينهم خمسة اطفال: the kind of the whole a part after بينهم
    /// belongs to when the whole is people named with no number, up to <see cref="MaxWholeWords"/> words before بينهم
    /// (a comma may stand right before it) and after the last count (<paramref name="lastEnd"/>): a kind noun (جرحى) says it
    /// itself, a noun of people through the action before it (past عدد من and a day). Null when no such whole stands there.
    /// </summary>
    private string? WholeWithoutNumber(string text, IReadOnlyList<Word> w, int amongAt, int lastEnd)
    {
        int k = amongAt - 1;
        if (k >= 0 && w[k].IsComma) k--;
        for (int noun = k; noun >= 0 && noun > k - MaxWholeWords; noun--)
        {
            if (!w[noun].IsLetters || w[noun].Start < lastEnd || _numbers.Starts(w[noun])) return null;
            if (_lexicon.Kind(text, w[noun], CountRole.Noun) is not { } named) continue;
            if (named.Kind != CountLexicon.People) return named.Kind;
            int at = noun - 1;
            if (at >= 1 && w[at].Key == "من" && w[at - 1].Key == "عدد") at -= 2;
            at = PastTimeWords(w, at);
            return at >= 0 && w[at].Start >= lastEnd && ActionAt(text, w, at, counted: true) is { } action && action.Kind != Amount ? action.Kind : null;
        }
        return null;
    }

    /// <summary>A dual noun read as its number: no number words, the noun at <see cref="NumberPhrase.FirstWord"/> (EndWord == FirstWord).</summary>
    private static NumberPhrase DualNoun(Hadath.Core.TextSpan span, int at) => new(span, at, at, 2, false);

    private static bool IsDualNoun(NumberPhrase number) => number.EndWord == number.FirstWord;

    private static readonly HashSet<string> Others = new(StringComparer.Ordinal) { "اخرين", "اخرون" };

    private static bool IsOthers(IReadOnlyList<Word> words, int at) => at >= 0 && at < words.Count && Others.Contains(words[at].Key);

    private const int MaxJoinedGapWords = 5;

    /// <summary>
    /// True when only و stands between two counts, or a من phrase saying whose the first are and then و
    /// (25 عنصرا من القوات الحكومية و12 من المسلحين), or the definite rest of the first's noun phrase and then و
    /// (12 من عناصر الجيش و30 من مقاتلي المعارضة), or a في or ب phrase saying where they are or what they hold
    /// (ثلاثة فنيين في شركة الكهرباء ولاعبان, ضابطين برتبة نقيب وثلاثة مستشارين), with no punctuation.
    /// </summary>
    private static bool JoinedByWa(string text, int end, int start)
    {
        if (start <= end) return false;
        var gap = text.AsSpan(end, start - end).Trim();
        if (gap.Length == 1) return gap[0] == 'و';
        return IsPlainGap(gap, "من ", " و", MaxJoinedGapWords) || IsPlainGap(gap, "في ", " و", MaxJoinedGapWords) ||
               (IsPlainGap(gap, "ب", " و", MaxJoinedGapWords) && !NotPlace.Contains(FirstWord(gap))) ||
               (IsPlainGap(gap, "ال", " و", MaxJoinedGapWords) && !NotDefinite.Contains(FirstWord(gap)));
    }

    /// <summary>
    /// Words written with ال that open no noun phrase: الى opens where the first went (نقل 7 جرحى الى المستشفى و4 …), الا an
    /// exception. A relative (الذين كانوا …) stays: what is told of the first may still be told of the second.
    /// </summary>
    private static readonly HashSet<string> NotDefinite = new(StringComparer.Ordinal) { "الى", "الي", "الا" };

    /// <summary>
    /// Words written with ب that say when, why or between whom (بعد الانفجار, بسبب الامطار, بين المتظاهرين), not where the
    /// first are or what they hold: people joined past them are no more of the first.
    /// </summary>
    private static readonly HashSet<string> NotPlace = new(StringComparer.Ordinal) { "بعد", "بعدما", "بسبب", "بفعل", "بين", "بينما", "بدون" };

    private static string FirstWord(ReadOnlySpan<char> gap)
    {
        int space = gap.IndexOf(' ');
        return (space < 0 ? gap : gap[..space]).ToString();
    }

    /// <summary>
    /// True when <paramref name="gap"/> between two numbers opens with <paramref name="opens"/>, closes with
    /// <paramref name="closes"/> and holds only words, no punctuation, at most <paramref name="maxWords"/> of them before the last.
    /// </summary>
    private static bool IsPlainGap(ReadOnlySpan<char> gap, string opens, string closes, int maxWords)
    {
        if (!gap.StartsWith(opens) || !gap.EndsWith(closes)) return false;
        int words = 1;
        foreach (char c in gap)
        {
            if (c == ' ') words++;
            else if (!WordScanner.IsWordChar(c)) return false;
        }
        return words <= maxWords + 1;
    }

    /// <summary>Verbs of speaking of a figure (تحدثت عن, اشارت الى), as a second source gives its own estimate.</summary>
    private static readonly HashSet<string> SpeakingOf = MatchKey.SetOf("تحدث", "تحدثت", "يتحدث", "تتحدث", "اشار", "اشارت", "اشاروا");

    private const int MaxEstimateSubjectWords = 3;

    /// <summary>
    /// في حين تحدثت السلطات المحلية عن سبعة آلاف, فيما اشارت الشرطة الى خمسة آلاف: the number right after عن/الى, a verb of
    /// speaking of it up to <see cref="MaxEstimateSubjectWords"/> words before (its subject between), and a word of contrast
    /// right before the verb: a second source's figure for what was counted before.
    /// </summary>
    private static bool IsSecondEstimate(IReadOnlyList<Word> w, int lead)
    {
        if (IsTheirSizeSaid(w, lead) || IsEstimatedThem(w, lead)) return true;
        if (lead < 3 || w[lead - 1].Key is not ("عن" or "الي")) return false;
        for (int k = lead - 2; k >= 1 && k >= lead - 2 - MaxEstimateSubjectWords; k--)
        {
            if (!w[k].IsLetters) return false;
            if (SpeakingOf.Contains(w[k].Key)) return Contrasts.Contains(w[k - 1].Key);
        }
        return false;
    }

    /// <summary>Verbs of estimating with the object pronoun of the people counted before (قدرتهم الشرطة, يقدرهم المنظمون).</summary>
    private static readonly HashSet<string> EstimatedThemVerbs = MatchKey.SetOf("قدرتهم", "وقدرتهم", "قدرهم", "وقدرهم", "قدروهم", "يقدرهم", "تقدرهم");

    /// <summary>
    /// في حين قدرتهم مصادر امنية بنحو ثلاثة آلاف: the number written with ب (on it or on its qualifier), a verb of
    /// estimating with the pronoun هم up to <see cref="MaxEstimateSubjectWords"/> words before (its subject between), no
    /// punctuation between: a second source's size of the people counted before.
    /// </summary>
    private static bool IsEstimatedThem(IReadOnlyList<Word> w, int lead)
    {
        if (lead < 2 || lead >= w.Count || !(w[lead].Key.Length > 1 && w[lead].Key[0] == 'ب')) return false;
        for (int k = lead - 1; k >= 0 && k >= lead - 1 - MaxEstimateSubjectWords; k--)
        {
            if (!w[k].IsLetters) return false;
            if (EstimatedThemVerbs.Contains(w[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Words of comparing before ب or مع and a number (مقارنة بمليون, بالمقارنة مع 900 الف).</summary>
    private static readonly HashSet<string> Comparing = MatchKey.SetOf("مقارنة", "بالمقارنة", "قياسا");

    /// <summary>Words of the subject between a verb of saying and انهم (قالت مصادر من السلطة المحلية انهم).</summary>
    private const int MaxSayerWords = 5;

    /// <summary>Verbs of saying before انهم and a second source's figure (بينما قالت الشرطة انهم خمسة آلاف).</summary>
    private static readonly HashSet<string> SayingThat = MatchKey.SetOf("قال", "قالت", "قالوا", "ذكر", "ذكرت", "اكد", "اكدت", "افادت", "اعلنت", "اشارت");

    /// <summary>Words of passing or reaching between انهم and the number (انهم تجاوزوا عشرة آلاف, انهم لم يتجاوزوا الفين).</summary>
    private static readonly HashSet<string> TheyReached = MatchKey.SetOf("تجاوزوا", "يتجاوزون", "يتجاوزوا", "لم", "لا", "بلغوا", "يبلغون", "فاقوا", "قاربوا", "ناهزوا");

    /// <summary>
    /// بينما قالت الشرطة انهم خمسة آلاف, فيما قال المنظمون انهم تجاوزوا عشرة آلاف: the number after انهم (up to two words
    /// of passing between), a verb of saying before انهم (its subject
    /// between, up to <see cref="MaxSayerWords"/> words), and a word of contrast right before the verb.
    /// </summary>
    private static bool IsTheirSizeSaid(IReadOnlyList<Word> w, int lead)
    {
        int they = lead - 1;
        while (they >= lead - 2 && they >= 0 && TheyReached.Contains(w[they].Key)) they--;
        if (they < 2 || w[they].Key is not ("انهم" or "بانهم")) return false;
        for (int k = they - 1; k >= 1 && k >= they - 1 - MaxSayerWords; k--)
        {
            if (!w[k].IsLetters) return false;
            if (SayingThat.Contains(w[k].Key)) return Contrasts.Contains(w[k - 1].Key);
        }
        return false;
    }

    /// <summary>
    /// انخفض عددهم الى 976 الفا، مقارنة بمليون و11 الفا: a number compared with, after a word of comparing and ب glued to
    /// it or standing alone (بـ 1,2 مليون, مع): the same people counted at another time.
    /// </summary>
    private static bool IsComparedWith(IReadOnlyList<Word> w, int lead)
    {
        if (lead >= 1 && w[lead].Key[0] == 'ب' && Comparing.Contains(w[lead - 1].Key)) return true;
        return lead >= 2 && w[lead - 1].Key is "ب" or "مع" && Comparing.Contains(w[lead - 2].Key);
    }

    /// <summary>
    /// Whether the number opens with a bare scale word (الف, مليون) right after a word holding digits (ما بين 140 الفا
    /// و180 الف: the reader left الف alone), or stands after a dash and digits (ما بين ٦٠-٧٠ الف: the upper bound of a
    /// range the count rules do not read): either way it starts no count of its own, rather than one with a wrong value.
    /// </summary>
    private static bool IsScaleAfterDigits(IReadOnlyList<Word> words, NumberPhrase number)
    {
        int at = number.FirstWord;
        // A dual noun (3 مشتبهين) is no scale word.
        if (at < 1 || number.Vague || IsDualNoun(number)) return false;
        if (at >= 2 && words[at - 1].Key == "-" && EndsWithDigit(words[at - 2])) return true;
        return words[at].IsLetters && EndsWithDigit(words[at - 1]);
    }

    private static bool EndsWithDigit(Word word) => !word.IsLetters && word.Key.Length > 0 && char.IsDigit(word.Key[^1]);
}
