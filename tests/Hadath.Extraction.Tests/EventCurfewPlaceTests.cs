using Hadath.Core;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A curfew is imposed on the place named after its own words (فرضت السلطات حظر تجول ليليا في مدينة X), not on the place
/// that tells where its imposer sits, named between the verb and the curfew (فرضت بلدية X في البقاع الاوسط، اليوم، حظر
/// تجول على النازحين: the municipality is in the Bekaa, the curfew is on the displaced), as ev18r-bekaa-curfew codes it.
/// Stories written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventCurfewPlaceTests
{
    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.ORG, "بلدية برالياس", "LBNGOV"), ("e2", EntityType.LOC, "البقاع الاوسط", "LBN"),
        ("e3", EntityType.ORG, "قيادة الشرطة", "IRQCOP"), ("e4", EntityType.LOC, "عانة", "IRQ"),
    ];

    private static IReadOnlyList<Event> Events(string text) => Docs.Events(text, Named);

    [Fact]
    public void test_a_place_told_before_the_curfew_is_where_its_imposer_sits()
    {
        const string text = "فرضت بلدية برالياس في البقاع الاوسط، اليوم الثلاثاء، حظر تجول ليليا على النازحين السوريين";
        var e = Assert.Single(Events(text), e => e.Code.StartsWith("172", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.NotEqual("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("فرضت قيادة الشرطة حظر تجول ليليا في عانة حتى اشعار آخر")]
    [InlineData("وفرضت قيادة الشرطة حظرا للتجوال في عانة")]
    public void test_a_place_after_the_curfew_is_its_target(string text)
    {
        var e = Assert.Single(Events(text), e => e.Code.StartsWith("172", StringComparison.Ordinal));
        Assert.Equal("e3", e.Source?.EntityId);
        Assert.Equal("e4", e.Target?.EntityId);
    }
}
