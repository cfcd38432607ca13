using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Leaders of the news since 2013 whom the actor dictionary lacks (<c>Lexicons/leaders.tsv</c>) take the code of the office
/// they held on the story's date, and the names the tagger misses (ترامب, which it reads as a verb) are found as persons
/// (<c>Lexicons/names.tsv</c>). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class NewsLeadersTests
{
    /// <summary>Names recovered with no tagger mention, then coded: "TYPE name ACTOR" for each entity.</summary>
    private static string[] Coded(string text, string date)
    {
        var doc = new ActorStage().Process(new NameRecoveryStage().Process(Docs.Tokenized(text, date)));
        return doc.Entities.Select(e => $"{e.Type} {e.Name} {e.Actor}").ToArray();
    }

    [Theory]
    [InlineData("وهاجم ترامب الديمقراطيين في تغريدة.", "2018-02-18", "PER ترامب USAGOV")]
    [InlineData("وهاجم ترامب الديمقراطيين في تغريدة.", "2023-05-02", "PER ترامب USAELI")]
    [InlineData("وهاجم ترامب الديمقراطيين في تغريدة.", "2025-03-10", "PER ترامب USAGOV")]
    [InlineData("وقال دونالد ترامب ان بلاده لن تتراجع.", "2019-06-01", "PER دونالد ترامب USAGOV")]
    [InlineData("وقال ترمب ان بلاده لن تتراجع.", "2019-06-01", "PER ترمب USAGOV")]
    [InlineData("واكد لترامب ان الاتفاق قريب.", "2019-06-01", "PER ترامب USAGOV")]
    [InlineData("وقال ماكرون ان فرنسا لن تتراجع.", "2016-01-10", "PER ماكرون FRAGOV")]   // the economy minister
    [InlineData("وقال ماكرون ان فرنسا لن تتراجع.", "2017-02-10", "PER ماكرون FRAELI")]   // the candidate
    [InlineData("واستقبل قائد السبسي الوفد في قرطاج.", "2016-04-12", "PER قائد السبسي TUNGOV")]
    public void test_a_leader_the_tagger_misses_is_a_person_with_the_code_of_the_day(string text, string date, string expected)
    {
        Assert.Contains(expected, Coded(text, date));
    }

    [Theory]
    [InlineData("وقال روحاني ان ايران لن تتراجع.", "روحاني", "2015-07-14", "IRNGOV")]
    [InlineData("وقال روحاني ان ايران لن تتراجع.", "روحاني", "2022-07-14", "IRNELI")]
    [InlineData("وقال السيسي ان مصر لن تتراجع.", "السيسي", "2013-07-14", "EGYMIL")]
    [InlineData("وقال السيسي ان مصر لن تتراجع.", "السيسي", "2016-07-14", "EGYGOV")]
    [InlineData("وقال غوتيريش ان المنظمة قلقة.", "غوتيريش", "2018-07-14", "IGOUNO")]
    [InlineData("وقال حميدتي ان قواته ستنسحب.", "حميدتي", "2023-07-14", "SDNREB")]
    [InlineData("وقال حميدتي ان قواته ستنسحب.", "حميدتي", "2020-07-14", "SDNMIL")]
    public void test_a_tagged_leader_the_dictionary_lacks_takes_the_code_of_the_day(string text, string name, string date, string code)
    {
        var doc = new ActorStage().Process(Docs.Tokenized(text, date).WithEntity("e1", EntityType.PER, name, name));
        Assert.Equal(code, doc.Entities.Single().Actor);
    }

    [Fact]
    public void test_a_name_the_dictionary_has_keeps_the_dictionarys_code()
    {
        var doc = new ActorStage().Process(Docs.Tokenized("وقال بوتين ان روسيا لن تتراجع.", "2018-03-01").WithEntity("e1", EntityType.PER, "بوتين", "بوتين"));
        Assert.Equal("RUSGOV", doc.Entities.Single().Actor);
    }

    [Theory]
    // common words that are also leaders' names are not listed alone: no person
    [InlineData("وقال ان الهدف الرئيسي للخطة هو خفض الاسعار.", "2022-01-10")]
    [InlineData("وتجري الانتخابات في ماي 2019 في موعدها.", "2018-11-01")]
    [InlineData("وقدم الشاهد روايته امام المحكمة.", "2018-11-01")]
    public void test_a_common_word_is_no_leader(string text, string date)
    {
        Assert.DoesNotContain(Coded(text, date), e => e.StartsWith("PER", StringComparison.Ordinal));
    }

    [Theory]
    // the president's family and firm are not the president
    [InlineData("والتقت إيفانكا ترامب بالموظفين في الشركة.", "PER إيفانكا ترامب ")]
    [InlineData("وقالت ميلانيا ترامب انها ستبقى في البيت الابيض.", "PER ميلانيا ترامب ")]
    [InlineData("ونفت منظمة ترامب اي علاقة بالصفقة.", "ORG منظمة ترامب USABUS")]
    public void test_the_leaders_family_is_not_the_leader(string text, string expected)
    {
        var coded = Coded(text, "2018-07-25");
        Assert.Contains(expected, coded);
        Assert.DoesNotContain(coded, e => e.EndsWith("USAGOV", StringComparison.Ordinal));
    }
}
