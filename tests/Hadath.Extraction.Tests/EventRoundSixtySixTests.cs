using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixty-six's event pass (the blind ev59- stories: a cell dismantled in Morocco, protests in Zahedan, a Boko Haram
/// attack on Lake Chad). Attacks a threat or a vow says would be launched (هددت الحركة، في بيان، بشن هجمات على مواقع
/// الجيش) are what was threatened, not attacks told, even when an aside set off by commas stands between the threat and
/// its ب-complement. A toll whose killer is named after برصاص past a day set off by commas (قتل ثمانية محتجين واصيب
/// العشرات، اليوم الجمعة، برصاص قوات الامن) is a killing by that force, as one with no aside is. An arrest verb opening its clause, whose subject is a body told with
/// the article that no phrase or tagged name reads (اوقف المكتب المركزي للابحاث القضائية، صباح اليوم، سبعة اشخاص), takes the
/// people counted further on in its clause. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixtySixTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Threateners =
    [
        ("e1", EntityType.ORG, "الحركة", "IMGMUS"), ("e2", EntityType.ORG, "الجماعة", "IMGMUS"),
        ("e3", EntityType.ORG, "التنظيم", "IMGMUS"), ("e4", EntityType.ORG, "الجيش", "MLIMIL"),
    ];

    [Theory]
    // attacks after بشن, the ب-complement of a threat or a vow told before them, past an aside set off by commas
    [InlineData("وكانت الحركة قد هددت، في بيان نشرته امس، بشن هجمات على مواقع الجيش في الشمال")]
    [InlineData("وتوعدت الجماعة، في تسجيل مصور، بشن هجمات على مواقع الجيش")]
    [InlineData("ولوح التنظيم، في بيان، بشن هجمات على قواعد الجيش في الجنوب")]
    [InlineData("وكان المتحدث باسم الحركة قد هدد، الشهر الماضي، بشن هجمات على مراكز الشرطة في العاصمة")]
    public void test_attacks_a_threat_says_would_be_launched_are_no_attacks(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Threateners)), e => e.Code.StartsWith("18", StringComparison.Ordinal));
    }

    [Theory]
    // guard: attacks launched by a verb, or by قام ب with no threat before, are told
    [InlineData("وشن مسلحو الحركة، فجر اليوم، هجوما على قاعدة للجيش قرب الحدود", "هجوما", "180")]
    [InlineData("وقامت الطائرات الحربية بشن غارات على مواقع المسلحين شمال المدينة", "غارات", "195")]
    [InlineData("وشنت الجماعة هجمات على مواقع الجيش بعد ان هددت بذلك في بيان", "هجمات", "180")]
    public void test_attacks_launched_with_no_threat_before_them_are_told(string text, string trigger, string code)
    {
        var e = Assert.Single(Events(Named(text, Threateners)), e => e.Code == code);
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
    }

    private static readonly (string, EntityType, string, string?)[] Shooters =
    [
        ("e5", EntityType.ORG, "قوات الامن السودانية", "SDNCOP"), ("e6", EntityType.ORG, "الشرطة الكينية", "KENCOP"),
        ("e7", EntityType.ORG, "الجيش الاسرائيلي", "ISRMIL"),
    ];

    [Theory]
    // a toll whose killer is named after برصاص past a day set off by commas: the killing by that force
    [InlineData("قتل خمسة متظاهرين على الاقل واصيب العشرات، مساء اليوم، برصاص قوات الامن السودانية في وسط الخرطوم", "e5")]
    [InlineData("قتل ثلاثة طلاب، امس الاحد، برصاص الشرطة الكينية خلال تظاهرة في نيروبي", "e6")]
    // guard: with no aside the killer is read as before
    [InlineData("قتل شابان فلسطينيان برصاص الجيش الاسرائيلي قرب مدينة جنين", "e7")]
    public void test_a_killer_named_after_a_day_aside_is_the_source(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Shooters)), e => e.Code == "190");
        Assert.Equal("قتل", text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // an arrest verb opening its clause, a body with the article after it that no phrase or tagged name reads, takes the people counted further on
    [InlineData("اوقف المكتب الوطني لمكافحة المخدرات، مساء امس، خمسة اشخاص في حي شعبي")]
    [InlineData("اوقفت الشرطة القضائية بالتنسيق مع حرس الحدود ثلاثة مهربين قرب الحدود")]
    [InlineData("واوقفت الفرقة الجهوية للشرطة القضائية سبعة مشتبه بهم في قضية سرقة")]
    public void test_an_arrest_counts_the_people_past_an_unread_subject(string text)
    {
        var e = Assert.Single(Events(Named(text)), e => e.Code == "173");
        Assert.StartsWith("اوقف", text[e.Span.Start..e.Span.End].TrimStart('و'), StringComparison.Ordinal);
    }

    [Theory]
    // guard: a stopping with no people counted in its clause, or people counted in another clause, is no arrest
    [InlineData("اوقفت الشركة الانتاج في مصنعها بعد ان اصيب ثلاثة عمال")]
    [InlineData("اوقف الحكم المباراة لمدة عشر دقائق")]
    [InlineData("وكانت الشركة قد اوقفت الشهر الماضي خدماتها لنحو ثلاثة الاف مشترك")]
    [InlineData("اوقفت الحكومة العمل بالقرار الذي اثار غضب الاف المواطنين")]
    public void test_a_stopping_with_no_people_taken_is_no_arrest(string text)
    {
        Assert.DoesNotContain(Events(Named(text)), e => e.Code == "173");
    }
}
