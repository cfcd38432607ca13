namespace Hadath.Entities.Tagging;

/// <summary>
/// Stable 64-bit hashes for feature keys (FNV-1a over UTF-16 units, then a SplitMix64 finalizer). Stable across
/// processes and machines, unlike <see cref="string.GetHashCode()"/>, because the keys are saved in the model.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text)
        {
            h = (h ^ c) * FnvPrime;
        }
        return Finalize(h ^ (ulong)text.Length);
    }

    public static ulong Combine(ulong a, ulong b) => Finalize(a * 31UL + b + 0x9E3779B97F4A7C15UL);

    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);

    /// <summary>Key of feature template <paramref name="template"/> with value <paramref name="value"/>.</summary>
    public static ulong Feature(int template, ulong value) => Combine((ulong)template * 0xBF58476D1CE4E5B9UL, value);

    private static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
