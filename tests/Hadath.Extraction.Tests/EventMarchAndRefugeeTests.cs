using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Acts and sides the blind ev12p- stories (protests, marches and sit-ins in the Maghreb, Egypt and Jordan; refugees in
/// Lebanon and Jordan) lost: a protest organised by a long subject with a day set off by commas before it, a force's
/// arrest told in its own statement with the quotation opening before the verb, a force stepping in to disperse told
/// after قبل ان or past a relative clause, a protest told before the verb that organised it, and anonymity asides
/// (رفض الكشف عن اسمه) and رفضا ل read as rejections; a protest waged with خاض; force used on a crowd told in a
/// witness's quotation marks after the dispersal, read as its retelling. Sentences written for these tests, none
/// from a story or a data set.
/// </summary>
public sealed class EventMarchAndRefugeeTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Fact]
    public void test_a_protest_organised_by_a_long_named_subject_past_a_day_between_commas_is_the_subjects()
    {
        const string text = "نظمت التنسيقية المحلية للمعطلين حاملي الشهادات بالمدينة، صباح اليوم الاثنين، مسيرة احتجاجية جابت الشوارع الرئيسية";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "التنسيقية المحلية للمعطلين حاملي الشهادات"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_protest_held_by_a_long_counted_crowd_past_a_day_between_commas_is_found()
    {
        const string text = "نفذ العشرات من العمال المسرحين من مصنع الاسمنت في ضواحي المدينة، اليوم الثلاثاء، وقفة احتجاجية امام مقر الولاية";
        Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("خاض طلبة كلية الطب بالمدينة، صباح اليوم الثلاثاء، مسيرة احتجاجية جابت الشوارع")]
    [InlineData("وخاض الاساتذة المتعاقدون وقفة احتجاجية امام مقر المديرية الجهوية")]
    // a strike carried out or waged is a protest too (CAMEO 143)
    [InlineData("نفذ الاتحاد الجهوي للشغل، اليوم الثلاثاء، اضرابا عاما بكامل معتمديات الولاية")]
    [InlineData("وخاض عمال الشركة اضرابا مفتوحا عن العمل")]
    public void test_a_protest_waged_with_khada_is_read(string text)
    {
        Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وخاض الفريق مباراة ودية امام نظيره الجزائري")]
    [InlineData("خاض الحزب الانتخابات البرلمانية الماضية بقائمة موحدة")]
    public void test_khada_without_a_protest_noun_is_no_protest(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    // what was organised past the aside is no protest
    [InlineData("نظمت الجمعية الخيرية في المدينة، مساء امس، حفلا لتكريم التلاميذ المتفوقين")]
    // the aside is no day: the clause is not known to go on past it
    [InlineData("نظمت الجمعية الخيرية في المدينة، بالتعاون مع البلدية، مسيرة لتكريم المتفوقين")]
    public void test_no_protest_is_organised_past_an_aside_without_a_day_or_a_protest_noun_right_after_it(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal) && text[x.Span.Start..x.Span.End] == "نظمت");
    }

    [Fact]
    public void test_a_protest_told_before_the_verb_that_organised_it_is_the_organisers()
    {
        const string text = "وجابت مسيرة نظمتها التنسيقية الوطنية للاساتذة المتعاقدين شوارع المدينة";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "التنسيقية الوطنية للاساتذة المتعاقدين"))), x => x.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_sit_in_told_before_the_crowd_that_held_it_is_read()
    {
        const string text = "تحولت وقفة احتجاجية نفذها عشرات العمال امام مقر الشركة الى مواجهات";
        Assert.Contains(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal) && text[x.Span.Start..x.Span.End] == "نفذها");
    }

    [Fact]
    public void test_a_protest_told_dispersed_is_no_act_of_its_organisers()
    {
        const string text = "وفرقت الشرطة بالقوة اول من امس مظاهرة سلمية نظمها اتحاد المعلمين امام مقر الحكومة";
        var events = Events(Docs.Tokenized(text));
        Assert.Contains(events, x => x.Code == "175");
        Assert.DoesNotContain(events, x => x.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وحضر الوزير الندوة التي نظمتها الجمعية في المدينة")]
    [InlineData("واشاد الوالي بالمهرجان الذي نظمته البلدية")]
    public void test_what_was_organised_before_the_verb_is_no_protest_unless_a_protest_noun_says_so(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void test_a_forces_arrest_quoted_from_its_statement_after_its_owned_units_is_the_forces()
    {
        const string text = "واكد الدرك الوطني في بيان ان وحداته \"اوقفت 23 شخصا حاولوا اقتحام الحواجز\"";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "الدرك الوطني"))), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("قبل ان تتدخل القوات العمومية، التي حضرت بأعداد كبيرة الى الساحة، لتفريق المحتجين بالقوة")]
    [InlineData("وتدخلت القوات العمومية، التي طوقت المكان منذ الصباح، لتفريق المعتصمين")]
    public void test_a_force_stepping_in_to_disperse_protesters_is_read_after_qabla_an_and_past_a_relative_clause(string text)
    {
        Assert.Single(Events(Docs.Tokenized(text)), x => x.Code == "175");
    }

    [Fact]
    public void test_a_force_stepping_in_to_disperse_them_disperses_the_protest_told_before()
    {
        const string text = "تظاهر آلاف الاساتذة الاحد في وسط المدينة، قبل ان تتدخل قوات الامن لتفريقهم بخراطيم المياه";
        Assert.Single(Events(Docs.Tokenized(text)), x => x.Code == "175");
    }

    [Fact]
    public void test_a_force_stepping_in_to_part_them_after_a_fight_is_no_dispersal()
    {
        const string text = "تشاجر افراد من عائلتين في السوق قبل ان تتدخل الشرطة لتفريقهم";
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code == "175");
    }

    [Theory]
    [InlineData("فرقت الشرطة المعتصمين امام مقر الولاية. وقال ناشط ان \"عناصر الامن انهالت على المحتجين بالهراوات\".")]
    [InlineData("فضت قوات الامن الاعتصام فجر اليوم. وقال قيادي عمالي ان \"الشرطة اطلقت الغاز المسيل للدموع على العمال\".")]
    public void test_force_used_on_a_crowd_in_a_witness_quote_after_its_dispersal_is_an_act_of_its_own(string text)
    {
        var doc = new QuoteStage().Process(Docs.Tokenized(text));
        Assert.Equal(2, Events(doc).Count(e => e.Code == "175"));
    }

    [Theory]
    // stones thrown in a spokesman's words after a march: a riot the march did not tell
    [InlineData("نظم عشرات الطلبة مسيرة احتجاجية في المدينة. وقال ناطق امني ان \"ثلاثة اعوان اصيبوا جراء رشقهم بالحجارة\".", 2)]
    // after stones thrown told before, the quote tells them again
    [InlineData("ورشق المحتجون عناصر الشرطة بالحجارة. وقال ناطق امني ان \"ثلاثة اعوان اصيبوا جراء رشقهم بالحجارة\".", 1)]
    public void test_stones_thrown_in_a_quote_retell_only_stones_thrown_before(string text, int protests)
    {
        var doc = new QuoteStage().Process(Docs.Tokenized(text));
        Assert.Equal(protests, Events(doc).Count(e => e.Code.StartsWith("14", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("وفرق عناصر من الجيش الاعتصام بعد نحو ساعة", 1)]
    [InlineData("فرق رجال القوات العمومية، مساء امس، وقفة احتجاجية امام البرلمان", 1)]
    // فرق is also the plural noun, teams: rescuers carrying protesters, not the police, disperse no one
    [InlineData("ونقلت فرق الاسعاف المحتجين المصابين الى المستشفى", 0)]
    [InlineData("وتوجهت فرق الدفاع المدني الى مكان الاعتصام", 0)]
    [InlineData("وانتشرت فرق الامن في محيط الاعتصام", 0)]   // the police's teams, after a verb: no verb of dispersing
    public void test_the_masculine_farraqa_disperses_only_with_the_police_right_after_it(string text, int dispersals) =>
        Assert.Equal(dispersals, Events(Docs.Tokenized(text)).Count(e => e.Code == "175"));

    [Theory]
    // a present form not after قبل ان is a plan or a habit
    [InlineData("وقال الوزير ان القوات العمومية تتدخل لتفريق المحتجين عند الضرورة")]
    // breaking up a fight is no repression
    [InlineData("وتدخلت القوات العمومية، التي طوقت المكان، لفض اشتباك بين عائلتين")]
    // a stepping in denied under ان تكون with its subject before قد is a supposition, not a telling
    [InlineData("ونفت المديرية العامة للامن ان تكون عناصر الشرطة قد تدخلت لتفريق المعتصمين")]
    [InlineData("ونفى مصدر امني ان يكون رجال الامن قد تدخلوا لفض الوقفة الاحتجاجية")]
    public void test_no_dispersal_is_read_from_a_plan_or_a_fight_broken_up(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code == "175");
    }

    [Theory]
    [InlineData("وقال مسؤول في الامن العام رفض الكشف عن اسمه ان السلطات رحلت 43 شخصا", "الامن العام")]
    [InlineData("بحسب مصدر في وزارة الداخلية رفض ذكر اسمه", "وزارة الداخلية")]
    [InlineData("وخرج المئات من سكان المخيم في مسيرة جابت شوارعه رفضا لاجراءات وزارة العمل", "وزارة العمل")]
    public void test_an_anonymity_aside_and_rafdan_li_are_no_rejection(string text, string body)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, body));
        Assert.DoesNotContain(Events(doc), x => x.Code.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public void test_a_rejection_of_a_demand_is_still_read()
    {
        const string text = "ورفضت وزارة العمل مطالب النقابة بزيادة الاجور";
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "وزارة العمل"))), x => x.Code.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("واتهم مسؤول في وزارة الشؤون الاجتماعية، رفض الكشف عن اسمه، جهات سياسية بعرقلة عودة النازحين", "112")]
    [InlineData("وانتقد مصدر امني، طلب عدم ذكر اسمه، تصريحات النواب حول المخيم", "111")]
    public void test_an_act_by_a_source_who_withholds_his_name_is_read_with_no_source(string text, string code)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)));
        Assert.Equal(code, e.Code);
        Assert.Equal(text.Split(' ')[0][1..], text[e.Span.Start..e.Span.End]);
        Assert.Null(e.Source?.EntityId);
    }

    [Theory]
    // no anonymity aside: who accused is not known to be a public figure
    [InlineData("واتهم الرجل جيرانه بسرقة سيارته")]
    // the aside after the verb's object is the object's, not the subject's
    [InlineData("واتهم الرجل جاره، الذي رفض الكشف عن اسمه، بالسرقة")]
    public void test_an_unnamed_subject_without_his_own_anonymity_aside_gives_no_act(string text)
    {
        Assert.DoesNotContain(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void test_a_pluperfect_stepping_in_to_disperse_is_still_told()
    {
        const string text = "وكانت عناصر الشرطة قد تدخلت لتفريق المعتصمين امام مقر الولاية";
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code == "175");
        Assert.Equal("تفريق", text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    [InlineData("وقال محامون ان عشرات الطلبة اقتيدوا الى مقر الشرطة بعد تفريق الوقفة", "اقتيدوا")]
    [InlineData("واقتيد الناشط الى مركز الامن حيث قضى ليلته", "اقتيد")]
    public void test_a_passive_arrest_told_by_iqtada_is_an_arrest_with_no_sides(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
        Assert.Equal("173", e.Code);
        Assert.Null(e.Source);
    }
}
