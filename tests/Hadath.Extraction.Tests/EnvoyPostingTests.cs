using Hadath.Core;
using Hadath.Extraction.Actors;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A country after الى or في in a title is where its holder is posted, not his own: the UN's envoys take the body's code
/// (IGOUNO), a state's envoy his state's, and a role with no country of its own is held where the title says. Sentences
/// written for these tests, none from a story or a data set.
/// </summary>
public sealed class EnvoyPostingTests
{
    private static string? Code(string text, string person, params (string Surface, EntityType Type)[] others) => Docs.PersonActor(text, person, others);

    [Theory]
    [InlineData("وقال المبعوث الخاص للامين العام للامم المتحدة الى اليمن هانس غروندبرغ ان الهدنة صامدة.", "هانس غروندبرغ", "اليمن")]
    [InlineData("وقال الممثل الخاص للامين العام للامم المتحدة في العراق محمد الحسان ان الوضع مستقر.", "محمد الحسان", "العراق")]
    public void test_the_uns_envoy_to_a_country_is_the_uns(string text, string person, string country)
    {
        Assert.Equal("IGOUNO", Code(text, person, ("للامم المتحدة", EntityType.ORG), (country, EntityType.LOC)));
    }

    [Fact]
    public void test_a_states_envoy_to_a_country_is_the_states() =>
        Assert.Equal("USAGOV", Code("وقال المبعوث الامريكي الى سوريا جيمس جيفري ان الهدنة صامدة.", "جيمس جيفري", ("سوريا", EntityType.LOC)));

    [Fact]
    public void test_a_states_envoy_to_the_un_is_not_the_uns() =>
        Assert.NotEqual("IGOUNO", Code("وقالت مندوبة الولايات المتحدة لدى الامم المتحدة نيكي هيلي ان بلادها سترد.", "نيكي هيلي",
            ("الولايات المتحدة", EntityType.LOC), ("الامم المتحدة", EntityType.ORG)));

    [Fact]
    public void test_a_role_with_no_country_is_held_where_the_title_says() =>
        Assert.Equal("AUSOPP", Code("وقال زعيم الحزب المعارض في استراليا بيتر داتون ان الحكومة فشلت.", "بيتر داتون", ("استراليا", EntityType.LOC)));

    [Fact]
    public void test_the_uns_envoy_named_in_construct_is_the_uns() =>
        Assert.Equal("IGOUNO", Code("وقال مبعوث الامم المتحدة الى ليبيا غسان سلامة ان الهدنة صامدة.", "غسان سلامة",
            ("الامم المتحدة", EntityType.ORG), ("ليبيا", EntityType.LOC)));

    [Theory]
    // a state's government named by a country the dictionary files as a name, or of two words: the country's GOV
    [InlineData("وانتقدت حكومة بريطانيا القرار.", "حكومة بريطانيا", "GBRGOV")]
    [InlineData("وانتقدت حكومة كوريا الشمالية القرار.", "حكومة كوريا الشمالية", "PRKGOV")]
    [InlineData("وانتقدت حكومة المملكة المتحدة القرار.", "حكومة المملكة المتحدة", "GBRGOV")]
    public void test_a_government_named_by_its_country_is_the_countrys(string text, string body, string code)
    {
        var doc = new ActorStage().Process(Docs.Tokenized(text, "2024-05-01").WithEntity("e1", EntityType.ORG, body, body));
        Assert.Equal(code, doc.Entities.Single().Actor);
    }
}
