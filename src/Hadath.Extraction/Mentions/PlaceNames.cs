using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// A place introduced by its category noun in the construct state: the one definite word after حي, مدينة, بلدة,
/// قرية, محافظة, ولاية is its name (حي الكرادة → الكرادة, ولاية القصرين → القصرين). An adjective there
/// (المدينة القديمة, حي سكني) is no name. A camp is named with its noun (<see cref="FacilityNames"/>).
/// </summary>
public static class PlaceNames
{
    private static readonly HashSet<string> Categories = new[] { "حي", "مدينة", "بلدة", "قرية", "محافظة", "ولاية" }
        .Select(NameKey.Word).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CategoryLookup = Categories.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly ReadingPrefilter CategoryPrefilter = new(Categories, nameKeys: true);

    private static readonly HashSet<string> NotNames = new[]
    {
        "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الذي", "التي", "الكبرى", "القديمة", "الجديدة",
        "الصغيرة", "المذكورة", "نفسها", "نفسه",
    }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    public static List<TextSpan> Find(string text, IReadOnlyList<Word> words) => Find(text, WordScanner.AsSpan(words), default, 0);

    /// <param name="gates">When not empty, <see cref="CategoryPrefilter"/>'s answer for each word, as bit <paramref name="gate"/> (<see cref="ReadingPrefilter.Group"/>).</param>
    internal static List<TextSpan> Find(string text, ReadOnlySpan<Word> words, ReadOnlySpan<byte> gates, int gate)
    {
        var found = new List<TextSpan>();
        for (int i = 0; i + 1 < words.Length; i++)
        {
            // Given the stage's gates, the category test is a bit already read, and nearly every word fails it: the next word
            // is not read. Without them it is a lookup, and waits for the name's cheap tests.
            if (!gates.IsEmpty && !CategoryPrefilter.MayRead(words[i].Key, gates, gate, i)) continue;
            var name = words[i + 1];
            string key = name.Key;
            // The name's cheap tests first: most words are followed by no definite word, and need no category lookup.
            if (!words[i].IsLetters || !name.IsLetters || key.Length < 5 || !key.StartsWith("ال", StringComparison.Ordinal)) continue;
            if (gates.IsEmpty && !CategoryPrefilter.MayRead(words[i].Key) || !IsCategory(text, words[i]) ||
                NotNames.Contains(key)) continue;
            if (NameKey.Word(key).EndsWith('ي')) continue;   // حي سكني, المدينة الساحلية: an adjective
            if (i + 2 < words.Length && words[i + 2].IsLetters && words[i + 2].Key.StartsWith("ال", StringComparison.Ordinal) &&
                !NameKey.Word(words[i + 2].Key).EndsWith('ي'))
            {
                continue;   // مدينة الملك عبد الله, حي الامير سلطان: a longer name than one word
            }
            found.Add(name.Span);
            i++;
        }
        return found;
    }

    /// <summary>The word, without و/ب/ل/ف and without the article, is a category noun (asked of a word the prefilter let through).</summary>
    private static bool IsCategory(string text, Word word)
    {
        foreach (var r in Proclitics.ReadingsOf(text, word))
        {
            if (!r.HadArticle && !r.Key.StartsWith("ال", StringComparison.Ordinal) && CategoryLookup.Contains(NameKey.WordOfKey(r.Key))) return true;
        }
        return false;
    }
}
