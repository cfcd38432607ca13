using Hadath.Core;
using Hadath.Extraction.Actors;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Which of a name's dated roles codes it on a day when several are in force: the one begun last, except that an office
/// of state outranks a party office held beside it (a president who leads his party again, as رجب طيب اردوغان from
/// 2017, is coded as his state, as GDELT codes him), while a role that followed the office (an elder after it) still wins.
/// </summary>
public sealed class ActorRoleChoiceTests
{
    private static ActorLexicon Lexicon(string rows) => new(new StringReader(rows.Replace("|", "\t")));

    [Fact]
    public void test_a_state_office_outranks_a_party_office_held_beside_it()
    {
        var lexicon = Lexicon("actor|زيد عمرو|XXXGOV|20140828|\nactor|زيد عمرو|XXXPTYELI|20170521|\n");
        Assert.Equal("XXXGOV", lexicon.Actor("زيد عمرو", new DateOnly(2018, 8, 21)));
        Assert.Equal("XXXGOV", lexicon.Actor("زيد عمرو", new DateOnly(2015, 1, 1)));
    }

    [Fact]
    public void test_a_party_office_alone_in_force_is_the_code()
    {
        var lexicon = Lexicon("actor|زيد عمرو|XXXGOV|20100101|20140101\nactor|زيد عمرو|XXXPTYELI|20170521|\n");
        Assert.Equal("XXXPTYELI", lexicon.Actor("زيد عمرو", new DateOnly(2018, 8, 21)));
    }

    [Fact]
    public void test_an_undated_state_code_of_a_body_does_not_outrank_its_party_code()
    {
        var lexicon = Lexicon("actor|حركة عمرو|XXXGOV||\nactor|حركة عمرو|XXXPTY|19590101|\n");
        Assert.Equal("XXXPTY", lexicon.Actor("حركة عمرو", new DateOnly(2018, 8, 21)));
    }

    [Fact]
    public void test_a_later_role_that_is_no_party_office_still_wins()
    {
        var lexicon = Lexicon("actor|زيد عمرو|XXXGOV|20100101|\nactor|زيد عمرو|XXXELI|20150101|\n");
        Assert.Equal("XXXELI", lexicon.Actor("زيد عمرو", new DateOnly(2018, 8, 21)));
    }

    [Theory]
    [InlineData("رجب طيب اردوغان", "2018-08-21", "TURGOV")]
    [InlineData("اردوغان", "2019-03-02", "TURGOV")]
    public void test_the_turkish_president_is_his_state_after_he_led_his_party_again(string name, string date, string code)
    {
        Assert.Equal(code, ActorLexicon.Shared.Actor(name, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
