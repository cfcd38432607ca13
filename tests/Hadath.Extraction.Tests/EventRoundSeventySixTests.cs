using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy-six's event pass (the blind ev69- stories: a terror cell taken in Tetouan and Fez and the king's
/// Mauritanian guest, rockets on Ain al-Asad, a convoy ambushed near Djibo and the curfew after it). A curfew named with
/// its indefinite noun (حظر تجول, حظر تجوال ليلي) is a curfew as حظر التجول is: the imposing verb before it is 1723.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSeventySixTests
{
    [Theory]
    // an indefinite curfew after an imposing verb, masculine or feminine
    [InlineData("وفرضت السلطات العسكرية حظر تجول ليليا في البلدة اعتبارا من مساء اليوم", "فرضت")]
    [InlineData("وفرض قائد المنطقة حظر تجوال شاملا في المدينة بعد الهجوم", "فرض")]
    [InlineData("فرضوا حظر تجول على سكان القرية طوال ثلاثة ايام", "فرضوا")]
    public void test_an_indefinite_curfew_is_imposed(string text, string trigger)
    {
        var e = Assert.Single(Docs.Events(text), e => e.Code == "1723");
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End].TrimStart('و'));
    }

    [Fact]
    public void test_the_curfew_s_imposer_is_its_source()
    {
        const string text = "وفرض الجيش الوطني حظر تجول ليليا في المدينة";
        var e = Assert.Single(Docs.Events(text, ("e1", EntityType.ORG, "الجيش الوطني", "MIL")), e => e.Code == "1723");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // guard: an embargo or a travel ban after the imposing verb is no curfew
    [InlineData("وفرضت الحكومة حظرا على استيراد السيارات المستعملة")]
    [InlineData("وفرضت السلطات حظر سفر على عشرة مسؤولين سابقين")]
    public void test_a_ban_that_is_no_curfew_is_no_1723(string text)
    {
        Assert.DoesNotContain(Docs.Events(text), e => e.Code == "1723");
    }
}
