using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// اوقف both stops and arrests. From a hand audit of events on the reference stories (a state that stopped filling a dam,
/// authorities that stopped a grant or a deal, all coded arrests): the verb takes someone only when the people taken, a
/// person or someone wanted follow it; a thing stopped is no arrest. And the people taken may follow where the force took
/// them and when (اوقفت قوى الامن في بلدة ببنين ثلاثة سوريين, اوقفت الشرطة بمدينة الاسكندرية امس ثلاثة اشخاص), which gave
/// an arrest with no one taken before. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventStoppedOrTakenTests
{
    private static IReadOnlyList<Event> Events(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] named) =>
        new EventStage().Process(new CountStage().Process(Docs.WithActors(text, named.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray()))).Events;

    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.LOC, "انقرة", "TUR"), ("e2", EntityType.ORG, "الحكومة العراقية", "IRQGOV"), ("e3", EntityType.LOC, "الولايات المتحدة", "USA"),
        ("e4", EntityType.ORG, "شركة هواوي", "CHNBUS"), ("e5", EntityType.LOC, "السعودية", "SAU"), ("e6", EntityType.LOC, "ببنين", "LBN"),
        ("e7", EntityType.LOC, "الاسكندرية", "EGY"), ("e8", EntityType.LOC, "القاهرة", "EGY"), ("e9", EntityType.PER, "سالم الحربي", null),
        ("e10", EntityType.ORG, "الشرطة المصرية", "EGYCOP"), ("e11", EntityType.ORG, "قوى الامن الداخلي", "LBNCOP"),
    ];

    [Theory]
    [InlineData("واوقفت انقرة الشهر الماضي ملء خزان السد بعد احتجاج الحكومة العراقية")]
    [InlineData("واوقفت السلطات السعودية منحة كانت تتيح للطلاب الدراسة في الخارج")]
    [InlineData("واوقفت الولايات المتحدة صفقة بقيمة مليار دولار مع شركة هواوي")]
    [InlineData("واوقفت الحكومة العراقية العمل بالقرار حتى اشعار اخر")]
    public void test_a_thing_stopped_is_no_arrest(string text)
    {
        Assert.DoesNotContain(Events(text, Named), e => e.Code == "173");
    }

    [Theory]
    [InlineData("واوقفت قوى الامن الداخلي في بلدة ببنين ثلاثة سوريين بتهمة الدخول خلسة", "اوقفت", "ثلاثة سوريين")]
    [InlineData("واوقفت الشرطة بمدينة الاسكندرية امس ثلاثة اشخاص بتهمة الاحتيال", "اوقفت", "ثلاثة اشخاص")]
    [InlineData("واوقفت قوات الامن في القاهرة امس خمسة اشخاص", "اوقفت", "خمسة اشخاص")]
    [InlineData("واوقفت قوات الامن امس في الاسكندرية عشرين متظاهرا", "اوقفت", "عشرين متظاهرا")]
    public void test_the_people_taken_follow_where_and_when_the_force_took_them(string text, string verb, string taken)
    {
        var arrest = Assert.Single(Events(text, Named), e => e.Code == "173");
        Assert.Equal(verb, text[arrest.Span.Start..arrest.Span.End]);
        Assert.NotNull(arrest.Target?.Span);
        var span = arrest.Target!.Span!.Value;
        Assert.Equal(taken, text[span.Start..span.End]);
    }

    [Fact]
    public void test_a_named_person_taken_stays_an_arrest()
    {
        var text = "واوقفت الشرطة المصرية سالم الحربي في مطار القاهرة";
        var arrest = Assert.Single(Events(text, Named), e => e.Code == "173");
        Assert.Equal("e10", arrest.Source?.EntityId);
        Assert.Equal("e9", arrest.Target?.EntityId);
    }

    [Fact]
    public void test_someone_wanted_taken_past_the_day_and_the_place_stays_an_arrest()
    {
        var text = "واوقفت الشرطة المصرية امس في القاهرة مطلوبا بتهمة الاحتيال";
        var arrest = Assert.Single(Events(text, Named), e => e.Code == "173");
        Assert.Equal("e10", arrest.Source?.EntityId);
    }
}

