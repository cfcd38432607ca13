using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round thirty-seven's event pass (the blind ev30- stories: Houthi attacks on Red Sea shipping and the strikes in
/// answer, shelling and drone strikes on the Lebanese border, migrants off the Libyan coast). A body's acronym in brackets
/// closes its name (قوة الامم المتحدة المؤقتة في لبنان (اليونيفيل)), so it is no object of the verb; warplanes or drones
/// named right after an assault verb are its subject and make it an air strike; a ship taken is hijacked. Sentences
/// written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundThirtySevenTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private const string Before = "وقالت الوزارة ان الوضع خطير. ";

    /// <summary>The text with those of the actors whose surface it holds (one table of actors serves every row of a theory).</summary>
    private static AnalyzedDocument Doc(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] actors) =>
        Docs.WithActors(text, actors.Where(a => text.Contains(a.Surface, StringComparison.Ordinal)).ToArray());

    [Theory]
    // a force or a mission named with its place, its aim or an adjective, then its acronym; the call's addressee unnamed
    [InlineData("ودعت قوة الامم المتحدة المؤقتة في لبنان (اليونيفيل) في بيان جميع الاطراف الى ضبط النفس.", "دعت")]
    [InlineData("ودعت قوة الامم المتحدة المؤقتة (اليونيفيل) جميع الاطراف الى وقف التصعيد.", "دعت")]
    [InlineData("ودانت قوة الامم المتحدة المؤقتة في لبنان (اليونيفيل) في بيان الهجوم على دوريتها.", "دانت")]
    public void test_an_acronym_in_brackets_closes_the_subjects_name(string sentence, string trigger)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e1", EntityType.ORG, "الامم المتحدة", "IGOUNO"), ("e2", EntityType.LOC, "لبنان", "LBN"),
            ("e3", EntityType.MISC, "اليونيفيل", "IGOMIL"));
        var e = Assert.Single(Events(doc), x => text[x.Start..x.End].EndsWith(trigger, StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // the object and its own acronym: a body named after the subject, the acronym after a place that is the object's
    [InlineData("واتهم الجيش الاسرائيلي حركة المقاومة الاسلامية (حماس) باطلاق الصواريخ.", "e1", "e2")]
    public void test_an_objects_acronym_stays_the_object(string sentence, string source, string target)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e1", EntityType.ORG, "الجيش الاسرائيلي", "ISRMIL"), ("e2", EntityType.ORG, "حركة المقاومة الاسلامية", "PSEREB"),
            ("e3", EntityType.ORG, "حماس", "PSEREB"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a drone with its nationality, warplanes with حربية and a nationality, the air arm with الحربي, drones with مسيرة
    [InlineData("واستهدفت مسيرة اسرائيلية بعد الظهر سيارة على طريق بلدة كفركلا.", "استهدفت")]
    [InlineData("واستهدفت طائرات حربية روسية بلدة كفرنبل في ريف ادلب.", "استهدفت")]
    [InlineData("استهدفت طائرة مسيرة تركية سيارة قرب بلدة القامشلي.", "استهدفت")]
    [InlineData("واستهدف الطيران الحربي منزلا في بلدة كفركلا.", "استهدف")]
    public void test_craft_right_after_an_assault_verb_make_an_air_strike(string sentence, string trigger)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e1", EntityType.LOC, "كفركلا", "LBN"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("195", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
    }

    [Theory]
    // craft as the object: after a subject told before the verb, or with no word of war or nationality after them
    [InlineData("وقالت القيادة ان الدفاعات الجوية استهدفت طائرة مسيرة فوق البحر.")]
    [InlineData("واعترضت الدفاعات الجوية الصواريخ واستهدفت طائرات مفخخة فوق البحر.")]
    [InlineData("واستهدفت مسيرة احتجاجية شارع الحمراء في بيروت.")]
    public void test_craft_that_are_the_object_make_no_air_strike(string sentence)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e1", EntityType.LOC, "بيروت", "LBN"));
        Assert.DoesNotContain(Events(doc), x => x.Code == "195");
    }

    [Theory]
    // a ship, a second ship, a tanker; the subject named past its members, with or without و and a time
    [InlineData("واستولى مسلحون من جماعة الحوثي على سفينة تجارية قبالة ميناء الصليف.", "استولى")]
    [InlineData("وبعد ساعات، استولى مسلحون من جماعة الحوثي على سفينة ثانية في البحر الاحمر.", "استولى")]
    [InlineData("واستولت جماعة الحوثي امس على ناقلة نفط قبالة الحديدة.", "استولت")]
    public void test_a_ship_taken_by_force_is_hijacked(string sentence, string trigger)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e1", EntityType.ORG, "جماعة الحوثي", "YEMREB"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("181", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target);
    }

    [Theory]
    // ground taken stays ground taken; a ship boarded by inspectors, or taken by a side the story does not name, is no hijacking
    [InlineData("واستولى مسلحون من جماعة الحوثي على بلدة حيس.", "192")]
    [InlineData("وصعد مفتشون من الامم المتحدة الى سفينة تجارية في ميناء الحديدة.", null)]
    [InlineData("واستولى القراصنة على سفينة تجارية قبالة السواحل الصومالية.", null)]
    public void test_other_seizures_keep_their_code(string sentence, string? code)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e1", EntityType.ORG, "جماعة الحوثي", "YEMREB"), ("e2", EntityType.LOC, "حيس", "YEM"),
            ("e3", EntityType.ORG, "الامم المتحدة", "IGOUNO"));
        var events = Events(doc);
        Assert.DoesNotContain(events, x => x.Code == "181");
        if (code is null) Assert.Empty(events);
        else Assert.Contains(events, x => x.Code == code);
    }

    [Theory]
    // a state right after the launching verb, alone or first of two, with و or none; the target after على
    [InlineData("وشنت الولايات المتحدة وبريطانيا غارات على مواقع الحوثيين في الحديدة.", "e1")]
    [InlineData("وشنت اسرائيل فجر اليوم غارات على مواقع حماس في قطاع غزة.", "e3")]
    [InlineData("شنت الولايات المتحدة غارتين على مواقع الحوثيين قرب الحديدة.", "e1")]
    public void test_a_state_right_after_the_launching_verb_launched_the_strikes(string sentence, string source)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e1", EntityType.LOC, "الولايات المتحدة", "USA"), ("e2", EntityType.LOC, "بريطانيا", "GBR"), ("e3", EntityType.LOC, "اسرائيل", "ISR"),
            ("e4", EntityType.ORG, "الحوثيين", "YEMREB"), ("e5", EntityType.ORG, "حماس", "PSEGOV"), ("e6", EntityType.LOC, "الحديدة", "YEM"), ("e7", EntityType.LOC, "قطاع غزة", "PSE"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("195", e.Code);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // a town after the verb is where, not who: the strikes keep no source
    [InlineData("وشنت الحديدة غارات على مواقع الحوثيين.")]
    public void test_a_town_right_after_the_launching_verb_is_no_launcher(string sentence)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e4", EntityType.ORG, "الحوثيين", "YEMREB"), ("e6", EntityType.LOC, "الحديدة", "YEM"));
        var e = Assert.Single(Events(doc));
        Assert.Null(e.Source);
    }

    [Theory]
    // an indefinite head closed by its adjectives (one, two, joined by و; masculine plural): the name after them is the object
    [InlineData("واتهمت مصادر محلية الجيش السوري بقصف البلدة.", "اتهمت", "e1")]
    [InlineData("واتهم ناشطون حقوقيون الشرطة المصرية بتعذيب المعتقلين.", "اتهم", "e2")]
    [InlineData("وطالبت منظمات حقوقية ليبية ودولية الاتحاد الاوروبي بوقف دعمه لخفر السواحل.", "طالبت", "e3")]
    public void test_a_name_after_an_indefinite_subject_and_its_adjectives_is_the_object(string sentence, string trigger, string target)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e1", EntityType.ORG, "الجيش السوري", "SYRMIL"), ("e2", EntityType.ORG, "الشرطة المصرية", "EGYCOP"), ("e3", EntityType.ORG, "الاتحاد الاوروبي", "IGOEUREEC"));
        var e = Assert.Single(Events(doc), x => text[x.Start..x.End].EndsWith(trigger, StringComparison.Ordinal));
        Assert.Null(e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a title in construct with its ministry (وزير خارجية ايران) and a body named with its adjectives keep their subject
    [InlineData("واتهم وزير خارجية ايران محمد جواد ظريف واشنطن بالعدوان.", "e5", "e6")]
    [InlineData("ودانت منظمة حقوقية مصرية اعتقال الناشط علاء عبد الفتاح.", "e7", "e8")]
    public void test_a_title_or_a_named_body_with_adjectives_keeps_its_subject(string sentence, string source, string target)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e4", EntityType.LOC, "ايران", "IRN"), ("e5", EntityType.PER, "محمد جواد ظريف", "IRNGOV"), ("e6", EntityType.LOC, "واشنطن", "USA"),
            ("e7", EntityType.ORG, "منظمة حقوقية مصرية", "EGYNGO"), ("e8", EntityType.PER, "علاء عبد الفتاح", null));
        var e = Assert.Single(Events(doc));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // a participle after the comma goes on with the opening verb's unnamed subject, not with the name that verb took as object
    [InlineData("وطالبت منظمات حقوقية ليبية ودولية الاتحاد الاوروبي بوقف دعمه لخفر السواحل الليبي، متهمة خفر السواحل باعادة المهاجرين قسرا.", null, "e2")]
    [InlineData("وطالبت منظمات حقوقية دولية الاتحاد الاوروبي بوقف دعمه، متهمة خفر السواحل الليبي باعادة المهاجرين قسرا.", null, "e2")]
    // a named subject stays the participle's doer
    [InlineData("ودان الاتحاد الاوروبي القرار، متهما خفر السواحل الليبي باعادة المهاجرين قسرا.", "e1", "e2")]
    public void test_a_participle_goes_on_with_the_opening_verbs_subject(string sentence, string? source, string target)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e1", EntityType.ORG, "الاتحاد الاوروبي", "IGOEUREEC"), ("e2", EntityType.ORG, "خفر السواحل", "LBYMIL"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // the speaker's forces, units or craft answering with shelling, after مضيفا or straight after the speaker
    [InlineData("وقال الجيش الاسرائيلي في بيان ان قواته ردت بقصف مصادر النيران قرب الحدود.", "e1")]
    [InlineData("واعلن الجيش السوري ان وحداته ردت بقصف مواقع المسلحين في ريف حماة.", "e2")]
    public void test_the_speakers_forces_answering_with_shelling_are_the_speaker(string sentence, string source)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e1", EntityType.ORG, "الجيش الاسرائيلي", "ISRMIL"), ("e2", EntityType.ORG, "الجيش السوري", "SYRMIL"), ("e3", EntityType.LOC, "لبنان", "LBN"));
        var e = Assert.Single(Events(doc), x => x.Code == "194");
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // a place in the told clause is no speaker; an army that is no one's own forces keeps no source
    [InlineData("وقال الجيش الاسرائيلي ان صواريخ اطلقت من لبنان، مضيفا ان قواته ردت بقصف مصادر النيران.", "e1")]
    [InlineData("وقالت الحركة ان الجيش رد بقصف مواقعها في الجنوب.", null)]
    public void test_a_reply_by_shelling_takes_no_place_or_other_army_as_the_speaker(string sentence, string? source)
    {
        string text = Before + sentence;
        var doc = Doc(text, ("e1", EntityType.ORG, "الجيش الاسرائيلي", "ISRMIL"), ("e3", EntityType.LOC, "لبنان", "LBN"));
        var e = Assert.Single(Events(doc), x => x.Code == "194");
        Assert.NotEqual("e3", e.Source?.EntityId);
        if (source is null) Assert.Null(e.Source?.EntityId);
    }

    [Theory]
    // weapons, ammunition, belts and boats caught, right after the verb, past its subject or past where they were found
    [InlineData("وضبطت الشرطة اسلحة وذخائر في مخزن قرب الحدود.")]
    [InlineData("واوقفت دورية للجيش ثلاثة مهربين وضبطت بحوزتهم اسلحة وذخيرة.")]
    [InlineData("وضبطت قوة من الامن الداخلي خلال المداهمة قاربين وعددا من المحركات.")]
    [InlineData("وضبطت القوات داخل احد المنازل احزمة ناسفة.")]
    public void test_goods_caught_are_a_seizure_with_no_target(string sentence)
    {
        string text = Before + sentence;
        var doc = Doc(text);
        var e = Assert.Single(Events(doc), x => x.Code == "171");
        Assert.Equal("ضبطت", text[e.Start..e.End].TrimStart('و'));
        Assert.Null(e.Target);
    }

    [Theory]
    // people caught stay an arrest only; the verbal noun of self-restraint is no act; goods past a comma are another clause's
    [InlineData("وضبطت قوات الدرك 86 مهاجرا غير نظامي قرب الساحل.", "173")]
    [InlineData("وطالب الوزير بضبط النفس وعدم استخدام السلاح.", null)]
    [InlineData("وضبطت الامور في المدينة، فيما لا تزال الاسلحة منتشرة.", null)]
    public void test_no_goods_caught_is_no_seizure(string sentence, string? code)
    {
        string text = Before + sentence;
        var events = Events(Doc(text));
        Assert.DoesNotContain(events, x => x.Code == "171");
        if (code is not null) Assert.Contains(events, x => x.Code == code);
    }
}
