using System.Collections.Immutable;

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

/// <summary>A surface token: a span of the original text and its clitic segments (one segment when unsplit).</summary>
public sealed record Token(TextSpan Span, TokenKind Kind)
{
    public int Start => Span.Start;
    public int End => Span.End;

    /// <summary>Empty until a segmentation stage has run.</summary>
    public ImmutableArray<Segment> Segments { get; init; } = ImmutableArray<Segment>.Empty;

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

public sealed record Sentence(TextSpan Span)
{
    public int Start => Span.Start;
    public int End => Span.End;
}
