using Hadath.Core;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Quotes and speakers the blind <c>cn4-</c> and <c>ev11-</c> stories showed wrong, as general constructions of wire
/// copy: وبين ان and مبينا ان are cues (بين before anything else is "between"); a participle after a quotation and its
/// comma ends the speech (ان "…"، مطالبا); quoted words after a lone preposition or a verb of accusing are a thing named;
/// a medium after the speaker (لهسبريس) is whom they tell; a body's communiqué (بلاغ للتنسيقية) speaks as the body; an
/// unnamed spokesman stays unnamed; a title in a body is held by the name after it; the sentence's subject is looked for
/// before what was said. Sentences written for these tests.
/// </summary>
public sealed class QuoteBlindRoundFourTests
{
    private static IReadOnlyList<Quote> Quotes(AnalyzedDocument doc) => new QuoteStage().Process(doc).Quotes;

    private static Quote At(string text, IReadOnlyList<Quote> quotes, string content) =>
        Assert.Single(quotes, q => text[q.Start..q.End] == content);

    private static string? SpeakerText(string text, Quote q) => q.SpeakerSpan is { } s ? text[s.Start..s.End] : null;

    private static string[] Contents(string text, IReadOnlyList<Quote> quotes) => quotes.Select(q => text[q.Start..q.End]).ToArray();

