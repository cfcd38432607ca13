using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

public sealed class DatelineHeadTests
{
    [Theory]
    [InlineData("بغداد (اف ب) - قتل 84 شخصا", 6)]
    [InlineData("موسكو - اعلن الكرملين", 6)]
    [InlineData("القدس – قال مسؤول", 6)]
    [InlineData("تونس\nاعلنت الوزارة", 4)]
    [InlineData("قال وزير الخارجية الاميركي جون كيري امس ان (الحل) قريب", -1)]   // the first ( is past 40 characters
    [InlineData("قال كيري", -1)]
    // a short sentence of its own ends with its terminal before the line break, and a line break with nothing after it
    // ends the text: no dateline (the whole of a pasted sentence was read as one, and none of its names as actors)
    [InlineData("اتهمت مصر تركيا بدعم الارهاب.\nوقال المتحدث", -1)]
    [InlineData("اتهمت مصر تركيا بدعم الارهاب\n", -1)]
    [InlineData("هل تعود المفاوضات؟\nقال الوزير", -1)]
    [InlineData("", -1)]
    public void test_dateline_head_ends_at_the_first_tag_dash_or_line_break_within_40_characters(string text, int end)
    {
        Assert.Equal(end, DatelineHead.End(text));
    }

    [Theory]
    // a bracket ends the dateline when a dash, a colon, a slash or another bracket follows it
    [InlineData("الموصل (العراق) (اف ب) - قتل 23 شخصا", 7)]
    [InlineData("سامراء (العراق) /نينا/ - قتل 11 عنصرا", 7)]
    [InlineData("تعز (اليمن)/ الاناضول - قتل مدنيان", 4)]
    [InlineData("الرباط (و م ع): اعلنت الوزارة", 7)]
    // or when it credits a listed agency, or closes a date, with the story right after it (Xinhua's style)
    [InlineData("عدن 3 مارس 2017 (شينخوا) قتل 17 شخصا", 16)]
    [InlineData("الخرطوم (سونا) اعلنت الوزارة", 8)]
    public void test_a_bracket_ends_a_dateline_before_a_dash_or_as_a_credit(string text, int end) =>
        Assert.Equal(end, DatelineHead.End(text));

    [Theory]
    // Iraqi and Gulf wires set the place off from the agency by slashes (ديالى / نينا /, شفق نيوز/, عمان في 20 يونيو /قنا/)
    [InlineData("ديالى / نينا / سقطت خمس قذائف هاون على القرية", 6)]
    [InlineData("بغداد / واع / اتهم النائب الحكومة بالتقصير", 6)]
    [InlineData("شفق نيوز/ قتل ثلاثة من منتسبي الشرطة", 8)]
    [InlineData("عمان في 20 يونيو /قنا/ قال مسؤول في الوزارة", 17)]
    public void test_a_slash_set_off_by_a_space_ends_a_dateline(string text, int end) =>
        Assert.Equal(end, DatelineHead.End(text));

    [Theory]
    // a slash between two words is a double month or a pair of names, no dateline
    [InlineData("اعلنت الحكومة في 12 شباط/فبراير ان الانتخابات ستجري")]
    [InlineData("قال الجيش اللبناني ان قواته/وحداته انتشرت في الجنوب")]
    public void test_a_slash_between_two_words_ends_no_dateline(string text) =>
        Assert.Equal(-1, DatelineHead.End(text));

    [Theory]
    // a sentence that names a body or a thing and glosses it in brackets opens the story: no dateline, and its names
    // may act (the whole of it had been read as a dateline, so the body never was the verb's subject)
    [InlineData("دعت منظمة البلدان المصدرة للنفط (أوبك)، الثلاثاء، الدول الاعضاء الى خفض الانتاج.")]
    [InlineData("دانت منظمة العفو الدولية (امنستي) القرار.")]
    [InlineData("فقدت العملة الايرانية (الريال) 20 في المئة من قيمتها.")]
    [InlineData("ذكرت صحيفة بلجيكية اليوم (الاربعاء) ان الشرطة تلقت مذكرة.")]
    public void test_a_gloss_in_brackets_opening_a_sentence_is_no_dateline(string text) =>
        Assert.Equal(-1, DatelineHead.End(text));

    [Theory]
    // the dateline's place gives the story's country, also when the tagger typed it as a body; a body coded by more
    // than a country (an agency) or a person gives none
    [InlineData(EntityType.LOC, "IRQ", "IRQ")]
    [InlineData(EntityType.ORG, "IRQ", "IRQ")]
    [InlineData(EntityType.ORG, "IRQMED", null)]
    [InlineData(EntityType.PER, "IRQ", null)]
    public void test_the_datelines_place_gives_the_storys_country(EntityType type, string actor, string? country)
    {
        const string text = "ديالى / نينا / سقطت خمس قذائف هاون على القرية";
        var place = new Entity("e1", type, "ديالى", [new Mention(new TextSpan(0, 5))]) { Actor = actor };
        Assert.Equal(country, DatelineHead.Country([place], DatelineHead.End(text)));
    }

    [Fact]
    public void test_dateline_head_holds_only_what_ends_before_it()
    {
        const string text = "بغداد (اف ب) - قتل";
        int end = DatelineHead.End(text);
        Assert.True(DatelineHead.Holds(end, new TextSpan(0, 5)));
        Assert.False(DatelineHead.Holds(end, new TextSpan(15, 18)));
        Assert.False(DatelineHead.Holds(-1, new TextSpan(0, 5)));
    }
}
