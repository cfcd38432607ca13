using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Quotes;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixteen's assault pass (the four blind ev16a- stories and the even half of the Arabic event gold, read by category):
/// a toll told by the nouns of the dead and wounded, a منذ that governs no time of its sentence. Sentences written for these
/// tests, none from a story or a data set.
/// </summary>
public sealed class EventAssaultRoundSixteenTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("سقط عشرات الاشخاص بين قتيل وجريح جراء تفجير عبوة في سوق شعبي شرق المدينة")]
    [InlineData("خلف انفجار عبوة ناسفة قرب مدرسة في البلدة عشرات القتلى والجرحى")]
    [InlineData("اوقع هجوم على حافلة للركاب في الطريق الصحراوي عددا من الجرحى")]
    public void test_an_attack_noun_with_the_dead_or_wounded_named_by_their_nouns_is_an_assault(string text)
    {
        Assert.Single(Events(Docs.Tokenized(text)), e => e.Plover == "ASSAULT");
    }

    [Theory]
    [InlineData("وقع انفجار قرب محطة الوقود في البلدة مساء امس")]                 // no toll: a blast may be an accident
    [InlineData("زار الوزير الجرحى في المستشفى بعد الهجوم")]                      // the wounded visited after an attack told before
    public void test_an_attack_noun_without_a_toll_of_its_own_is_no_assault(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), e => e.Plover == "ASSAULT");
    }

    [Theory]
    [InlineData("وتشهد البلدة منذ اشهر هجمات متفرقة، كان اعنفها تفجير مزدوج في كانون الثاني/يناير 2016 خلف عشرات القتلى", 0)]
    [InlineData("ويشهد الحي منذ اسابيع توترا، وقد خطف مسلحون في شباط/فبراير 2016 ثلاثة تجار", 0)]
    [InlineData("واعتقلت الشرطة منذ مطلع 2016 مئات المعارضين", 1)]                  // منذ governs the year: a running tally
    [InlineData("واعتقلت الشرطة منذ بداية العام 2016 مئات المعارضين", 1)]
    [InlineData("واعتقلت الشرطة الناشط لدى عودته الى البلاد التي غادرها منذ ان اعلن معارضته في تشرين الاول/اكتوبر 2016", 1)]
    public void test_a_since_closed_before_the_time_leaves_an_act_dated_long_before_the_story_history(string text, int expected)
    {
        var doc = new TimeStage().Process(Docs.Tokenized(text, "2017-05-16"));
        Assert.Equal(expected, Events(doc).Count);
    }

    [Theory]
    [InlineData("كما خطف مسلحون الاسبوع الماضي ثلاثة مهندسين قرب الحدود")]                         // after كما
    [InlineData("وخطف مسلحون يعتقد انهم من انصار التنظيم يوم الاحد اثنين من عمال الاغاثة")]   // the taken far past the subject
    [InlineData("وقد اختطف مجهولون تاجرا معروفا من امام متجره في السوق")]
    public void test_a_kidnap_spelling_with_its_takers_in_the_nominative_after_it_is_the_verb(string text)
    {
        Assert.Single(Events(Docs.Tokenized(text)), e => e.Code == "181");
    }

    [Theory]
    [InlineData("ودانت المنظمة عملية خطف مسلحين من الحراس في السجن")]        // the verbal noun, its object in the genitive
    [InlineData("وتحدث التقرير عن خطف مسلحون سابقون في مناطق اخرى")]         // after عن the spelling is the verbal noun
    public void test_a_kidnap_spelling_governed_or_with_a_genitive_after_it_is_no_kidnapping(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), e => e.Code == "181");
    }

    [Theory]
    [InlineData("ويقول الشهود ان انتحاريين اثنين فجرا نفسيهما عند بوابة مقر للشرطة")]
    [InlineData("فجر الانتحاريان نفسيهما عند مدخل السوق المزدحم")]
    public void test_two_bombers_who_blew_themselves_up_are_a_suicide_bombing(string text)
    {
        Assert.Single(Events(Docs.Tokenized(text)), e => e.Code.StartsWith("183", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("اعتدت قوة من الشرطة على المصلين بالضرب داخل المسجد")]
    [InlineData("واعتدت قوات مكافحة الشغب على الطلاب بالهراوات امام الجامعة")]
    public void test_an_assault_told_verb_first_finds_its_blows_after_the_subject_phrase(string text)
    {
        Assert.Single(Events(Docs.Tokenized(text)), e => e.Code == "182");
    }

    [Theory]
    [InlineData("اعتدت الحكومة على حقوق العمال بقرارها الاخير")]            // no blows: rights trespassed on
    [InlineData("واعتدى مجهولون على سيارة المسؤول ليلا، وطالب الاهالي بضرب المعتدين بيد من حديد")]   // the blows past a comma are another clause
    public void test_an_assault_verb_without_blows_in_its_clause_is_no_assault(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), e => e.Code == "182");
    }

    [Theory]
    [InlineData("هاجم مسلحون مواقع للجيش قرب البلدة فجر اليوم. وقالت الحركة في بيان ان مقاتليها قتلوا عشرات الجنود في المعركة.")]
    [InlineData("هاجم مسلحون مواقع للجيش قرب البلدة فجر اليوم. واعلنت الجماعة في تسجيل مصور انها قتلت ثلاثة من عناصر الشرطة.")]
    // the claim in the side's own quotation marks, and the side's fighters named with the side
    [InlineData("هاجم مسلحون مواقع للجيش قرب البلدة فجر اليوم. وقالت الحركة في بيان ان مقاتليها \"قتلوا عشرات الجنود\" في المعركة.")]
    [InlineData("هاجم مسلحون مواقع للجيش قرب البلدة فجر اليوم. وقال متحدث باسم الحركة ان مقاتلي الحركة قتلوا 27 جنديا.")]
    public void test_a_side_claiming_what_its_own_men_killed_after_the_attack_was_told_retells_it(string text)
    {
        Assert.Single(Events(Docs.Tokenized(text)), e => e.Plover == "ASSAULT");
    }

    [Theory]
    [InlineData("وقال مسؤول امني ان مسلحين قتلوا ثلاثة حراس عند مدخل المصرف")]     // others killed: a report
    [InlineData("وقالت الحركة في بيان ان مقاتليها قتلوا عشرات الجنود في المعركة")]   // a claim the story told nothing before: the act
    [InlineData("وذكرت الشرطة ان انتحاريا قتل خمسة اشخاص في هجوم على سوق")]
    public void test_killings_told_after_that_alone_are_still_assaults(string text)
    {
        Assert.Contains(Events(Docs.Tokenized(text)), e => e.Plover == "ASSAULT");
    }

    [Theory]
    [InlineData("وداهمت قوة من الشرطة المزرعة وتبادلت معهم اطلاق النار")]
    [InlineData("وتبادلوا اطلاق النار مع دورية للجيش قرب الحاجز لساعتين")]
    public void test_an_exchange_of_fire_told_by_its_verb_is_a_fight(string text)
    {
        Assert.Single(Events(Docs.Tokenized(text)), e => e.Code == "190");
    }

    [Fact]
    public void test_accusations_exchanged_over_shooting_are_no_fight()
    {
        Assert.DoesNotContain(Events(Docs.Tokenized("وتبادل الطرفان الاتهامات بشان اطلاق النار على المحتجين")), e => e.Code == "190");
    }

    [Theory]
    [InlineData("واختطف مسلحون يعتقد انهم ينتمون الى جماعة الانصار اثنين من موظفي الصليب الاحمر")]
    [InlineData("وخطف مسلحون موالون لجماعة الانصار اثنين من موظفي الصليب الاحمر")]
    public void test_the_group_the_takers_belong_to_is_not_whom_they_took(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جماعة الانصار"), ("e2", EntityType.ORG, "الصليب الاحمر"));
        var e = Assert.Single(Events(doc), x => x.Code == "181");
        Assert.NotEqual("e1", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وحملت الحكومة الحركة مسؤولية مقتل الوزير في هجوم انتحاري قرب منزله")]
    [InlineData("واتهمت الوزارة الجماعة بالمسؤولية عن مقتل ثلاثة حراس في هجوم على المصرف")]
    public void test_an_attack_someone_is_blamed_for_is_the_charge_not_its_report(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), e => e.Plover == "ASSAULT");
    }

    [Fact]
    public void test_an_attack_whose_responsibility_a_side_claims_is_still_told()
    {
        Assert.Contains(Events(Docs.Tokenized("وتبنت الحركة مسؤولية هجوم انتحاري اسفر عن مقتل عشرة جنود قرب الحدود")), e => e.Plover == "ASSAULT");
    }

    [Theory]
    [InlineData("هاجم مسلحون مواقع للجيش قرب البلدة فجر اليوم. واضاف المصدر ان ثلاثة جنود قتلوا واصيب اربعة اخرون.", 1)]   // the attack's toll, reported
    [InlineData("واضاف المصدر ان ثلاثة جنود قتلوا واصيب اربعة اخرون.", 1)]                                                   // alone, the toll is the news
    public void test_a_toll_reported_after_that_once_an_attack_was_told_is_its_outcome(string text, int assaults)
    {
        var doc = new CountStage().Process(Docs.Tokenized(text));
        Assert.Equal(assaults, Events(doc).Count(e => e.Plover == "ASSAULT"));
    }

    [Theory]
    [InlineData("وقالت الشرطة ان خمسة اشخاص قتلوا نتيجة انهيار مبنى قديم في الحي", 0)]
    [InlineData("وقال المسعفون ان سبعة اشخاص قتلوا في تحطم حافلة على الطريق السريع", 0)]
    [InlineData("وقالت الشرطة ان خمسة اشخاص قتلوا برصاص مسلحين في الحي", 1)]
    public void test_a_toll_owed_to_a_collapse_or_a_crash_is_no_assault(string text, int assaults)
    {
        var doc = new CountStage().Process(Docs.Tokenized(text));
        Assert.Equal(assaults, Events(doc).Count(e => e.Plover == "ASSAULT"));
    }

    [Fact]
    public void test_a_combing_sweep_launched_is_force_used_by_who_launched_it()
    {
        var text = "وشن الجيش الوطني عقب الهجوم حملة تمشيط واسعة في المنطقة اسفرت عن مقتل ستة مسلحين";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش الوطني"))), x => x.Code == "190");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وتعتزم القيادة شن عملية عسكرية واسعة في المنطقة خلال الايام المقبلة")]
    [InlineData("ونفذت قوات الامن حملة دهم في الحي اوقفت خلالها عشرة مطلوبين")]
    public void test_an_operation_planned_or_a_raid_is_no_fight(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), e => e.Code == "190");
    }
}
