using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixty's event pass (the blind ev53- stories: clashes in Tajoura, an attack on the Zamzam camp, a drone strike on a
/// car in Kfar Rumman). An arrest told by its bare verbal noun with how many were taken right after it (اعلنت الوزارة القبض
/// على تسعة مسلحين) is one, unless a form of ألقى before it tells it already; a body's own session told as an occasion (في
/// بيان اثر اجتماعها الدوري) consults no one unless its partner is told after مع or ب; the World Food Programme, by the name
/// Arabic wires write, has its code, so its calls are kept; an attack told again by its definite noun as the subject (ان الغارة
/// "استهدفت …", ان الهجوم استهدف …) is the attack the story told, not a new one.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixtyTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Sides =
    [
        ("e1", EntityType.ORG, "وزارة الداخلية الاردنية", "JORGOV"), ("e2", EntityType.ORG, "الشرطة الاردنية", "JORCOP"),
        ("e3", EntityType.ORG, "حزب العدالة", "JORPTY"), ("e4", EntityType.PER, "سامي الخطيب", "JORGOV"),
        ("e5", EntityType.ORG, "نقابة المعلمين", "JORLAB"), ("e6", EntityType.PER, "جان دوبوا", "FRAGOV"),
    ];

    [Theory]
    // an arrest told by its bare verbal noun, how many were taken right after it
    [InlineData("واعلنت وزارة الداخلية الاردنية القبض على سبعة مهربين قرب الحدود الشمالية", "e1")]
    [InlineData("واكدت الشرطة الاردنية القبض على 12 شخصا في حملة ليلية", "e2")]
    [InlineData("وتم القبض على خمسة مطلوبين خلال حملة امنية في المدينة", null)]
    public void test_an_arrest_told_by_its_bare_noun(string text, string? source)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code == "173");
        Assert.Equal("القبض على", text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // guard: القبض as the object of ألقى is told by the verb; without a count the noun is a topic
    [InlineData("والقت الشرطة الاردنية في حملة منفصلة القبض على ستة اشخاص", 1)]
    [InlineData("وانتقد حزب العدالة القبض على الصحفي المعروف", 0)]
    public void test_custody_told_once_and_a_topic_told_not_at_all(string text, int arrests)
    {
        Assert.Equal(arrests, Events(Named(text, Sides)).Count(e => e.Code == "173"));
        Assert.DoesNotContain(Events(Named(text, Sides)), e => e.Code == "173" && text[e.Span.Start..e.Span.End] == "القبض على");
    }

    [Theory]
    // a body's own session, told as the occasion of what it said or decided, with no one it met
    [InlineData("واعلن حزب العدالة، اثر اجتماعه الطارئ، رفضه لمشروع القانون")]
    [InlineData("وقالت نقابة المعلمين في بيان عقب اجتماعها امس ان الاضراب قائم")]
    [InlineData("وقرر حزب العدالة خلال اجتماعه مساء الاحد مقاطعة الانتخابات")]
    public void test_a_bodys_own_session_is_no_meeting(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Sides)), e => e.Code.StartsWith("04", StringComparison.Ordinal));
    }

    [Theory]
    // guard: a session with its partner told after مع or ب is a meeting
    [InlineData("وقال سامي الخطيب بعد اجتماعه مع السفير الفرنسي جان دوبوا ان العلاقات متينة")]
    [InlineData("وقال سامي الخطيب خلال اجتماعه في وقت سابق مع جان دوبوا ان العلاقات متينة")]
    [InlineData("واكد سامي الخطيب خلال اجتماعه بالسفير الفرنسي جان دوبوا متانة العلاقات")]
    public void test_a_session_with_a_partner_is_a_meeting(string text)
    {
        Assert.Single(Events(Named(text, Sides)), e => e.Code == "040");
    }

    [Theory]
    // the World Food Programme by the name Arabic wires write, with its hamza and without
    [InlineData("برنامج الأغذية العالمي", "IGOUNOWFP")]
    [InlineData("برنامج الاغذية العالمي", "IGOUNOWFP")]
    public void test_the_food_programme_is_coded(string name, string code)
    {
        Assert.Equal(code, Docs.BodyActor("ودعا " + name + " الى فتح الطرق", name));
    }

    private static readonly (string, EntityType, string, string?)[] Border =
    [
        ("e7", EntityType.ORG, "حزب الله", "LBNREB"), ("e8", EntityType.ORG, "الجيش الاسرائيلي", "ISRMIL"),
    ];

    [Theory]
    // an attack told again by its definite noun as the subject, the attack told before
    [InlineData("استهدفت طائرة مسيرة اسرائيلية سيارة على طريق بلدة الخيام. وقال الجيش الاسرائيلي ان الغارة \"استهدفت قياديا في حزب الله\".", 1)]
    [InlineData("شن مسلحون هجوما على حاجز للجيش قرب بلدة الخيام. واوضح مصدر امني ان الهجوم استهدف حاجزا يتمركز فيه عناصر من حزب الله.", 1)]
    // guard: with no attack told before, the noun's verb tells it; a new act with a doer of its own is new
    [InlineData("وقال الجيش الاسرائيلي ان الغارة استهدفت قياديا في حزب الله.", 1)]
    [InlineData("استهدفت طائرة مسيرة اسرائيلية سيارة على طريق بلدة الخيام. وقصفت المدفعية الاسرائيلية اطراف بلدة كفرشوبا.", 2)]
    public void test_an_attack_told_again_by_its_noun_is_no_new_attack(string text, int attacks)
    {
        Assert.Equal(attacks, Events(Named(text, Border)).Count(e => e.Plover == "ASSAULT"));
    }
}
