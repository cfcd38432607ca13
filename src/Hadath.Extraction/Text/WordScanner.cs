using System.Globalization;
using Hadath.Core;

namespace Hadath.Extraction.Text;

/// <summary>
/// Splits a stretch of the text into letter words, numbers and single punctuation marks. The extractors read
/// words through this scanner rather than the token layer so that they behave the same whichever tokenizer
/// ran (numbers such as <c>1,5</c> or <c>15/7</c> come out the same either way).
/// </summary>
public static class WordScanner
{
    private const char ArabicDecimalSeparator = '\u066B';
    private const char ArabicThousandsSeparator = '\u066C';
    private const char Tatweel = '\u0640';
    private const char ZeroWidthNonJoiner = '\u200C';

    /// <summary>
    /// The words of <paramref name="span"/> of a document, shared with every other stage reading it (never modify
    /// the list): the document is scanned once per thread (<see cref="DocumentWords"/>), and a span gets exactly the
    /// words scanning only that span would find. The list holds until this thread scans another text: that text's
    /// words may take its place (a story's stages read their words before the next story is scanned).
    /// </summary>
    public static IReadOnlyList<Word> Scan(string text, TextSpan span) => DocumentWords.Of(text).Slice(span);

    /// <summary>The words of a short text that is not the document being analysed (a name, a lexicon entry), in a list the caller owns.</summary>
    public static List<Word> ScanAlone(string text) => ScanUncached(text, new TextSpan(0, text.Length));

    internal static List<Word> ScanUncached(string text, TextSpan span)
    {
        // Arabic news has a word or mark every five characters or so: sized so the list seldom grows.
        var words = new List<Word>(Math.Max(4, (Math.Min(text.Length, span.End) - Math.Max(0, span.Start)) / 4));
        ScanInto(text, span, words);
        return words;
    }

    /// <summary>The longest word whose key is folded while it is read; a longer one (rare) is keyed by <see cref="MatchKey.Of"/>.</summary>
    private const int FoldedLimit = 64;

    /// <summary>
    /// The key letters of the word being read, kept per thread. Not on the stack: a method with a loop and stackalloc is
    /// compiled once with full optimisation and no profile, where this one is profiled and compiled again by it.
    /// </summary>
    [ThreadStatic] private static char[]? t_folded;

    /// <summary>
    /// The key strings of the story this thread is scanning, one per slot by a hash of their letters: a story repeats
    /// many of its words (الرئيس, قال, الاحتلال), and a repeat takes the string made for the word before it, where a
    /// string was made per word. Emptied when a story is scanned (<see cref="ForgetKeys"/>), so no key outlives its
    /// story's words here; a word of another story in its slot is replaced. Not kept across stories: a table of every
    /// story's keys kept them alive into older generations and cost the names stage more than the strings it spared.
    /// </summary>
    [ThreadStatic] private static string?[]? t_storyKeys;
    private const int StoryKeyBits = 10;

    /// <summary>
    /// The packed letters (<see cref="KeyGateMemo.Packed(ReadOnlySpan{char})"/>) of the key in the same slot of
    /// <see cref="t_storyKeys"/>, or 0 for a key that does not pack (meaningless where that slot is empty): a key that packs
    /// is found by its packed letters, one compare where its letters were hashed and then compared one by one.
    /// </summary>
    [ThreadStatic] private static ulong[]? t_storyPacked;

    /// <summary>Drops the key strings of the story scanned before: called as a new story is scanned.</summary>
    internal static void ForgetKeys()
    {
        // The packed letters are left: a slot whose key string is gone is empty, whatever packed letters it still holds.
        if (t_storyKeys is { } keys) Array.Clear(keys);
    }

