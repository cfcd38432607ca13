using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Rules of the ev10 and argument rounds that a review found firing too widely: على يد after an active verb with its
/// subject, a suicide adjective after an act noun behind a preposition, people counted where an organisation is only
/// the place. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventReviewTenTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Fact]
    public void test_على_يد_after_an_active_verb_with_its_subject_is_another_verbs_agent()
    {
        var text = "واعتقلت الشرطة ثلاثة رجال تدربوا على يد تنظيم داعش";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "تنظيم داعش"))), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("الشرطة", Docs.ArgumentWords(text, e.Source));
        Assert.NotEqual("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_suicide_adjective_after_an_act_noun_with_a_preposition_is_no_attacker()
    {
        var text = "وقتل عشرة اشخاص بعملية انتحارية في وسط المدينة";
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Plover == "ASSAULT");
        Assert.Null(e.Source);
    }

    [Theory]
    [InlineData("واعتقلت الشرطة ثلاثة اشخاص في جامعة القاهرة امس", null)]             // the university is where, not whose
    [InlineData("واعتقلت الشرطة ثلاثة موظفين في جامعة القاهرة امس", "e1")]            // its staff are its people
    public void test_people_counted_in_an_organisation_are_its_people_only_as_its_staff(string text, string? target)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "جامعة القاهرة"))), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        if (target is null) Assert.NotEqual("e1", e.Target?.EntityId);
        else Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وقتل 20 مسلحا سوريا في غارة جوية على مواقعهم", "20 مسلحا سوريا", "SYRUAF")]
    [InlineData("وقتل ثلاثة ارهابيين عراقيين في غارة جوية", "ثلاثة ارهابيين عراقيين", "IRQUAF")]
    public void test_gunmen_counted_among_the_dead_are_armed_men_not_civilians(string text, string victims, string code)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Plover == "ASSAULT");
        Assert.Equal(victims, Docs.ArgumentWords(text, e.Target));
        Assert.Equal(code, e.Target?.Actor);
    }

    [Theory]
    [InlineData("وذكرت وكالة رويترز ان قوات الامن نفذت حملة دهم، اعتقلت خلالها 25 شخصا", null)]     // the agency only reports it
    [InlineData("ونفذت وكالة الامن الوطني حملة دهم، اعتقلت خلالها 25 شخصا", "e1")]                 // the body named did it
    public void test_an_arrest_during_an_operation_is_not_given_to_who_reports_it(string text, string? source)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, text.Contains("رويترز", StringComparison.Ordinal) ? "وكالة رويترز" : "وكالة الامن الوطني"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
    }
}
