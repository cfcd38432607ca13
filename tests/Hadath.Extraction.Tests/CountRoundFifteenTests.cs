using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Classes of miss read in round fifteen's audit of 3,000 unseen BBC, Sky News and Jawhara stories: martyrs and لاقوا
/// not read as the dead; a verb after an aside of the parts (بينهم 38 طفلا، قتلوا) given to the part alone; a day set
/// off by commas between an action and its number; a kind noun after the noun of people (مسلحا قتيلا). Sentences
/// written for these tests; the rows that say what a count is fail on 6bf66d1, the guards pass on both.
/// </summary>
public sealed class CountRoundFifteenTests
{
    /// <summary>Martyrs (شهيد, استشهد) are the dead, and so are people who met their end (لاقوا حتفهم).</summary>
    [Theory]
    [InlineData("وسقط 12 شهيدا في القصف.", "12 شهيدا", "killed", 12)]
    [InlineData("واستشهد ثلاثة شبان في المواجهات.", "استشهد ثلاثة شبان", "killed", 3)]
    [InlineData("وقالت الوزارة إن خمسة فلسطينيين استشهدوا برصاص الجيش.", "خمسة فلسطينيين استشهدوا", "killed", 5)]
    [InlineData("وقالت الوزارة إن 53 شخصا لاقوا حتفهم في الحريق.", "53 شخصا لاقوا", "killed", 53)]
    public void test_martyrs_are_killed(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    [Fact]
    public void test_a_welcome_met_is_no_death() =>
        Assert.DoesNotContain(CountsIn("ولاقت 3 مقترحات ترحيبا واسعا."), c => c.Kind == "killed");

    /// <summary>A verb after an aside of the parts (بينهم, من بينهم) says what happened to the whole, not to the last part alone.</summary>
    [Theory]
    [InlineData("وقالت المنظمة إن 156 مدنيا على الأقل، بينهم 38 طفلا، قتلوا خلال القصف.", "156 مدنيا على الأقل", "killed", 156, "at-least")]
    [InlineData("وقالت الجمعية إن 19 شخصا بينهم أحد قياديي الجمعية اعتقلوا خلال حملة مداهمات.", "19 شخصا", "arrested", 19)]
    [InlineData("وقالت البحرية إن سبعة مهاجرين أفارقة، من بينهم ثلاثة أطفال غرقوا قرب الجزيرة.", "سبعة مهاجرين", "killed", 7)]
    [InlineData("وقالت المجموعة إن 13 مدنيا بينهم أربعة أطفال وامرأتان لقوا مصرعهم.", "13 مدنيا", "killed", 13)]
    public void test_a_verb_past_an_aside_is_the_wholes(string text, string surface, string kind, double value, string? qualifier = null) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>The parts in the aside are still read, with the whole's kind.</summary>
    [Fact]
    public void test_the_parts_in_the_aside_share_it() =>
        Assert.Contains(CountsIn("وقالت المنظمة إن 156 مدنيا على الأقل، بينهم 38 طفلا، قتلوا خلال القصف."), c => c.Value == 38 && c.Kind == "killed");

    /// <summary>A verb in a relative clause of the part, or one with a و of its own, is not the whole's.</summary>
    [Theory]
    [InlineData("ويضم الوفد 30 شخصا بينهم خمسة نواب الذين اعتقلوا سابقا.")]
    [InlineData("ووصل 30 شخصا بينهم خمسة نواب واعتقلوا في المطار.")]
    public void test_a_verb_of_its_own_clause_is_not_the_wholes(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Value == 30 && c.Kind == "arrested");

    /// <summary>A day set off by commas between an action and its number (قتل، الجمعة، اربعة اشخاص).</summary>
    [Theory]
    [InlineData("وكان المسلح قتل، الاحد، خمسة أشخاص في عدة هجمات.", "قتل، الاحد، خمسة أشخاص", "killed", 5)]
    [InlineData("وقالت مصادر أمنية إن الشرطة اعتقلت، الخميس، أكثر من 60 من المسلحين.", "اعتقلت، الخميس، أكثر من 60 من المسلحين", "arrested", 60, "more-than")]
    public void test_a_day_between_commas_lets_the_action_through(string text, string surface, string kind, double value, string? qualifier = null) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>A kind noun right after the noun of people says what they are (مسلحا قتيلا, تونسيا موقوفين).</summary>
    [Theory]
    [InlineData("وخلفت المعارك أكثر من 1100 مسلحا قتيلا.", "أكثر من 1100 مسلحا قتيلا", "killed", 1100, "more-than")]
    [InlineData("وأكد وجود 46 تونسيا موقوفين في سوريا.", "46 تونسيا موقوفين", "arrested", 46)]
    [InlineData("وقال ان حالة ثلاثة من عناصر الامن المصابين تستدعي المراقبة.", "ثلاثة من عناصر الامن المصابين", "wounded", 3)]   // past the force the members serve
    [InlineData("ونقل خمسة من افراد الشرطة المصابين الى المستشفى.", "خمسة من افراد الشرطة المصابين", "wounded", 5)]
    public void test_a_kind_noun_after_people_says_what_they_are(string text, string surface, string kind, double value, string? qualifier = null) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>Injuries after the people say how they were hurt: the count keeps the action before it.</summary>
    [Fact]
    public void test_injuries_after_people_leave_the_action() =>
        AssertCount("وأسفر الحادث عن إصابة 12 شخصا إصابات خفيفة.", "إصابة 12 شخصا", "wounded", 12);

    [Fact]
    public void test_people_sick_with_a_disease_are_no_wounded() =>
        Assert.DoesNotContain(CountsIn("وسجلت السلطات ثلاثة أشخاص مصابين بالكوليرا."), c => c.Kind == "wounded");

    /// <summary>Twelve in the oblique case (اثني عشر, الاثني عشر) is twelve, not ten.</summary>
    [Theory]
    [InlineData("وتأكدت وفاة اثني عشر شخصا في الحادث.", "وفاة اثني عشر شخصا", "killed", 12)]
    [InlineData("وتم التعرف على هويات الإثني عشر قتيلا.", "الإثني عشر قتيلا", "killed", 12)]
    public void test_twelve_in_the_oblique_case(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    /// <summary>The ten of an ordinal teen (الخامس عشر من مايو: the fifteenth) counts no one.</summary>
    [Fact]
    public void test_an_ordinal_teen_is_no_count() =>
        Assert.DoesNotContain(CountsIn("ودانت المنظمة اعتقال نشطاء في الخامس عشر من مايو."), c => c.Value == 10);

    /// <summary>People joined by و to one named after an action (مقتل جندي وثلاثة مسلحين) share what befell that one.</summary>
    [Theory]
    [InlineData("وأسفرت المواجهات عن مقتل جندي وثلاثة مسلحين.", "ثلاثة مسلحين", "killed", 3)]
    [InlineData("وأسفر الانفجار عن إصابة طفل وسبعة آخرين.", "سبعة آخرين", "wounded", 7)]
    [InlineData("وقتل ضابط إسرائيلي وخمسة جنود في الهجوم.", "خمسة جنود", "killed", 5)]
    public void test_people_joined_to_one_named_share_the_action(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    /// <summary>A verb told of someone before a phrase of place (قتل في الهجوم), or a pronoun, is not shared.</summary>
    [Theory]
    [InlineData("وكان من بين الضحايا حارس قتل في الانفجار و4 طلاب تعرضوا لجروح.")]
    [InlineData("وحكم عليه الشهر الماضي بالإعدام هو وعشرات من أنصاره.")]
    public void test_a_verb_of_someone_before_is_not_shared(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "killed");

    /// <summary>A rescue of the one named gives the people joined to them nothing.</summary>
    [Fact]
    public void test_people_joined_to_one_rescued_are_an_amount() =>
        AssertCount("وتمكن الغواصون من إنقاذ طفل وثلاثة آخرين.", "ثلاثة آخرين", "amount", 3);

    /// <summary>A verb after four words that describe the people counted still agrees with them.</summary>
    [Fact]
    public void test_a_verb_past_four_describing_words() =>
        AssertCount("وقالت مصادر إن خمسة أفراد من قوات الدرك الوطني قتلوا في كمين.", "خمسة أفراد من قوات الدرك الوطني قتلوا", "killed", 5);

    /// <summary>People who were among the dead of something (كانوا بين قتلى الحريق) are of them; among the dead and the wounded is neither.</summary>
    [Fact]
    public void test_people_who_were_among_the_dead() =>
        AssertCount("وذكرت الصحيفة أن 23 طفلا كانوا بين قتلى الفيضانات.", "23 طفلا", "killed", 23);

    [Fact]
    public void test_among_the_dead_and_the_wounded_is_neither() =>
        Assert.DoesNotContain(CountsIn("وذكرت الصحيفة أن 23 طفلا كانوا بين قتيل وجريح."), c => c.Kind is "killed" or "wounded");

    /// <summary>People a verb of seizing took (ضبط 6 اشخاص, as Maghrebi news say it) were arrested; things stay seized.</summary>
    [Theory]
    [InlineData("وتمكنت دورية الحدود من ضبط 4 أشخاص من جنسيات مختلفة.", "ضبط 4 أشخاص", "arrested", 4)]
    [InlineData("وتم ضبط شخصين داخل سيارة.", "ضبط شخصين", "arrested", 2)]
    [InlineData("وضبطت الشرطة 12 قطعة سلاح.", "ضبطت الشرطة 12", "seized", 12)]
    public void test_people_seized_are_arrested(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    /// <summary>Protesters carried to a hospital are wounded.</summary>
    [Fact]
    public void test_protesters_carried_to_hospital_are_wounded() =>
        AssertCount("وقالت المصادر إن ستة محتجين نقلوا إلى المستشفى.", "ستة محتجين", "wounded", 6);

    /// <summary>Taking part in a funeral, an operation or a survey is no protest; a year after an election counts no one.</summary>
    [Theory]
    [InlineData("وشارك في التشييع مئات من زملائه في الجامعة.")]
    [InlineData("وقالت إن العملية شارك فيها 100 عنصر من الجهاز.")]
    [InlineData("وأجري الاستطلاع الذي شارك فيه 2040 شخصا من كل الاعمار.")]
    [InlineData("ورفعت لافتات كتب عليها شارك في انتخابات الرئاسة 2018.")]
    public void test_taking_part_in_an_occasion_is_no_protest(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "protesters");

    [Fact]
    public void test_a_year_after_an_election_is_no_count() =>
        Assert.DoesNotContain(CountsIn("ورفعت لافتات كتب عليها شارك في انتخابات الرئاسة 2018."), c => c.Value == 2018);

    /// <summary>People still held (ما زالوا موقوفين) are the arrested.</summary>
    [Fact]
    public void test_people_still_held_are_arrested() =>
        AssertCount("وأعلنت النيابة أن 56 شخصا ما زالوا موقوفين.", "56 شخصا ما زالوا موقوفين", "arrested", 56);

    /// <summary>A crowd come to celebrate is no protest; a crowd come to protest stays one.</summary>
    [Fact]
    public void test_a_crowd_come_to_celebrate_is_no_protest() =>
        Assert.DoesNotContain(CountsIn("وشكر الرئيس مئات من أنصاره الذين تجمعوا وسط العاصمة للاحتفال بفوزه."), c => c.Kind == "protesters");

    [Fact]
    public void test_a_crowd_come_to_protest_stays_protesters() =>
        AssertCount("وتجمع أكثر من 200 متظاهر أمام البرلمان للتنديد بالقرار.", "أكثر من 200 متظاهر", "protesters", 200, "more-than");

    /// <summary>A subject before a day set off by commas (اعتقلت الشرطة الايطالية، الخميس، خمسة اشخاص).</summary>
    [Fact]
    public void test_a_subject_before_a_day_between_commas() =>
        AssertCount("واعتقلت الشرطة الإيطالية، الخميس، خمسة أشخاص في عملية كبيرة.", "اعتقلت الشرطة الإيطالية، الخميس، خمسة أشخاص", "arrested", 5);

    /// <summary>A verb in quotation marks after the people (أربعة جنود "استشهدوا"), and أصابوا before them.</summary>
    [Theory]
    [InlineData("وقالت الوكالة إن أربعة جنود \"استشهدوا\" في المعارك.", "أربعة جنود \"استشهدوا", "killed", 4)]
    [InlineData("وقال شاهدان إن مسلحين قتلوا شخصا واحدا وأصابوا اثنين آخرين.", "أصابوا اثنين آخرين", "wounded", 2)]
    public void test_quoted_and_plural_verbs(string text, string surface, string kind, double value) =>
        AssertCount(text, surface, kind, value);

    /// <summary>The detained are arrested, also as the number of them (عدد المحتجزين هو 17 شخصا).</summary>
    [Fact]
    public void test_the_detained_are_arrested() =>
        Assert.Contains(CountsIn("وقال المحامي إن إجمالي عدد المحتجزين هو 23 شخصا."), c => c.Value == 23 && c.Kind == "arrested");

    /// <summary>An age (في الـ19 من العمر) counts no one; people a disease struck past a place are no wounded.</summary>
    [Theory]
    [InlineData("وألقى الدرك القبض على شاب في الـ19 من العمر.")]
    [InlineData("وأعلنت الوزارة أنه تبين إصابة 31 شخصا في الولاية بالفيروس.")]
    public void test_an_age_or_a_disease_is_no_casualty(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind is "arrested" or "wounded");
}
