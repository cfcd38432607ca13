using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round twenty-six's Maghrebi and Egyptian protest pass (the four blind ev19p- stories: jobless graduates in Tetouan and
/// Ouargla, a regional general strike in Jendouba, textile workers in Mahalla, as MAP, El Khabar, TAP and AFP tell them): a
/// sit-in broken up by a dispersing verb with the masculine object pronoun (قبل أن تفضه), stones thrown told by the
/// verbal noun after an act verb (رد المحتجون برشق), fire set joined by و to a road cut after عمد الى, and the rights
/// groups, unions and given names of that news the tagger misses. Sentences written for these tests, none from a story or
/// a data set.
/// </summary>
public sealed class EventRoundTwentySixPTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("وكان مئات العمال قد نظموا اعتصاما داخل ساحة الشركة، قبل أن تفضه قوات الأمن مستخدمة الهراوات")]
    [InlineData("واعتصم عشرات المعطلين امام مقر العمالة، قبل ان يفضه رجال الامن بالقوة")]
    public void test_a_dispersal_with_the_masculine_pronoun_breaks_up_the_sit_in_told_before(string text)
    {
        var e = Events(Docs.Tokenized(text));
        Assert.Contains(e, x => x.Code == "175");
        Assert.Contains(e, x => x.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void test_the_masculine_pronoun_form_with_no_protest_told_is_no_dispersal()
    {
        var e = Events(Docs.Tokenized("وينتظر الطرفان حكم المحكمة في الخلاف قبل ان يفضه القاضي نهائيا"));
        Assert.DoesNotContain(e, x => x.Code == "175");
    }

    [Theory]
    [InlineData("وتدخلت قوات مكافحة الشغب لفتح الطريق، فيما رد المحتجون برشق عناصرها بالحجارة")]
    [InlineData("وقام عشرات الشبان برشق عناصر الشرطة بالحجارة امام مقر الولاية")]
    public void test_stones_told_by_the_verbal_noun_after_an_act_verb_at_the_police_are_a_riot(string text)
    {
        var e = Events(Docs.Tokenized(text));
        var riot = Assert.Single(e, x => x.Code == "145");
        Assert.Equal("رشق", text[riot.Span.Start..riot.Span.End][^3..]);
    }

    [Theory]
    [InlineData("واتهمت الشرطة الشبان برشق عناصرها بالحجارة")]             // a charge: no act verb before it
    [InlineData("وقام مجهولون برشق حافلة للنقل العمومي بالحجارة")]       // stones at a bus: no riot of a protest
    public void test_stones_told_by_the_verbal_noun_elsewhere_are_no_riot(string text) =>
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code == "145");

    [Fact]
    public void test_fire_set_joined_to_a_road_cut_the_crowd_went_as_far_as_is_a_riot_of_its_own()
    {
        const string text = "وعمد عشرات الشبان الى اغلاق الطريق الوطنية رقم 17 بالحجارة واضرام النار في العجلات المطاطية";
        var e = Events(Docs.Tokenized(text));
        var fire = Assert.Single(e, x => x.Code == "145");
        Assert.EndsWith("اضرام", text[fire.Span.Start..fire.Span.End]);
        Assert.Contains(e, x => x.Code == "144");
    }

    [Theory]
    [InlineData("واتهمت النيابة الموقوفين بالتحريض على العنف واضرام النار في مقر البلدية")]   // joined to a charge after على
    [InlineData("وطالب المحتجون بالافراج عن الموقوفين واضرام النار في العجلات لم يكن مقصودا")]
    public void test_fire_set_joined_to_no_act_of_a_crowd_is_no_riot(string text) =>
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code == "145");

    [Theory]
    [InlineData("ودانت المبادرة المصرية للحقوق الشخصية في بيان الاعتقالات", "المبادرة المصرية للحقوق الشخصية")]
    [InlineData("ونددت الجمعية الوطنية لحملة الشهادات المعطلين بالمغرب بالتدخل الامني", "الجمعية الوطنية لحملة الشهادات المعطلين بالمغرب")]
    public void test_a_rights_group_of_protest_news_the_tagger_misses_is_the_side_of_its_condemnation(string text, string name)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        var body = Assert.Single(doc.Entities, x => x.Type == EntityType.ORG);
        Assert.Equal(name, text[body.Mentions[0].Start..body.Mentions[0].End]);
        var e = Assert.Single(Events(doc), x => x.Code == "111");
        Assert.Equal(body.Id, e.Source?.EntityId);
    }

    [Fact]
    public void test_a_coordinator_named_by_a_maghrebi_given_name_is_the_side_of_his_accusation()
    {
        const string text = "وأكد الطاهر بلعباس، منسق اللجنة، أن الاحتجاج سلمي، متهما المسؤولين المحليين بالتمييز";
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        var person = Assert.Single(doc.Entities, x => x.Type == EntityType.PER);
        Assert.Equal("الطاهر بلعباس", text[person.Mentions[0].Start..person.Mentions[0].End]);
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal(person.Id, e.Source?.EntityId);
    }

    [Theory]
    [InlineData("ودعا والي ورقلة، عبد القادر بن مسعود، الشباب الى الهدوء. وكان الوالي قد التقى ممثلين عن البطالين")]
    [InlineData("وقال والي وهران عبد القادر جلاوي ان الحوار مفتوح. وكان الوالي قد التقى ممثلين عن البطالين")]
    public void test_the_governor_told_back_by_his_title_alone_is_the_one_named_before_and_the_side_of_his_meeting(string text)
    {
        string name = text.Contains("جلاوي", StringComparison.Ordinal) ? "عبد القادر جلاوي" : "عبد القادر بن مسعود";
        string place = text.Contains("وهران", StringComparison.Ordinal) ? "وهران" : "ورقلة";
        var doc = new ActorStage().Process(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, name, name).WithEntity("e2", EntityType.LOC, place, place));
        var person = doc.Entities.Single(e => e.Id == "e1");
        Assert.Contains(person.Mentions, m => text[m.Start..m.End] == "الوالي");
        var e = Assert.Single(Events(doc), x => x.Code == "040");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_governor_told_back_with_two_governors_named_stays_unlinked()
    {
        const string text = "وقال والي وهران عبد القادر جلاوي ووالي تلمسان علي بن يعقوب ان الحوار مفتوح. وكان الوالي قد التقى ممثلين عن البطالين";
        var doc = new ActorStage().Process(Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "عبد القادر جلاوي", "عبد القادر جلاوي").WithEntity("e2", EntityType.LOC, "وهران", "وهران")
            .WithEntity("e3", EntityType.PER, "علي بن يعقوب", "علي بن يعقوب").WithEntity("e4", EntityType.LOC, "تلمسان", "تلمسان"));
        Assert.DoesNotContain(doc.Entities.SelectMany(e => e.Mentions), m => text[m.Start..m.End] == "الوالي");
    }

    /// <summary>A crowd that went as far as closing a road (عمد … الى اغلاق الطريق, اقدم … على غلق الطريق) is protesters.</summary>
    [Theory]
    [InlineData("أقدم، أمس، مئات الشباب البطالين بمدينة ورقلة على غلق الطريق الوطني رقم 49.", "مئات الشباب", "protesters", 100)]
    [InlineData("وعمد عشرات الشبان الى اغلاق الطريق الوطنية بالحجارة.", "عشرات الشبان", "protesters", 10)]
    [InlineData("وعمد عشرات الشبان الى تنظيف الطريق الرئيسية.", "عشرات الشبان", "amount", 10)]   // no road cut
    public void test_a_crowd_that_went_as_far_as_closing_a_road_is_protesters(string text, string surface, string kind, double value) =>
        ExtractionAsserts.AssertCount(text, surface, kind, value, "at-least");

    /// <summary>
    /// قدر X، Y، عدد المشاركين فيها: with a verb of estimating, فيها points back to the protest named earlier in the
    /// sentence, past commas; a second source's قدرتهم … بنحو N sizes the same crowd.
    /// </summary>
    [Fact]
    public void test_participants_in_a_protest_told_back_by_a_pronoun_and_a_second_estimate_are_protesters()
    {
        const string text = "فيما نظم المضربون مسيرة جابت الشوارع الرئيسية للمدينة، قدر الكاتب العام للاتحاد الجهوي، عبد الكريم الخالدي، " +
                            "عدد المشاركين فيها باكثر من عشرة الاف شخص، في حين قدرتهم مصادر امنية بنحو ثلاثة الاف.";
        ExtractionAsserts.AssertCount(text, "عدد المشاركين فيها باكثر من عشرة الاف شخص", "protesters", 10000, "more-than");
        ExtractionAsserts.AssertCount(text, "نحو ثلاثة الاف", "protesters", 3000, "about");
    }

    [Fact]
    public void test_participants_in_a_conference_told_back_by_a_pronoun_are_an_amount() =>
        ExtractionAsserts.AssertCount("وعقد الحزب مؤتمره السنوي، وقدر رئيسه عدد المشاركين فيه باكثر من الفي شخص.", "اكثر من الفي شخص", "amount", 2000, "more-than");

    /// <summary>The Maghreb's فاتح before a month is that month's first day; فاتح with no month after it is no time.</summary>
    [Theory]
    [InlineData("وأكد أن الفرع سيخوض اعتصاما مفتوحا ابتداء من فاتح دجنبر المقبل.", "فاتح دجنبر المقبل", "2019-12-01")]
    [InlineData("ودخل القانون حيز التنفيذ منذ فاتح يناير 2018.", "فاتح يناير 2018", "2018-01-01")]
    public void test_fatih_before_a_month_is_its_first_day(string text, string surface, string value) =>
        ExtractionAsserts.AssertTime(text, surface, value, "2019-11-26");

    [Fact]
    public void test_fatih_with_no_month_after_it_is_no_time() =>
        ExtractionAsserts.AssertNoTime("وقال فاتح اربكان ان الحزب سيشارك في الانتخابات", "2019-11-26");

    /// <summary>
    /// Blows the police struck at protesters (اعتدى with the police as its subject and المحتجين after على) are force used to
    /// repress (175), as انهالوا is; police blows at students or worshippers stay an assault (EventAssaultRoundSixteenTests).
    /// </summary>
    [Theory]
    [InlineData("وقال ان \"اعوان الشرطة اعتدوا على المحتجين بالهراوات\"")]
    [InlineData("وقال ان \"قوات الامن اقتحمت مقر الشركة واعتدت على المعتصمين بالضرب\"")]
    [InlineData("واعتدت عناصر الشرطة بالضرب على المعتصمين امام البرلمان")]
    public void test_an_assault_by_the_police_is_repression(string text)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("17", StringComparison.Ordinal) || x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("175", e.Code);
    }

    [Fact]
    public void test_an_assault_by_others_stays_an_assault()
    {
        var e = Assert.Single(Events(Docs.Tokenized("واعتدى مجهولون على صحفي بالضرب امام منزله")), x => x.Code.StartsWith("18", StringComparison.Ordinal) || x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("182", e.Code);
    }
}
