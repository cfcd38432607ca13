using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A body named in full with its acronym in brackets after it (منظمة البلدان المصدرة للبترول (أوبك)) is one entity with two
/// mentions: the acronym gives the body its dictionary code when the full name has none, and as the subject of a verb
/// the whole name with its acronym acts. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class BodyAcronymTests
{
    private const string Opec = "منظمة البلدان المصدرة للبترول";

    private static string? BodyActor(string text, string name, string acronym) => Docs.BodyActor(text, name, "2024-05-01", acronym);

    [Fact]
    public void test_a_bodys_acronym_in_brackets_gives_its_code() =>
        Assert.Equal("IGOBUS", BodyActor("وقالت " + Opec + " (أوبك) ان الانتاج ارتفع.", Opec, "أوبك"));

    [Fact]
    public void test_an_acronym_gives_its_code_over_a_role_of_no_country()
    {
        // الشرطة spells a role and no country; the acronym names the international body
        const string name = "منظمة الشرطة الجنائية الدولية";
        Assert.Equal("IGOCOPITP", BodyActor("وقالت " + name + " (انتربول) انها تلقت طلبا.", name, "انتربول"));
    }

    private static string? NameActor(string text, string name) => Docs.BodyActor(text, name, "2024-05-01");

    [Fact]
    public void test_a_bodys_common_noun_alone_gives_no_code()
    {
        // المنظمة alone is the body told again by its noun, no name of its own: the full name's code stands
        const string name = "المنظمة الاوروبية للابحاث النووية";
        const string text = "وعقدت " + name + " ورشة عمل. واعلنت المنظمة تعليق مشاركته.";
        Assert.Equal(NameActor(text, name), BodyActor(text, name, "المنظمة"));
    }

    [Fact]
    public void test_a_name_that_spells_its_code_keeps_it_over_its_acronyms()
    {
        // the alliance's council spells its own, narrower code; the dictionary's ناتو is IGO alone
        const string name = "مجلس حلف شمال الاطلسي";
        const string text = "وقال " + name + " (ناتو) ان الحلف سيرد.";
        Assert.NotNull(NameActor(text, name));
        Assert.Equal(NameActor(text, name), BodyActor(text, name, "ناتو"));
    }

    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    [InlineData("دانت منظمة العفو الدولية (امنستي) القرار.", "دانت")]
    [InlineData("ودعت منظمة العفو الدولية (امنستي) السلطات الى الافراج عن المعتقلين.", "دعت")]
    [InlineData("ودعت منظمة العفو الدولية (امنستي) الى الافراج عن المعتقلين.", "دعت")]
    public void test_a_subject_with_its_own_acronym_acts(string sentence, string trigger)
    {
        string text = "وقالت الوزارة ان الوضع خطير. " + sentence;
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "منظمة العفو الدولية", "منظمة العفو الدولية", "امنستي");
        doc = doc.WithEntities(doc.Entities.Select(e => e with { Actor = "NGOHRI" }).ToImmutableArray());
        var e = Assert.Single(Events(doc), x => text[x.Start..x.End].EndsWith(trigger, StringComparison.Ordinal));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Fact]
    public void test_a_body_glossed_by_its_acronym_at_the_storys_start_acts()
    {
        // the story opens with the sentence: the words before the bracket are no dateline
        const string text = "دانت منظمة العفو الدولية (امنستي) القرار. وقالت الوزارة ان الوضع خطير.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "منظمة العفو الدولية", "منظمة العفو الدولية", "امنستي");
        doc = doc.WithEntities(doc.Entities.Select(e => e with { Actor = "NGOHRI" }).ToImmutableArray());
        var e = Assert.Single(Events(doc), x => x.Code == "111");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Null(e.Target?.EntityId);
    }

    [Theory]
    // an adverb of addition between the verb and the body: a masculine verb takes a feminine body as its object
    [InlineData("واتهم ايضا الحكومة العراقية بالتقصير.", null, "e1")]
    [InlineData("واتهم كذلك الحكومة العراقية بالتقصير.", null, "e1")]
    // a verb that agrees with the body takes it as its subject, as it does with nothing between them
    [InlineData("واتهمت ايضا الحكومة العراقية الشركة بالتقصير.", "e1", null)]
    [InlineData("واتهمت الحكومة العراقية الشركة بالتقصير.", "e1", null)]
    public void test_a_body_after_also_is_read_as_right_after_the_verb(string sentence, string? source, string? target)
    {
        string text = "وقالت الوزارة ان الوضع خطير. " + sentence;
        var doc = Docs.WithActors(text, ("e1", EntityType.ORG, "الحكومة العراقية", "IRQGOV"));
        var e = Assert.Single(Events(doc), x => x.Code == "112");
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // UN bodies named in full, with the hamzas and without (Phoenix's codes: UN_GENERAL_ASSEMBLY, INTERNATIONAL_COURT_OF_JUSTICE,
    // OHCHR, INTERNATIONAL_LABOR_ORGANIZATION, INTERNATIONAL_ENERGY_AGENCY)
    [InlineData("الجمعية العامة للأمم المتحدة", "IGOUNO")]
    [InlineData("الجمعية العامة للامم المتحدة", "IGOUNO")]
    [InlineData("مجلس الأمم المتحدة لحقوق الإنسان", "IGOUNO")]
    [InlineData("محكمة العدل الدولية", "IGOUNOJUDICJ")]
    [InlineData("المفوضية السامية لحقوق الانسان", "IGOUNOHRIHCH")]
    [InlineData("منظمة العمل الدولية", "IGOUNOLABILO")]
    [InlineData("وكالة الطاقة الدولية", "IGOUNOAIE")]
    public void test_un_bodies_named_in_full_are_coded(string name, string code) =>
        Assert.Equal(code, NameActor("ودعت " + name + " الى وقف القتال.", name));
}
