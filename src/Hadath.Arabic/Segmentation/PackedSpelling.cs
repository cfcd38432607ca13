using System.Runtime.CompilerServices;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// A spelling packed into two words, for the open-addressing tables the segmenter reads by span (<see cref="WordCache{TValue}"/>,
/// <see cref="SpellingIndex"/>): two packed spellings are equal exactly when the spellings are, unless the packing is
/// partial, so a table slot holding one recognises the spelling without reading its key string. A spelling of up to
/// <see cref="MaxCompactLength"/> letters all from one 256-letter block (Arabic U+06xx, or Latin-1, digits and ASCII
/// punctuation) packs whole, a byte a letter, which covers nearly every token of news text; any other keeps its first
/// <see cref="WideLetters"/> letters, 16 bits each, and its length, and is complete only when no longer than that.
/// </summary>
internal static class PackedSpelling
{
    public const int MaxCompactLength = 15;
    public const int WideLetters = 7;

    private const ulong CompactFlag = 1UL << 63;
    /// <summary>Set in the Tail of a compact packing whose letters lie in the Arabic block.</summary>
    public const ulong ArabicBlockFlag = 1UL << 60;

    /// <summary>
    /// Packs <paramref name="word"/>; <paramref name="complete"/> says whether the two words hold all of it. Tail is
    /// never 0 (the length sits in its top bits; the empty spelling is the compact one of length 0), so a table may
    /// mark empty slots with 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (ulong Head, ulong Tail) Pack(ReadOnlySpan<char> word, out bool complete)
    {
        if (word.Length == 0)
        {
            complete = true;
            return (0, CompactFlag);
        }
        if (word.Length <= MaxCompactLength)
        {
            int block = word[0] >> 8;
            if (block is 0x06 or 0x00)
            {
                ulong head = 0, tail = 0;
                int i = 0;
                for (; i < word.Length; i++)
                {
                    char c = word[i];
                    if (c >> 8 != block) break;
                    if (i < 8) head |= (ulong)(byte)c << (8 * i);
                    else tail |= (ulong)(byte)c << (8 * (i - 8));
                }
                if (i == word.Length)
                {
                    complete = true;
                    return (head, tail | CompactFlag | (block == 0x06 ? ArabicBlockFlag : 0) | ((ulong)word.Length << 56));
                }
            }
        }
        complete = word.Length <= WideLetters;
        return PackWide(word);
    }

    private static (ulong Head, ulong Tail) PackWide(ReadOnlySpan<char> word)
    {
        // The length is capped below the compact flag, so that no wide packing equals a compact one.
        ulong head = 0, tail = (ulong)Math.Min(word.Length, 0x7FFF) << 48;
        int headEnd = Math.Min(word.Length, 4), tailEnd = Math.Min(word.Length, WideLetters);
        for (int i = 0; i < headEnd; i++) head |= (ulong)word[i] << (16 * i);
        for (int i = 4; i < tailEnd; i++) tail |= (ulong)word[i] << (16 * (i - 4));
        return (head, tail);
    }

    /// <summary>Whether a packing (its Tail) holds the whole spelling, as <see cref="Pack"/> said when it made it.</summary>
    public static bool IsComplete(ulong tail) => (tail & CompactFlag) != 0 || (int)(tail >> 48) <= WideLetters;

    /// <summary>A hash of the whole spelling: the packed words, then, when the packing is partial, the letters past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(ulong seed, ulong head, ulong tail, bool complete, ReadOnlySpan<char> word)
    {
        ulong h = (seed ^ head) * 0x9E3779B97F4A7C15UL;
        h = (h ^ (h >> 29) ^ tail) * 0xBF58476D1CE4E5B9UL;
        if (!complete)
        {
            for (int i = WideLetters; i < word.Length; i++) h = (h ^ word[i]) * 0x100000001B3UL;
        }
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return (int)h & int.MaxValue;
    }
}
