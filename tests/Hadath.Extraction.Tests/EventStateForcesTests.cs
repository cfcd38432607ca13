using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Sides of acts by and against state forces (round fifteen): the attacked party of a condemned attack is no target of the
/// condemnation; a post of a force named after لل (حاجز للجيش, نقطة تفتيش للجيش), also by the bare force the story named
/// in full before, is that force struck; a force's units with the speaker's pronoun (ان قطعاتها اعتقلت) are the speaker's;
/// a و-arrest after a raid set off by commas shares the raid's subject. Sentences written for these tests, none from a story or a data set.
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
    public void test_who_made_a_condemned_attack_is_whom_the_condemnation_targets()
    {
        // the attacker as the attack noun's genitive
        const string text = "ودان رئيس الحزب سامي نجم استهداف الجيش الوطني للمستشفيات";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "سامي نجم"), ("e2", EntityType.ORG, "الجيش الوطني"));
        var e = Assert.Single(Events(doc), x => x.Code == "111");
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_body_condemned_outright_is_the_target()
    {
        const string text = "ودان رئيس الحزب سامي نجم الجيش الوطني بسبب الاعتقالات";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "سامي نجم"), ("e2", EntityType.ORG, "الجيش الوطني"));
        var e = Assert.Single(Events(doc), x => x.Code == "111");
        Assert.Equal("e2", e.Target?.EntityId);
    }

    private const string ArmyNamed = "وقال الجيش الوطني في بيان ان ثلاثة جنود قتلوا. ";

    [Theory]
    [InlineData("وكان مسلحون شنوا هجوما على مواقع للجيش قرب البلدة")]                 // the bare force named in full before
    [InlineData("وكان مسلحون شنوا هجوما على حاجز للجيش قرب البلدة")]                  // a checkpoint
    [InlineData("وكان مسلحون شنوا هجوما على نقطة تفتيش للجيش الوطني قرب البلدة")]      // a site of two words
    [InlineData("وتعرض حاجز للجيش قرب البلدة فجر اليوم لهجوم شنه مسلحون")]            // told from the side that suffered it
    public void test_a_post_of_a_force_named_after_lil_is_that_force_struck(string sentence)
    {
        string text = ArmyNamed + sentence;
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش الوطني"))), x => x.Plover == "ASSAULT" && x.Span.Start > ArmyNamed.Length);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    // units with the speaker's pronoun are the speaker's
    [InlineData("واعلنت قيادة الشرطة الاتحادية ان قطعاتها اعتقلت خمسة متهمين بالارهاب", "قيادة الشرطة الاتحادية")]
    [InlineData("واعلنت قيادة الشرطة الاتحادية ان دورياتها اعتقلت خمسة متهمين بالارهاب", "قيادة الشرطة الاتحادية")]
    // a و-arrest after a raid set off by commas shares the raid's subject
    [InlineData("ودهمت قوة من الجيش الوطني، فجر اليوم، منزلا في البلدة، واوقفت ثلاثة مطلوبين", "الجيش الوطني")]
    [InlineData("ودهمت قوة من الجيش الوطني منزلا في البلدة، واوقفت ثلاثة مطلوبين", "الجيش الوطني")]
    public void test_the_force_that_made_an_arrest_is_read_past_its_units_and_a_raid_before_it(string text, string force)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, force))), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
    }
}
