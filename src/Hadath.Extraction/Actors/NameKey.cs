using System.Runtime.CompilerServices;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Actors;

/// <summary>
/// The key names and titles are compared by: each word folded (<see cref="MatchKey"/>), its article and a final
/// ta marbuta dropped, words joined by one space. The PETRARCH dictionaries write lemmas
/// (<c>وزير_خارجية_أميركي_</c>) and the text inflects (<c>وزير الخارجية الاميركية</c>): both fall on one key.
/// </summary>
public static class NameKey
{
    public const int StackLimit = 256;

    /// <summary>
    /// A name written behind ل and the article, لل (للولايات المتحدة, للصين), as the name with its article (الولايات
    /// المتحدة, الصين); any other name as it is. Only a first word of five letters or more: لله is a word of its own.
    /// </summary>
    public static string WithArticle(string name) => OpensWithLamArticle(name) ? "ا" + name[1..] : name;

    /// <summary>Whether a written name opens with ل and the article (للولايات), its first word five letters or more.</summary>
    public static bool OpensWithLamArticle(ReadOnlySpan<char> name)
    {
        if (name.Length < 5 || name[0] != 'ل' || name[1] != 'ل') return false;
        int space = name.IndexOf(' ');
        return space < 0 || space >= 5;
    }

    public static string Of(IEnumerable<string> words) =>
        string.Join(' ', words.Select(Word).Where(w => w.Length > 0));

    /// <summary>The key of a phrase whose words are separated by spaces, underscores or no-break spaces.</summary>
    public static string Of(string phrase) => Of(phrase.AsSpan());

    /// <summary><see cref="Of(string)"/> of a phrase read in place (a mention's span), with no substring made for it.</summary>
    [SkipLocalsInit]   // the key is written before it is read
    public static string Of(ReadOnlySpan<char> phrase)
    {
        // One pass and one string, where splitting, keying each word and joining would allocate per word.
        Span<char> key = phrase.Length <= StackLimit ? stackalloc char[StackLimit] : new char[phrase.Length];
        int length = Into(phrase, key);
        return length == 0 ? "" : new string(key[..length]);
    }

    [SkipLocalsInit]   // the key is written before it is read
    public static string Word(string word)
    {
        Span<char> key = word.Length <= StackLimit ? stackalloc char[StackLimit] : new char[word.Length];
        int length = WordInto(word, key);
        // Keys of keys come back unchanged (the title and description linkers key words that are keys already): no new string then.
        if (length == word.Length && key[..length].SequenceEqual(word)) return word;
        return length == 0 ? "" : new string(key[..length]);
    }

    private const int WordStackLimit = 64;

    /// <summary>Whether the <see cref="Word(string)"/> key of <paramref name="word"/> is in <paramref name="keys"/>, without making the key.</summary>
    [SkipLocalsInit]   // the key is written before it is read
    public static bool WordIn(string word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> keys)
    {
        Span<char> key = word.Length <= WordStackLimit ? stackalloc char[WordStackLimit] : new char[word.Length];
        return keys.Contains(key[..WordInto(word, key)]);
    }

    /// <summary>The value <paramref name="map"/> holds for the <see cref="Word(string)"/> key of <paramref name="word"/>, without making the key.</summary>
    [SkipLocalsInit]   // the key is written before it is read
    public static bool TryGetWord<T>(string word, Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> map, out T value)
    {
        Span<char> key = word.Length <= WordStackLimit ? stackalloc char[WordStackLimit] : new char[word.Length];
        return map.TryGetValue(key[..WordInto(word, key)], out value!);
    }

    /// <summary>Whether <paramref name="word"/> has the <see cref="Word(string)"/> key <paramref name="key"/>, without making it.</summary>
    [SkipLocalsInit]   // the key is written before it is read
    public static bool WordIs(ReadOnlySpan<char> word, string key)
    {
        Span<char> own = word.Length <= WordStackLimit ? stackalloc char[WordStackLimit] : new char[word.Length];
        return own[..WordInto(word, own)].SequenceEqual(key);
    }

    private static bool IsSeparator(char c) => c is ' ' or '_' or '\u00A0';

    /// <summary>Writes the key of one word at the start of <paramref name="key"/> (as long as the word at least); returns its length.</summary>
    private static int WordInto(ReadOnlySpan<char> word, Span<char> key)
    {
        int length = 0;
        foreach (char c in word)
        {
            char k = MatchKey.Fold(c);
            if (k != '\0') key[length++] = k;
        }
        int start = 0;
        if (length > 3 && key[0] == 'ا' && key[1] == 'ل')
        {
            start = 2;
            length -= 2;
        }
        if (length > 3 && key[start + length - 1] == 'ه') length--;
        // Shifted by hand: Span.CopyTo between overlapping spans calls out to native memmove, which cost more than the rest of the key.
        for (int k = 0; start > 0 && k < length; k++) key[k] = key[k + start];
        return length;
    }

    /// <summary>
    /// The <see cref="Word(string)"/> key of a <see cref="MatchKey"/> key (a word's key or one of its readings'), read in
    /// place: such a key is folded already, so its name key is a slice of it (the article and a final ه cut off).
    /// A key not folded (a punctuation mark's raw text) takes the general path.
    /// </summary>
    public static ReadOnlySpan<char> WordOfKey(string key)
    {
        foreach (char c in key)
        {
            if (MatchKey.Fold(c) != c) return Word(key);
        }
        return OfFoldedWord(key);
    }

    /// <summary>The name key of one folded word (a <see cref="MatchKey"/> key or a slice of one): the article, then a final ه, go from words of four letters or more.</summary>
    public static ReadOnlySpan<char> OfFoldedWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word[0] == 'ا' && word[1] == 'ل') word = word[2..];
        if (word.Length > 3 && word[^1] == 'ه') word = word[..^1];
        return word;
    }

    /// <summary>
    /// Writes the <see cref="Of(IEnumerable{string})"/> key of <paramref name="words"/>[start, end) into <paramref name="key"/>;
    /// returns its length, or -1 when it does not fit.
    /// </summary>
    public static int OfKeys(IReadOnlyList<Word> words, int start, int end, Span<char> key)
    {
        int length = 0;
        for (int k = start; k < end; k++)
        {
            var word = WordOfKey(words[k].Key);
            if (word.Length == 0) continue;
            int at = length > 0 ? length + 1 : 0;
            if (at + word.Length > key.Length) return -1;
            if (at > 0) key[length] = ' ';
            word.CopyTo(key[at..]);
            length = at + word.Length;
        }
        return length;
    }

    /// <summary>Writes the <see cref="Of(string)"/> key of <paramref name="phrase"/> into <paramref name="key"/> (as long as the phrase at least); returns its length.</summary>
    public static int Into(ReadOnlySpan<char> phrase, Span<char> key)
    {
        int length = 0, i = 0;
        while (i < phrase.Length)
        {
            if (IsSeparator(phrase[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < phrase.Length && !IsSeparator(phrase[i])) i++;
            int at = length > 0 ? length + 1 : 0;
            int wordLength = WordInto(phrase.Slice(start, i - start), key[at..]);
            if (wordLength == 0) continue;
            if (at > 0) key[length] = ' ';
            length = at + wordLength;
        }
        return length;
    }
}
