using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Sides the blind ev11- stories of the ninth event-generalisation pass (clashes and attacks in Iraq and Syria, protests
/// in the Maghreb and Egypt, refugees in Lebanon and Jordan) lost: police named after the place they serve (شرطة سامراء)
/// read as police with the place as target, a و-verb of the same clause that shares the subject of the act before it,
/// قصف as a verb after the craft that did it, a site owned by the one named after it with لل, a visit to a place named
/// after its category noun, and clash sides the tagger does not name. Sentences written for these tests, none from a
/// story or a data set.
/// </summary>
public sealed class EventPassNineTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("واعتقلت شرطة سامراء خمسة اشخاص في المنطقة", "سامراء", "شرطة سامراء", "خمسة اشخاص")]
    [InlineData("واعتقلت قوة من شرطة محافظة الانبار اربعة مطلوبين في قضاء هيت", "الانبار", "قوة من شرطة محافظة الانبار", "اربعة مطلوبين")]
    public void test_police_named_after_the_place_it_serves_is_one_side_and_the_place_no_target(string text, string place, string side, string taken)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.LOC, place));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal(side, Docs.ArgumentWords(text, e.Source));
        Assert.Null(e.Target?.EntityId);
        Assert.Equal(taken, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    // people after indefinite police are who was taken, not the place it serves
    [InlineData("واعتقل عناصر شرطة ناشطين اثنين في المدينة", "عناصر شرطة")]
    [InlineData("واعتقلت شرطة الناشط سعيد الصالح في المدينة", "شرطة")]
    public void test_police_takes_no_people_after_it_as_its_place(string text, string side)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code == "173");
        Assert.Equal(side, Docs.ArgumentWords(text, e.Source));
    }

    [Fact]
    public void test_police_takes_a_known_place_the_tagger_typed_as_a_person()
    {
        const string text = "واعتقلت شرطة صلاح الدين ثلاثة مطلوبين في قضاء الدور";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.PER, "صلاح الدين"))), x => x.Code == "173");
        Assert.Equal("شرطة صلاح الدين", Docs.ArgumentWords(text, e.Source));
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_police_takes_no_person_the_tagger_named_after_it_as_its_place()
    {
        const string text = "واعتقلت شرطة سعيد الصالح في المدينة";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.PER, "سعيد الصالح"))), x => x.Code == "173");
        Assert.Equal("شرطة", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_police_of_a_place_the_tagger_missed_takes_one_word_and_the_people_counted_after_the_day()
    {
        const string text = "اعتقلت شرطة بجاية الثلاثاء 30 شابا على الاقل بعد مواجهات مع قوات مكافحة الشغب";
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code == "173");
        Assert.Equal("شرطة بجاية", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("30 شابا", Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_a_wa_meeting_verb_in_the_clause_of_a_visit_shares_the_visitor_and_the_place_after_its_noun_is_visited()
    {
        const string text = "وكان رئيس الوزراء حيدر العبادي قد زار قضاء بيجي الاسبوع الماضي والتقى قادة الحشد الشعبي هناك";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "حيدر العبادي"), ("e2", EntityType.LOC, "بيجي"), ("e3", EntityType.ORG, "الحشد الشعبي"));
        var events = Events(doc);
        var visit = Assert.Single(events, x => x.Code == "042");
        Assert.Equal("e1", visit.Source?.EntityId);
        Assert.Equal("e2", visit.Target?.EntityId);
        var meeting = Assert.Single(events, x => x.Code == "040");
        Assert.Equal("e1", meeting.Source?.EntityId);
        Assert.Equal("e3", meeting.Target?.EntityId);
    }

    [Fact]
    public void test_a_place_visited_the_tagger_missed_is_its_category_noun_and_name()
    {
        const string text = "وكان رئيس الوزراء حيدر العبادي قد زار بلدة الحبانية الثلاثاء والتقى قادة العمليات";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "حيدر العبادي"));
        var events = Events(doc);
        Assert.Equal("بلدة الحبانية", Docs.ArgumentWords(text, Assert.Single(events, x => x.Code == "042").Target));
        Assert.Equal("e1", Assert.Single(events, x => x.Code == "040").Source?.EntityId);
    }

    [Fact]
    public void test_a_wa_meeting_verb_with_an_unnamed_object_shares_the_visitor()
    {
        const string text = "وكان وزير الطاقة والمعادن عزيز الرباح قد زار المدينة الشهر الماضي والتقى ممثلين عن الساكنة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "عزيز الرباح"));
        var meeting = Assert.Single(Events(doc), x => x.Code == "040");
        Assert.Equal("e1", meeting.Source?.EntityId);
    }

    [Fact]
    public void test_a_wa_meeting_verb_naming_both_its_sides_does_not_go_on_with_the_act_before()
    {
        const string text = "استقبل الرئيس ميشال عون وفدا من البنك الدولي والتقى رئيس الحكومة سعد الحريري السفير الاميركي";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "ميشال عون"), ("e2", EntityType.ORG, "البنك الدولي"), ("e3", EntityType.PER, "سعد الحريري"));
        Assert.DoesNotContain(Events(doc), x => text[x.Start..x.End] == "التقى" && x.Source?.EntityId == "e1");
    }

    [Fact]
    public void test_a_wa_verb_after_a_comma_names_its_own_subject()
    {
        // a comma closes the visit's clause: the minister named after the verb met, not the visitor
        const string text = "وزار الرئيس ميشال عون مدينة طرابلس، والتقى وزير الداخلية نهاد المشنوق المحافظ";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "ميشال عون"), ("e2", EntityType.PER, "نهاد المشنوق"), ("e3", EntityType.LOC, "طرابلس"));
        var meeting = Assert.Single(Events(doc), x => x.Code == "040");
        Assert.Equal("e2", meeting.Source?.EntityId);
    }

    [Fact]
    public void test_a_wa_accusation_with_its_object_in_quotation_marks_shares_the_subject_of_the_sentence()
    {
        const string text = "وقالت وزارة الداخلية في بيان ان قواتها لم تستخدم القوة، واتهمت \"عناصر مثيرة للشغب\" بمحاولة تعطيل الانتاج";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة الداخلية"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("112", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // a noun phrase after the closing quotation mark is the object: what is quoted is the subject (as in وتبنت "…" الهجوم)
    [InlineData("وقالت وزارة الداخلية ان قواتها طوقت المنطقة، واتهمت \"سرايا اولياء الدم\" الحكومة بالتقصير")]
    public void test_a_wa_verb_whose_quoted_words_have_an_object_after_them_names_its_own_subject(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة الداخلية"));
        Assert.DoesNotContain(Events(doc), x => x.Source?.EntityId == "e1" && text[x.Start..x.End] == "اتهمت");
    }

    [Fact]
    public void test_a_wa_verb_with_a_quoted_object_inside_a_reported_clause_does_not_go_back_to_the_sentences_subject()
    {
        // no comma closes the reported clause: who vowed is the one it tells of, not the channel
        const string text = "وبثت قناة روسيا اليوم مقابلة مع جار للشاب اكد فيها انه \"كان غاضبا\" وتوعد \"بالانتقام\" من زملائه";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "روسيا اليوم"));
        Assert.DoesNotContain(Events(doc), x => x.Source?.EntityId == "e1" && text[x.Start..x.End] != "بثت");
    }

    [Theory]
    [InlineData("وقال المصدر ان طيران الجيش العراقي قصف تجمعات التنظيم في منطقة المزرعة", "الجيش العراقي")]
    [InlineData("وكان طيران الجيش العراقي قد قصف مواقع التنظيم في الجزيرة", "الجيش العراقي")]
    [InlineData("وقد قصف الجيش العراقي مواقع التنظيم في الجزيرة", "الجيش العراقي")]
    [InlineData("لقد قصف الجيش العراقي مواقع التنظيم في الجزيرة", "الجيش العراقي")]
    [InlineData("وبحسب المصدر فان طيران الجيش العراقي قصف تجمعات التنظيم في الجزيرة", "الجيش العراقي")]
    public void test_qasf_after_the_craft_that_did_it_is_the_verb(string text, string force)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, force), ("e2", EntityType.ORG, "التنظيم"));
        var e = Assert.Single(Events(doc), x => text[x.Start..x.End] == "قصف");
        Assert.StartsWith("19", e.Code, StringComparison.Ordinal);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // a verb between the craft and the noun: what the craft went on doing, not a second act
    [InlineData("وقال المصدر ان طيران الجيش العراقي واصل قصف مواقع التنظيم")]
    // a preposition before the noun: what the craft took part in
    [InlineData("وقال المصدر ان طيران الجيش العراقي شارك في قصف مواقع التنظيم")]
    // indefinite craft right before a bare قصف: the noun says what craft they are
    [InlineData("وقال المصدر ان طائرات قصف تابعة الى الجيش العراقي حلقت فوق مواقع التنظيم")]
    public void test_qasf_after_a_verb_of_the_craft_stays_a_noun(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"), ("e2", EntityType.ORG, "التنظيم"));
        Assert.DoesNotContain(Events(doc), x => x.Code.StartsWith("19", StringComparison.Ordinal) && text[x.Start..x.End] == "قصف");
    }

    [Theory]
    [InlineData("وقال متحدث باسم الحشد الشعبي ان مسلحين من التنظيم هاجموا فجر الخميس نقطة تفتيش للحشد الشعبي قرب سامراء", "180")]
    [InlineData("وقال متحدث باسم الحشد الشعبي ان مدفعية التنظيم قصفت مخابئ للحشد الشعبي في الجزيرة", "194")]
    // when (في وقت لاحق) and how often (للمرة الاولى) stand between the verb and what it struck; aircraft shell from the air (195)
    [InlineData("وقال متحدث باسم الحشد الشعبي ان طائرات التنظيم قصفت في وقت لاحق مخابئ للحشد الشعبي في الجزيرة", "195")]
    [InlineData("وقال متحدث باسم الحشد الشعبي ان مدفعية التنظيم قصفت للمرة الاولى مواقع للحشد الشعبي في الجزيرة", "194")]
    [InlineData("وقال متحدث باسم الحشد الشعبي ان مدفعية التنظيم قصفت لاول مرة مواقع للحشد الشعبي في الجزيرة", "194")]
    [InlineData("وقال متحدث باسم الحشد الشعبي ان طائرات التنظيم قصفت في وقت متأخر من الليل مخابئ للحشد الشعبي في الجزيرة", "195")]
    public void test_a_site_owned_by_a_name_after_lil_makes_the_owner_the_target(string text, string code)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "التنظيم"), ("e2", EntityType.ORG, "الحشد الشعبي"));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_clash_sides_the_tagger_did_not_name_pass_an_adjective_and_a_name_in_brackets()
    {
        const string text = "وقتل 23 شخصا في اشتباكات اندلعت الخميس بين قوات الامن الكردية (الاسايش) وقوات الدفاع الوطني في مدينة الحسكة";
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code == "190");
        Assert.Equal("قوات الامن الكردية", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("قوات الدفاع الوطني", Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_detachments_in_the_plural_are_of_the_police_named_after_them()
    {
        const string text = "واعتقلت مفارز من شرطة كركوك، فجر الاثنين، سبعة مشتبه بهم في قرى قضاء الحويجة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.LOC, "كركوك"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("مفارز من شرطة كركوك", Docs.ArgumentWords(text, e.Source));
    }

    [Fact]
    public void test_a_wa_verb_in_a_reported_clause_shares_the_force_whose_craft_open_it()
    {
        const string text = "وتابع ان مروحيات الجيش العراقي لاحقت المهاجمين وقصفت مخابئهم في الوادي";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش العراقي"));
        var e = Assert.Single(Events(doc), x => text[x.Start..x.End] == "قصفت");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_the_dead_counted_as_members_of_a_named_force_make_it_the_target_of_the_attack()
    {
        const string text = "قتل اربعة من عناصر الشرطة الاتحادية واصيب ستة آخرون، مساء الاحد، بهجوم شنه مسلحو تنظيم داعش على نقطة امنية في ناحية الرشاد";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "تنظيم داعش"), ("e2", EntityType.ORG, "الشرطة الاتحادية"));
        var e = Assert.Single(Events(new CountStage().Process(doc)), x => x.Code == "180");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }
}
