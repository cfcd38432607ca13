using Hadath.Extraction.Text;

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

    private static int Shape(ReadOnlySpan<char> key) => ReadingPrefilter.Shape(key, ShapeBits);
}
