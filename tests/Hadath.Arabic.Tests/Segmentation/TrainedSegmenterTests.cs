using Hadath.Arabic.Segmentation;
using Hadath.Core;

namespace Hadath.Arabic.Tests.Segmentation;

/// <summary>The shipped (embedded) trained segmenter on words whose PADT analysis is known.</summary>
public sealed class TrainedSegmenterTests
{
    private static CliticSegmenter Segmenter => EmbeddedSegmenter.Instance;

    [Fact]
    public void test_segmenter_embedded_model_is_the_trained_one()
    {
        Assert.True(EmbeddedSegmenter.HasTrainedModel);
        Assert.StartsWith("trained segmenter", Segmenter.Description);
    }

    [Theory]
    [InlineData("لموسكو", "ل+موسكو", "0-1 1-6")]
    [InlineData("وواشنطن", "و+واشنطن", "0-1 1-7")]
    [InlineData("بانه", "ب+أن+ه", "0-1 1-3 3-4")]
    [InlineData("وبانه", "و+ب+أن+ه", "0-1 1-2 2-4 4-5")]
    [InlineData("للاسلحة", "ل+الأسلحة", "0-1 0-7")]
    [InlineData("حياته", "حياة+ه", "0-4 4-5")]
    [InlineData("وذلك", "و+ذٰلك", "0-1 1-4")]
    [InlineData("الحكومة", "الحكومة", "0-7")]
    [InlineData("كتاب", "كتاب", "0-4")]
    public void test_segmenter_forms_and_spans(string token, string forms, string spans)
    {
        var segments = Segmenter.Segment(token, new TextSpan(0, token.Length));
        Assert.Equal(forms, string.Join('+', segments.Select(s => s.Form)));
        Assert.Equal(spans, string.Join(' ', segments.Select(s => $"{s.Start}-{s.End}")));
    }

    [Fact]
    public void test_segmenter_spans_are_offsets_into_the_document()
    {
        const string text = "في لموسكو";
        var segments = Segmenter.Segment(text.AsSpan(3), new TextSpan(3, 9));
        Assert.Equal([new TextSpan(3, 4), new TextSpan(4, 9)], segments.Select(s => s.Span));
        Assert.Equal("موسكو", text[segments[1].Start..segments[1].End]);
    }

    [Fact]
    public void test_segmenter_roles_follow_the_clitic_order()
    {
        var roles = Segmenter.Analyze("وبانه").Pieces.Select(p => p.Role);
        Assert.Equal([SegmentRole.Proclitic, SegmentRole.Proclitic, SegmentRole.Stem, SegmentRole.Enclitic], roles);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("Reuters")]
    [InlineData("،")]
    [InlineData("ـ")]
    public void test_segmenter_leaves_non_words_whole(string token)
    {
        var analysis = Segmenter.Analyze(token);
        var piece = Assert.Single(analysis.Pieces);
        Assert.Equal(token, piece.Form);
        Assert.Equal((0, token.Length), (piece.Start, piece.End));
    }

    [Fact]
    public void test_segmenter_maps_pieces_back_onto_marked_letters()
    {
        const string token = "بِالحكومةِ";
        var segments = Segmenter.Segment(token, new TextSpan(0, token.Length));
        Assert.Equal(["ب", "الحكومة"], segments.Select(s => s.Form));
        Assert.Equal("بِ", token[segments[0].Start..segments[0].End]);
        Assert.Equal("الحكومةِ", token[segments[1].Start..segments[1].End]);
    }

    [Theory]
    [InlineData("كِتَابٌ")]
    [InlineData("الحكـومة")]
    public void test_segmenter_unsplit_marked_word_keeps_its_spelling(string token)
    {
        var piece = Assert.Single(Segmenter.Analyze(token).Pieces);
        Assert.Equal(token, piece.Form);
        Assert.Equal((0, token.Length), (piece.Start, piece.End));
    }

    [Fact]
    public void test_segmenter_unseen_name_with_preposition_splits()
    {
        // A word the treebank never saw: the ranker decides from the corpus counts of the stem.
        var analysis = Segmenter.Analyze("لموسكو");
        Assert.Equal(["ل", "موسكو"], analysis.Forms);
    }

    [Fact]
    public void test_segmenter_render_surface_pieces()
    {
        Assert.Equal("و+ب+ان+ه", Segmenter.Analyze("وبانه").Render("وبانه"));
        Assert.Equal("و+ب+أن+ه", Segmenter.Analyze("وبانه").Render());
    }
}
