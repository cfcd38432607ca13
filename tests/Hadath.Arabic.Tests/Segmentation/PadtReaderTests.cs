using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Segmentation.Training;

namespace Hadath.Arabic.Tests.Segmentation;

public sealed class PadtReaderTests
{
    [Fact]
    public void test_padt_reader_finds_how_many_parts_follow_a_multiword_token()
    {
        var tokens = PadtReader.ParseLine("وفي و في نيسان الماضي للاسلحة ل الأسلحة .\t_ CCONJ ADP NOUN ADJ _ ADP NOUN PUNCT", out var error)!;
        Assert.Null(error);
        Assert.Equal(["وفي", "نيسان", "الماضي", "للاسلحة", "."], tokens.Select(t => t.Surface));
        Assert.Equal(["و", "في"], tokens[0].Forms);
        Assert.Equal(["ل", "الأسلحة"], tokens[3].Forms);
    }

    [Fact]
    public void test_padt_reader_aligns_three_parts()
    {
        var tokens = PadtReader.ParseLine("وبانه و ب أن ه قال\t_ CCONJ ADP SCONJ PRON VERB", out _)!;
        Assert.Equal(["و", "ب", "أن", "ه"], tokens[0].Forms);
        Assert.Equal("قال", tokens[1].Surface);
    }

    [Fact]
    public void test_padt_reader_skips_underscore_noise()
    {
        var tokens = PadtReader.ParseLine("فاز _ على الكندية\tVERB _ ADP NOUN", out _)!;
        Assert.Equal(["فاز", "على", "الكندية"], tokens.Select(t => t.Surface));
    }

    [Fact]
    public void test_padt_reader_reports_tag_count_mismatch()
    {
        Assert.Null(PadtReader.ParseLine("a b\tX", out var error));
        Assert.Contains("tags", error);
    }

    [Theory]
    [InlineData("مما", "من ما", "0-1 1-3", "False True")]
    [InlineData("للاسلحة", "ل الأسلحة", "0-1 1-7", "True False")]
    [InlineData("حياته", "حياة ه", "0-4 4-5", "True True")]
    public void test_piece_aligner_finds_the_letters_of_each_form(string surface, string forms, string ranges, string back)
    {
        var analysis = PieceAligner.ToAnalysis(surface, forms.Split(' '));
        Assert.Equal(ranges, string.Join(' ', analysis.Pieces.Select(p => $"{p.Start}-{p.End}")));
        Assert.Equal(back, string.Join(' ', analysis.Pieces.Select(p => p.ConcatenatesBack)));
    }

    [Fact]
    public void test_scorer_counts_multiset_matches()
    {
        var scorer = new SegmentationScorer();
        scorer.Add(["و", "ب", "أن", "ه"], ["و", "ب", "ان", "ه"]);
        scorer.Add(["كتاب"], ["كتاب"]);
        Assert.Equal(4, scorer.MatchedWords);
        Assert.Equal(5, scorer.FoldedMatchedWords);
        Assert.Equal(80.0, scorer.F1, 6);
        Assert.Equal(100.0, scorer.FoldedF1, 6);
        Assert.Equal(50.0, scorer.TokenAccuracy, 6);
    }
}
