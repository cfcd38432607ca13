namespace Hadath.Extraction.Text;

/// <summary>
/// The shapes (<see cref="ReadingPrefilter.Shape(ReadOnlySpan{char}, int)"/>: length, first three and last two letters)
/// of a table's keys, one bit each: a key whose bit is clear is in no table, and is passed before its whole key is
/// hashed and the table probed. A yes only means the table must be asked. The empty key is always a yes.
/// </summary>
internal sealed class KeyShapes
{
    private readonly int _bits;
    private readonly ulong[] _table;

    /// <param name="bits">
    /// The table has 2^bits bits: enough that the keys leave most of them clear, few enough to stay in cache. From 6 (one
    /// 64-bit word) to 30 (128 MB, and the shape still a positive int).
    /// </param>
    public KeyShapes(IEnumerable<string> keys, int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 30);
        _bits = bits;
        _table = new ulong[(1 << bits) / 64];
        foreach (var key in keys)
        {
            if (key.Length == 0) continue;
            int shape = ReadingPrefilter.Shape(key, bits);
            _table[shape >> 6] |= 1UL << (shape & 63);
        }
    }

    /// <summary>False only when no key has the shape of <paramref name="key"/>.</summary>
    public bool MayHold(ReadOnlySpan<char> key)
    {
        if (key.Length == 0) return true;
        int shape = ReadingPrefilter.Shape(key, _bits);
        return (_table[shape >> 6] & (1UL << (shape & 63))) != 0;
    }
}
