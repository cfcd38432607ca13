using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round twenty-four's clash pass (the four blind ev17a- stories: armed bodies of Iraq, Syria, Libya and Yemen as the sides of
/// clashes, attacks, arrests and accusations): the names of brigades, regiments and tribal armies the tagger misses, and the
/// sides such bodies take. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentyFourATests
{
    private static AnalyzedDocument Recovered(AnalyzedDocument doc) => new NameRecoveryStage().Process(doc);

    /// <summary>Every mention as "TYPE text", in text order.</summary>
    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    [InlineData("واشتبك مقاتلو لواء البادية السابع مع المسلحين", "ORG لواء البادية السابع")]            // a brigade by its region and number
    [InlineData("وصد فوج الكرامة الثاني هجوما على القرية", "ORG فوج الكرامة الثاني")]
    [InlineData("وتقدمت قوات اللواء الخامس مشاة نحو المطار", "ORG اللواء الخامس مشاة")]               // a numbered brigade and its arm
    [InlineData("وقال قائد اللواء الثالث دعم واسناد ان", "ORG اللواء الثالث دعم واسناد")]
    [InlineData("وانسحب عناصر الفوج الحادي عشر من المدينة", "ORG الفوج الحادي عشر")]
    [InlineData("اشتباكات مع مسلحين من جيش عشائر البوحسن في الريف", "ORG جيش عشائر البوحسن")]   // a tribal army by its members
    [InlineData("ودخلت كتيبة ثوار الجبل الى الحي", "ORG كتيبة ثوار الجبل")]
    [InlineData("ودخلت كتيبة ثوار سوق الخميس الى الحي", "ORG كتيبة ثوار سوق الخميس")]   // a town named after its market day
    [InlineData("وقتل ثلاثة من مقاتلي الحشد العشائري في الهجوم", "ORG الحشد العشائري")]             // a mobilisation by whom it musters
    [InlineData("ونفى المركز الاعلامي لغرفة عمليات الكرامة ذلك", "ORG المركز الاعلامي لغرفة عمليات الكرامة")]
    [InlineData("في هجوم شنه مسلحون ينتمون لتنظيم القاعدة على النقطة", "ORG تنظيم القاعدة")]                 // listed: القاعدة alone is as often a base
    [InlineData("وقال مسؤول في المكتب الاعلامي لقسد ان", "ORG قسد")]
    public void test_armed_units_the_tagger_misses_are_organisations(string text, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Recovered(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("وقال اللواء الركن في بيان ان")]              // a rank, no unit
    [InlineData("وانتشر جيش الاحتلال في البلدة")]            // an army by what it does, not a name
    [InlineData("وانتشر الحشد في البلدة")]                    // no qualifier
    [InlineData("وجرت الانتخابات في لواء الرمثا امس")]        // a district of Jordan, no number
    public void test_ranks_districts_and_generic_armies_are_no_units(string text)
    {
        Assert.DoesNotContain(Mentions(Recovered(Docs.Tokenized(text))), m => m.StartsWith("ORG", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("داهمت قوة من مجلس منبج العسكري المنضوي في صفوف القوات منزلا", "ORG مجلس منبج العسكري")]
    public void test_a_participle_of_belonging_after_a_name_is_not_its_adjective(string text, string expected)
    {
        Assert.Contains(expected, Mentions(Recovered(Docs.Tokenized(text))));
    }

    [Fact]
    public void test_a_coalition_led_by_a_state_is_named_by_the_bare_word()
    {
        Assert.Equal(new[] { "ORG التحالف" }, Mentions(Recovered(Docs.Tokenized("وشن التحالف بقيادة السعودية غارات"))));
        Assert.Contains("ORG التحالف", Mentions(Recovered(Docs.Tokenized("وقال ان طيران التحالف بقيادة السعودية شن غارات على المديرية"))));
    }

    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("قتل ستة مقاتلين في اشتباكات بين كتيبة ثوار الجبل الموالية لحكومة الوفاق الوطني وقوات اللواء التاسع مشاة جنوب العاصمة")]
    [InlineData("قتل ستة مقاتلين في اشتباكات بين كتيبة ثوار الجبل المدعومة من حكومة الوفاق الوطني واللواء التاسع مشاة جنوب العاصمة")]
    public void test_whom_the_first_side_of_a_clash_serves_is_no_side(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "كتيبة ثوار الجبل"), ("e2", EntityType.ORG, "حكومة الوفاق الوطني"),
            ("e3", EntityType.ORG, "اللواء التاسع مشاة"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_clash_side_of_gunmen_from_a_group_in_quotation_marks_is_that_group()
    {
        const string text = "قتل تسعة مقاتلين في اشتباكات بين قوات سوريا الديموقراطية ومسلحين من \"جيش عشائر البوحسن\" في الريف الشرقي";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "قوات سوريا الديموقراطية"), ("e2", EntityType.ORG, "جيش عشائر البوحسن"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واتهم المتحدث باسم \"جيش عشائر البوحسن\" ابو خالد العكيدي قوات سوريا الديموقراطية بممارسة الاعتقال التعسفي")]
    [InlineData("واتهم المتحدث باسم \"جيش عشائر البوحسن\" ابو خالد العكيدي في تسجيل مصور قوات سوريا الديموقراطية بممارسة الاعتقال التعسفي")]
    public void test_a_spokesman_of_a_body_in_quotation_marks_is_the_accuser(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جيش عشائر البوحسن"), ("e2", EntityType.PER, "ابو خالد العكيدي"),
            ("e3", EntityType.ORG, "قوات سوريا الديموقراطية"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("قتل اربعة جنود في هجوم شنه مسلحون يعتقد انتماؤهم لتنظيم القاعدة على نقطة عسكرية في المديرية")]
    [InlineData("قتل اربعة جنود في هجوم شنه مسلحون مجهولون يشتبه بانتمائهم الى تنظيم القاعدة على نقطة عسكرية")]
    [InlineData("قتل اربعة جنود في هجوم شنه مسلحون يعتقد انهم ينتمون الى تنظيم القاعدة على نقطة عسكرية")]
    public void test_unnamed_attackers_said_to_belong_to_a_group_are_that_group(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "تنظيم القاعدة"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("واندلعت المواجهات اثر مداهمة نفذتها قوة من مجلس منبج العسكري المنضوي في صفوف قسد لمنزل في البلدة، اعتقلت خلالها ثلاثة من ابنائه", "مجلس منبج العسكري", "قسد")]
    [InlineData("ونفذت قوة من كتيبة ثوار الجبل الموالية لحكومة الوفاق حملة دهم، اعتقلت خلالها ثلاثة مطلوبين", "كتيبة ثوار الجبل", "حكومة الوفاق")]
    public void test_whom_the_raiding_force_serves_is_not_who_arrested_during_the_raid(string text, string force, string patron)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, force), ("e2", EntityType.ORG, patron));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وقال قائد اللواء الاول دعم واسناد العميد علي السعدي ان قواته \"قتلت ثلاثة من عناصر تنظيم القاعدة\" خلال المواجهات")]
    [InlineData("وقال قائد اللواء الاول دعم واسناد العميد علي السعدي ان قواته قتلت ثلاثة من عناصر تنظيم القاعدة خلال المواجهات")]
    public void test_a_commanders_forces_that_killed_are_his_unit_in_a_fight(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "اللواء الاول دعم واسناد"), ("e2", EntityType.PER, "علي السعدي"),
            ("e3", EntityType.ORG, "تنظيم القاعدة"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("1", StringComparison.Ordinal));
        Assert.Equal("190", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وقال المصدر ان المهاجمين استخدموا قذائف ورشاشات، وان قوات الحزام الامني اشتبكت معهم لاكثر من ساعة قبل ان يفروا")]
    [InlineData("وصل المسلحون الى اطراف القرية واشتبك معهم مقاتلو العشيرة حتى الفجر")]
    public void test_a_clash_with_the_other_side_told_by_a_pronoun_after_with_is_one(string text)
    {
        Assert.Single(Events(Docs.Tokenized(text)), x => x.Code == "190");
    }

    [Theory]
    [InlineData("وصدت كتيبة ثوار الجبل هجوما على الحي. واتهم المتحدث باسم الكتيبة القوات المهاجمة", "كتيبة ثوار الجبل", "الكتيبة")]
    [InlineData("اشتبك لواء البادية السابع مع المسلحين. واجبرهم مقاتلو اللواء على التراجع", "لواء البادية السابع", "اللواء")]
    public void test_a_unit_named_once_is_its_unit_noun_later(string text, string name, string description)
    {
        var doc = new Hadath.Extraction.Actors.ActorStage().Process(Recovered(Docs.Tokenized(text)));
        var unit = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Contains(unit.Mentions, m => text[m.Start..m.End] == description);
    }

    [Fact]
    public void test_a_side_named_after_that_before_its_quoted_claim_is_who_attacked()
    {
        const string text = "وقال مسؤول في المكتب الاعلامي لقسد ان عناصر جيش عشائر البوحسن \"هاجموا حاجزا لنا في البلدة\"";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "قسد"), ("e2", EntityType.ORG, "جيش عشائر البوحسن"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal) || x.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("e2", e.Source?.EntityId);
    }
}
