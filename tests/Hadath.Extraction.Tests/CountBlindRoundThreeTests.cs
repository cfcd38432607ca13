using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Counts the nine blind <c>cn3-</c> stories showed missing or wrong, as general constructions: a verb after the
/// counted people past a qualifier or a description, a period between an action and its number, a number named by
/// عدد further back in its clause, things seized in one clause, a definite number after the people it counts, joined
/// counts of protesters, and shares and weights that are no counts. Sentences written for these tests.
/// </summary>
public sealed class CountBlindRoundThreeTests
{
    [Theory]
    [InlineData("وقال ان 110 اشخاص على الاقل توفوا بسبب الكوليرا", "110 اشخاص على الاقل توفوا", "killed", 110, "at-least")]
    [InlineData("وكان 19 شخصا على الاقل قتلوا منذ بدء الاحتجاجات", "19 شخصا على الاقل قتلوا", "killed", 19, "at-least")]
    [InlineData("واوضح ان ثلاثة من عناصر فرق الانقاذ قتلوا مساء الاثنين", "ثلاثة من عناصر فرق الانقاذ قتلوا", "killed", 3, null)]
    [InlineData("مضيفة ان 21 عنصرا من الشرطة اصيبوا بجروح", "21 عنصرا من الشرطة اصيبوا", "wounded", 21, null)]
    [InlineData("وقال ان عشرات العائلات نزحت الى خيام مؤقتة", "عشرات العائلات نزحت", "displaced", 10, "at-least")]
    public void test_a_verb_after_the_people_past_a_qualifier_or_a_description(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Fact]
    public void test_a_و_verb_past_a_description_opens_a_clause_of_its_own() =>
        AssertCount("وصل خمسة من عناصر الدفاع المدني وقتلوا", "خمسة من عناصر", "amount", 5);

