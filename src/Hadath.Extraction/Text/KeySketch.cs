namespace Hadath.Extraction.Text;

/// <summary>
/// One bit per key of a small set made for one story (a story's family names, its organisations' short forms), by its
/// length and last letter: a key whose bit is clear is none of them, and is passed without being hashed.
/// </summary>
internal struct KeySketch
{
    private ulong _bits;

    public void Add(string key) => _bits |= Bit(key);

    /// <summary>False when <paramref name="key"/> is surely none of the keys added.</summary>
    public readonly bool MayHold(string key) => (_bits & Bit(key)) != 0;

    private static ulong Bit(string key) => key.Length == 0 ? 1UL : 1UL << ((key.Length * 7 + key[^1]) & 63);
}
