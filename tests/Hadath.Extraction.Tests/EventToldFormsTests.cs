using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Forms of telling an assault or a protest that the older rules missed: air strikes directed (وجهت القوات ضربات جوية),
/// a crowd that went out or gathered protesting (خرج السكان محتجين), a bombing whose wounded are told in the plural
/// (اصيبوا بجروح اثر انفجار سيارة مفخخة), a counted crowd that had gathered (وكان 500 طالب قد احتشدوا), unknown persons
/// as the doers (ان مجهولين خطفوا مصورا), and an object that ends where a time expression begins (خطفوا الصحافي الاسبوع
/// الماضي); beside each, the sentences that must stay no event. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventToldFormsTests
{
    private static IReadOnlyList<Event> Events(string text) => EventsOf(Docs.Tokenized(text));

    /// <summary>The events of a document built by hand (its entities given), after the count stage.</summary>
    private static IReadOnlyList<Event> EventsOf(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    /// <summary>Asserts the sentence's one event of <paramref name="code"/>: the words its trigger spans (و apart).</summary>
    private static Event AssertOne(string text, string code, string trigger)
    {
        var e = Assert.Single(Events(text), x => x.Code == code);
        Assert.Equal(trigger.TrimStart('و'), text[e.Start..e.End].TrimStart('و'));
        return e;
    }

    [Theory]
    // strikes directed at someone are launched: وجه reads as شن, with the same trigger, source and target
    [InlineData("وكانت القوات الاميركية وجهت عدة ضربات جوية داخل البلاد خلال الاشهر الماضية", "وجهت", "شنت", "ضربات جوية", null)]
    [InlineData("ووجهت الطائرات الحربية غارات على مواقع المسلحين في المنطقة الجبلية", "ووجهت", "وشنت", "غارات", "المسلحين")]
    public void test_strikes_directed_are_launched(string text, string directed, string launching, string trigger, string? target)
    {
        var e = AssertOne(text, "195", trigger);
        Assert.Equal(target, Docs.ArgumentWords(text, e.Target));
        string launched = text.Replace(directed, launching);
        var l = AssertOne(launched, "195", trigger);
        Assert.Equal(Docs.ArgumentWords(launched, l.Source), Docs.ArgumentWords(text, e.Source));
    }

    [Theory]
    // directed words or blame are no strike
    [InlineData("ووجهت الحكومة انتقادات حادة الى المعارضة بسبب موقفها")]
    [InlineData("ووجه الرئيس رسالة الى نظيره حول الغارات الاخيرة")]
    public void test_what_else_is_directed_is_no_strike(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Code == "195");

    [Theory]
    // a crowd told by who they are went out, gathered or went down protesting: the participle tells the protest
    [InlineData("وقد نزل السكان الى الشوارع محتجين على انقطاع الكهرباء", "نزل")]
    [InlineData("وخرج اهالي البلدة متظاهرين ضد قرار اغلاق المستشفى", "وخرج")]
    [InlineData("وتجمع العمال امام مقر الشركة معتصمين حتى صرف رواتبهم", "وتجمع")]
    public void test_a_crowd_that_went_out_protesting_protested(string text, string trigger) =>
        AssertOne(text, "141", trigger);

    [Theory]
    // people who went out or gathered for something else
    [InlineData("وخرج السكان من منازلهم بعد الهزة الارضية خائفين")]
    [InlineData("وتجمع الاهالي امام المستشفى للاطمئنان على الجرحى")]
    public void test_a_crowd_that_went_out_for_no_protest_stays_none(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Plover == "PROTEST");

    [Theory]
    // a bombing with its wounded told by a plural or feminine passive
    [InlineData("وذكر مصدر في الشرطة ان اربعة مدنيين اصيبوا بجروح امس اثر انفجار سيارة مفخخة شرق المدينة", "مفخخة", "اربعة مدنيين")]
    [InlineData("وقال شهود ان امرأة اصيبت بجروح خطيرة في انفجار عبوة ناسفة قرب السوق", "انفجار", "امرأة")]
    public void test_a_bombing_with_wounded_told_in_the_plural_is_an_event(string text, string trigger, string target)
    {
        var e = Assert.Single(Events(text), x => x.Plover == "ASSAULT");
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(target, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    // wounded in an earlier fight or attack, told as history, make no event of it
    [InlineData("ورفع المحتجون صور زملاء لهم اصيبوا في مواجهات سابقة مع قوات الامن")]
    [InlineData("وكان الجندي قد اصيب بجروح في هجمات سابقة على مواقع الجيش")]
    public void test_wounded_in_an_earlier_fight_make_no_event(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Plover == "ASSAULT");

    [Fact]
    // an explosion with no one hurt and no attack told stays no event
    public void test_an_explosion_told_without_wounded_stays_none() =>
        Assert.DoesNotContain(Events("وسمع دوي انفجار في المنطقة الصناعية مساء امس"), x => x.Plover == "ASSAULT");

    [Theory]
    // a counted crowd that had gathered: the pluperfect's crowd stands between كان and قد
    [InlineData("وكان 500 طالب على الاقل قد احتشدوا خارج مبنى الجامعة للمطالبة باطلاق سراح زملائهم", "احتشدوا")]
    [InlineData("وكان مئات المعلمين قد تجمعوا امام مقر الوزارة صباح امس", "تجمعوا")]
    public void test_a_counted_crowd_that_had_gathered_protested(string text, string trigger) =>
        AssertOne(text, "141", trigger);

    [Fact]
    // a counted crowd before قد with no كان is no pluperfect of its own: the verb after قد belongs to another clause
    public void test_a_count_before_qad_without_kana_is_no_crowd() =>
        Assert.DoesNotContain(Events("وقالت الشرطة ان 500 شخص قد تجمعوا لاستقبال الفريق"), x => x.Plover == "PROTEST");

    [Theory]
    // unknown persons are unidentified doers (UAF), as armed men are
    [InlineData("وافادت مصادر متطابقة ان مجهولين خطفوا مصورا فرنسيا في المدينة", "خطفوا", "181", "مجهولين", "مصورا فرنسيا")]
    [InlineData("واغتال مجهولون مساء امس ناشطا حقوقيا في المدينة", "واغتال", "186", "مجهولون", "ناشطا حقوقيا")]
    public void test_unknown_persons_are_the_doers(string text, string trigger, string code, string source, string target)
    {
        var e = AssertOne(text, code, trigger);
        Assert.Equal(source, Docs.ArgumentWords(text, e.Source));
        Assert.Equal("UAF", e.Source?.Actor);
        Assert.Equal(target, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    // the object ends where a time expression the time stage read begins
    [InlineData("وكان مسلحون مجهولون قد خطفوا الصحافي الاسبوع الماضي", "خطفوا", "181", "الصحافي")]
    [InlineData("واعتقلت قوات الامن الناشط الشهر الماضي في العاصمة", "واعتقلت", "173", "الناشط")]
    public void test_the_object_ends_before_a_time_expression(string text, string trigger, string code, string target)
    {
        var doc = new CountStage().Process(Docs.Tokenized(text, "2016-07-15"));
        var e = Assert.Single(new EventStage().Process(new Hadath.Extraction.Times.TimeStage().Process(doc)).Events, x => x.Code == code);
        Assert.Equal(trigger.TrimStart('و'), text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(target, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    // a named subject with an apposition set off by commas between the verb and what it fired or organised
    [InlineData("واطلقت كتائب عز الدين القسام، الجناح العسكري لحركة حماس، عشرات الصواريخ على البلدات المحيطة بالقطاع", "واطلقت", "190")]
    [InlineData("ونظمت النقابة الوطنية لعمال الصحة، اكبر نقابات القطاع، وقفة احتجاجية امام مقر الوزارة", "ونظمت", "141")]
    public void test_what_was_fired_or_organised_after_the_subject_and_its_apposition_is_read(string text, string trigger, string code) =>
        AssertOne(text, code, trigger);

    [Theory]
    // past an apposition the words are another clause's when no comma closes it, or the second comma ends a list
    [InlineData("واطلقت الحكومة، في خطوة مفاجئة للجميع وبعد سنوات من الانتظار والوعود الكثيرة التي لم تنفذ، عشرات البرامج الجديدة")]
    [InlineData("واطلقت الشركة منتجها الجديد، وقالت مديرة التسويق، ان الصواريخ الصغيرة لعبة الموسم")]
    public void test_no_weapon_past_a_long_aside_or_another_clause(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Plover == "ASSAULT");

    [Theory]
    // a body named after كان (in quotation marks or not) with its apposition running on to قد: the body is the subject, not
    // the one its apposition names
    [InlineData("وكانت كتائب عز الدين القسام، الجناح العسكري لحركة حماس قد اطلقت عشرات الصواريخ على البلدات المحيطة بالقطاع")]
    [InlineData("وكانت «كتائب عز الدين القسام»، الجناح العسكري لحركة حماس قد اطلقت عشرات الصواريخ على البلدات المحيطة بالقطاع")]
    public void test_the_body_before_its_apposition_is_the_pluperfect_subject(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "كتائب عز الدين القسام", "PSEREB"), ("e2", EntityType.ORG, "حركة حماس", "PSEREB"));
        var e = Assert.Single(EventsOf(doc), x => x.Code == "190");
        Assert.Equal("اطلقت", text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    // a person named between commas after his title before قد is still the subject (the older rule)
    public void test_a_person_between_commas_before_qad_is_still_the_subject()
    {
        const string text = "وكان محافظ المدينة، احمد الزبيدي، قد استقبل وفدا من الصليب الاحمر";
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "احمد الزبيدي", null), ("e2", EntityType.ORG, "الصليب الاحمر", "IGONGO"));
        var e = Assert.Single(EventsOf(doc), x => x.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // unidentified doers right after فجر make it the verb: they blew something up
    [InlineData("فيما فجر مسلحون احد الجسور غربي المدينة", "فجر", "مسلحون")]
    [InlineData("وفجر مجهولون مساء امس خط انابيب النفط قرب البلدة", "وفجر", "مجهولون")]
    public void test_unidentified_doers_after_fajjara_blew_something_up(string text, string trigger, string source)
    {
        var e = AssertOne(text, "183", trigger);
        Assert.Equal(source, Docs.ArgumentWords(text, e.Source));
    }

    [Theory]
    // dawn: فجر before a day or a time, and before the doers of another verb
    [InlineData("وفي فجر الثلاثاء اقتحم مسلحون مبنى البلدية")]
    [InlineData("وعند فجر اليوم وصلت قافلة المساعدات الى البلدة")]
    public void test_dawn_is_no_bombing(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Code.StartsWith("183", StringComparison.Ordinal));

    [Fact]
    // a suicide bomber after فجر keeps his own trigger: a suicide bombing with its toll
    public void test_a_suicide_bomber_after_fajjara_is_a_suicide_bombing()
    {
        const string text = "ويوم الاربعاء فجر انتحاري شاحنة ملغومة في حي شعبي مما اسفر عن مقتل 15 شخصا على الاقل";
        var e = Assert.Single(Events(text), x => x.Plover == "ASSAULT");
        Assert.Equal("1831", e.Code);
        Assert.Equal("انتحاري", text[e.Start..e.End]);
    }

    [Fact]
    // a clash between the forces of a man named past his rank and a named body: he is the first side, the body the second
    public void test_the_forces_of_a_man_past_his_rank_are_the_first_side_of_a_clash()
    {
        const string text = "واندلعت اشتباكات عنيفة بين قوات المشير خليفة حفتر وقوات حكومة الوفاق الوطني جنوب العاصمة";
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "خليفة حفتر", null), ("e2", EntityType.ORG, "قوات حكومة الوفاق الوطني", "LBYGOV"));
        var e = Assert.Single(EventsOf(doc), x => x.Code == "190");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    // the forces of a man the tagger did not name: his name is part of the first side's words, the named body the second
    public void test_the_forces_of_an_unnamed_man_take_his_name_into_the_first_side()
    {
        const string text = "واندلعت اشتباكات عنيفة بين قوات حفتر وقوات حكومة الوفاق الوطني جنوب العاصمة";
        var doc = Docs.WithActors(text, ("e2", EntityType.ORG, "قوات حكومة الوفاق الوطني", "LBYGOV"));
        var e = Assert.Single(EventsOf(doc), x => x.Code == "190");
        Assert.Equal("قوات حفتر", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // craft of a force with a name of its own the tagger did not read act for the country its nationality names
    [InlineData("وشنت طائرات تابعة لقوة برخان الفرنسية غارات على مواقع للمسلحين شمال البلاد", "غارات", "195", "FRAMIL")]
    [InlineData("وقتل خمسة مسلحين في غارة شنتها طائرات تابعة لقوة برخان الفرنسية قرب الحدود", "غارة", "195", "FRAMIL")]
    public void test_craft_of_a_force_named_by_its_nationality_act_for_that_country(string text, string trigger, string code, string actor)
    {
        var e = AssertOne(text, code, trigger);
        Assert.Equal(actor, e.Source?.Actor);
        Assert.EndsWith("الفرنسية", Docs.ArgumentWords(text, e.Source));
    }

    [Theory]
    // an amount reaching a figure, and an arrival planned, are no visit
    [InlineData("ووقع الرئيس الاميركي دونالد ترامب مذكرة قد تفرض رسوما على واردات الصين تصل قيمتها الى 60 مليار دولار")]
    [InlineData("ومن المقرر ان يصل الرئيس الاميركي دونالد ترامب الى الصين الاسبوع المقبل")]
    public void test_the_present_of_arriving_is_no_visit(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "دونالد ترامب", "USAGOV"), ("e2", EntityType.LOC, "الصين", "CHN"));
        Assert.DoesNotContain(EventsOf(doc), x => x.Code == "042");
    }

    [Fact]
    // an arrival told in the past is a visit to where one arrived
    public void test_the_past_of_arriving_is_a_visit()
    {
        const string text = "ووصل وزير الخارجية الفرنسي جان ايف لودريان الى بيروت مساء امس في زيارة رسمية";
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "جان ايف لودريان", "FRAGOV"), ("e2", EntityType.LOC, "بيروت", "LBN"));
        var e = Assert.Single(EventsOf(doc), x => x.Code == "042");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    // after a subordinator the و is the verb's own: وردت (supplied) is no ردت (returned)
    public void test_no_conjunction_is_read_after_a_subordinator()
    {
        const string text = "وفرضت واشنطن قيودا على شركة هواوي، بعدما وردت الشركة الصينية معدات اتصالات بشكل غير مشروع إلى سوريا وكوريا الشمالية";
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "واشنطن", "USA"), ("e2", EntityType.ORG, "هواوي", "CHNBUS"), ("e3", EntityType.LOC, "سوريا", "SYR"),
            ("e4", EntityType.LOC, "كوريا الشمالية", "PRK"));
        Assert.DoesNotContain(EventsOf(doc), x => x.Code.StartsWith("084", StringComparison.Ordinal));
    }

    [Theory]
    // a step, a policy or a tariff that "targeted" someone struck no one
    [InlineData("وقال رئيس مجلس النواب ان الخطوة استهدفت الدول الحليفة للولايات المتحدة")]
    [InlineData("واكد الوزير ان السياسات الجديدة استهدفت صغار المزارعين في الارياف")]
    public void test_a_step_or_a_policy_that_targeted_someone_is_no_attack(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Plover == "ASSAULT");

    [Theory]
    // an act dated to a year before 1900 is history, as one of 2011 in a story of 2018 is; this year's is news
    [InlineData("وصل الرحالة جان شامبليون الى مصر في اغسطس/آب 1828 على رأس بعثة علمية", false)]
    [InlineData("وزار الرحالة جان شامبليون مصر عام 1867 لحضور افتتاح القناة", false)]
    [InlineData("وصل الرحالة جان شامبليون الى مصر في اغسطس/آب 2018 على رأس بعثة علمية", true)]
    public void test_an_act_of_a_year_before_1900_is_history(string text, bool news)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "جان شامبليون", null), ("e2", EntityType.LOC, "مصر", "EGY"));
        doc = new Hadath.Extraction.Times.TimeStage().Process(doc with { Metadata = doc.Metadata with { Date = new DateOnly(2018, 9, 18) } });
        Assert.Equal(news, EventsOf(doc).Any(x => x.Code == "042"));
    }

    [Theory]
    // an interview or a talk held a day after something is no detention (the dictionary's "held for a day", ل يوم, read
    // with its ل peeled, matched any day after اجرى or عقد)
    [InlineData("وأجرى المشتبه بهما مقابلة تلفزيونية بعد يوم واحد من تعليق فلاديمير بوتين على القضية")]
    [InlineData("وعقد فلاديمير بوتين مؤتمرا صحفيا بعد يوم من وصوله الى العاصمة")]
    public void test_a_verb_of_holding_before_a_day_is_no_detention(string text) =>
        Assert.DoesNotContain(EventsOf(Docs.WithActors(text, ("e1", EntityType.PER, "فلاديمير بوتين", "RUSGOV"))), x => x.Code == "173");

    [Theory]
    // tariffs told before a comma and والتي, goods aimed at, a campaign told after في, an announcement: no attack
    [InlineData("وردت الصين بفرض تعريفة جمركية على سلع امريكية بقيمة 50 مليار دولار سنويا، والتي استهدفت القاعدة الانتخابية للرئيس")]
    [InlineData("واستهدفت الولايات المتحدة منتجات من بينها اجهزة تلفزيون ودراجات نارية")]
    [InlineData("واستهدفت الحكومة سلعا مستوردة بقيمة ثلاثة مليارات دولار")]
    [InlineData("واستهدف اليمين المتطرف في حملته الانتخابية فئة الشباب في الضواحي")]
    [InlineData("وقال المحامي ان الاعلان استهدف المضاربين في البورصة")]
    public void test_tariffs_goods_campaigns_and_announcements_that_targeted_are_no_attack(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Plover == "ASSAULT");

    [Theory]
    // guards: armed men who targeted a campaign's headquarters, and warplanes, stay attacks
    [InlineData("واستهدف مسلحون مقر الحملة الانتخابية للمرشح في المدينة", "استهدف")]
    [InlineData("واستهدفت طائرات حربية مستودعا للذخيرة قرب المدينة", "استهدفت")]
    public void test_attacks_that_targeted_stay_attacks(string text, string trigger) =>
        Assert.Contains(Events(text), x => x.Plover == "ASSAULT" && text[x.Start..x.End] == trigger);

    [Fact]
    // a force that targeted someone attacked them
    public void test_a_force_that_targeted_a_post_attacked_it() =>
        AssertOne("وقال مصدر امني ان قوة مسلحة استهدفت حاجزا للجيش قرب البلدة", "180", "استهدفت");

    [Fact]
    // a named person attacked, by someone who is no force, with nothing struck: words (111), not violence (who said them,
    // a student the tagger does not name, is not read yet)
    public void test_a_named_person_attacked_by_no_force_is_criticised()
    {
        const string text = "وهاجمت احدى الطالبات الرئيس الاميركي دونالد ترامب لقبوله تبرعات من لوبي الاسلحة";
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "دونالد ترامب", "USAGOV"));
        var events = EventsOf(doc);
        Assert.DoesNotContain(events, x => x.Plover == "ASSAULT");
        Assert.Single(events, x => x.Code == "111");
    }

    [Theory]
    // armed men or a force that attacked a named person, or an attack with a weapon, stay violence
    [InlineData("وهاجم مسلحون مجهولون الصحافي احمد الزبيدي امام منزله")]
    [InlineData("وهاجمت قوات الامن الناشط احمد الزبيدي بالهراوات امام منزله")]
    public void test_a_named_person_attacked_by_force_is_violence(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "احمد الزبيدي", null));
        Assert.Contains(EventsOf(doc), x => x.Plover == "ASSAULT");
    }

    [Theory]
    // a crisis, a situation or anger that exploded is no bombing
    [InlineData("وهو القس المحتجز الذي انفجرت بسببه ازمة كبيرة بين البلدين")]
    [InlineData("وقالت انها تعاني من القلق منذ طفولتها لكن الاوضاع \"انفجرت\" بعد عملها في التمثيل")]
    [InlineData("وانفجرت الخلافات بين الحزبين بعد الانتخابات")]
    public void test_a_crisis_that_exploded_is_no_bombing(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Plover == "ASSAULT");

    [Fact]
    // a bomb or a car that exploded with its toll stays a bombing
    public void test_a_car_that_exploded_with_its_toll_is_a_bombing() =>
        Assert.Contains(Events("وانفجرت سيارة مفخخة قرب سوق شعبي ما اسفر عن مقتل خمسة اشخاص"), x => x.Plover == "ASSAULT");

    [Fact]
    // protests that exploded broke out: a protest, no bombing
    public void test_protests_that_exploded_broke_out()
    {
        var events = Events("وفي الاسبوع الماضي انفجرت احتجاجات داخل ورشة المطار بسبب ظروف العمل الصعبة");
        Assert.DoesNotContain(events, x => x.Plover == "ASSAULT");
        Assert.Equal("141", Assert.Single(events, x => x.Plover == "PROTEST").Code);
    }

    [Theory]
    // an activity stopped is no arrest
    [InlineData("وقال وزير البترول ان مصر اوقفت استيراد الغاز الطبيعي المسال من الخارج")]
    [InlineData("واعلنت الخطوط الجوية ان الشركة اوقفت رحلاتها الى القاهرة نهاية العام")]
    public void test_an_activity_stopped_is_no_arrest(string text)
    {
        (string, EntityType, string, string?)[] places = [("e1", EntityType.LOC, "مصر", "EGY"), ("e2", EntityType.LOC, "القاهرة", "EGY")];
        var doc = Docs.WithActors(text, places.Where(p => text.Contains(p.Item3, StringComparison.Ordinal)).ToArray());
        Assert.DoesNotContain(EventsOf(doc), x => x.Code == "173");
    }

    [Fact]
    // people stopped are arrested
    public void test_people_stopped_are_arrested()
    {
        const string text = "واعلنت الداخلية ان الشرطة اوقفت 12 شخصا يشتبه في تورطهم في اعمال الشغب";
        Assert.Contains(Events(text), x => x.Code == "173");
    }

    [Theory]
    // warnings that targeted companies, sanctions that targeted a ban: no attack
    [InlineData("واصدرت السلطات الاميركية تحذيرات استهدفت 13 شركة تبيع سوائل السجائر الالكترونية")]
    [InlineData("وبعد حزمة اولى من العقوبات جرى تطبيقها الشهر الماضي استهدفت منع بيع الدولار الى البلاد")]
    public void test_warnings_and_bans_that_targeted_are_no_attack(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Plover == "ASSAULT");

    [Fact]
    // shots fired into the air struck no one
    public void test_shots_into_the_air_are_no_fight() =>
        Assert.DoesNotContain(Events("واضاف المصدر ان المهاجمين اطلقوا اعيرة نارية في الهواء قبل ان يلوذوا بالفرار"), x => x.Code.StartsWith("19", StringComparison.Ordinal));

    [Fact]
    // shots fired at people are a fight
    public void test_shots_at_a_patrol_are_a_fight() =>
        Assert.Contains(Events("واضاف المصدر ان المهاجمين اطلقوا اعيرة نارية على دورية للشرطة قبل ان يلوذوا بالفرار"), x => x.Code.StartsWith("19", StringComparison.Ordinal));

    [Theory]
    // declining to comment is CAMEO 011, no rejection (120)
    [InlineData("ورفض وزير الخزانة ستيفن منوتشين التعليق على امكانية فرض رسوم جديدة")]
    [InlineData("ورفضت الحكومة البريطانية الادلاء بتفاصيل عن القضية")]
    [InlineData("ورفض وزير الخزانة ستيفن منوتشين الرد على اسئلة الصحافيين حول الرسوم")]
    public void test_declining_to_comment_is_no_rejection(string text)
    {
        (string, EntityType, string, string?)[] actors = [("e1", EntityType.PER, "ستيفن منوتشين", "USAGOV"), ("e2", EntityType.ORG, "الحكومة البريطانية", "GBRGOV")];
        var doc = Docs.WithActors(text, actors.Where(a => text.Contains(a.Item3, StringComparison.Ordinal)).ToArray());
        var events = EventsOf(doc);
        Assert.DoesNotContain(events, x => x.Code == "120");
        Assert.Equal("011", Assert.Single(events).Code);
    }

    [Fact]
    // rejecting a proposal stays a rejection
    public void test_rejecting_a_proposal_is_a_rejection()
    {
        const string text = "ورفض وزير الخزانة ستيفن منوتشين الاقتراح الصيني بخفض الرسوم";
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "ستيفن منوتشين", "USAGOV"));
        Assert.Contains(EventsOf(doc), x => x.Code == "120");
    }

    [Theory]
    // a fight or an attack named as expected has not happened
    [InlineData("وكانت الشرطة قد حذرت الاثنين من اشتباكات متوقعة مع مجموعات يسارية متطرفة")]
    [InlineData("وحذرت السفارة رعاياها من هجمات محتملة على الفنادق في العاصمة")]
    public void test_an_expected_fight_has_not_happened(string text) =>
        Assert.DoesNotContain(Events(text), x => x.Plover == "ASSAULT");

    [Fact]
    // اضافة الى after an arrest verb opens no object: it adds whoever follows
    public void test_idafa_is_no_one_arrested()
    {
        const string text = "واعتقل احمد الزبيدي اضافة الى عدد من انصاره الذين كانوا يحتجون امام المحكمة";
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "احمد الزبيدي", null));
        var e = Assert.Single(EventsOf(doc), x => x.Code == "173");
        Assert.DoesNotContain("اضافة", Docs.ArgumentWords(text, e.Target) ?? "");
    }

    [Theory]
    // a group told armed or terrorist is unidentified armed men
    [InlineData("وهاجمت مجموعة مسلحة صباح اليوم مقر المؤسسة الوطنية للنفط في العاصمة", "هاجمت", "مجموعة مسلحة")]
    [InlineData("واختطفت جماعة ارهابية ثلاثة عمال في المنطقة الجبلية", "اختطفت", "جماعة ارهابية")]
    public void test_an_armed_group_is_unidentified_armed_men(string text, string trigger, string source)
    {
        var e = Assert.Single(Events(text), x => x.Plover == "ASSAULT");
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, Docs.ArgumentWords(text, e.Source));
        Assert.EndsWith("UAF", e.Source?.Actor);
    }

    [Fact]
    // a crowd gathered to commemorate is no protest
    public void test_a_commemoration_is_no_protest() =>
        Assert.DoesNotContain(Events("وتجمع آلاف المواطنين السبت في العاصمة لاحياء الذكرى السابعة للثورة"), x => x.Plover == "PROTEST");

    [Theory]
    // a drone launched and aimed at something is a strike from the air (195)
    [InlineData("واطلقت الجماعة طائرة مسيرة مفخخة باتجاه مدينة خميس مشيط")]
    [InlineData("واطلق المسلحون فجر اليوم طائرتين مسيرتين نحو قاعدة عسكرية في المنطقة")]
    public void test_a_drone_launched_at_something_is_an_air_strike(string text)
    {
        var e = Assert.Single(Events(text), x => x.Plover == "ASSAULT");
        Assert.Equal("195", e.Code);
        // the drone is the weapon, never the target
        Assert.DoesNotContain("طائر", Docs.ArgumentWords(text, e.Target) ?? "");
    }

    [Fact]
    // a drone launched as a product is no strike
    public void test_a_drone_put_on_sale_is_no_strike() =>
        Assert.DoesNotContain(Events("واطلقت الشركة طائرة مسيرة جديدة لتوصيل الطرود الى المنازل"), x => x.Plover == "ASSAULT");
}
