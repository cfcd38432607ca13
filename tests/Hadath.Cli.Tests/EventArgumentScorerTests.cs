using Hadath.Cli.Commands;
using Hadath.Core;
using static Hadath.Cli.Commands.EventArgumentScorer;

namespace Hadath.Cli.Tests;

public sealed class EventArgumentScorerTests
{
    // Hand-made: "Gunmen attacked a police checkpoint in the city yesterday and killed two policemen."
    private const string Text = "هاجم مسلحون نقطة للشرطة في المدينة امس وقتلوا شرطيين اثنين.";

    private static TextSpan At(string surface)
    {
        int at = Text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(at >= 0, surface);
        return new TextSpan(at, at + surface.Length);
    }

    private static Annotation Annotator(string[] source, string[] target, string? sourceCountry = null, string? sourceRole = null, string? targetRole = null) =>
        new(["هاجم"], source, target, sourceCountry, sourceRole, null, targetRole);

    private static Annotation Nobody() => new([], [], []);

    private static Side SideAt(string surface, string? code = null) => new([At(surface)], code);

    [Fact]
    public void test_scorer_counts_a_side_right_when_our_span_overlaps_a_gold_token()
    {
        var scorer = new EventArgumentScorer();
        var gold = new[] { Annotator(["مسلحون"], ["نقطة", "للشرطة"]), Annotator(["مسلحون"], ["نقطة"]) };
        var outcome = scorer.Score(Text, gold, [new Predicted(SideAt("هاجم مسلحون"), SideAt("للشرطة"))]);
        Assert.Equal((1, 0, 0), (scorer.Found.Tp, scorer.Found.Fp, scorer.Found.Fn));
        Assert.Equal((1, 0, 0), (scorer.Source.Tp, scorer.Source.Fp, scorer.Source.Fn));
        Assert.Equal((1, 0, 0), (scorer.Target.Tp, scorer.Target.Fp, scorer.Target.Fn));
        Assert.True(outcome.SourceRight);
    }

    [Fact]
    public void test_scorer_counts_a_wrong_side_as_both_false_and_missed()
    {
        var scorer = new EventArgumentScorer();
        var gold = new[] { Annotator(["مسلحون"], ["نقطة"]), Annotator(["مسلحون"], ["نقطة"]) };
        scorer.Score(Text, gold, [new Predicted(SideAt("المدينة"), null)]);
        Assert.Equal((0, 1, 1), (scorer.Source.Tp, scorer.Source.Fp, scorer.Source.Fn));
        Assert.Equal((0, 0, 1), (scorer.Target.Tp, scorer.Target.Fp, scorer.Target.Fn));
    }

    [Fact]
    public void test_scorer_matches_gold_tokens_as_whole_words_only()
    {
        // شرطيين is no occurrence of the gold token للشرطة, nor is الشرطة inside للشرطة one of شرطة.
        Assert.Equal([At("للشرطة")], EventArgumentScorer.Occurrences(Text, "للشرطة"));
        Assert.Empty(EventArgumentScorer.Occurrences(Text, "شرطة"));
    }

    [Fact]
    public void test_scorer_needs_half_the_annotators_who_marked_a_verb_for_a_side()
    {
        var scorer = new EventArgumentScorer();
        // One annotator of three gives a target: the gold has none, so the target we give is false.
        var gold = new[] { Annotator(["مسلحون"], ["نقطة"]), Annotator(["مسلحون"], []), Annotator(["مسلحون"], []) };
        scorer.Score(Text, gold, [new Predicted(SideAt("مسلحون"), SideAt("نقطة"))]);
        Assert.Equal((0, 1, 0), (scorer.Target.Tp, scorer.Target.Fp, scorer.Target.Fn));
    }

    [Fact]
    public void test_scorer_finds_no_gold_event_when_most_annotators_marked_no_verb()
    {
        var scorer = new EventArgumentScorer();
        scorer.Score(Text, [Annotator(["مسلحون"], []), Nobody(), Nobody()], [new Predicted(SideAt("مسلحون"), null)]);
        Assert.Equal((0, 1, 0), (scorer.Found.Tp, scorer.Found.Fp, scorer.Found.Fn));
        Assert.Equal(0, scorer.Source.Tp + scorer.Source.Fp + scorer.Source.Fn);
    }

    [Fact]
    public void test_scorer_pairs_the_gold_event_with_our_event_that_matches_it_best()
    {
        var scorer = new EventArgumentScorer();
        var gold = new[] { Annotator(["مسلحون"], ["شرطيين"]), Annotator(["مسلحون"], ["شرطيين"]) };
        scorer.Score(Text, gold, [new Predicted(null, SideAt("المدينة")), new Predicted(SideAt("مسلحون"), SideAt("شرطيين"))]);
        Assert.Equal((1, 0, 0), (scorer.Found.Tp, scorer.Found.Fp, scorer.Found.Fn));
        Assert.Equal(2, scorer.Source.Tp + scorer.Target.Tp);
        Assert.Equal(0, scorer.Source.Fp + scorer.Target.Fp);
    }

    [Fact]
    public void test_scorer_judges_country_and_role_only_on_a_right_side_where_the_gold_gives_them()
    {
        var scorer = new EventArgumentScorer();
        var gold = new[]
        {
            Annotator(["مسلحون"], ["للشرطة"], "IRQ", "UAF", "COP"),
            Annotator(["مسلحون"], ["للشرطة"], "None", "UAF", "None"),
        };
        // The source's country and role agree (IRQUAF); the target is right but its code gives the military, not the police.
        scorer.Score(Text, gold, [new Predicted(SideAt("مسلحون", "IRQUAF"), SideAt("للشرطة", "IRQMIL"))]);
        Assert.Equal((1, 0, 0), (scorer.Country.Tp, scorer.Country.Fp, scorer.Country.Fn));
        Assert.Equal((1, 1, 1), (scorer.Role.Tp, scorer.Role.Fp, scorer.Role.Fn));
    }

    [Fact]
    public void test_scorer_takes_a_code_of_a_wrong_side_as_missed_not_agreeing()
    {
        var scorer = new EventArgumentScorer();
        var gold = new[] { Annotator(["مسلحون"], [], "IRQ", "UAF"), Annotator(["مسلحون"], [], "IRQ", "UAF") };
        scorer.Score(Text, gold, [new Predicted(SideAt("المدينة", "IRQUAF"), null)]);
        Assert.Equal((0, 0, 1), (scorer.Country.Tp, scorer.Country.Fp, scorer.Country.Fn));
        Assert.Equal((0, 0, 1), (scorer.Role.Tp, scorer.Role.Fp, scorer.Role.Fn));
    }

    [Fact]
    public void test_scorer_counts_a_gold_event_we_miss()
    {
        var scorer = new EventArgumentScorer();
        scorer.Score(Text, [Annotator(["مسلحون"], []), Annotator(["مسلحون"], [])], []);
        Assert.Equal((0, 0, 1), (scorer.Found.Tp, scorer.Found.Fp, scorer.Found.Fn));
        Assert.Equal(0, scorer.Source.Fn);
    }
}
