using System.Buffers;

namespace Hadath.Arabic.Segmentation;

/// <summary>Character classes and the letter folds segmentation compares words by.</summary>
public static class ArabicWordText
{
    public const char Alef = '\u0627';
    public const char Hamza = '\u0621';
    public const char AlefWithHamzaAbove = '\u0623';
    public const char AlefWithHamzaBelow = '\u0625';
    public const char AlefWithMadda = '\u0622';
    public const char AlefWasla = '\u0671';
    public const char WawWithHamzaAbove = '\u0624';
    public const char YehWithHamzaAbove = '\u0626';
    public const char AlefMaksura = '\u0649';
    public const char Yeh = '\u064A';
    public const char Waw = '\u0648';
    public const char Heh = '\u0647';
    public const char TehMarbuta = '\u0629';
    public const char Teh = '\u062A';
    public const char Lam = '\u0644';
    public const char Tatweel = '\u0640';
    public const char SuperscriptAlef = '\u0670';

    /// <summary>Harakat, Quranic marks, dagger alef and tatweel: carried by the text but not part of a word's spelling.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create(
        "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061A" +
        "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065A\u065B\u065C\u065D\u065E\u065F" +
        "\u0670\u0640\u06D6\u06D7\u06D8\u06D9\u06DA\u06DB\u06DC\u06DF\u06E0\u06E1\u06E2\u06E3\u06E4\u06E7\u06E8\u06EA\u06EB\u06EC\u06ED");

    public static bool IsMark(char c) => Marks.Contains(c);

    public static bool ContainsMark(ReadOnlySpan<char> word) => word.ContainsAny(Marks);

    /// <summary>Arabic letters proper (U+0621–U+064A and the extended letters used in Arabic script).</summary>
    public static bool IsArabicLetter(char c) => c is (>= '\u0621' and <= '\u064A' and not Tatweel) or (>= '\u0671' and <= '\u06D3') or '\u06D5';

    public static bool IsArabicWord(ReadOnlySpan<char> word)
    {
        bool any = false;
        foreach (var c in word)
        {
            if (IsArabicLetter(c)) any = true;
            else if (!IsMark(c)) return false;
        }
        return any;
    }

    public static string StripMarks(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        int n = 0;
        foreach (var c in word)
        {
            if (!IsMark(c)) buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    /// <summary>Folds the spelling differences a writer commonly leaves out: hamza seats, alef maksura, marks.</summary>
    public static char FoldHamza(char c) => c switch
    {
        AlefWithHamzaAbove or AlefWithHamzaBelow or AlefWithMadda or AlefWasla => Alef,
        WawWithHamzaAbove => Waw,
        YehWithHamzaAbove or AlefMaksura => Yeh,
        _ => c,
    };

    /// <summary>The fold used by the "folded" score and by lexicon spelling lookup (marks dropped, hamza seats folded).</summary>
    public static string FoldSpelling(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(buffer[..FoldSpelling(word, buffer)]);
    }

    /// <summary><see cref="FoldSpelling(ReadOnlySpan{char})"/> into <paramref name="buffer"/> (as long as the word at least); returns the length.</summary>
    public static int FoldSpelling(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = 0;
        foreach (var c in word)
        {
            if (!IsMark(c)) buffer[n++] = FoldHamza(c);
        }
        return n;
    }

    /// <summary>A looser fold that also equates ta marbuta with teh and heh, for aligning forms to the letters they came from.</summary>
    public static char FoldForAlignment(char c) => c switch
    {
        TehMarbuta => Teh,
        _ => FoldHamza(c),
    };

    public static bool SameLetters(ReadOnlySpan<char> form, ReadOnlySpan<char> surface)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < form.Length && IsMark(form[i])) i++;
            while (j < surface.Length && IsMark(surface[j])) j++;
            if (i == form.Length || j == surface.Length) return i == form.Length && j == surface.Length;
            if (FoldForAlignment(form[i]) != FoldForAlignment(surface[j])) return false;
            i++;
            j++;
        }
    }
}
