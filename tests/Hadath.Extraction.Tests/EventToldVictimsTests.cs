using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// People told right before a killing or wounding verb read as passive (ان جنديا فرنسيا قتل في هجوم) are whom the act
/// struck, with no number to count them. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventToldVictimsTests
{
    private static IReadOnlyList<Event> Events(string text) => new EventStage().Process(new CountStage().Process(Docs.WithNamed(text))).Events;

    [Theory]
    [InlineData("وقال مسؤول ان جنديا فرنسيا قتل في هجوم على القافلة", "هجوم", "جنديا فرنسيا")]
    [InlineData("وقال ضابط ان شرطيا اصيب بجروح في انفجار قنبلة قرب المركز", "انفجار", "شرطيا")]
    [InlineData("واكد الجيش ان جنديين قتلا بانفجار عبوة ناسفة قرب الحاجز", "قتلا", "جنديين")]
    public void test_people_told_before_a_killing_verb_are_the_target(string text, string trigger, string victims)
    {
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == trigger);
        Assert.Equal(victims, Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_the_one_told_first_is_the_target_before_others_counted_after_him()
    {
        var text = "وقال الناطق ان جنديا بريطانيا قتل واصيب ثلاثة اخرون في هجوم على الدورية";
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == "هجوم");
        Assert.Equal("جنديا بريطانيا", Docs.ArgumentWords(text, e.Target));
        Assert.Equal("GBRMIL", e.Target?.Actor);
    }

    [Fact]
    public void test_people_before_a_killing_verb_with_an_object_did_the_killing()
    {
        var text = "وقال مسؤول ان مسلحين قتلوا ثلاثة حراس في هجوم على المصرف";
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == "قتلوا");
        Assert.NotEqual("مسلحين", Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    // عددا counts no one, so the killing verb stays the event; ثلاثة with the plural verb after the people is counted (حراس
    // since round seventeen, a word no lexicon lists since round eighteen): the count takes قتلوا, the attack is the event.
    [InlineData("وقال مسؤول ان عددا من كوادر المصرف قتلوا في هجوم انتحاري", "قتلوا", "عددا من كوادر المصرف")]
    [InlineData("وقال مسؤول ان ثلاثة من حراس المصرف قتلوا في هجوم انتحاري", "هجوم", "ثلاثة من حراس المصرف")]
    [InlineData("وقال البيان ان احد افراد الدورية قتل في هجوم على الحاجز", "هجوم", "احد افراد الدورية")]
    public void test_a_part_of_a_group_told_before_a_killing_verb_is_the_target_whole(string text, string trigger, string victims)
    {
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == trigger);
        Assert.Equal(victims, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("وقتل ما لا يقل عن 15 متطوعا في هجوم انتحاري على المقر", "15 متطوعا")]
    [InlineData("وقتل وجرح اثنا عشر سائحا المانيا في هجوم انتحاري على المعبد", "اثنا عشر سائحا المانيا")]
    public void test_the_noun_after_a_counted_number_belongs_to_the_victims_though_no_lexicon_lists_it(string text, string victims)
    {
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == "هجوم");
        Assert.EndsWith(victims, Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_a_verb_after_a_qualified_count_is_no_part_of_the_victims()
    {
        var text = "قتل ثلاثون شخصا على الاقل كانوا في السوق في هجوم انتحاري";
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == "هجوم");
        Assert.EndsWith("على الاقل", Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_قد_before_the_killing_verb_is_no_part_of_the_people_told()
    {
        var text = "وقال مسؤول ان عشرات الرجال والنساء قد قتلوا بالاسلحة الكيميائية";
        var e = Assert.Single(Events(text), x => text[x.Start..x.End] == "قتلوا");
        Assert.Equal("عشرات الرجال والنساء", Docs.ArgumentWords(text, e.Target));
    }
}
