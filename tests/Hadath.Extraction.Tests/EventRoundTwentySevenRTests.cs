using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// From the blind `ev20r-` refugee stories (round twenty-seven: winter aid in Zaatari, raids on Arsal's camps, migrants
/// caught in Gaziantep, returns through Jdeidet Yabous). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentySevenRTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    private static AnalyzedDocument Recover(AnalyzedDocument doc) => new NameRecoveryStage().Process(doc);

    [Theory]
    [InlineData("واتهم وزير المهجرين سامي شرف الدين المفوضية بالتقصير", "سامي شرف", "PER سامي شرف الدين")]
    [InlineData("وقال النائب خالد نور الدين ان الحكومة مقصرة", "خالد نور", "PER خالد نور الدين")]
    [InlineData("والتقى الوزير احمد عز الدين وفدا من النازحين", "احمد عز", "PER احمد عز الدين")]
    public void test_a_name_cut_before_the_din_of_a_compound_takes_it(string text, string tagged, string expected)
    {
        var doc = Recover(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, tagged, tagged));
        Assert.Contains(expected, Mentions(doc));
    }

    [Theory]
    // الدين after a name is "religion" or "debt" unless the word before it makes a compound name
    [InlineData("وقال الشيخ سامي الحلو الدين لا يبرر العنف", "سامي الحلو")]
    public void test_din_after_a_name_that_makes_no_compound_stays_out(string text, string tagged)
    {
        var doc = Recover(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, tagged, tagged));
        Assert.Contains("PER " + tagged, Mentions(doc));
    }

    [Theory]
    [InlineData("واتهم الوزير سامي شرف الدين المفوضية بالتقصير. وكان شرف الدين قد التقى الاسبوع الماضي نظيره السوري", "شرف الدين قد")]
    [InlineData("واتهم الوزير سامي شرف الدين المفوضية بالتقصير. والتقى شرف الدين امس نظيره السوري", "شرف الدين امس")]
    public void test_a_compound_family_name_alone_after_an_act_or_a_pluperfect_is_the_person(string text, string at)
    {
        var doc = Recover(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامي شرف الدين", "سامي شرف الدين"));
        int start = text.IndexOf(at, StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Type == EntityType.PER && e.Mentions.Any(m => m.Start == start && m.End == start + "شرف الدين".Length));
    }

    [Fact]
    public void test_a_pluperfect_meeting_by_a_compound_family_name_has_its_source()
    {
        const string text = "واتهم الوزير سامي شرف الدين المفوضية بالتقصير. وكان شرف الدين قد التقى الاسبوع الماضي في دمشق الوزير السوري حسين مخلوف";
        var doc = new ActorStage().Process(Recover(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامي شرف الدين", "سامي شرف الدين")
            .WithEntity("e2", EntityType.LOC, "دمشق", "دمشق").WithEntity("e3", EntityType.PER, "حسين مخلوف", "حسين مخلوف")));
        var e = Assert.Single(Events(doc), x => x.Code == "040");
        var source = doc.Entities.Single(x => x.Id == e.Source?.EntityId).Mentions[0];
        Assert.Equal("شرف الدين", text[source.Start..source.End]);
        Assert.Equal("حسين مخلوف", doc.Entities.Single(x => x.Id == e.Target?.EntityId).Name);
    }

    [Fact]
    public void test_an_accusation_by_a_minister_of_a_compound_name_has_the_agency_as_target()
    {
        const string text = "في المقابل، اتهم وزير المهجرين سامي شرف الدين المفوضية بتشجيع النازحين على البقاء";
        var doc = Recover(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامي شرف", "سامي شرف").WithEntity("e2", EntityType.ORG, "المفوضية", "المفوضية"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        var source = doc.Entities.Single(x => x.Id == e.Source?.EntityId);
        Assert.Equal("سامي شرف الدين", text[source.Mentions[0].Start..source.Mentions[0].End]);
        Assert.Equal(EntityType.ORG, doc.Entities.Single(x => x.Id == e.Target?.EntityId).Type);
    }

    [Theory]
    [InlineData("دهمت قوة من الجيش مخيمات النازحين في البلدة، واوقفت 38 سوريا، وصادرت اربع دراجات نارية")]
    [InlineData("واوقفت دورية من الجيش 12 شخصا وصادرت سيارتين")]
    public void test_an_arrest_and_a_seizure_by_one_force_are_two_acts(string text)
    {
        var events = Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش")));
        Assert.Contains(events, x => x.Code == "173" && x.Source?.EntityId == "e1");
        Assert.Contains(events, x => x.Code.StartsWith("171", StringComparison.Ordinal) && x.Source?.EntityId == "e1");
    }

    [Theory]
    [InlineData("ضبطت مديرية أمن ازمير 214 مهاجرا غير نظامي حاولوا العبور من تركيا")]
    [InlineData("ضبطت مديرية أمن ازمير غربي تركيا 214 مهاجرا غير نظامي خلال حملات تفتيش")]
    [InlineData("ضبطت مديرية أمن ازمير في تركيا 30 شخصا لا يحملون اوراقا")]
    [InlineData("وكانت مديرية أمن ازمير قد ضبطت، الاسبوع الماضي، 12 لاجئا حاولوا مغادرة تركيا")]
    [InlineData("وكانت مديرية أمن ازمير قد ضبطت، امس، 12 لاجئا حاولوا مغادرة تركيا")]
    public void test_people_caught_by_a_named_body_are_arrested_by_it(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "مديرية أمن ازمير"), ("e2", EntityType.LOC, "تركيا"))), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // things caught are no arrest
    [InlineData("ضبطت مديرية أمن ازمير 40 قطعة سلاح خلال حملات تفتيش")]
    [InlineData("وكانت مديرية أمن ازمير قد ضبطت، الاسبوع الماضي، ثلاثة اطنان من المخدرات")]
    public void test_things_caught_by_a_named_body_are_no_arrest(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "مديرية أمن ازمير"))), x => x.Code == "173");

    [Theory]
    [InlineData("وذكر المراسل أن الهلال الأحمر العربي السوري قدم للعائدين وجبات غذائية ومياه شرب", "الهلال الأحمر العربي السوري")]
    [InlineData("ووزع الهلال الأحمر الفلسطيني مساعدات غذائية على العائلات النازحة", "الهلال الأحمر الفلسطيني")]
    [InlineData("ووزع الهلال الأحمر القطري بطانيات على الاسر في المخيم", "الهلال الأحمر القطري")]
    public void test_a_national_red_crescent_the_tagger_misses_hands_the_aid_out(string text, string body)
    {
        var doc = Recover(Docs.Tokenized(text));
        Assert.Contains("ORG " + body, Mentions(doc));
        var e = Assert.Single(Events(doc));
        Assert.Equal("073", e.Code);
        Assert.Equal(body, doc.Entities.Single(x => x.Id == e.Source?.EntityId).Name);
    }

    [Theory]
    [InlineData("اوقفت دورية من الجيش اللبناني فجر اليوم 14 سوريا في مخيم للنازحين. وقال المسؤول ان الموقوفين احيلوا الى القضاء، لافتا الى ان الدورية صادرت ثلاث دراجات نارية")]
    [InlineData("دهمت دورية من الجيش اللبناني فجر اليوم مخيما للنازحين. واضاف المصدر ان الدورية صادرت دراجتين ناريتين غير مسجلتين")]
    [InlineData("دهمت قوة من الجيش اللبناني فجر اليوم مخيما للنازحين. واضاف المصدر ان القوة صادرت دراجتين ناريتين")]
    public void test_a_detachment_told_again_acts_as_the_force_it_came_from(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش اللبناني"))), x => x.Code.StartsWith("171", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // no detachment sent out before: no force to act as
    [InlineData("وقال المصدر ان الجيش اللبناني يتابع الوضع. واضاف ان الدورية صادرت دراجتين ناريتين")]
    public void test_a_detachment_never_sent_out_lends_no_force(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش اللبناني"))), x => x.Source?.EntityId == "e1");

    [Theory]
    [InlineData("وزعت المفوضية بالتعاون مع برنامج الاغذية العالمي مساعدات غذائية على نحو 600 عائلة نازحة")]
    [InlineData("ووزعت المفوضية بالتنسيق مع برنامج الاغذية العالمي حصصا غذائية على العائلات")]
    public void test_a_partner_with_no_commas_is_not_whom_the_aid_went_to(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "المفوضية"), ("e2", EntityType.ORG, "برنامج الاغذية العالمي"))));
        Assert.Equal("073", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واستقبل الوزير سامي الحلو ممثل المفوضية في سورية غونزالو فارغاس يوسا", "غونزالو", "فارغاس يوسا", "PER غونزالو فارغاس يوسا")]
    [InlineData("وبحث الوزير سامي الحلو مع ممثل منظمة الامم المتحدة للطفولة (يونيسف) في سورية فران اكيزا الاوضاع", "فران", null, "PER فران اكيزا")]
    public void test_a_representatives_given_name_misread_as_a_place_after_the_seat_is_his(string text, string misread, string? rest, string expected)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامي الحلو", "سامي الحلو").WithEntity("e2", EntityType.LOC, "سورية", "سورية")
            .WithEntity("e3", EntityType.LOC, misread, misread);
        doc = text.Contains("يونيسف") ? doc.WithEntity("e4", EntityType.ORG, "منظمة الامم المتحدة للطفولة", "منظمة الامم المتحدة للطفولة") : doc.WithEntity("e4", EntityType.ORG, "المفوضية", "المفوضية");
        if (rest is not null) doc = doc.WithEntity("e5", EntityType.PER, rest, rest);
        var shown = Mentions(Recover(doc));
        Assert.Contains(expected, shown);
        Assert.DoesNotContain("LOC " + misread, shown);
    }

    [Fact]
    public void test_a_representative_received_past_where_the_host_received_him_is_the_one_received()
    {
        const string text = "واستقبل الوزير سامي الحلو امس في دمشق ممثل المفوضية في سورية دومينيك بارتش، وبحث معه سبل دعم العودة";
        var doc = new ActorStage().Process(Recover(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامي الحلو", "سامي الحلو")
            .WithEntity("e2", EntityType.LOC, "دمشق", "دمشق").WithEntity("e3", EntityType.ORG, "المفوضية", "المفوضية").WithEntity("e4", EntityType.LOC, "سورية", "سورية")));
        Assert.Contains("PER دومينيك بارتش", Mentions(doc));
        var e = Assert.Single(Events(doc));
        Assert.Equal("043", e.Code);
        Assert.Equal("دومينيك بارتش", doc.Entities.Single(x => x.Id == e.Target?.EntityId).Name);
    }

    [Theory]
    [InlineData("وكان برنامج الاغذية العالمي قد خفض المساعدات الشهر الماضي. ومنحت المانيا البرنامج 30 مليون يورو اضافية", "071")]
    [InlineData("ووزعت الهيئة الخيرية الاردنية الهاشمية طرودا غذائية في المخيم. واتهم النائب سامي الحلو الهيئة بالتقصير", "112")]
    public void test_an_aid_body_told_again_by_its_head_noun_is_the_one_acted_on(string text, string code)
    {
        var body = text.Contains("برنامج") ? "برنامج الاغذية العالمي" : "الهيئة الخيرية الاردنية الهاشمية";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, body, body);
        doc = text.Contains("المانيا") ? doc.WithEntity("e2", EntityType.LOC, "المانيا", "المانيا") : doc.WithEntity("e2", EntityType.PER, "سامي الحلو", "سامي الحلو");
        doc = new ActorStage().Process(doc);
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal(body, doc.Entities.Single(x => x.Id == e.Target?.EntityId).Name);
    }

    [Fact]
    public void test_a_programme_of_a_named_body_is_no_body_told_again()
    {
        const string text = "وفحصت اللوحة من جانب برنامج بي بي سي الشهير. وقالت مقدمة البرنامج ان القضية قوية";
        var doc = new ActorStage().Process(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "بي بي سي", "بي بي سي"));
        Assert.DoesNotContain("ORG البرنامج", Mentions(doc));
    }

    [Theory]
    [InlineData("وقال المصدر ان قوات الدرك فرقت المحتجين بالقوة")]
    [InlineData("وقال المصدر ان قوات الدرك فرقت المعتصمين بعد محاولتهم اغلاق الطريق")]
    [InlineData("واضاف المصدر ان قوات الدرك \"فرقت المحتجين بعد محاولتهم اغلاق الطريق داخل المخيم\"، واوقفت خمسة منهم")]
    public void test_a_crowd_right_after_a_dispersal_verb_is_whom_it_dispersed(string text)
    {
        var events = Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "قوات الدرك")));
        var e = Assert.Single(events, x => x.Code == "175");
        Assert.Equal("e1", e.Source?.EntityId);
        if (text.Contains("اوقفت")) Assert.Equal("e1", Assert.Single(events, x => x.Code == "173").Source?.EntityId);
    }

    [Theory]
    [InlineData("نفذ الجيش حملة مداهمات في المخيمات، اوقف خلالها اكثر من 450 سوريا لا يحملون اوراقا قانونية ورحّل عددا منهم")]
    [InlineData("واوقف الجيش 40 سوريا في المخيم ورحل عددا منهم الى بلادهم")]
    public void test_a_number_of_them_in_the_accusative_is_who_was_deported(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش"))), x => x.Code == "174");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // nominative: a number of them left
    [InlineData("واوقف الجيش 40 سوريا في المخيم، ورحل عدد منهم الى بلدات اخرى")]
    public void test_a_number_of_them_in_the_nominative_left(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "الجيش"))), x => x.Code == "174");

    [Theory]
    [InlineData("ضبطت مديرية أمن ازمير غربي البلاد 214 مهاجرا غير نظامي خلال حملات تفتيش", "214 مهاجرا", 214)]
    [InlineData("ضبطت الشرطة 12 لاجئا غادروا المخيم دون تصاريح", "12 لاجئا", 12)]
    public void test_people_and_refugees_caught_are_counted_arrested(string text, string counted, int value)
    {
        var counts = new CountStage().Process(Docs.Tokenized(text)).Counts;
        var c = Assert.Single(counts, x => text[x.Span.Start..x.Span.End].EndsWith(counted, StringComparison.Ordinal));
        Assert.Equal("arrested", c.Kind);
        Assert.Equal(value, c.Value);
    }

    [Theory]
    [InlineData("وخفض برنامج الاغذية العالمي قيمة المساعدة النقدية للاجئين في المخيم")]
    [InlineData("وكان برنامج الاغذية العالمي قد خفض الشهر الماضي قيمة المساعدة للاجئين من 23 دينارا الى 15 دينارا للفرد")]
    public void test_aid_cut_told_in_the_singular_is_a_cut(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "برنامج الاغذية العالمي"))));
        Assert.Equal("162", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
    }
}