    [Theory]
    [InlineData("وقال ان الجوع قتل في يومين اكثر من مئة شخص", "قتل في يومين اكثر من مئة شخص", "killed", 100, "more-than")]
    [InlineData("واعتقل خلال 24 ساعة 30 شخصا", "اعتقل خلال 24 ساعة 30 شخصا", "arrested", 30, null)]
    public void test_a_period_between_the_action_and_its_number(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وقالت ان عدد المهاجرين الذين لقوا حتفهم في البحر المتوسط منذ مطلع العام تجاوز 680", "المهاجرين الذين لقوا حتفهم في البحر المتوسط منذ مطلع العام تجاوز 680", "killed", 680, "more-than")]
    [InlineData("ويبلغ عدد العاطلين عن العمل في تونس نحو 700 الف", "العاطلين عن العمل في تونس نحو 700 الف", "amount", 700000, "about")]
    [InlineData("واعلنت ان عدد السوريين الذين يعيشون في مناطق محاصرة يناهز 590 الفا", "السوريين الذين يعيشون في مناطق محاصرة يناهز 590 الفا", "amount", 590000, "about")]
    [InlineData("وبلغ عدد النازحين في المخيمات الثلاثة 40 الفا", "النازحين في المخيمات الثلاثة 40 الفا", "displaced", 40000, null)]
    public void test_a_number_that_عدد_named_earlier_in_its_clause(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وقال ان عدد المدارس في الولاية تجاوز 680")]            // عدد of things, not people
    [InlineData("وتجاوز عدد الزوار، بحسب الوزارة، 680")]                // past a comma the clause has ended
    public void test_no_count_where_عدد_names_no_people_in_the_clause(string text) => AssertNoCount(text);

    [Theory]
    [InlineData("ضبطت الشرطة ثلاثة اطنان من الحشيش و40 قطعة سلاح في المداهمات", "40 قطعة", "seized", 40, null)]
    [InlineData("وصادرت قوات الامن 12 سيارة واكثر من 200 الف حبة مخدرة", "اكثر من 200 الف حبة", "seized", 200000, "more-than")]
    [InlineData("وضبطت في المخبأ 30 كيلوغراما من المتفجرات واربعة احزمة ناسفة", "اربعة احزمة", "seized", 4, null)]
    public void test_things_joined_to_what_a_verb_of_seizing_took(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("ضبطت الشرطة ثلاثة اطنان من الحشيش")]                 // a weight
    [InlineData("وصادرت الجمارك 500 كيلوغرام من الكوكايين")]
    [InlineData("وقالت ان قرابة خمس سكان المدينة لم يعودوا الى منازلهم")]   // a fifth
    [InlineData("وان خمس الواصلين الى ايطاليا هذا العام من القاصرين")]
    [InlineData("ووزعت المنظمة 40 خيمة و300 بطانية على العائلات")]      // things given, no verb of seizing
    [InlineData("ووصل الوفد في الموعد بالضبط و40 سيارة ترافقه")]   // بالضبط (exactly) is no verb of seizing
    [InlineData("عن توقيف الطالب البالغ من العمر 19 عاما قرب منزله")]   // an age, not people arrested
    public void test_no_count_of_weights_shares_or_things_not_seized(string text) => AssertNoCount(text);

    [Fact]
    public void test_a_short_form_before_an_indefinite_noun_and_a_day_is_still_a_number() =>
        AssertCount("وقتل سبع نساء الاحد في القصف", "قتل سبع نساء", "killed", 7);

    [Theory]
    [InlineData("واوقفت افرادها الثمانية في مكة", "افرادها الثمانية", "arrested", 8)]
    [InlineData("وافرجت السلطات عن الرهائن الاربعة", "الرهائن الاربعة", "kidnapped", 4)]
    [InlineData("ونقل الجرحى الخمسة الى المستشفى", "الجرحى الخمسة", "wounded", 5)]
    public void test_a_definite_number_after_the_people_it_counts(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Theory]
    [InlineData("وعقد الوزراء اجتماعهم يوم الاثنين")]          // الاثنين is Monday, never a definite two
    [InlineData("وزار الوفد الدول الخمس دائمة العضوية")]        // الدول: no people noun
    public void test_no_definite_number_without_people_before_it(string text) => AssertNoCount(text);

    [Fact]
    public void test_a_count_joined_to_a_killing_shares_it() =>
        AssertCount("بعد 50 عاما على مقتل الممثلة واربعة من اصدقائها", "مقتل الممثلة واربعة", "killed", 4);

    [Theory]
    [InlineData("اصيب 23 شرطيا وثمانية محتجين بجروح", "ثمانية محتجين", "wounded", 8)]
    [InlineData("واعتقلت الشرطة 12 شخصا و30 متظاهرا", "30 متظاهرا", "arrested", 30)]
    public void test_protesters_joined_to_a_count_share_its_action(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Fact]
    public void test_protesters_alone_stay_protesters() =>
        AssertCount("وشارك في التظاهرة نحو الفي متظاهر", "نحو الفي متظاهر", "protesters", 2000, "about");

    [Theory]
    [InlineData("وبلغ عدد الحجاج مليونين و352 الف حاج، بينهم قرابة مليون و750 الفا من الخارج", "قرابة مليون و750 الفا", "amount", 1750000, "about")]
    [InlineData("وقتل في اليمن اكثر من عشرة آلاف شخص، بينهم نحو 1500 في تعز", "نحو 1500", "killed", 1500, "about")]
    public void test_a_qualified_bare_number_after_بينهم(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("ولجأت اكثر من 40 الف اسرة الى المدينة", "لجأت اكثر من 40 الف اسرة", "displaced", 40000, "more-than")]
    [InlineData("وتحتجز السلطات في مراكز الايواء ما يقارب خمسة آلاف مهاجر", "ما يقارب خمسة آلاف مهاجر", "arrested", 5000, "about")]
    [InlineData("وقتل بضع عشرات من المقاتلين في الغارات", "قتل بضع عشرات من المقاتلين", "killed", 10, "at-least")]
    [InlineData("وكان بين الموقوفين ثلاثة اجانب", "ثلاثة اجانب", "arrested", 3, null)]
    [InlineData("ويطالب نحو مليون ومئتي الف موظف برواتبهم", "نحو مليون ومئتي الف موظف", "amount", 1200000, "about")]
    [InlineData("واعتقلت قوات الامن في مدينة بنغازي شرق ليبيا 11 شخصا", "11 شخصا", "arrested", 11, null)]
    public void test_refuge_detention_a_few_tens_foreigners_and_a_million_with_its_thousands(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    // Written after the pass's second blind round (cn3-nablus, cn3-kabylie).
    [Theory]
    [InlineData("وان قرابة الف عائلة اجليت من قراها", "قرابة الف عائلة اجليت", "displaced", 1000, "about")]
    [InlineData("وتمكنت الحماية المدنية من إجلاء 720 مواطنا", "إجلاء 720 مواطنا", "displaced", 720, null)]
    [InlineData("مشيرا الى ان اثنين من جنوده اصيبا بجروح طفيفة", "اثنين من جنوده اصيبا", "wounded", 2, null)]
    [InlineData("وقتل خمسة من عناصرها في الهجوم", "قتل خمسة من عناصرها", "killed", 5, null)]
    public void test_evacuated_people_and_people_named_with_a_pronoun_suffix(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Fact]
    public void test_a_pronoun_suffix_makes_no_noun_of_people_without_من() =>
        AssertNoCount("وقال ان خمسة جنوده");

    // Checked against corpus stories after the pass (their text is not copied here).
    [Theory]
    [InlineData("وكان قد اختفى قبل ان يعثر عليه يوم 9 جويلية الجاري")]             // a day of the month
    [InlineData("لتصل العقوبة الى السجن عامين وغرامة قدرها 30 الف يورو")]                  // money
    [InlineData("واعتقلت الشرطة بعض الاشخاص في مدينة على بعد 140 كلم من العاصمة")]     // a distance
    [InlineData("وامرت النيابة بحبس الناشط 15 يوما على ذمة التحقيق")]                  // a period
    [InlineData("وبلغ عدد سكان الجزيرة وفق احصاء 2010")]                              // a year dates the figure
    public void test_no_count_of_dates_money_distances_periods_or_years(string text) => AssertNoCount(text);

    // Written for the pass's third blind round (cn3-tikrit, cn3-jerada, cn3-idomeni).
    [Theory]
    [InlineData("انتشل جثث ثمانية مهاجرين غرقوا، وانقذ 47 اخرين", "انقذ 47 اخرين", "amount", 47, null)]   // rescued, not more of the drowned
    [InlineData("واصيب 34 شرطيا بجروح، ستة منهم اصاباتهم بليغة", "ستة منهم", "wounded", 6, null)]
    [InlineData("واستقبل المستشفى 15 جريحا، حالة اربعة منهم خطرة", "اربعة منهم", "wounded", 4, null)]
    [InlineData("وقال ان مئات الشباب تجمعوا امام العمالة", "مئات الشباب تجمعوا", "protesters", 100, "at-least")]
    [InlineData("منذ وفاة شقيقين في بئر للفحم", "وفاة شقيقين", "killed", 2, null)]
    [InlineData("واعدم بعد ايام نحو 1700 من المجندين", "اعدم بعد ايام نحو 1700 من المجندين", "killed", 1700, "about")]
    public void test_rescued_people_parts_of_a_count_youths_brothers_and_a_period_after_بعد(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Fact]
    public void test_منهم_after_a_new_clause_keeps_its_own_reading() =>
        AssertCount("واعتقلت الشرطة 22 شخصا، واطلقت سراح ثمانية منهم فجر الاربعاء", "سراح ثمانية منهم", "amount", 8);

    [Theory]
    [InlineData("وان مراكز الاستقبال لا تتسع لاكثر من 30 الف شخص")]     // a capacity
    [InlineData("رغم ان حمولتها لا تتجاوز 50 شخصا")]
    [InlineData("في قاعة تتسع لـ 1500 شخص")]
    [InlineData("وتتسع القاعة الكبرى لاكثر من 800 شخص")]             // a capacity verb with its و
    [InlineData("ويستوعب المخيم الجديد نحو 1200 شخص")]
    [InlineData("وتطال البطالة واحدا من كل خمسة شبان")]                // a rate
    [InlineData("وقال ان الاتفاق انقذ مئات الآلاف من الوظائف")]         // rescued jobs: no people
    [InlineData("وانقذت سبع عمليات منفصلة السفينة")]
    public void test_no_count_of_capacities_rates_or_things_rescued(string text) => AssertNoCount(text);

    [Theory]
    [InlineData("ونظم مئات من سكان المدينة وقفة احتجاجية امام المحافظة", "نظم مئات من سكان", "protesters", 100, "at-least")]
    [InlineData("فيما لا يزال العشرات في عداد المفقودين", "العشرات في عداد المفقودين", "amount", 10, "at-least")]
    [InlineData("وما زال خمسة في عداد القتلى", "خمسة في عداد القتلى", "killed", 5, null)]
    public void test_people_who_organised_a_protest_and_people_in_a_tally(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Fact]
    public void test_organising_a_celebration_makes_no_protesters() =>
        AssertCount("ونظم مئات من سكان المدينة حفلا امام المحافظة", "مئات من سكان", "amount", 100, "at-least");

    // Written for the pass's fourth blind round (cn3-ahvaz, cn3-ogossagou).
    [Theory]
    [InlineData("وقال ان ثلاثة من المهاجمين قتلوا في تبادل لاطلاق النار", "ثلاثة من المهاجمين قتلوا", "killed", 3, null)]
    [InlineData("ونزح ما بين 50 و60 الف شخص", "نزح ما بين 50 و60 الف شخص", "displaced", 50000, "at-least")]
    [InlineData("فيما شارك عشرات الالاف في تشييع الضحايا", "شارك عشرات الالاف", "amount", 10000, "at-least")]
    public void test_people_after_من_a_scale_over_a_range_and_no_protest_at_a_funeral(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("وشارك في التظاهرة ما بين خمسة آلاف وعشرة آلاف شخص", "شارك في التظاهرة ما بين خمسة آلاف وعشرة آلاف شخص", "protesters", 5000, "at-least")]
    [InlineData("واصيب ما بين عشرة و15 شخصا", "اصيب ما بين عشرة و15 شخصا", "wounded", 10, "at-least")]
    public void test_a_lower_bound_with_no_scale_of_its_own_to_take_stays(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    [Theory]
    [InlineData("ونصت المادة 34 من القانون على ذلك")]        // a singular in ون: no people
    [InlineData("وقال ان واحدا من الطرفين انسحب")]          // one is no count
    public void test_no_people_after_من_without_a_plural_in_ين_counted_by_two_or_more(string text) => AssertNoCount(text);
}
