using Hadath.Core;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Quote speakers the blind <c>ev6-</c> and <c>cn2-</c> stories showed wrong, as general constructions: a body told
/// again by its definite word (المكتب, قيادة الجيش) speaks as the body named before, while a person's title
/// (المحافظ, مديرة المتحف) does not; parts of a period (مطلع الشهر) and قد end the speaker's words; a verb-first
/// sentence's titled subject speaks for a cue with no subject of its own; a body the tagger does not know speaks before
/// its leader (تحالف سائرون بزعامة …). Sentences written for these tests.
/// </summary>
public sealed class QuoteBlindRoundThreeTests
{
    private static IReadOnlyList<Quote> Quotes(AnalyzedDocument doc) => new QuoteStage().Process(doc).Quotes;

    private static Quote At(string text, IReadOnlyList<Quote> quotes, string content) =>
        Assert.Single(quotes, q => text[q.Start..q.End] == content);

    private static string? SpeakerText(string text, Quote q) => q.SpeakerSpan is { } s ? text[s.Start..s.End] : null;

    [Theory]
    [InlineData("واكد الجيش اللبناني سيطرته على المنطقة. وقالت قيادة الجيش في بيان ان المسلحين هاجموا حاجزا.", "الجيش اللبناني", "ان المسلحين هاجموا حاجزا", "قيادة الجيش")]
    [InlineData("واصدر مكتب الامم المتحدة للشؤون الانسانية ارقاما جديدة. واوضح المكتب في تقرير ان الاف العائلات نزحت.", "الامم المتحدة", "ان الاف العائلات نزحت", "المكتب")]
    [InlineData("وحذرت وزارة الصحة من انتشار الوباء. وقالت الوزارة ان المستشفيات مكتظة.", "وزارة الصحة", "ان المستشفيات مكتظة", "الوزارة")]
    [InlineData("وبثت شبكة سي ان ان الخبر. واضاف بيان الشبكة \"كان زميلا فريدا من نوعه\".", "سي ان ان", "كان زميلا فريدا من نوعه", "بيان الشبكة")]
    public void test_a_body_told_again_by_its_definite_word_speaks_as_the_body_named_before(string text, string body, string content, string words)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, body, body);
        var q = At(text, Quotes(doc), content);
        Assert.Equal("e1", q.SpeakerId);
        Assert.Equal(words, SpeakerText(text, q));
    }

    [Theory]
    [InlineData("والتقى محافظ البنك المركزي الوزير. وقال المحافظ ان الاحتياطي كاف.", "البنك المركزي", "المحافظ")]
    [InlineData("وزار قائد الجيش اللبناني الموقع. وقال قائد الجيش ان الوضع تحت السيطرة.", "الجيش اللبناني", "قائد الجيش")]
    [InlineData("وافتتح متحف اللوفر جناحا جديدا. وقالت مديرة المتحف ان الزوار كثر.", "متحف اللوفر", "مديرة المتحف")]
    public void test_a_persons_title_over_a_body_named_before_stays_unnamed(string text, string body, string words)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, body, body);
        var q = Assert.Single(Quotes(doc));
        Assert.Null(q.SpeakerId);
        Assert.Equal(words, SpeakerText(text, q));
    }

    [Theory]
    [InlineData("وقال مدير مستشفى الكندي ان الجرحى كثر.", "مستشفى الكندي", "مدير مستشفى الكندي")]
    [InlineData("وقالت مديرة شركة الكهرباء الوطنية ان التيار سيعود.", "شركة الكهرباء الوطنية", "مديرة شركة الكهرباء الوطنية")]
    public void test_a_director_of_a_named_body_speaks_as_a_person_unnamed(string text, string body, string words)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, body, body);
        var q = Assert.Single(Quotes(doc));
        Assert.Null(q.SpeakerId);
        Assert.Equal(words, SpeakerText(text, q));
    }

    [Fact]
    public void test_a_definite_word_with_no_body_named_before_stays_unnamed()
    {
        var text = "وقالت الوزارة ان المستشفيات مكتظة. واعلنت وزارة الصحة حملة تلقيح.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "وزارة الصحة", "وزارة الصحة");
        var q = Assert.Single(Quotes(doc));
        Assert.Null(q.SpeakerId);
        Assert.Equal("الوزارة", SpeakerText(text, q));
    }

    [Theory]
    [InlineData("وكانت الامم المتحدة قد اعلنت مطلع الشهر الجاري ان عدد اللاجئين تجاوز مليونا.", "الامم المتحدة", "ان عدد اللاجئين تجاوز مليونا")]
    [InlineData("وكان الاتحاد الاوروبي قد اعلن اواخر العام الماضي ان المساعدات ستتضاعف.", "الاتحاد الاوروبي", "ان المساعدات ستتضاعف")]
    public void test_a_part_of_a_period_after_the_cue_is_no_speaker(string text, string body, string content)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, body, body);
        var q = Assert.Single(Quotes(doc));
        Assert.Equal(content, text[q.Start..q.End]);
        Assert.Equal("e1", q.SpeakerId);
    }

    [Theory]
    [InlineData("وكان وزير الدفاع قد قال ان المناورات ستستمر.", "ان المناورات ستستمر", "وزير الدفاع")]
    [InlineData("ودان وزير الخارجية الاميركي انتوني بلينكن الهجوم، مؤكدا ان واشنطن ستحاسب المسؤولين.", "ان واشنطن ستحاسب المسؤولين", "وزير الخارجية الاميركي")]
    [InlineData("وربط الرئيس بين الامن والتجارة، وقال ان الحلفاء يجب ان يدفعوا.", "ان الحلفاء يجب ان يدفعوا", "الرئيس")]
    [InlineData("وانتقد رئيس حكومة اقليم كردستان القرار، مضيفا ان الاقليم لن يتراجع.", "ان الاقليم لن يتراجع", "رئيس حكومة اقليم كردستان")]
    [InlineData("وانتقد المتحدث باسم الحكومة اليونانية القرار، مضيفا ان اثينا لن تتراجع.", "ان اثينا لن تتراجع", "المتحدث باسم الحكومة اليونانية")]
    public void test_a_verb_first_sentences_titled_subject_speaks_for_a_subjectless_cue(string text, string content, string words)
    {
        var q = Assert.Single(Quotes(Docs.Tokenized(text)));
        Assert.Equal(content, text[q.Start..q.End]);
        Assert.Null(q.SpeakerId);
        Assert.Equal(words, SpeakerText(text, q));
    }

    [Fact]
    public void test_a_titled_subject_is_not_left_to_the_speaker_of_an_earlier_sentence()
    {
        var text = "وقال سامح شكري ان المحادثات مثمرة. ودان وزير الخارجية الاميركي الهجوم، مؤكدا ان واشنطن ستحاسب المسؤولين.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامح شكري", "سامح شكري");
        var quotes = Quotes(doc);
        Assert.Equal("e1", At(text, quotes, "ان المحادثات مثمرة").SpeakerId);
        var later = At(text, quotes, "ان واشنطن ستحاسب المسؤولين");
        Assert.Null(later.SpeakerId);
        Assert.Equal("وزير الخارجية الاميركي", SpeakerText(text, later));
    }

    [Theory]
    [InlineData("واعلن تحالف سائرون بزعامة مقتدى الصدر انه سيشارك في الحكومة.", "مقتدى الصدر", "تحالف سائرون")]
    [InlineData("وقالت حركة النهضة برئاسة راشد الغنوشي ان الانتخابات ستجري في موعدها.", "راشد الغنوشي", "حركة النهضة")]
    public void test_a_body_the_tagger_does_not_know_speaks_not_its_leader(string text, string leader, string words)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, leader, leader);
        var q = Assert.Single(Quotes(doc));
        Assert.Null(q.SpeakerId);
        Assert.Equal(words, SpeakerText(text, q));
    }

    [Fact]
    public void test_a_named_subject_still_speaks_for_a_participle_cue()
    {
        var text = "ودان وزير الخارجية سامح شكري الهجوم، مؤكدا ان القاهرة تقف مع بيروت.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامح شكري", "سامح شكري");
        Assert.Equal("e1", Assert.Single(Quotes(doc)).SpeakerId);
    }
}
