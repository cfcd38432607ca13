using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round thirty-three's event pass (the blind ev26- stories: Gulf memoranda signed, a Sahel attack told with relative
/// clauses and an Egyptian prosecution): a memorandum of understanding signed (وقع X وY مذكرة تفاهم) is a formal
/// agreement signed (057) as an agreement (اتفاقية) is; and a verb right after a relative pronoun that agrees with it
/// (جماعة X، والتي هاجمت, تنظيم X، والذي هاجم) has the body or person named right before the pronoun as
/// its subject; an attack or a verb whose own subject follows it (الهجوم الذي استهدف, X الذي قصفت طائرات Y منزله) does
/// not. (A verb after a bare التي is still read as background and left out.) Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundThirtyThreeTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("ووقع وزير الخارجية الكويتي احمد الناصر ونظيره الكيني مونيكا جوما مذكرة تفاهم للتعاون في مجال النقل البحري", "ووقع")]
    [InlineData("ووقع وزير الخارجية الكويتي احمد الناصر ونظيره الكيني مونيكا جوما، بحضور الجانبين، مذكرة تفاهم للتعاون الامني", "ووقع")]
    [InlineData("وقع وزير الخارجية الكويتي احمد الناصر ونظيره الكيني مونيكا جوما مذكرتي تفاهم في مجالي الطاقة والنقل", "وقع")]
    [InlineData("وقع وزير الخارجية الكويتي احمد الناصر ونظيره الكيني مونيكا جوما ثلاث مذكرات تفاهم في مجالات الطاقة والنقل والصحة", "وقع")]
    public void test_a_memorandum_of_understanding_signed_is_an_agreement_signed(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "احمد الناصر", "KWTGOV"), ("e2", EntityType.PER, "مونيكا جوما", "KENGOV"));
        var e = Assert.Single(Events(doc), x => x.Code == "057");
        Assert.Equal(trigger.TrimStart('و'), text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // مذكرة اعتقال is an arrest warrant, no agreement
    [InlineData("ووقع وزير العدل الكويتي احمد الناصر مذكرة اعتقال بحق مونيكا جوما")]
    public void test_a_memorandum_that_is_no_understanding_is_no_agreement(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "احمد الناصر", "KWTGOV"), ("e2", EntityType.PER, "مونيكا جوما", "KENGOV"));
        Assert.DoesNotContain(Events(doc), x => x.Code == "057");
    }

    [Theory]
    [InlineData("وتبنت الهجوم جماعة بوكو حرام، والتي هاجمت الشهر الماضي قاعدة عسكرية في ولاية بورنو", "هاجمت")]
    [InlineData("وتبنى الهجوم تنظيم داعش، والذي هاجم الشهر الماضي قاعدة عسكرية في ولاية بورنو", "هاجم")]
    public void test_a_verb_after_a_relative_pronoun_has_the_body_named_before_it_as_subject(string text, string trigger)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, text.Contains("داعش") ? "تنظيم داعش" : "جماعة بوكو حرام"), ("e2", EntityType.LOC, "بورنو"));
        var e = Assert.Single(Events(doc), x => x.Code == "180");
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // the relative pronoun is the object here: the verb's gender does not agree with it, its subject follows it
    [InlineData("وقتل القيادي في جماعة بوكو حرام ابو مصعب الذي قصفت طائرات الجيش منزله في ولاية بورنو")]
    public void test_a_verb_that_does_not_agree_with_the_relative_pronoun_is_not_the_antecedents(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جماعة بوكو حرام"), ("e2", EntityType.PER, "ابو مصعب"), ("e3", EntityType.LOC, "بورنو"));
        Assert.DoesNotContain(Events(doc), x => x.Source?.EntityId == "e2");
    }

    [Theory]
    // a name after a preposition is what the first is told of; the pronoun may point back past it
    [InlineData("وتبنت الهجوم جماعة محلية مرتبطة بتنظيم داعش، والتي هاجمت الشهر الماضي قاعدة عسكرية في ولاية بورنو")]
    [InlineData("وتبنت الهجوم جماعة محلية تعمل مع تنظيم داعش، والتي هاجمت الشهر الماضي قاعدة عسكرية في ولاية بورنو")]
    public void test_a_name_after_a_preposition_is_not_the_antecedent(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "تنظيم داعش"), ("e2", EntityType.LOC, "بورنو"));
        Assert.DoesNotContain(Events(doc), x => x.Source?.EntityId == "e1");
    }
}