/// <summary>
/// A topic set by اما before a clause its ف opens (اما الرئيس ترامب فاتهم ايران, اما روسيا فدعت الولايات المتحدة, اما
/// الاتحاد فقد دان): the topic is who acted, and the name after the verb is whom it was done to. From a hand audit of
/// events on the reference stories (Iran read as the accuser). Sentences written for these tests, none from a story or a
/// data set.
/// </summary>
public sealed class EventTopicSubjectTests
{
    private static IReadOnlyList<Event> Events(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] named) =>
        new EventStage().Process(new CountStage().Process(Docs.WithActors(text, named.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray()))).Events;

    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.PER, "دونالد ترامب", "USAGOV"), ("e2", EntityType.LOC, "ايران", "IRN"), ("e3", EntityType.LOC, "روسيا", "RUS"),
        ("e4", EntityType.LOC, "الولايات المتحدة", "USA"), ("e5", EntityType.ORG, "الاتحاد الاوروبي", "IGOEEC"), ("e6", EntityType.ORG, "الجيش السوري", "SYRMIL"),
        ("e7", EntityType.LOC, "ادلب", "SYR"),
    ];

    [Theory]
    [InlineData("اما الرئيس الاميركي دونالد ترامب فاتهم ايران بنشر الفوضى في المنطقة", "112", "اتهم", "e1", "e2")]
    [InlineData("اما روسيا فدعت الولايات المتحدة الى ضبط النفس", "020", "دعت", "e3", "e4")]
    [InlineData("واما الاتحاد الاوروبي فقد دان الهجوم على السفارة", "111", "دان", "e5", null)]
    [InlineData("واما الجيش السوري فقصف مواقع المعارضة في ادلب", "194", "قصف", "e6", null)]
    public void test_the_topic_after_اما_is_who_acted(string text, string code, string verb, string source, string? target)
    {
        var e = Assert.Single(Events(text, Named), e => e.Code == code);
        Assert.Equal(verb, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        if (target is not null) Assert.Equal(target, e.Target?.EntityId);
    }

    [Fact]
    public void test_craft_as_the_topic_are_their_country_s_force()
    {
        var text = "اما الطائرات الروسية فقد قصفت مواقع المعارضة في ادلب";
        var e = Assert.Single(Events(text, Named), e => e.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.NotNull(e.Source?.Span);
        Assert.Equal("الطائرات الروسية", text[e.Source!.Span!.Value.Start..e.Source.Span.Value.End]);
    }

    [Fact]
    public void test_a_verb_with_و_after_a_name_is_no_topic_clause()
    {
        // no اما: the name after the verb is its subject, as before
        var text = "واتهمت ايران الولايات المتحدة بنشر الفوضى";
        var e = Assert.Single(Events(text, Named), e => e.Code == "112");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e4", e.Target?.EntityId);
    }
}

/// <summary>
/// The UN's missions in the region by their full names (بعثة الامم المتحدة للدعم في ليبيا, بعثة الامم المتحدة لتحقيق
/// الاستقرار في مالي) and the acronyms Arabic copy writes (مينوسما, مينورسو): found whole and coded IGOUNO, so a mission's
/// call to the sides is an appeal (cut at للدعم, it read as the UN calling no one). From the dev stories' misses.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class UnMissionNamesTests
{
    private static IEnumerable<string> Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => $"{e.Type} {doc.Text[m.Span.Start..m.Span.End]}"));

    [Theory]
    [InlineData("ودعت بعثة الامم المتحدة للدعم في ليبيا الاطراف المتحاربة الى وقف القتال", "ORG بعثة الامم المتحدة للدعم في ليبيا")]
    [InlineData("وقالت بعثة الامم المتحدة لتحقيق الاستقرار في مالي ان قافلتها تعرضت لهجوم", "ORG بعثة الامم المتحدة لتحقيق الاستقرار في مالي")]
    [InlineData("وقالت بعثة الامم المتحدة للاستفتاء في الصحراء الغربية في تقرير ان الوضع هادئ", "ORG بعثة الامم المتحدة للاستفتاء في الصحراء الغربية")]
    public void test_a_mission_is_found_by_its_full_name(string text, string expected)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        Assert.Contains(expected, Mentions(doc));
    }

    [Theory]
    [InlineData("بعثة الأمم المتحدة للدعم في ليبيا")]
    [InlineData("مينوسما")]
    [InlineData("مينورسو")]
    [InlineData("بعثة الأمم المتحدة في جنوب السودان")]
    public void test_a_mission_is_a_un_body(string name)
    {
        Assert.Equal("IGOUNO", Docs.BodyActor("وقالت " + name + " في بيان", name));
    }

    [Fact]
    public void test_a_mission_s_call_to_the_sides_is_an_appeal()
    {
        const string text = "ودعت بعثة الامم المتحدة للدعم في ليبيا الاطراف المتحاربة الى وقف فوري لاطلاق النار";
        var doc = new ActorStage().Process(new NameRecoveryStage().Process(Docs.Tokenized(text)));
        var e = Assert.Single(new EventStage().Process(new CountStage().Process(doc)).Events, e => e.Code == "020");
        var source = doc.Entities.Single(x => x.Id == e.Source?.EntityId);
        Assert.Equal("IGOUNO", source.Actor);
        Assert.Equal("بعثة الامم المتحدة للدعم في ليبيا", text[source.Mentions[0].Span.Start..source.Mentions[0].Span.End]);
    }
}

