using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round thirty-five's event pass (the blind ev28- stories: Sudanese tribal clashes with a UN mission, Egyptian and Gulf
/// diplomacy with agreements signed, Syrian battles going on for days with a foreign force). Sentences written for these
/// tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundThirtyFiveTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    /// <summary>The entities of a row that its sentence names.</summary>
    private static (string, EntityType, string, string?)[] Present(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray();

    [Theory]
    // two parties told by a dual (البلدان, الجانبان, الطرفان, الوزيران, الزعيمان) sign, meet and talk: right after the verb,
    // or after the كان of a pluperfect before قد
    [InlineData("ووقع البلدان اتفاقية للتعاون في مجال الطاقة المتجددة", "ووقع", "057", "البلدان")]
    [InlineData("وكان البلدان قد وقعا اتفاقية للتعاون في مجال الطاقة المتجددة", "وقعا", "057", "البلدان")]
    [InlineData("ووقع الوزيران مذكرة تفاهم للتشاور السياسي بين الوزارتين", "ووقع", "057", "الوزيران")]
    [InlineData("وبحث الطرفان سبل تعزيز التعاون في مجال مكافحة الارهاب", "وبحث", "040", "الطرفان")]
    [InlineData("وبحث الجانبان سبل تعزيز التعاون في مجال مكافحة الارهاب", "وبحث", "040", "الجانبان")]
    [InlineData("وكان الزعيمان قد التقيا في الدوحة الشهر الماضي", "التقيا", "040", "الزعيمان")]
    public void test_two_parties_told_by_a_dual_sign_and_meet(string text, string trigger, string code, string pair)
    {
        var doc = Docs.WithActors(text, Present(text, ("e1", EntityType.LOC, "الدوحة", "QAT")));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal(trigger.TrimStart('و'), text[e.Start..e.End].TrimStart('و'));
        Assert.Null(e.Source?.EntityId);
        Assert.Equal(pair, Docs.ArgumentWords(text, e.Source));
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // a dual after a preposition or in the genitive is no subject, and a dual that is no party tells nothing
    [InlineData("وقال ان الطرفين لم يتوصلا الى اتفاق بعد")]
    [InlineData("وبحث الطالبان سبل تعزيز التعاون في المدرسة")]
    [InlineData("وجرى خلال اللقاء بين الجانبين بحث سبل تعزيز التعاون")]
    public void test_a_dual_that_is_no_subject_of_parties_tells_no_meeting(string text)
    {
        Assert.DoesNotContain(Events(Docs.WithActors(text)), x => x.Code is "040" or "057");
    }

    [Theory]
    // the two of a meeting told before in the sentence talk at that meeting: one event, the meeting
    [InlineData("والتقى وزير الخارجية ايمن الصفدي نظيره التركي مولود جاويش اوغلو، وبحث الجانبان سبل تعزيز التعاون")]
    [InlineData("واستقبل وزير الخارجية ايمن الصفدي نظيره التركي مولود جاويش اوغلو، وبحث الطرفان سبل تعزيز التعاون")]
    public void test_the_two_of_a_meeting_told_before_talk_at_it(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.PER, "ايمن الصفدي", "JORGOV"), ("e2", EntityType.PER, "مولود جاويش اوغلو", "TURGOV"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Theory]
    // a long title (two offices joined by و, a mission's full name) closed by the mission's acronym in brackets: the person
    // named right after the acronym holds it and is the subject, not the body inside the title
    [InlineData("ودعا الممثل الخاص للامين العام للامم المتحدة في السودان ورئيس بعثة الامم المتحدة المتكاملة للمساعدة في المرحلة الانتقالية في السودان (يونيتامس) فولكر بيرتس جميع الاطراف الى وقف القتال", "دعا", "020")]
    [InlineData("ودعا رئيس بعثة الامم المتحدة المتكاملة للمساعدة في المرحلة الانتقالية في السودان (يونيتامس) فولكر بيرتس جميع الاطراف الى وقف القتال", "دعا", "020")]
    [InlineData("ودان الممثل الخاص للامين العام للامم المتحدة في مالي ورئيس بعثة الامم المتحدة المتكاملة المتعددة الابعاد لتحقيق الاستقرار في مالي (مينوسما) فولكر بيرتس الهجوم", "دان", "111")]
    public void test_the_person_after_a_missions_acronym_closing_a_long_title_is_the_subject(string text, string trigger, string code)
    {
        var doc = Docs.WithActors(text, Present(text, ("e1", EntityType.ORG, "الامم المتحدة", "IGOUNO"), ("e2", EntityType.PER, "فولكر بيرتس", "IGOUNO"),
            ("e3", EntityType.LOC, "السودان", "SDN"), ("e4", EntityType.LOC, "مالي", "MLI")));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.NotEqual("e1", e.Target?.EntityId);
    }

    [Theory]
    // a mission named with its acronym and no person after it stays the subject
    [InlineData("ودانت بعثة الامم المتحدة المتكاملة لتحقيق الاستقرار في مالي (مينوسما) الهجوم")]
    public void test_a_mission_with_its_acronym_and_no_person_stays_the_subject(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "بعثة الامم المتحدة المتكاملة لتحقيق الاستقرار في مالي", "IGOUNO"), ("e4", EntityType.LOC, "مالي", "MLI"));
        var e = Assert.Single(Events(doc), x => x.Code == "111");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // a fight going on for a span told with منذ (منذ ايام, منذ يومين, منذ ثلاثة ايام), the span after or before its noun
    [InlineData("وتدور معارك منذ ايام في المنطقة بين قوات سوريا الديمقراطية ومسلحين من العشائر العربية", "معارك")]
    [InlineData("وتدور اشتباكات منذ ثلاثة ايام في ريف المدينة بين قوات سوريا الديمقراطية ومسلحين من العشائر العربية", "اشتباكات")]
    [InlineData("وتدور منذ ايام معارك عنيفة بين قوات سوريا الديمقراطية ومسلحين من العشائر العربية", "معارك")]
    [InlineData("واندلعت منذ يومين اشتباكات بين قوات سوريا الديمقراطية ومسلحين من العشائر العربية", "اشتباكات")]
    public void test_a_fight_going_on_for_a_span_told_with_mundhu_is_a_fight(string text, string trigger)
    {
        var doc = Docs.WithActors(text, Present(text, ("e1", EntityType.ORG, "قوات سوريا الديمقراطية", "SYRREB"), ("e2", EntityType.LOC, "دير الزور", "SYR")));
        var e = Assert.Single(Events(doc));
        Assert.Equal("190", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // talks going on for days are no fight; a toll since a span stays a running total
    [InlineData("وتدور المفاوضات منذ ايام بين الحكومة والمعارضة حول تقاسم السلطة")]
    [InlineData("وقتل اكثر من 90 شخصا منذ ايام في المنطقة")]
    public void test_what_goes_on_for_days_and_is_no_fight_tells_none(string text)
    {
        Assert.Empty(Events(Docs.WithActors(text)).Where(x => x.Code.StartsWith("19", StringComparison.Ordinal)));
    }

    [Theory]
    // a body told by its common noun announces what it did itself: the pronoun after ان is that body, though no name stands before it
    [InlineData("واعلن الجيش التشادي في بيان انه اعتقل 12 مسلحا حاولوا عبور الحدود", "اعتقل", "173", "الجيش")]
    [InlineData("واعلنت الشرطة المحلية انها اوقفت خمسة مطلوبين في المدينة", "اوقفت", "173", "الشرطة")]
    [InlineData("وقال الجيش في بيان انه اعتقل 12 مسلحا حاولوا عبور الحدود", "اعتقل", "173", "الجيش")]
    public void test_a_body_told_by_its_noun_announces_its_own_act(string text, string trigger, string code, string speaker)
    {
        var e = Assert.Single(Events(Docs.WithActors(text)), x => x.Code == code);
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.StartsWith(speaker, Docs.ArgumentWords(text, e.Source));
    }

    [Theory]
    // no body before ان, or a person told by no noun of a body: no speaker phrase
    [InlineData("واكد مصدر امني انه اعتقل 12 مسلحا حاولوا عبور الحدود")]
    public void test_no_body_before_the_pronoun_names_no_speaker_phrase(string text)
    {
        Assert.DoesNotContain(Events(Docs.WithActors(text)), x => Docs.ArgumentWords(text, x.Source) is { } w && w.StartsWith("الجيش", StringComparison.Ordinal));
    }
}
