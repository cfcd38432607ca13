using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Days and parts of the day, and a time set off by commas made of them (، اليوم الاربعاء،, ، مساء امس،): such an aside
/// does not end the clause it stands in, so the search for an object or a condition word goes on past it.
/// </summary>
internal static class DayAside
{
    /// <summary>Days (اليوم, امس, الاحد …); after فجر one says it is dawn (فجر السبت), not the verb.</summary>
    public static readonly HashSet<string> Days = MatchKey.SetOf("اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "يوم");

    /// <summary>Parts of the day (مساء امس, ليل الثلاثاء).</summary>
    public static readonly HashSet<string> Parts = MatchKey.SetOf("مساء", "صباح", "ظهر", "ليل", "فجر");

    /// <summary>How many day words an aside holds at most.</summary>
    private const int MaxWords = 3;

    /// <summary>Whether a word key is a day or a part of the day.</summary>
    public static bool IsDayWord(string key) => Days.Contains(key) || Parts.Contains(key);

    /// <summary>
    /// The word past the day told at word <paramref name="k"/>: a run of day words (امس, مساء الاثنين) or a day set off by
    /// commas (، فجر اليوم،); <paramref name="k"/> when none is told there.
    /// </summary>
    public static int PastDay(IReadOnlyList<Word> words, int k)
    {
        int j = k;
        while (j < words.Count && j < k + MaxWords && IsDayWord(words[j].Key)) j++;
        return j > k ? j : PastAside(words, k);
    }

    /// <summary>
    /// The word past a day set off by commas whose opening comma is word <paramref name="k"/> (، فجر اليوم الاربعاء، على:
    /// the word after the closing comma), or <paramref name="k"/> when no such aside opens there.
    /// </summary>
    public static int PastAside(IReadOnlyList<Word> words, int k) =>
        k < words.Count && words[k].IsComma && Close(words, k + 1) is { } close ? close + 1 : k;

    /// <summary>
    /// In a forward search from word to word, steps over a day set off by commas whose opening comma is word
    /// <paramref name="k"/>: <paramref name="k"/> becomes the closing comma (the loop's next step lands past it) and
    /// <paramref name="reach"/> grows by the aside's words, which take none of the search's room. False, and nothing moved,
    /// when no such aside opens there.
    /// </summary>
    public static bool StepOver(IReadOnlyList<Word> words, ref int k, ref int reach)
    {
        int past = PastAside(words, k);
        if (past == k) return false;
        reach += past - k;
        k = past - 1;
        return true;
    }

    /// <summary>
    /// The comma closing a day set off by commas that opens at word <paramref name="k"/> (، اليوم الاربعاء،; also with منذ
    /// before it: ، منذ صباح اليوم،), or null.
    /// </summary>
    public static int? Close(IReadOnlyList<Word> words, int k)
    {
        if (k < words.Count && words[k].Key == "منذ") k++;
        // ، بعد ظهر اليوم،, ، قبل ظهر الاثنين،: a part of the day told from its noon is a day word all the same.
        if (k + 1 < words.Count && words[k].Key is "بعد" or "قبل" && Parts.Contains(words[k + 1].Key)) k++;
        int j = k;
        while (j < words.Count && j < k + MaxWords && IsDayWord(words[j].Key)) j++;
        if (j == k) j = k + RelativeAt(words, k);
        return j > k && j < words.Count && words[j].IsComma ? j : null;
    }

    /// <summary>
    /// Times told relative to the news rather than by a day (في وقت لاحق, في وقت سابق, لاحقا, بعد الظهر): set off by commas
    /// they are an aside as a day is (وشن الطيران الحربي للجيش، في وقت لاحق، غارات).
    /// </summary>
    private static readonly string[][] Relative =
    {
        new[] { MatchKey.Of("في"), MatchKey.Of("وقت"), MatchKey.Of("لاحق") },
        new[] { MatchKey.Of("في"), MatchKey.Of("وقت"), MatchKey.Of("سابق") },
        new[] { MatchKey.Of("في"), MatchKey.Of("وقت"), MatchKey.Of("متاخر") },
        new[] { MatchKey.Of("لاحقا") },
        // ، بعد الظهر،, ، قبل الظهر،: the afternoon or the morning of the day the story tells
        new[] { MatchKey.Of("بعد"), MatchKey.Of("الظهر") },
        new[] { MatchKey.Of("قبل"), MatchKey.Of("الظهر") },
        // ، الشهر الماضي،, ، الاسبوع الماضي،: the month or the week before the news
        new[] { MatchKey.Of("الشهر"), MatchKey.Of("الماضي") },
        new[] { MatchKey.Of("الاسبوع"), MatchKey.Of("الماضي") },
    };

    /// <summary>How many words a relative time (<see cref="Relative"/>) starting at word <paramref name="k"/> holds, or 0.</summary>
    public static int RelativeAt(IReadOnlyList<Word> words, int k)
    {
        foreach (var phrase in Relative)
        {
            if (k + phrase.Length > words.Count) continue;
            int n = 0;
            while (n < phrase.Length && words[k + n].Key == phrase[n]) n++;
            if (n == phrase.Length) return n;
        }
        return 0;
    }

    /// <summary>How many words of an aside (day words, or one relative time) end at word <paramref name="k"/>, or 0.</summary>
    public static int AsideEndingAt(IReadOnlyList<Word> words, int k)
    {
        int j = k;
        while (j >= 0 && j > k - MaxWords && IsDayWord(words[j].Key)) j--;
        if (j < k) return k - j + OpenerEndingAt(words, j);
        foreach (var phrase in Relative)
        {
            int from = k - phrase.Length + 1;
            if (from >= 0 && RelativeAt(words, from) == phrase.Length) return phrase.Length;
        }
        return 0;
    }

    /// <summary>
    /// How many words ending at word <paramref name="k"/>, right before a run of day words, open the day as
    /// <see cref="Close"/> reads it from the front: بعد or قبل before a part of the day (، بعد ظهر اليوم،, ، قبل ظهر امس،),
    /// and منذ before either (، منذ صباح اليوم،); 0 when none does.
    /// </summary>
    private static int OpenerEndingAt(IReadOnlyList<Word> words, int k)
    {
        int n = 0;
        if (k >= 0 && k + 1 < words.Count && words[k].Key is "بعد" or "قبل" && Parts.Contains(words[k + 1].Key)) n++;
        if (k - n >= 0 && words[k - n].Key == "منذ") n++;
        return n;
    }

    /// <summary>Spans of time counted by their noun after منذ (منذ ايام, منذ يومين, منذ ثلاثة اسابيع).</summary>
    private static readonly HashSet<string> SpanNouns = MatchKey.SetOf("ايام", "يومين", "اسابيع", "اسبوعين", "اسبوع", "اشهر", "شهور", "شهرين",
        "ساعات", "ساعتين", "اعوام", "سنوات", "عامين", "سنتين", "عقود");

    /// <summary>Words that may count the span before its noun (منذ ثلاثة ايام, منذ عدة ايام, منذ اكثر من اسبوع).</summary>
    private static readonly HashSet<string> SpanCounters = MatchKey.SetOf("عدة", "بضعة", "بضع", "اكثر", "من", "نحو", "قرابة", "ثلاثة", "اربعة",
        "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر");

    private const int MaxSpanCounters = 3;

    /// <summary>
    /// The last word of a span of time told with منذ that opens at word <paramref name="k"/> (منذ ايام, منذ ثلاثة ايام, منذ
    /// اكثر من اسبوع), or -1: how long what the clause tells has gone on, an aside between a fight's noun and its sides.
    /// A date or an event after منذ (منذ مطلع الشهر, منذ اندلاع النزاع) is no such span.
    /// </summary>
    public static int SinceSpanEnd(IReadOnlyList<Word> words, int k)
    {
        if (k >= words.Count || words[k].Key != "منذ") return -1;
        for (int j = k + 1; j < words.Count && j <= k + 1 + MaxSpanCounters; j++)
        {
            if (SpanNouns.Contains(words[j].Key)) return j;
            if (!words[j].IsNumber && !SpanCounters.Contains(words[j].Key)) return -1;
        }
        return -1;
    }

    /// <summary>Nouns of a period and the adjectives that make it the last one (الاسبوع الماضي, الشهر الفائت).</summary>
    private static readonly HashSet<string> Periods = MatchKey.SetOf("الاسبوع", "الشهر");
    private static readonly HashSet<string> PeriodPast = MatchKey.SetOf("الماضي", "الفائت", "المنصرم");

    /// <summary>
    /// In a backward search from word to word, steps over a day set off by commas whose closing comma is word
    /// <paramref name="k"/> (طلبت الولايات المتحدة، الاثنين، من المحكمة): <paramref name="k"/> becomes the opening comma (the
    /// loop's next step lands before it) and <paramref name="reach"/>, the lowest word the search may read, falls by the
    /// aside's words and its two commas, which take none of the search's room. False, and nothing moved, when no such aside
    /// closes there. <see cref="StepOver"/> is its forward twin.
    /// </summary>
    public static bool StepBack(IReadOnlyList<Word> words, ref int k, ref int reach)
    {
        if (!words[k].IsComma || k < 2 || !OpensBefore(words, k - 1)) return false;
        int aside = AsideEndingAt(words, k - 1);
        k -= 1 + aside;
        reach -= 2 + aside;
        return true;
    }

    /// <summary>
    /// The comma closing a day or a past period set off by commas that opens at word <paramref name="k"/> (، اليوم
    /// الاربعاء،, ، الاسبوع الماضي،), or null.
    /// </summary>
    public static int? CloseOfDayOrPeriod(IReadOnlyList<Word> words, int k) =>
        Close(words, k) ?? (k + 2 < words.Count && Periods.Contains(words[k].Key) && PeriodPast.Contains(words[k + 1].Key) && words[k + 2].IsComma ? k + 2 : null);

    /// <summary>Whether day words ending at word <paramref name="k"/> follow a comma (، اليوم الاربعاء: the aside's opening).</summary>
    public static bool OpensBefore(IReadOnlyList<Word> words, int k)
    {
        int j = k - AsideEndingAt(words, k);
        return j < k && j >= 0 && words[j].IsComma;
    }

}
