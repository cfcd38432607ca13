using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A passive arrest or killing told with the verb and only a circumstance after it (اثناء عبوره, لدى وصوله, عقب نزوله,
/// الاسبوع الماضي, هي الاخرى): the circumstance is no object, so the person with the verb was taken or killed and took no
/// one. Found in a hand audit of events on the reference stories (a person named before or after an arrest verb read as
/// the one arresting). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventPassiveCircumstanceTests
{
    private static IReadOnlyList<Event> Events(string text, params (string Id, EntityType Type, string Surface)[] named) =>
        new EventStage().Process(new CountStage().Process(Docs.WithNamed(text, named))).Events;

    [Theory]
    [InlineData("واعتقل كمال بن يوسف اثناء عبوره الحدود في طريقه الى تونس", "اعتقل")]
    [InlineData("واعتقل كمال بن يوسف لدى وصوله الى مطار العاصمة", "اعتقل")]
    [InlineData("واحتجز كمال بن يوسف عقب نزوله من الطائرة", "احتجز")]
    [InlineData("واعتقل كمال بن يوسف عند نقطة تفتيش قرب الحدود", "اعتقل")]
    [InlineData("واعتقل كمال بن يوسف بينما كان يغادر الميناء", "اعتقل")]
    [InlineData("وقتلت سلمى الحداد اثناء عودتها الى منزلها", "قتلت")]
    public void test_a_person_alone_after_a_verb_with_و_and_a_circumstance_was_taken(string text, string verb)
    {
        var e = Assert.Single(Events(text, ("e1", EntityType.PER, text.Contains("سلمى", StringComparison.Ordinal) ? "سلمى الحداد" : "كمال بن يوسف")), x => text[x.Start..x.End].TrimStart('و') == verb);
        Assert.Equal("e1", e.Target?.EntityId);
        Assert.Null(e.Source);
    }

    [Theory]
    [InlineData("وقالت منظمات حقوقية ان سلمى الحداد احتجزت الاسبوع الماضي في العاصمة", "احتجزت")]
    [InlineData("وقالت منظمات حقوقية ان سلمى الحداد احتجزت هي الاخرى في العاصمة", "احتجزت")]
    [InlineData("وذكرت مصادر ان سلمى الحداد اعتقلت اثناء عودتها من الخارج", "اعتقلت")]
    [InlineData("وقال محاميها ان سلمى الحداد احتجزت لدى خروجها من منزلها", "احتجزت")]
    public void test_a_person_before_a_passive_arrest_with_a_circumstance_is_its_target(string text, string verb)
    {
        var e = Assert.Single(Events(text, ("e1", EntityType.PER, "سلمى الحداد")), x => text[x.Start..x.End] == verb);
        Assert.Equal("173", e.Code);
        Assert.Equal("e1", e.Target?.EntityId);
        Assert.Null(e.Source);
    }

    [Theory]
    // a one-word name opening with ب or و is no clitic: the person named after the verb was taken
    [InlineData("واعتقل بوجديمون اثناء عبوره من الدنمارك", "بوجديمون")]
    [InlineData("واعتقل بوزيد في مطار العاصمة", "بوزيد")]
    [InlineData("واحتجز وهبة لدى عودته من الخارج", "وهبة")]
    public void test_a_name_opening_with_a_clitic_letter_after_the_verb_was_taken(string text, string name)
    {
        var e = Assert.Single(Events(text, ("e1", EntityType.PER, name)), x => x.Code == "173");
        Assert.Equal("e1", e.Target?.EntityId);
        Assert.Null(e.Source);
    }

    [Theory]
    // an object after the name, or after the circumstance, keeps the name the one who acted
    [InlineData("واعتقلت الشرطة سلمى الحداد اثناء عودتها من الخارج", "اعتقلت")]
    [InlineData("وقالت الوزارة ان الشرطة اعتقلت الاسبوع الماضي سلمى الحداد", "اعتقلت")]
    public void test_a_force_with_its_object_past_a_circumstance_still_arrests(string text, string verb)
    {
        var e = Assert.Single(Events(text, ("e1", EntityType.PER, "سلمى الحداد")), x => text[x.Start..x.End] == verb);
        Assert.Equal("الشرطة", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("e1", e.Target?.EntityId);
    }
}
