using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// The verb forms of <see cref="CameoVerbTable"/>, for the question asked of every word of every sentence: is this
/// spelling (as written, or less a و/ف) one of them? A bit table of the forms' shapes (<see cref="KeyShapes"/>) answers
/// most words no before any hashing; it has room for so few forms (a few thousand in 2^18 bits) that nearly only a word
/// shaped exactly as some form passes to the set itself.
/// </summary>
internal sealed class FormShapes
{
    private const int ShapeBits = 18;

    private readonly KeyShapes _shapes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _forms;

    public FormShapes(IEnumerable<string> forms)
    {
        var set = new HashSet<string>(forms, StringComparer.Ordinal);
        set.Remove("");
        _forms = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new KeyShapes(set, ShapeBits);
    }

    /// <summary>Whether <paramref name="key"/> is one of the forms (never the empty key, which the shapes let through).</summary>
    public bool Contains(ReadOnlySpan<char> key) => key.Length > 0 && _shapes.MayHold(key) && _forms.Contains(key);
}
