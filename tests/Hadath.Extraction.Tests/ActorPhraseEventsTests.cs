using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Sources and targets no entity stands for (قوات الامن, المتظاهرون), given as their words' span and a CAMEO code from
/// the phrase's nationality or the dateline's country; sentences written for these tests.
/// </summary>
public sealed class ActorPhraseEventsTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    private static AnalyzedDocument With(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities);

    private static string? Words(string text, EventArgument? arg) => Docs.ArgumentWords(text, arg);

    [Theory]
    [InlineData("بغداد (اف ب) - اعتقلت قوات الامن امس عشرة اشخاص في المدينة", "اعتقلت", "قوات الامن", "IRQCOP")]       // VSO
    [InlineData("بغداد (اف ب) - وقالت مصادر ان قوات الامن اعتقلت عشرة اشخاص", "اعتقلت", "قوات الامن", "IRQCOP")]     // SVO: the longest phrase
    [InlineData("بغداد (اف ب) - اعتقلت قوات الدرك عشرة اشخاص", "اعتقلت", "قوات الدرك", "IRQMIL")]                   // الدرك: MIL in the agents dictionary
    [InlineData("بغداد (اف ب) - اعتقل الجيش السوري عشرة اشخاص", "اعتقل", "الجيش السوري", "SYRMIL")]                 // the nationality beats the dateline
    [InlineData("بغداد (اف ب) - اعتقلت الشرطة عشرة اشخاص", "اعتقلت", "الشرطة", "IRQCOP")]
    public void test_an_actor_phrase_is_the_source_with_the_datelines_country(string text, string trigger, string words, string code)
    {
        var doc = With(text, ("e1", EntityType.LOC, "بغداد", "IRQ"));
        var e = Assert.Single(Events(doc), e => text[e.Start..e.End] == trigger);
        Assert.NotNull(e.Source);
        Assert.Null(e.Source!.EntityId);
        Assert.Equal(words, Words(text, e.Source));
        Assert.Equal(code, e.Source.Actor);
    }

    [Theory]
    [InlineData("اعتقلت الشرطة عشرة اشخاص", "اعتقلت", "الشرطة", "COP")]
    [InlineData("هاجم مسلحون مجهولون نقطة تفتيش امس", "هاجم", "مسلحون مجهولون", "UAF")]
    [InlineData("فجر انتحاري نفسه وسط السوق امس", "فجر", "انتحاري", "UAF")]
    [InlineData("تظاهر مئات المحتجين امام مبنى البرلمان امس", "تظاهر", "المحتجين", "CVL")]   // protesters are civilians
    public void test_without_a_dateline_or_nationality_an_actor_phrase_is_coded_by_its_agent_alone(string text, string trigger, string words, string code)
    {
        var e = Assert.Single(Events(With(text)), e => text[e.Start..e.End] == trigger);
        Assert.Equal(words, Words(text, e.Source));
        Assert.Equal(code, e.Source!.Actor);
    }

    [Theory]
    [InlineData("هاجم مسلحون دورية للشرطة امس", "دورية للشرطة", "COP")]
    [InlineData("استهدف انتحاري نقطة تفتيش تابعة للشرطة", "نقطة تفتيش تابعة للشرطة", "COP")]
    [InlineData("هاجم مسلحون قاعدة للجيش امس", "قاعدة للجيش", "MIL")]
    public void test_a_struck_post_or_patrol_of_a_force_is_coded_as_that_force(string text, string words, string code)
    {
        var e = Assert.Single(Events(With(text)));
        Assert.Equal(words, Words(text, e.Target));
        Assert.Equal(code, e.Target!.Actor);
    }

    [Theory]
    [InlineData("وقتل سبعة من عناصر الشرطة الافغانية في هجوم انتحاري", "سبعة من عناصر", "AFGCOP")]
    [InlineData("وقتل المئات من أفراد الجيش في هجمات", "المئات من أفراد", "MIL")]
    [InlineData("وقتل خمسة مقاتلين في الغارة", "خمسة مقاتلين", "UAF")]                   // fighters are armed, not civilians
    public void test_counted_members_of_a_force_are_coded_as_that_force(string text, string words, string code)
    {
        var e = Assert.Single(Events(new CountStage().Process(With(text))));
        Assert.Equal(words, Words(text, e.Target));
        Assert.Equal(code, e.Target!.Actor);
    }

    [Theory]
    [InlineData("بغداد (اف ب) - قصفت الطائرات سبعة مواقع للمسلحين امس", "سبعة مواقع للمسلحين")]
    [InlineData("قصفت الطائرات سبعة مواقع للمسلحين امس", "سبعة مواقع للمسلحين")]
    public void test_counted_things_struck_are_no_actor(string text, string words)
    {
        var doc = text.StartsWith("بغداد", StringComparison.Ordinal) ? With(text, ("e1", EntityType.LOC, "بغداد", "IRQ")) : With(text);
        var e = Assert.Single(Events(new CountStage().Process(doc)));
        Assert.Equal(words, Words(text, e.Target));
        Assert.Null(e.Target!.Actor);
    }

    [Fact]
    public void test_without_a_dateline_the_people_a_toll_counts_are_civilians_alone()
    {
        var text = "قتل سبعة اشخاص في هجوم انتحاري امس";
        var e = Assert.Single(Events(new CountStage().Process(With(text))));
        Assert.Equal("سبعة اشخاص", Words(text, e.Target));
        Assert.Equal("CVL", e.Target!.Actor);
    }

    [Fact]
    public void test_a_launching_verbs_actor_phrase_is_the_nouns_source_and_one_after_ala_its_target()
    {
        var text = "القاهرة (اف ب) - واطلقت قوات الامن الغاز المسيل للدموع على المتظاهرين";
        var e = Assert.Single(Events(With(text, ("e1", EntityType.LOC, "القاهرة", "EGY"))));
        Assert.Equal("175", e.Code);
        Assert.Equal("قوات الامن", Words(text, e.Source));
        Assert.Equal("EGYCOP", e.Source!.Actor);
        Assert.Equal("المتظاهرين", Words(text, e.Target));
        Assert.Equal("EGYCVL", e.Target!.Actor);
    }

    [Fact]
    public void test_the_actor_phrase_after_the_subject_phrase_is_the_target()
    {
        var text = "الجزائر (اف ب) - وهاجمت قوات الامن المتظاهرين بالهراوات";
        var e = Assert.Single(Events(With(text, ("e1", EntityType.LOC, "الجزائر", "DZA"))));
        Assert.Equal("قوات الامن", Words(text, e.Source));
        Assert.Equal("المتظاهرين", Words(text, e.Target));
        Assert.Equal("DZACVL", e.Target!.Actor);
    }

    [Fact]
    public void test_a_verb_with_waw_and_its_object_at_once_shares_the_subject_before_it()
    {
        var text = "واطلقت قوات الدرك الغاز المسيل للدموع، واعتقلت 15 شخصا";
        var events = Events(With(text));
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("قوات الدرك", Words(text, e.Source)));
    }

    [Theory]
    [InlineData("هاجم عناصر من تنظيم داعش مقرا للشرطة", "هاجم")]   // عناصر من X: the group X
    [InlineData("اعتقلت قوات الامن مسؤولا في تنظيم داعش", "اعتقلت")]   // the phrase is the source, the named group the target
    public void test_a_named_entity_fills_its_role_before_any_phrase(string text, string trigger)
    {
        var doc = With(text, ("e1", EntityType.ORG, "تنظيم داعش", "IMGSEPISI"));
        var e = Assert.Single(Events(doc), e => text[e.Start..e.End] == trigger);
        if (trigger == "هاجم")
        {
            Assert.Equal("e1", e.Source?.EntityId);
            Assert.Null(e.Source!.Span);
        }
        else
        {
            Assert.Equal("قوات الامن", Words(text, e.Source));
            Assert.Equal("e1", e.Target?.EntityId);
        }
    }

    [Fact]
    public void test_an_actor_phrase_before_the_verb_makes_the_name_after_it_the_target()
    {
        var text = "وقال مصدر ان قوات الامن اعتقلت احمد حسن في منزله";
        var e = Assert.Single(Events(With(text, ("e1", EntityType.PER, "احمد حسن", null))));
        Assert.Equal("قوات الامن", Words(text, e.Source));
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وقال المتحدث ان الحادث وقع في الشرطة", null)]           // no event: nothing to take a role
    [InlineData("اعتقلت عشرة اشخاص في مقر الشرطة", null)]               // after a preposition, الشرطة is a place, not the subject
    public void test_a_force_word_after_a_preposition_is_no_source(string text, string? expected)
    {
        foreach (var e in Events(With(text))) Assert.Equal(expected, Words(text, e.Source));
    }
}