    /// <summary>
    /// Appends the words of <paramref name="span"/> to <paramref name="words"/>, and when <paramref name="packedKeys"/> is
    /// given, each word's key packed six bits a letter (<see cref="KeyGateMemo.Packed(ReadOnlySpan{char})"/>, 0 for a
    /// number, a mark or a key that does not pack) to it: the key is packed once here, where it is made, and the stages'
    /// memos of first tests read it by index (<see cref="DocumentWords.PackedKeys"/>) where each packed every word again.
    /// </summary>
    internal static void ScanInto(string text, TextSpan span, List<Word> words, List<ulong>? packedKeys = null)
    {
        var folded = t_folded ??= new char[FoldedLimit];
        var storyKeys = t_storyKeys ??= new string?[1 << StoryKeyBits];
        var storyPacked = t_storyPacked ??= new ulong[1 << StoryKeyBits];
        int i = Math.Max(0, span.Start), end = Math.Min(text.Length, span.End);
        while (i < end)
        {
            char c = text[i];
            // The space between words, most characters that are no letter: passed before the tests below ask twice whether it is one.
            if (c == ' ')
            {
                i++;
                continue;
            }
            int start = i;
            // Arabic letters first, most characters of a story: none of the tests before the letter branch holds for them.
            if (IsArabicLetterOrHaraka(c) || (!IsSpace(c) && !char.IsDigit(c) && IsWordChar(c)))
            {
                // Whether every letter is its own key letter, learnt while the word is read: most words are, and their
                // key is made from the text. The others (ة, أ, harakat) are folded as they are read, as MatchKey.Of
                // folds them, so no word is read twice.
                bool plain = true;
                int length = 0;
                while (i < end)
                {
                    char w = text[i];
                    if (!IsWordCharFast(w)) break;
                    char k = MatchKey.Fold(w);
                    plain &= k == w;
                    if (k != '\0' && length < FoldedLimit) folded[length++] = k;
                    i++;
                }
                var letters = text.AsSpan(start, i - start);
                ulong packed = 0;
                string key = plain ? KeyOf(letters, storyKeys, storyPacked, out packed)
                    : i - start > FoldedLimit ? MatchKey.Of(letters)
                    : length == 0 ? "" : KeyOf(folded.AsSpan(0, length), storyKeys, storyPacked, out packed);
                // A run of nothing but tatweel or harakat (a stray ـ) folds to no letter: it is no word, and rules that
                // read a word's first or last letter may rely on every letters word having one.
                if (key.Length > 0)
                {
                    words.Add(new Word(new TextSpan(start, i), WordKind.Letters, key));
                    packedKeys?.Add(packed);
                }
            }
            else if (IsSpace(c))
            {
                i++;
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end, out double value, out int digits);
                words.Add(new Word(new TextSpan(start, i), WordKind.Number, MatchKey.Of(text.AsSpan(start, i - start)), value, digits));
                packedKeys?.Add(0);
            }
            else
            {
                i += char.IsSurrogatePair(text, i) && i + 1 < end ? 2 : 1;
                words.Add(new Word(new TextSpan(start, i), WordKind.Punctuation, PunctuationKey(text, start, i - start)));
                packedKeys?.Add(0);
            }
        }
    }

    /// <summary>
    /// Keys of two Arabic letters (في, من, عن, ان, او, ما: one word in eight of a story), by their two letters' offsets
    /// from U+0620, each made on first use and shared: indexed, not hashed, so a word of two letters costs a lookup in
    /// place of a string.
    /// </summary>
    private static readonly string?[] s_pairs = new string?[64 * 64];

    /// <summary>
    /// The key string for key letters <paramref name="key"/>: shared for two Arabic letters, else the story's
    /// (<see cref="t_storyKeys"/>) or made; <paramref name="packed"/> is its letters packed (<see cref="KeyGateMemo.Packed(ReadOnlySpan{char})"/>).
    /// </summary>
    private static string KeyOf(ReadOnlySpan<char> key, string?[] storyKeys, ulong[] storyPacked, out ulong packed)
    {
        packed = KeyGateMemo.Packed(key);
        if (key.Length == 2 && IsArabicLetterOrHaraka(key[0]) && IsArabicLetterOrHaraka(key[1]))
        {
            // A race makes the string twice at most, each equal: no lock needed.
            return s_pairs[(key[0] - '\u0620') * 64 + (key[1] - '\u0620')] ??= new string(key);
        }
        if (packed != 0)
        {
            // Most keys (nine in ten words) pack: their packed letters pick the slot and tell the key in it, with no hash
            // and no compare of letters. Only keys that pack are stored with theirs, and no two keys pack alike.
            int at = KeyGateMemo.SlotOf(packed, StoryKeyBits);
            if (storyPacked[at] == packed && storyKeys[at] is { } known) return known;
            storyPacked[at] = packed;
            return storyKeys[at] = new string(key);
        }
        uint hash = 2166136261;
        foreach (char c in key) hash = (hash ^ c) * 16777619;
        int index = (int)((hash * 0x9E3779B1u) >> (32 - StoryKeyBits));
        ref string? slot = ref storyKeys[index];
        if (slot is { } made && key.SequenceEqual(made)) return made;
        storyPacked[index] = 0;
        return slot = new string(key);
    }

    /// <summary>
    /// The string of key letters <paramref name="key"/> as the story's table of keys (<see cref="t_storyKeys"/>) holds it, or
    /// made and put there: a reading peeled off a word (رئيس of والرئيس, الرئيس of والرئيس) is mostly a key the story has
    /// already, or the same reading of the word's next occurrence, where a string was made for every reading of every word.
    /// </summary>
    internal static string StoryKeyOf(ReadOnlySpan<char> key)
    {
        var storyKeys = t_storyKeys;
        var storyPacked = t_storyPacked;
        return storyKeys is null || storyPacked is null ? new string(key) : KeyOf(key, storyKeys, storyPacked, out _);
    }

    /// <summary>Marks below U+0700 (ASCII, Latin-1, Arabic: ، . " ( ؟) as one string each, made on first use and shared.</summary>
    private static readonly string?[] s_marks = new string?[0x700];

    /// <summary>The key of a punctuation mark: the mark itself, one string for all of its occurrences when it is common.</summary>
    private static string PunctuationKey(string text, int start, int length)
    {
        char c = text[start];
        if (length != 1 || c >= s_marks.Length) return text.Substring(start, length);
        // A race makes the string twice at most, each equal: no lock needed.
        return s_marks[c] ??= c.ToString();
    }

    /// <summary>What separates words and is no word itself: white space, controls, and the invisible direction and joining marks.</summary>
    /// <remarks>ASCII is answered by range first (a space ends nearly every word): every ASCII white space is a space or a control.</remarks>
    internal static bool IsSpace(char c) =>
        c < 0x80 ? c <= ' ' || c == '\x7F' :
        char.IsWhiteSpace(c) || char.IsControl(c) || c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u061C';

    /// <summary>
    /// The words of a list in place: a rule that reads every word of a story several times reads them from an array,
    /// where each read through the list's interface was a dispatch and a copy of the word.
    /// </summary>
    internal static ReadOnlySpan<Word> AsSpan(IReadOnlyList<Word> words) => words switch
    {
        WordSlice slice => slice.AsSpan(),
        Word[] array => array,
        List<Word> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => words.ToArray(),
    };

    /// <summary>Index of the first of <paramref name="words"/> (in text order) starting at or after <paramref name="offset"/>.</summary>
    public static int FirstAtOrAfter(ReadOnlySpan<Word> words, int offset)
    {
        int lo = 0, hi = words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// Index of the word that holds <paramref name="offset"/>: the one starting there, else the one it falls inside (a
    /// name's span that starts after its word's clitic: لحزب الامة, لجامعة الدول العربية).
    /// </summary>
    public static int Holding(ReadOnlySpan<Word> words, int offset)
    {
        int i = FirstAtOrAfter(words, offset);
        return i > 0 && words[i - 1].End > offset ? i - 1 : i;
    }

    /// <inheritdoc cref="Holding(ReadOnlySpan{Word}, int)"/>
    public static int Holding(IReadOnlyList<Word> words, int offset) => Holding(AsSpan(words), offset);

    /// <inheritdoc cref="FirstAtOrAfter(ReadOnlySpan{Word}, int)"/>
    /// <remarks>Searched in place (<see cref="AsSpan"/>): a story's words, a slice of them, an array or a list.</remarks>
    public static int FirstAtOrAfter(IReadOnlyList<Word> words, int offset) => FirstAtOrAfter(AsSpan(words), offset);

    /// <summary>ؠ to ي, tatweel and the harakat (U+0620–U+065F): every one a letter, tatweel or haraka, so a word character.</summary>
    private static bool IsArabicLetterOrHaraka(char c) => (uint)(c - '\u0620') <= '\u065F' - '\u0620';

    private static bool IsWordCharFast(char c) => IsArabicLetterOrHaraka(c) || IsWordChar(c);

    /// <summary>
    /// A letter, tatweel, zero-width non-joiner, haraka or other non-spacing mark. ASCII is answered by range first:
    /// the space after nearly every word came here, and the Unicode category lookup cost more than the rest of the word.
    /// </summary>
    public static bool IsWordChar(char c) =>
        c < 0x80 ? char.IsAsciiLetter(c) :
        char.IsLetter(c) || c == Tatweel || c == ZeroWidthNonJoiner || MatchKey.IsHaraka(c) ||
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static int ScanNumber(string text, int i, int end, out double value, out int digits)
    {
        // Groups of digits joined by separators; the separators decide decimal vs thousands.
        long integer = 0;
        string fraction = "";
        bool inFraction = false;
        digits = 0;
        while (i < end)
        {
            char c = text[i];
            if (char.IsDigit(c))
            {
                int d = (int)char.GetNumericValue(c);
                if (inFraction) fraction += (char)('0' + d);
                else { integer = integer * 10 + d; digits++; }
                i++;
                continue;
            }
            bool nextIsDigit = i + 1 < end && char.IsDigit(text[i + 1]);
            if (!nextIsDigit || inFraction) break;
            if (c is '.' or ArabicDecimalSeparator)
            {
                inFraction = true;
                i++;
            }
            else if (c is ',' or ArabicThousandsSeparator)
            {
                int run = 0;
                while (i + 1 + run < end && char.IsDigit(text[i + 1 + run])) run++;
                bool thousands = c == ArabicThousandsSeparator || run == 3;
                if (!thousands) inFraction = true;
                i++;
            }
            else
            {
                break;
            }
        }
        value = integer + (fraction.Length > 0 ? double.Parse("0." + fraction, CultureInfo.InvariantCulture) : 0);
        return i;
    }
}
