using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// <see cref="NameKey.Word"/> lookups of a word's <see cref="MatchKey"/>, read in place. A match key is folded already,
/// so its name key is a slice of it (the article and a final ه cut off): the finders ask this of every reading of
/// every word, and most are no head or category at all.
/// </summary>
internal static class WordKeys
{
    /// <summary>Whether the <see cref="NameKey.Word"/> key of <paramref name="key"/> is in <paramref name="keys"/>.</summary>
    public static bool In(string key, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> keys)
    {
        // A key not made by MatchKey (a hand-built word) takes the general path.
        foreach (char c in key)
        {
            if (MatchKey.Fold(c) != c) return NameKey.WordIn(key, keys);
        }
        ReadOnlySpan<char> word = key;
        if (word.Length > 3 && word[0] == 'ا' && word[1] == 'ل') word = word[2..];
        if (word.Length > 3 && word[^1] == 'ه') word = word[..^1];
        return keys.Contains(word);
    }
}
