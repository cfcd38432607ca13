using Hadath.Core;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round eighty's event pass (the blind ev73- stories: contract teachers dispersed in Rabat, a drone strike on a house near
/// Nabatieh, a Boko Haram attack near Maiduguri). A verb of calling or demanding (CAMEO 02) may carry its addressee as an
/// object pronoun (ونفت الوزارة ذلك، ودعتهم الى العودة الى الاقسام; وطالبتها بوقف دعمها): it is the call itself, made by the
/// subject told before or after it, as a meeting verb with its pronoun (واستقبله) is a meeting. The pronoun's referent stays
/// unread (pronoun targets are a known gap). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundEightyTests
{
    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.ORG, "وزارة الخارجية", "JORGOV"), ("e2", EntityType.ORG, "الاتحاد الاوروبي", "IGOEEC"),
        ("e3", EntityType.LOC, "فرنسا", "FRA"), ("e4", EntityType.PER, "سمير العلي", "JORGOV"),
    ];

    private static IReadOnlyList<Event> Events(string text) => Docs.Events(text, Named);

    [Theory]
    [InlineData("ونفت وزارة الخارجية الاتهامات، ودعتهم الى الكف عن نشر الاشاعات", "دعتهم", "e1")]
    [InlineData("ورفضت وزارة الخارجية القرار، وطالبتهم بالعودة الى طاولة الحوار", "طالبتهم", "e1")]
    [InlineData("واستقبل سمير العلي وفدا من المحتجين، ودعاهم الى التهدئة وضبط النفس", "دعاهم", "e4")]
    [InlineData("ودعتها وزارة الخارجية الى احترام القانون الدولي", "دعتها", "e1")]
    public void test_a_call_verb_with_an_object_pronoun_is_a_call_by_its_subject(string text, string verb, string source)
    {
        var e = Assert.Single(Events(text), e => e.Code == "020");
        Assert.Equal(verb, text[e.Span.Start..e.Span.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // guard: a call with its addressee named stays as it was
    [InlineData("ودعا الاتحاد الاوروبي فرنسا الى التهدئة", "e2", "e3")]
    public void test_guard_a_named_addressee_stays(string text, string source, string target)
    {
        var e = Assert.Single(Events(text), e => e.Code == "020");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // guard: the verbal noun with a pronoun is no call made
    [InlineData("وجاءت دعوتهم الى التظاهر بعد صدور الحكم")]
    // a name addressed with الى before the verb is whom the pronoun calls on, no caller
    [InlineData("ووجهت جمعية الاهالي رسالة الى وزارة الخارجية، وطالبتها بالتحقيق في الحادث")]
    // guard: a present call with a pronoun is a habit or a plan, no call made
    [InlineData("وقال سمير العلي ان الحكومة ستدعوهم الى الحوار قريبا")]
    public void test_guard_no_call(string text) => Assert.DoesNotContain(Events(text), e => e.Code.StartsWith("02", StringComparison.Ordinal));
}
