using Hadath.Core;
using Hadath.Extraction.Counts;

namespace Hadath.Extraction.Tests;

public sealed class CountStageTests
{
    private static IReadOnlyList<Count> Counts(AnalyzedDocument doc) => new CountStage().Process(doc).Counts;

    private static IReadOnlyList<Count> Counts(string text) => Counts(Docs.Tokenized(text));

    [Theory]
    [InlineData("اسفر الهجوم عن 84 قتيلا في المدينة", "84 قتيلا", "killed", 84)]
    [InlineData("سقط ٣ قتلى", "٣ قتلى", "killed", 3)]
    [InlineData("خلف الانفجار ثلاثة وعشرين جريحا", "ثلاثة وعشرين جريحا", "wounded", 23)]
    [InlineData("اسفر عن مقتل 84 شخصا", "مقتل 84 شخصا", "killed", 84)]
    [InlineData("وقتل 10 جنود", "قتل 10 جنود", "killed", 10)]
    [InlineData("واصيب 20 آخرون بجروح", "اصيب 20 آخرون", "wounded", 20)]
    [InlineData("لقي 12 شخصا حتفهم", "لقي 12 شخصا", "killed", 12)]
    [InlineData("اعلنت الشرطة اعتقال 15 شخصا", "اعتقال 15 شخصا", "arrested", 15)]
    [InlineData("تم توقيف خمسة مشتبه بهم", "توقيف خمسة مشتبه", "arrested", 5)]
    [InlineData("بلغ عدد المعتقلين 300", "المعتقلين 300", "arrested", 300)]
    [InlineData("اطلق سراح 7 رهائن", "7 رهائن", "kidnapped", 7)]
    [InlineData("نزوح 280 الف شخص", "نزوح 280 الف شخص", "displaced", 280000)]
    [InlineData("يعيش 1,5 مليون لاجئ في المخيمات", "1,5 مليون لاجئ", "displaced", 1500000)]
    [InlineData("تظاهر الفا شخص", "تظاهر الفا شخص", "protesters", 2000)]
    [InlineData("شارك 5000 متظاهر في المسيرة", "5000 متظاهر", "protesters", 5000)]
    [InlineData("ارتفعت حصيلة القتلى الى 84", "القتلى الى 84", "killed", 84)]
    [InlineData("عثر على 40 شخصا", "40 شخصا", "amount", 40)]
    [InlineData("سقط 84 شخصا قتلوا", "84 شخصا قتلوا", "killed", 84)]
    [InlineData("قتل ٣٥ مدنيا", "قتل ٣٥ مدنيا", "killed", 35)]
    [InlineData("وبرأت المحكمة ثلاثة متهمين", "ثلاثة متهمين", "amount", 3)]
    [InlineData("واضاف ان ثلاثة من عناصر الامن قتلوا في المواجهات", "ثلاثة من عناصر الامن قتلوا", "killed", 3)]
    [InlineData("بعد احتجاجات قتل فيها 12 متظاهرا مطلع الشهر", "قتل فيها 12 متظاهرا", "killed", 12)]
    [InlineData("حصل على 169 صوتا من اصل 298 نائبا", "298 نائبا", "amount", 298)]
    [InlineData("واعتصم عشرات من العسكريين المتقاعدين", "اعتصم عشرات من العسكريين", "protesters", 10)]
    [InlineData("فيما اضرب نحو ثلاثة الاف معلم عن العمل", "اضرب نحو ثلاثة الاف معلم", "protesters", 3000)]
    public void test_counts_kind_value_and_span(string text, string surface, string kind, double value)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(surface, text[count.Start..count.End]);
        Assert.Equal(kind, count.Kind);
        Assert.Equal(value, count.Value);
    }

    [Theory]
    [InlineData("قتل نحو 100 شخص", "قتل نحو 100 شخص", 100, "about")]
    [InlineData("مقتل اكثر من 50 شخصا", "مقتل اكثر من 50 شخصا", 50, "more-than")]
    [InlineData("مقتل ما لا يقل عن 84 شخصا", "مقتل ما لا يقل عن 84 شخصا", 84, "at-least")]
    [InlineData("سقط حوالى 20 جريحا", "حوالى 20 جريحا", 20, "about")]
    [InlineData("سقط عشرات القتلى", "عشرات القتلى", 10, "at-least")]
    [InlineData("واصيب المئات بجروح", "اصيب المئات", 100, "at-least")]   // the article on a vague number
    [InlineData("اعتقل مئات المتظاهرين", "اعتقل مئات المتظاهرين", 100, "at-least")]
    [InlineData("سقط 84 قتيلا على الاقل", "84 قتيلا على الاقل", 84, "at-least")]
    [InlineData("واصيب ما بين عشرة و15 آخرين بجروح", "اصيب ما بين عشرة و15 آخرين", 10, "at-least")]   // a range: its lower bound
    [InlineData("قتل بين 20 و30 مسلحا", "قتل بين 20 و30 مسلحا", 20, "at-least")]
    public void test_counts_qualifiers(string text, string surface, double value, string qualifier)
    {
        var count = Counts(text)[0];
        Assert.Equal(surface, text[count.Start..count.End]);
        Assert.Equal(value, count.Value);
        Assert.Equal(qualifier, count.Qualifier);
    }

    [Theory]
    [InlineData("اندلعت الحرب عام 2011")]
    [InlineData("ارتفعت الاسعار 5 في المئة")]
    [InlineData("التقى الوزير 22 دولة")]
    [InlineData("قال الوزير ان الوضع خطير")]
    public void test_counts_numbers_that_count_nothing_are_left_out(string text) => Assert.Empty(Counts(text));

    [Fact]
    public void test_counts_several_in_one_sentence()
    {
        var text = "قتل 10 جنود واصيب 20 آخرون واعتقل خمسة.";
        var counts = Counts(text);
        Assert.Equal(new[] { ("killed", 10.0), ("wounded", 20.0), ("arrested", 5.0) }, counts.Select(c => (c.Kind, c.Value)));
    }

    [Fact]
    public void test_counts_place_is_the_location_after_fi_in_the_sentence()
    {
        var text = "قتل 84 شخصا في نيس. واعتقل خمسة في باريس.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.LOC, "نيس", "نيس").WithEntity("e2", EntityType.LOC, "باريس", "باريس");
        var counts = Counts(doc);
        Assert.Equal(new string?[] { "e1", "e2" }, counts.Select(c => c.PlaceId));
    }

    [Fact]
    public void test_counts_place_with_glued_ba()
    {
        var text = "قتل 84 شخصا بحلب";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.LOC, "حلب", "حلب");
        Assert.Equal("e1", Assert.Single(Counts(doc)).PlaceId);
    }

    [Fact]
    public void test_counts_no_place_for_a_location_not_introduced_by_fi()
    {
        var text = "قتل 84 شخصا وقالت فرنسا";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.LOC, "فرنسا", "فرنسا");
        Assert.Null(Assert.Single(Counts(doc)).PlaceId);
    }

    [Theory]
    [InlineData("تظاهر نحو الفي شخص في العاصمة", "تظاهر نحو الفي شخص", "protesters", 2000)]   // construct dual: الفي شخص
    [InlineData("اعتقلت قوات الامن خمسة مشتبه بهم", "اعتقلت قوات الامن خمسة مشتبه", "arrested", 5)]
    [InlineData("واوقفت الشرطة 12 متظاهرا", "اوقفت الشرطة 12 متظاهرا", "arrested", 12)]
    public void test_counts_action_before_its_subject_and_the_number(string text, string surface, string kind, double value)
    {
        var c = Assert.Single(Counts(text));
        Assert.Equal((surface, kind, value), (text[c.Start..c.End], c.Kind, c.Value));
    }

    [Fact]
    public void test_counts_a_part_after_bayna_hum_is_counted_like_the_whole()
    {
        var text = "قتل 18 شخصا على الاقل بينهم اربعة جنود";
        var counts = Counts(text);
        Assert.Equal(new[] { ("killed", 18.0), ("killed", 4.0) }, counts.Select(c => (c.Kind, c.Value)));
        Assert.Equal("اربعة جنود", text[counts[1].Start..counts[1].End]);
    }

    [Fact]
    public void test_counts_joined_counts_share_the_verb_after_them()
    {
        var text = "واضافت ان 56 شرطيا و7 متظاهرين اصيبوا بجروح";
        var counts = Counts(text);
        Assert.Equal(new[] { ("wounded", 56.0), ("wounded", 7.0) }, counts.Select(c => (c.Kind, c.Value)));
        Assert.Equal("56 شرطيا", text[counts[0].Start..counts[0].End]);
    }

    [Fact]
    public void test_counts_the_action_before_joined_counts_says_what_happened_to_all()
    {
        var counts = Counts("ما اسفر عن مقتل 12 جنديا و30 مسلحا");
        Assert.Equal(new[] { ("killed", 12.0), ("killed", 30.0) }, counts.Select(c => (c.Kind, c.Value)));
    }

    [Theory]
    [InlineData("وسار نحو خمسة الاف شخص في وسط المدينة", "protesters", 5000)]
    [InlineData("وشارك 12 متظاهرا في المسيرة", "protesters", 12)]
    [InlineData("اوقفت الشرطة 12 متظاهرا", "arrested", 12)]
    [InlineData("وقال ان 7 متظاهرين اصيبوا بجروح", "wounded", 7)]
    public void test_counts_what_happened_to_protesters_outranks_who_they_are(string text, string kind, double value)
    {
        var c = Assert.Single(Counts(text));
        Assert.Equal((kind, value), (c.Kind, c.Value));
    }
}
