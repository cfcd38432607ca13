using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Who did a passive act, named after على ايدي / من قبل right after the verb, and craft of a country as the subject
/// before the verb. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventPassiveAgentTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("وقال مسؤول ان سامي ناجي اغتيل على ايدي مسلحين ملثمين قرب منزله", "مسلحين ملثمين")]
    [InlineData("وقال مسؤول ان سامي ناجي اغتيل من قبل اربعة مسلحين قرب منزله", "مسلحين")]
    public void test_the_agent_after_على_ايدي_did_the_act_and_the_one_named_before_suffered_it(string text, string agent)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "سامي ناجي"));
        var e = Assert.Single(Events(doc), x => x.Plover == "ASSAULT");
        Assert.Equal(agent, Docs.ArgumentWords(text, e.Source));
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_على_ايدي_far_after_the_verb_belongs_to_another_verb()
    {
        var text = "واعتقلت الشرطة 12 شخصا يشتبه في انتمائهم الى خلية تلقت تدريبات على ايدي مسلحين اجانب";
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("الشرطة", Docs.ArgumentWords(text, e.Source));
    }

    [Theory]
    [InlineData("وقال سكان القرية ان دبابات روسية قصفت منازلهم", "دبابات روسية", "RUSMIL")]
    [InlineData("وقال شهود ان الطائرات الاسرائيلية اطلقت صاروخين على الموقع", "الطائرات الاسرائيلية", "ISRMIL")]
    public void test_craft_of_a_country_before_the_verb_are_its_subject(string text, string craft, string code)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Plover == "ASSAULT");
        Assert.Equal(craft, Docs.ArgumentWords(text, e.Source));
        Assert.Equal(code, e.Source?.Actor);
    }
}
