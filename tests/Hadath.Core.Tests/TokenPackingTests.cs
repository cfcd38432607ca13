using Hadath.Core;
using Xunit;

namespace Hadath.Core.Tests;

/// <summary>A token keeps its span and kind in two packed ints; every span and kind must come back as given.</summary>
public sealed class TokenPackingTests
{
    [Theory]
    [InlineData(0, 0, TokenKind.Word)]
    [InlineData(0, 6, TokenKind.Mention)]
    [InlineData(17, 18, TokenKind.Punctuation)]
    [InlineData(1_000_000, 1_000_250, TokenKind.Url)]
    [InlineData(19_999_000, 20_000_000, TokenKind.Symbol)]
    [InlineData(5, 5 + (1 << 27) - 1, TokenKind.Hashtag)]
    public void Span_and_kind_come_back_as_given(int start, int end, TokenKind kind)
    {
        var token = new Token(new TextSpan(start, end), kind);
        Assert.Equal(new TextSpan(start, end), token.Span);
        Assert.Equal((start, end), (token.Start, token.End));
        Assert.Equal(kind, token.Kind);
        var (span, deconstructedKind) = token;
        Assert.Equal((new TextSpan(start, end), kind), (span, deconstructedKind));
    }

    [Fact]
    public void With_changes_only_what_it_names()
    {
        var token = new Token(new TextSpan(3, 9), TokenKind.Latin);
        Assert.Equal(new Token(new TextSpan(3, 9), TokenKind.Number), token with { Kind = TokenKind.Number });
        Assert.Equal(new Token(new TextSpan(40, 41), TokenKind.Latin), token with { Span = new TextSpan(40, 41) });
        Assert.NotEqual(token, new Token(new TextSpan(3, 10), TokenKind.Latin));
    }

    [Fact]
    public void Span_longer_than_a_token_can_hold_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(new TextSpan(0, 1 << 27), TokenKind.Word));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(new TextSpan(9, 8), TokenKind.Word));
    }
}
