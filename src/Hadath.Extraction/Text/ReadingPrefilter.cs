namespace Hadath.Extraction.Text;

/// <summary>
/// Whether a word may have a reading among a few keys, answered from its key in place, before its
/// <see cref="Proclitics"/> readings are made. A reading the finders try (no article peeled) is the word's key
/// from its first letter on, from its second after و/ف/ب/ل/ك, or from its third after و/ف then ب/ل/ك: each is looked
/// up as it stands, after a first test of its first letter and its length. Most words of a story open no
/// name: they are passed with no readings made. A yes only means the readings must be read.
/// </summary>
internal sealed class ReadingPrefilter
{
    /// <summary>The letters the tables cover: the Arabic block. A reading starting elsewhere is looked up when any key does.</summary>
    private const char FirstCovered = '\u0600';
    private const int Covered = 256;
    private const int LongestLength = 63;

    private readonly ulong[] _lengthsByFirst = new ulong[Covered];
    private readonly bool _anyUncovered;
    private readonly bool _anyEmpty;
    private readonly bool _nameKeys;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _keys;

    /// <param name="keys">The keys a reading is looked up among.</param>
    /// <param name="nameKeys">Whether a reading is looked up by its <see cref="Actors.NameKey.Word"/> key (<see cref="Actors.NameKey.WordOfKey"/>, <see cref="Actors.NameKey.WordIn"/>): article and final ه cut.</param>
    public ReadingPrefilter(IEnumerable<string> keys, bool nameKeys)
    {
        _nameKeys = nameKeys;
        var set = new HashSet<string>(keys, StringComparer.Ordinal);
        _keys = set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in set)
        {
            if (key.Length == 0) _anyEmpty = true;
            else if (key[0] - FirstCovered is >= 0 and < Covered) _lengthsByFirst[key[0] - FirstCovered] |= LengthBit(key.Length);
            else _anyUncovered = true;
        }
    }

    /// <summary>Whether a reading of the word with match key <paramref name="key"/>, no article peeled, may be one of the keys.</summary>
    public bool MayRead(string key)
    {
        if (MayBe(key)) return true;
        // Only as Proclitics peels: a conjunction or preposition first, a preposition after a conjunction.
        if (key.Length < 3 || key[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك')) return false;
        if (MayBe(key.AsSpan(1))) return true;
        return key.Length > 3 && key[0] is 'و' or 'ف' && key[1] is 'ب' or 'ل' or 'ك' && MayBe(key.AsSpan(2));
    }

    /// <summary>As <see cref="MayRead"/> for exact keys, looked up in <paramref name="keys"/> with no first test (a set made for one story).</summary>
    public static bool AnyIn(string key, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> keys)
    {
        if (keys.Contains(key)) return true;
        if (key.Length < 3 || key[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك')) return false;
        if (keys.Contains(key.AsSpan(1))) return true;
        return key.Length > 3 && key[0] is 'و' or 'ف' && key[1] is 'ب' or 'ل' or 'ك' && keys.Contains(key.AsSpan(2));
    }

    private bool MayBe(ReadOnlySpan<char> reading)
    {
        // As NameKey.WordOfKey reads a match key.
        if (_nameKeys) reading = Actors.NameKey.OfFoldedWord(reading);
        if (reading.Length == 0) return _anyEmpty;
        int first = reading[0] - FirstCovered;
        if (first is < 0 or >= Covered) return _anyUncovered && _keys.Contains(reading);
        // Only when a listed key of this length starts with this letter is the reading looked up.
        return (_lengthsByFirst[first] & LengthBit(reading.Length)) != 0 && _keys.Contains(reading);
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, LongestLength);
}
