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
