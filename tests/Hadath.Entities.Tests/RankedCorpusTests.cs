using Hadath.Entities.Training;

namespace Hadath.Entities.Tests;

public sealed class RankedCorpusTests
{
    [Fact]
    public void Forms_are_folded_numbered_by_first_sight_and_ranked_by_count_then_first_sight()
    {
        // أحمد and احمد fold to one form, غزة to غزه; قال is seen 3 times, احمد 2, في 2 (after احمد), غزة once.
        var corpus = RankedCorpus.Build([["قال", "أحمد", "في"], ["قال", "احمد", "في", "غزة"], ["قال"]]);

        Assert.Equal(["قال", "احمد", "في", "غزه"], corpus.Ids.OrderBy(p => p.Value).Select(p => p.Key));
        Assert.Equal([3, 2, 2, 1], corpus.Counts);
        Assert.Equal([[0, 1, 2], [0, 1, 2, 3], [0]], corpus.Sentences);
        Assert.Equal([0, 1, 2, 3], corpus.ByFrequency);
        Assert.Equal(1, corpus.Vocabulary(most: 10, minCount: 3));
        Assert.Equal(3, corpus.Vocabulary(most: 3, minCount: 1));

        var (ranked, counts) = corpus.ByRank(vocabulary: 2);
        Assert.Equal([[0, 1, 2], [0, 1, 2, 3], [0]], ranked);
        Assert.Equal([3L, 2L], counts);
    }

    [Fact]
    public void A_later_but_more_frequent_form_outranks_an_earlier_one()
    {
        var corpus = RankedCorpus.Build([["بيروت", "دمشق", "دمشق"]]);

        Assert.Equal([1, 0], corpus.ByFrequency);
        Assert.Equal([1, 0], corpus.Rank);
        var (ranked, counts) = corpus.ByRank(vocabulary: 1);
        Assert.Equal([[1, 0, 0]], ranked);
        Assert.Equal([2L], counts);
    }
}
