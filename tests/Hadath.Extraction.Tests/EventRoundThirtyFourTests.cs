using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round thirty-four's event pass (the blind ev27- stories: Libyan drone strikes, a UN envoy's appeal, Algerian border
/// arrests). Craft or a unit that belongs to a force (طائرات مسيرة تابعة للجيش X, مقاتلات تابعة لقوة Y, مفرزة للجيش,
/// وحدات تابعة للدرك الوطني) act for that force: its owner named after تابعة/التابعة ل (or after لل) is the side, named
/// when the tagger names it, else told by its words with the force's agent (MIL, COP). Sentences written for these
/// tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundThirtyFourTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    /// <summary>The entities of a row that its sentence names.</summary>
    private static (string, EntityType, string, string?)[] Present(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        entities.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray();

    [Theory]
    // the owner named: a launching verb before the craft, or شنتها after the strike noun
    [InlineData("وشنت مقاتلات تابعة لقوات سوريا الديمقراطية غارات على مواقع في ريف دير الزور", "غارات")]
    [InlineData("وشنت طائرات مسيرة تابعة لقوات سوريا الديمقراطية غارات على مواقع في ريف دير الزور", "غارات")]
    [InlineData("وقتل خمسة مدنيين في غارات شنتها طائرات مسيرة تابعة لقوات سوريا الديمقراطية على قرية في ريف دير الزور", "غارات")]
    [InlineData("وكانت طائرات تابعة لقوات سوريا الديمقراطية قد شنت في الشهر الماضي غارة على مواقع في ريف دير الزور", "غارة")]
    public void test_craft_that_belong_to_a_named_force_strike_for_it(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "قوات سوريا الديمقراطية", "SYRREB"), ("e2", EntityType.LOC, "دير الزور", "SYR"));
        var e = Assert.Single(Events(doc), x => x.Code == "195");
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // the owner after لل, which the tagger never names: told by its words, with the force's agent
    [InlineData("وشنت طائرات مسيرة تابعة للجيش الوطني غارات على مواقع في ريف دير الزور", "غارات", "للجيش الوطني")]
    [InlineData("وقتل خمسة مدنيين في غارات شنتها طائرات مسيرة تابعة للجيش الوطني على قرية في ريف دير الزور", "غارات", "للجيش الوطني")]
    [InlineData("وكانت طائرات تابعة للجيش الوطني قد شنت في الشهر الماضي غارة على مواقع في ريف دير الزور", "غارة", "للجيش الوطني")]
    public void test_craft_that_belong_to_a_force_after_lil_strike_for_its_words(string text, string trigger, string owner)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "دير الزور", "SYR"));
        var e = Assert.Single(Events(doc), x => x.Code == "195");
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Null(e.Source?.EntityId);
        Assert.EndsWith(owner, Docs.ArgumentWords(text, e.Source));
        Assert.EndsWith("MIL", e.Source?.Actor);
    }

    [Theory]
    // a unit of a force named with لل, before قد or as the subject after the verb
    [InlineData("وكانت مفرزة للجيش الوطني الشعبي قد اشتبكت الشهر الماضي مع مجموعة ارهابية في ولاية المدية", "اشتبكت", "190")]
    [InlineData("واوقفت وحدات تابعة للدرك الوطني 27 مهاجرا في ولاية المدية", "واوقفت", "173")]
    public void test_a_unit_of_a_force_after_lil_acts_for_it(string text, string trigger, string code)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "المدية", "DZA"));
        var e = Assert.Single(Events(doc), x => x.Code == code);
        Assert.Equal(trigger.TrimStart('و'), text[e.Start..e.End].TrimStart('و'));
        Assert.Null(e.Source?.EntityId);
        Assert.Contains(text.Contains("للجيش") ? "للجيش" : "للدرك", Docs.ArgumentWords(text, e.Source));
        Assert.EndsWith("MIL", e.Source?.Actor);
    }

    [Theory]
    // a patrol or post of a force struck stays a target, and craft with no owner are nobody's
    [InlineData("وشنت طائرات مسيرة غارات على مواقع في ريف دير الزور")]
    [InlineData("وشنت طائرات تابعة غارات على مواقع في ريف دير الزور")]
    public void test_craft_with_no_owner_name_no_side(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "دير الزور", "SYR"));
        Assert.DoesNotContain(Events(doc), x => x.Source is not null);
    }

    [Theory]
    // an arrival right after a relative pronoun whose antecedent is a delegation or a person named before it
    [InlineData("واستقبل امير قطر الشيخ تميم بن حمد الوفد العماني الذي وصل الى الدوحة مساء امس", "وصل", "الوفد العماني", null)]
    [InlineData("واستقبل امير قطر الشيخ تميم بن حمد الجنرال كينيث ماكنزي، الذي وصل الى الدوحة في زيارة رسمية", "وصل", null, "e2")]
    // a pluperfect visit by a delegation: the name inside its relative clause before قد is not who visited
    [InlineData("وكان الوفد العماني الذي رافق الجنرال كينيث ماكنزي قد زار الدوحة الاسبوع الماضي", "زار", "الوفد العماني", null)]
    public void test_a_delegation_or_a_person_before_a_relative_pronoun_arrives(string text, string trigger, string? delegation, string? person)
    {
        var doc = Docs.WithActors(text, Present(text, ("e1", EntityType.LOC, "الدوحة", "QAT"), ("e2", EntityType.PER, "كينيث ماكنزي", "USAMIL"), ("e3", EntityType.PER, "تميم بن حمد", "QATGOV")));
        var e = Assert.Single(Events(doc), x => x.Code == "042");
        Assert.Equal(trigger, text[e.Start..e.End]);
        Assert.Equal(person, e.Source?.EntityId);
        Assert.Equal(delegation, Docs.ArgumentWords(text, e.Source));
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Theory]
    // a delegation right after a meeting verb met the one named past its relative clause
    [InlineData("كما التقى الوفد الاوروبي الذي وصل الى عدن امس محافظ المحافظة احمد لملس")]
    public void test_a_delegation_after_a_meeting_verb_met_the_one_named_past_its_clause(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "عدن", "YEM"), ("e2", EntityType.PER, "احمد لملس", null));
        var e = Assert.Single(Events(doc), x => x.Code == "040");
        Assert.Equal("التقى", text[e.Start..e.End]);
        Assert.Equal("الوفد الاوروبي", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("e2", e.Target?.EntityId);
        Assert.Contains(Events(doc), x => x.Code == "042" && Docs.ArgumentWords(text, x.Source) == "الوفد الاوروبي" && x.Target?.EntityId == "e1");
    }

    [Theory]
    // background stays background: an attack after a relative pronoun, and an arrival of no delegation or named one
    [InlineData("ودان امير قطر الشيخ تميم بن حمد الهجوم الذي استهدف الدوحة")]
    [InlineData("وقال ان عدد القتلى الذي وصل الى الدوحة مرتفع")]
    public void test_background_after_a_relative_pronoun_stays_out(string text)
    {
        var doc = Docs.WithActors(text, Present(text, ("e1", EntityType.LOC, "الدوحة", "QAT"), ("e3", EntityType.PER, "تميم بن حمد", "QATGOV")));
        Assert.DoesNotContain(Events(doc), x => x.Code is "042" or "180" or "195");
    }

    [Theory]
    // البلاد after الى: the country the wire is about, told by that word
    [InlineData("واستقبل امير قطر الشيخ تميم بن حمد الجنرال كينيث ماكنزي، الذي وصل الى البلاد في زيارة رسمية")]
    public void test_an_arrival_in_the_country_is_told_by_its_word(string text)
    {
        var doc = Docs.WithActors(text, ("e2", EntityType.PER, "كينيث ماكنزي", "USAMIL"), ("e3", EntityType.PER, "تميم بن حمد", "QATGOV"));
        var e = Assert.Single(Events(doc), x => x.Code == "042");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("البلاد", Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    // a country right before the visitor's name is whose envoy he is; he arrives where the next الى says
    [InlineData("ووصل المبعوث الاممي الى اليمن هانس غروندبرغ الى عدن اليوم الاحد")]
    [InlineData("ووصل المبعوث الاممي الى اليمن هانس غروندبرغ مساء امس الى عدن في زيارة")]
    public void test_an_envoy_arrives_where_the_next_ila_says(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "اليمن", "YEM"), ("e2", EntityType.PER, "هانس غروندبرغ", "IGOUNO"), ("e3", EntityType.LOC, "عدن", "YEM"));
        var e = Assert.Single(Events(doc), x => x.Code == "042");
        Assert.Equal("e2", e.Source?.EntityId);
        Assert.Equal("e3", e.Target?.EntityId);
    }

    [Theory]
    // an attack claimed right after the claimant's name is the claimant's
    [InlineData("وتبنت جماعة بوكو حرام هجوما استهدف الاحد معسكرا للجيش في ولاية بورنو واسفر عن مقتل خمسة جنود")]
    [InlineData("وتبنت جماعة بوكو حرام مسؤولية هجوم استهدف الاحد معسكرا للجيش في ولاية بورنو واسفر عن مقتل خمسة جنود")]
    public void test_an_attack_claimed_after_the_claimants_name_is_the_claimants(string text)
    {
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "جماعة بوكو حرام"), ("e2", EntityType.LOC, "بورنو"));
        var e = Assert.Single(Events(doc), x => x.Code.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // after حيث the meeting goes on with the visitor before it, named or not: the name after the verb is whom he met
    [InlineData("وكان المبعوث قد زار الدوحة الاسبوع الماضي، حيث التقى امير قطر الشيخ تميم بن حمد")]
    public void test_after_haythu_the_name_after_a_meeting_verb_is_not_who_met(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "الدوحة", "QAT"), ("e3", EntityType.PER, "تميم بن حمد", "QATGOV"));
        Assert.DoesNotContain(Events(doc), x => x.Code == "040" && x.Source?.EntityId == "e3");
    }

    [Theory]
    // a month the time stage reads (its double form too) between the launching verb and its noun is an aside, as a day is
    [InlineData("وكانت طائرات تابعة لقوات سوريا الديمقراطية قد شنت في تموز/يوليو غارة على مواقع في ريف دير الزور")]
    [InlineData("وكانت طائرات تابعة لقوات سوريا الديمقراطية قد شنت في الثالث من تموز/يوليو غارة على مواقع في ريف دير الزور")]
    public void test_a_date_between_the_launching_verb_and_its_noun_leaves_the_owner_the_source(string text)
    {
        var doc = new Hadath.Extraction.Times.TimeStage().Process(
            Docs.WithActors(text, ("e1", EntityType.ORG, "قوات سوريا الديمقراطية", "SYRREB"), ("e2", EntityType.LOC, "دير الزور", "SYR")));
        Assert.Contains(doc.Times, t => text[t.Span.Start..t.Span.End].EndsWith("تموز/يوليو", StringComparison.Ordinal));
        var e = Assert.Single(Events(doc), x => x.Code == "195");
        Assert.Equal("غارة", text[e.Start..e.End]);
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_a_date_between_the_verb_and_a_named_subject_changes_nothing()
    {
        // A name between the verb and the noun is no aside: the date only joins the words before it, and the event is read
        // as it is without the date.
        const string dated = "وكانت قد شنت في تموز/يوليو قوات سوريا الديمقراطية غارة على مواقع في ريف دير الزور";
        const string plain = "وكانت قد شنت قوات سوريا الديمقراطية غارة على مواقع في ريف دير الزور";
        (string Code, string? Source, string? Target)[] Read(string text) =>
            Events(new Hadath.Extraction.Times.TimeStage().Process(
                Docs.WithActors(text, ("e1", EntityType.ORG, "قوات سوريا الديمقراطية", "SYRREB"), ("e2", EntityType.LOC, "دير الزور", "SYR"))))
            .Select(e => (e.Code, e.Source?.EntityId, e.Target?.EntityId)).ToArray();
        var expected = Read(plain);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Read(dated));
    }

    [Theory]
    // a fight told as going on now (تدور), as one that went on (دارت) is
    [InlineData("وتدور اشتباكات عنيفة بين الجيش السوري ومسلحي التنظيم في ريف حمص", "اشتباكات")]
    [InlineData("وتدور معارك عنيفة في ريف حمص بين الجيش السوري ومسلحي التنظيم", "معارك")]
    public void test_clashes_going_on_now_are_a_fight(string text, string trigger)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الجيش السوري", "SYRMIL"), ("e2", EntityType.LOC, "حمص", "SYR"));
        var e = Assert.Single(Events(doc));
        Assert.Equal("190", e.Code);
        Assert.Equal(trigger, text[e.Start..e.End]);
    }

    [Fact]
    public void test_talks_going_on_are_no_fight()
    {
        const string text = "وتدور المفاوضات بين الحكومة والمعارضة حول تقاسم السلطة في البلاد";
        Assert.Empty(Events(Docs.WithActors(text)));
    }
}
