using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy-three's event pass (the blind ev66- stories: a migrant boat capsized off Zuwara, an infiltration thwarted
/// in the Idlib countryside and Israeli missiles over the Damascus countryside, a smuggling attempt repelled on Jordan's
/// border). The agency a dateline credits (عمان (بترا) -, بغداد - واع -) reports the story and does no act in it: it is no
/// second actor before the opening verb's subject, so a و-verb that goes on with that subject (احبطت القوات المسلحة
/// الاردنية …، وقتلت خمسة مهربين) still finds it. A day told between a long subject and the مع or ل of a clash or a
/// repelled act (اشتبكت قوة من الشرطة الاتحادية العراقية صباح اليوم الخميس مع مسلحين) takes none of the search's room.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSeventyThreeTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Forces =
    [
        ("e1", EntityType.ORG, "بترا", null), ("e2", EntityType.ORG, "القوات المسلحة الاردنية", "JORMIL"),
        ("e3", EntityType.ORG, "وال", null), ("e4", EntityType.ORG, "جهاز الامن الداخلي", "LBYCOP"),
        ("e5", EntityType.ORG, "سانا", null), ("e6", EntityType.ORG, "قوى الامن الداخلي", "SYRCOP"),
        ("e7", EntityType.ORG, "حزب الوحدة الشعبية", "JORPTY"), ("e8", EntityType.LOC, "عمان", "JOR"),
        ("e9", EntityType.LOC, "طرابلس", "LBY"), ("e10", EntityType.LOC, "دمشق", "SYR"),
    ];

    [Theory]
    // a dateline's credit, then the opening verb's subject and a و-verb going on with it past commas
    [InlineData("عمان (بترا) - احبطت القوات المسلحة الاردنية، فجر اليوم، محاولة تسلل مهربين قادمين من الاراضي السورية، وقتلت خمسة مهربين", "190", "e2")]
    [InlineData("طرابلس (وال) - طوقت قوة من جهاز الامن الداخلي مقرا لعصابة تهريب في حي الاندلس، واعتقلت اربعة مطلوبين", "173", "e4")]
    [InlineData("دمشق (سانا) - داهمت وحدة من قوى الامن الداخلي مستودعا في ريف المدينة، وصادرت عشرين قطعة سلاح", "1711", "e6")]
    public void test_a_datelines_credit_is_no_second_actor(string text, string code, string source)
    {
        var e = Assert.Single(Events(Named(text, Forces)), e => e.Code == code);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // guard: the same sentences with no dateline keep their subject
    [InlineData("احبطت القوات المسلحة الاردنية، فجر اليوم، محاولة تسلل مهربين قادمين من الاراضي السورية، وقتلت خمسة مهربين", "190", "e2")]
    [InlineData("طوقت قوة من جهاز الامن الداخلي مقرا لعصابة تهريب في حي الاندلس، واعتقلت اربعة مطلوبين", "173", "e4")]
    public void test_the_same_acts_with_no_dateline_keep_their_subject(string text, string code, string source)
    {
        var e = Assert.Single(Events(Named(text, Forces)), e => e.Code == code);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // guard: a second body named in the clause itself still leaves the و-verb's subject unread, dateline or none
    [InlineData("عمان (بترا) - داهمت قوة من القوات المسلحة الاردنية مقرا لحزب الوحدة الشعبية في عمان، واعتقلت ثلاثة اشخاص")]
    [InlineData("داهمت قوة من القوات المسلحة الاردنية مقرا لحزب الوحدة الشعبية في عمان، واعتقلت ثلاثة اشخاص")]
    public void test_a_second_body_in_the_clause_still_blocks_the_subject(string text)
    {
        var e = Assert.Single(Events(Named(text, Forces)), e => e.Code == "173");
        Assert.NotEqual("e7", e.Source?.EntityId);
        Assert.NotEqual("e1", e.Source?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Fighters =
    [
        ("e1", EntityType.ORG, "الجيش العربي السوري", "SYRMIL"), ("e2", EntityType.ORG, "الشرطة الاتحادية العراقية", "IRQCOP"),
        ("e3", EntityType.ORG, "تنظيم داعش", "IMGMUSISI"), ("e4", EntityType.LOC, "الحويجة", "IRQ"), ("e5", EntityType.LOC, "حماة", "SYR"),
        ("e6", EntityType.ORG, "الحكومة السورية", "SYRGOV"),
    ];

    [Theory]
    // a day of two or three words between a long subject and the clash's مع or the repelled act's ل
    [InlineData("وتصدت وحدات من الجيش العربي السوري مساء امس الاثنين لمحاولة تقدم مجموعات مسلحة نحو نقاط عسكرية في ريف حماة", "e1", null)]
    [InlineData("واشتبكت قوة من الشرطة الاتحادية العراقية صباح اليوم الخميس مع مسلحين من تنظيم داعش قرب الحويجة", "e2", "e3")]
    public void test_a_day_before_the_clashs_preposition_takes_no_room(string text, string source, string? target)
    {
        var e = Assert.Single(Events(Named(text, Fighters)), e => e.Code == "190");
        Assert.Equal(source, e.Source?.EntityId);
        if (target is not null) Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // guard: a short day keeps its clash; a government facing a crisis fights no one, day or none
    [InlineData("واشتبكت قوة من الشرطة الاتحادية العراقية صباح اليوم مع مسلحين من تنظيم داعش قرب الحويجة", 1)]
    [InlineData("وتصدت الحكومة السورية صباح اليوم الخميس للازمة الاقتصادية بحزمة من القرارات", 0)]
    [InlineData("وتصدت الحكومة السورية للازمة الاقتصادية بحزمة من القرارات", 0)]
    public void test_a_short_day_and_no_act_stay_as_they_were(string text, int clashes)
    {
        Assert.Equal(clashes, Events(Named(text, Fighters)).Count(e => e.Code == "190"));
    }
}
