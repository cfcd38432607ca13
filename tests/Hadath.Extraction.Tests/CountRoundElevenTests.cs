using static Hadath.Extraction.Tests.ExtractionAsserts;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Crowds the blind <c>ev11-</c> stories (Moroccan, Tunisian, Algerian and Lebanese protests) read as mere amounts or
/// missed, and the review's findings on the dispersal rule. Sentences written for these tests; every row of the first
/// four theories fails on the code before the round (658f60d); the last guards the new words against what they must not count.
/// </summary>
public sealed class CountRoundElevenTests
{
    /// <summary>Nouns of people from <c>Lexicons/people.tsv</c>, with their construct forms: the count's span takes the noun.</summary>
    [Theory]
    [InlineData("تظاهر مئات المتقاعدين امام مقر الضمان الاجتماعي", "تظاهر مئات المتقاعدين", "protesters", 100, "at-least")]
    [InlineData("واعتصم نحو 200 من حاملي الشهادات امام البرلمان", "اعتصم نحو 200 من حاملي", "protesters", 200, "about")]
    [InlineData("واصيب 12 من مهنيي الصحة بجروح", "اصيب 12 من مهنيي", "wounded", 12, null)]
    [InlineData("وتجمع المئات من ساكنة الحي امام مقر الجماعة", "تجمع المئات من ساكنة", "protesters", 100, "at-least")]
    public void test_nouns_of_people_belong_to_the_count(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>A crowd that held, kept up or took part in a protest, blocked a road or answered a call.</summary>
    [Theory]
    [InlineData("خاض مئات الممرضين، صباح اليوم، وقفة احتجاجية امام الوزارة", "خاض مئات الممرضين", "protesters", 100, "at-least")]
    [InlineData("مسيرة ليلية خاضها العشرات من الاساتذة في المدينة", "خاضها العشرات من الاساتذة", "protesters", 10, "at-least")]
    [InlineData("اعتصام مفتوح نفذه عشرات العمال امام المصنع", "نفذه عشرات العمال", "protesters", 10, "at-least")]
    [InlineData("يواصل نحو 60 من المعطلين عن العمل اعتصامهم امام مقر الولاية", "يواصل نحو 60 من المعطلين", "protesters", 60, "about")]
    [InlineData("وواصل مئات السائقين اضرابهم لليوم الثالث", "واصل مئات السائقين", "protesters", 100, "at-least")]
    [InlineData("وكان المئات من الفلاحين قد نفذوا، مساء الاحد، وقفة امام العمالة", "المئات من الفلاحين", "protesters", 100, "at-least")]
    [InlineData("آلاف الاطباء في 20 مستشفى يواصلون اضرابهم منذ شهر", "آلاف الاطباء", "protesters", 1000, "at-least")]
    [InlineData("وقال ان 15 منهم دخلوا في اضراب عن الطعام", "15 منهم", "protesters", 15, null)]
    [InlineData("وخرج المئات من سكان القرية، صباح اليوم الاحد، في مسيرة نحو مقر العمالة", "خرج المئات من سكان", "protesters", 100, "at-least")]
    [InlineData("اكثر من 500 معلم ومعلمة شاركوا في هذا الشكل النضالي", "اكثر من 500 معلم", "protesters", 500, "more-than")]
    [InlineData("وشارك في مظاهرات بالعاصمة المئات من التجار", "المئات من التجار", "protesters", 100, "at-least")]
    [InlineData("فيما قطع عشرات الشبان الطريق الوطنية بالحجارة", "عشرات الشبان", "protesters", 10, "at-least")]
    [InlineData("وقال ان الفي استاذ لبوا نداء التنسيقية", "الفي استاذ", "protesters", 2000, null)]
    [InlineData("ونفذ آلاف العمال في مختلف مدن البلاد، صباح اليوم الاثنين، اضرابا عن العمل", "نفذ آلاف العمال", "protesters", 1000, "at-least")]
    [InlineData("ومنعت قوات الامن مساء الاحد المئات من الطلبة من الوصول الى مقر الوزارة", "المئات من الطلبة", "protesters", 100, "at-least")]
    [InlineData("وقدر منظمو المسيرة عدد المشاركين فيها بنحو ثلاثة آلاف", "عدد المشاركين فيها بنحو ثلاثة آلاف", "protesters", 3000, "about")]
    public void test_crowds_told_by_the_protest_they_held_are_protesters(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>A number estimated for عدد with ب (ويقدر عدد … بنحو), arrests told by ايقاف and يوقف, القضاء على, prison sentences.</summary>
    [Theory]
    [InlineData("ويقدر عدد العمال المضربين بنحو 4 آلاف", "العمال المضربين بنحو 4 آلاف", "amount", 4000, "about")]
    [InlineData("وتم ايقاف خمسة اشخاص بتهمة السرقة", "ايقاف خمسة اشخاص", "arrested", 5, null)]
    [InlineData("قبل ان يفض الدرك الاعتصام ويوقف ثلاثة منهم", "يوقف ثلاثة منهم", "arrested", 3, null)]
    [InlineData("وتمكنت الوحدات العسكرية من القضاء على ثلاثة ارهابيين", "القضاء على ثلاثة ارهابيين", "killed", 3, null)]
    [InlineData("وقضت المحكمة بسجن ستة صحفيين بتهمة نشر اخبار كاذبة", "سجن ستة صحفيين", "arrested", 6, null)]
    [InlineData("واصدرت المحكمة احكاما بالسجن على 20 ناشطا", "بالسجن على 20 ناشطا", "arrested", 20, null)]
    public void test_estimates_arrests_and_eliminations_are_counted_with_their_kind(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);

    /// <summary>
    /// A dispersal breaks up a crowd of people, in its own clause: disputes settled (فضت لجنة المصالحة مئات النزاعات) and
    /// people carried after a و-clause are no protesters; nor are migrants kept from entering a country.
    /// </summary>
    [Theory]
    [InlineData("فضت لجنة المصالحة مئات النزاعات بين الجيران")]
    [InlineData("فضت الشرطة الاعتصام ونقل الهلال الاحمر 10 اشخاص الى المستشفى")]
    [InlineData("واعلنت الحكومة انها منعت نحو الفي مهاجر من دخول اراضيها")]
    public void test_a_dispersal_counts_only_a_crowd_of_people_in_its_clause(string text) =>
        Assert.DoesNotContain(CountsIn(text), c => c.Kind == "protesters");

    /// <summary>ايقاف stops cars too; the others after a contrast are no more of the arrested; a rate counts no people; السجن is a place.</summary>
    [Theory]
    [InlineData("وتمكنت الوحدات من ايقاف 7 سيارات محملة بالسلع", "arrested")]
    [InlineData("وعوقب اللاعب بالإيقاف اربع مباريات", "arrested")]
    [InlineData("وتم ايقاف 12 شخصا، فيما لا يزال 30 آخرون في حالة فرار", "arrested", 1)]
    [InlineData("ويستفيد من الورشة شباب بمعدل 20 مشاركا في كل حصة", "amount")]
    [InlineData("وتمكن والداه من زيارته في السجن ثلاث مرات منذ 2011", "arrested")]
    public void test_things_stopped_others_at_large_and_rates_are_not_counted_so(string text, string kind, int allowed = 0) =>
        Assert.Equal(allowed, CountsIn(text).Count(c => c.Kind == kind));

    /// <summary>
    /// The reviewer's false counts from the round's rules: people suspended from work (ايقاف … عن العمل), a funeral or a
    /// celebration taken part in (an amount when its noun is one of people, as before the rule), soldiers closing a road, and a call to a meeting.
    /// </summary>
    [Theory]
    [InlineData("قررت الوزارة ايقاف 20 موظفا عن العمل بسبب الغياب", "arrested", null)]
    [InlineData("وشارك في مسيرة تشييع الضحايا الآلاف من أبناء المدينة", "protesters", "amount")]
    [InlineData("وشارك في المسيرة الاحتفالية بفوز المنتخب آلاف المشجعين", "protesters", null)]
    [InlineData("أغلق 300 جندي الطريق المؤدي إلى القصر الرئاسي", "protesters", null)]
    [InlineData("لبى 500 شخص دعوة الحزب لحضور المؤتمر السنوي", "protesters", null)]
    public void test_suspensions_occasions_forces_and_other_calls_are_no_arrests_or_protests(string text, string wrong, string? stays)
    {
        var counts = CountsIn(text);
        Assert.DoesNotContain(counts, c => c.Kind == wrong);
        if (stays is not null) Assert.Contains(counts, c => c.Kind == stays);
    }

    /// <summary>A call to a protest named after its caller is still answered by protesters.</summary>
    [Theory]
    [InlineData("لبى 500 عامل دعوة النقابة للمشاركة في الاضراب العام", "500 عامل", "protesters", 500, null)]
    public void test_a_call_to_a_protest_is_answered_by_protesters(string text, string surface, string kind, double value, string? qualifier) =>
        AssertCount(text, surface, kind, value, qualifier);
}
