using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round forty-nine's event pass (the blind ev42- stories: a storming of the Ceuta fence, a Khartoum verdict and the
/// protests after it, smugglers killed on the Jordanian border). Drugs caught by the pill or the slab (حبة كبتاغون, كف
/// حشيش) are seized goods, and the Maghreb's حجز with goods after it is a seizure, 171; a chargé d'affaires written
/// without the article (استدعت الوزارة القائم باعمال السفارة) is summoned, 111, or expelled, 161; an accused told as a
/// body's noun in construct before the charge (…، واتهم لجنة التحقيق بـ"…") is no subject, so the accusation goes on
/// with the accuser before the comma; a right "confiscated" (صادرت حق المتهمين) is no seizure; border guards (حرس الحدود)
/// are a listed force; an arrest whose subject phrase stops inside a tagged name (عناصر الدرك الملكي) and names its seat
/// with ب (بالفنيدق) takes the people counted after them. Sentences written for these tests, none from a story or a data
/// set.
/// </summary>
public sealed class EventRoundFortyNineTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static AnalyzedDocument Named(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        Docs.WithActors(text, entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray());

    private static readonly (string, EntityType, string, string?)[] Seizers =
    [
        ("e1", EntityType.ORG, "الدرك الملكي", "MARMIL"), ("e2", EntityType.ORG, "القوات المسلحة الاردنية", "JORMIL"),
        ("e3", EntityType.ORG, "مديرية الامن العام", "JORCOP"), ("e4", EntityType.ORG, "الجمارك الجزائرية", "DZAGOV"),
    ];

    [Theory]
    // drugs caught by the pill or the slab, and goods caught with the Maghreb's حجز, are a seizure by the subject
    [InlineData("وضبطت القوات المسلحة الاردنية 1.2 مليون حبة كبتاغون على الحدود الشمالية", "ضبطت", "e2")]
    [InlineData("وضبطت مديرية الامن العام 140 كف حشيش في مستودع بالمفرق", "ضبطت", "e3")]
    [InlineData("وضبطت مديرية الامن العام كمية كبيرة من الحبوب المخدرة", "ضبطت", "e3")]
    [InlineData("وحجزت عناصر الدرك الملكي ثلاثة قوارب مطاطية ومبالغ مالية", "حجزت", "e1")]
    [InlineData("كما حجزت الجمارك الجزائرية ثلاث سيارات محملة بالسلع المهربة", "حجزت", "e4")]
    public void test_drugs_and_goods_caught_are_a_seizure(string text, string verb, string source)
    {
        var e = Assert.Single(Events(Named(text, Seizers)));
        Assert.Equal("171", e.Code);
        Assert.Equal(verb, text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // a seat booked, a case reserved for judgement or a sum held back is no seizure
    [InlineData("وحجزت مديرية الامن العام مقاعد لعناصرها على متن الرحلة")]
    [InlineData("وحجزت المحكمة القضية للمداولة الى الاسبوع المقبل")]
    [InlineData("وحجزت الحكومة جزءا من رواتب الموظفين")]
    public void test_booking_and_holding_back_are_no_seizure(string text)
    {
        Assert.Empty(Events(Named(text, Seizers)));
    }

    private static readonly (string, EntityType, string, string?)[] Ministries =
    [
        ("e1", EntityType.ORG, "وزارة الخارجية الاردنية", "JORGOV"), ("e2", EntityType.ORG, "وزارة الخارجية المغربية", "MARGOV"),
        ("e3", EntityType.LOC, "عمان", "JOR"), ("e4", EntityType.LOC, "الرباط", "MAR"),
    ];

    [Theory]
    // a chargé d'affaires summoned, written with or without the article, is a formal protest to his state
    [InlineData("واستدعت وزارة الخارجية الاردنية القائم باعمال السفارة السورية في عمان", "e1")]
    [InlineData("واستدعت وزارة الخارجية المغربية القائم باعمال سفارة الجزائر في الرباط", "e2")]
    [InlineData("واستدعت وزارة الخارجية الاردنية القائم بالاعمال العراقي", "e1")]
    public void test_a_charge_d_affaires_summoned_is_disapproval(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Ministries)));
        Assert.Equal("111", e.Code);
        Assert.Equal("استدعت", text[e.Start..e.End].TrimStart('و'));
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // a chargé d'affaires expelled is relations reduced
    [InlineData("وطردت وزارة الخارجية الاردنية القائم باعمال السفارة الايرانية", "e1")]
    public void test_a_charge_d_affaires_expelled_is_relations_reduced(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Ministries)));
        Assert.Equal("161", e.Code);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Theory]
    // a chargé d'affaires met or named is no summons
    [InlineData("والتقى القائم باعمال السفارة السورية في عمان وفدا من رجال الاعمال")]
    [InlineData("وقال القائم باعمال السفارة المغربية ان الاجتماع كان ايجابيا")]
    public void test_a_charge_d_affaires_named_is_no_summons(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Ministries)), e => e.Code.StartsWith("11", StringComparison.Ordinal) || e.Code.StartsWith("16", StringComparison.Ordinal));
    }

    private static readonly (string, EntityType, string, string?)[] Parties =
    [
        ("e1", EntityType.ORG, "حزب المؤتمر الوطني", "SDNPTY"), ("e2", EntityType.ORG, "وزارة الداخلية السودانية", "SDNGOV"),
        ("e3", EntityType.ORG, "حركة النهضة", "TUNPTY"),
    ];

    [Theory]
    // a denial, then after a comma an accusation of a body told by its noun in construct before the charge: the denier
    // accuses, the body is the accused (unnamed), never the subject
    [InlineData("ونفى حزب المؤتمر الوطني في بيان الاتهامات، واتهم لجنة التحقيق بـ\"تسييس القضاء\"", "e1", "لجنة التحقيق")]
    [InlineData("ونفت وزارة الداخلية السودانية الرواية، واتهمت قوات الدعم بالوقوف وراء الهجوم", "e2", "قوات الدعم")]
    [InlineData("ونفت حركة النهضة اي صلة لها بالقضية، واتهمت هيئة الانتخابات بالانحياز", "e3", "هيئة الانتخابات")]
    [InlineData("ونفى حزب المؤتمر الوطني ذلك، واتهم جهات الامن بتلفيق التهم", "e1", "جهات الامن")]
    public void test_an_accused_body_in_construct_after_a_comma_is_no_subject(string text, string source, string accused)
    {
        var e = Assert.Single(Events(Named(text, Parties)));
        Assert.Equal("112", e.Code);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.NotNull(e.Target?.Span);
        Assert.Equal(accused, text[e.Target!.Span!.Value.Start..e.Target.Span.Value.End]);
    }

    [Theory]
    // without a comma and و before it the verb goes on with no accuser, so construct words before a charge name no
    // accused: a passive accusation (اتهمت لجنة التحقيق بالتقصير, the committee was accused) stays no event
    [InlineData("اتهمت لجنة التحقيق بالتقصير في عملها")]
    [InlineData("وكانت هيئة الدفاع قد اتهمت بعرقلة سير المحاكمة")]
    public void test_construct_words_before_a_charge_with_no_accuser_are_no_event(string text)
    {
        Assert.Empty(Events(Named(text, Parties)));
    }

    private static readonly (string, EntityType, string, string?)[] Courts =
    [
        ("e1", EntityType.ORG, "وزارة الداخلية السودانية", "SDNGOV"), ("e2", EntityType.ORG, "الجمارك الجزائرية", "DZAGOV"),
    ];

    [Theory]
    // a right, a freedom or a will "confiscated" is a right denied, no goods seized
    [InlineData("وقال المحامي ان وزارة الداخلية السودانية صادرت حق المتهمين في الدفاع")]
    [InlineData("واكد ان وزارة الداخلية السودانية صادرت حرية التعبير في البلاد")]
    [InlineData("وصادرت وزارة الداخلية السودانية حقوق المعتقلين في الزيارة")]
    [InlineData("واتهم الحزب الحكومة بانها صادرت ارادة الناخبين")]
    public void test_a_right_confiscated_is_no_seizure(string text)
    {
        Assert.DoesNotContain(Events(Named(text, Courts)), e => e.Code.StartsWith("17", StringComparison.Ordinal));
    }

    [Theory]
    // goods confiscated stay a seizure
    [InlineData("وصادرت وزارة الداخلية السودانية اسلحة وذخائر من مخزن في الخرطوم", "e1")]
    [InlineData("وصادرت الجمارك الجزائرية حقائب تحتوي على مبالغ مالية كبيرة", "e2")]
    public void test_goods_confiscated_stay_a_seizure(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Courts)), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
    }

    /// <summary>Every mention as "TYPE text", in text order, after the name recovery.</summary>
    private static string[] Recovered(string text)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        return doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();
    }

    [Theory]
    // border guards are a force of their own, named bare, after a clitic or with their nationality
    [InlineData("واشتبك المهربون مع دورية لحرس الحدود قرب الرويشد", "ORG حرس الحدود")]
    [InlineData("وقال ان حرس الحدود رصدوا مجموعة من المهربين", "ORG حرس الحدود")]
    [InlineData("واعتقل حرس الحدود العراقي ثلاثة متسللين", "ORG حرس الحدود العراقي")]
    public void test_border_guards_are_a_named_force(string text, string expected)
    {
        Assert.Contains(expected, Recovered(text));
    }

    private static readonly (string, EntityType, string, string?)[] Gendarmes =
    [
        ("e1", EntityType.ORG, "الدرك الملكي", "MARMIL"), ("e2", EntityType.ORG, "الحرس الوطني", "TUNMIL"), ("e3", EntityType.LOC, "طنجة", "MAR"),
    ];

    [Theory]
    // a force named inside its subject phrase (عناصر الدرك الملكي) and where it serves after it, written with ب: the people
    // taken follow
    [InlineData("اوقفت عناصر الدرك الملكي بطنجة تسعة اشخاص", "e1", "تسعة اشخاص")]
    [InlineData("وفي سياق متصل، اوقفت عناصر الدرك الملكي بالفنيدق تسعة اشخاص", "e1", "تسعة اشخاص")]
    [InlineData("اوقفت عناصر الدرك الملكي 14 شخصا", "e1", "14 شخصا")]
    public void test_an_arrest_by_a_force_named_in_its_subject_phrase_takes_the_people_after_its_seat(string text, string source, string taken)
    {
        var e = Assert.Single(Events(Named(text, Gendarmes)));
        Assert.Equal("173", e.Code);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.NotNull(e.Target?.Span);
        Assert.Equal(taken, text[e.Target!.Span!.Value.Start..e.Target.Span.Value.End]);
    }

    [Theory]
    // the seizure joined after a comma goes on with that force
    [InlineData("اوقفت عناصر الدرك الملكي بالفنيدق تسعة اشخاص، وحجزت بحوزتهم ثلاثة قوارب مطاطية", "e1")]
    public void test_a_seizure_after_such_an_arrest_shares_its_force(string text, string source)
    {
        var e = Assert.Single(Events(Named(text, Gendarmes)), x => x.Code == "171");
        Assert.Equal(source, e.Source?.EntityId);
    }
}
