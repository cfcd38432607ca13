using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round forty-one's event pass (the blind ev34- stories: a settler attack and a raid in the West Bank, an oil field shut
/// and clashes in Tripoli, a hotel siege in Mogadishu). A march or a sit-in put down (قمعت قوات X المسيرة) is a dispersal;
/// a second clause of what is reported, opened by ان with its pronoun after و (… وانها اعتقلت), is the speaker's own act as
/// the first one is. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFortyOneTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    // the feminine and the plural verb, with or without و, the crowd or the march right after the force, the means after
    [InlineData("وقمعت قوات الامن المسيرة بالرصاص المطاطي وقنابل الغاز", "قمعت", "e1")]
    [InlineData("قمعت قوات الامن، مساء الجمعة، مئات المحتجين امام البرلمان", "قمعت", "e1")]
    [InlineData("وقمعت الشرطة التونسية المحتجين بالهراوات", "قمعت", "e2")]
    [InlineData("وقمعوا الوقفة الاحتجاجية التي نظمها المعطلون", "قمعوا", null)]
    public void test_a_march_put_down_is_a_dispersal(string text, string trigger, string? source)
    {
        var doc = Docs.WithActors(text, new[] { ("e1", EntityType.ORG, "قوات الامن", (string?)"COP"), ("e2", EntityType.ORG, "الشرطة التونسية", "TUNCOP") }
            .Where(e => text.Contains(e.Item3, StringComparison.Ordinal)).ToArray());
        var e = Assert.Single(Events(doc), e => e.Code == "175");
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // the masculine قمع is the verbal noun: condemned, feared or told as a cause, no act
    [InlineData("ودانت النقابة قمع المتظاهرين في العاصمة")]
    [InlineData("وحذرت المنظمة من قمع الاحتجاجات السلمية")]
    // a feminine verb with no crowd or protest after it: no dispersal
    [InlineData("وقمعت السلطات حرية الصحافة منذ سنوات")]
    public void test_repression_told_as_a_noun_or_without_a_crowd_is_no_dispersal(string text)
    {
        Assert.DoesNotContain(Events(Docs.WithActors(text)), e => e.Code == "175");
    }

    [Theory]
    // a second ان clause with its pronoun after و, past a quotation, past a clause with its own verb, with بان
    [InlineData("وقال الجيش الاسرائيلي في بيان ان قواته \"وصلت الى المكان لمنع الاحتكاك\" وانها اعتقلت ثلاثة مشتبه بهم", "e1")]
    [InlineData("واعلن الجيش الاسرائيلي ان جنوده تعرضوا لاطلاق نار وانه اعتقل اربعة فلسطينيين", "e1")]
    [InlineData("واكدت الشرطة التونسية ان الوضع تحت السيطرة وانها اوقفت 12 شخصا", "e2")]
    [InlineData("وافادت الشرطة التونسية بان المحتجين اغلقوا الطريق وبانها اوقفت خمسة منهم", "e2")]
    public void test_a_second_reported_clause_with_its_pronoun_is_the_speakers_act(string text, string speaker)
    {
        var doc = Docs.WithActors(text, new[] { ("e1", EntityType.ORG, "الجيش الاسرائيلي", (string?)"ISRMIL"), ("e2", EntityType.ORG, "الشرطة التونسية", "TUNCOP") }
            .Where(e => text.Contains(e.Item3, StringComparison.Ordinal)).ToArray());
        var e = Assert.Single(Events(doc), e => e.Code == "173");
        Assert.Equal(speaker, e.Source?.EntityId);
    }

    [Theory]
    // a body named inside the first clause is not the speaker of the second
    [InlineData("وقال الجيش الاسرائيلي ان مسلحين من حركة حماس اطلقوا النار وانها اعتقلت اثنين منهم", "e1")]
    public void test_a_name_inside_the_first_clause_is_not_the_speaker(string text, string speaker)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش الاسرائيلي", "ISRMIL"), ("e3", EntityType.ORG, "حركة حماس", "PSEREBHMS"));
        var e = Assert.Single(Events(doc), e => e.Code == "173");
        Assert.Equal(speaker, e.Source?.EntityId);
    }

    [Theory]
    // وانها with no ان before it in the sentence: no speaker read from it
    [InlineData("واغلقت المحلات ابوابها وانها اعتقلت عشرة اشخاص")]
    public void test_a_second_clause_with_no_first_reports_no_speaker(string text)
    {
        Assert.All(Events(Docs.WithActors(text)), e => Assert.Null(e.Source?.EntityId));
    }

    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    private static string[] Recovered(string text) => Mentions(new NameRecoveryStage().Process(Docs.Tokenized(text)));

    [Theory]
    // a body named by what it supports, after a group or council head (جهاز, قوات, هيئة): the verbal noun دعم and its complement
    [InlineData("واندلعت اشتباكات بين عناصر جهاز دعم الاستقرار ومسلحين", "ORG جهاز دعم الاستقرار")]
    [InlineData("وقالت قوات دعم الشرعية في بيان ان", "ORG قوات دعم الشرعية")]
    // a brigade by its number in digits, with its arm (قتال, مشاة) or without
    [InlineData("واشتبك اللواء 444 قتال مع مسلحين في جنوب العاصمة", "ORG اللواء 444 قتال")]
    [InlineData("وانسحب عناصر اللواء 166 من المعسكر", "ORG اللواء 166")]
    public void test_bodies_named_by_their_support_or_their_number_are_organisations(string text, string expected)
    {
        Assert.Contains(expected, Recovered(text));
    }

    [Theory]
    // support as a common noun: no name after it, or a plain ask for it
    [InlineData("وطالبت الحكومة بتقديم دعم مالي للبلديات")]
    [InlineData("وصلت قوات دعم الى المدينة امس")]
    // a rank before a number that is no unit: a date, a count
    [InlineData("وقال اللواء في بيان صدر في 2019 ان")]
    public void test_support_as_a_common_noun_and_a_rank_are_no_names(string text)
    {
        Assert.DoesNotContain(Recovered(text), m => m.StartsWith("ORG", StringComparison.Ordinal));
    }

    [Theory]
    // the people taken, then the place they came from or were taken in, named or told by its common noun
    [InlineData("واعتقلت قوات الاحتلال ستة مواطنين من القرية بعد مداهمة منازلهم", "القرية")]
    [InlineData("واعتقلت قوات الاحتلال، فجر اليوم، 11 مواطنا من البلدة", "البلدة")]
    [InlineData("واعتقلت قوات الاحتلال ستة مواطنين من قرية المغير بعد مداهمة منازلهم", "المغير")]
    [InlineData("واوقفت الشرطة التونسية 12 شخصا من مدينة القصرين", "القصرين")]
    public void test_an_arrest_takes_people_and_its_place_is_no_target(string text, string place)
    {
        var doc = Docs.WithActors(text, new[] { ("e1", EntityType.ORG, "قوات الاحتلال", (string?)"ISRMIL"), ("e2", EntityType.ORG, "الشرطة التونسية", "TUNCOP"),
            ("e3", EntityType.LOC, place, null) }.Where(e => text.Contains(e.Item3, StringComparison.Ordinal)).ToArray());
        var e = Assert.Single(Events(doc), e => e.Code == "173");
        Assert.NotNull(e.Source);
        Assert.Null(e.Target?.EntityId);
        // who was taken, if told, ends before the place
        int at = text.IndexOf(place, StringComparison.Ordinal);
        Assert.True(e.Target?.Span is not { } taken || taken.End <= at, $"target {e.Target?.Span} reaches the place at {at}");
    }

    [Theory]
    // the whole they are part of after من is still theirs: a body, a group of people
    [InlineData("واعتقلت الشرطة التونسية خمسة عناصر من التنظيم في المدينة", "خمسة عناصر من التنظيم")]
    [InlineData("واوقفت الشرطة التونسية ثلاثة اعضاء من النقابة", "ثلاثة اعضاء من النقابة")]
    public void test_the_whole_after_min_stays_with_who_was_taken(string text, string taken)
    {
        var doc = Docs.WithActors(text, ("e2", EntityType.ORG, "الشرطة التونسية", "TUNCOP"));
        var e = Assert.Single(Events(doc), e => e.Code == "173");
        Assert.NotNull(e.Target?.Span);
        Assert.Equal(taken, text[e.Target!.Span!.Value.Start..e.Target.Span.Value.End]);
    }

    [Theory]
    // a presidency named by its state's adjective, as a source or after في
    [InlineData("ودانت الرئاسة الفلسطينية في بيان الهجوم", "ORG الرئاسة الفلسطينية")]
    [InlineData("وقال مصدر في الرئاسة المصرية ان", "ORG الرئاسة المصرية")]
    [InlineData("وقال المتحدث باسم الرئاسة التركية ان", "ORG الرئاسة التركية")]
    public void test_a_presidency_with_its_states_adjective_is_an_organisation(string text, string expected)
    {
        Assert.Contains(expected, Recovered(text));
    }

    [Theory]
    // the presidency as an office or a term, with no state after it
    [InlineData("وترشح للرئاسة في الانتخابات الماضية")]
    [InlineData("وتولى الرئاسة الدورية للمجلس امس")]
    // the office run for after an election, a candidate or a term, the state's adjective after it
    [InlineData("وخسرت كلينتون في انتخابات الرئاسة الامريكية عام 2016")]
    [InlineData("وزارت مرشحة الرئاسة الفرنسية موسكو")]
    [InlineData("ويريد تمديد فترة الرئاسة الروسية")]
    public void test_the_presidency_as_an_office_is_no_organisation(string text)
    {
        Assert.DoesNotContain(Recovered(text), m => m.StartsWith("ORG", StringComparison.Ordinal));
    }

    [Theory]
    // a demand addressed to someone (طالب X بـ), the feminine and the plural, after a condemnation or opening its sentence
    [InlineData("وطالبت وزارة الخارجية المجتمع الدولي بالتدخل العاجل لحماية المدنيين", "طالبت")]
    [InlineData("وطالب المحتجون الحكومة التونسية بفتح تحقيق", "طالب")]
    [InlineData("طالبت وزارة الخارجية الحكومة التونسية بالافراج عن المعتقلين", "طالبت")]
    public void test_a_demand_addressed_to_someone_is_an_appeal(string text, string trigger)
    {
        var doc = Docs.WithActors(text, new[] { ("e1", EntityType.ORG, "وزارة الخارجية", (string?)"PSEGOV"), ("e2", EntityType.ORG, "الحكومة التونسية", "TUNGOV") }
            .Where(e => text.Contains(e.Item3, StringComparison.Ordinal)).ToArray());
        var events = Events(doc);
        Assert.DoesNotContain(events, e => e.Code.StartsWith("10", StringComparison.Ordinal));
        if (trigger == "طالبت")
        {
            var e = Assert.Single(events, e => e.Code == "020");
            Assert.Equal("e1", e.Source?.EntityId);
        }
    }
}
