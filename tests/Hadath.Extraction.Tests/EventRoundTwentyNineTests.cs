using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round twenty-nine's event pass (the blind ev22- stories: a Syrian shelling, a Tunisian march, Jordanian refugees and an
/// Iraqi story of accusations): the correspondent words were given to is part of an accusation's aside (في تصريح لمراسل
/// سانا), whom a letter went to (في رسالة الى الامم المتحدة) is not who is condemned, and a place set off by commas
/// after the subject (، في عمان،) is passed to the object; members in construct with a group noun the tagger left out of
/// the name (ارهابيي تنظيم جبهة النصرة) carried the attack, and an assault verb done with shells (استهدفت بقذيفتين) is
/// shelling (194), told also after a reply to the fire's sources (وردت X على مصادر اطلاق القذائف بقصف).
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentyNineTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument WithPresent(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] names) =>
        Docs.WithActors(text, names.Where(n => text.Contains(n.Surface, StringComparison.Ordinal)).ToArray());

    [Theory]
    [InlineData("واتهم المحافظ سامي فريد في تصريح لمراسل سانا الحكومة التركية بتزويد المسلحين بالصواريخ")]
    [InlineData("واتهم المحافظ سامي فريد، في تصريح خاص لمندوب سانا، الحكومة التركية بتزويد المسلحين بالصواريخ")]
    // an outlet given the words directly, as before
    [InlineData("واتهم المحافظ سامي فريد في تصريح لسانا الحكومة التركية بتزويد المسلحين بالصواريخ")]
    public void test_the_correspondent_the_words_were_given_to_is_not_the_accused(string text)
    {
        var doc = WithPresent(text, ("e1", EntityType.PER, "سامي فريد", "SYRGOV"), ("e2", EntityType.ORG, "سانا", "SYRMED"),
            ("e3", EntityType.ORG, "الحكومة التركية", "TURGOV"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("ودانت وزارة الخارجية السورية في رسالتين الى الامم المتحدة ومجلس الامن الاعتداء على المدينة")]
    [InlineData("ودانت وزارة الخارجية السورية في رسالة الى الامم المتحدة الاعتداء على المدينة")]
    [InlineData("وانتقدت وزارة الخارجية السورية في رسالة وجهتها الى الامم المتحدة صمت المجتمع الدولي")]
    public void test_whom_a_letter_went_to_is_not_who_is_condemned(string text)
    {
        var doc = WithPresent(text, ("e1", EntityType.ORG, "وزارة الخارجية السورية", "SYRGOV"), ("e2", EntityType.ORG, "الامم المتحدة", "IGOUNO"),
            ("e3", EntityType.ORG, "مجلس الامن", "IGOUNO"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_a_condemnation_of_a_named_side_is_kept()
    {
        const string text = "ودانت وزارة الخارجية السورية الحكومة التركية";
        var doc = WithPresent(text, ("e1", EntityType.ORG, "وزارة الخارجية السورية", "SYRGOV"), ("e3", EntityType.ORG, "الحكومة التركية", "TURGOV"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("والتقى وزير الخارجية سامي فريد، في عمان، المفوض السامي للامم المتحدة لشؤون اللاجئين جون سميث", "040")]
    [InlineData("والتقى وزير الخارجية سامي فريد، في عمان، جون سميث", "040")]
    [InlineData("واستقبل وزير الخارجية سامي فريد، في عمان، وزير الخارجية الفرنسي جون سميث", "043")]
    public void test_a_place_set_off_by_commas_after_the_subject_is_passed_to_whom_he_met(string text, string code)
    {
        var doc = WithPresent(text, ("e1", EntityType.PER, "سامي فريد", "JORGOV"), ("e2", EntityType.LOC, "عمان", "JOR"),
            ("e3", EntityType.PER, "جون سميث", "IGOUNO"));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("قتل ثلاثة مدنيين واصيب خمسة اخرون جراء اعتداء ارهابيي تنظيم جبهة النصرة على مدينة السقيلبية")]
    [InlineData("قتل ثلاثة مدنيين في هجوم مسلحي تنظيم جبهة النصرة على مدينة السقيلبية")]
    // the group noun inside the name, as before
    [InlineData("قتل ثلاثة مدنيين واصيب خمسة اخرون جراء اعتداء ارهابيين من تنظيم جبهة النصرة على مدينة السقيلبية")]
    public void test_members_in_construct_with_a_group_noun_the_tagger_left_out_carried_the_attack(string text)
    {
        var doc = WithPresent(text, ("e1", EntityType.ORG, "جبهة النصرة", "SYRREB"), ("e2", EntityType.LOC, "السقيلبية", "SYR"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وكانت المجموعات المسلحة قد استهدفت امس بقذيفتين صاروخيتين قرية الشيخ حديد، ما ادى الى اصابة طفلين بجروح", "194")]
    [InlineData("واستهدفت المجموعات المسلحة بقذائف الهاون بلدة محردة، ما ادى الى اصابة طفلين بجروح", "194")]
    // with no shells the assault stays an assault
    [InlineData("وكانت المجموعات المسلحة قد استهدفت امس حاجزا للجيش، ما ادى الى اصابة جنديين بجروح", "180")]
    // the noun keeps 180, as the dev stories code it
    [InlineData("قتل طفلان واصيب خمسة اخرون جراء اعتداء مسلحين بالقذائف الصاروخية على حي سكني", "180")]
    public void test_an_assault_verb_done_with_shells_is_shelling(string text, string code)
    {
        var doc = Docs.WithActors(text);
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal) || x.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal(code, e.Code);
    }

    [Theory]
    [InlineData("وردت وحدات من الجيش العربي السوري على مصادر اطلاق القذائف بقصف مدفعي مركز على مواقع جبهة النصرة في البلدة")]
    [InlineData("وردت وحدات من الجيش العربي السوري على مصادر النيران بقصف مواقع جبهة النصرة في البلدة")]
    // with no fire answered, as before
    [InlineData("ورد الجيش العربي السوري بقصف مواقع جبهة النصرة في البلدة")]
    public void test_a_reply_to_the_sources_of_fire_by_shelling_is_the_replying_force_s(string text)
    {
        var doc = WithPresent(text, ("e1", EntityType.ORG, "الجيش العربي السوري", "SYRMIL"), ("e2", EntityType.ORG, "جبهة النصرة", "SYRREB"));
        var e = Assert.Single(Events(doc), x => x.Code == "194");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }
}
