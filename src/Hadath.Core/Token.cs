using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Hadath.Core;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Latin,
    Url,
    Email,
    Hashtag,
    Mention,
    Symbol,
}

public enum SegmentRole
{
    Proclitic,
    Stem,
    Enclitic,
}

/// <summary>
/// One syntactic word of a token (و+ب+أن+ه). <see cref="Form"/> is the word as a dictionary would spell it
/// (ل+الأسلحة for للاسلحة); <see cref="Span"/> covers the letters it came from, or the whole token where the
/// letters do not concatenate back.
/// </summary>
public readonly record struct Segment(TextSpan Span, string Form, SegmentRole Role)
{
    public int Start => Span.Start;
    public int End => Span.End;
}

/// <summary>
/// The clitic segments of one spelling, offsets relative to the start of a token so spelled: one instance serves
/// every token of that spelling (a segmenter's cached analysis).
/// </summary>
public interface ISegmentLayout
{
    /// <summary>The segments placed on <paramref name="token"/>, in a new array.</summary>
    ImmutableArray<Segment> Place(TextSpan token);
}

/// <summary>A surface token: a span of the original text and its clitic segments (one segment when unsplit).</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    // A document makes every token twice (tokenizer, then segmenter), so a token is a value of three fields, 16 bytes
    // held inline in the document's array: the start, the length with the kind in its top bits, and the segments. As
    // an object it cost 32 bytes more and a reference in the array, and every stage that reads tokens followed it.
    private const int KindBits = 5;
    private const int LengthBits = 32 - KindBits;
    private const int LengthMask = (1 << LengthBits) - 1;

    private readonly int _start = Span.Start;
    private readonly int _lengthAndKind = Pack(Span, Kind);

    // The Segment[] behind Segments or, once WithSegments has run, the shared layout of this token's spelling, placed
    // on the token whenever Segments is read: a document carries hundreds of tokens and most are never asked for
    // their segments, so none is made up front. One field for both keeps a token as small as before.
    private readonly object? _segments = NoSegments;

    private static readonly Segment[] NoSegments = ImmutableCollectionsMarshal.AsArray(ImmutableArray<Segment>.Empty)!;

    private Token(TextSpan span, TokenKind kind, ISegmentLayout layout) : this(span, kind) => _segments = layout;

    public TextSpan Span
    {
        get => new(_start, _start + (_lengthAndKind & LengthMask));
        init => (_start, _lengthAndKind) = (value.Start, Pack(value, Kind));
    }

    public TokenKind Kind
    {
        get => (TokenKind)((uint)_lengthAndKind >> LengthBits);
        init => _lengthAndKind = Pack(Span, value);
    }

    public int Start => _start;
    public int End => _start + (_lengthAndKind & LengthMask);

    private static int Pack(TextSpan span, TokenKind kind)
    {
        if ((uint)span.Length > LengthMask) throw new ArgumentOutOfRangeException(nameof(span), $"a token of {span.Length:N0} characters is longer than {LengthMask:N0}");
        if ((uint)kind >= 1u << KindBits) throw new ArgumentOutOfRangeException(nameof(kind));
        return span.Length | (int)((uint)kind << LengthBits);
    }

    /// <summary>Empty until a segmentation stage has run.</summary>
    public ImmutableArray<Segment> Segments
    {
        get => _segments is ISegmentLayout layout ? layout.Place(Span) : ImmutableCollectionsMarshal.AsImmutableArray((Segment[]?)_segments);
        init => _segments = ImmutableCollectionsMarshal.AsArray(value);
    }

    /// <summary>This token with the segments <paramref name="layout"/> places on it (read back through <see cref="Segments"/>).</summary>
    public Token WithSegments(ISegmentLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new Token(Span, Kind, layout);
    }

    /// <summary>The span of the stem (the token without its clitics); the token itself when unsegmented.</summary>
    public TextSpan StemSpan
    {
        get
        {
            foreach (var segment in Segments)
            {
                if (segment.Role == SegmentRole.Stem)
                {
                    return segment.Span;
                }
            }
            return Span;
        }
    }
}

/// <summary>A sentence: a span of the original text (a value, held inline in the document's array).</summary>
public readonly record struct Sentence(TextSpan Span)
{
    public int Start => Span.Start;
    public int End => Span.End;
}