/// <summary>
/// An attack condemned is still being made (ودانت X العدوان الذي تشنه اسرائيل, الغارات التي يشنها التحالف): its maker,
/// named after the present verb with its pronoun, is whom the condemnation is against, as after the past شنه. From the dev
/// stories' misses. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventOngoingAttackMakerTests
{
    private static IReadOnlyList<Event> Events(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] named) =>
        new EventStage().Process(new CountStage().Process(Docs.WithActors(text, named.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray()))).Events;

    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.ORG, "الحكومة الاردنية", "JORGOV"), ("e2", EntityType.LOC, "اسرائيل", "ISR"), ("e3", EntityType.LOC, "قطاع غزة", "PSE"),
        ("e4", EntityType.ORG, "التحالف الدولي", "IGO"), ("e5", EntityType.ORG, "الادارة الذاتية", "SYRREB"),
    ];

    [Theory]
    [InlineData("ودانت الحكومة الاردنية العدوان الذي تشنه اسرائيل على قطاع غزة", "e1", "e2")]
    [InlineData("ودانت الحكومة الاردنية الغارات التي تشنها اسرائيل على قطاع غزة", "e1", "e2")]
    [InlineData("ودانت الادارة الذاتية الغارات التي ينفذها التحالف الدولي على القرى", "e5", "e4")]
    [InlineData("ودانت الحكومة الاردنية العدوان الذي شنته اسرائيل على قطاع غزة", "e1", "e2")]
    public void test_the_maker_of_an_attack_condemned_is_its_target(string text, string source, string target)
    {
        var e = Assert.Single(Events(text, Named), e => e.Code == "111");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }
}

