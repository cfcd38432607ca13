using Hadath.Core;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventeen: the sides of an act. A verb written with و whose form carries its subject (…وقتلوا, …وقتلت) goes on
/// with the act before it. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSeventeenTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    private static readonly (string Id, EntityType Type, string Surface, string? Actor)[] Named =
    [
        ("e1", EntityType.ORG, "القوات العراقية", "IRQMIL"), ("e2", EntityType.ORG, "تنظيم داعش", null),
        ("e3", EntityType.PER, "سالم الحداد", null), ("e4", EntityType.LOC, "الموصل", "IRQ"),
    ];

    [Theory]
    [InlineData("هاجمت القوات العراقية مواقع لتنظيم داعش في الموصل وقتلت القيادي سالم الحداد", "قتلت", "e1")]
    [InlineData("اعتقلت القوات العراقية ثلاثة من عناصر تنظيم داعش في الموصل وقتلت القيادي سالم الحداد", "قتلت", "e1")]
    [InlineData("خطف مسلحون من تنظيم داعش ثلاثة صيادين قرب الموصل وقتلوا القيادي سالم الحداد", "قتلوا", "e2")]
    public void test_a_waw_verb_carrying_its_subject_shares_the_subject_of_the_act_before_it(string text, string verb, string source)
    {
        var doc = Docs.WithActors(text, Named.Where(n => text.Contains(n.Surface, StringComparison.Ordinal)).ToArray());
        var e = Assert.Single(Events(doc), x => text[x.Span.Start..x.Span.End] == verb);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_waw_verb_shares_an_unnamed_subject_before_it()
    {
        const string text = "فرقت قوات الامن مئات المتظاهرين واعتقلت الناشط سالم الحداد";
        var doc = Docs.WithActors(text, ("e3", EntityType.PER, "سالم الحداد", null));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("قوات الامن", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Theory]
    // وقتل: a masculine verb with a man named after it may be the passive (قُتل سالم): he suffered it, no one is named as doing it.
    [InlineData("هاجمت القوات العراقية مواقع لتنظيم داعش في الموصل وقتل القيادي سالم الحداد", "قتل")]
    // فيما opens a clause with its own subject.
    [InlineData("هاجمت القوات العراقية مواقع لتنظيم داعش في الموصل، فيما قتلت القيادي سالم الحداد", "قتلت")]
    public void test_a_verb_that_may_start_its_own_clause_does_not_share_the_subject_before_it(string text, string verb)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "القوات العراقية", "IRQMIL"), ("e2", EntityType.ORG, "تنظيم داعش", null),
            ("e3", EntityType.PER, "سالم الحداد", null), ("e4", EntityType.LOC, "الموصل", "IRQ"));
        var events = Events(doc);
        Assert.Contains(events, x => text[x.Span.Start..x.Span.End] == "هاجمت" && x.Source?.EntityId == "e1");
        Assert.DoesNotContain(events, x => text[x.Span.Start..x.Span.End] == verb && x.Source?.EntityId == "e1");
    }

    [Fact]
    public void test_a_waw_verb_with_its_own_subject_keeps_it()
    {
        const string text = "هاجمت القوات العراقية مواقع لتنظيم داعش في الموصل وقتلت القوات الامريكية القيادي سالم الحداد";
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "القوات العراقية", "IRQMIL"), ("e2", EntityType.ORG, "تنظيم داعش", null),
            ("e3", EntityType.PER, "سالم الحداد", null), ("e4", EntityType.LOC, "الموصل", "IRQ"), ("e5", EntityType.ORG, "القوات الامريكية", "USAMIL"));
        var e = Assert.Single(Events(doc), x => text[x.Span.Start..x.Span.End] == "قتلت");
        Assert.Equal("e5", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("واوضحت الوزارة ان عناصر المكتب المركزي للابحاث القضائية اوقفوا خمسة مشتبه بهم", "عناصر المكتب المركزي للابحاث القضائية", "173")]
    [InlineData("وقال مصدر امني ان وحدات الحرس الجمهوري الخاصة اعتقلت 20 شخصا", "وحدات الحرس الجمهوري الخاصة", "173")]
    public void test_a_long_subject_between_an_and_an_act_of_force_the_tagger_missed_is_its_source(string text, string source, string code)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Code == code);
        Assert.Equal(source, Docs.ArgumentWords(text, e.Source));
    }

    [Theory]
    [InlineData("والتقى رئيس البرلمان سليم الحداد الثلاثاء شيوخ عشائر الانبار في بغداد", null)]
    [InlineData("والتقى رئيس البرلمان سليم الحداد باعضاء البرلمان عن الانبار في بغداد", null)]
    [InlineData("والتقى رئيس البرلمان سليم الحداد وفدا من الانبار في بغداد", "e2")]
    public void test_a_place_after_a_noun_is_not_whom_a_meeting_was_with(string text, string? target)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "سليم الحداد", "IRQGOV"), ("e2", EntityType.LOC, "الانبار", "IRQ"), ("e3", EntityType.LOC, "بغداد", "IRQ"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Fact]
    public void test_a_titled_subject_whose_name_the_tagger_missed_is_told_by_its_words()
    {
        const string text = "واستقبل الرئيس التونسي منصف شاكر الثلاثاء رئيس الوزراء الجزائري سالم الحداد";
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "سالم الحداد", "DZAGOV"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal("الرئيس التونسي منصف شاكر", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("TUNGOV", e.Source?.Actor);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_a_title_without_a_nationality_tells_no_missed_subject()
    {
        const string text = "واستقبل الرئيس منصف شاكر الثلاثاء رئيس الوزراء الجزائري سالم الحداد";
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "سالم الحداد", "DZAGOV"));
        Assert.DoesNotContain(Events(doc), x => x.Source?.Span is not null);
        // The same sentence with the nationality does tell the subject, so the row above is not empty by accident.
        const string withNationality = "واستقبل الرئيس التونسي منصف شاكر الثلاثاء رئيس الوزراء الجزائري سالم الحداد";
        var named = Docs.WithActors(withNationality, ("e1", EntityType.PER, "سالم الحداد", "DZAGOV"));
        Assert.Contains(Events(named), x => x.Source?.Span is not null);
    }
}
