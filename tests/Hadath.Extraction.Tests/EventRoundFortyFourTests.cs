using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round forty-four's event pass (the blind ev37- stories: Algiers cutting ties with Rabat, an Israeli strike on Damascus
/// airport, a Saudi–Iranian agreement in Beijing). Ties cut told with their owner's pronoun (قطعت الجزائر علاقاتها) reduce
/// relations as علاقات does; an airspace closed to a state (اغلقت الجزائر مجالها الجوي) is a sanction; a slash joining a
/// month's two names (في تموز/يوليو الماضي) ends no object window. Sentences written for these tests, none from a story or
/// a data set.
/// </summary>
public sealed class EventRoundFortyFourTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] States =
    [
        ("e1", EntityType.LOC, "الجزائر", "DZA"), ("e2", EntityType.LOC, "المغرب", "MAR"), ("e3", EntityType.LOC, "الرباط", "MAR"),
    ];

    [Theory]
    [InlineData("قطعت الجزائر علاقاتها الدبلوماسية مع المغرب", "قطعت")]
    [InlineData("وقطعت الجزائر امس علاقاتها مع المغرب", "قطعت")]
    [InlineData("قطع المغرب علاقاته الدبلوماسية مع الجزائر", "قطع")]
    [InlineData("وكانت الجزائر قد قطعت العلاقات مع المغرب", "قطعت")]
    public void test_ties_cut_with_their_owners_pronoun_reduce_relations(string text, string trigger)
    {
        var e = Assert.Single(Events(Named(text, States)));
        Assert.Equal("161", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.NotNull(e.Source?.EntityId);
        Assert.NotNull(e.Target?.EntityId);
        Assert.NotEqual(e.Source!.EntityId, e.Target!.EntityId);
    }

    [Theory]
    // ties that stay or a road cut are no reduced relations
    [InlineData("وقطع المحتجون الطريق الرئيسية بالحجارة")]
    [InlineData("ويعود تاريخ العلاقات بين الجزائر والمغرب الى قرون")]
    public void test_no_ties_cut_where_none_were(string text)
    {
        Assert.DoesNotContain(Events(Named(text, States)), e => e.Code == "161");
    }

    [Theory]
    [InlineData("واغلقت الجزائر مجالها الجوي امام الطائرات المغربية", "اغلقت")]
    [InlineData("اغلقت الجزائر المجال الجوي امام كل الطائرات المغربية", "اغلقت")]
    [InlineData("واغلق المغرب مجاله الجوي امام الطائرات الجزائرية", "اغلق")]
    public void test_an_airspace_closed_is_a_sanction(string text, string trigger)
    {
        var e = Assert.Single(Events(Named(text, States)));
        Assert.Equal("163", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.NotNull(e.Source?.EntityId);
    }

    [Theory]
    // a road or a shop closed is no airspace
    [InlineData("واغلق المحتجون الطريق الرابط بين المدينتين")]
    [InlineData("واغلقت المحلات التجارية ابوابها في الجزائر")]
    public void test_no_sanction_where_no_airspace_was_closed(string text)
    {
        Assert.DoesNotContain(Events(Named(text, States)), e => e.Code == "163");
    }

    [Theory]
    [InlineData("واستدعت الجزائر في تموز/يوليو الماضي سفيرها لدى الرباط للتشاور", "e3")]
    [InlineData("وكانت الجزائر قد استدعت في آب/اغسطس الماضي سفيرها لدى المغرب", "e2")]
    [InlineData("واستدعت الجزائر في كانون الثاني/يناير سفيرها لدى الرباط", "e3")]
    public void test_a_months_two_names_end_no_object_window(string text, string target)
    {
        var e = Assert.Single(Events(Named(text, States)));
        Assert.Equal("161", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a slash between figures (a ratio) still ends the window
    [InlineData("واستدعت الجزائر 3/4 سفيرها")]
    public void test_a_slash_between_figures_still_ends_the_window(string text)
    {
        Assert.DoesNotContain(Events(Named(text, States)), e => e.Code == "161");
    }

    [Theory]
    // a verbal noun after a decider whose name is followed by a day, between commas or not
    [InlineData("قررت الجزائر، اليوم الثلاثاء، قطع علاقاتها الدبلوماسية مع المغرب", "161", "e2")]
    [InlineData("وقررت الجزائر اليوم قطع علاقاتها مع المغرب", "161", "e2")]
    [InlineData("واعلنت الجزائر، امس الاحد، طرد دبلوماسيين اثنين من سفارة المغرب", "161", "e2")]
    public void test_a_day_after_the_deciders_name_leaves_the_decided_act_his(string text, string code, string target)
    {
        var e = Assert.Single(Events(Named(text, States)));
        Assert.Equal(code, e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a decision only named, never taken by anyone named before a day
    [InlineData("ويأتي قرار قطع العلاقات بعد اشهر من التوتر")]
    public void test_a_decision_only_named_is_no_act_of_a_day(string text)
    {
        Assert.DoesNotContain(Events(Named(text, States)), e => e.Source?.EntityId == "e1");
    }
}
