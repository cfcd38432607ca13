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
        // The bits EndBit and FrontBit give the joined key, read off its two parts.
        char last = key.Length == 0 ? clitic : key[^1];
        _ends |= 1UL << (((key.Length + 1) * 7 + last) & 63);
        _fronts |= key.Length == 0 ? 1UL : 1UL << ((clitic * 5 + (key.Length == 1 ? clitic : key[^2])) & 63);
    }

    /// <summary>False when <paramref name="key"/> is surely none of the keys added.</summary>
    public readonly bool MayHold(string key) => (_ends & EndBit(key)) != 0 && (_fronts & FrontBit(key)) != 0;

    private static ulong EndBit(string key) => key.Length == 0 ? 1UL : 1UL << ((key.Length * 7 + key[^1]) & 63);

    private static ulong FrontBit(string key) => key.Length < 2 ? 1UL : 1UL << ((key[0] * 5 + key[^2]) & 63);
}
