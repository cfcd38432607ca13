using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Times;

/// <summary>
/// Weekdays (الجمعة, السبت الماضي, الاثنين المقبل) and which one a bare weekday names: the coming one after a future
/// verb, a scheduling word or a call for an act (دعت المعارضة الى التظاهر الجمعة), else the last one.
/// </summary>
public sealed partial class TimeRecognizer
{
    // الجمعة, السبت الماضي, الاثنين المقبل
    private Hit? Weekday(string text, IReadOnlyList<Word> w, int i, DateOnly? anchor)
    {
        if (anchor is not { } d || Match(text, w, i, TimeWordKind.Weekday) is not { } day) return null;
        int end = day.EndWord, direction = 0;
        if (Match(text, w, end, TimeWordKind.Direction, allowClitic: false) is { } dir)
        {
            direction = dir.Phrase.IntValue;
            end = dir.EndWord;
        }
        var date = TimeResolver.Weekday(d, (DayOfWeek)day.Phrase.IntValue, direction);
        // سيتوجه الى عمان الثلاثاء: a weekday after a future verb is the coming one, not the last; so is one after بحلول (by).
        if (direction == 0 && date != d && (IsFutureBefore(w, i) || IsCalledFor(w, i) || (i > 0 && w[i - 1].Key == By))) date = TimeResolver.Weekday(d, (DayOfWeek)day.Phrase.IntValue, 1);
        return new Hit(new TextSpan(day.Start, w[end - 1].End), TimeResolver.Day(date), end);
    }

    private const int MaxFutureVerbDistance = 8;

    private static readonly string By = MatchKey.Of("بحلول");

    /// <summary>
    /// A scheduling word governs its whole clause, subject and object included (ومن المقرر ان يلقي الرئيس حسن روحاني كلمة
    /// امام الجمعية العامة للامم المتحدة في نيويورك الثلاثاء): it is looked for further back than a future verb, up to a
    /// clause break.
    /// </summary>
    private const int MaxFutureCueDistance = 20;

    /// <summary>Nouns spelled like a future verb (س + يـ/تـ/نـ): سيارة, سياسة, ستة, سنوات.</summary>
    private static readonly string[] NotFuture = new[] { "سيار", "سياس", "سيطر", "سياد", "سيول", "سيده", "سيناء", "ستين", "ستما", "سنوا", "سنوي", "سنين", "ستار" }
        .Select(n => MatchKey.Of(n)).ToArray();

    /// <summary>Words that schedule what follows (من المقرر ان يزور, المزمع عقده, يعتزم): the weekday after them is ahead.</summary>
    private static readonly HashSet<string> FutureCues = new[]
        {
            "المقرر", "مقرر", "المزمع", "مزمع", "المرتقب", "مرتقب", "يعتزم", "تعتزم", "ينوي", "تنوي",
            "يتوقع", "تتوقع",   // فيما يتوقع ان يزور رئيس الوزراء المنطقة الاثنين
        }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    private static readonly string Expected = MatchKey.Of("المتوقع");

    private static readonly string After = MatchKey.Of("بعد");

    /// <summary>
    /// ومن المتوقع ان تنظم النقابات مسيرة الاربعاء: المتوقع between من and ان schedules; بظهور غير المتوقع and نتائج
    /// افضل من المتوقع في الانتخابات (than expected) do not.
    /// </summary>
    private static bool IsExpectedAfterMin(IReadOnlyList<Word> w, int k, string key) =>
        key == Expected && k > 0 && w[k - 1].Key is "من" or "ومن" && k + 1 < w.Count && w[k + 1].Key == "ان";

    /// <summary>True when a future verb (سيتوجه, ستعقد, سوف) or a scheduling word (المقرر, يعتزم) comes shortly before word <paramref name="i"/> in its clause.</summary>
    private bool IsFutureBefore(IReadOnlyList<Word> w, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - MaxFutureCueDistance; k--)
        {
            if (w[k].Kind == WordKind.Punctuation && w[k].Key is "،" or "," or "؛" or ";" or "." or "؟" or "!") return false;
            if (!w[k].IsLetters || Names.Any(n => n.Overlaps(w[k].Span))) continue;
            // ان يحتشدوا الثلاثاء بعد احتجاجات الاثنين, منذ الاثنين: the day belongs to a phrase of its own, told before.
            if (k == i - 1 || k == i - 2)
            {
                if (w[k].Key == Since || (w[k].Key == After && !(k + 1 < w.Count && w[k + 1].Key is "ظهر" or "منتصف"))) return false;
            }
            bool near = k >= i - MaxFutureVerbDistance;
            foreach (var r in Readings(k))
            {
                if (r.HadArticle) continue;
                string key = r.Key;
                // لن يتم بحث المسالة الخميس: لن negates a future, the day is still ahead.
                if (FutureCues.Contains(key) || (near && key is "سوف" or "لن") || IsExpectedAfterMin(w, k, key)) return true;
                if (near && key.Length >= 5 && key[0] == 'س' && key[1] is 'ي' or 'ت' or 'ن' &&
                    !NotFuture.Any(n => key.StartsWith(n, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Verbs and nouns of calling (دعت, يدعو, دعوة, ناشد): what is called for lies ahead. Whole forms, not stems: دعوى
    /// (a lawsuit: رفع دعوى الى المحكمة الاثنين) is no call.
    /// </summary>
    private static readonly HashSet<string> CallForms = new[]
        {
            "دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "دعوة", "الدعوة", "دعوات", "الدعوات",
            "ناشد", "ناشدت", "يناشد", "تناشد",
        }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    private const int MaxCallDistance = 4;

    private static readonly string To = MatchKey.Of("الى");

    /// <summary>
    /// دعت المعارضة الى التظاهر الجمعة: a weekday right after the act called for (الى + a definite noun, الى + a noun and
    /// its adjective, or لل + noun) is the day it is called for, the coming one. ودعا الرئيس الجمعة الى الحوار is no such case: the day comes before
    /// الى, so it dates the call itself.
    /// </summary>
    private bool IsCalledFor(IReadOnlyList<Word> w, int i)
    {
        if (i < 2 || !w[i - 1].IsLetters) return false;
        int act;
        if (w[i - 1].Key.StartsWith("لل", StringComparison.Ordinal) && w[i - 1].Key.Length > 4) act = i - 1;
        else if (w[i - 2].Key == To && w[i - 1].Key.StartsWith("ال", StringComparison.Ordinal)) act = i - 2;
        // دعا التجمع الى مسيرات جديدة الخميس: the act called for may be a noun with its adjective.
        else if (i >= 3 && w[i - 3].Key == To && w[i - 2].IsLetters && !_numbers.Starts(w[i - 2]) && !_numbers.Starts(w[i - 1])) act = i - 3;
        else return false;
        for (int k = act - 1; k >= 0 && k >= act - MaxCallDistance; k--)
        {
            if (w[k].Kind == WordKind.Punctuation) return false;
            if (!w[k].IsLetters) continue;
            foreach (var r in Readings(k))
            {
                if (CallForms.Contains(r.Key)) return true;
            }
        }
        return false;
    }
}