/// <summary>
/// لكن with the subject's pronoun before a verb (لكنه هاجم X, ولكنه انتقد Y): the pronoun is who acted, so the name after
/// the verb is whom it was done to, never the doer. From a hand audit of events on the reference stories (the man attacked
/// read as the attacker). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventPronounSubjectTests
{
    private static IReadOnlyList<Event> Events(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] named) =>
        new EventStage().Process(new CountStage().Process(Docs.WithActors(text, named.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray()))).Events;

    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.PER, "فلاديمير بوتين", "RUSGOV"), ("e2", EntityType.PER, "اندرو ماكيب", "USAGOV"), ("e3", EntityType.ORG, "الحكومة العراقية", "IRQGOV"),
    ];

    [Theory]
    [InlineData("لكنه انتقد الرئيس الروسي فلاديمير بوتين بشدة", "111", "e1")]
    [InlineData("ولكنه هاجم المساعد السابق لمدير المكتب اندرو ماكيب", "111", "e2")]
    [InlineData("لكنها اتهمت الحكومة العراقية بالتقصير في حماية المتظاهرين", "112", "e3")]
    public void test_the_name_after_the_verb_is_the_target(string text, string code, string target)
    {
        var e = Assert.Single(Events(text, Named), e => e.Code == code);
        Assert.Null(e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Fact]
    public void test_a_call_by_the_pronoun_is_no_appeal_of_a_name_inside_it()
    {
        // the caller is outside the sentence, and Washington is inside what is called for: no appeal to it
        var text = "لكنه دعا الاوروبيين عدم السماح لواشنطن بابتزازهم";
        Assert.DoesNotContain(Events(text, ("e4", EntityType.LOC, "واشنطن", "USAGOV")), e => e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void test_a_name_after_the_verb_with_no_pronoun_before_is_the_subject()
    {
        var text = "وانتقد الرئيس الروسي فلاديمير بوتين الحكومة العراقية";
        var e = Assert.Single(Events(text, Named), e => e.Code == "111");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }
}

/// <summary>
/// Two agreements signed, in the dual (وقعت مصر والسودان اتفاقيتين, اتفاقيتي امتياز, اتفاقين): a signing (057) as one
/// agreement's is. From a recall audit of the reference stories (a concession pair signed, read as nothing). Sentences
/// written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventDualAgreementTests
{
    private static IReadOnlyList<Event> Events(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] named) =>
        new EventStage().Process(new CountStage().Process(Docs.WithActors(text, named.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray()))).Events;

    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.LOC, "مصر", "EGY"), ("e2", EntityType.LOC, "السودان", "SDN"), ("e3", EntityType.ORG, "شركة ادنوك", "AREBUS"),
        ("e4", EntityType.ORG, "مؤسسة البترول الوطنية الصينية", "CHNBUS"),
    ];

    [Theory]
    [InlineData("ووقعت مصر والسودان اتفاقيتين للتعاون العسكري", "وقعت", "e1")]
    [InlineData("ووقعت مصر والسودان اتفاقين للتعاون في مجال الري", "وقعت", "e1")]
    [InlineData("ووقعت شركة ادنوك اتفاقيتي امتياز مع مؤسسة البترول الوطنية الصينية", "وقعت", "e3")]
    public void test_two_agreements_signed_are_a_signing(string text, string verb, string source)
    {
        var e = Assert.Single(Events(text, Named), e => e.Code == "057");
        Assert.Equal(verb, text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
    }
}

/// <summary>
/// Tunisia's parties, parliament and union by the names its press uses (حركة النهضة, نداء تونس, الحزب الدستوري الحر,
/// مجلس نواب الشعب, الاتحاد العام التونسي للشغل): bodies of Tunisia, so that their acts have a coded side (acts by an
/// uncoded body are dropped by design). Sentences written for these tests.
/// </summary>
public sealed class TunisianBodiesTests
{
    [Theory]
    [InlineData("حركة النهضة", "TUNPTY")]
    [InlineData("حركة نداء تونس", "TUNPTY")]
    [InlineData("حزب نداء تونس", "TUNPTY")]
    [InlineData("الحزب الدستوري الحر", "TUNPTY")]
    [InlineData("حزب الاتحاد الوطني الحر", "TUNPTY")]
    [InlineData("مجلس نواب الشعب", "TUNLEG")]
    [InlineData("المجلس الوطني التأسيسي", "TUNLEG")]
    [InlineData("الاتحاد العام التونسي للشغل", "TUNLAB")]
    public void test_a_tunisian_body_is_coded(string name, string code)
    {
        Assert.Equal(code, Docs.BodyActor("وقالت " + name + " في بيان", name));
    }

    [Fact]
    public void test_a_tunisian_party_s_condemnation_is_read()
    {
        const string text = "ونددت حركة النهضة في بيان بالاعتداء على مقرها في مدينة صفاقس";
        var doc = new ActorStage().Process(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "حركة النهضة", "حركة النهضة"));
        var e = Assert.Single(new EventStage().Process(doc).Events, x => x.Code == "111");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("TUNPTY", e.Source?.Actor);
    }
}
