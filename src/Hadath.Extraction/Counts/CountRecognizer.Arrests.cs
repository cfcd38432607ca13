using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Counts;

/// <summary>
/// Arrests as Maghrebi news tell them (written for the blind <c>ev11-</c> round): ايقاف arrests people (تم ايقاف خمسة
/// اشخاص) but also stops vehicles, work and sentences (ايقاف 7 سيارات, بإيقاف العمل بقانون 1995, مع إيقاف التنفيذ ضد
/// ناشط واحد); and the others counted after a contrast are no more of the arrested before them.
/// </summary>
public sealed partial class CountRecognizer
{
    /// <summary>ايقاف with its clitics (وإيقاف, بإيقاف, بالإيقاف): a word of stopping that arrests only the people right after it.</summary>
    private static bool IsStopping(Word word) => word.IsLetters && word.Key.EndsWith("ايقاف", StringComparison.Ordinal) && word.Key.Length <= 9;

    /// <summary>
    /// السجن, بالسجن: the prison, where people are (في السجن ثلاث مرات, دخل السجن مرارا منذ 2011), not the sentence that
    /// puts them there (بسجن 25 صحفيا); a sentence with the article names its people after على (<see cref="ActionAt"/>).
    /// </summary>
    private static bool IsThePrison(Word word) => word.IsLetters && word.Key.EndsWith("السجن", StringComparison.Ordinal) && word.Key.Length <= 7;

    /// <summary>
    /// What the word tells happened to people counted after it, read in the lexicon's before role (قتل, اعتقال, بسجن),
    /// or null; the prison is a place, no action (<see cref="IsThePrison"/>).
    /// </summary>
    private (string Kind, TextSpan Span)? ActionBefore(string text, Word word) =>
        IsThePrison(word) ? null : _lexicon.Kind(text, word, CountRole.Before);

    /// <summary>
    /// Whether the number counts people or nothing named: a noun of people was read (<paramref name="end"/> past the
    /// number), or what follows opens no noun of its own (punctuation, في, a day, بتهمة): ايقاف 7 سيارات counts cars.
    /// People stopped from something (ايقاف 20 موظفا عن العمل, عن الدراسة) are suspended, not arrested.
    /// </summary>
    private bool PeopleOrBareAfter(IReadOnlyList<Word> w, NumberPhrase number, int end)
    {
        if (end < w.Count && w[end].Key == "عن") return false;
        if (end > number.EndWord || NoNounAfter(w, end) || PlacedAt.Contains(w[end].Key) || IsDayWord(w[end])) return true;
        return w[end].Key.Length > 3 && w[end].Key[0] == 'ب';   // بتهمة, بحوزتهم
    }

    /// <summary>Words of contrast before a count: فيما لا يزال 40 آخرون فارين, في حين أفرج عن 12 آخرين.</summary>
    private static readonly HashSet<string> Contrasts = MatchKey.SetOf("فيما", "وفيما", "بينما", "وبينما", "حين", "مقابل");

    private const int MaxContrastGap = 3;

    /// <summary>Whether a word of contrast stands up to <see cref="MaxContrastGap"/> words before word <paramref name="lead"/>.</summary>
    private static bool AfterContrast(IReadOnlyList<Word> w, int lead)
    {
        for (int k = lead - 1; k >= 0 && k >= lead - MaxContrastGap; k--)
        {
            if (Contrasts.Contains(w[k].Key)) return true;
        }
        return false;
    }
}
