using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A name behind ل and the article keeps the ل in its span, written لل (للولايات المتحدة, للصين), as the annotation
/// rules say; it is still the name: one entity with the name written with its article, and the name's actor code.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class LamArticleNameTests
{
    [Fact]
    public void test_a_name_behind_lam_joins_the_same_name_with_its_article()
    {
        var text = "وقالت الولايات المتحدة انها سترسل مساعدات. واكد الوزير ان الدعم للولايات المتحدة ثابت.";
        var doc = new NameRecoveryStage().Process(Docs.WithNamed(text,
            ("e1", EntityType.LOC, "الولايات المتحدة"), ("e2", EntityType.LOC, "للولايات المتحدة")));
        var usa = Assert.Single(doc.Entities);
        Assert.Equal("الولايات المتحدة", usa.Name);
        Assert.Equal(new[] { "الولايات المتحدة", "للولايات المتحدة" }, usa.Mentions.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void test_the_name_with_its_article_names_the_entity_when_the_lam_form_comes_first()
    {
        var text = "ونقل السفير رسالة للأمم المتحدة. وردت الأمم المتحدة في بيان.";
        var doc = new NameRecoveryStage().Process(Docs.WithNamed(text,
            ("e1", EntityType.ORG, "للأمم المتحدة"), ("e2", EntityType.ORG, "الأمم المتحدة")));
        var un = Assert.Single(doc.Entities);
        Assert.Equal("الأمم المتحدة", un.Name);
        Assert.Equal(text.IndexOf("للأمم", StringComparison.Ordinal), un.Mentions[0].Start);
    }

    [Theory]
    [InlineData("وقدمت اليابان قرضا للصين.", "للصين", EntityType.LOC, "CHN")]
    [InlineData("واعلنت الرياض دعمها للسعودية والبحرين.", "للسعودية", EntityType.LOC, "SAU")]
    [InlineData("ووجه الصندوق انتقادا للولايات المتحدة.", "للولايات المتحدة", EntityType.LOC, "USA")]
    [InlineData("وسلم رسالة للأمم المتحدة.", "للأمم المتحدة", EntityType.ORG, "IGOUNO")]
    public void test_a_name_seen_only_behind_lam_takes_its_code(string text, string surface, EntityType type, string code)
    {
        var doc = new ActorStage().Process(Docs.WithNamed(text, ("e1", type, surface)));
        Assert.Equal(code, doc.Entities.Single(e => e.Id == "e1").Actor);
    }

    [Theory]
    [InlineData("ونقل السفير رسالة للأمم المتحدة.", "للأمم المتحدة", EntityType.ORG, "الأمم المتحدة")]
    [InlineData("ووجه الصندوق انتقادا للولايات المتحدة.", "للولايات المتحدة", EntityType.LOC, "الولايات المتحدة")]
    [InlineData("وقدمت اليابان قرضا للصين.", "للصين", EntityType.LOC, "الصين")]
    public void test_a_name_seen_only_behind_lam_is_named_with_its_article(string text, string surface, EntityType type, string name)
    {
        var doc = new NameRecoveryStage().Process(Docs.WithNamed(text, ("e1", type, surface)));
        var entity = Assert.Single(doc.Entities, e => e.Mentions.Any(m => text[m.Start..m.End] == surface));
        Assert.Equal(name, entity.Name);
        Assert.Equal(surface, text[entity.Mentions[0].Start..entity.Mentions[0].End]);
    }

    [Fact]
    public void test_a_lam_lam_word_that_is_no_article_joins_nothing()
    {
        // ل before a name that opens with ل (لليلى: ل + ليلى) is no article: nothing to join
        var text = "وقالت ليلى انها ستسافر. ثم قال لليلى ان تنتظر.";
        var doc = Docs.Tokenized(text).WithEntities(ImmutableArray.Create(
            new Entity("e1", EntityType.PER, "ليلى", ImmutableArray.Create(new Mention(Docs.Find(text, "ليلى")))),
            new Entity("e2", EntityType.PER, "لليلى", ImmutableArray.Create(new Mention(Docs.Find(text, "لليلى"))))));
        Assert.Equal(2, new NameRecoveryStage().Process(doc).Entities.Length);
    }

    [Theory]
    // the tagger drew one span over a listed body behind لل and the man after it
    [InlineData("ودعا الامين العام للامم المتحدة انطونيو غوتيريش الطرفين الى التهدئة.", "للامم المتحدة انطونيو غوتيريش", "للامم المتحدة", "انطونيو غوتيريش")]
    [InlineData("وقال الامين العام لجامعة الدول العربية احمد ابو الغيط ان", "جامعة الدول العربية احمد ابو الغيط", "جامعة الدول العربية", "احمد ابو الغيط")]
    public void test_a_listed_body_and_the_man_after_it_are_two_names(string text, string tagged, string body, string man)
    {
        var doc = new NameRecoveryStage().Process(Docs.WithNamed(text, ("e1", EntityType.ORG, tagged)));
        Assert.Equal(new[] { "ORG " + body, "PER " + man },
            doc.Entities.SelectMany(e => e.Mentions.Select(m => (e.Type, m))).OrderBy(x => x.m.Start).Select(x => $"{x.Type} {text[x.m.Start..x.m.End]}"));
    }

    [Theory]
    // a nationality or a definite word after the listed name goes on it
    [InlineData("وقالت حكومة الوفاق الوطني الليبية ان", "حكومة الوفاق الوطني الليبية")]
    // a pronoun or a word behind لل after it opens no man
    [InlineData("وكان اصغر رجل تحدثت معه الامم المتحدة هو سامي الخطيب", "الامم المتحدة هو سامي الخطيب")]
    public void test_a_listed_body_with_its_adjective_stays_one_name(string text, string tagged)
    {
        var doc = new NameRecoveryStage().Process(Docs.WithNamed(text, ("e1", EntityType.ORG, tagged)));
        Assert.Equal(tagged, text[doc.Entities.Single().Mentions.Single().Start..doc.Entities.Single().Mentions.Single().End]);
    }

    [Theory]
    // a man named right after a title and the body it is held in (behind ل or لل) takes the body's code
    [InlineData("ودعا الامين العام للامم المتحدة انطونيو غوتيريش الى التهدئة.", "للامم المتحدة", "انطونيو غوتيريش", "IGOUNO")]
    [InlineData("وقال المدير العام للوكالة الدولية للطاقة الذرية سامي الخطيب ان", "للوكالة الدولية للطاقة الذرية", "سامي الخطيب", "IGOUNOIAE")]
    public void test_a_man_after_a_title_and_its_body_takes_the_bodys_code(string text, string body, string man, string code)
    {
        var doc = new ActorStage().Process(Docs.WithNamed(text, ("e1", EntityType.ORG, body), ("e2", EntityType.PER, man)));
        Assert.Equal(code, doc.Entities.Single(e => e.Id == "e2").Actor);
    }

    [Theory]
    // no title before the body: the man after it is not its officer (a gift to the UN, then a name; not one of the
    // leaders whose own name has a code, as انطونيو غوتيريش now has)
    [InlineData("وقدمت تبرعا للامم المتحدة جون هاردينغ سيتسلمه.", "للامم المتحدة", "جون هاردينغ")]
    public void test_a_man_after_a_body_with_no_title_takes_no_code_from_it(string text, string body, string man)
    {
        var doc = new ActorStage().Process(Docs.WithNamed(text, ("e1", EntityType.ORG, body), ("e2", EntityType.PER, man)));
        Assert.NotEqual("IGOUNO", doc.Entities.Single(e => e.Id == "e2").Actor);
    }

    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    // whose title it is (الممثل التجاري للولايات المتحدة): the subject's, not whom he accuses or threatens
    [InlineData("واتهم الممثل التجاري للولايات المتحدة المنظمة بالتدخل في السيادة الامريكية.")]
    [InlineData("وهدد المبعوث الخاص للولايات المتحدة بفرض عقوبات جديدة.")]
    // where goods named by their origin go (صادرات صينية للولايات المتحدة): no one acted on
    [InlineData("وهدد الرئيس بفرض رسوم على صادرات صينية للولايات المتحدة بقيمة 500 مليار دولار.")]
    public void test_a_name_behind_lam_after_a_title_or_an_origin_is_no_target(string text)
    {
        var doc = Docs.WithActors(text, ("e1", EntityType.LOC, "للولايات المتحدة", "USA"));
        Assert.DoesNotContain(Events(doc), e => e.Target?.EntityId == "e1");
    }

    [Theory]
    // criticism, support and strikes told to or on a name behind لل still have it as their target
    [InlineData("ووجه صندوق النقد الدولي انتقادا حادا للولايات المتحدة.", "111")]
    [InlineData("وشنت الطائرات غارات على مواقع للجيش السوري.", "195")]
    public void test_a_name_behind_lam_after_the_act_is_still_its_target(string text, string code)
    {
        var surface = text.Contains("للجيش", StringComparison.Ordinal) ? "للجيش السوري" : "للولايات المتحدة";
        bool army = surface.EndsWith("السوري", StringComparison.Ordinal);
        var doc = Docs.WithActors(text, ("e1", army ? EntityType.ORG : EntityType.LOC, surface, army ? "SYRMIL" : "USA"));
        if (!army) doc = doc.WithEntity("e2", EntityType.ORG, "صندوق النقد الدولي", "صندوق النقد الدولي");
        var e = Assert.Single(Events(doc));
        Assert.Equal(code, e.Code);
        Assert.Equal("e1", e.Target?.EntityId);
    }
}
