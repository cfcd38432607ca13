namespace Hadath.Extraction.Text;

/// <summary>
/// For a few lexicons at once (up to eight, a bit each), which of them has a key ending as a word does: its last
/// three letters, or its last two for a key of two. Every reading a <see cref="ReadingPrefilter.Group"/> tries is the
/// word's key less a clitic or two from its front, and a name key is that less an article and a final ه, so a lexicon
/// with no key ending as the word (or as the word less a final ه) has no reading of it. Most words of a story end as
/// no listed name, place or head does: one byte read here spares the shapes of their readings. The idea of
/// <see cref="KeyTails"/> (one lexicon, a bit per ending), with a byte per ending answering for each lexicon of the group in one lookup.
/// </summary>
internal sealed class GroupTails
{
    private const int TripleBits = 14;
    private const int PairBits = 12;

    private readonly byte[] _triples = new byte[1 << TripleBits];
    private readonly byte[] _pairs = new byte[1 << PairBits];

    /// <summary>Lexicons with a key shorter than two letters: no ending rules a word out of them.</summary>
    private int _anyEnding;

    /// <summary>Records that lexicon <paramref name="lexicon"/> (0 to 7) has a key ending as <paramref name="key"/> does.</summary>
    public void Add(int lexicon, ReadOnlySpan<char> key)
    {
        byte bit = (byte)(1 << lexicon);
        if (key.Length >= 3) _triples[Triple(key[^3], key[^2], key[^1])] |= bit;
        else if (key.Length == 2) _pairs[Pair(key[0], key[1])] |= bit;
        else _anyEnding |= bit;
    }

    /// <summary>
    /// Bit f set when lexicon f may have a key that <paramref name="word"/> ends with: unset, none does. Letters of
    /// other scripts and distant triples may share an entry, which only lets a word through.
    /// </summary>
    public int MayEnd(ReadOnlySpan<char> word)
    {
        int yes = _anyEnding;
        if (word.Length >= 3) yes |= _triples[Triple(word[^3], word[^2], word[^1])];
        if (word.Length >= 2) yes |= _pairs[Pair(word[^2], word[^1])];
        return yes;
    }

    private static int Triple(char a, char b, char c) => (a * 961 + b * 31 + c) & ((1 << TripleBits) - 1);

    /// <summary>The low six bits of each letter: the letters of the Arabic block from ء to ي differ in them.</summary>
    private static int Pair(char before, char last) => ((before & 0x3F) << 6) | (last & 0x3F);
}
