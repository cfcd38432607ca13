namespace Hadath.Extraction.Text;

/// <summary>
/// The last three letters of every key of a lexicon (a bit per hashed triple), and the two letters of each key of
/// two: a word that ends as no key does is none, and neither is any form of it with clitics cut from its front. A
/// stricter <see cref="KeyEnds"/>: with two letters, endings as common as ين, ال or ير let a third of a story's words
/// through to the readings' lookups.
/// </summary>
public sealed class KeyTails
{
    private readonly ulong[] _triples = new ulong[(1 << 16) / 64];
    private readonly ulong[] _pairs = new ulong[(1 << 16) / 64];

    /// <summary>As <see cref="KeyEnds"/>, keys shorter than two letters are left out: a caller lets words of one letter through itself.</summary>
    public KeyTails(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length >= 3) Set(_triples, Triple(key[^3], key[^2], key[^1]));
            else if (key.Length == 2) Set(_pairs, Pair(key[^2], key[^1]));
        }
    }

    /// <summary>False when no key ends as <paramref name="word"/> does (its last three letters, or its last two for a key of two).</summary>
    public bool MayEnd(ReadOnlySpan<char> word)
    {
        if (word.Length >= 3 && Has(_triples, Triple(word[^3], word[^2], word[^1]))) return true;
        return word.Length >= 2 && Has(_pairs, Pair(word[^2], word[^1]));
    }

    private static void Set(ulong[] bits, int at) => bits[at >> 6] |= 1UL << (at & 63);

    private static bool Has(ulong[] bits, int at) => (bits[at >> 6] & (1UL << (at & 63))) != 0;

    // Letters of other scripts may share a bit, which only lets a word through.
    private static int Triple(char a, char b, char c) => (a * 961 + b * 31 + c) & 0xFFFF;

    private static int Pair(char before, char last) => ((before & 0xFF) << 8) | (last & 0xFF);
}
