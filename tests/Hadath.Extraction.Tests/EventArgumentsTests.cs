using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Quotes;

namespace Hadath.Extraction.Tests;

/// <summary>Source, target and place of events, one event per predicate, tense and quotes; sentences written for these tests.</summary>
public sealed class EventArgumentsTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    private static AnalyzedDocument With(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities);

    private static void AssertEvent(string text, Event e, string trigger, string code, string? source, string? target, string? place = null)
    {
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(code, e.Code);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
        Assert.Equal(place, e.PlaceId);
    }

    [Fact]
    public void test_events_vso_subject_past_its_title_and_the_country_in_it()
    {
        var text = "استقبل امير قطر الشيخ تميم بن حمد الثلاثاء في الدوحة وزير الخارجية الفرنسي جان مارك ايرولت";
        var doc = With(text, ("e1", EntityType.LOC, "قطر", "QAT"), ("e2", EntityType.PER, "تميم بن حمد", "QATGOV"),
            ("e3", EntityType.LOC, "الدوحة", "QAT"), ("e4", EntityType.PER, "جان مارك ايرولت", "FRAGOV"));
        AssertEvent(text, Assert.Single(Events(doc)), "استقبل", "043", "e2", "e4", "e3");
    }

    [Theory]
    [InlineData("وكان كيري التقى في الرياض السبت الملك سلمان", "التقى")]          // subject before the verb (pluperfect)
    [InlineData("والتقى كيري في وقت لاحق بالملك سلمان في الرياض", "التقى")]       // التقى X ب Y
    public void test_events_meeting_source_and_target(string text, string trigger)
    {
        var doc = With(text, ("e1", EntityType.PER, "كيري", "USAGOV"), ("e2", EntityType.PER, "سلمان", "SAUGOV"), ("e3", EntityType.LOC, "الرياض", "SAU"));
        AssertEvent(text, Assert.Single(Events(doc)), trigger, "040", "e1", "e2", "e3");
    }

    [Fact]
    public void test_events_an_attack_that_is_the_subject_has_no_named_source_and_a_place_is_no_target()
    {
        var text = "قتل 12 شخصا امس في هجوم انتحاري بشاحنة مفخخة استهدف فندقا في وسط مقديشو";
        var doc = With(text, ("e1", EntityType.LOC, "مقديشو", "SOM"));
        // One predicate, one event: هجوم, انتحاري, مفخخة and استهدف are one attack.
        AssertEvent(text, Assert.Single(Events(doc)), "هجوم", "180", null, null, "e1");
    }

    [Fact]
    public void test_events_attack_noun_takes_its_agent_after_shnahu_and_its_target_after_ala()
    {
        var text = "وقتل عشرة جنود في هجوم شنه تنظيم الدولة الاسلامية على الجيش العراقي";
        var doc = With(text, ("e1", EntityType.ORG, "تنظيم الدولة الاسلامية", "IMGSEPISI"), ("e2", EntityType.ORG, "الجيش العراقي", "IRQMIL"));
        AssertEvent(text, Assert.Single(Events(doc)), "هجوم", "180", "e1", "e2");
    }

    [Fact]
    public void test_events_an_announcer_before_an_attack_noun_is_not_its_source()
    {
        var text = "واعلن الجيش العراقي مقتل عشرين مسلحا في هجوم";
        var doc = With(text, ("e1", EntityType.ORG, "الجيش العراقي", "IRQMIL"));
        AssertEvent(text, Assert.Single(Events(doc)), "هجوم", "180", null, null);
    }

    [Theory]
    [InlineData("واغتيل القاضي محمد حسن امام منزله", "اغتيل", "186")]   // passive: the one named after it is the target
    [InlineData("محمد حسن تعرض لهجوم امام منزله", "تعرض لهجوم", "180")]  // X تعرض لهجوم: the subject is the target
    public void test_events_passive_subject_is_the_target(string text, string trigger, string code)
    {
        var doc = With(text, ("e1", EntityType.PER, "محمد حسن", null));
        AssertEvent(text, Assert.Single(Events(doc)), trigger, code, null, "e1");
    }

    [Theory]
    [InlineData("وقتلت قوات الامن ثلاثة مسلحين", "190")]
    [InlineData("وقوات الامن قتلت ثلاثة مسلحين", "190")]
    [InlineData("وقتلت عصابة مسلحة ثلاثة مدنيين", "180")]
    public void test_events_killing_by_state_forces_is_conventional_force(string text, string code)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)));
        Assert.Equal("قتلت", text[e.Start..e.End]);
        Assert.Equal(code, e.Code);
        Assert.Equal("ASSAULT", e.Plover);
    }

    [Fact]
    public void test_events_protest_target_is_what_it_is_against()
    {
        var text = "تظاهر الاف الاشخاص في العاصمة احتجاجا على قرار الرئيس محمد مرسي";
        var against = Assert.Single(Events(With(text, ("e1", EntityType.PER, "محمد مرسي", "EGYGOV"))));
        AssertEvent(text, against, "تظاهر", "141", null, "e1");

        var forHim = "تظاهر نحو الفي شخص للمطالبة بالافراج عن ناصر الزفزافي";
        AssertEvent(forHim, Assert.Single(Events(With(forHim, ("e1", EntityType.PER, "ناصر الزفزافي", null)))), "تظاهر", "141", null, null);
    }

    [Fact]
    public void test_events_present_tense_counts_only_with_its_subject_before_it()
    {
        var plan = "يلتقي خلالها الرئيس المصري عبد الفتاح السيسي ونظيره سامح شكري";
        Assert.Empty(Events(With(plan, ("e1", EntityType.PER, "عبد الفتاح السيسي", "EGYGOV"), ("e2", EntityType.PER, "سامح شكري", "EGYGOV"))));

        var report = "بوتين يستقبل الاسد في موسكو";
        var doc = With(report, ("e1", EntityType.PER, "بوتين", "RUSGOV"), ("e2", EntityType.PER, "الاسد", "SYRGOV"), ("e3", EntityType.LOC, "موسكو", "RUS"));
        AssertEvent(report, Assert.Single(Events(doc)), "يستقبل", "043", "e1", "e2", "e3");
    }

    [Fact]
    public void test_events_a_speakers_stance_inside_quotation_marks_is_not_an_event()
    {
        var plain = "وروسيا تندد بالهجوم";
        Assert.Single(Events(With(plain, ("e1", EntityType.LOC, "روسيا", "RUS"))));

        var quoted = "وقال المتحدث \"روسيا تندد بالهجوم\".";
        var doc = new QuoteStage().Process(With(quoted, ("e1", EntityType.LOC, "روسيا", "RUS")));
        Assert.Single(doc.Quotes);
        Assert.Empty(Events(doc));
    }

    [Fact]
    public void test_events_violence_a_source_describes_in_quotes_is_still_reported()
    {
        var text = "وقال ضابط ان \"سيارة مفخخة انفجرت قرب السوق ما ادى الى مقتل عشرة اشخاص\".";
        var doc = new QuoteStage().Process(Docs.Tokenized(text));
        Assert.Equal("ASSAULT", Assert.Single(Events(doc)).Plover);
    }

    [Theory]
    [InlineData("واعلن كيري ان الاتفاق قريب، بعد لقاء مع نظيره الروسي سيرغي لافروف", 1)]
    [InlineData("واعلن كيري ان الاتفاق قريب، قبل لقاء مع نظيره الروسي سيرغي لافروف", 0)]
    public void test_events_meeting_noun_after_bad_is_the_subjects_meeting(string text, int count)
    {
        var doc = With(text, ("e1", EntityType.PER, "كيري", "USAGOV"), ("e2", EntityType.PER, "سيرغي لافروف", "RUSGOV"));
        var events = Events(doc);
        Assert.Equal(count, events.Count);
        if (count == 1) AssertEvent(text, events[0], "لقاء مع", "040", "e1", "e2");
    }

    [Theory]
    [InlineData("واعتقلت قوات الامن خمسة مشتبه بهم السبت", "اعتقلت", "قوات الامن", "خمسة مشتبه")]
    [InlineData("وقالت الوزارة ان الشرطة اوقفت 12 متظاهرا", "اوقفت", "الشرطة", "12 متظاهرا")]
    [InlineData("وكانت الشرطة القت القبض على ثلاثة اشخاص", "القت القبض", "الشرطة", "ثلاثة اشخاص")]
    public void test_events_arrests_need_no_named_actor(string text, string trigger, string unnamedSource, string taken)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)));
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("173", e.Code);
        Assert.Null(e.Source?.EntityId);   // no entity: the force is given by its words (ActorPhraseEventsTests)
        Assert.Equal(unnamedSource, e.Source?.Span is { } s ? text[s.Start..s.End] : null);
        // no one named is taken: the people counted are the target by their words (EventSidesRoundElevenTests)
        Assert.Null(e.Target?.EntityId);
        Assert.Equal(taken, Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_events_stopping_talks_is_no_arrest() => Assert.Empty(Events(Docs.Tokenized("واوقفت الحكومة المفاوضات مع النقابات")));

    [Fact]
    public void test_events_broken_relations_keep_a_country_as_target()
    {
        var text = "وكانت السعودية قطعت العلاقات مع قطر";
        var doc = With(text, ("e1", EntityType.LOC, "السعودية", "SAU"), ("e2", EntityType.LOC, "قطر", "QAT"));
        AssertEvent(text, Assert.Single(Events(doc)), "قطعت", "161", "e1", "e2");
    }

    [Fact]
    public void test_events_a_place_in_an_unnamed_subject_is_neither_source_nor_target()
    {
        // (a condemnation: the call this test once read, دعا … الى الحوار, is addressed to no one and so no event)
        var text = "ودان المرشد الاعلى لايران، علي خامنئي، الهجوم";
        var doc = With(text, ("e1", EntityType.LOC, "ايران", "IRN"), ("e2", EntityType.PER, "علي خامنئي", "IRNGOV"));
        AssertEvent(text, Assert.Single(Events(doc)), "دان", "111", "e2", null);
    }

    [Theory]
    [InlineData("واطلقت الشرطة الغاز المسيل للدموع لتفريق المحتجين", "الغاز المسيل", "175")]
    [InlineData("وسار نحو خمسة الاف شخص في وسط المدينة", "سار", "141")]
    [InlineData("وكانت غارات جوية استهدفت مستشفى ما اسفر عن مقتل 14 مدنيا", "غارات", "195")]
    public void test_events_repression_marches_and_air_strikes(string text, string trigger, string code)
    {
        var e = Assert.Single(Events(Docs.Tokenized(text)));
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(code, e.Code);
    }

    [Fact]
    public void test_events_clash_between_two_sides_runs_from_the_first_to_the_second()
    {
        var text = "اندلعت اشتباكات عنيفة بين الجيش العراقي وتنظيم الدولة الاسلامية في الفلوجة ما اسفر عن مقتل 12 جنديا";
        var doc = With(text, ("e1", EntityType.ORG, "الجيش العراقي", "IRQMIL"), ("e2", EntityType.ORG, "تنظيم الدولة الاسلامية", "IMGSEPISI"),
            ("e3", EntityType.LOC, "الفلوجة", "IRQ"));
        AssertEvent(text, Assert.Single(Events(doc)), "اشتباكات", "190", "e1", "e2", "e3");
    }

    [Fact]
    public void test_events_the_one_who_launched_an_attack_noun_is_its_source()
    {
        var text = "وشن تنظيم الدولة الاسلامية هجوما على الجيش العراقي قرب الرمادي ما ادى الى مقتل خمسة جنود";
        var doc = With(text, ("e1", EntityType.ORG, "تنظيم الدولة الاسلامية", "IMGSEPISI"), ("e2", EntityType.ORG, "الجيش العراقي", "IRQMIL"),
            ("e3", EntityType.LOC, "الرمادي", "IRQ"));
        AssertEvent(text, Assert.Single(Events(doc)), "هجوما", "180", "e1", "e2");
    }

    [Theory]
    [InlineData("ونظمت حركة النهضة تظاهرة في العاصمة احتجاجا على قرار الحكومة", 1)]
    [InlineData("ونظمت حركة النهضة ندوة في العاصمة حول الاقتصاد", 0)]
    public void test_events_organising_a_protest_is_a_protest_by_the_organiser(string text, int count)
    {
        var events = Events(With(text, ("e1", EntityType.ORG, "حركة النهضة", "TUNPTY")));
        Assert.Equal(count, events.Count);
        if (count == 1) AssertEvent(text, events[0], "نظمت", "141", "e1", null);
    }
}
