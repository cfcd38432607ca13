using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round twenty-seven's Maghrebi and Egyptian protest pass (the four blind ev20p- stories: jobless graduates in Khouribga,
/// villagers cutting a road for gas in Tichy, a sit-in on a phosphate railway in Redeyef, a strike in Kafr El Dawwar, as
/// MAP, El Khabar, Mosaique FM and Al-Ahram tell them): a governor named between commas before a pluperfect's قد and past
/// its title and place (وكان والي بجاية، X، قد استقبل), whom he received past that comma, the Moroccan governor's title
/// عامل before إقليم/عمالة, the outlet a statement was given to (في تصريح لوكالة X) as no side, a place in an office
/// holder's title as no target (محملا والي قفصة مسؤولية), and a sit-in broken up by فك. Sentences written for these
/// tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentySevenPTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("وكان والي بجاية، كمال الدين كربوش، قد استقبل، الخميس الماضي، ممثلين عن لجنة تنسيق القرى", "والي بجاية", "043")]
    [InlineData("وكان محافظ البحيرة، اللواء مصطفى عبد الحميد، قد التقى وفدا عن لجنة تنسيق القرى", "محافظ البحيرة", "040")]
    public void test_a_titled_governor_named_between_commas_before_qad_is_the_host_and_the_body_after_the_verb_the_guest(string text, string title, string code)
    {
        string name = text.Split('،')[1].Trim();
        if (name.StartsWith("اللواء ", StringComparison.Ordinal)) name = name["اللواء ".Length..];
        string place = title.Split(' ')[1];
        var doc = Docs.WithNamed(text, ("e1", EntityType.LOC, place), ("e2", EntityType.PER, name), ("e3", EntityType.ORG, "لجنة تنسيق القرى"));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Fact]
    public void test_the_body_received_after_a_governor_named_between_commas_is_the_guest()
    {
        const string text = "واستقبل والي قفصة، علي المرموري، ممثلين عن الاتحاد الجهوي للشغل";
        var doc = Docs.WithNamed(text, ("e1", EntityType.LOC, "قفصة"), ("e2", EntityType.PER, "علي المرموري"), ("e3", EntityType.ORG, "الاتحاد الجهوي للشغل"));
        var e = Assert.Single(Events(doc), x => x.Code == "043");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واستقبل عامل إقليم خريبكة، عبد اللطيف النحلي، وفدا عن التنسيقية المحلية للمعطلين", "خريبكة")]
    [InlineData("واستقبل عامل عمالة المحمدية، عبد اللطيف النحلي، وفدا عن التنسيقية المحلية للمعطلين", "المحمدية")]
    public void test_the_moroccan_governor_titled_amil_of_a_province_is_the_host(string text, string place)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.LOC, place), ("e2", EntityType.PER, "عبد اللطيف النحلي"), ("e3", EntityType.ORG, "التنسيقية المحلية للمعطلين"));
        var e = Assert.Single(Events(doc), x => x.Code == "043");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_day_told_with_yawm_between_commas_after_a_pluperfect_reception_comes_before_the_guest()
    {
        const string text = "وكان عامل إقليم خريبكة، عبد اللطيف النحلي، قد استقبل، يوم الجمعة الماضي، وفدا عن التنسيقية المحلية للمعطلين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.LOC, "خريبكة"), ("e2", EntityType.PER, "عبد اللطيف النحلي"), ("e3", EntityType.ORG, "التنسيقية المحلية للمعطلين"));
        var e = Assert.Single(Events(doc), x => x.Code == "043");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_body_present_at_a_meeting_is_not_whom_the_governor_met()
    {
        const string text = "وكان والي قفصة، علي المرموري، قد التقى ممثلين عن المعتصمين بحضور الرئيس المدير العام لشركة فسفاط قفصة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "علي المرموري"), ("e2", EntityType.ORG, "شركة فسفاط قفصة"));
        var e = Assert.Single(Events(doc), x => x.Code == "040");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_a_worker_named_between_commas_holds_no_office()
    {
        const string text = "وانتقد عامل في المصنع، محمد الناصري، الادارة العامة للشركة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.PER, "محمد الناصري"));
        Assert.DoesNotContain(Events(doc), x => x.Source?.EntityId == "e1");
    }

    [Theory]
    [InlineData("وكان والي قفصة، علي المرموري، قد التقى ممثلين عن المعتصمين", "قفصة", "علي المرموري")]
    [InlineData("واستقبل عامل إقليم خريبكة، علي بنسعيد، وفدا عن المعطلين", "خريبكة", "علي بنسعيد")]
    [InlineData("وقال المتحدث باسم الاتحاد، علي الجريدي، ان الاضراب نجح", null, "علي الجريدي")]
    public void test_ali_spelt_as_the_preposition_opens_a_name_between_commas_after_an_office_or_a_governors_place(string text, string? place, string name)
    {
        var doc = place is null ? Docs.Tokenized(text) : Docs.WithNamed(text, ("e1", EntityType.LOC, place));
        doc = new NameRecoveryStage().Process(doc);
        var person = Assert.Single(doc.Entities, x => x.Type == EntityType.PER);
        Assert.Equal(name, text[person.Mentions[0].Start..person.Mentions[0].End]);
    }

    [Theory]
    [InlineData("وتدخل والي قفصة، على الفور، لتهدئة الاوضاع")]
    [InlineData("وتدخل والي قفصة، علي حدة، لتهدئة الاوضاع")]
    [InlineData("واستقبل والي قفصة، على التوالي، وفدين عن المعتصمين")]
    public void test_ali_before_no_family_name_between_commas_is_the_preposition(string text)
    {
        var doc = new NameRecoveryStage().Process(Docs.WithNamed(text, ("e1", EntityType.LOC, "قفصة")));
        Assert.DoesNotContain(doc.Entities, x => x.Type == EntityType.PER);
    }

    [Fact]
    public void test_the_agency_a_statement_was_given_to_is_not_the_accused_past_it()
    {
        const string text = "واتهم منسق التنسيقية، يوسف بنعلي، في تصريح لوكالة المغرب العربي للأنباء، المكتب الشريف للفوسفاط بإقصاء أبناء المنطقة";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "التنسيقية"), ("e2", EntityType.PER, "يوسف بنعلي"),
            ("e3", EntityType.ORG, "وكالة المغرب العربي للأنباء"), ("e4", EntityType.ORG, "المكتب الشريف للفوسفاط"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e4", e.Target?.EntityId);
    }

    [Fact]
    public void test_the_accused_follows_an_outlet_in_quotation_marks_after_ma()
    {
        const string text = "واتهم المتحدث باسم لجنة تنسيق القرى، مراد حمادي، في اتصال مع \"الخبر\"، سونلغاز بـ\"التماطل\" في انجاز المشروع";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "لجنة تنسيق القرى"), ("e2", EntityType.PER, "مراد حمادي"),
            ("e3", EntityType.ORG, "الخبر"), ("e4", EntityType.ORG, "سونلغاز"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e4", e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واتهم المحتجون الشركة التونسية للكهرباء والغاز بالتماطل في ربط منازلهم بالشبكة", "الشركة التونسية للكهرباء والغاز")]
    [InlineData("واتهم المتحدث باسم السكان سونلغاز بالتماطل في انجاز المشروع", "سونلغاز")]
    [InlineData("ودانت دار الخدمات النقابية والعمالية القبض على العمال", "دار الخدمات النقابية والعمالية")]
    public void test_a_listed_utility_or_labour_body_of_protest_news_is_a_name(string text, string name)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        var body = Assert.Single(doc.Entities, x => x.Type == EntityType.ORG);
        Assert.Equal(name, text[body.Mentions[0].Start..body.Mentions[0].End]);
    }

    [Theory]
    [InlineData("وأكد الناطق الرسمي باسم وزارة الداخلية، نزار الشابي، في تصريح لموزاييك، أنه تم إيقاف تسعة شبان", "موزاييك")]
    [InlineData("وأوضح مصدر أمني في حديث لهسبريس أنه تم توقيف سبعة أشخاص", "هسبريس")]
    public void test_the_outlet_a_statement_was_given_to_made_no_arrest_told_in_it(string text, string outlet)
    {
        var doc = Docs.WithNamed(text, ("e9", EntityType.ORG, outlet));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.NotEqual("e9", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_body_whose_statement_told_the_arrest_still_made_it()
    {
        const string text = "وأعلنت المديرية العامة للأمن الوطني في بيان لها توقيف سبعة أشخاص";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "المديرية العامة للأمن الوطني"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وندد الاتحاد المحلي للشغل بالحل الأمني، محملا والي قفصة مسؤولية توتر الأوضاع")]
    [InlineData("وندد الاتحاد المحلي للشغل بالحل الأمني، محملا محافظ قفصة مسؤولية توتر الأوضاع")]
    public void test_the_place_in_an_unnamed_governors_title_is_not_the_one_blamed(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الاتحاد المحلي للشغل"), ("e2", EntityType.LOC, "قفصة"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_the_governor_named_after_his_title_and_place_is_the_one_blamed()
    {
        const string text = "وندد الاتحاد المحلي للشغل بالحل الأمني، محملا والي قفصة علي المرموري مسؤولية توتر الأوضاع";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الاتحاد المحلي للشغل"), ("e2", EntityType.LOC, "قفصة"), ("e3", EntityType.PER, "علي المرموري"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_force_stepping_in_to_break_up_a_sit_in_disperses_it()
    {
        const string text = "وتدخلت وحدات الحرس الوطني لفك الاعتصام مستعملة الغاز المسيل للدموع";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "الحرس الوطني"));
        var e = Assert.Single(Events(doc), x => x.Code == "175");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("وتدخل الجيش لفك الحصار عن المدينة")]
    [InlineData("وقرر المعطلون فك الاعتصام بعد الاتفاق مع الوالي")]
    public void test_a_siege_lifted_or_a_sit_in_ended_by_its_own_is_no_dispersal(string text) =>
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code == "175");
}
