namespace Hadath.Extraction.Text;

/// <summary>
/// A stage's first tests per word key (sixteen bits), kept from story to story by one thread: stories share most of their words
/// (في, الرئيس, وقال) and repeat them, so a key's tests are made once and then read. A slot holds the last key hashed
/// to it, as its letters packed six bits each (<see cref="Packed"/>); any other key is tested each time it comes. Holding
/// no strings, the table gives the collector nothing to trace and keeps no story's words alive.
/// </summary>
/// <remarks>
/// Measured in the names stage: over 500 BBC stories (210,000 words) the tests were made for about 75,000 keys with this
/// table, where slots kept for one story made them for 150,000.
/// </remarks>
internal sealed class KeyGateMemo
{
    /// <summary>8,192 slots of 16 bytes (128 KB).</summary>
    private const int SlotBits = 13;

    private const int MaxPackedLetters = 10;
    private const char ArabicBeforeHamza = '\u0620';

    private readonly (ulong Key, ushort Gates)[] _slots = new (ulong, ushort)[1 << SlotBits];
    private readonly Func<string, ushort> _gatesOf;

    /// <param name="gatesOf">The tests of a key: a function of the key alone, the same every time it is asked.</param>
    public KeyGateMemo(Func<string, ushort> gatesOf) => _gatesOf = gatesOf;

    /// <summary>A table per thread for a stage whose tests are <paramref name="gatesOf"/>.</summary>
    public static ThreadLocal<KeyGateMemo> PerThread(Func<string, ushort> gatesOf) => new(() => new KeyGateMemo(gatesOf));

    /// <summary>The tests of <paramref name="key"/>, as <c>gatesOf</c> gives them.</summary>
    public ushort Of(string key) => Of(key, Packed(key));

    /// <summary>
    /// The tests of <paramref name="key"/>, whose letters packed are <paramref name="packed"/> (<see cref="Packed(ReadOnlySpan{char})"/>
    /// of it, as <see cref="DocumentWords.PackedKeys"/> holds them): the key's letters are not read again.
    /// </summary>
    public ushort Of(string key, ulong packed)
    {
        if (packed == 0) return _gatesOf(key);
        ref var slot = ref _slots[SlotOf(packed, SlotBits)];
        if (slot.Key != packed) slot = (packed, _gatesOf(key));
        return slot.Gates;
    }

    /// <summary>
    /// The slot of a key packed as <see cref="Packed(ReadOnlySpan{char})"/> in a table of 2^<paramref name="bits"/> slots:
    /// the high bits of its product with the golden ratio, so keys that differ in their last letters spread. Every table
    /// keyed by packed letters (this memo, the scanner's story keys, the organisation finder's name keys) slots them so.
    /// </summary>
    internal static int SlotOf(ulong packed, int bits) => (int)(packed * 0x9E3779B97F4A7C15UL >> (64 - bits));

    /// <summary>
    /// A key of one to ten Arabic letters (U+0621 to U+065F) packed six bits a letter, or 0 for any other key (one word in
    /// four hundred). No letter packs to 0, so two keys pack alike only when they are the same.
    /// </summary>
    internal static ulong Packed(ReadOnlySpan<char> key)
    {
        if (key.Length > MaxPackedLetters) return 0;
        ulong packed = 0;
        foreach (char c in key)
        {
            uint code = (uint)c - ArabicBeforeHamza;
            if (code - 1 >= 63) return 0;
            packed = packed << 6 | code;
        }
        return packed;
    }
}
