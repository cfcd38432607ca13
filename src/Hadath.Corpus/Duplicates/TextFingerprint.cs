using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Hadath.Search.Analysis;

namespace Hadath.Corpus.Duplicates;

/// <summary>
/// Identity and similarity of story texts. Both work on the normalized words (folded letters and digits, no
/// punctuation or spacing), so the same story re-typeset, re-spaced or with and without harakat is one story.
/// </summary>
public static class TextFingerprint
{
    public const int ShingleWords = 3;

    /// <summary>Folded words of <paramref name="text"/>: runs of letters and digits.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>(text.Length / 5);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            int start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsMark(text[i]))) i++;
            if (i > start)
            {
                var word = ArabicFolding.Fold(text.AsSpan(start, i - start));
                if (word.Length > 0) words.Add(word);
            }
        }
        return words;
    }

    /// <summary>SHA-256 (hex) of the normalized words: the identity of a document that carries no id.</summary>
    public static string Hash(IReadOnlyList<string> words) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))));

    /// <summary>
    /// One 64-bit hash per overlapping shingle of <see cref="ShingleWords"/> words (FNV-1a, then SplitMix64): what
    /// both <see cref="SimHash(ReadOnlySpan{ulong})"/> and <see cref="MinHash"/> sketch, computed once per story.
    /// </summary>
    public static ulong[] ShingleHashes(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return [];
        var hashes = new ulong[Math.Max(1, words.Count - ShingleWords + 1)];
        for (int s = 0; s < hashes.Length; s++)
        {
            ulong h = 14695981039346656037UL; // FNV-1a offset basis
            for (int w = s; w < Math.Min(words.Count, s + ShingleWords); w++)
            {
                foreach (char c in words[w]) h = (h ^ c) * 1099511628211UL;
                h = (h ^ ' ') * 1099511628211UL;
            }
            hashes[s] = Mix(h);
        }
        return hashes;
    }

    /// <summary>
    /// 64-bit SimHash over overlapping word shingles: stories that share most of their shingles differ in few
    /// bits, so copies of one wire story lie within a small Hamming distance of each other.
    /// </summary>
    public static long SimHash(IReadOnlyList<string> words) => SimHash(ShingleHashes(words));

    /// <inheritdoc cref="SimHash(IReadOnlyList{string})"/>
    public static long SimHash(ReadOnlySpan<ulong> shingles)
    {
        Span<int> votes = stackalloc int[64];
        foreach (ulong h in shingles)
        {
            for (int bit = 0; bit < 64; bit++) votes[bit] += ((h >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong fingerprint = 0;
        for (int bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0) fingerprint |= 1UL << bit;
        }
        return unchecked((long)fingerprint);
    }

    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    /// <summary>The SplitMix64 finalizer: FNV alone spreads short inputs poorly over the high bits.</summary>
    internal static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsMark(char c) => c == '\u0640' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
