using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round thirty's event pass (the blind ev23- stories: a Tripoli clash and abduction, a Sudanese student protest and a
/// Somali attack): a clash noun told as breaking out by a pluperfect verb after it (وكانت اشتباكات قد اندلعت) happened,
/// as one the onset verb comes before (اندلعت اشتباكات) does; and a named side after the و of a بين clash whose first
/// side the tagger missed (بين قوة الردع الخاصة وكتيبة X) is the second side, the target, not the source. Sentences written for these tests, none from a story or a
/// data set.
/// </summary>
public sealed class EventRoundThirtyTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("وكانت اشتباكات قد اندلعت في الحي الاسبوع الماضي بين مجموعتين مسلحتين")]
    [InlineData("وكانت اشتباكات عنيفة قد اندلعت في الحي الاسبوع الماضي بين مجموعتين مسلحتين")]
    [InlineData("وكانت مواجهات قد اندلعت امس بين الشرطة والشبان في الحي")]
    [InlineData("وكانت معارك ضارية قد دارت في المدينة قبل يومين")]
    public void test_a_clash_noun_before_a_pluperfect_onset_verb_is_a_clash(string text)
    {
        Assert.Single(Events(Docs.Tokenized(text)), e => e.Code == "190");
    }

    [Theory]
    // a clash feared or called off has not broken out
    [InlineData("وكان السكان يخشون ان تندلع اشتباكات في الحي")]
    [InlineData("وكانت الوساطة قد منعت اشتباكات في الحي")]
    public void test_a_clash_noun_with_no_onset_of_its_own_is_no_clash(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), e => e.Code == "190");
    }

    [Theory]
    [InlineData("اندلعت اشتباكات بين قوة الردع الخاصة وكتيبة شهداء النواصي في منطقة عين زارة")]
    [InlineData("اندلعت اشتباكات مساء الاثنين بين قوة الردع وكتيبة شهداء النواصي جنوب المدينة")]
    public void test_a_named_side_after_the_and_of_a_between_clash_is_its_target(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "كتيبة شهداء النواصي"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Null(e.Source?.EntityId);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_named_first_side_of_a_between_clash_stays_its_source()
    {
        var doc = Docs.WithNamed("اندلعت اشتباكات بين كتيبة شهداء النواصي ومسلحين مجهولين في منطقة عين زارة", ("e1", EntityType.ORG, "كتيبة شهداء النواصي"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Equal("e1", e.Source?.EntityId);
    }
}
