namespace Hadath.Arabic.Normalization;

/// <summary>
/// Normalizes Arabic text as a view (<see cref="Normalize"/> keeps a map back to the original) or as a
/// dictionary key (<see cref="NormalizeKey(ReadOnlySpan{char}, Span{char})"/>, allocation-free). Like Lucene's
/// ArabicNormalizer, a pure function over characters; the rules are the data in <c>CharMap.tsv</c>.
/// Immutable and thread-safe.
/// </summary>
public sealed class ArabicNormalizer
{
    private const char CarriageReturn = '\r';
    private const char LineFeed = '\n';

    private static readonly Lazy<ArabicNormalizer> LazyView = new(() => new ArabicNormalizer(NormalizationOptions.View));
    private static readonly Lazy<ArabicNormalizer> LazyKey = new(() => new ArabicNormalizer(NormalizationOptions.Key));

    private readonly CharTable _table;

    public ArabicNormalizer(NormalizationOptions options) : this(ArabicCharMap.Embedded, options)
    {
    }

    public ArabicNormalizer(ArabicCharMap map, NormalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(map);
        if ((options & ~NormalizationOptions.Key) != 0) throw new ArgumentOutOfRangeException(nameof(options), $"unknown normalization options {options}");
        Options = options;
        _table = map.BuildTable(options);
    }

    /// <summary>The display-safe view (<see cref="NormalizationOptions.View"/>).</summary>
    public static ArabicNormalizer View => LazyView.Value;

    /// <summary>The match-key normalizer (<see cref="NormalizationOptions.Key"/>).</summary>
    public static ArabicNormalizer Key => LazyKey.Value;

    public NormalizationOptions Options { get; }

    /// <summary>The most characters one input character can become (a buffer of input length × this always suffices).</summary>
    public int MaxExpansion => _table.MaxExpansion;

    /// <summary>The normalized view of <paramref name="text"/> with its offset map.</summary>
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = text.AsSpan();
        var chars = new char[input.Length + 16];
        var starts = new int[chars.Length];
        var ends = new int[chars.Length];
        int n = 0;
        // A table lookup per character beats SearchValues here: the changed set is large and shares
        // the Arabic block with the letters, so vectorized skipping finds little to skip.
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            var replacement = _table[c];
            if (replacement is null)
            {
                if (n == chars.Length) Grow(ref chars, ref starts, ref ends, n + 1);
                chars[n] = c;
                starts[n] = i;
                ends[n] = i + 1;
                n++;
                continue;
            }
            int from = i;
            if (IsCrLf(input, i)) i++;
            if (n + replacement.Length > chars.Length) Grow(ref chars, ref starts, ref ends, n + replacement.Length);
            foreach (char r in replacement)
            {
                chars[n] = r;
                starts[n] = from;
                ends[n] = i + 1;
                n++;
            }
        }
        return new NormalizedText(text, new string(chars, 0, n), starts, ends);
    }

    /// <summary>Normalizes into <paramref name="destination"/>; false when it is too small (nothing usable written then).</summary>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int written)
    {
        int n = 0;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            var replacement = _table[c];
            if (replacement is null)
            {
                if ((uint)n >= (uint)destination.Length) return Fail(out written);
                destination[n++] = c;
                continue;
            }
            if (IsCrLf(source, i)) i++;
            if (n + replacement.Length > destination.Length) return Fail(out written);
            replacement.CopyTo(destination[n..]);
            n += replacement.Length;
        }
        written = n;
        return true;
    }

    /// <summary>Normalizes into <paramref name="destination"/> and returns the length written; throws when it is too small.</summary>
    public int Normalize(ReadOnlySpan<char> source, Span<char> destination) =>
        TryNormalize(source, destination, out int written)
            ? written
            : throw new ArgumentException($"destination of {destination.Length} chars is too small for the normalized text", nameof(destination));

    /// <summary>The <see cref="NormalizationOptions.Key"/> form of <paramref name="source"/>, for dictionary lookups; allocation-free.</summary>
    public static int NormalizeKey(ReadOnlySpan<char> source, Span<char> destination) => Key.Normalize(source, destination);

    /// <inheritdoc cref="NormalizeKey(ReadOnlySpan{char}, Span{char})"/>
    public static bool TryNormalizeKey(ReadOnlySpan<char> source, Span<char> destination, out int written) =>
        Key.TryNormalize(source, destination, out written);

    /// <summary>The key form as a string (allocates; for building dictionaries, not for the hot path).</summary>
    public static string NormalizeKey(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var buffer = new char[source.Length * Key.MaxExpansion];
        return new string(buffer, 0, NormalizeKey(source, buffer));
    }

    private bool IsCrLf(ReadOnlySpan<char> text, int i) =>
        text[i] == CarriageReturn && i + 1 < text.Length && text[i + 1] == LineFeed && _table[CarriageReturn] is not null;

    private static bool Fail(out int written)
    {
        written = 0;
        return false;
    }

    private static void Grow(ref char[] chars, ref int[] starts, ref int[] ends, int needed)
    {
        int size = Math.Max(needed, chars.Length * 2);
        Array.Resize(ref chars, size);
        Array.Resize(ref starts, size);
        Array.Resize(ref ends, size);
    }
}
