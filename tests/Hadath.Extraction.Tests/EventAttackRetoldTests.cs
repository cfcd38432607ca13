using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>
/// How clashes and attacks in Iraq, Syria and Yemen are told that the blind ev12- stories of the clash pass showed the
/// events stage missing: craft that struck opening a quotation (ان "طيران الجيش قصف …"), a bombing a source tells in
/// quotation marks after the attack it was part of (and a quoted act on the victim of one told before, which retells it),
/// the agent after من قبل of an attack or an arrest told by its noun, one who faced an attack after تعرض, تصدى or صد, a clash
/// after بعد whose toll the clause gave before it, strikes after a vague count or launched by a coalition named before
/// who leads it, air strikes told as ضربات جوية after a launching verb (not after its verbal noun), and confiscation.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventAttackRetoldTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    /// <summary>The one event of code <paramref name="code"/> (or a child of it), done by <paramref name="source"/> to <paramref name="target"/>.</summary>
    private static void AssertSides(AnalyzedDocument doc, string code, string source, string target)
    {
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith(code, StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وقال المصدر ان \"طيران الجيش العراقي قصف تجمعات التنظيم في الجزيرة\"")]
    [InlineData("واضاف ان « طيران الجيش العراقي قصف بعد ذلك مواقع التنظيم »")]
    public void test_craft_opening_a_quotation_strike_with_qasf(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"), ("e2", EntityType.ORG, "التنظيم"));
        var e = Assert.Single(Events(doc), x => text[x.Start..x.End] == "قصف");
        Assert.StartsWith("19", e.Code, StringComparison.Ordinal);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // a bombing inside the attack told before: an act of its own
    [InlineData("قتل ثمانية جنود في هجوم شنه مسلحون على نقطة تفتيش قرب المدينة. وقال ضابط ان \"المهاجمين تسللوا ليلا، وفجر انتحاري منهم حزامه الناسف قرب النقطة\".", "183", 1)]
    // the bomber the attack told before, by his definite noun: the same act told again
    [InlineData("قتل 18 شخصا في هجوم انتحاري على فندق. وقال ضابط ان \"الانتحاري فجر السيارة عند البوابة الرئيسية للفندق\".", "183", 0)]
    // the blast of the bombing told before: the same act told again
    [InlineData("قتل 12 شخصا في تفجير استهدف حافلة قرب المدينة. وقال ضابط ان \"عبوة ناسفة وضعت داخل الحافلة انفجرت عند الحاجز\".", "183", 0)]
    public void test_a_quoted_act_of_another_kind_than_the_attack_before_is_no_retelling(string text, string code, int inQuote)
    {
        var doc = new QuoteStage().Process(Docs.Tokenized(text));
        int second = text.IndexOf(". ", StringComparison.Ordinal);
        Assert.Equal(inQuote, Events(doc).Count(e => e.Start > second && e.Code.StartsWith(code, StringComparison.Ordinal)));
    }

    [Fact]
    public void test_an_attack_suffered_after_taarrada_is_by_whom_min_qibal_names()
    {
        const string text = "تعرضت قوة من الجيش العراقي، فجر اليوم، لهجوم من قبل عناصر تنظيم داعش قرب المدينة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"), ("e2", EntityType.ORG, "تنظيم داعش"));
        AssertSides(doc, "180", "e2", "e1");
    }

    [Fact]
    public void test_a_place_subjected_to_shelling_is_its_target_not_a_name_in_an_aside_after_it()
    {
        const string text = "وتعرض حي الرميلة، بحسب المرصد، لقصف مدفعي من قبل القوات الحكومية السورية";
        var doc = Docs.WithNamed(text, ("e1", EntityType.LOC, "حي الرميلة"), ("e2", EntityType.ORG, "المرصد"), ("e3", EntityType.ORG, "القوات الحكومية السورية"));
        AssertSides(doc, "19", "e3", "e1");
    }

    [Fact]
    public void test_an_attack_repelled_after_tasadda_was_made_on_the_one_who_repelled_it()
    {
        const string text = "وقال ان قوات الجيش الوطني تصدت لهجوم شنه الحوثيون على مواقعها غربي المدينة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش الوطني"), ("e2", EntityType.ORG, "الحوثيون"));
        AssertSides(doc, "180", "e2", "e1");
    }

    [Theory]
    // صد takes the attack as its object, with no ل: the attack took place, on the one who repelled it
    [InlineData("وقالت الحكومة ان الجيش العراقي صد هجوما لتنظيم داعش على مواقعه قرب المدينة")]
    [InlineData("وذكر المتحدث ان الجيش العراقي صد هجوما شنه تنظيم داعش فجر اليوم")]
    [InlineData("وصدت قوات الجيش العراقي، بحسب المصدر، هجوما واسعا لتنظيم داعش على البلدة")]
    public void test_an_attack_repelled_after_sadda_was_made_on_the_one_who_repelled_it(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"), ("e2", EntityType.ORG, "تنظيم داعش"));
        AssertSides(doc, "180", "e2", "e1");
    }

    [Fact]
    public void test_a_quoted_act_on_the_victim_of_an_act_told_before_is_a_retelling()
    {
        const string text = "اغتال مسلحون مجهولون المختار علي حسين امام منزله. وقال المصدر ان \"المسلحين اطلقوا النار على علي حسين ثم فروا\".";
        var doc = new QuoteStage().Process(Docs.WithNamed(text, ("e1", EntityType.PER, "علي حسين")));
        var e = Assert.Single(Events(doc), x => x.Plover == "ASSAULT");
        Assert.Equal("اغتال", text[e.Start..e.End]);
    }

    [Theory]
    // ضربات alone may be blows of words or of a match; from the air (جوية) after a launching verb they are air strikes
    [InlineData("وقال بيان ان طيران الجيش العراقي نفذ ثلاث ضربات جوية على مواقع تنظيم داعش قرب المدينة", "ضربات جوية")]
    [InlineData("وشن طيران الجيش العراقي امس ضربة جوية على مواقع تنظيم داعش", "ضربة جوية")]
    public void test_air_strikes_told_as_darabat_after_a_launching_verb_are_launched(string text, string trigger)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"), ("e2", EntityType.ORG, "تنظيم داعش"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("195", StringComparison.Ordinal));
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // شن after بما في ذلك or a preposition is its verbal noun: strikes listed among efforts, none told as carried out
    [InlineData("وتحدث التقرير عن جهود الحكومة لمكافحة التمرد، بما في ذلك شن ضربات جوية على معاقل المسلحين")]
    [InlineData("ودعا النائب الى وقف الغارات بدلا من التوسع في شن غارات جديدة على القرى")]
    public void test_strikes_after_the_verbal_noun_of_a_launching_verb_are_not_launched(string text)
    {
        Assert.DoesNotContain(Events(Docs.WithNamed(text)), x => x.Code.StartsWith("195", StringComparison.Ordinal));
    }

    [Theory]
    // strikes counted by a vague number take the article of the count and point back to nothing (the span leaves it out)
    [InlineData("وقال ان طائرات حربية روسية شنت عشرات الغارات على مواقع الهيئة في البلدة", "غارات")]
    public void test_strikes_counted_by_a_vague_number_are_launched(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Code.StartsWith("195", StringComparison.Ordinal));
        Assert.Equal(trigger, text[e.Start..e.End]);
    }

    [Theory]
    [InlineData("وقال ان مقاتلات التحالف العربي بقيادة السعودية شنت اكثر من 20 غارة جوية على مواقع الحوثيين")]
    [InlineData("وقال ان التحالف العربي بقيادة السعودية شن عشرات الغارات على مواقع الحوثيين")]
    public void test_the_subject_of_a_launching_verb_is_named_before_who_leads_it(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "التحالف العربي"), ("e2", EntityType.LOC, "السعودية"), ("e3", EntityType.ORG, "الحوثيين"));
        AssertSides(doc, "195", "e1", "e3");
    }

    [Theory]
    [InlineData("وتم اعتقال اربعة مطلوبين من قبل قوة من شرطة الانبار في قضاء هيت", "اربعة مطلوبين")]
    [InlineData("وجرى توقيف ثلاثة اشخاص من قبل شرطة الانبار", "ثلاثة اشخاص")]
    public void test_an_arrest_told_by_its_noun_is_by_whom_min_qibal_names(string text, string taken)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "شرطة الانبار"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
        Assert.Equal(taken, Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_a_clash_after_baada_whose_toll_its_clause_gave_is_the_act()
    {
        const string text = "اعلن قائد العمليات، الجمعة، عن مقتل 12 عنصرا من تنظيم داعش بعد اشتباكات مع الحشد الشعبي في المنطقة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "تنظيم داعش"), ("e2", EntityType.ORG, "الحشد الشعبي"));
        AssertSides(doc, "190", "e1", "e2");
    }

    [Theory]
    // the news is the curfew; the clashes after بعد are its cause, whatever toll a later clause gives
    [InlineData("واعلنت السلطات حظر التجول بعد اشتباكات مع مسلحين، وقالت ان ثلاثة اشخاص قتلوا")]
    // a toll after a comma belongs to another clause
    [InlineData("وقتل ثلاثة اشخاص، وفرضت السلطات حظر التجول بعد اشتباكات مع مسلحين")]
    // a fight with no other side named after it
    [InlineData("واعلن الجيش مقتل ستة مسلحين بعد مواجهات عنيفة عند الحدود")]
    public void test_a_clash_after_baada_without_a_toll_before_it_in_its_clause_is_background(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), e => e.Code == "190");
    }

    [Theory]
    [InlineData("وصادرت قوة من الشرطة الاتحادية عشرين عبوة ناسفة في ناحية العلم")]
    [InlineData("وكانت الشرطة الاتحادية صادرت كميات من الاسلحة في المدينة")]
    public void test_confiscation_is_a_seizure_by_its_subject(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الشرطة الاتحادية"));
        var e = Assert.Single(Events(doc));
        Assert.StartsWith("171", e.Code, StringComparison.Ordinal);
        Assert.Equal("e1", e.Source?.EntityId);
    }
}
