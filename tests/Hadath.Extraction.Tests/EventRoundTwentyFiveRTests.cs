using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// From the blind `ev18r-` refugee stories (round twenty-five: Bekaa, Amman, Istanbul, Mosul): a deportation whose
/// subject is told before the verb (a pluperfect with قد, a told clause after ان) and whose crowd carries a qualifier
/// (ما لا يقل عن). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentyFiveRTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وكانت ادارة الهجرة قد رحلت، الاحد، 150 مهاجرا عبر المعبر الحدودي")]
    [InlineData("وكانت ادارة الهجرة قد رحلت الاسبوع الماضي 150 مهاجرا الى بلدانهم")]
    [InlineData("وذكرت المنظمة في تقريرها ان ادارة الهجرة رحلت 150 لاجئا خلال الشهر الماضي")]
    [InlineData("واعلنت ادارة الهجرة انها رحلت 150 مهاجرا الى بلدانهم")]
    [InlineData("ورحلت ادارة الهجرة ما لا يقل عن 150 لاجئا الى بلادهم")]
    [InlineData("وقالت المنظمة ان ادارة الهجرة رحلت ما لا يقل عن 150 لاجئا الى بلادهم")]
    public void test_a_deportation_with_its_subject_before_the_verb_or_a_qualified_crowd_is_read(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "ادارة الهجرة"));
        var e = Assert.Single(Events(doc), x => x.Code == "174");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // the crowd before the verb is who left; nobody after it was sent away
    [InlineData("وكانت 300 عائلة قد رحلت عن المخيم بعد الحريق")]
    [InlineData("وقال المسؤول ان العائلات رحلت عن المخيم قبل يومين")]
    // who died, with an age after عن
    [InlineData("وكانت الفنانة قد رحلت عن 75 عاما بعد صراع مع المرض")]
    public void test_rahala_with_its_subject_before_it_and_no_crowd_sent_is_no_deportation(string text) =>
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code == "174");

    [Theory]
    [InlineData("فرضت جمعية الحي، اليوم الاحد، حظر تجول ليليا على العمال الاجانب", "1723")]
    [InlineData("وفرضت جمعية الحي منع التجول على النازحين بعد الاشكال", "1723")]
    [InlineData("فرضت جمعية الحي منع تجول على النازحين من السابعة مساء", "1723")]
    [InlineData("وكان صندوق الحي قد خفض الشهر الماضي قيمة المساعدات النقدية للاجئين", "162")]
    [InlineData("وقلصت جمعية الحي مساعداتها الغذائية للعائلات في المخيم", "162")]
    [InlineData("وتعهدت جمعية الحي بتقديم 500 الف دولار لدعم اللاجئين", "033")]
    [InlineData("واجبرت جمعية الحي 200 عائلة على مغادرة المخيم خلال ساعات", "174")]
    [InlineData("واجبرت جمعية الحي العائلات على مغادرته قبل هدمه", "174")]
    public void test_a_curfew_an_aid_cut_a_pledge_and_an_eviction_are_read(string text, string code)
    {
        var org = text.Contains("صندوق") ? "صندوق الحي" : "جمعية الحي";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, org))));
        Assert.Equal(code, e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_an_eviction_by_unnamed_authorities_is_read()
    {
        const string text = "واجبرت السلطات العراقية 200 عائلة على مغادرة المخيم خلال ساعات";
        var e = Assert.Single(Events(Docs.Tokenized(text)));
        Assert.Equal("174", e.Code);
        Assert.Null(e.Source?.EntityId);
    }

    [Theory]
    // a verbal noun of a cut or a pledge told as planned, asked for or feared is no act
    [InlineData("وتخشى جمعية الحي من قرار خفض المساعدات في الشهر المقبل")]
    [InlineData("وطالبت جمعية الحي بالتراجع عن تقليص المساعدات")]
    // a curfew lifted
    [InlineData("ورفعت جمعية الحي حظر التجول عن المدينة")]
    // forced to resign, not to leave
    [InlineData("واجبرت جمعية الحي الوزير على تقديم استقالته")]
    public void test_no_curfew_aid_cut_pledge_or_eviction_from_other_senses(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "جمعية الحي"))), x => x.Code is "1723" or "162" or "033" or "174");

    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    [InlineData("ونفى مسؤول في بلدية زحلة ذلك", "LOC", "زحلة", "ORG بلدية زحلة")]
    [InlineData("فرضت بلدية برالياس حظر تجول", "PER", "برالياس", "ORG بلدية برالياس")]
    [InlineData("وقال رئيس بلدية عرسال ان", "LOC", "عرسال", "LOC عرسال")]
    [InlineData("وقالت ان بلدي فرنسا تدعم القرار", "LOC", "فرنسا", "LOC فرنسا")]
    [InlineData("واكد رئيس النيابة البلدية جربة ان", "LOC", "جربة", "LOC جربة")]
    public void test_a_municipality_named_by_its_town_is_a_body_unless_inside_a_title(string text, string type, string town, string expected)
    {
        var doc = Docs.WithNamed(text, ("e1", Enum.Parse<EntityType>(type), town));
        Assert.Equal(new[] { expected }, Mentions(new Hadath.Extraction.Mentions.NameRecoveryStage().Process(doc)));
    }

    private static IReadOnlyList<Quote> Quotes(AnalyzedDocument doc) => new Hadath.Extraction.Quotes.QuoteStage().Process(doc).Quotes;

    private static string? SpeakerText(string text, Quote q) => q.SpeakerSpan is { } s ? text[s.Start..s.End] : null;

    [Theory]
    [InlineData("ونقل المراسل عن احد المشاركين، ويدعى سامي الحلو، قوله ان شقيقه يعمل بشكل قانوني.")]
    [InlineData("ونقلت الوكالة عن احد اللاجئين، ويدعى سامي الحلو، قوله ان المخيم مكتظ.")]
    public void test_one_quoted_with_qawluhu_past_a_description_and_his_name_between_commas_speaks(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "سامي الحلو"));
        var q = Assert.Single(Quotes(doc));
        Assert.Equal("e1", q.SpeakerId);
    }

    [Theory]
    [InlineData("وقال الوزير ان العودة طوعية. لكن عائلات في المخيم قالت انها لا تملك مكانا تعود اليه.", "عائلات في المخيم")]
    [InlineData("وقال الوزير ان العودة طوعية. ولاجئون في المخيم قالوا انهم لم يتلقوا اي مساعدة.", "ولاجئون في المخيم")]
    public void test_unnamed_people_opening_the_sentence_before_the_cue_speak(string text, string words)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "الوزير"));
        var q = Assert.Single(Quotes(doc), x => x.Start > text.IndexOf('.'));
        Assert.Null(q.SpeakerId);
        Assert.Equal(words, SpeakerText(text, q));
    }

    [Fact]
    public void test_qawluhu_after_a_participle_goes_on_with_the_speaker_not_a_word_after_an()
    {
        const string text = "وقال سامي الحلو ان المشروع يشمل ترميم المدرسة فضلا عن تشييد مستوصف بالمكان، مضيفا قوله \"بامكان الوزارة ان تفعل اكثر\".";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "سامي الحلو"));
        Assert.All(Quotes(doc), q => Assert.Equal("e1", q.SpeakerId));
    }

    [Fact]
    public void test_qawluhu_past_a_comma_is_not_read_from_a_place_after_ila()
    {
        const string text = "ونقلت الوكالة عن سامي الحلو، بعد لقائه لاجئين وصلوا حديثا الى المخيمات المكتظة، قوله \"الوضع صعب\".";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "سامي الحلو"));
        Assert.Equal("e1", Assert.Single(Quotes(doc)).SpeakerId);
    }

    [Theory]
    [InlineData("دهمت دورية من مخابرات الجيش اللبناني فجر اليوم مخيما", "ORG مخابرات الجيش اللبناني")]
    [InlineData("واعتقلت مخابرات الجيش السوري شابين", "ORG مخابرات الجيش السوري")]
    [InlineData("وتعمل اجهزة المخابرات على ملاحقتهم", null)]
    public void test_an_armys_intelligence_is_a_body(string text, string? expected) =>
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, Mentions(new Hadath.Extraction.Mentions.NameRecoveryStage().Process(Docs.Tokenized(text))));

    [Fact]
    public void test_an_arrest_by_a_patrol_of_an_armys_intelligence_is_the_intelligences()
    {
        const string text = "دهمت دورية من مخابرات الجيش اللبناني فجر اليوم مخيما للنازحين، واوقفت 27 سوريا لا يحملون اوراقا";
        var doc = new Hadath.Extraction.Mentions.NameRecoveryStage().Process(Docs.Tokenized(text));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal(text.IndexOf("مخابرات", StringComparison.Ordinal), doc.Entities.Single(x => x.Id == e.Source?.EntityId).Mentions[0].Start);
    }

    [Theory]
    [InlineData("وانتقد النائب عن البقاع الغربي سامي الحلو القرار، متهما البلدية بالتحريض على النازحين", "111")]
    [InlineData("واتهم النائب عن محافظة الانبار سامي الحلو الحكومة بالتقصير", "112")]
    public void test_a_title_held_for_a_place_names_its_holder_after_the_place(string text, string code)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "سامي الحلو"));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_person_tagged_with_a_listed_place_before_the_name_is_split_from_it()
    {
        const string text = "وانتقد النائب عن محافظة نينوى احمد الجبوري القرار";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "نينوى احمد الجبوري"));
        var shown = Mentions(new Hadath.Extraction.Mentions.NameRecoveryStage().Process(doc));
        Assert.Contains("PER احمد الجبوري", shown);
        Assert.DoesNotContain("PER نينوى احمد الجبوري", shown);
    }

    [Theory]
    [InlineData("واوقفت مديرية الامن 40 مهاجرا، وفق ما افاد بيان صادر عن المديرية. واوضح البيان ان الموقوفين نقلوا الى مراكز الترحيل.", "e1")]
    // a statement with no author named, and no one spoke before: nobody is known to speak
    [InlineData("واوقفت مديرية الامن 40 مهاجرا، وفق بيان رسمي. واوضح البيان ان الموقوفين نقلوا الى مراكز الترحيل.", null)]
    public void test_the_statement_cited_by_al_bayan_speaks_for_its_author_named_before(string text, string? speaker)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "مديرية الامن", "مديرية الامن", "المديرية");
        var q = Assert.Single(Quotes(doc));
        Assert.Equal(speaker, q.SpeakerId);
    }

    [Theory]
    [InlineData("ومنحت جمعية الحي البرنامج 30 مليون يورو اضافية لدعم عملياته", true)]
    [InlineData("وصرفت جمعية الحي منحة مالية لكل عائلة عائدة", true)]
    [InlineData("ومنحت جمعية الحي جائزتها السنوية لكاتب شاب", false)]
    [InlineData("وصرفت جمعية الحي رواتب موظفيها امس", false)]
    public void test_money_granted_is_economic_aid(string text, bool aid)
    {
        var events = Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "جمعية الحي")));
        if (aid) Assert.Equal("e1", Assert.Single(events, x => x.Code == "071").Source?.EntityId);
        else Assert.DoesNotContain(events, x => x.Code.StartsWith("07", StringComparison.Ordinal));
    }
}
