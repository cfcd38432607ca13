namespace Hadath.Extraction.Events;

/// <summary>
/// The verb forms of <see cref="CameoVerbTable"/>, for the question asked of every word of every sentence: is this
/// spelling (as written, or less a و/ف) one of them? A bit table of the forms' shapes (length, first three and last two
/// letters) answers most words no before any hashing; it has room for so few forms (a few thousand in 2^18 bits) that
/// nearly only a word shaped exactly as some form passes to the set itself.
/// </summary>
internal sealed class FormShapes
{
    private const int ShapeBits = 18;

    private readonly ulong[] _shapes = new ulong[(1 << ShapeBits) / 64];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _forms;

    public FormShapes(IEnumerable<string> forms)
    {
        var set = new HashSet<string>(forms, StringComparer.Ordinal);
        set.Remove("");
        _forms = set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var form in set)
        {
            int shape = Shape(form);
            _shapes[shape >> 6] |= 1UL << (shape & 63);
        }
    }

    /// <summary>Whether <paramref name="key"/> is one of the forms.</summary>
    public bool Contains(ReadOnlySpan<char> key)
    {
        if (key.Length == 0) return false;
        int shape = Shape(key);
        return (_shapes[shape >> 6] & (1UL << (shape & 63))) != 0 && _forms.Contains(key);
    }

    private static int Shape(ReadOnlySpan<char> key)
    {
        uint second = key.Length > 1 ? key[1] : 0u;
        uint third = 0, beforeLast = 0;
        if (key.Length > 2)
        {
            third = key[2];
            beforeLast = key[^2];
        }
        uint hash = (uint)key.Length * 0x9E3779B1u ^ key[0] * 0x85EBCA6Bu ^ second * 0xC2B2AE35u ^ key[^1] * 0x27D4EB2Fu
                    ^ third * 0x165667B1u ^ beforeLast * 0xD3A2646Du;
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return (int)(hash >> (32 - ShapeBits));
    }
}
