using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round forty-two's event pass (the blind ev35- stories: an attack on a displacement camp in Darfur with the army's
/// strikes after it, arrests of opposition leaders and a lawyers' strike in Tunis, a cell arrested and a tanker seized in
/// Kuwait). A time told relative to the news set off by commas (، في وقت لاحق،) is an aside as a day is; a unit told a
/// security one (وحدات امنية, فرقة امنية), past the body it belongs to, is a force that arrests; a force stepping in to
/// disperse a counted crowd (لتفريق عشرات المحامين) dispersed it; forms of address before an office (سمو امير البلاد)
/// are titles; the given name رمطان (the UN envoy رمطان لعمامرة) opens a person the tagger misses; a dateline's place
/// read as a body (بورتسودان (سونا) -) is the place, with its credit no acronym of it, and so is its name further on. Sentences written for
/// these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFortyTwoTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    /// <summary>The text with those of the given entities it names.</summary>
    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static string Words(string text, EventArgument? side) => side?.Span is { } span ? text[span.Start..span.End] : "";

    [Theory]
    // a relative time between commas, of three words or one, after craft of a force named after لل or a named air force
    [InlineData("وشن الطيران الحربي للجيش، في وقت لاحق، غارات جوية على مواقع لقوات المعارضة شرقي المدينة", "الطيران الحربي للجيش")]
    [InlineData("وشنت الطائرات الحربية للجيش، في وقت سابق، غارات على مواقع لقوات المعارضة", "الطائرات الحربية للجيش")]
    [InlineData("وشن الطيران الحربي للجيش، لاحقا، غارات على مواقع لقوات المعارضة", "الطيران الحربي للجيش")]
    public void test_a_relative_time_between_commas_is_an_aside_of_a_launched_strike(string text, string launcher)
    {
        var doc = Named(text, ("e1", EntityType.ORG, "قوات المعارضة", null));
        var e = Assert.Single(Events(doc));
        Assert.Equal("195", e.Code);
        Assert.Equal("غارات", text[e.Start..e.End]);
        Assert.Equal(launcher, Words(text, e.Source));
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    // strikes told later are the reporter's plan or another clause: no strike
    [InlineData("وقال الجيش انه سيشن في وقت لاحق غارات على مواقع المعارضة")]
    [InlineData("وشن الجيش حملة، في وقت لاحق، ضد الفساد في الوزارات")]
    public void test_a_relative_time_makes_no_strike_where_none_was_launched(string text)
    {
        Assert.DoesNotContain(Events(Docs.WithActors(text)), e => e.Code == "195");
    }

    [Theory]
    // a security unit past the body it belongs to and a day between commas, without the body, plural or singular
    [InlineData("اوقفت وحدات امنية تابعة للادارة العامة للحرس الوطني، فجر اليوم الثلاثاء، ثلاثة من قيادات الحزب في العاصمة",
        "وحدات امنية تابعة للادارة العامة للحرس الوطني")]
    [InlineData("اوقفت وحدات امنية، فجر اليوم، ثلاثة من قيادات الحزب في العاصمة", "وحدات امنية")]
    [InlineData("واوقفت فرقة امنية خمسة اشخاص يشتبه في انتمائهم الى شبكة تهريب", "فرقة امنية")]
    [InlineData("اوقفت الوحدات الامنية التابعة للادارة الجهوية للامن الوطني اربعة شبان في الحي", "الوحدات الامنية التابعة للادارة الجهوية للامن الوطني")]
    public void test_a_security_unit_arrests_as_a_force(string text, string source)
    {
        var e = Assert.Single(Events(Docs.WithActors(text)));
        Assert.Equal("173", e.Code);
        Assert.Equal("اوقفت", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, Words(text, e.Source));
        Assert.Null(e.Source?.EntityId);
    }

    [Fact]
    public void test_people_counted_past_a_day_between_commas_are_taken_from_their_party()
    {
        const string text = "اوقفت الشرطة، فجر اليوم، ثلاثة من قيادات جبهة الخلاص في العاصمة";
        var doc = Named(text, ("e1", EntityType.ORG, "جبهة الخلاص", null));
        var e = Assert.Single(Events(doc));
        Assert.Equal("173", e.Code);
        Assert.Equal("الشرطة", Words(text, e.Source));
        Assert.Equal("ثلاثة من قيادات جبهة الخلاص", Words(text, e.Target));
    }

    [Theory]
    // rescue teams are no security unit, and a unit that stopped traffic took no one
    [InlineData("وتمكنت فرق الانقاذ من انتشال ثلاثة اشخاص من تحت الانقاض")]
    [InlineData("واوقفت وحدات امنية حركة المرور في الشارع الرئيسي لساعات")]
    public void test_no_arrest_without_a_security_unit_taking_people(string text)
    {
        Assert.DoesNotContain(Events(Docs.WithActors(text)), e => e.Code.StartsWith("17", StringComparison.Ordinal));
    }

    [Theory]
    // a counted crowd (عشرات, مئات, آلاف) right after the verbal noun, by a force of either kind
    [InlineData("وتدخلت وحدات الامن لتفريق عشرات المحامين الذين حاولوا الدخول الى مكتب وكيل الجمهورية", "عشرات المحامين")]
    [InlineData("وتدخلت الشرطة لتفريق مئات الشبان امام مقر الولاية", "مئات الشبان")]
    [InlineData("تدخلت قوات الامن لتفريق آلاف المواطنين في الساحة", "آلاف المواطنين")]
    public void test_a_force_stepping_in_to_disperse_a_counted_crowd_dispersed_it(string text, string crowd)
    {
        var e = Assert.Single(Events(Docs.WithActors(text)), e => e.Code.StartsWith("175", StringComparison.Ordinal));
        Assert.Equal("تفريق", text[e.Start..e.End]);
        Assert.Equal(crowd, Words(text, e.Target));
    }

    [Theory]
    // a quarrel or a fight broken up, or a crowd that is no one's count, is no dispersal
    [InlineData("وتدخل الوزير لفض الخلاف بين الطرفين")]
    [InlineData("وتدخلت الشرطة لتفريق الشجار بين عائلتين")]
    public void test_no_dispersal_without_a_crowd(string text)
    {
        Assert.DoesNotContain(Events(Docs.WithActors(text)), e => e.Code.StartsWith("175", StringComparison.Ordinal));
    }

    [Theory]
    // forms of address before the office, with a place between the host and whom he received
    [InlineData("واستقبل سمو امير البلاد الشيخ حمد الجابر في قصر بيان اليوم وزير الداخلية البحريني الشيخ خالد آل خليفة")]
    [InlineData("واستقبل صاحب السمو امير البلاد الشيخ حمد الجابر اليوم وزير الداخلية البحريني الشيخ خالد آل خليفة")]
    [InlineData("استقبل فخامة الرئيس حمد الجابر اليوم وزير الداخلية البحريني الشيخ خالد آل خليفة")]
    public void test_forms_of_address_before_an_office_are_titles_of_the_host(string text)
    {
        var doc = Named(text, ("e1", EntityType.PER, "حمد الجابر", null), ("e2", EntityType.PER, "خالد آل خليفة", null));
        var e = Assert.Single(Events(doc));
        Assert.Equal("043", e.Code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // the envoy after his long title, and the name alone after a cue; no person where no word follows the name
    [InlineData("وكان المبعوث الاممي الى السودان رمطان لعمامرة قد التقى الجمعة رئيس مجلس السيادة", "PER رمطان لعمامرة")]
    [InlineData("وقال رمطان لعمامرة ان الحرب يجب ان تتوقف", "PER رمطان لعمامرة")]
    [InlineData("وقال المبعوث ان رمطان", "")]
    public void test_the_given_name_ramtane_opens_a_person(string text, string expected)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        var found = doc.Entities.Where(e => e.Type == EntityType.PER).SelectMany(e => e.Mentions.Select(m => $"PER {doc.Text[m.Start..m.End]}"));
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), found.ToArray());
    }

    [Theory]
    // the dateline's place read as a body, alone and named again; a place with no credit after it is left as read
    [InlineData("بورتسودان (سونا) - قتل عشرة مدنيين. والتقى المبعوث في بورتسودان رئيس المجلس", "بورتسودان", "LOC بورتسودان|ORG سونا|LOC بورتسودان")]
    [InlineData("بورتسودان (سونا) - قتل عشرة مدنيين في هجوم", "بورتسودان", "LOC بورتسودان|ORG سونا")]
    [InlineData("وقالت بورتسودان (سونا) ان", "بورتسودان", "ORG بورتسودان|ORG سونا")]
    public void test_a_datelines_place_read_as_a_body_is_the_place(string text, string place, string expected)
    {
        var doc = new NameRecoveryStage().Process(Docs.WithNamed(text, ("e1", EntityType.ORG, place)));
        var found = doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}"))).OrderBy(x => x.Start).Select(x => x.Shown);
        Assert.Equal(expected.Split('|'), found.ToArray());
    }
}
