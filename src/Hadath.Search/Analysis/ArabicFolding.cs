using System.Buffers;

namespace Hadath.Search.Analysis;

/// <summary>
/// Folds a word to the form search compares: hamza-carrying alefs to bare alef, alef maksura to ya, ta marbuta
/// to ha, Persian kaf/ya to Arabic, Arabic-Indic digits to ASCII, Latin to lower case; harakat, tatweel and
/// format marks are dropped. A view for matching only: stored text and offsets are never changed.
/// </summary>
public static class ArabicFolding
{
    private const char AlefWithMaddaAbove = '\u0622';
    private const char AlefWithHamzaAbove = '\u0623';
    private const char AlefWithHamzaBelow = '\u0625';
    private const char AlefWasla = '\u0671';
    private const char Alef = '\u0627';
    private const char AlefMaksura = '\u0649';
    private const char FarsiYeh = '\u06CC';
    private const char Yeh = '\u064A';
    private const char TehMarbuta = '\u0629';
    private const char Heh = '\u0647';
    private const char KeheH = '\u06A9';
    private const char Kaf = '\u0643';
    private const char Tatweel = '\u0640';

    /// <summary>Fathatan … sukun, superscript alef, Quranic marks, zero-width and bidi controls: dropped.</summary>
    private static readonly SearchValues<char> Dropped = SearchValues.Create(
        "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0670"
        + "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061A\u06D6\u06D7\u06D8\u06D9\u06DA\u06DB\u06DC"
        + Tatweel + "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u00AD\uFEFF");

    public static string Fold(ReadOnlySpan<char> word)
    {
        // A lam-alef ligature unfolds to two letters: at most twice as long.
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length * 2] : new char[word.Length * 2];
        int length = Fold(word, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Writes the folded form of <paramref name="word"/> into <paramref name="output"/> (at least twice its length) and returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> output)
    {
        int n = 0;
        foreach (char c in word)
        {
            if (Dropped.Contains(c)) continue;
            if (PresentationForms.BaseOf(c) is { } letters)
            {
                foreach (char letter in letters) output[n++] = FoldChar(letter);
                continue;
            }
            output[n++] = FoldChar(c);
        }
        return n;
    }

    public static char FoldChar(char c) => c switch
    {
        AlefWithMaddaAbove or AlefWithHamzaAbove or AlefWithHamzaBelow or AlefWasla => Alef,
        AlefMaksura or FarsiYeh => Yeh,
        TehMarbuta => Heh,
        KeheH => Kaf,
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ when c > '\u007F' && c < '\u0600' => char.ToLowerInvariant(c),
        _ => c,
    };
}
