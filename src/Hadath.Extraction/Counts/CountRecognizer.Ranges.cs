using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Counts;

/// <summary>
/// Ranges of people (بين عشرة و15, ما بين 50 و60 الف, ٦٠-٧٠ الف): the upper bound a number opens, the range read as one
/// number where no noun follows it, and the lower bound a range counts from.
/// </summary>
public sealed partial class CountRecognizer
{
    /// <summary>The upper bound of a range the number opens (بين عشرة و15, ما بين 10 و20, 60-70 الفا), or null.</summary>
    private NumberPhrase? RangeUpper(IReadOnlyList<Word> words, NumberPhrase lower)
    {
        int and = lower.EndWord;
        if (and >= words.Count) return null;
        if (IsDash(words[and])) return DashUpper(words, lower);
        if (words[and].Key == "الي") return ToUpper(words, lower);
        if (lower.FirstWord == 0 || words[lower.FirstWord - 1].Key != "بين") return null;
        return NumberAfterWa(words, and) is { } upper && upper.Value > lower.Value ? upper : null;
    }

    /// <summary>
    /// The number joined by و at word <paramref name="and"/>: after a و of its own (و 15) or carrying it (و15, وثلاثة
    /// آلاف), or null.
    /// </summary>
    private NumberPhrase? NumberAfterWa(IReadOnlyList<Word> words, int and)
    {
        if (and >= words.Count) return null;
        if (words[and].Key == "و") return and + 1 < words.Count && _numbers.Starts(words[and + 1]) ? _numbers.Read(words, and + 1) : null;
        return words[and].Key.StartsWith('و') ? _numbers.ReadAfterProclitic(words, and) : null;
    }

    /// <summary>
    /// عدد المحتجين بما بين 2500 و3 آلاف: a range with no noun after its upper bound is read as one number standing where
    /// بين (and ما) stand, so that what names it before them (a toll, an action) says what it counts. Null for a dash range.
    /// </summary>
    private Count? RangeAsOne(string text, IReadOnlyList<Word> words, NumberPhrase lower, NumberPhrase upper, out int end)
    {
        end = upper.EndWord;
        int first = lower.FirstWord - 1;
        if (first < 0 || words[first].Key != "بين") return null;
        if (first > 0 && words[first - 1].Key is "ما" or "بما") first--;
        var whole = new NumberPhrase(new TextSpan(lower.Span.Start, upper.Span.End), first, upper.EndWord, upper.Value, Vague: false);
        return CountAt(text, words, whole, out end);
    }

    private static bool IsDash(Word word) => word.Key is "-" or "–";

    /// <summary>
    /// 5 الى 6 اشخاص, ما بين 6 الى 7 اشخاص: a number, الى and a larger number are a range; not after من, where they tell
    /// a change (ارتفع عدد القتلى من 12 الى 20: 20, read on its own).
    /// </summary>
    private NumberPhrase? ToUpper(IReadOnlyList<Word> words, NumberPhrase lower)
    {
        int next = lower.EndWord + 1;
        if (lower.Vague || next >= words.Count || !_numbers.Starts(words[next])) return null;
        int lead = _lexicon.QualifierBefore(words, lower.FirstWord)?.FirstWord ?? lower.FirstWord;
        if (lead > 0 && words[lead - 1].Key is "من" or "ومن") return null;
        var upper = _numbers.Read(words, next);
        return upper is not null && upper.Value > lower.Value ? upper : null;
    }

    /// <summary>
    /// ٦٠-٧٠ الف, 60-70 الفا: digits, a dash and a larger number after it are a range (with or without بين before them);
    /// the scale after the upper bound counts for both. Null for anything else (a score, 3-1; a date, 15-3).
    /// </summary>
    private NumberPhrase? DashUpper(IReadOnlyList<Word> words, NumberPhrase lower)
    {
        int next = lower.EndWord + 1;
        if (lower.EndWord != lower.FirstWord + 1 || !words[lower.FirstWord].IsNumber || next >= words.Count || !words[next].IsNumber) return null;
        var upper = _numbers.Read(words, next);
        return upper is not null && upper.Value > lower.Value ? upper : null;
    }

    /// <summary>
    /// The lower bound of a range: ما بين 50 و60 الف شخص is from 50 000, the scale after the upper bound counting for
    /// both; a lower bound with a scale of its own, or one the scale would carry past the upper bound, stays as read.
    /// </summary>
    private static double LowerBound(IReadOnlyList<Word> w, NumberPhrase lower, NumberPhrase upper)
    {
        var last = w[upper.EndWord - 1];
        if (lower.Value >= 1000 || !last.IsLetters || upper.EndWord - upper.FirstWord < 2) return lower.Value;
        double scale = upper.Value >= 1e9 ? 1e9 : upper.Value >= 1e6 ? 1e6 : upper.Value >= 1e3 ? 1e3 : 1;
        return scale > 1 && lower.Value * scale <= upper.Value ? lower.Value * scale : lower.Value;
    }
}
