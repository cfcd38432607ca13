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

    private static (int Tp, int Fp, int Fn) Counts(Tally tally) =>
        (tally.Score.TruePositives, tally.Score.FalsePositives, tally.Score.FalseNegatives);

    private static Side SideAt(string surface, string? code = null) => new([At(surface)], code);

    [Fact]
    public void test_scorer_counts_a_side_right_when_our_span_overlaps_a_gold_token()
    {
        var scorer = new EventArgumentScorer();
        var gold = new[] { Annotator(["مسلحون"], ["نقطة", "للشرطة"]), Annotator(["مسلحون"], ["نقطة"]) };
        var outcome = scorer.Score(Text, gold, [new Predicted(SideAt("هاجم مسلحون"), SideAt("للشرطة"))]);
        Assert.Equal((1, 0, 0), Counts(scorer.Found));
        Assert.Equal((1, 0, 0), Counts(scorer.Source));
        Assert.Equal((1, 0, 0), Counts(scorer.Target));
        Assert.True(outcome.SourceRight);
    }

    [Fact]
    public void test_scorer_counts_a_wrong_side_as_both_false_and_missed()
    {
        var scorer = new EventArgumentScorer();
        var gold = new[] { Annotator(["مسلحون"], ["نقطة"]), Annotator(["مسلحون"], ["نقطة"]) };
        scorer.Score(Text, gold, [new Predicted(SideAt("المدينة"), null)]);
        Assert.Equal((0, 1, 1), Counts(scorer.Source));
        Assert.Equal((0, 0, 1), Counts(scorer.Target));
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
        Assert.Equal((0, 1, 0), Counts(scorer.Target));
    }

    [Fact]
    public void test_scorer_finds_no_gold_event_when_most_annotators_marked_no_verb()
    {
        var scorer = new EventArgumentScorer();
        scorer.Score(Text, [Annotator(["مسلحون"], []), Nobody(), Nobody()], [new Predicted(SideAt("مسلحون"), null)]);
        Assert.Equal((0, 1, 0), Counts(scorer.Found));
        Assert.Equal((0, 0, 0), Counts(scorer.Source));
    }

    [Fact]
    public void test_scorer_pairs_the_gold_event_with_our_event_that_matches_it_best()
    {
        var scorer = new EventArgumentScorer();
        var gold = new[] { Annotator(["مسلحون"], ["شرطيين"]), Annotator(["مسلحون"], ["شرطيين"]) };
        scorer.Score(Text, gold, [new Predicted(null, SideAt("المدينة")), new Predicted(SideAt("مسلحون"), SideAt("شرطيين"))]);
        Assert.Equal((1, 0, 0), Counts(scorer.Found));
        Assert.Equal(2, scorer.Source.Score.TruePositives + scorer.Target.Score.TruePositives);
        Assert.Equal(0, scorer.Source.Score.FalsePositives + scorer.Target.Score.FalsePositives);
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
        Assert.Equal((1, 0, 0), Counts(scorer.Country));
        Assert.Equal((1, 1, 1), Counts(scorer.Role));
    }

    [Fact]
    public void test_scorer_takes_a_code_of_a_wrong_side_as_missed_not_agreeing()
    {
        var scorer = new EventArgumentScorer();
        var gold = new[] { Annotator(["مسلحون"], [], "IRQ", "UAF"), Annotator(["مسلحون"], [], "IRQ", "UAF") };
        scorer.Score(Text, gold, [new Predicted(SideAt("المدينة", "IRQUAF"), null)]);
        Assert.Equal((0, 0, 1), Counts(scorer.Country));
        Assert.Equal((0, 0, 1), Counts(scorer.Role));
    }

    [Fact]
    public void test_scorer_counts_a_gold_event_we_miss()
    {
        var scorer = new EventArgumentScorer();
        scorer.Score(Text, [Annotator(["مسلحون"], []), Annotator(["مسلحون"], [])], []);
        Assert.Equal((0, 0, 1), Counts(scorer.Found));
        Assert.Equal(0, scorer.Source.Score.FalseNegatives);
    }

    [Fact]
    public void test_scorer_adds_another_scorers_counts_as_if_it_had_scored_its_sentences()
    {
        var gold = new[] { Annotator(["مسلحون"], ["شرطيين"], "IRQ", "UAF"), Annotator(["مسلحون"], ["شرطيين"], "IRQ", "UAF") };
        var assault = new EventArgumentScorer();
        assault.Score(Text, gold, [new Predicted(SideAt("مسلحون", "IRQUAF"), SideAt("المدينة"))]);
        var protest = new EventArgumentScorer();
        protest.Score(Text, gold, []);
        var all = new EventArgumentScorer();
        all.Add(assault);
        all.Add(protest);
        Assert.Equal((1, 0, 1), Counts(all.Found));
        Assert.Equal((1, 0, 0), Counts(all.Source));
        Assert.Equal((0, 1, 1), Counts(all.Target));
        Assert.Equal((1, 0, 0), Counts(all.Country));
        Assert.Equal((1, 0, 0), Counts(all.Role));
    }

    [Fact]
    public void test_scorer_tells_what_the_gold_gave_where_our_right_side_misses_its_code()
    {
        var scorer = new EventArgumentScorer();
        var gold = new[] { Annotator(["مسلحون"], [], "IRQ", "UAF"), Annotator(["مسلحون"], [], "IRQ", "UAF") };
        var outcome = scorer.Score(Text, gold, [new Predicted(SideAt("مسلحون", "IRQ"), null)]);
        Assert.Equal("gold IRQ/UAF ours IRQ", outcome.SourceCodeMiss);
        Assert.Null(outcome.TargetCodeMiss);
    }

    [Theory]
    [InlineData("UAF", 0, 0, 1, 1, 0, 0)]         // the role alone: no country given, the role agrees
    [InlineData("CVLUAF", 0, 0, 1, 1, 0, 0)]      // every block of a role-first code is a role
    [InlineData("IRQUAF", 1, 0, 0, 1, 0, 0)]
    [InlineData("IRQ", 1, 0, 0, 0, 0, 1)]
    public void test_scorer_reads_a_code_that_opens_with_a_role_as_naming_no_country(string code, int countryTp, int countryFp, int countryFn,
        int roleTp, int roleFp, int roleFn)
    {
        var scorer = new EventArgumentScorer();
        var gold = new[] { Annotator(["مسلحون"], [], "IRQ", "UAF"), Annotator(["مسلحون"], [], "IRQ", "UAF") };
        scorer.Score(Text, gold, [new Predicted(SideAt("مسلحون", code), null)]);
        Assert.Equal((countryTp, countryFp, countryFn), Counts(scorer.Country));
        Assert.Equal((roleTp, roleFp, roleFn), Counts(scorer.Role));
    }
}
