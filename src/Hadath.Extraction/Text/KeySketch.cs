namespace Hadath.Extraction.Text;

/// <summary>
/// Two bits per key of a small set made for one story (a story's family names, its organisations' short forms): one by
/// its length and last letter, one by its first and next-to-last letters. A key missing either bit is none of them,
/// and is passed without being hashed (with the first bit alone, about one word in seven of a story got through).
/// </summary>
internal struct KeySketch
{
    private ulong _ends;
    private ulong _fronts;

    /// <summary>The sketch of a fixed word list, made once.</summary>
    public static KeySketch Of(IEnumerable<string> keys)
    {
        var sketch = new KeySketch();
        foreach (var key in keys) sketch.Add(key);
        return sketch;
    }

    public void Add(string key)
    {
        _ends |= EndBit(key);
        _fronts |= FrontBit(key);
    }

    /// <summary>Adds the key <paramref name="clitic"/> + <paramref name="key"/> (و + a family name) without making its string.</summary>
    public void AddBehind(char clitic, string key)
    {
        // The joined key's length, last letter, first letter and letter before its last, read off its two parts.
        _ends |= EndBit(key.Length + 1, key.Length == 0 ? clitic : key[^1]);
        _fronts |= key.Length == 0 ? 1UL : FrontBit(clitic, key.Length == 1 ? clitic : key[^2]);
    }

    /// <summary>False when <paramref name="key"/> is surely none of the keys added.</summary>
    public readonly bool MayHold(string key) => (_ends & EndBit(key)) != 0 && (_fronts & FrontBit(key)) != 0;

    private static ulong EndBit(string key) => key.Length == 0 ? 1UL : EndBit(key.Length, key[^1]);

    /// <summary>The bit of a key of <paramref name="length"/> letters ending in <paramref name="last"/> (one or more letters).</summary>
    private static ulong EndBit(int length, char last) => 1UL << ((length * 7 + last) & 63);

    private static ulong FrontBit(string key) => key.Length < 2 ? 1UL : FrontBit(key[0], key[^2]);

    /// <summary>The bit of a key of two letters or more that starts with <paramref name="first"/> and has <paramref name="beforeLast"/> before its last.</summary>
    private static ulong FrontBit(char first, char beforeLast) => 1UL << ((first * 5 + beforeLast) & 63);
}
