using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// A partner set off by commas (، وبالتعاون مع برنامج الاغذية العالمي،, ، بالتنسيق مع البلدية،): like a day aside
/// (<see cref="DayAside"/>) it does not end the clause it stands in, and its words do not count toward the window in
/// which a verb's object is looked for (وزعت الهيئة، وبالتعاون مع X، طرودا غذائية).
/// </summary>
internal static class PartnerAside
{
    /// <summary>The words that open the aside before مع (with or without و).</summary>
    private static readonly HashSet<string> Heads = MatchKey.SetOf("بالتعاون", "بالتنسيق", "بالشراكة");

    /// <summary>How many words the aside holds at most, its head and مع included.</summary>
    private const int MaxWords = 8;

    private static bool IsHead(IReadOnlyList<Word> words, int k) =>
        k >= 0 && k + 1 < words.Count && words[k + 1].Key == "مع" &&
        (Heads.Contains(words[k].Key) || (words[k].Key.Length > 1 && words[k].Key[0] == 'و' && Heads.Contains(words[k].Key[1..])));

    /// <summary>The comma closing a partner aside that opens at word <paramref name="k"/> (بالتعاون مع X،), or null.</summary>
    public static int? Close(IReadOnlyList<Word> words, int k)
    {
        if (!IsHead(words, k)) return null;
        for (int j = k + 2; j < words.Count && j < k + MaxWords; j++)
        {
            if (words[j].IsComma) return j > k + 2 ? j : null;
            if (words[j].Kind == WordKind.Punctuation) return null;
        }
        return null;
    }

    /// <summary>Whether word <paramref name="k"/> ends a partner aside opened by a comma (، بالتعاون مع البلدية: the aside's close).</summary>
    public static bool OpensBefore(IReadOnlyList<Word> words, int k)
    {
        for (int j = k; j >= 1 && j > k - MaxWords; j--)
        {
            if (words[j].Kind == WordKind.Punctuation) return false;
            if (IsHead(words, j)) return words[j - 1].IsComma && j + 1 < k;
        }
        return false;
    }
}
