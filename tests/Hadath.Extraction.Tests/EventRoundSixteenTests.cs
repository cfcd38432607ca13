using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixteen: the country of an event's sides. A force's post or patrol struck (دورية للشرطة) is that force's, of
/// the country the story happens in as any unnamed force is; a place given by its direction from a town (شرق الموصل)
/// says where the act happened as في الموصل does. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixteenTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وفي الفلوجة هاجم مسلحون ملثمون مخفرا تابعا للشرطة", "180", "مخفرا تابعا للشرطة", "IRQCOP")]
    [InlineData("وانفجرت عبوة ناسفة لدى مرور دورية للجيش في مدينة الفلوجة", "183", "دورية للجيش", "IRQMIL")]
    public void test_a_force_s_post_struck_takes_the_country_of_the_sentence_s_places(string text, string code, string struck, string actor)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "الفلوجة", "IRQ"));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal(struck, Docs.ArgumentWords(text, e.Target));
        Assert.Equal(actor, e.Target?.Actor);
    }

    [Fact]
    public void test_a_force_s_post_struck_keeps_the_nationality_written_after_the_force()
    {
        const string text = "وهاجم مسلحون مجهولون قافلة للجيش الامريكي في مدينة الفلوجة";
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "الفلوجة", "IRQ"));
        var e = Assert.Single(Events(doc), x => x.Code == "180");
        Assert.Equal("USAMIL", e.Target?.Actor);
    }

    [Theory]
    [InlineData("واعتقلت قوات الامن خمسة اشخاص شرق الموصل")]
    [InlineData("واعتقلت قوات الامن خمسة اشخاص في قرية تقع جنوب غرب الموصل")]
    public void test_a_town_given_by_its_direction_gives_unnamed_actors_its_country(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "الموصل", "IRQ"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("قوات الامن", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("IRQCOP", e.Source?.Actor);
    }

    [Fact]
    public void test_the_north_atlantic_of_the_alliance_is_no_place_of_the_act()
    {
        const string text = "واعتقلت قوات الامن خمسة اشخاص بعد هجوم على قافلة لحلف شمال الاطلسي";
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "الاطلسي", "USA"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("COP", e.Source?.Actor);
    }

    [Theory]
    [InlineData("واغتال مسلحون مجهولون الطبيب سالم الحداد في مدينة الموصل", "18")]
    [InlineData("واعتقلت قوات الامن الناشط سالم الحداد في مدينة الموصل", "17")]
    public void test_a_person_without_a_code_who_suffers_force_takes_the_country_of_the_sentence_s_places(string text, string code)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "سالم الحداد", null), ("e2", EntityType.LOC, "الموصل", "IRQ"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith(code, StringComparison.Ordinal));
        Assert.Equal("e1", e.Target?.EntityId);
        Assert.Equal("IRQ", e.Target?.Actor);
    }

    [Fact]
    public void test_a_person_without_a_code_met_somewhere_takes_no_country()
    {
        const string text = "والتقى المحافظ سالم الحداد في مدينة الموصل";
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "سالم الحداد", null), ("e2", EntityType.LOC, "الموصل", "IRQ"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Source?.Actor);
    }

    [Theory]
    [InlineData("وكان مسلحون مجهولون قد فتحوا النار على دورية للشرطة", "190", "مسلحون مجهولون", "دورية للشرطة")]
    [InlineData("وكانت قوات الامن قد اعتقلت خمسة اشخاص", "173", "قوات الامن", "خمسة اشخاص")]
    public void test_an_unnamed_subject_before_qad_did_the_act(string text, string code, string source, string target)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code == code);
        Assert.Equal(source, Docs.ArgumentWords(text, e.Source));
        Assert.Equal(target, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("واعتقلت قوات الامن خمسة اشخاص في العاصمة السودانية الخرطوم")]
    [InlineData("واعتقلت قوات الامن امس خمسة اشخاص في المدينة الساحلية الخرطوم")]
    [InlineData("واعتقلت قوات الامن خمسة اشخاص بالعاصمة السودانية الخرطوم")]
    public void test_a_place_noun_and_its_adjective_before_a_name_say_where_it_happened(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "الخرطوم", "SDN"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("قوات الامن", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("SDNCOP", e.Source?.Actor);
        Assert.Equal("e1", e.PlaceId);
    }
}
