using System.Buffers;

namespace Hadath.Entities.Text;

/// <summary>
/// Match keys for words as the tagger sees them: spelling variants that news writers mix freely
/// (أ/إ/آ/ا, ى/ي, ة/ه, harakat, tatweel, Arabic-Indic digits) fold to one form. The text itself is never changed;
/// these forms exist only as feature values and lookup keys.
/// </summary>
public static class NameForms
{
    public const char Tatweel = '\u0640';
    public const char Alef = '\u0627';
    public const char AlefWithMaddaAbove = '\u0622';
    public const char AlefWithHamzaAbove = '\u0623';
    public const char AlefWithHamzaBelow = '\u0625';
    public const char AlefWasla = '\u0671';
    public const char AlefMaksura = '\u0649';
    public const char Yeh = '\u064A';
    public const char FarsiYeh = '\u06CC';
    public const char TehMarbuta = '\u0629';
    public const char Heh = '\u0647';
    public const char Keheh = '\u06A9';
    public const char Kaf = '\u0643';
    public const char Waw = '\u0648';
    public const char Feh = '\u0641';
    public const char Beh = '\u0628';
    public const char Lam = '\u0644';

    /// <summary>Harakat, Quranic marks and the superscript alef: dropped from match keys.</summary>
    private static readonly SearchValues<char> Diacritics = SearchValues.Create(
        "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065A\u065B\u065C\u065D\u065E\u065F\u0670\u06D6\u06D7\u06D8\u06D9\u06DA\u06DB\u06DC\u06DF\u06E0\u06E1\u06E2\u06E3\u06E4\u06E7\u06E8\u06EA\u06EB\u06EC\u06ED\u0640\u200C\u200D\u200E\u200F");

    /// <summary>Writes the folded form of <paramref name="word"/> into <paramref name="destination"/> and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        int n = 0;
        foreach (char c in word)
        {
            if (n >= destination.Length) break;
            if (Diacritics.Contains(c)) continue;
            destination[n++] = Fold(c);
        }
        return n;
    }

    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        int n = Normalize(word, buffer);
        return new string(buffer[..n]);
    }

    public static char Fold(char c) => c switch
    {
        AlefWithHamzaAbove or AlefWithHamzaBelow or AlefWithMaddaAbove or AlefWasla => Alef,
        AlefMaksura or FarsiYeh => Yeh,
        TehMarbuta => Heh,
        Keheh => Kaf,
        >= '\u0660' and <= '\u0669' => '0',
        >= '\u06F0' and <= '\u06F9' => '0',
        >= '0' and <= '9' => '0',
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c,
    };

    public static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>
    /// Length of the proclitic letters (و ف, then ب ل ك) the simple rule would strip from a folded word, keeping
    /// the determiner ال with the stem. It strips only where a real word of at least two letters remains, and
    /// for ل + ال (للرئيس) strips the first lam only.
    /// </summary>
    public static int ProcliticLength(ReadOnlySpan<char> folded)
    {
        int i = 0;
        if (i < folded.Length && folded[i] is Waw or Feh && folded.Length - i > 3) i++;
        if (i < folded.Length && folded[i] is Beh or Lam or Kaf && folded.Length - i > 3) i++;
        return i;
    }

    /// <summary>The shape class of a token: script, length band, digits, punctuation.</summary>
    public static int Shape(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return 0;
        bool arabic = false, latin = false, digit = false, other = false;
        foreach (char c in word)
        {
            if (IsArabicLetter(c)) arabic = true;
            else if (char.IsAsciiLetter(c)) latin = true;
            else if (char.IsDigit(c)) digit = true;
            else if (!Diacritics.Contains(c)) other = true;
        }
        int script = (arabic ? 1 : 0) | (latin ? 2 : 0) | (digit ? 4 : 0) | (other ? 8 : 0);
        int band = word.Length switch { 1 => 0, 2 => 1, <= 4 => 2, <= 7 => 3, _ => 4 };
        bool upper = latin && char.IsAsciiLetterUpper(word[0]);
        return script * 16 + band * 2 + (upper ? 1 : 0);
    }
}
