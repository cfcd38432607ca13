using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round twenty-six's clash pass (the blind ev19a- stories: Iraqi and Syrian clashes with their tolls as NINA, Anadolu,
/// AFP and Alsumaria tell them): the dead counted as fighters of a force in construct (مقاتلي الحشد), a force's own name in
/// brackets after the words that describe it, strikes launched by the speaker's own aircraft (ان مقاتلاته شنت غارتين), and
/// a place read as the subject of a strike's later verb (ضربات جوية قرب تلعفر استهدفت). Sentences written for these tests,
/// none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentySixATests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("قتل اثنان من مقاتلي الحشد العشائري واصيب ثالث بهجوم لمسلحين مجهولين على نقطة مرابطة غربي المدينة", "الحشد العشائري")]
    [InlineData("قتل ثلاثة من مسلحي الحزب الاسلامي في هجوم استهدف مقرا قرب البلدة", "الحزب الاسلامي")]
    [InlineData("استشهد ثلاثة من مقاتلي الحشد الشعبي بهجوم شنه عناصر من داعش على موقع قرب الناحية", "الحشد الشعبي")]
    public void test_the_force_whose_fighters_in_construct_died_is_the_target_of_the_attack(string text, string force)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, force));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_fighters_counted_without_a_named_force_stay_words()
    {
        const string text = "قتل اثنان من مقاتلي العشائر بهجوم لمسلحين مجهولين على نقطة مرابطة غربي المدينة";
        var doc = Docs.Tokenized(text);
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وفي محافظة الحسكة، اعتقلت قوات الامن الكردية (الاسايش) ستة اشخاص يشتبه بانتمائهم الى خلية نائمة", "الاسايش")]
    [InlineData("واعتقلت قوات الامن الكردية (الاسايش) قياديا في خلية نائمة قرب المدينة", "الاسايش")]
    public void test_a_force_named_in_brackets_after_its_description_is_the_source_not_the_target(string text, string name)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, name));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.NotEqual("e1", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وأعلن التحالف الدولي في بيان أن مقاتلاته شنت غارتين على مخابئ للتنظيم في جبال مكحول", "التحالف الدولي")]
    [InlineData("وقالت وزارة الدفاع الروسية ان طائراتها شنت 12 غارة على مواقع المسلحين في ريف ادلب", "وزارة الدفاع الروسية")]
    public void test_strikes_launched_by_the_speakers_own_aircraft_are_the_speakers(string text, string speaker)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, speaker));
        var e = Assert.Single(Events(doc), x => x.Code == "195");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_strikes_launched_by_aircraft_of_no_one_named_keep_no_source()
    {
        const string text = "وقال مصدر امني ان طائرات حربية شنت غارتين على مواقع المسلحين في ريف المدينة";
        var doc = Docs.Tokenized(text);
        var e = Assert.Single(Events(doc), x => x.Code == "195");
        Assert.Null(e.Source?.EntityId);
    }

    [Fact]
    public void test_a_place_read_as_the_subject_of_a_strikes_later_verb_does_not_split_the_strike()
    {
        const string text = "واعلن التحالف في بيان انه نفذ ثلاث ضربات جوية قرب تلعفر استهدفت وحدة تكتيكية للتنظيم";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "التحالف"), ("e2", EntityType.LOC, "تلعفر"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal) || x.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("195", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }
    [Theory]
    [InlineData("وقال المصدر ان \"قوة من الجيش العراقي وصلت الى المكان وقتلت اربعة منهم\"", "الجيش العراقي")]
    [InlineData("وقال المتحدث ان مقاتلي حركة الشباب قتلوا ستة جنود في الهجوم", "حركة الشباب")]
    public void test_an_active_killing_by_a_named_force_or_group_is_a_fight(string text, string doer)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, doer));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal) || x.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("190", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    /// <summary>Every mention as "TYPE text", in text order.</summary>
    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    [InlineData("من جانبه، استنكر شيخ عشيرة البو فهد خميس الفهداوي الهجوم", "البو فهد خميس الفهداوي", "PER خميس الفهداوي")]
    [InlineData("وقال شيخ عشيرة البو نمر محمد عبد الله الكعود ان المسلحين فروا", "البو نمر محمد عبد الله الكعود", "PER محمد عبد الله الكعود")]
    public void test_a_clan_name_the_tagger_ran_into_a_person_is_cut_off(string text, string tagged, string expected)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, tagged, tagged);
        Assert.Contains(expected, Mentions(new NameRecoveryStage().Process(doc)));
    }

    [Fact]
    public void test_a_clan_name_with_one_word_after_it_stays_whole()
    {
        const string text = "وزار الوفد شيوخ عشيرة البو عيثة غربي المدينة";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "البو عيثة", "البو عيثة");
        Assert.Contains("PER البو عيثة", Mentions(new NameRecoveryStage().Process(doc)));
    }
    [Theory]
    [InlineData("واتهم القيادي في الحزب الديمقراطي الكوردستاني رزكار عبد الله القوات العراقية بالتلكؤ في مسك الخط الفاصل")]
    [InlineData("واتهم عضو في الحزب الديمقراطي الكوردستاني، رزكار عبد الله، القوات العراقية بالتلكؤ في مسك الخط الفاصل")]
    public void test_a_holder_named_after_the_body_his_title_is_held_in_is_the_subject(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الحزب الديمقراطي الكوردستاني", null), ("e2", EntityType.PER, "رزكار عبد الله", null),
            ("e3", EntityType.ORG, "القوات العراقية", "IRQMIL"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("112", StringComparison.Ordinal));
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Fact]
    public void test_the_object_of_a_strike_verb_past_after_that_is_its_target()
    {
        const string text = "هاجم مسلحون من تنظيم داعش نقطة للجيش. وقصفت طائرات التحالف الدولي بعد ذلك مواقع المسلحين في الجبل ما ادى الى مقتل اربعة منهم";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "تنظيم داعش"), ("e2", EntityType.ORG, "التحالف الدولي"));
        var e = Assert.Single(Events(doc), x => x.Code == "195");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e1", e.Target?.EntityId);
    }
    [Theory]
    [InlineData("ودان رئيس حكومة إقليم كوردستان مسرور بارزاني الهجوم", "ORG حكومة إقليم كوردستان")]
    [InlineData("وقالت حكومة اقليم كردستان في بيان ان الهجوم ارهابي", "ORG حكومة اقليم كردستان")]
    [InlineData("أعلنت وزارة شؤون البيشمركة في بيان أن قواتها اعتقلت شخصين", "ORG وزارة شؤون البيشمركة")]
    public void test_the_kurdistan_regions_government_and_peshmerga_ministry_are_organisations(string text, string expected) =>
        Assert.Contains(expected, Mentions(new NameRecoveryStage().Process(Docs.Tokenized(text))));
    [Theory]
    [InlineData("هاجم مسلحون نقطة تفتيش للشرطة قرب قضاء طوزخورماتو فجر اليوم", "طوزخورماتو", "LOC طوزخورماتو")]
    [InlineData("وصل النازحون الى مخيم حسن شام شرقي الموصل", "حسن شام", "LOC مخيم حسن شام")]   // a camp is named with its noun
    [InlineData("واندلعت اشتباكات في بلدة ابو الظهور بريف ادلب", "ابو الظهور", "LOC ابو الظهور")]
    public void test_a_name_tagged_as_a_person_after_a_places_category_noun_is_that_place(string text, string tagged, string expected)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, tagged, tagged);
        Assert.Contains(expected, Mentions(new NameRecoveryStage().Process(doc)));
    }

    [Fact]
    public void test_a_person_after_a_noun_that_is_no_place_stays_a_person()
    {
        const string text = "وقال محافظ المدينة خالد العبيدي ان الوضع مستقر";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "خالد العبيدي", "خالد العبيدي");
        Assert.Contains("PER خالد العبيدي", Mentions(new NameRecoveryStage().Process(doc)));
    }
}
