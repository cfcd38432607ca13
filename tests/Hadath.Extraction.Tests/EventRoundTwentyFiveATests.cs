using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round twenty-five's attack pass (the four blind ev18a- stories: militant attacks on armies, police and checkpoints in
/// Iraq, Egypt, Somalia and Syria as wire agencies tell them): whom an attack on a checkpoint struck, the attackers named
/// again as المهاجمين, attacks told as nouns with their launcher after them. Sentences written for these tests, none from a
/// story or a data set.
/// </summary>
public sealed class EventRoundTwentyFiveATests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("قتل خمسة من منتسبي الجيش العراقي بتفجير انتحاري استهدف نقطة تفتيش غرب المدينة", "الجيش العراقي")]
    [InlineData("قتل ثلاثة من عناصر الشرطة الاتحادية في هجوم انتحاري استهدف حاجزا امنيا قرب البلدة", "الشرطة الاتحادية")]
    [InlineData("قتل ستة من افراد قوات الحزام الامني في هجوم مسلح استهدف نقطة عسكرية شرق المدينة", "قوات الحزام الامني")]
    public void test_the_force_whose_members_died_is_the_target_of_an_attack_on_an_unowned_post(string text, string force)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, force));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_an_unowned_post_stays_the_target_when_the_dead_belong_to_no_named_force()
    {
        var doc = Docs.WithNamed("قتل ثلاثة مدنيين في هجوم انتحاري استهدف نقطة تفتيش قرب بلدة الصينية", ("e1", EntityType.LOC, "الصينية"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    [InlineData("هاجم مسلحون من حركة الشباب قاعدة عسكرية قرب البلدة. واضاف ان الجيش قتل 14 من المهاجمين", "190")]
    [InlineData("هاجم مقاتلون من حركة الشباب قاعدة عسكرية قرب البلدة. واضاف ان الجيش قتل ثلاثة من المسلحين", "190")]
    [InlineData("هاجم مقاتلون من حركة الشباب قاعدة عسكرية قرب البلدة. وقصفت طائرات الجيش مواقع المسلحين", "195")]
    public void test_the_attackers_told_again_are_the_group_the_story_named_them_by(string text, string code)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "حركة الشباب"), ("e2", EntityType.ORG, "الجيش"));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_armed_men_told_again_with_no_group_named_before_stay_words()
    {
        const string text = "هاجم مسلحون مجهولون قاعدة عسكرية قرب البلدة. واضاف ان الجيش قتل 14 من المهاجمين";
        var doc = Docs.WithNamed(text, ("e2", EntityType.ORG, "الجيش"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Null(e.Target?.EntityId);
        Assert.Equal("14 من المهاجمين", Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("وقال المصدر ان قوة من الشرطة المصرية بادلتهم اطلاق النار قبل ان يفروا")]
    [InlineData("وقال المصدر ان عناصر الشرطة المصرية بادلوهم إطلاق النار وقتلوا ثلاثة منهم")]
    public void test_an_exchange_of_fire_told_with_the_other_side_as_object_pronoun_is_a_fight(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الشرطة المصرية"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("190", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وقال المصدر ان \"هجوما بالاسلحة الخفيفة والمتوسطة شنه عناصر تنظيم داعش على مواقع الجيش العراقي في المنطقة\"")]
    [InlineData("وتبع ذلك هجوم شنته عناصر تنظيم داعش على مقر الجيش العراقي قرب البلدة")]
    public void test_an_attack_noun_with_its_launcher_after_it_on_a_position_is_an_attack(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "تنظيم داعش"), ("e2", EntityType.ORG, "الجيش العراقي"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وانتقد البيان هجوما شنه النائب احمد علي على الحكومة العراقية")]      // words against a government
    [InlineData("ودان المجلس الهجوم الذي شنه التنظيم على مواقع الجيش العراقي")]       // an attack told already
    [InlineData("ونفى ان يكون اي هجوم شنه التنظيم على مواقع الجيش قد وقع")]
    public void test_no_attack_is_read_from_words_an_attack_told_already_or_any_attack(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("18", StringComparison.Ordinal));
    }

    [Fact]
    public void test_a_launcher_with_no_subject_points_back_to_the_group_whose_members_were_told()
    {
        const string text = "اعلنت القيادة مقتل ستة من عناصر عصابات داعش بعد هجوم شنته على مواقع الجيش العراقي قرب البلدة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "داعش"), ("e2", EntityType.ORG, "الجيش العراقي"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("تعرض كمين امني تابع للشرطة بمدينة العريش لهجوم شنه مسلحون ما اسفر عن مقتل اربعة مجندين", "هجوم")]
    [InlineData("قتل اربعة مجندين في هجوم شنه مسلحون على كمين امني جنوب العريش", "هجوم")]
    [InlineData("قتل اربعة جنود في كمين نصبه مسلحون لدورية عسكرية جنوب العريش", "كمين")]          // an ambush
    public void test_a_kamin_told_as_a_post_is_a_checkpoint_not_an_ambush(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal(trigger, text[e.Start..e.End]);
    }

    [Theory]
    [InlineData("وقالت الوكالة ان وحدات من الجيش العربي السوري تصدت لمحاولة تسلل مجموعات ارهابية من تنظيم داعش باتجاه النقاط العسكرية")]
    [InlineData("وتصدت وحدات من الجيش العربي السوري لمجموعات ارهابية من تنظيم داعش حاولت التسلل الى البادية")]
    public void test_a_force_that_repelled_the_attackers_or_their_attempt_fought_them(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العربي السوري"), ("e2", EntityType.ORG, "تنظيم داعش"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("190", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_force_that_repelled_an_attack_makes_no_fight_of_its_own()
    {
        var doc = Docs.WithNamed("وتصدت وحدات من الجيش العربي السوري لهجوم شنه تنظيم داعش على النقاط العسكرية",
            ("e1", EntityType.ORG, "الجيش العربي السوري"), ("e2", EntityType.ORG, "تنظيم داعش"));
        var events = Events(doc);
        Assert.DoesNotContain(events, x => x.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Single(events, x => x.Code.StartsWith("18", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال المتحدث ان \"عناصر من الجيش الثاني الميداني فرضت طوقا امنيا حول المنطقة، والقت القبض على اربعة من المشتبه بهم\"")]
    [InlineData("واوضح المصدر ان الجيش الثاني الميداني طوق القرية واعتقل ستة مطلوبين")]
    public void test_a_wa_verb_goes_on_with_the_body_opening_its_told_clause(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش الثاني الميداني"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_wa_verb_after_another_name_does_not_go_back_to_the_clause_opener()
    {
        const string text = "واوضح المصدر ان الجيش الثاني الميداني طوق القرية، ثم وصلت قوة من الشرطة المصرية واعتقلت ستة مطلوبين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش الثاني الميداني"), ("e2", EntityType.ORG, "الشرطة المصرية"));
        Assert.DoesNotContain(Events(doc), x => x.Code.StartsWith("17", StringComparison.Ordinal) && x.Source?.EntityId == "e1");
    }

    [Fact]
    public void test_a_wa_verb_after_an_act_the_opening_body_suffered_goes_on_as_its_answer()
    {
        const string text = "واضاف ان \"قوة من الحشد الشعبي تعرضت لاطلاق نار من قبل مسلحين مجهولين قرب القرية، واشتبكت معهم لنحو ساعة\"";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الحشد الشعبي"));
        var events = Events(doc);
        Assert.DoesNotContain(events, x => x.Source?.EntityId == "e1" && x.Target?.EntityId == "e1");
        Assert.Contains(events, x => x.Code == "190" && x.Source?.EntityId == "e1");
    }
}
