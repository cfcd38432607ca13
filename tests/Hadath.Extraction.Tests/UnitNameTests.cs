using Hadath.Core;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>A place told with its administrative unit shows the unit's noun in its span (<see cref="UnitNameStage"/>).</summary>
public sealed class UnitNameTests
{
    private static string[] Shown(string text, string place)
    {
        var doc = new UnitNameStage().Process(Docs.Tokenized(text).WithEntity("e1", EntityType.LOC, place, place));
        return doc.Entities.SelectMany(e => e.Mentions.Select(m => $"{e.Type} {text[m.Start..m.End]}")).ToArray();
    }

    [Theory]
    [InlineData("وقتل خمسة في محافظة نينوى امس", "نينوى", "LOC محافظة نينوى")]
    [InlineData("وتقع البلدة في قضاء سنجار غربي الموصل", "سنجار", "LOC قضاء سنجار")]
    [InlineData("واحتج العاطلون في ولاية القصرين", "القصرين", "LOC ولاية القصرين")]
    [InlineData("وهاجم مسلحون ناحية بعشيقة", "بعشيقة", "LOC ناحية بعشيقة")]
    [InlineData("وزار الوزير اقليم كردستان", "كردستان", "LOC اقليم كردستان")]
    [InlineData("وانفجرت عبوة بمحافظة ديالى", "ديالى", "LOC محافظة ديالى")]      // the clitic stays out of the span
    [InlineData("ووصل الى محافظه البصرة", "البصرة", "LOC محافظه البصرة")]       // written with ه
    public void test_a_place_told_with_its_unit_shows_the_units_noun(string text, string place, string expected)
    {
        Assert.Equal(new[] { expected }, Shown(text, place));
    }

    [Theory]
    [InlineData("وقتل خمسة في مدينة الموصل امس", "الموصل", "LOC الموصل")]      // a city is not named by its noun
    [InlineData("وقصفت الطائرات بلدة سراقب", "سراقب", "LOC سراقب")]
    [InlineData("وقال محافظ نينوى ان", "نينوى", "LOC نينوى")]                  // a governor, no unit
    [InlineData("وقالت المحافظة نينوى ان", "نينوى", "LOC نينوى")]             // with the article the noun is no part of a name
    public void test_other_nouns_before_a_place_stay_out_of_its_span(string text, string place, string expected)
    {
        Assert.Equal(new[] { expected }, Shown(text, place));
    }

    [Fact]
    public void test_the_entitys_name_stays_the_bare_name()
    {
        var doc = new UnitNameStage().Process(Docs.Tokenized("وقتل خمسة في محافظة نينوى امس").WithEntity("e1", EntityType.LOC, "نينوى", "نينوى"));
        Assert.Equal("نينوى", Assert.Single(doc.Entities).Name);
    }
}
