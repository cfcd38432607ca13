using System.Collections.Immutable;
using Hadath.Core;
using Xunit;

namespace Hadath.Core.Tests;

public sealed class TokenSegmentsTests
{
    /// <summary>لموسكو: ل + موسكو, offsets relative to the token.</summary>
    private sealed class LamMoscow : ISegmentLayout
    {
        public int Placed { get; private set; }

        public ImmutableArray<Segment> Place(TextSpan token)
        {
            Placed++;
            return ImmutableArray.Create(
                new Segment(new TextSpan(token.Start, token.Start + 1), "ل", SegmentRole.Proclitic),
                new Segment(new TextSpan(token.Start + 1, token.End), "موسكو", SegmentRole.Stem));
        }
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(10, 16)]
    public void WithSegments_places_the_shared_layout_on_each_token(int start, int end)
    {
        var layout = new LamMoscow();
        var token = new Token(new TextSpan(start, end), TokenKind.Word).WithSegments(layout);

        Assert.Equal(0, layout.Placed);
        Assert.Equal([new TextSpan(start, start + 1), new TextSpan(start + 1, end)], token.Segments.Select(s => s.Span));
        Assert.Equal(["ل", "موسكو"], token.Segments.Select(s => s.Form));
        Assert.Equal(new TextSpan(start + 1, end), token.StemSpan);
        Assert.Equal(new TextSpan(start, end), token.Span);
        Assert.Equal(TokenKind.Word, token.Kind);
    }

    [Fact]
    public void Segments_set_with_an_initializer_replace_the_layout()
    {
        var token = new Token(new TextSpan(0, 6), TokenKind.Word).WithSegments(new LamMoscow());
        var whole = ImmutableArray.Create(new Segment(new TextSpan(0, 6), "لموسكو", SegmentRole.Stem));

        var replaced = token with { Segments = whole };

        Assert.Equal(whole, replaced.Segments);
        Assert.Equal(2, token.Segments.Length);
    }

    [Fact]
    public void A_token_never_segmented_has_empty_segments_and_default_stays_default()
    {
        var token = new Token(new TextSpan(0, 3), TokenKind.Word);

        Assert.True(token.Segments.IsEmpty);
        Assert.True((token with { Segments = default }).Segments.IsDefault);
    }

    [Fact]
    public void Tokens_sharing_span_kind_and_layout_are_equal()
    {
        var layout = new LamMoscow();
        var a = new Token(new TextSpan(0, 6), TokenKind.Word).WithSegments(layout);
        var b = new Token(new TextSpan(0, 6), TokenKind.Word).WithSegments(layout);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Token(new TextSpan(0, 6), TokenKind.Word).WithSegments(new LamMoscow()));
    }
}
