using Hadath.Core;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

public sealed class QuoteStageTests
{
    private static IReadOnlyList<Quote> Quotes(AnalyzedDocument doc) => new QuoteStage().Process(doc).Quotes;

    private static AnalyzedDocument Kerry(string text) =>
        Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "جون كيري", "جون كيري", "كيري");

    private static void AssertQuote(string text, Quote q, string content, string? speaker, string? speakerText, string? cue, bool direct)
    {
        Assert.Equal(content, text[q.Start..q.End]);
        Assert.Equal(speaker, q.SpeakerId);
        Assert.Equal(speakerText, q.SpeakerSpan is { } s ? text[s.Start..s.End] : null);
        Assert.Equal(cue, q.CueSpan is { } c ? text[c.Start..c.End] : null);
        Assert.Equal(direct, q.Direct);
    }

    [Theory]
    [InlineData("وقال كيري \"ان الوقت ينفد\".", "ان الوقت ينفد")]
    [InlineData("وقال كيري «ان الوقت ينفد».", "ان الوقت ينفد")]
    [InlineData("وقال كيري: “ان الوقت ينفد”.", "ان الوقت ينفد")]
    [InlineData("وقال كيري للصحافيين في جنيف: «لن نسمح بذلك».", "لن نسمح بذلك")]
    public void test_quotes_direct_in_every_mark(string text, string content)
    {
        var q = Assert.Single(Quotes(Kerry(text)));
        AssertQuote(text, q, content, "e1", "كيري", "وقال", direct: true);
    }

    [Fact]
    public void test_quotes_direct_spanning_sentences()
    {
        var text = "وقال كيري \"الوقت ينفد. علينا ان نتحرك\".";
        var q = Assert.Single(Quotes(Kerry(text)));
        AssertQuote(text, q, "الوقت ينفد. علينا ان نتحرك", "e1", "كيري", "وقال", direct: true);
    }

    [Fact]
    public void test_quotes_cue_after_the_quote()
    {
        var text = "«لن نسمح بذلك ابدا»، قال كيري.";
        var q = Assert.Single(Quotes(Kerry(text)));
        AssertQuote(text, q, "لن نسمح بذلك ابدا", "e1", "كيري", "قال", direct: true);
    }

    [Theory]
    [InlineData("وقال كيري ان المفاوضات مستمرة.", "ان المفاوضات مستمرة", "وقال")]
    [InlineData("واكد كيري انه سيزور موسكو.", "انه سيزور موسكو", "واكد")]
    [InlineData("واعلن كيري الجمعة أن الاتفاق قريب.", "أن الاتفاق قريب", "واعلن")]
    [InlineData("وحذر جون كيري من ان الوقت ينفد.", "ان الوقت ينفد", "وحذر")]
    public void test_quotes_indirect_speech_after_a_cue(string text, string content, string cue)
    {
        var q = Assert.Single(Quotes(Kerry(text)));
        AssertQuote(text, q, content, "e1", text.Contains("جون كيري") ? "جون كيري" : "كيري", cue, direct: false);
    }

    [Fact]
    public void test_quotes_title_before_the_name_resolves_to_the_person()
    {
        var text = "وقال المتحدث باسم الكرملين دميتري بيسكوف ان موسكو مستعدة.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.ORG, "الكرملين", "الكرملين")
            .WithEntity("e2", EntityType.PER, "دميتري بيسكوف", "دميتري بيسكوف");
        var q = Assert.Single(Quotes(doc));
        AssertQuote(text, q, "ان موسكو مستعدة", "e2", "دميتري بيسكوف", "وقال", direct: false);
    }

    [Fact]
    public void test_quotes_cue_without_a_name_continues_the_previous_speaker()
    {
        var text = "وقال كيري ان المفاوضات مستمرة. واضاف ان الوقت ينفد.";
        var quotes = Quotes(Kerry(text));
        Assert.Equal(2, quotes.Count);
        AssertQuote(text, quotes[1], "ان الوقت ينفد", "e1", "كيري", "واضاف", direct: false);
    }

    [Fact]
    public void test_quotes_unnamed_official_has_text_but_no_entity()
    {
        var text = "وقال مسؤول اميركي لوكالة فرانس برس ان الهجوم وشيك.";
        var q = Assert.Single(Quotes(Docs.Tokenized(text).WithEntities(ImmutableArrayEmpty)));
        AssertQuote(text, q, "ان الهجوم وشيك", null, "مسؤول اميركي", "وقال", direct: false);
    }

    [Fact]
    public void test_quotes_the_agency_spoken_to_is_not_the_speaker()
    {
        var text = "وقال مسؤول اميركي لوكالة فرانس برس ان الهجوم وشيك.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "فرانس برس", "فرانس برس");
        AssertQuote(text, Assert.Single(Quotes(doc)), "ان الهجوم وشيك", null, "مسؤول اميركي", "وقال", direct: false);
    }

    [Fact]
    public void test_quotes_speaker_before_the_circumstances()
    {
        var text = "وقال كيري في مؤتمر صحافي مع لافروف ان الوقت ينفد.";
        var doc = Kerry(text).WithEntity("e2", EntityType.PER, "لافروف", "لافروف");
        Assert.Equal("e1", Assert.Single(Quotes(doc)).SpeakerId);
    }

    [Fact]
    public void test_quotes_organisation_speaks_when_no_person_is_named()
    {
        var text = "واعلنت الامم المتحدة ان المساعدات وصلت.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "الامم المتحدة", "الامم المتحدة");
        AssertQuote(text, Assert.Single(Quotes(doc)), "ان المساعدات وصلت", "e1", "الامم المتحدة", "واعلنت", direct: false);
    }

    [Fact]
    public void test_quotes_partial_quote_inside_indirect_speech_is_the_same_speaker()
    {
        var text = "وقال كيري ان الوضع «خطير جدا» في حلب.";
        var quotes = Quotes(Kerry(text));
        Assert.Equal(2, quotes.Count);
        AssertQuote(text, quotes[0], "ان الوضع «خطير جدا» في حلب", "e1", "كيري", "وقال", direct: false);
        AssertQuote(text, quotes[1], "خطير جدا", "e1", "كيري", "وقال", direct: true);
    }

    [Fact]
    public void test_quotes_question_put_to_someone_is_not_their_quote()
    {
        var text = "وسئل كيري \"هل ستزور موسكو قريبا؟\" فلم يجب.";
        Assert.Empty(Quotes(Kerry(text)));
    }

    [Fact]
    public void test_quotes_a_name_in_quote_marks_is_not_a_quote()
    {
        var text = "وقاتل تنظيم «داعش» في المدينة.";
        Assert.Empty(Quotes(Docs.Tokenized(text).WithEntities(ImmutableArrayEmpty)));
    }

    [Fact]
    public void test_quotes_two_speakers_in_one_story()
    {
        var text = "وقال كيري ان الاتفاق ممكن. من جهته، قال لافروف ان موسكو مستعدة.";
        var doc = Kerry(text).WithEntity("e2", EntityType.PER, "سيرغي لافروف", "لافروف");
        var quotes = Quotes(doc);
        Assert.Equal(new string?[] { "e1", "e2" }, quotes.Select(q => q.SpeakerId));
    }

    [Fact]
    public void test_quotes_subject_before_the_cue()
    {
        var text = "وكان كيري قال ان الاتفاق ممكن.";
        AssertQuote(text, Assert.Single(Quotes(Kerry(text))), "ان الاتفاق ممكن", "e1", "كيري", "قال", direct: false);
    }

    private static System.Collections.Immutable.ImmutableArray<Entity> ImmutableArrayEmpty => System.Collections.Immutable.ImmutableArray<Entity>.Empty;

    [Theory]
    [InlineData("وقال كيري ان \"الوقت ينفد\".", "الوقت ينفد")]
    [InlineData("واكد كيري للصحافيين ان «الاتفاق ممكن».", "الاتفاق ممكن")]
    public void test_quotes_that_followed_only_by_a_quote_is_one_direct_quote(string text, string content)
    {
        var q = Assert.Single(Quotes(Kerry(text)));
        Assert.Equal(content, text[q.Start..q.End]);
        Assert.True(q.Direct);
        Assert.Equal("e1", q.SpeakerId);
    }

    [Fact]
    public void test_quotes_that_with_words_before_the_quote_stays_indirect_around_it()
    {
        var text = "وقال كيري ان بلاده \"مستعدة للتعاون\".";
        var quotes = Quotes(Kerry(text));
        Assert.Equal(new[] { "ان بلاده \"مستعدة للتعاون\"", "مستعدة للتعاون" }, quotes.Select(q => text[q.Start..q.End]));
    }

    [Fact]
    public void test_quotes_the_statement_continues_its_author()
    {
        var text = "وقال كيري في بيان ان الوقت ينفد. واشار البيان الى ان المحادثات ستستأنف.";
        var quotes = Quotes(Kerry(text));
        Assert.Equal(2, quotes.Count);
        AssertQuote(text, quotes[1], "ان المحادثات ستستأنف", "e1", "كيري", "واشار", direct: false);
    }

    [Theory]
    [InlineData("واكد رئيس الحكومة الاسبوع الماضي ان الخطة جاهزة", "رئيس الحكومة")]
    [InlineData("وقال مسؤول عسكري فجر الجمعة ان الهجوم فشل", "مسؤول عسكري")]
    public void test_quotes_unnamed_speaker_stops_before_a_time(string text, string speakerText)
    {
        var q = Assert.Single(Quotes(Docs.Tokenized(text).WithEntities(ImmutableArrayEmpty)));
        Assert.Equal(speakerText, q.SpeakerSpan is { } s ? text[s.Start..s.End] : null);
        Assert.Null(q.SpeakerId);
    }

    [Theory]
    [InlineData("وقال مسؤول طلب عدم كشف اسمه ان الهجوم فشل", "ان الهجوم فشل", "مسؤول", "وقال")]
    [InlineData("واضاف مسؤول امني رفض الكشف عن اسمه لوكالة فرانس برس ان التحقيق جار", "ان التحقيق جار", "مسؤول امني", "واضاف")]
    [InlineData("وقال مصدر عسكري فضل عدم ذكر اسمه ان القوات انسحبت", "ان القوات انسحبت", "مصدر عسكري", "وقال")]
    [InlineData("واكدت موظفة لم تشأ الكشف عن هويتها ان الرواتب تأخرت", "ان الرواتب تأخرت", "موظفة", "واكدت")]
    [InlineData("وقال ضابط طلب عدم كشف اسمه: «لن ننسحب من المدينة»", "لن ننسحب من المدينة", "ضابط", "وقال")]
    public void test_quotes_a_speaker_who_keeps_his_name_back_is_unnamed(string text, string content, string speakerText, string cue)
    {
        var q = Assert.Single(Quotes(Docs.Tokenized(text).WithEntities(ImmutableArrayEmpty)));
        AssertQuote(text, q, content, null, speakerText, cue, direct: text.Contains('«'));
    }

    [Fact]
    public void test_quotes_participle_cue_goes_on_with_the_sentence_speaker()
    {
        var text = "واعلن المتحدث باسم الجيش تحسين ابراهيم مقتل 40 مسلحا، مؤكدا ان \"العملية مستمرة\". وقال كيري ان الوقت ينفد، مشيرا الى ان المحادثات ستستأنف.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "جون كيري", "كيري")
            .WithEntity("e2", EntityType.PER, "تحسين ابراهيم", "تحسين ابراهيم");
        var quotes = Quotes(doc);
        Assert.Equal(new[] { "العملية مستمرة", "ان الوقت ينفد", "ان المحادثات ستستأنف" }, quotes.Select(q => text[q.Start..q.End]));
        Assert.Equal(new[] { "e2", "e1", "e1" }, quotes.Select(q => q.SpeakerId));
        Assert.Equal("مشيرا", text[quotes[2].CueSpan!.Value.Start..quotes[2].CueSpan!.Value.End]);
    }

    [Fact]
    public void test_quotes_the_answer_after_a_question_is_the_one_asked()
    {
        var text = "وسئل العطية عن ارسال قوات الى سوريا، فاكتفى بالقول ان \"كل الخيارات مطروحة\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "العطية", "العطية");
        var q = Assert.Single(Quotes(doc));
        AssertQuote(text, q, "كل الخيارات مطروحة", "e1", "العطية", "بالقول", direct: true);
    }

    [Fact]
    public void test_quotes_an_unnamed_one_asked_answers()
    {
        var text = "وسئل وزير الامن الداخلي عن الهجمات، فقال ان \"الحكومة ستعزز الاجراءات\".";
        var q = Assert.Single(Quotes(Docs.Tokenized(text)));
        AssertQuote(text, q, "الحكومة ستعزز الاجراءات", null, "وزير الامن الداخلي", "فقال", direct: true);
    }

    [Fact]
    public void test_quotes_a_participle_cue_takes_the_sentence_subject()
    {
        var text = "وتبنت حركة الشباب الهجوم في بيان، مؤكدة ان مقاتليها نفذوا العملية.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "حركة الشباب", "حركة الشباب");
        var q = Assert.Single(Quotes(doc));
        AssertQuote(text, q, "ان مقاتليها نفذوا العملية", "e1", "حركة الشباب", "مؤكدة", direct: false);
    }

    [Fact]
    public void test_quotes_a_conjoined_cue_goes_on_with_the_clause_subject_not_the_last_name()
    {
        var text = "والتقى ايرولت نظيره خالد العطية، وقال في مؤتمر صحافي ان \"فرنسا ملتزمة بالحل\".";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "ايرولت", "ايرولت")
            .WithEntity("e2", EntityType.PER, "خالد العطية", "خالد العطية");
        var q = Assert.Single(Quotes(doc));
        AssertQuote(text, q, "فرنسا ملتزمة بالحل", "e1", "ايرولت", "وقال", direct: true);
    }

    [Fact]
    public void test_quotes_a_cue_inside_quotation_marks_does_not_end_the_speech()
    {
        var text = "وقال بوشاشي ان \"الشعب قال كلمته بطريقة سلمية\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "بوشاشي", "بوشاشي");
        var q = Assert.Single(Quotes(doc));
        AssertQuote(text, q, "الشعب قال كلمته بطريقة سلمية", "e1", "بوشاشي", "وقال", direct: true);
    }

    [Fact]
    public void test_quotes_described_as_and_speech_ending_before_the_next_speakers_clause()
    {
        var text = "ودان الرئيس فرماجو الهجوم ووصفه بانه \"عمل جبان\"، فيما اعلن الاتحاد الافريقي ان قواته لم تشارك.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "فرماجو", "فرماجو")
            .WithEntity("e2", EntityType.ORG, "الاتحاد الافريقي", "الاتحاد الافريقي");
        var quotes = Quotes(doc);
        Assert.Equal(2, quotes.Count);
        AssertQuote(text, quotes[0], "عمل جبان", "e1", "فرماجو", "ووصفه", direct: true);
        AssertQuote(text, quotes[1], "ان قواته لم تشارك", "e2", "الاتحاد الافريقي", "اعلن", direct: false);
    }

    [Theory]
    // what is said ends before a clause opened by فيما or بينما after a comma, though no speaker comes in with it: a
    // whole quotation after ان is then one direct quote, and unquoted speech ends at the comma
    [InlineData("ودانت المبادرة الاعتقالات، معتبرة أن \"الإضراب حق يكفله الدستور\"، فيما اتهم النظام العمال بالتخريب.", "الإضراب حق يكفله الدستور", true)]
    [InlineData("وقال كيري ان الحل سياسي، بينما قصفت الطائرات المدينة.", "ان الحل سياسي", false)]
    [InlineData("وقال كيري ان الحل سياسي، في حين قصفت الطائرات المدينة.", "ان الحل سياسي", false)]
    // a contrast opened by ان after في حين is still what was said
    [InlineData("وقال كيري ان الحل سياسي، في حين ان الحرب لا تحل شيئا.", "ان الحل سياسي، في حين ان الحرب لا تحل شيئا", false)]
    // فيما of "as regards" opens no clause
    [InlineData("وقال كيري ان الشفافية ستزيد، فيما يتعلق بالمالية العامة.", "ان الشفافية ستزيد، فيما يتعلق بالمالية العامة", false)]
    public void test_quotes_speech_ends_before_a_while_clause(string text, string content, bool direct)
    {
        var q = Assert.Single(Quotes(text.Contains("كيري", StringComparison.Ordinal) ? Kerry(text) : Docs.Tokenized(text)));
        Assert.Equal(content, text[q.Start..q.End]);
        Assert.Equal(direct, q.Direct);
    }

    [Fact]
    public void test_quotes_a_charge_or_slogan_in_marks_is_not_speech()
    {
        const string text = "وحكمت المحكمة على الناشط بالسجن عشرين عاما بتهمة \"المساس بالسلامة الداخلية للدولة\"، فيما برأت ثلاثة متهمين.";
        Assert.Empty(Quotes(Docs.Tokenized(text)));
    }

    [Fact]
    public void test_quotes_a_long_title_between_cue_and_quote_still_names_the_speaker()
    {
        const string text = "وقال المتحدث باسم التحالف العسكري بقيادة السعودية العقيد تركي المالكي في مؤتمر صحافي عقده مساء الاحد ان \"الميليشيات تستهدف المدنيين\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "تركي المالكي", "تركي المالكي");
        var quote = Assert.Single(Quotes(doc));
        AssertQuote(text, quote, "الميليشيات تستهدف المدنيين", "e1", "تركي المالكي", "وقال", true);
    }

    [Fact]
    public void test_quotes_a_member_of_an_organisation_speaks_unnamed()
    {
        const string text = "وقالت ممثلة صندوق النقد في عمان ان \"الاصلاحات الضريبية ضرورية\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "صندوق النقد", "صندوق النقد");
        var quote = Assert.Single(Quotes(doc));
        AssertQuote(text, quote, "الاصلاحات الضريبية ضرورية", null, "ممثلة صندوق النقد", "وقالت", true);
    }

    [Theory]
    [InlineData("وافاد مراسل سانا ان القذائف سقطت على حي سكني.", "سانا", "مراسل سانا", "ان القذائف سقطت على حي سكني")]
    [InlineData("واكدت مراسلة وات ان المحتجين اغلقوا الطريق.", "وات", "مراسلة وات", "ان المحتجين اغلقوا الطريق")]
    public void test_quotes_an_agencys_correspondent_speaks_unnamed(string text, string agency, string speakerText, string content)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, agency, agency);
        var quote = Assert.Single(Quotes(doc));
        AssertQuote(text, quote, content, null, speakerText, text[..text.IndexOf(' ')], false);
    }

    [Fact]
    public void test_quotes_a_title_with_a_genitive_still_reaches_the_name()
    {
        const string text = "ودعا الامين العام للامم المتحدة انطونيو غوتيريش الى \"تحقيق مستقل\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "انطونيو غوتيريش", "انطونيو غوتيريش");
        Assert.Equal("e1", Assert.Single(Quotes(doc)).SpeakerId);
    }

    [Fact]
    public void test_quotes_after_a_comma_the_person_before_a_subjectless_cue_is_the_object()
    {
        const string text = "من جهته، هنأ رئيس الوزراء حيدر العبادي الحلبوسي، مؤكدا في بيان ان \"العملية السياسية تمضي\".";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "حيدر العبادي", "حيدر العبادي").WithEntity("e2", EntityType.PER, "الحلبوسي", "الحلبوسي");
        Assert.Equal("e1", Assert.Single(Quotes(doc)).SpeakerId);
    }

    [Theory]
    [InlineData("واعلن تحالف سائرون بزعامة مقتدى الصدر انه سيشارك في الحكومة", "تحالف سائرون", "مقتدى الصدر", "e1")]   // the body, not its leader
    [InlineData("وقال المتحدث باسم التحالف بقيادة السعودية العقيد تركي المالكي ان الحوثيين يستهدفون المدنيين", "التحالف", "تركي المالكي", "e2")]   // a spokesman's title goes on
    public void test_quotes_a_leader_word_after_a_body(string text, string body, string person, string speaker)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, body, body).WithEntity("e2", EntityType.PER, person, person);
        Assert.Equal(speaker, Assert.Single(Quotes(doc)).SpeakerId);
    }
}
