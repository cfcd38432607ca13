using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Attackers no name marks as the source of a violent act: gunmen with an adjective that says who they are (مسلحون
/// مجهولون), suicide attackers (مهاجم انتحاري, انتحارية), and an act noun's suicide adjective that is no person (هجوم
/// انتحاري). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventUnnamedAttackerTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("وقالت الشرطة ان مسلحين مجهولين اغتالوا العقيد سامي ناجي امس", "اغتالوا", "مسلحين مجهولين")]   // SVO: not the victim after the verb
    [InlineData("واغتال مسلحون ملثمون العقيد سامي ناجي امام منزله", "اغتال", "مسلحون ملثمون")]                 // VSO
    public void test_gunmen_with_an_adjective_are_the_source_and_the_name_after_the_verb_the_target(string text, string trigger, string source)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "سامي ناجي"));
        var e = Assert.Single(Events(doc), x => text[x.Start..x.End] == trigger);
        Assert.Equal(source, Docs.ArgumentWords(text, e.Source));
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وقال مصدر ان انتحارية فجرت نفسها في السوق مما ادى الى مقتل ستة اشخاص", "انتحارية")]
    [InlineData("وقتل مهاجم انتحاري عشرة اشخاص في السوق", "مهاجم انتحاري")]
    public void test_a_suicide_attacker_is_the_source_of_the_attack_it_names(string text, string attacker)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Plover == "ASSAULT");
        Assert.Equal(attacker, Docs.ArgumentWords(text, e.Source));
    }

    [Fact]
    public void test_a_suicide_adjective_after_an_act_noun_is_no_attacker()
    {
        var text = "قتل ستة اشخاص في هجوم انتحاري استهدف السوق";
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Plover == "ASSAULT");
        Assert.Null(e.Source);
    }

    [Fact]
    public void test_staff_counted_in_an_organisation_are_that_organisation()
    {
        var text = "واختطف مسلحون مجهولون صباح الخميس ثلاثة موظفين في منظمة الاغاثة الدولية قرب المدينة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "منظمة الاغاثة الدولية"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("مسلحون مجهولون", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("e1", e.Target?.EntityId);
    }
}
