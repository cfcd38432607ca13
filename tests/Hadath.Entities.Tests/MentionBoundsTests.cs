using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Entities.Stage;

namespace Hadath.Entities.Tests;

public sealed class MentionBoundsTests
{
    private static readonly MentionBounds Bounds = new(ShippedModel.Instance.Lexicon);

    [Theory]
    [InlineData("لموسكو", "موسكو")]
    [InlineData("وواشنطن", "واشنطن")]
    [InlineData("والعراق", "العراق")]
    [InlineData("بالعراق", "العراق")]
    [InlineData("وبغداد", "بغداد")]
    [InlineData("واشنطن", "واشنطن")]
    [InlineData("لبنان", "لبنان")]
    [InlineData("بغداد", "بغداد")]
    [InlineData("فرنسا", "فرنسا")]
    [InlineData("للرئيس", "للرئيس")]
    [InlineData("كيري", "كيري")]
    [InlineData("وكيري", "كيري")]
    [InlineData("لكيري", "كيري")]
    [InlineData("وليد", "وليد")]
    public void Unsegmented_token_loses_only_its_attached_clitics(string word, string expected)
    {
        string text = "قال " + word;
        var token = new Token(new TextSpan(4, text.Length), TokenKind.Word);
        var span = Bounds.Strip(text, token);
        Assert.Equal(expected, text[span.Start..span.End]);
        Assert.Equal(text.Length, span.End);
    }

    [Fact]
    public void Segmented_token_starts_after_its_one_letter_proclitics_but_keeps_the_article()
    {
        const string text = "وبالعراق";
        var token = new Token(new TextSpan(0, 8), TokenKind.Word)
        {
            Segments = ImmutableArray.Create(
                new Segment(new TextSpan(0, 1), "و", SegmentRole.Proclitic),
                new Segment(new TextSpan(1, 2), "ب", SegmentRole.Proclitic),
                new Segment(new TextSpan(2, 4), "ال", SegmentRole.Proclitic),
                new Segment(new TextSpan(4, 8), "عراق", SegmentRole.Stem)),
        };
        Assert.Equal(new TextSpan(2, 8), Bounds.Strip(text, token));
    }
}
