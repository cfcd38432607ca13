using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty-three's event pass (the blind ev46- stories: Israeli missiles near Damascus, raids and trustees in Turkey,
/// a dissolved parliament in Kuwait). An attack launched on a church, a mosque, a hospital, an embassy or a bus (شن
/// التنظيم هجوما على كنيسة) is violence, as one on a hotel or a base already was; a body named among the addressees of a
/// letter past the title of another (في رسالتين الى الامين العام للامم المتحدة ورئيس مجلس الامن) is not what is
/// condemned, as the first addressee already was not; an assault verb right after an aggression by missiles or from the
/// air (لعدوان صاروخي اسرائيلي استهدف) is a strike from the air, 195; a family name with its article right after a person of three words
/// or more (مشعل الاحمد الجابر | الصباح) is the end of that name, so one received is not the host's own family name.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftyThreeTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Sides =
    [
        ("e1", EntityType.ORG, "تنظيم داعش", "IMGMOSISI"), ("e2", EntityType.LOC, "اسطنبول", "TUR"),
        ("e3", EntityType.ORG, "وزارة الخارجية والمغتربين", "SYRGOV"), ("e4", EntityType.ORG, "الامم المتحدة", "IGOUNO"),
        ("e5", EntityType.ORG, "مجلس الامن", "IGOUNO"), ("e6", EntityType.ORG, "حركة الشباب", "SOMREB"),
        ("e7", EntityType.LOC, "مقديشو", "SOM"), ("e8", EntityType.ORG, "الجيش الاسرائيلي", "ISRMIL"),
        ("e9", EntityType.ORG, "الجامعة العربية", "IGOARL"), ("e10", EntityType.ORG, "وزارة الخارجية الكويتية", "KWTGOV"),
        ("e11", EntityType.ORG, "حزب المعارضة", "TUROPP"), ("e12", EntityType.ORG, "للامم المتحدة", "IGOUNO"),
    ];

    [Theory]
    // civilian sites struck: a church, a mosque, a hospital, an embassy, a bus
    [InlineData("وكان تنظيم داعش قد شن هجوما على كنيسة في اسطنبول في يناير الماضي", "هجوما")]
    [InlineData("وشن تنظيم داعش هجوما على كنيسة في اسطنبول", "هجوما")]
    [InlineData("وشن تنظيم داعش هجوما على مسجد في اسطنبول خلال صلاة الجمعة", "هجوما")]
    [InlineData("وشنت حركة الشباب هجوما على مستشفى في مقديشو", "هجوما")]
    [InlineData("ونفذت حركة الشباب هجمات على مساجد وكنائس في مقديشو", "هجمات")]
    [InlineData("وشنت حركة الشباب هجوما على سفارة اجنبية في مقديشو", "هجوما")]
    [InlineData("وشنت حركة الشباب هجوما على حافلة تقل مدنيين قرب مقديشو", "هجوما")]
    public void test_an_attack_on_a_civilian_site_is_violence(string text, string noun)
    {
        var e = Assert.Single(Events(Named(text, Sides)));
        Assert.Equal("180", e.Code);
        Assert.Equal(noun, text[e.Span.Start..e.Span.End]);
        Assert.True(e.Source?.EntityId is "e1" or "e6", e.Source?.EntityId);
    }

    [Theory]
    // an attack in words on a party or a government stays no event, whatever building the party meets in
    [InlineData("وشن رئيس الحزب هجوما حادا على الحكومة بسبب الغلاء")]
    [InlineData("وشن حزب المعارضة هجوما عنيفا على وزير الداخلية في مؤتمر صحفي")]
    [InlineData("وشن الخطيب هجوما على منتقدي الكنيسة في خطبته")]
    public void test_an_attack_in_words_stays_no_event(string text) =>
        Assert.DoesNotContain(Events(Named(text, Sides)), e => e.Code == "180");

    [Theory]
    // the second addressee of a letter, past the title of its head, is no one condemned
    [InlineData("ودانت وزارة الخارجية والمغتربين في رسالتين متطابقتين وجهتهما الى الامين العام للامم المتحدة ورئيس مجلس الامن العدوان الاسرائيلي الجديد، مطالبة المجلس باتخاذ اجراءات حازمة")]
    [InlineData("ودانت وزارة الخارجية والمغتربين في رسالتين الى الامين العام للامم المتحدة ورئيس مجلس الامن العدوان الاسرائيلي")]
    [InlineData("ودانت وزارة الخارجية والمغتربين في رسالة الى الامم المتحدة ومجلس الامن القصف الاسرائيلي")]
    [InlineData("ونددت وزارة الخارجية والمغتربين في رسالتين متطابقتين الى رئيس مجلس الامن والامين العام للامم المتحدة بالغارات")]
    public void test_a_letters_addressees_are_not_condemned(string text)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal("e3", e.Source?.EntityId);
        Assert.Null(e.Target);
    }

    [Theory]
    // whom a condemnation names with no letter before it is still its target
    [InlineData("ودانت وزارة الخارجية الكويتية الجيش الاسرائيلي لقصفه مستشفى في غزة", "e10", "e8")]
    [InlineData("وانتقدت الجامعة العربية مجلس الامن لعجزه عن وقف الحرب", "e9", "e5")]
    public void test_a_condemned_body_with_no_letter_is_kept(string text, string source, string target)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    private static AnalyzedDocument Recover(AnalyzedDocument doc) => new NameRecoveryStage().Process(doc);

    [Theory]
    // a chain of three names or more, then the family name with its article the tagger cut off
    [InlineData("واستقبل سمو امير البلاد الشيخ مشعل الاحمد الجابر الصباح في قصر بيان اليوم", "مشعل الاحمد الجابر", "الصباح", "PER مشعل الاحمد الجابر الصباح")]
    [InlineData("وبحث الشيخ فهد يوسف سعود الصباح مع الوزير", "فهد يوسف سعود", "الصباح", "PER فهد يوسف سعود الصباح")]
    [InlineData("وقال الشيخ محمد بن زايد ال نهيان ان", "محمد بن زايد ال", "نهيان", "PER محمد بن زايد ال نهيان")]
    public void test_a_family_name_after_a_long_chain_is_the_rest_of_its_name(string text, string first, string second, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(Recover(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, first, first).WithEntity("e2", EntityType.PER, second, second))));

    [Theory]
    // two words and a name with its article are two persons (وهنأ حيدر العبادي الحلبوسي)
    [InlineData("وهنأ حيدر العبادي الحلبوسي بفوزه", "حيدر العبادي", "الحلبوسي")]
    // a title or an origin with its article after a long chain is no family name
    [InlineData("وقال عز الدين شيخ خليل القيادي في الحركة ان", "عز الدين شيخ خليل", "القيادي")]
    [InlineData("والتقى محمد بن عبد الله الاريتري بالوفد", "محمد بن عبد الله", "الاريتري")]
    public void test_a_name_with_its_article_after_a_two_word_person_stays_apart(string text, string first, string second) =>
        Assert.Equal(new[] { "PER " + first, "PER " + second }, Mentions(Recover(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, first, first).WithEntity("e2", EntityType.PER, second, second))));

    [Theory]
    // an assault verb right after an aggression by missiles or from the air is a strike from the air
    [InlineData("تصدت الدفاعات الجوية فجر اليوم لعدوان صاروخي اسرائيلي استهدف مواقع عسكرية في محيط دمشق")]
    [InlineData("تصدت الدفاعات الجوية لعدوان جوي اسرائيلي استهدف مواقع عسكرية في محيط دمشق")]
    [InlineData("واصيب جنديان في عدوان صاروخي استهدف مطار المزة العسكري")]
    public void test_an_assault_after_an_aerial_aggression_is_a_strike_from_the_air(string text)
    {
        var e = Assert.Single(Events(Named(text, Sides)), e => e.Code.StartsWith("19", StringComparison.Ordinal) || e.Code == "180");
        Assert.Equal("195", e.Code);
        Assert.Equal("استهدف", text[e.Span.Start..e.Span.End]);
    }

    [Theory]
    // an armed attack or one with no kind stays an assault
    [InlineData("قتل ثلاثة جنود في هجوم مسلح استهدف حاجزا للجيش قرب دمشق")]
    [InlineData("ودانت الوزارة العدوان الذي استهدف حاجزا للجيش قرب دمشق")]
    public void test_an_assault_after_an_armed_or_bare_aggression_stays_180(string text) =>
        Assert.DoesNotContain(Events(Named(text, Sides)), e => e.Code == "195");

    [Theory]
    // a party and a movement the tagger cuts or misses are named whole
    [InlineData("ونددت الرئيسة المشتركة لحزب المساواة وديمقراطية الشعوب بالقرار", "ORG حزب المساواة وديمقراطية الشعوب")]
    [InlineData("وقال حزب المساواة وديمقراطية الشعوب في بيان ان", "ORG حزب المساواة وديمقراطية الشعوب")]
    [InlineData("وطالبت الحركة الدستورية الاسلامية في بيان بالعفو عن النواب", "ORG الحركة الدستورية الاسلامية")]
    public void test_a_turkish_party_and_a_kuwaiti_movement_are_named_whole(string text, string expected) =>
        Assert.Contains(expected, Mentions(Recover(Docs.Tokenized(text))));
}
