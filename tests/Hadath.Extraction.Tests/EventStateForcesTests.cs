using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Sides of acts by and against state forces (round fifteen): the attacked party of a condemned attack is no target of the
/// condemnation. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventStateForcesTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("ودان رئيس الحزب سامي نجم الهجوم على الجيش الوطني، ودعا الى دعم المؤسسة العسكرية")]
    [InlineData("ودان رئيس الحزب سامي نجم في بيان \"الاعتداء الجبان\" على الجيش الوطني")]
    [InlineData("واستنكر رئيس الحزب سامي نجم الاعتداءات المتكررة على الجيش الوطني")]
    [InlineData("وندد رئيس الحزب سامي نجم بالهجوم الذي استهدف الجيش الوطني")]
    public void test_the_force_a_condemned_attack_struck_is_not_whom_the_condemnation_targets(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "سامي نجم"), ("e2", EntityType.ORG, "الجيش الوطني"));
        var e = Assert.Single(Events(doc), x => x.Code == "111");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_a_body_condemned_outright_is_the_target()
    {
        const string text = "ودان رئيس الحزب سامي نجم الجيش الوطني بسبب الاعتقالات";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "سامي نجم"), ("e2", EntityType.ORG, "الجيش الوطني"));
        var e = Assert.Single(Events(doc), x => x.Code == "111");
        Assert.Equal("e2", e.Target?.EntityId);
    }
}
