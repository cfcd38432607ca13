using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Acts the blind ev16p- stories (strikes, sit-ins, road blocks and refugees' protests in the Maghreb and Lebanon) lost:
/// criticism suffered (تعرض X لانتقادات), a strike or sit-in begun with شرع/دخل/بدأ في, workers named with their employer,
/// a road cut with burning tyres and tyres set alight, a body before whose seat a crowd was dispersed, a governor named
/// between commas after his title and place, stones thrown at two guards or policemen told by the dual, crowds named by
/// their trade as who protests, refugees and others in the plural protesting with no number told, the Algerian wire's
/// security services (مصالح الامن) dispersing with tear gas.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventProtestRoundSixteenTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("وتعرض وزير الصحة خالد العلوي لانتقادات شديدة من نواب المعارضة", "تعرض")]
    [InlineData("وكان خالد العلوي قد تعرض، مساء الاثنين، لانتقاد حاد في البرلمان", "تعرض")]
    public void test_criticism_suffered_after_taarrada_is_the_subjects_target(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.PER, "خالد العلوي"))), x => x.Code.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal("111", e.Code);
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Null(e.Source);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    // who suffered it is unnamed or no one: an event with neither side tells an analyst nothing
    [InlineData("وتعرض القرار لانتقادات واسعة")]
    [InlineData("وكان قد تعرض، الاسبوع الماضي، لانتقادات حادة")]
    public void test_criticism_suffered_by_no_one_named_is_no_event(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code == "111");
    }

    [Theory]
    // what was suffered is the first indefinite noun with ل: an assault, the criticism after it is another's
    [InlineData("وتعرض الصحفي لاعتداء من قبل مجهولين بعد انتقادات وجهها للحكومة")]
    // a sentence end stops the search
    [InlineData("وتعرض المبنى للقصف. وتوالت الانتقادات")]
    public void test_taarrada_with_another_noun_is_no_criticism(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code == "111");
    }

    [Theory]
    [InlineData("شرع الاطباء الداخليون، صباح اليوم الاثنين، في اضراب وطني لمدة ثلاثة ايام", "شرع")]
    [InlineData("ودخل عمال الميناء في اعتصام مفتوح امام مقر الادارة", "دخل")]
    [InlineData("بدأت نقابات الصحة في اضراب بالعاصمة، الاربعاء", "بدأت")]
    public void test_a_strike_or_sit_in_begun_with_shara_or_dakhala_fi_is_a_protest(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    // entering a fight, talks or a town is no protest
    [InlineData("ودخلت القوات في مواجهات عنيفة مع المسلحين")]
    [InlineData("ودخل الطرفان في مفاوضات مباشرة حول الاضراب")]
    [InlineData("دخل الجيش المدينة في اعقاب الاضراب")]
    // a strike called for has not begun
    [InlineData("ودعت النقابة العمال الى ان يدخلوا في اضراب عام")]
    public void test_entering_anything_but_a_protest_or_one_called_for_is_none(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal) && x.Rule.Contains("entered", StringComparison.Ordinal));
    }

    [Fact]
    public void test_the_employer_of_workers_who_strike_is_not_its_source()
    {
        const string text = "ودخل عمال شركة الاسمنت الوطنية في اضراب مفتوح";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "شركة الاسمنت الوطنية"))), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Null(e.Source?.EntityId);
    }

    [Fact]
    public void test_a_day_aside_with_mundhu_does_not_end_the_subject_of_a_strike_begun()
    {
        const string text = "شرع العشرات من حاملي الشهادات المعطلين عن العمل في الجهة، منذ صباح اليوم، في اعتصام مفتوح";
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal("شرع", text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    [InlineData("وقام شبان باغلاق الطريق الرئيسية بالعجلات المطاطية المشتعلة", "اغلاق")]
    [InlineData("وعمد عدد من الشبان الى قطع الطريق عند مدخل البلدة بالاطارات المشتعلة", "قطع")]
    public void test_a_road_cut_with_burning_tyres_is_a_road_block(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal("144", e.Code);
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    // the police closing a road, a way barred to someone, a road cut by gunmen
    [InlineData("واغلقت قوات الامن الطريق بالحواجز الحديدية")]
    [InlineData("ويهدف القرار الى قطع الطريق على المتطرفين بالحواجز")]
    [InlineData("وقطع مسلحون الطريق الدولي وخطفوا ثلاثة سائقين")]
    public void test_a_road_closed_by_the_state_or_barred_or_cut_without_tyres_is_no_protest(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void test_tyres_set_alight_are_a_crowds_riot()
    {
        const string text = "واضرموا النار في العجلات المطاطية وسط الشارع";
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal("145", e.Code);
    }

    [Theory]
    [InlineData("وفرقت قوات الامن المحتجين بخراطيم المياه لدى محاولتهم الاعتصام امام مبنى وزارة الصحة")]
    [InlineData("واعتقلت الشرطة عشرة طلاب بعد مشاركتهم في وقفة قرب مقر وزارة الصحة")]
    public void test_a_body_before_whose_seat_it_happened_is_no_target(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة الصحة"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.NotEqual("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_an_officer_named_between_commas_after_a_title_and_its_place_is_the_subject()
    {
        const string text = "واستقبل والي سوسة، كمال الطرابلسي، بعد الظهر وفدا عن المعتصمين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.LOC, "سوسة"), ("e2", EntityType.PER, "كمال الطرابلسي"));
        var e = Assert.Single(Events(doc), x => x.Code == "043");
        Assert.Equal("e2", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("واوضح المصدر ان عونين من الحرس الوطني اصيبا بجروح اثر رشقهما بالحجارة")]
    [InlineData("وقال ان شرطيين اثنين اصيبا اثر رشقهما بالحجارة")]
    public void test_stones_thrown_at_police_told_by_the_dual_are_a_riot(string text)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal("145", e.Code);
    }

    [Theory]
    [InlineData("شرع الاساتذة المتعاقدون، صباح اليوم، في اضراب وطني", "الاساتذة", "EDU")]
    [InlineData("ودخل المعطلون حاملو الشهادات في اعتصام مفتوح امام مقر الولاية", "المعطلون", "CVL")]
    [InlineData("ودخل اللاجئون في اضراب عن الطعام داخل المخيم", "اللاجئون", "REF")]
    public void test_a_crowd_named_by_its_trade_is_who_protests(string text, string crowd, string agent)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal(crowd, Docs.ArgumentWords(text, e.Source));
        Assert.EndsWith(agent, e.Source?.Actor);
    }

    [Theory]
    [InlineData("واحتج لاجئون سوريون في المخيم على تقليص المساعدات الغذائية", "احتج")]
    [InlineData("وتظاهر الطلبة امام مقر الجامعة", "تظاهر")]
    [InlineData("واعتصمت عائلات لاجئة امام مكتب المفوضية", "اعتصمت")]
    [InlineData("واضرب الاسرى عن الطعام لليوم الثالث", "اضرب")]
    public void test_a_protest_verb_with_people_in_the_plural_after_it_protests_without_a_number(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    // pretending, a government's complaint, a lawyer's argument, refugees gathering for aid
    [InlineData("وتظاهر الرئيس بالمرض لتجنب المحاكمة")]
    [InlineData("واحتجت الحكومة على تصريحات السفير")]
    [InlineData("واحتج المحامون بان القانون لا يجيز تأجيل الجلسة")]
    [InlineData("وتجمع اللاجئون لتسلم المساعدات")]
    public void test_a_verb_without_people_or_of_no_protest_is_none(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void test_security_services_dispersing_with_tear_gas_are_one_dispersal_with_its_source()
    {
        const string text = "وفرقت مصالح الامن بالغاز المسيل للدموع تجمعا لمتقاعدي الجيش امام مقر الوزارة";
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("فرقت", text[e.Span.Start..e.Span.End]);
        Assert.Equal("مصالح الامن", Docs.ArgumentWords(text, e.Source));
    }

    [Fact]
    public void test_interests_are_no_force()
    {
        const string text = "واتهم الوزير مصالح البلدين بعرقلة الاتفاق";
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => Docs.ArgumentWords(text, x.Target) == "مصالح");
    }

    [Theory]
    [InlineData("وكان العمال قد بدأوا اعتصامهم داخل المصنع الاسبوع الماضي", "بدأوا")]
    [InlineData("وفي صفاقس، شرع الاتحاد الجهوي للاطباء (اجل) اليوم في اضراب", "شرع")]
    public void test_a_protest_begun_as_its_own_object_or_past_an_acronym_is_a_protest(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
    }

    [Fact]
    public void test_protests_that_began_are_not_a_protest_begun_by_a_subject()
    {
        Assert.DoesNotContain(Events(Docs.Tokenized("وبدأت الاحتجاجات في المدينة منذ اشهر")), x => x.Rule.Contains("entered", StringComparison.Ordinal));
    }

    [Fact]
    public void test_the_university_of_students_who_had_demonstrated_is_not_its_source()
    {
        const string text = "وكان طلاب جامعة القيروان قد تظاهروا الاحد داخل الحرم الجامعي";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "جامعة القيروان"))), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Null(e.Source?.EntityId);
    }
}
