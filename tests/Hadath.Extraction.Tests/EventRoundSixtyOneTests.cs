using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round sixty-one's event pass (the blind ev54- stories: a roadside bomb and sniper fire on a Hashd patrol near Tuz
/// Khurmatu, a graduates' sit-in broken up in Khenifra, a drone and missile strike on a camp in Marib). A person first named
/// set off by commas after the words that title him (وقال عضو لجنة الحوار في التنسيقية المحلية، سعيد اوحمو، في تصريح …) is a
/// public figure when a later sentence has him act, as one named right after his title is. Units of an army told as
/// قطعات (وأطلقت قطعات من الجيش العراقي عملية تفتيش …، واعتقلت تسعة) act for the army named after من, as وحدات من الجيش do.
/// A time told relative to the news set off by commas after a host (استقبل عامل الاقليم X، بعد الظهر، وفدا عن Y) is an
/// aside as a day is: whom he received follows it. The weapon of an attack the story told, named again by its definite
/// noun as the subject (ان الطائرة المسيرة استهدفت …, ان الصاروخ استهدف …), tells that attack again, as الغارة does.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSixtyOneTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text) =>
        Docs.WithNamed(text, ("e1", EntityType.PER, "سعيد العمراني"), ("e2", EntityType.ORG, "وزارة الداخلية"));

    [Theory]
    // a name set off by commas after the words that title it, acting in a later sentence
    [InlineData("وقال عضو المكتب الوطني للنقابة، سعيد العمراني، في تصريح للصحافة، ان الاضراب مستمر. واتهم سعيد العمراني وزارة الداخلية بالتضييق على المضربين", "112", "e2")]
    [InlineData("واستقبل عامل الاقليم، سعيد العمراني، بعد الظهر وفدا عن المحتجين. وانتقد سعيد العمراني وزارة الداخلية لتاخرها في صرف المنح", "111", "e2")]
    [InlineData("وقال رئيس الفرع المحلي للجمعية المغربية بالمدينة، سعيد العمراني، ان الوقفة سلمية. واتهم سعيد العمراني وزارة الداخلية بمنع الوقفة", "112", "e2")]
    public void test_a_person_titled_before_commas_acts_as_a_public_figure(string text, string code, string? target)
    {
        var e = Assert.Single(Events(Named(text)), e => e.Code == code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // guard: no title before the commas, the title in another clause, or no closing comma
    [InlineData("وقال شاهد عيان، سعيد العمراني، في تصريح للصحافة، ان الاضراب مستمر. واتهم سعيد العمراني وزارة الداخلية بالتضييق على المضربين")]
    [InlineData("ووصل الوزير الى المدينة. وفي الساحة، سعيد العمراني، تاجر خضر، يروي ما جرى. واتهم سعيد العمراني وزارة الداخلية بالتضييق على التجار")]
    [InlineData("وقال عضو المكتب الوطني للنقابة، سعيد العمراني ورفاقه ان الاضراب مستمر. واتهم سعيد العمراني وزارة الداخلية بالتضييق على المضربين")]
    public void test_a_name_between_commas_with_no_title_before_stays_private(string text)
    {
        Assert.DoesNotContain(Events(Named(text)), e => e.Source?.EntityId == "e1");
    }

    private static readonly (string, EntityType, string, string?)[] Forces =
    [
        ("e1", EntityType.ORG, "الجيش العراقي", "IRQMIL"), ("e2", EntityType.ORG, "الشرطة العراقية", "IRQCOP"),
    ];

    [Theory]
    // units of an army told as قطعات, named before من and the army
    [InlineData("وأطلقت قطعات من الجيش العراقي عملية تفتيش واسعة في القرى المحيطة بالمدينة، واعتقلت تسعة مشتبه بهم", "173", "e1")]
    [InlineData("واعتقلت قطعات من الجيش العراقي ستة مطلوبين خلال عملية دهم في الريف الشرقي", "173", "e1")]
    [InlineData("وقصفت قطعات من الجيش العراقي مواقع المسلحين في الوادي", "194", "e1")]
    // guard: a detachment told by قوة, and pieces seized (the police seized them), stay as they were
    [InlineData("ونفذت قوة من الجيش العراقي عملية تفتيش في القرى، واعتقلت خمسة مشتبه بهم", "173", "e1")]
    [InlineData("وضبطت الشرطة العراقية قطعات من الاسلحة الخفيفة داخل المنزل", "171", "e2")]
    public void test_units_of_an_army_act_for_it(string text, string code, string source)
    {
        var e = Assert.Single(Events(Docs.WithActors(text, Forces.Where(f => text.Contains(f.Item3, StringComparison.Ordinal)).ToArray())), e => e.Code.StartsWith(code[..2], StringComparison.Ordinal));
        Assert.Equal(code, e.Code);
        Assert.Equal(source, e.Source?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Hosts =
    [
        ("e1", EntityType.PER, "سعيد العمراني", "MARGOV"), ("e2", EntityType.ORG, "نقابة المعلمين", "MARLAB"),
    ];

    [Theory]
    // a time told relative to the news, set off by commas between the host and whom he met
    [InlineData("واستقبل عامل الاقليم سعيد العمراني، بعد الظهر، وفدا عن نقابة المعلمين", "043")]
    [InlineData("والتقى سعيد العمراني، في وقت لاحق، وفدا من نقابة المعلمين في مقر العمالة", "040")]
    [InlineData("واستقبل سعيد العمراني، قبل الظهر، ممثلين عن نقابة المعلمين", "043")]
    // guard: a day set off by commas was read so already
    [InlineData("واستقبل عامل الاقليم سعيد العمراني، اليوم الاربعاء، وفدا عن نقابة المعلمين", "043")]
    public void test_a_relative_time_between_commas_is_an_aside(string text, string code)
    {
        var e = Assert.Single(Events(Docs.WithActors(text, Hosts)), e => e.Code == code);
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // the weapon of an attack told before, named again by its definite noun as the subject
    [InlineData("قتل خمسة مدنيين في هجوم بطائرة مسيرة على سوق شعبي في البلدة. وقال مصدر طبي ان الطائرة المسيرة استهدفت سيارة قرب السوق", 1)]
    [InlineData("قتل خمسة مدنيين في هجوم صاروخي على سوق شعبي في البلدة. واوضح المصدر ان الصاروخ استهدف مدخل السوق", 1)]
    // guard: with no attack told before, or a new drone told indefinitely, the act is news
    [InlineData("وقال مصدر طبي ان الطائرة المسيرة استهدفت سيارة قرب السوق", 1)]
    [InlineData("قتل خمسة مدنيين في هجوم بطائرة مسيرة على سوق شعبي في البلدة. وقال مصدر طبي ان طائرة مسيرة اخرى استهدفت سيارة قرب المدرسة", 2)]
    public void test_an_attacks_weapon_named_again_retells_it(string text, int attacks)
    {
        Assert.Equal(attacks, Events(Docs.Tokenized(text)).Count(e => e.Code.StartsWith("19", StringComparison.Ordinal) || e.Code.StartsWith("18", StringComparison.Ordinal)));
    }
}
