namespace Hadath.Extraction.Text;

/// <summary>
/// The last two letters of every key of a lexicon, a bit per pair: a word whose key (or whose key less a final ه)
/// ends with no such pair is no key, and neither is any form of it with clitics cut from its front, so a stage can
/// pass it without peeling it or hashing it. Most words of a story are in no small lexicon.
/// </summary>
public sealed class KeyEnds
{
    private readonly ulong[] _bits = new ulong[(1 << 16) / 64];

    /// <summary>Keys shorter than two letters are left out: a caller lets words of one letter through itself.</summary>
    public KeyEnds(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length < 2) continue;
            int pair = Pair(key[^2], key[^1]);
            _bits[pair >> 6] |= 1UL << (pair & 63);
        }
    }

    /// <summary>False when no key of two letters or more ends as <paramref name="word"/> does.</summary>
    public bool MayEnd(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        int pair = Pair(word[^2], word[^1]);
        return (_bits[pair >> 6] & (1UL << (pair & 63))) != 0;
    }

    // Arabic letters differ in their low byte; letters of other scripts may share a bit, which only lets a word through.
    private static int Pair(char before, char last) => ((before & 0xFF) << 8) | (last & 0xFF);
}
