using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty-one's event pass (the blind ev44- stories: a Jordanian round of talks, a Riyadh conference for Sudan, a
/// Beirut deadlock). Officials told by their office alone, no name given (وهدد وزير الخارجية الاميركي ايران, وزار الرئيس
/// المصري بكين, وكان الرئيس المصري قد زار بكين، حيث التقى نظيره الصيني) act for their state's government; the verb وزار
/// before an office is no ministry. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftyOneTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Places =
    [
        ("e1", EntityType.LOC, "بكين", "CHN"), ("e2", EntityType.LOC, "ايران", "IRN"), ("e3", EntityType.LOC, "طهران", "IRN"),
        ("e4", EntityType.LOC, "بيروت", "LBN"), ("e5", EntityType.LOC, "دمشق", "SYR"), ("e6", EntityType.PER, "مالك عقار", "SDNGOV"),
        ("e7", EntityType.ORG, "حركة حماس", "PSEREBHMS"),
    ];

    [Theory]
    // an office with a nationality and no name after the verb: the state's government acts
    [InlineData("وفي واشنطن، هدد وزير الخارجية الاميركي ايران بعقوبات جديدة", "هدد", "130", "وزير الخارجية الاميركي", "USAGOV", "e2")]
    [InlineData("واتهم السفير الاميركي في تصريحات للصحفيين طهران بتزويد جماعات مسلحة بطائرات مسيرة", "اتهم", "112", "السفير الاميركي", "USAGOV", "e3")]
    [InlineData("وزار الرئيس المصري بكين امس", "زار", "042", "الرئيس المصري", "EGYGOV", "e1")]
    [InlineData("وزار وزير الخارجية الفرنسي بيروت امس في زيارة رسمية", "زار", "042", "وزير الخارجية الفرنسي", "FRAGOV", "e4")]
    [InlineData("والتقى المبعوث الاميركي الخاص الى السودان على هامش المؤتمر نائب رئيس مجلس السيادة مالك عقار", "التقى", "040", "المبعوث الاميركي", "USAGOV", "e6")]
    [InlineData("ودان وزير الخارجية التركي حركة حماس", "دان", "111", "وزير الخارجية التركي", "TURGOV", "e7")]
    // between كان and the pluperfect's قد
    [InlineData("وكان الرئيس المصري قد زار بكين الاسبوع الماضي", "زار", "042", "الرئيس المصري", "EGYGOV", "e1")]
    [InlineData("وكان وزير الخارجية المصري قد زار بيروت الاسبوع الماضي", "زار", "042", "وزير الخارجية المصري", "EGYGOV", "e4")]
    public void test_an_unnamed_office_is_its_states_government(string text, string verb, string code, string source, string actor, string target)
    {
        var e = Assert.Single(Events(Named(text, Places)));
        Assert.Equal(code, e.Code);
        Assert.Equal(verb, text[e.Start..e.End].TrimStart('و'));
        Assert.Null(e.Source?.EntityId);
        Assert.Equal(source, Docs.ArgumentWords(text, e.Source));
        Assert.Equal(actor, e.Source?.Actor);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a reception or meeting by an office, with whom it met told by an office or a counterpart
    [InlineData("وفي القاهرة، استقبل الرئيس المصري امس رئيس الوزراء العراقي", "استقبل", "043", "الرئيس المصري", "رئيس الوزراء العراقي", "IRQGOV")]
    [InlineData("واستقبل العاهل الاردني اليوم نظيره الاسباني في قصر الحسينية", "استقبل", "043", "العاهل الاردني", "نظيره الاسباني", "ESPGOV")]
    [InlineData("والتقى وزير الخارجية الاردني وزير الخارجية المصري في عمان", "التقى", "040", "وزير الخارجية الاردني", "وزير الخارجية المصري", "EGYGOV")]
    public void test_an_office_meets_an_office(string text, string verb, string code, string source, string target, string targetActor)
    {
        var e = Assert.Single(Events(Named(text, Places)));
        Assert.Equal(code, e.Code);
        Assert.Equal(verb, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, Docs.ArgumentWords(text, e.Source));
        Assert.Equal(target, Docs.ArgumentWords(text, e.Target));
        Assert.Equal(targetActor, e.Target?.Actor);
    }

    [Fact]
    public void test_a_visitor_told_by_his_office_goes_on_meeting_after_haythu()
    {
        const string text = "وكان الرئيس المصري قد زار بكين الاسبوع الماضي، حيث التقى نظيره الصيني";
        var events = Events(Named(text, Places));
        Assert.Equal(2, events.Count);
        Assert.Equal("042", events[0].Code);
        var met = events[1];
        Assert.Equal("040", met.Code);
        Assert.Equal("الرئيس المصري", Docs.ArgumentWords(text, met.Source));
        Assert.Equal("نظيره الصيني", Docs.ArgumentWords(text, met.Target));
    }

    [Theory]
    // no office: an official told indefinitely, an office with a name after it (its name reads), speech, a meeting with no one told
    [InlineData("وقال وزير الخارجية الاميركي ان بلاده ستفرض عقوبات على ايران")]
    [InlineData("والتقى وزير الخارجية المصري في القاهرة")]
    [InlineData("وزار وزير الخارجية وفد من رجال الاعمال")]
    public void test_no_office_acts_where_none_is_told(string text)
    {
        Assert.Empty(Events(Named(text, Places)));
    }

    [Theory]
    // the verb وزار before an office is no ministry, whether a name follows or not
    [InlineData("وزار الرئيس المصري بكين امس", "وزار الرئيس المصري")]
    [InlineData("وزار وزير الخارجية الاردني دمشق", "وزار وزير الخارجية الاردني")]
    public void test_a_visit_verb_before_an_office_is_no_body(string text, string tagged)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, tagged, tagged));
        Assert.DoesNotContain(doc.Entities.SelectMany(e => e.Mentions), m => text[m.Start..m.End].StartsWith("وزار", StringComparison.Ordinal));
    }

    [Fact]
    public void test_a_ministry_tagged_as_a_body_stays()
    {
        const string text = "وقالت وزارة الخارجية الاردنية في بيان";
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "وزارة الخارجية الاردنية", "وزارة الخارجية الاردنية"));
        Assert.Contains(doc.Entities.SelectMany(e => e.Mentions), m => text[m.Start..m.End] == "وزارة الخارجية الاردنية");
    }

    [Theory]
    // a parliamentary bloc is a body named as an alliance is: its head and the words of its name
    [InlineData("والتقى ميقاتي وفدا من كتلة الوفاء للمقاومة برئاسة النائب محمد رعد", "كتلة الوفاء للمقاومة")]
    [InlineData("وقاطع نواب تكتل لبنان القوي الجلسة", "تكتل لبنان القوي")]
    [InlineData("واستقبل ميقاتي وفدا من تكتل الجمهورية القوية", "تكتل الجمهورية القوية")]
    [InlineData("واتهم النائب في كتلة المستقبل محمد الحجار الوزير", "كتلة المستقبل")]
    public void test_a_parliamentary_bloc_is_a_body(string text, string bloc)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        Assert.Contains(doc.Entities, e => e.Type == EntityType.ORG && e.Mentions.Any(m => text[m.Start..m.End] == bloc));
    }

    [Theory]
    // a bloc of something that is no name stays no body
    [InlineData("وتحركت كتلة هوائية باردة نحو البلاد")]
    [InlineData("وانهارت كتلة صخرية على الطريق")]
    public void test_a_bloc_of_no_name_is_no_body(string text)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        Assert.DoesNotContain(doc.Entities, e => e.Mentions.Any(m => text[m.Start..m.End].StartsWith("كتلة", StringComparison.Ordinal)));
    }

    private static readonly (string, EntityType, string, string?)[] Envoys =
    [
        ("e1", EntityType.PER, "ايمن الصفدي", "JORGOV"), ("e2", EntityType.PER, "فؤاد حسين", "IRQGOV"),
        ("e3", EntityType.ORG, "الهيئة الخيرية الاردنية الهاشمية", "JORNGO"), ("e4", EntityType.LOC, "قطاع غزة", "PSE"),
        ("e5", EntityType.LOC, "سوريا", "SYR"), ("e6", EntityType.ORG, "الهلال الاحمر القطري", "QATNGO"),
    ];

    [Theory]
    // talks held with someone: a meeting
    [InlineData("واجرى وزير الخارجية ايمن الصفدي محادثات مع نظيره العراقي فؤاد حسين في عمان", "اجرى", "e1", "e2")]
    [InlineData("واجرى ايمن الصفدي امس مباحثات موسعة مع فؤاد حسين تناولت التعاون الثنائي", "اجرى", "e1", "e2")]
    public void test_talks_held_are_a_meeting(string text, string verb, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Envoys)));
        Assert.Equal("040", e.Code);
        Assert.Equal(verb, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a convoy sent on its way is aid, to the place it went to
    [InlineData("وسيرت الهيئة الخيرية الاردنية الهاشمية اليوم قافلة من 40 شاحنة محملة بالمساعدات الغذائية الى قطاع غزة", "سيرت", "e3", "e4")]
    [InlineData("كما سير الهلال الاحمر القطري قافلة مساعدات طبية الى سوريا", "سير", "e6", "e5")]
    public void test_a_convoy_sent_is_aid(string text, string verb, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Envoys)));
        Assert.StartsWith("07", e.Code);
        Assert.Equal(verb, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // talks and convoys that were no act: a plan, a verbal noun, a procedure carried out, the traffic
    [InlineData("ومن المقرر ان يجري ايمن الصفدي محادثات مع فؤاد حسين الاسبوع المقبل")]
    [InlineData("واجرى الاطباء عملية جراحية للمصاب في المستشفى")]
    [InlineData("وتعطلت حركة السير قرب الجسر بسبب قافلة من الشاحنات")]
    public void test_no_talks_or_convoy_where_none_was_held_or_sent(string text)
    {
        Assert.Empty(Events(Named(text, Envoys)));
    }

    private static readonly (string, EntityType, string, string?)[] Council =
    [
        ("e1", EntityType.ORG, "مجلس السيادة", "SDNGOV"), ("e2", EntityType.PER, "عبد الفتاح البرهان", "SDNGOV"),
        ("e3", EntityType.ORG, "قوات الدعم السريع", "SDNREB"), ("e4", EntityType.ORG, "الجيش اللبناني", "LBNMIL"),
        ("e5", EntityType.PER, "رودولف هيكل", "LBNMIL"), ("e6", EntityType.ORG, "حزب الله", "LBNREBHEZ"),
    ];

    [Theory]
    // a و-verb after a verb that is no event goes on with the holder of the office in the subject, past his rank
    [InlineData("ورحب رئيس مجلس السيادة الفريق اول عبد الفتاح البرهان بنتائج المؤتمر، واتهم قوات الدعم السريع بنهب قوافل الاغاثة", "e2", "e3")]
    [InlineData("واشاد قائد الجيش اللبناني العماد رودولف هيكل بجهود الوحدات، واتهم حزب الله بعرقلة انتشارها", "e5", "e6")]
    public void test_a_verb_going_on_is_the_office_holders_past_his_rank(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Council)), x => x.Code == "112");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    private static readonly (string, EntityType, string, string?)[] Beirut =
    [
        ("e1", EntityType.PER, "بيار دوكان", "FRAGOV"), ("e2", EntityType.PER, "بشارة الراعي", "LBNREL"),
        ("e3", EntityType.LOC, "بكركي", "LBN"), ("e4", EntityType.LOC, "عين التينة", "LBN"), ("e5", EntityType.PER, "نبيه بري", "LBNLEG"),
        ("e6", EntityType.LOC, "السراي الحكومي", "LBN"),
    ];

    [Theory]
    // a visit told after ثم past a comma goes on with the one who met before it
    [InlineData("والتقى بيار دوكان صباح اليوم بشارة الراعي في بكركي، ثم زار عين التينة حيث التقى نبيه بري", "e4")]
    [InlineData("والتقى بيار دوكان بشارة الراعي، ثم زار السراي الحكومي", "e6")]
    public void test_a_visit_after_then_goes_on_with_the_one_who_met(string text, string place)
    {
        var visit = Assert.Single(Events(Named(text, Beirut)), e => e.Code == "042");
        Assert.Equal("زار", text[visit.Start..visit.End]);
        Assert.Equal("e1", visit.Source?.EntityId);
        Assert.Equal(place, visit.Target?.EntityId);
    }

    [Theory]
    // a summons read passive, or with its subject left out: the ambassador is whom it was done to, no source
    [InlineData("واستدعي السفير الروسي في لندن، وسئل عن الاعتداء")]
    [InlineData("واستدعي السفير الاميركي الى وزارة الخارجية")]
    public void test_an_office_that_is_the_verbs_object_is_no_source(string text)
    {
        foreach (var e in Events(Named(text, Places))) Assert.NotEqual("السفير", Docs.ArgumentWords(text, e.Source)?.Split(' ')[0]);
    }

    [Theory]
    // a title told before its seat or destination and the name is in apposition to the name: no mention of another person
    [InlineData("الرياض (واس) - استقبل الامين العام للامم المتحدة انطونيو غوتيريش الوفد. وعقد الخريجي اجتماعا مع المبعوث الاممي الى السودان رمطان لعمامرة.", "المبعوث الاممي")]
    [InlineData("الرياض (واس) - استقبل الامين العام للامم المتحدة انطونيو غوتيريش الوفد. والتقى الخريجي المبعوث الاممي الى اليمن هانس غروندبرغ.", "المبعوث الاممي")]
    public void test_a_title_before_its_seat_and_a_name_is_no_anaphor(string text, string title)
    {
        var doc = Docs.Tokenized(text);
        foreach (var (id, type, name, surface) in new[]
                 {
                     ("e1", EntityType.PER, "انطونيو غوتيريش", "انطونيو غوتيريش"), ("e2", EntityType.PER, "رمطان لعمامرة", "رمطان لعمامرة"),
                     ("e3", EntityType.PER, "هانس غروندبرغ", "هانس غروندبرغ"), ("e4", EntityType.LOC, "السودان", "السودان"),
                     ("e5", EntityType.LOC, "اليمن", "اليمن"), ("e6", EntityType.ORG, "الامم المتحدة", "للامم المتحدة"),
                 })
        {
            if (text.Contains(surface, StringComparison.Ordinal)) doc = doc.WithEntity(id, type, name, surface);
        }
        doc = new Hadath.Extraction.Actors.ActorStage().Process(doc);
        Assert.True(!doc.Entities.SelectMany(e => e.Mentions).Any(m => text[m.Start..m.End] == title), string.Join(" | ", doc.Entities.Select(e => e.Id + ":" + string.Join(",", e.Mentions.Select(m => text[m.Start..m.End] + "@" + m.Start)))));
    }

    [Theory]
    // an office before الذي/التي is who arrived
    [InlineData("واستقبل العاهل الاردني وزير الخارجية الياباني، الذي وصل الى بيروت امس في زيارة رسمية", "وزير الخارجية الياباني", "JPNGOV")]
    [InlineData("وكان في استقباله وزير الخارجية التركي الذي وصل الى دمشق صباح اليوم", "وزير الخارجية التركي", "TURGOV")]
    public void test_an_office_before_a_relative_pronoun_arrived(string text, string office, string actor)
    {
        var arrival = Assert.Single(Events(Named(text, Places)), e => e.Code == "042");
        Assert.Equal(office, Docs.ArgumentWords(text, arrival.Source));
        Assert.Equal(actor, arrival.Source?.Actor);
        Assert.NotNull(arrival.Target?.EntityId);
    }

    private const string AmmanTalks =
        "عمان (بترا) - اجرى وزير الخارجية وشؤون المغتربين ايمن الصفدي محادثات مع نظيره العراقي فؤاد حسين في عمان. " +
        "وفي القاهرة، استقبل الرئيس المصري امس رئيس الوزراء العراقي. وقال وزير الخارجية العراقي ان المحادثات كانت مثمرة.";

    private static string[] MentionsOf(string text, string name)
    {
        var doc = new Hadath.Extraction.Actors.ActorStage().Process(Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "ايمن الصفدي", "ايمن الصفدي")
            .WithEntity("e2", EntityType.PER, "فؤاد حسين", "فؤاد حسين"));
        return doc.Entities.Single(e => e.Name == name).Mentions.Select(m => text[m.Start..m.End]).ToArray();
    }

    [Fact]
    public void test_a_counterpart_of_a_minister_of_joined_affairs_is_a_minister_not_a_prime_minister()
    {
        // وزير الخارجية وشؤون المغتربين: the affairs joined to the portfolio do not cut the title, so the counterpart is a
        // foreign minister; رئيس الوزراء العراقي is someone else, وزير الخارجية العراقي is he.
        var mentions = MentionsOf(AmmanTalks, "فؤاد حسين");
        Assert.DoesNotContain("رئيس الوزراء العراقي", mentions);
        Assert.Contains("وزير الخارجية العراقي", mentions);
    }
}
