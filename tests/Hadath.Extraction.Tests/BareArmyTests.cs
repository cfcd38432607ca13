using Hadath.Core;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A bare الجيش is the story's army when the story names exactly one army by a nationality, also behind a clitic where
/// no mention can be (حاجز للجيش اللبناني). Stories written for these tests, none from a story or a data set.
/// </summary>
public sealed class BareArmyTests
{
    private static AnalyzedDocument Run(AnalyzedDocument doc) => new NameRecoveryStage().Process(doc);

    [Fact]
    public void test_a_bare_army_after_one_named_behind_a_clitic_is_a_mention()
    {
        var text = "تعرض حاجز للجيش اللبناني لاطلاق نار. وطوقت وحدات من الجيش المنطقة، ثم دهمت قوة من الجيش منزلا.";
        var doc = Run(Docs.Tokenized(text));
        var army = Assert.Single(doc.Entities, e => e.Type == EntityType.ORG);
        Assert.Equal(new[] { "الجيش", "الجيش" }, army.Mentions.Select(m => text[m.Start..m.End]));
        Assert.Equal(text.IndexOf("الجيش المنطقة", StringComparison.Ordinal), army.Mentions[0].Start);
    }

    [Fact]
    public void test_a_bare_army_joins_the_army_named_in_full()
    {
        var text = "وقال الجيش العراقي في بيان ان قواته صدت الهجوم. واضاف ان الجيش سيطر على القرية.";
        var doc = Run(Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي")));
        var army = Assert.Single(doc.Entities, e => e.Type == EntityType.ORG);
        Assert.Equal(new[] { "الجيش العراقي", "الجيش" }, army.Mentions.Select(m => text[m.Start..m.End]));
    }

    [Theory]
    // two armies named: whose is the bare one?
    [InlineData("وقصف الجيش التركي قرى كردية، فيما رد الجيش السوري. وقال مصدر ان الجيش استقدم تعزيزات.")]
    // none named
    [InlineData("وقال مصدر ان الجيش استقدم تعزيزات الى المنطقة.")]
    // a name of its own after الجيش, no bare army
    [InlineData("وقال الجيش العراقي ان الجيش الحر انسحب من المنطقة.")]
    public void test_no_bare_army_without_exactly_one_army_named(string text)
    {
        var doc = Run(Docs.Tokenized(text));
        Assert.DoesNotContain(doc.Entities.SelectMany(e => e.Mentions), m => text[m.Start..m.End] == "الجيش");
    }
}
