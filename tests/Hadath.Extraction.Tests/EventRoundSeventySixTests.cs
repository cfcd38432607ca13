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

/// <summary>
/// A host's palace told definite in the day's aside (، اليوم الاربعاء بالقصر الملكي بالرباط،, ، امس في القصر الجمهوري،) is
/// where the meeting was held, as بقصر and في قصر are: the guest after the closing comma is the target.
/// </summary>
public sealed class EventRoundSeventySixSeatTests
{
    [Theory]
    [InlineData("استقبل الملك عبد الله الثاني، اليوم الخميس بالقصر الملكي بعمان، رئيس الوزراء اللبناني نواف سلام", "عبد الله الثاني", "نواف سلام")]
    [InlineData("استقبل الرئيس عبد المجيد تبون، مساء امس في القصر الجمهوري، وزير الخارجية الفرنسي جان نويل بارو", "عبد المجيد تبون", "جان نويل بارو")]
    public void test_a_definite_palace_in_the_day_aside_leaves_the_guest_the_target(string text, string host, string guest)
    {
        var e = Assert.Single(Docs.Events(text, ("e1", EntityType.PER, host, "JORGOV"), ("e2", EntityType.PER, guest, "LBNGOV")), e => e.Code == "043");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_guard_a_palace_after_the_guest_stays_no_target()
    {
        const string text = "استقبل الملك عبد الله الثاني رئيس الوزراء اللبناني نواف سلام بالقصر الملكي بعمان";
        var e = Assert.Single(Docs.Events(text, ("e1", EntityType.PER, "عبد الله الثاني", "JORGOV"), ("e2", EntityType.PER, "نواف سلام", "LBNGOV")), e => e.Code == "043");
        Assert.Equal("e2", e.Target?.EntityId);
    }
}
