using System.Runtime.CompilerServices;

namespace Hadath.Extraction.Text;

/// <summary>
/// The spelling-insensitive key words are looked up by: alef forms → ا, alef maksura → ي, ta marbuta → ه,
/// hamza on waw/ya → و/ي, no tatweel, no harakat, digits of every script → ASCII. A key is only for lookup;
/// spans always point into the original text.
/// </summary>
public static class MatchKey
{
    private const char Tatweel = '\u0640';
    private const char AlefMadda = '\u0622';
    private const char AlefHamzaAbove = '\u0623';
    private const char AlefHamzaBelow = '\u0625';
    private const char AlefWasla = '\u0671';
    private const char Alef = '\u0627';
    private const char AlefMaksura = '\u0649';
    private const char Yeh = '\u064A';
    private const char FarsiYeh = '\u06CC';
    private const char TehMarbuta = '\u0629';
    private const char Heh = '\u0647';
    private const char WawHamza = '\u0624';
    private const char Waw = '\u0648';
    private const char YehHamza = '\u0626';

    /// <summary>Every character the keys change lies in the Arabic block (U+0600–U+06FF): its key characters, one per code point.</summary>
    private const char FirstFolded = '\u0600';
    private const int Folded = 256;

    private static readonly char[] s_folds = FoldTable();

    /// <summary>The keys of <paramref name="words"/>, as a set (word lists of the rules, matched against word keys).</summary>
    public static HashSet<string> SetOf(params string[] words) => words.Select(w => Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="set"/> holds the key, or the key less its article ال (الممثل where a list of nouns holds
    /// ممثل); the bare key is looked up as a slice where the set's comparer allows it.
    /// </summary>
    public static bool ContainsWithOrWithoutArticle(this HashSet<string> set, string key)
    {
        if (set.Contains(key)) return true;
        if (!key.StartsWith("ال", StringComparison.Ordinal)) return false;
        return set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var bare) ? bare.Contains(key.AsSpan(2)) : set.Contains(key[2..]);
    }

    /// <summary>
    /// Whether <paramref name="set"/> holds the key, less a leading و or ف when the key has four letters or more (وقال,
    /// فاكد; وفد keeps its و); the shorter key is looked up as a slice where the set's comparer allows it, since the
    /// callers ask this of every word.
    /// </summary>
    public static bool ContainsWithoutConjunction(this HashSet<string> set, string key)
    {
        if (key.Length <= 3 || key[0] is not ('و' or 'ف')) return set.Contains(key);
        return set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var bare) ? bare.Contains(key.AsSpan(1)) : set.Contains(key[1..]);
    }

    /// <summary>
    /// Whether a key is a definite nisba adjective of more than four letters (العلمي, الوطنية, the folded ة read as ه):
    /// an adjective that may close a name (الائتلاف الوطني السوري, والبحث العلمي).
    /// </summary>
    public static bool IsDefiniteNisba(string key) =>
        key.Length > 4 && key.StartsWith("ال", StringComparison.Ordinal) && (key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal));

    [SkipLocalsInit]   // the key is written before it is read
    public static string Of(ReadOnlySpan<char> word)
    {
        // Most words keep their letters as they are: up to the first that folds, the key is the word itself.
        int same = 0;
        while (same < word.Length && Fold(word[same]) == word[same]) same++;
        if (same == word.Length) return word.Length == 0 ? "" : new string(word);
        // Keys are built on the stack: one allocation (the key itself) per word, none for a builder.
        const int StackLimit = 256;
        Span<char> key = word.Length <= StackLimit ? stackalloc char[StackLimit] : new char[word.Length];
        word[..same].CopyTo(key);
        int length = same;
        foreach (char c in word[same..])
        {
            char k = Fold(c);
            if (k != '\0') key[length++] = k;
        }
        return length == 0 ? "" : new string(key[..length]);
    }

    /// <summary>Whether <see cref="Of"/> of <paramref name="word"/> is <paramref name="key"/>, folded and compared in place (no key made).</summary>
    public static bool Is(ReadOnlySpan<char> word, string key)
    {
        int k = 0;
        foreach (char c in word)
        {
            char folded = Fold(c);
            if (folded == '\0') continue;
            if (k == key.Length || folded != key[k]) return false;
            k++;
        }
        return k == key.Length;
    }

    /// <summary>The key character of <paramref name="c"/>, or NUL for characters that keys drop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]   // read for every character of every word scanned
    public static char Fold(char c)
    {
        uint offset = (uint)(c - FirstFolded);
        return offset < Folded ? s_folds[offset] : c;
    }

    private static char[] FoldTable()
    {
        var table = new char[Folded];
        for (int i = 0; i < Folded; i++) table[i] = FoldOne((char)(FirstFolded + i));
        return table;
    }

    /// <summary>What <see cref="Fold"/> reads from its table: the rules themselves, every one inside the Arabic block.</summary>
    private static char FoldOne(char c)
    {
        switch (c)
        {
            case Tatweel: return '\0';
            case AlefMadda or AlefHamzaAbove or AlefHamzaBelow or AlefWasla: return Alef;
            case AlefMaksura or FarsiYeh: return Yeh;
            case TehMarbuta: return Heh;
            case WawHamza: return Waw;
            case YehHamza: return Yeh;
        }
        if (IsHaraka(c)) return '\0';
        if (c is >= '\u0660' and <= '\u0669') return (char)('0' + (c - '\u0660'));
        if (c is >= '\u06F0' and <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        return c;
    }

    /// <summary>Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks: dropped from keys.</summary>
    public static bool IsHaraka(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED' or >= '\u0610' and <= '\u061A';
}
