using Hadath.Core;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A fight with the attackers told again (اشتبكت قوة من الجيش مع المهاجمين, اشتبكوا معهم, وقتلت خمسة منهم) is a fight with
/// whoever made the attack the story told before: its target is that attack's named source, as the story gold codes it
/// from round fifteen on (ev15-balad, ev17a-mudiyah, ev19a-tuzkhurmatu, ev48-diyala, ev50-kirkuk, ev52-hit, …). The
/// fighter's own earlier act is passed over, and with no attack by a name before, the fight keeps no target. Stories
/// written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventAttackersAnsweredTests
{
    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.ORG, "تنظيم داعش", "IMGMUSISI"), ("e2", EntityType.ORG, "الحشد الشعبي", "IRQMIL"),
        ("e3", EntityType.ORG, "الجيش العراقي", "IRQMIL"), ("e4", EntityType.LOC, "بعقوبة", "IRQ"),
    ];

    private static IReadOnlyList<Event> Events(string text) => Docs.Events(text, Named);

    private const string Attack = "قتل اربعة من عناصر الحشد الشعبي في هجوم شنه تنظيم داعش على نقطة قرب بعقوبة. ";

    [Theory]
    [InlineData(Attack + "واضاف المصدر ان قوة من الجيش العراقي اشتبكت مع المهاجمين لنحو ساعة.", "اشتبكت", "e3")]
    [InlineData(Attack + "وقال ان عناصر الحشد الشعبي اشتبكوا معهم لنحو ساعة.", "اشتبكوا", "e2")]
    [InlineData(Attack + "واضاف ان قوة من الجيش العراقي طاردت المهاجمين وقتلت خمسة منهم.", "قتلت", "e3")]
    public void test_a_fight_with_the_attackers_told_again_is_with_the_attackers(string text, string verb, string source)
    {
        var e = Assert.Single(Events(text), e => e.Code == "190" && text[e.Span.Start..e.Span.End].EndsWith(verb, StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    // no attack by a name told before: the attackers stay unnamed
    [InlineData("قتل اربعة من عناصر الحشد الشعبي في هجوم على نقطة قرب بعقوبة. واضاف المصدر ان قوة من الجيش العراقي اشتبكت مع المهاجمين لنحو ساعة.")]
    // a fight with others named after مع
    [InlineData(Attack + "واشتبكت قوة من الجيش العراقي مع عناصر الحشد الشعبي عند الحاجز.")]
    public void test_a_fight_with_no_attack_by_a_name_before_or_with_others_is_not_with_the_attackers(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Code == "190" && e.Target?.EntityId == "e1");
    }
}
