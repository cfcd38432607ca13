using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Constructions the ten blind <c>ev8-</c> stories showed the event rules and the name recovery missing: a pluperfect
/// told with قد before a past verb, a contrast after a denial's comma (…، فيما اتهمت), a dual noun of people as the size
/// an arrest needs, a title closed by لدى البلاد; organisations named by a definite head and a nationality (الحكومة
/// اليونانية, الرابطة … للدفاع عن حقوق الانسان), groups named by their members in construct (جماعة انصار السنة), and a
/// person after a military rank the tagger ran into the forces before it. Sentences written for these tests, none from a
/// story or a data set.
/// </summary>
public sealed class EventRoundEightTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وكان الوزير هاكان فيدان قد التقى مساء الاحد نظيره يوسف عطية في انقرة", 1)]
    [InlineData("وكان هاكان فيدان التقى مساء الاحد يوسف عطية في انقرة", 1)]
    [InlineData("وقال ان هاكان فيدان قد يلتقي يوسف عطية في انقرة", 0)]     // قد before a present verb: a possibility
    public void test_qad_before_a_past_verb_is_a_pluperfect_told(string text, int meetings)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "هاكان فيدان", "TURGOV"), ("e2", EntityType.PER, "يوسف عطية", "JORGOV"), ("e3", EntityType.LOC, "انقرة", "TUR"));
        var found = Events(doc).Where(e => e.Code.StartsWith("04", StringComparison.Ordinal)).ToList();
        Assert.Equal(meetings, found.Count);
        if (meetings == 1)
        {
            Assert.Equal("e1", found[0].Source?.EntityId);
            Assert.Equal("e2", found[0].Target?.EntityId);
        }
    }

    [Theory]
    [InlineData("ونفت الحركة اي صلة لها بالتفجير، فيما اتهمت وزارة الداخلية الحركة بتدبيره", 1)]
    [InlineData("ونفت الحركة اي صلة لها بالتفجير، بينما اتهمت وزارة الداخلية الحركة بتدبيره", 1)]
    [InlineData("ونفت الحركة ان تكون وزارة الداخلية اتهمتها بالتفجير", 0)]   // the accusation is what was denied
    public void test_a_contrast_after_a_denials_comma_is_a_statement_of_its_own(string text, int accusations)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الحركة", "AFGREB"), ("e2", EntityType.ORG, "وزارة الداخلية", "AFGGOV"));
        Assert.Equal(accusations, Events(doc).Count(e => e.Code == "112"));
    }

    [Theory]
    [InlineData("واعلن الجيش الكيني انه اوقف شخصين في مومباسا", 1)]
    [InlineData("واوقف الجيش الكيني جنديين في مومباسا", 1)]
    [InlineData("واوقف الجيش الكيني العمل في مومباسا", 0)]          // stopped work: no one taken
    public void test_a_dual_noun_of_people_is_the_size_an_arrest_by_awqafa_needs(string text, int arrests)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش الكيني", "KENMIL"), ("e2", EntityType.LOC, "مومباسا", "KEN"));
        Assert.Equal(arrests, Events(doc).Count(e => e.Code == "173"));
    }

    [Theory]
    [InlineData("وقتل ثلاثة اشخاص خلال مواجهات بين الشرطة والمحتجين في المدينة", 1)]
    [InlineData("واعلن الجيش مقتل خمسة مسلحين بعد مواجهات عنيفة قرب الحدود", 0)]   // after بعد: what came before the news
    [InlineData("وتحدث التقرير عن مواجهات بين الطلاب والادارة", 0)]               // no toll: no fight told as news
    [InlineData("وقتل 12 شخصا في معارك اندلعت الاحد قرب الحدود", 1)]             // the onset verb after the noun
    public void test_a_clash_noun_with_a_toll_in_its_sentence_is_a_fight(string text, int fights) =>
        Assert.Equal(fights, Events(Docs.WithNamed(text)).Count(e => e.Code == "190"));

    [Fact]
    public void test_the_forces_of_a_man_past_his_rank_are_his_side_of_a_clash()
    {
        var text = "واندلعت اشتباكات بين الجيش الوطني وقوات المشير ادريس ديبي قرب الحدود";
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش الوطني", "TCDMIL"), ("e2", EntityType.PER, "ادريس ديبي", "TCDGOV"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واعتصم مئات العمال امام المصنع قبل ان تفرقهم الشرطة بالهراوات", 1)]
    [InlineData("وحضر مئات العمال الحفل قبل ان تفرقهم الشرطة بالهراوات", 0)]   // no protest for the pronoun to point back to
    public void test_a_dispersal_with_a_pronoun_points_back_to_a_protest_verb(string text, int dispersals) =>
        Assert.Equal(dispersals, Events(Docs.WithNamed(text)).Count(e => e.Code == "175"));

    [Theory]
    [InlineData("ونفذ مئات العمال وقفة احتجاجية امام المصنع", 1)]
    [InlineData("وكان الاهالي قد نفذوا صباح الاحد مسيرة سلمية في الشوارع", 1)]
    [InlineData("ونفذت القوات عملية عسكرية في المنطقة", 0)]                       // no protest noun after it
    public void test_a_protest_carried_out_is_a_protest(string text, int protests) =>
        Assert.Equal(protests, Events(Docs.WithNamed(text)).Count(e => e.Code == "141"));

    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    private static AnalyzedDocument Recover(AnalyzedDocument doc) => new NameRecoveryStage().Process(doc);

    [Theory]
    [InlineData("وقالت الحكومة الاسبانية في بيان ان", "ORG الحكومة الاسبانية")]
    [InlineData("ودانت الرابطة الجزائرية للدفاع عن حقوق الانسان الاعتقالات", "ORG الرابطة الجزائرية للدفاع عن حقوق الانسان")]
    [InlineData("وطالبت الجمعية التونسية لحقوق الانسان بالافراج عنهم", "ORG الجمعية التونسية لحقوق الانسان")]
    [InlineData("وتبنت جماعة انصار الاسلام الهجوم", "ORG جماعة انصار الاسلام")]
    [InlineData("وقال رئيس الحكومة ان", null)]                        // no nationality: a common noun
    [InlineData("واستقبل رئيس الحكومة الاسبانية الوفد", null)]          // after رئيس: a title, not a name
    [InlineData("وتضم جماعة انصار الامن عددا من المتطوعين", null)]       // a generic complement
    public void test_organisations_named_by_a_definite_head_and_a_nationality_or_by_their_members(string text, string? expected)
    {
        var found = Mentions(Recover(Docs.Tokenized(text)));
        if (expected is null) Assert.Empty(found);
        else Assert.Equal(new[] { expected }, found);
    }

    [Fact]
    public void test_a_rank_before_a_name_the_story_tagged_recovers_nothing_more()
    {
        var text = "وقتل قاسم سليماني في الغارة. وكان الجنرال سليماني عندما خدم في العراق";
        var found = Mentions(Recover(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "قاسم سليماني", "قاسم سليماني")));
        Assert.Equal(new[] { "PER قاسم سليماني" }, found);
    }

    [Theory]
    [InlineData("وقال هانس غروندبرغ ان الوضع خطير. والتقى غروندبرغ في المساء الوزير", "PER هانس غروندبرغ|PER غروندبرغ")]
    [InlineData("وقال هانس غروندبرغ ان الوضع خطير. واستقبل غروندبرغ الوفد", "PER هانس غروندبرغ|PER غروندبرغ")]
    [InlineData("وقال هانس غروندبرغ ان الوضع خطير. ووقع غروندبرغ الاتفاق", "PER هانس غروندبرغ")]   // no verb of an act listed: left to the tagger
    public void test_a_family_name_alone_after_a_verb_of_meeting_is_the_person(string text, string expected)
    {
        var doc = Recover(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "هانس غروندبرغ", "هانس غروندبرغ"));
        Assert.Equal(expected.Split('|'), Mentions(doc));
    }

    [Theory]
    [InlineData("وتقدمت قوات المشير ادريس ديبي نحو المدينة", "PER ادريس ديبي")]
    [InlineData("وقال العقيد ماماني كوليبالي ان الهجوم فشل", "PER ماماني كوليبالي")]
    [InlineData("وتمركز اللواء الخامس في المدينة", "ORG اللواء الخامس")]   // a brigade by its number (round twenty-four), no person after a rank
    [InlineData("وحقق الفريق فوزا متاخرا على ضيفه", null)]            // الفريق is as often the team: no rank
    [InlineData("وظهر الجنرال شخصيا بملابس مدنية", null)]      // a second word with ب: a phrase
    public void test_a_person_after_a_military_rank_is_recovered_and_the_forces_before_him_are_no_name(string text, string? expected)
    {
        var found = Mentions(Recover(Docs.Tokenized(text)));
        if (expected is null) Assert.Empty(found);
        else Assert.Equal(new[] { expected }, found);
    }
}
