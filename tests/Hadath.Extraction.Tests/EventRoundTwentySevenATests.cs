using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round twenty-seven's clash pass (the blind ev20a- stories: Iraqi clashes and attacks with their tolls as NINA, Alsumaria,
/// Anadolu and Shafaq News tell them): a member of parliament named after his constituency (النائب عن كركوك X Y), whose
/// accusation was read as the constituency's; a participle going on with the subject of the فيما clause before it, not the
/// sentence's first speaker. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentySevenATests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Recovered(AnalyzedDocument doc) => new NameRecoveryStage().Process(doc);

    private static string[] Persons(AnalyzedDocument doc) =>
        Recovered(doc).Entities.Where(e => e.Type == EntityType.PER).SelectMany(e => e.Mentions.Select(m => doc.Text[m.Start..m.End])).ToArray();

    [Theory]
    [InlineData("واتهم النائب عن كركوك أرشد الصالحي الحكومة الاتحادية بإهمال الملف الأمني", "كركوك", "أرشد الصالحي")]
    [InlineData("واتهم عضو مجلس النواب عن نينوى شيروان الدوبرداني قيادة العمليات بالتقصير", "نينوى", "شيروان الدوبرداني")]
    [InlineData("وطالب النائب عن محافظة البصرة عدي عواد بفتح تحقيق في الحادث", "البصرة", "عدي عواد")]
    [InlineData("فيما انتقد النائب عن المحافظة أحمد الكريم انتشار السلاح", null, "أحمد الكريم")]
    public void test_a_name_after_a_members_constituency_is_the_member(string text, string? place, string expected)
    {
        var doc = place is null ? Docs.Tokenized(text) : Docs.WithNamed(text, ("e1", EntityType.LOC, place));
        Assert.Contains(expected, Persons(doc));
    }

    [Theory]
    [InlineData("وتحدث النائب عن الوضع الأمني في المدينة خلال الجلسة")]        // عن and no constituency
    [InlineData("وقال النائب عن كركوك إن الوضع الأمني مستقر")]              // a cue after the constituency
    [InlineData("وقال النائب عن كركوك في بيان إن الوضع مستقر")]       // a preposition after it
    [InlineData("والتقت النائبة عن كركوك عددا كبيرا من الناخبين")]       // an accusative noun and its adjective
    public void test_no_person_after_a_constituency_where_no_name_follows(string text)
    {
        var doc = text.Contains("كركوك", StringComparison.Ordinal) ? Docs.WithNamed(text, ("e1", EntityType.LOC, "كركوك")) : Docs.Tokenized(text);
        Assert.Empty(Persons(doc));
    }

    [Fact]
    public void test_the_member_named_after_his_constituency_accuses_not_the_constituency()
    {
        const string text = "واتهم النائب عن نينوى شيروان الدوبرداني قيادة العمليات المشتركة بالتقصير في ملء الفراغ الأمني";
        var doc = Recovered(Docs.WithNamed(text, ("e1", EntityType.ORG, "قيادة العمليات المشتركة"), ("e2", EntityType.LOC, "نينوى")));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("شيروان الدوبرداني", doc.Entities.Single(x => x.Id == e.Source?.EntityId).Name);
        Assert.Equal("قيادة العمليات المشتركة", doc.Entities.Single(x => x.Id == e.Target?.EntityId).Name);
    }

    [Fact]
    public void test_a_participle_after_a_fima_clause_goes_on_with_that_clauses_subject()
    {
        const string text = "وقال المحافظ عمار جبر إن \"الدولة لن تسمح بفرض منطق السلاح\"، فيما انتقد النائب أحمد الكريم انتشار السلاح المنفلت، متهماً مجلس المحافظة بالتقاعس";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "عمار جبر"), ("e2", EntityType.PER, "أحمد الكريم"), ("e3", EntityType.ORG, "مجلس المحافظة"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_participle_with_no_one_named_after_fima_stays_with_the_first_speaker()
    {
        const string text = "وقال الوزير عمار جبر إن الوضع مستقر، فيما تتواصل عمليات التفتيش في القرى، متهماً مجلس المحافظة بالتقاعس";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "عمار جبر"), ("e3", EntityType.ORG, "مجلس المحافظة"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وكانت طائرات التحالف الدولي قد شنت، الثلاثاء، غارات على أوكار لعناصر التنظيم في الوادي", "التحالف الدولي")]
    [InlineData("وكان الجيش قد شن، مساء الاحد، هجوما على مواقع المسلحين", "الجيش")]
    public void test_a_day_set_off_by_commas_between_a_launching_verb_and_its_noun_keeps_the_subject_before_it(string text, string force)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, force));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("19", StringComparison.Ordinal) || x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وذكرت وزارة البيشمركة في حكومة اقليم كردستان، في بيان، ان قواتها اعتقلت اربعة مشتبهين في ناحية زمار")]
    [InlineData("واعلنت وزارة الداخلية في حكومة اقليم كردستان انها اعتقلت اربعة مشتبهين")]
    public void test_the_speaker_named_with_the_government_it_sits_in_is_the_body_not_the_government(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, text.Contains("البيشمركة", StringComparison.Ordinal) ? "وزارة البيشمركة" : "وزارة الداخلية"),
            ("e2", EntityType.ORG, "حكومة اقليم كردستان"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_listed_place_read_as_a_man_is_the_place_once_a_body_is_named_after_it()
    {
        const string text = "ديالى / نينا / وقال مصدر في قيادة شرطة ديالى ان قيادة عمليات ديالى تتحمل المسؤولية، وكان الوزير قد زار ديالى";
        var doc = Recovered(Docs.WithNamed(text, ("e1", EntityType.PER, "ديالى")));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.PER);
        Assert.Contains(doc.Entities, e => e.Type == EntityType.ORG && e.Mentions.Any(m => text[m.Start..m.End] == "قيادة عمليات ديالى"));
        Assert.Contains(doc.Entities, e => e.Type == EntityType.LOC && e.Mentions.Count(m => text[m.Start..m.End] == "ديالى") == 2);
    }

    [Fact]
    public void test_a_listed_place_read_as_a_man_with_no_body_named_after_it_keeps_the_taggers_type()
    {
        const string text = "وكان الوزير قد زار ديالى الاسبوع الماضي";
        var doc = Recovered(Docs.WithNamed(text, ("e1", EntityType.PER, "ديالى")));
        Assert.Contains(doc.Entities, e => e.Type == EntityType.PER);
    }

    [Theory]
    [InlineData("وأضاف المسؤول أن مسلحين من تنظيم داعش كانوا يكمنون قرب الطريق، فاشتبك معهم مقاتلو الحشد الشعبي قبل أن ينسحبوا")]
    [InlineData("وقال المصدر ان عناصر من تنظيم داعش تسللوا الى القرية، فاشتبكت معهم قوة من الحشد الشعبي لساعتين")]
    public void test_a_clash_told_with_the_other_side_as_a_pronoun_names_its_subject_after_it(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "داعش"), ("e2", EntityType.ORG, "الحشد الشعبي"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_body_of_a_head_and_its_nisba_is_told_by_its_head_after_its_members()
    {
        const string text = "قتل ثلاثة من الحشد الشعبي في الهجوم، واشتبك مقاتلو الحشد مع المهاجمين";
        var doc = Recovered(Docs.WithNamed(text, ("e1", EntityType.ORG, "الحشد الشعبي")));
        Assert.Contains(doc.Entities, e => e.Type == EntityType.ORG && e.Mentions.Any(m => text[m.Start..m.End] == "الحشد"));
    }

    [Fact]
    public void test_a_bomb_that_went_off_as_a_patrol_passed_has_no_subject_after_it()
    {
        const string text = "وقال المسؤول ان مقاتلي الحشد انتشروا في المنطقة، وان العبوة زرعت على جانب الطريق، وانفجرت اثناء مرور دورية للحشد";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الحشد"));
        Assert.All(Events(doc).Where(x => x.Code == "183"), e => Assert.Null(e.Source?.EntityId));
    }

    [Theory]
    [InlineData("وعلى إثر ذلك، فرضت قيادة عمليات صلاح الدين حظراً للتجوال في ناحية العلم حتى إشعار آخر", "ناحية العلم")]
    [InlineData("إلى ذلك، فرضت قيادة عمليات صلاح الدين حظراً شاملاً للتجوال في قضاء عانة", "قضاء عانة")]
    [InlineData("وفرضت قيادة عمليات صلاح الدين حظر التجول في ناحية العلم", "ناحية العلم")]
    public void test_a_curfew_imposed_is_a_sanction_on_the_place_it_names(string text, string place)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "قيادة عمليات صلاح الدين"), ("e2", EntityType.LOC, place));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("1723", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("وفرضت الحكومة رسوما جديدة على الواردات في البلاد")]
    [InlineData("وفرضت الولايات المتحدة حظرا على استيراد النفط الايراني")]
    public void test_no_curfew_where_what_is_imposed_is_no_curfew(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("172", StringComparison.Ordinal));
    }

    [Fact]
    public void test_a_curfew_on_a_place_the_tagger_did_not_name_is_on_its_words()
    {
        const string text = "إلى ذلك، فرضت قيادة عمليات الجزيرة حظراً شاملاً للتجوال في قضاء عانة حتى إشعار آخر";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "قيادة عمليات الجزيرة"))), x => x.Code == "1723");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("قضاء عانة", Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("قتل خمسة عناصر من حرس الحدود في هجوم شنه جهاديون من تنظيم الدولة الاسلامية على مخفر حدودي قرب البلدة")]
    [InlineData("قتل خمسة جنود في هجوم شنه متشددون من تنظيم الدولة الاسلامية على مخفر حدودي قرب البلدة")]
    public void test_jihadists_of_a_named_group_are_the_group(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "تنظيم الدولة الاسلامية"));
        var e = Assert.Single(Events(doc), x => x.Code == "180");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_the_sides_of_a_clash_are_read_past_a_day_set_off_by_commas()
    {
        const string text = "وقال مسؤول محلي إن اشتباكات اندلعت، مساء الجمعة، بين قوة من الجيش العراقي ومسلحين من وحدات مقاومة سنجار قرب المجمع، ما أسفر عن إصابة ثلاثة جنود";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"), ("e2", EntityType.ORG, "وحدات مقاومة سنجار"));
        var e = Assert.Single(Events(doc), x => x.Code == "190");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }
}
