using Hadath.Core;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Quote speakers and spans the five blind <c>cn-</c> stories showed wrong, as general constructions: a participle
/// cue after a subjectless one goes on with the earlier speaker, not with words of what was said; a cue that only
/// reveals a withheld name is no earlier speaker; a title closed by في and a place is held by the person named
/// right after it; a participle after a comma ends the indirect speech. Sentences written for these tests.
/// </summary>
public sealed class QuoteBlindRoundTests
{
    private static IReadOnlyList<Quote> Quotes(AnalyzedDocument doc) => new QuoteStage().Process(doc).Quotes;

    private static Quote At(string text, IReadOnlyList<Quote> quotes, string content) =>
        Assert.Single(quotes, q => text[q.Start..q.End] == content);

    private static string? SpeakerText(string text, Quote q) => q.SpeakerSpan is { } s ? text[s.Start..s.End] : null;

    [Fact]
    public void test_a_participle_after_a_subjectless_cue_goes_on_with_the_earlier_speaker()
    {
        var text = "وقال العميد سامي الحداد \"لن نسمح بذلك\". واضاف ان قواته ضبطت اسلحة، مؤكدا ان المنازل تضررت.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامي الحداد", "سامي الحداد");
        var quotes = Quotes(doc);
        Assert.Equal("e1", At(text, quotes, "ان قواته ضبطت اسلحة").SpeakerId);
        var last = At(text, quotes, "ان المنازل تضررت");
        Assert.Equal("e1", last.SpeakerId);
    }

    [Theory]
    [InlineData("وقال ضابط في الشرطة طلب عدم كشف اسمه ان \"السيارة كانت متوقفة قرب السوق\"، مضيفا ان بين القتلى سبعة اطفال.")]
    [InlineData("وقال ضابط رفض الكشف عن هويته ان \"السيارة كانت متوقفة قرب السوق\"، مضيفا ان بين القتلى سبعة اطفال.")]
    public void test_a_cue_that_reveals_a_withheld_name_is_no_earlier_speaker(string text)
    {
        var quotes = Quotes(Docs.Tokenized(text));
        var added = At(text, quotes, "ان بين القتلى سبعة اطفال");
        Assert.Null(added.SpeakerId);
        Assert.Equal("ضابط", SpeakerText(text, added));
    }

    [Fact]
    public void test_a_title_closed_by_a_place_is_held_by_the_person_named_after_it()
    {
        var text = "وقال رئيس بعثة اللجنة في اليمن يوهانس برور في تغريدة ان \"معظم الضحايا من الاطفال\".";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.ORG, "اللجنة", "اللجنة")
            .WithEntity("e2", EntityType.LOC, "اليمن", "اليمن")
            .WithEntity("e3", EntityType.PER, "يوهانس برور", "يوهانس برور");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e3", q.SpeakerId);
    }

    [Fact]
    public void test_a_person_met_after_the_place_is_not_the_speaker()
    {
        var text = "وقال رئيس الوزراء في القاهرة خلال لقائه سامح شكري ان \"الوضع صعب جدا\".";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.LOC, "القاهرة", "القاهرة")
            .WithEntity("e2", EntityType.PER, "سامح شكري", "سامح شكري");
        var q = Assert.Single(Quotes(doc));
        Assert.NotEqual("e2", q.SpeakerId);
    }

    [Theory]
    [InlineData("قال المتحدث ستيفان دوجاريك ان \"مقتل ثلاثين طفلا امر غير مقبول\"، داعيا الى تحقيق مستقل.", "مقتل ثلاثين طفلا امر غير مقبول")]
    [InlineData("قال المتحدث ستيفان دوجاريك ان \"مقتل ثلاثين طفلا امر غير مقبول\"، معربا عن حزنه.", "مقتل ثلاثين طفلا امر غير مقبول")]
    public void test_a_participle_after_a_comma_ends_the_indirect_speech(string text, string content)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "ستيفان دوجاريك", "ستيفان دوجاريك");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal(content, text[q.Start..q.End]);
        Assert.True(q.Direct);
        Assert.Equal("e1", q.SpeakerId);
    }

    [Fact]
    public void test_what_follows_a_comma_without_a_participle_stays_in_the_indirect_speech()
    {
        var text = "قال الوزير ان الوضع خطير، وان الحكومة ستتحرك قريبا.";
        var q = Assert.Single(Quotes(Docs.Tokenized(text)));
        Assert.Equal("ان الوضع خطير، وان الحكومة ستتحرك قريبا", text[q.Start..q.End]);
    }

    [Theory]
    [InlineData("وكانت حصيلة اولية قد اشارت الى سقوط 40 قتيلا، قبل ان ترتفع صباح الاحد.")]
    [InlineData("واعلنت الشرطة اعتقال ثلاثة اشخاص بعد ان فروا من الموقع.")]
    [InlineData("وذكر التقرير الحادث من دون ان يحدد موعده.")]
    public void test_ان_after_a_conjunction_of_time_or_manner_opens_no_speech(string text) =>
        Assert.Empty(Quotes(Docs.Tokenized(text)));

    [Fact]
    public void test_speech_after_a_clause_with_بعد_ان_is_still_found()
    {
        var text = "وقال الوزير بعد ان التقى نظيره ان المحادثات كانت بناءة.";
        var q = Assert.Single(Quotes(Docs.Tokenized(text)));
        Assert.Equal("ان المحادثات كانت بناءة", text[q.Start..q.End]);
    }

    [Fact]
    public void test_a_described_speaker_goes_by_the_name_given_after_ويدعى()
    {
        var text = "وروى والد العريس، ويدعى محمد طاهر، لوسائل اعلام محلية انه فقد شقيقه، وقال \"لقد تحول العرس الى مأتم\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "محمد طاهر", "محمد طاهر");
        var quotes = Quotes(doc);
        Assert.Equal("e1", At(text, quotes, "انه فقد شقيقه").SpeakerId);
        Assert.Equal("e1", At(text, quotes, "لقد تحول العرس الى مأتم").SpeakerId);
    }

    [Theory]
    [InlineData("ونقلت وكالة الانباء الرسمية عن مسؤول امني قوله ان الهجوم استهدف دورية للجيش.", "ان الهجوم استهدف دورية للجيش", "مسؤول امني", "وكالة الانباء الرسمية")]
    [InlineData("ونسبت الصحيفة الى مصدر حكومي قوله ان المفاوضات متعثرة.", "ان المفاوضات متعثرة", "مصدر حكومي", "الصحيفة")]
    [InlineData("ونقلت الوكالة عن المتحدث قوله \"لن نتراجع عن قرارنا\".", "لن نتراجع عن قرارنا", "المتحدث", "الوكالة")]
    public void test_قوله_is_the_speech_of_the_one_quoted_not_of_the_reporter(string text, string content, string speakerText, string reporter)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, reporter, reporter);
        var q = At(text, Quotes(doc), content);
        Assert.Null(q.SpeakerId);
        Assert.Equal(speakerText, SpeakerText(text, q));
    }

    [Fact]
    public void test_قوله_takes_a_named_speaker_after_عن()
    {
        var text = "ونقلت الوكالة عن الوزير سامح شكري قوله ان المحادثات كانت مثمرة.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامح شكري", "سامح شكري");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e1", q.SpeakerId);
    }
}
