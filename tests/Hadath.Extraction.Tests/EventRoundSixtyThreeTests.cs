using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixty-three's event pass (the blind ev56- stories: a public-sector strike and sit-in in Beirut, an al-Shabaab
/// attack in Lower Shabelle, prisoner-exchange talks in Cairo). A strike carried out or entered (نفذ العمال اضرابا,
/// شرع الاساتذة في اضراب) is a strike (143), as اضرب is, not a rally; and a sit-in or a demonstration told by a verb of
/// its own beside it in one sentence (…، واعتصم المئات منهم امام السراي) is an act of its own, while the purpose the
/// strike is told with (احتجاجا على) still joins it. A counted crowd of unarmed people that stormed a place (اقتحم عشرات
/// المودعين فرع المصرف) rioted (145); troops or gunmen who stormed, or a count of things, did not. Whom a host received past
/// his own seat and a day set off by commas after it (استقبل X في مكتبه، مساء اليوم، Y) follows them both.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixtyThreeTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static IReadOnlyList<Event> Events(string text) => Events(Docs.WithActors(text));

    [Theory]
    // a strike carried out or entered is a strike, as اضرب is
    [InlineData("نفذ عمال الموانئ، اليوم الاربعاء، اضرابا شاملا عن العمل في مرفأ طرابلس", "نفذ")]
    [InlineData("وخاض الممرضون في المستشفيات الحكومية اضرابا مفتوحا للمطالبة بزيادة الاجور", "خاض")]
    [InlineData("شرع سائقو سيارات الاجرة، صباح اليوم، في اضراب عن العمل لمدة ثلاثة ايام", "شرع")]
    public void test_a_strike_carried_out_or_entered_is_a_strike(string text, string trigger)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal("143", e.Code);
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    // a sit-in or a demonstration told by a verb of its own beside a strike is an act of its own
    [InlineData("نفذ المعلمون اضرابا عاما في المدارس الرسمية، واعتصم المئات منهم امام مبنى الوزارة", "نفذ", "اعتصم")]
    [InlineData("اضرب عمال النظافة عن العمل، وتظاهر عشرات منهم امام مقر البلدية", "اضرب", "تظاهر")]
    [InlineData("خاض الاطباء المقيمون اضرابا وطنيا، فيما اعتصم عشرات منهم امام البرلمان", "خاض", "اعتصم")]
    public void test_a_sit_in_beside_a_strike_is_its_own_act(string text, string strike, string rally)
    {
        var events = Events(text);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Code == "143" && text[e.Span.Start..e.Span.End] == strike);
        Assert.Contains(events, e => e.Code == "141" && text[e.Span.Start..e.Span.End] == rally);
    }

    [Theory]
    // guard: the purpose a strike is told with joins it; two rallies stay one; a rally alone stays 141
    [InlineData("نفذ عمال المناجم اضرابا عاما، احتجاجا على تأخر صرف رواتبهم", "143")]
    [InlineData("شرع الموظفون في اضراب مفتوح احتجاجا على قرار الحكومة", "143")]
    [InlineData("تظاهر الالاف في وسط المدينة، واعتصم المئات منهم امام البرلمان", "141")]
    [InlineData("نظم عشرات المتقاعدين وقفة احتجاجية امام مقر الصندوق", "141")]
    [InlineData("نفذ العشرات من الخريجين اعتصاما امام مقر الولاية، احتجاجا على البطالة", "141")]
    public void test_a_purpose_or_a_second_rally_joins_the_act(string text, string code)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(code, e.Code);
    }

    [Theory]
    // guard: a strike called for, threatened or held before is none
    [InlineData("ودعت النقابة العمال الى ان يدخلوا في اضراب مفتوح")]
    [InlineData("وهدد الاتحاد بتنفيذ اضراب عام في كل القطاعات")]
    [InlineData("وكانوا نفذوا سابقا اضرابا عن العمل")]
    public void test_a_strike_not_carried_out_is_none(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    // a counted crowd of unarmed people that stormed a place rioted
    [InlineData("اقتحم عشرات المودعين، ظهر اليوم، فرعا لاحد المصارف في شارع الحمرا", "اقتحم")]
    [InlineData("واقتحم مئات المحتجين مبنى المحافظة مطالبين برحيل المحافظ", "اقتحم")]
    [InlineData("اقتحم المئات من انصار الحزب مقر لجنة الانتخابات في العاصمة", "اقتحم")]
    public void test_a_crowd_that_stormed_a_place_rioted(string text, string trigger)
    {
        var e = Assert.Single(Events(text), e => e.Code == "145");
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    // guard: troops or gunmen who stormed, a count of things, or no count at all are no riot
    [InlineData("واقتحم عشرات الجنود البلدة فجر اليوم وداهموا عددا من المنازل")]
    [InlineData("اقتحم عشرون مسلحا مقر الشركة واحتجزوا موظفيها")]
    [InlineData("واقتحم عدد كبير من النجوم عالم السياسة في السنوات الاخيرة")]
    [InlineData("واقتحمت القوات الخاصة المبنى بعد مفاوضات استمرت ساعات")]
    public void test_armed_men_or_things_that_stormed_are_no_riot(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Code == "145");
    }

    private static readonly (string, EntityType, string, string?)[] Hosts =
    [
        ("e1", EntityType.PER, "علي حسن", "SOMGOV"), ("e2", EntityType.PER, "بيار دوران", "FRAGOV"),
        ("e3", EntityType.ORG, "بعثة الاتحاد الافريقي", "IGOAFU"), ("e4", EntityType.PER, "كمال ناصر", "LBNGOV"),
    ];

    [Theory]
    // whom a host received or met past his own seat and a day set off by commas after it
    [InlineData("واستقبل رئيس الوزراء علي حسن في مكتبه، مساء اليوم، السفير الفرنسي بيار دوران", "e1", "e2")]
    [InlineData("والتقى وزير الخارجية كمال ناصر في مكتبه، صباح الاثنين، السفير بيار دوران", "e4", "e2")]
    [InlineData("واستقبل علي حسن في مقره، صباح اليوم، رئيس بعثة الاتحاد الافريقي بيار دوران", "e1", "e2")]
    public void test_whom_a_host_received_past_his_seat_and_day(string text, string source, string target)
    {
        var e = Assert.Single(Events(Docs.WithActors(text, Hosts.Where(h => text.Contains(h.Item3, StringComparison.Ordinal)).ToArray())));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // guard: the seat with no aside, or the aside with no seat, read as before
    [InlineData("واستقبل رئيس الوزراء علي حسن في مكتبه السفير الفرنسي بيار دوران", "e2")]
    [InlineData("واستقبل رئيس الوزراء علي حسن، مساء اليوم، السفير الفرنسي بيار دوران", "e2")]
    public void test_a_seat_or_a_day_alone_is_read_as_before(string text, string target)
    {
        var e = Assert.Single(Events(Docs.WithActors(text, Hosts.Where(h => text.Contains(h.Item3, StringComparison.Ordinal)).ToArray())));
        Assert.Equal(target, e.Target?.EntityId);
    }
}
