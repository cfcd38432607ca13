using Hadath.Arabic.Tests.Support;
using Hadath.Arabic.Tokenization;

namespace Hadath.Arabic.Tests.Tokenization;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("برلين 15-7 (اف ب) - افادت صحيفة", "برلين 15-7 (اف ب) -", "برلين", "(اف ب)")]
    [InlineData("برلين 15 - 7 ( اف ب ) - افادت صحيفة", "برلين 15 - 7 ( اف ب ) -", "برلين", "( اف ب )")]
    [InlineData("القاهرة (أ ش أ) - قال وزير", "القاهرة (أ ش أ) -", "القاهرة", "(أ ش أ)")]
    [InlineData("بيروت (رويترز) - قال مسؤول", "بيروت (رويترز) -", "بيروت", "(رويترز)")]
    [InlineData("برلين (د ب أ) أعلنت الحكومة", "برلين (د ب أ)", "برلين", "(د ب أ)")]
    [InlineData("باريس 3/4 (أ.ف.ب) - أعلن", "باريس 3/4 (أ.ف.ب) -", "باريس", "(أ.ف.ب)")]
    [InlineData("ثورمونت (الولايات المتحدة) 16-7 (ا ف ب) - اعلنت", "ثورمونت (الولايات المتحدة) 16-7 (ا ف ب) -", "ثورمونت", "(ا ف ب)")]
    [InlineData("سقوط صاروخ\nدمشق (سانا) - سقط صاروخ", "دمشق (سانا) -", "دمشق", "(سانا)")]
    public void A_dateline_at_the_story_start_is_found(string text, string span, string place, string agency)
    {
        var doc = Render.Analyze(text);
        var match = Dateline.Find(doc);
        Assert.NotNull(match);
        Assert.Equal(span, doc.Slice(match.Span));
        Assert.Equal(place, doc.Slice(match.Place));
        Assert.Equal(agency, doc.Slice(match.Agency));
    }

    [Theory]
    [InlineData("قال الرئيس إن (الحزب) سيفوز.")]
    [InlineData("الرئيس (الأمريكي) جو بايدن قال")]
    [InlineData("أ\nب\nج\nدمشق (سانا) - سقط")]
    [InlineData("")]
    public void Ordinary_parentheses_are_no_dateline(string text) => Assert.Null(Dateline.Find(Render.Analyze(text)));

    [Fact]
    public void Agency_tags_are_found_anywhere()
    {
        const string text = "قال مسؤول (رويترز). وأضاف (اف ب) أن (الحزب) رفض (د.ب.أ).";
        var doc = Render.Analyze(text);
        var tags = Dateline.FindAgencyTags(doc.Text, doc.Tokens).Select(doc.Slice);
        Assert.Equal(["(رويترز)", "(اف ب)", "(د.ب.أ)"], tags);
    }

    [Theory]
    [InlineData("انتهى. - الوقت ينفد - وقال", "- الوقت ينفد -")]
    [InlineData("انتهى.\n- الوقت ينفد -\nوقال", "- الوقت ينفد -")]
    [InlineData("- عنوان فرعي -\nنص", "- عنوان فرعي -")]
    [InlineData("قال «كفى». — سقوط الحكومة — ثم", "— سقوط الحكومة —")]
    [InlineData("قال الوزير - وهو غاضب - إن", "")]
    [InlineData("باريس (اف ب) - قال الوزير - وهو", "")]
    [InlineData("انتهى. - جملة طويلة جدا لا يمكن أن تكون عنوانا فرعيا في أي خبر من الأخبار -", "")]
    public void Subheads_are_found_at_sentence_starts_only(string text, string expected)
    {
        var doc = Render.Analyze(text);
        Assert.Equal(expected, string.Join(" | ", Subheads.Find(doc).Select(m => doc.Slice(m.Span))));
    }
}