    [Theory]
    [InlineData("وقال العموش ان المخيم يضم 80 الف لاجئ. وبين ان المدارس مكتظة.", "ان المدارس مكتظة")]
    [InlineData("وقال العموش ان المخيم يضم 80 الف لاجئ، مبينا ان المدارس مكتظة.", "ان المدارس مكتظة")]
    public void test_bayyana_with_an_right_after_it_and_mubayyinan_are_cues(string text, string content)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "العموش", "العموش");
        Assert.Equal("e1", At(text, Quotes(doc), content).SpeakerId);
    }

    [Fact]
    public void test_bayna_between_opens_no_speech()
    {
        const string text = "وقال المصدر ان الاشتباكات بين الجيش والمسلحين استمرت ساعات وان القتلى كثر.";
        Assert.Equal(new[] { "ان الاشتباكات بين الجيش والمسلحين استمرت ساعات وان القتلى كثر" }, Contents(text, Quotes(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("وقال عضو المجلس ان \"نحو 70 عائلة نزحت من القرية\"، مطالبا الحكومة بارسال تعزيزات.", "نحو 70 عائلة نزحت من القرية")]
    [InlineData("واضاف ان \"عشرات العائلات وقعت ضحايا لعملية احتيال\"، متهما موظفين في الوزارة.", "عشرات العائلات وقعت ضحايا لعملية احتيال")]
    public void test_a_participle_after_a_quotation_and_its_comma_ends_the_speech(string text, string content)
    {
        var q = Assert.Single(Quotes(Docs.Tokenized(text)));
        Assert.Equal(content, text[q.Start..q.End]);
        Assert.True(q.Direct);
    }

    [Fact]
    public void test_a_quotation_after_a_lone_preposition_is_a_name_and_the_cue_reaches_past_it()
    {
        const string text = "وقال المصدر في حديث لـ\"السومرية نيوز\"، ان \"الهجوم بدأ بتفجير ثلاث عجلات\".";
        var q = Assert.Single(Quotes(Docs.Tokenized(text)));
        Assert.Equal("الهجوم بدأ بتفجير ثلاث عجلات", text[q.Start..q.End]);
        Assert.Equal("المصدر", SpeakerText(text, q));
    }

    [Fact]
    public void test_a_communique_with_l_names_its_author_not_whom_it_tells()
    {
        const string text = "وذكر بيان لوزارة الدفاع العراقية ان الطائرات قصفت مواقع المسلحين.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "وزارة الدفاع العراقية", "وزارة الدفاع العراقية");
        Assert.Equal("e1", Assert.Single(Quotes(doc)).SpeakerId);
    }

    [Fact]
    public void test_an_accusation_before_an_earlier_quote_leaves_a_later_one_speech()
    {
        const string text = "وانتقد الوزير المنظمات، متهما اياها بـ\"تشجيع النازحين على البقاء\"، فيما رد المرعبي بان \"العودة القسرية مرفوضة ومخالفة للقانون\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "المرعبي", "المرعبي");
        Assert.Equal(new[] { "العودة القسرية مرفوضة ومخالفة للقانون" }, Contents(text, Quotes(doc)));
    }

    [Theory]
    [InlineData("وقالت الوزارة ان الوضع هادئ. وندد فرع الجمعية بـ\"التدخل العنيف ضد المحتجين\"، داعيا الى تحقيق.")]
    [InlineData("وقالت الوزارة ان الوضع هادئ. واتهم الوزير \"اطرافا تسعى الى زعزعة الاستقرار\" بالوقوف وراء الشغب.")]
    public void test_quoted_words_a_preposition_or_an_accusation_names_are_no_quote(string text)
    {
        Assert.Equal(new[] { "ان الوضع هادئ" }, Contents(text, Quotes(Docs.Tokenized(text))));
    }

    [Fact]
    public void test_a_medium_after_the_speaker_is_whom_they_tell()
    {
        const string text = "وقال احد منظمي المسيرة لهسبريس ان التلاميذ انقطعوا عن الدراسة.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "هسبريس", "هسبريس");
        var q = Assert.Single(Quotes(doc));
        Assert.Null(q.SpeakerId);
        Assert.Equal("احد منظمي المسيرة", SpeakerText(text, q));
    }

    [Fact]
    public void test_a_communique_of_a_body_named_before_speaks_as_the_body()
    {
        const string text = "وشارك المئات من المنتسبين الى التنسيقية الوطنية للاساتذة. واوضح بلاغ للتنسيقية ان المشاركة بلغت 80 في المائة.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "التنسيقية الوطنية للاساتذة", "التنسيقية الوطنية للاساتذة");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e1", q.SpeakerId);
        Assert.Equal("بلاغ للتنسيقية", SpeakerText(text, q));
    }

    [Theory]
    [InlineData("وقال متحدث باسم الحشد الشعبي ان الطائرات قصفت مخابئ للتنظيم.", "متحدث باسم الحشد الشعبي")]
    [InlineData("وقال الناطق باسم الحشد الشعبي ان الطائرات قصفت مخابئ للتنظيم.", "الناطق باسم الحشد الشعبي")]
    public void test_a_spokesman_of_a_body_with_no_name_given_speaks_unnamed(string text, string words)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "الحشد الشعبي", "الحشد الشعبي");
        var q = Assert.Single(Quotes(doc));
        Assert.Null(q.SpeakerId);
        Assert.Equal(words, SpeakerText(text, q));
    }

    [Fact]
    public void test_a_title_in_a_body_is_held_by_the_name_right_after_it()
    {
        const string text = "وقال الناشط في الحراك محمد الزاوي ان عناصر الامن انهالوا بالهراوات على الشباب.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "محمد الزاوي", "محمد الزاوي");
        Assert.Equal("e1", Assert.Single(Quotes(doc)).SpeakerId);
    }

    [Fact]
    public void test_a_subjectless_participle_after_a_quotation_goes_on_with_the_speaker_not_a_body_named_in_it()
    {
        const string text = "وقال مسؤول عسكري ان القوات تقدمت. واضاف ان \"قناصا من التنظيم قتل اربعة مدنيين\"، مشيرا الى ان القوات استعادت 12 قرية.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "التنظيم", "التنظيم");
        var q = At(text, Quotes(doc), "ان القوات استعادت 12 قرية");
        Assert.Null(q.SpeakerId);
        Assert.Equal("مسؤول عسكري", SpeakerText(text, q));
    }
    [Fact]
    public void test_an_answer_after_a_question_put_in_quotation_marks_is_the_one_asked()
    {
        const string text = "وسئل الوزير سامي خوري في حديث تلفزيوني \"هل سترتفع الاسعار؟\"، فاجاب ان \"الدعم سيستمر حتى نهاية الشهر\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامي خوري", "سامي خوري");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("الدعم سيستمر حتى نهاية الشهر", text[q.Start..q.End]);
        Assert.Equal("e1", q.SpeakerId);
    }

    [Fact]
    public void test_a_reply_to_a_question_is_the_speakers_own_words()
    {
        const string text = "واوضح خوري، ردا على سؤال عن الاسعار، ان النقابة \"لن ترفع سعر الخبز\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "خوري", "خوري");
        var q = At(text, Quotes(doc), "ان النقابة \"لن ترفع سعر الخبز\"");
        Assert.Equal("e1", q.SpeakerId);
    }

    [Fact]
    public void test_a_name_in_quotation_marks_does_not_use_up_the_cues_reach()
    {
        const string text = "وقال المتحدث باسم نقابة العاملين في القطاع النفطي، حسين الجبوري، في حديث لـ\"السومرية نيوز\"، ان \"العمال ينتظرون التثبيت منذ سنوات\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "حسين الجبوري", "حسين الجبوري");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e1", q.SpeakerId);
    }

    [Fact]
    public void test_a_spokesman_of_a_leaders_forces_is_the_name_after_the_leader()
    {
        // قوات حفتر: the leader's forces are the body the spokesman speaks for; the name after them is his own
        const string text = "وقال المتحدث باسم قوات حفتر احمد المسماري ان الضربات طالت مخازن ذخيرة.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "حفتر", "حفتر").WithEntity("e2", EntityType.PER, "احمد المسماري", "احمد المسماري");
        Assert.Equal("e2", Assert.Single(Quotes(doc)).SpeakerId);
    }
}
