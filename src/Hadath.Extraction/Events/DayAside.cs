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
    /// The comma closing a day set off by commas that opens at word <paramref name="k"/> (، اليوم الاربعاء،; also with منذ
    /// before it: ، منذ صباح اليوم،), or null.
    /// </summary>
    public static int? Close(IReadOnlyList<Word> words, int k)
    {
        if (k < words.Count && words[k].Key == "منذ") k++;
        int j = k;
        while (j < words.Count && j < k + MaxWords && IsDayWord(words[j].Key)) j++;
        return j > k && j < words.Count && words[j].IsComma ? j : null;
    }

    /// <summary>Nouns of a period and the adjectives that make it the last one (الاسبوع الماضي, الشهر الفائت).</summary>
    private static readonly HashSet<string> Periods = MatchKey.SetOf("الاسبوع", "الشهر");
    private static readonly HashSet<string> PeriodPast = MatchKey.SetOf("الماضي", "الفائت", "المنصرم");

    /// <summary>
    /// The comma closing a day or a past period set off by commas that opens at word <paramref name="k"/> (، اليوم
    /// الاربعاء،, ، الاسبوع الماضي،), or null.
    /// </summary>
    public static int? CloseOfDayOrPeriod(IReadOnlyList<Word> words, int k) =>
        Close(words, k) ?? (k + 2 < words.Count && Periods.Contains(words[k].Key) && PeriodPast.Contains(words[k + 1].Key) && words[k + 2].IsComma ? k + 2 : null);

    /// <summary>Whether day words ending at word <paramref name="k"/> follow a comma (، اليوم الاربعاء: the aside's opening).</summary>
    public static bool OpensBefore(IReadOnlyList<Word> words, int k)
    {
        int j = k;
        while (j >= 0 && j > k - MaxWords && IsDayWord(words[j].Key)) j--;
        return j < k && j >= 0 && words[j].IsComma;
    }

}
