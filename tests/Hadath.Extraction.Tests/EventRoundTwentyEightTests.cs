using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round twenty-eight's event pass (the blind ev21- stories: an Iraqi clash, a Moroccan sit-in, Lebanese returns and a
/// diplomatic story of calls, accusations and denials): an accusation told in the passive (وكان X قد اتهم بـ, قد اتهمت من
/// قبل Y بـ) accuses the one before it.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentyEightTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument WithPresent(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] names) =>
        Docs.WithActors(text, names.Where(n => text.Contains(n.Surface, StringComparison.Ordinal)).ToArray());

    [Theory]
    // the pluperfect with its subject before قد and the charge right after the verb, past a period
    [InlineData("وكان سامي فريد قد اتهم الشهر الماضي بالتحريض على العصيان")]
    // the charge in quotation marks, past a comma
    [InlineData("وكان سامي فريد قد اتهم، الشهر الماضي، بـ\"التحريض على العصيان\" وتوبع في حالة سراح")]
    // a name set off by commas after its title, before قد
    [InlineData("وكان رئيس فرع الجمعية، سامي فريد، قد اتهم الشهر الماضي بالتحريض على العصيان")]
    public void test_an_accusation_with_its_subject_before_it_and_no_object_accuses_the_subject(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "سامي فريد", "EGYGOV"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Null(e.Source);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وكانت انقرة قد اتهمت، الاسبوع الماضي، من قبل الرئيس الفرنسي ايمانويل ماكرون بانتهاك حظر السلاح")]
    [InlineData("وكانت انقرة قد اتهمت من قبل ايمانويل ماكرون بانتهاك حظر السلاح")]
    public void test_a_passive_accusation_is_made_by_whom_min_qibal_names(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "انقرة", "TUR"), ("e2", EntityType.PER, "ايمانويل ماكرون", "FRAGOV"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    // the active verb names whom it accuses before the charge
    [InlineData("وكان سامي فريد قد اتهم الحكومة السورية بالتقصير", "e1", "e2")]
    [InlineData("واتهم سامي فريد الحكومة السورية بالتقصير", "e1", "e2")]
    public void test_an_accusation_with_an_object_is_active(string text, string source, string? target)
    {
        var doc = WithPresent(text, ("e1", EntityType.PER, "سامي فريد", "EGYGOV"), ("e2", EntityType.ORG, "الحكومة السورية", "SYRGOV"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    private const string ClashLead = "قتل ثلاثة جنود في اشتباكات بين قوة من الجيش العراقي ومسلحين من تنظيم داعش قرب القرية. ";

    [Theory]
    // the second side of a بين clash, named after و (ومسلحين من X), is whom the armed men told again are
    [InlineData(ClashLead + "وقال مصدر امني ان المسلحين هاجموا مواقع الجيش قبل الفجر")]
    [InlineData("قتل ثلاثة جنود في اشتباكات بين قوة من الجيش العراقي ومسلحي تنظيم داعش قرب القرية. وقال مصدر امني ان المسلحين هاجموا مواقع الجيش قبل الفجر")]
    public void test_armed_men_told_again_are_the_group_named_after_wa(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"), ("e2", EntityType.ORG, "تنظيم داعش"));
        var e = Assert.Single(Events(doc), x => x.Code == "180");
        Assert.Equal("e2", e.Source?.EntityId);
    }

    [Theory]
    [InlineData(ClashLead + "وقال مصدر امني ان المسلحين تسللوا من البساتين، فاشتبك معهم الجنود لنحو ساعتين")]
    [InlineData(ClashLead + "وقال مصدر امني ان \"المسلحين تسللوا من البساتين، فاشتبك معهم الجنود لنحو ساعتين\"")]
    // the group named past its members' noun
    [InlineData(ClashLead + "وقال مصدر امني ان مسلحي تنظيم داعش تسللوا من البساتين، فاشتبك معهم الجنود لنحو ساعتين")]
    public void test_soldiers_fighting_armed_men_told_by_a_pronoun_are_the_story_s_army(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"), ("e2", EntityType.ORG, "تنظيم داعش"));
        var e = Assert.Single(Events(doc), x => x.Code == "190" && x.Start > text.IndexOf("فاشتبك", StringComparison.Ordinal) - 1);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_soldiers_of_a_story_naming_two_armies_stay_unnamed()
    {
        var text = "وتبادل الجيش العراقي والجيش التركي القصف قرب الحدود. وقال مصدر ان المسلحين تسللوا من البساتين، فاشتبك معهم الجنود لنحو ساعتين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"), ("e2", EntityType.ORG, "الجيش التركي"));
        Assert.DoesNotContain(Events(doc), x => x.Code == "190" && x.Source?.EntityId is not null);
    }

    [Theory]
    [InlineData("وفي موسكو، التقى وزير الخارجية الروسي سيرغي لافروف رئيس مجلس النواب الليبي عقيلة صالح، وبحث معه سبل التسوية", "التقى")]
    [InlineData("واستقبل وزير الخارجية الروسي سيرغي لافروف رئيس مجلس النواب الليبي عقيلة صالح في موسكو", "استقبل")]
    public void test_a_meeting_is_with_the_officer_named_after_his_body_though_the_tagger_missed_him(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "سيرغي لافروف", "RUSGOV"), ("e2", EntityType.ORG, "مجلس النواب الليبي", "LBYLEG"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
        Assert.Equal("عقيلة صالح", Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    // the body itself met, no name after it
    [InlineData("والتقى وزير الخارجية الروسي سيرغي لافروف وفدا من مجلس النواب الليبي في موسكو")]
    // a time after the body is no name
    [InlineData("والتقى وزير الخارجية الروسي سيرغي لافروف رئيس مجلس النواب الليبي امس في موسكو")]
    public void test_a_body_with_no_missed_name_after_it_stays_the_target(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "سيرغي لافروف", "RUSGOV"), ("e2", EntityType.ORG, "مجلس النواب الليبي", "LBYLEG"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واوقف الجيش اللبناني 14 سوريا حاولوا العبور خلسة، وصادر سيارتين كانتا تقلانهم", "صادر")]
    // inside a told clause whose subject stands before its first verb: a predicate of its own after the arrest
    [InlineData("وقال المسؤول ان الجيش اللبناني اوقف 14 سوريا حاولوا العبور خلسة، وصادر سيارتين كانتا تقلانهم", "صادر")]
    [InlineData("وصادر الجيش اللبناني كميات من الاسلحة في المنطقة", "صادر")]
    public void test_the_masculine_sadara_with_what_was_seized_after_it_is_a_seizure(string text, string verb)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش اللبناني", "LBNMIL"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("171", StringComparison.Ordinal));
        Assert.EndsWith(verb, text[e.Start..e.End], StringComparison.Ordinal);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وقال بيان صادر عن الجيش اللبناني ان الوضع هادئ")]
    [InlineData("ووفق قرار صادر سابقا عن الجيش اللبناني يمنع التجول")]
    public void test_the_participle_sadir_is_no_seizure(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش اللبناني", "LBNMIL"));
        Assert.DoesNotContain(Events(doc), x => x.Code.StartsWith("17", StringComparison.Ordinal));
    }
}
