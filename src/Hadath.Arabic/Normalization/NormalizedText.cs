using Hadath.Core;

namespace Hadath.Arabic.Normalization;

/// <summary>
/// A normalized view of an original text: <see cref="Text"/> plus, for every normalized character, the original
/// span it came from. The original is never changed; a match found in <see cref="Text"/> maps back to an exact
/// original span with <see cref="ToOriginal(TextSpan)"/>. One original character can yield several normalized
/// ones (ﻻ → لا, both map to the ligature), several can yield one (CR LF → LF), and removed characters
/// (tatweel, harakat) map to nothing but stay inside any span that covers their neighbours.
/// </summary>
public sealed class NormalizedText
{
    // Both arrays may be longer than Text (the normalizer's working buffers); only the first Text.Length entries count.
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal NormalizedText(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Original { get; }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The original span the normalized character at <paramref name="index"/> came from.</summary>
    public TextSpan OriginalSpanOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Text.Length, nameof(index));
        return new(_starts[index], _ends[index]);
    }

    /// <summary>The original span covering normalized <c>[start, end)</c>; an empty span maps to an empty span.</summary>
    public TextSpan ToOriginal(TextSpan normalized)
    {
        if ((uint)normalized.Start > (uint)Text.Length || normalized.End < normalized.Start || normalized.End > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(normalized), $"{normalized} is outside the normalized text of length {Text.Length}");
        }
        if (normalized.IsEmpty)
        {
            int at = PositionOf(normalized.Start);
            return new TextSpan(at, at);
        }
        return new TextSpan(_starts[normalized.Start], _ends[normalized.End - 1]);
    }

    public TextSpan ToOriginal(int start, int end) => ToOriginal(new TextSpan(start, end));

    /// <summary>The normalized index of the first character at or after original offset <paramref name="originalOffset"/>.</summary>
    public int ToNormalized(int originalOffset)
    {
        int lo = 0, hi = Text.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_ends[mid] <= originalOffset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private int PositionOf(int normalizedIndex) =>
        normalizedIndex < Text.Length ? _starts[normalizedIndex]
        : normalizedIndex > 0 ? _ends[normalizedIndex - 1] : 0;
}
