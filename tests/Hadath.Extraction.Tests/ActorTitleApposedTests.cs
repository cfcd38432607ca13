using Hadath.Core;
using Hadath.Extraction.Actors;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A person's title set off from the name by a comma (وزير الخارجية الفرنسي، جان لودريان،), as BBC Arabic and Sky News
/// Arabia write it, is the name's title as it is without the comma. Sentences written for these tests, none from a
/// story or a data set.
/// </summary>
public sealed class ActorTitleApposedTests
{
    private static string? Code(string text, string person, params (string Surface, EntityType Type)[] others) => Docs.PersonActor(text, person, others);

    [Theory]
    [InlineData("وقال وزير الخارجية الفرنسي، جان لودريان، ان باريس سترد.", "جان لودريان", "FRAGOV")]
    [InlineData("وقال وزير الدفاع الصيني، وي فنغي، ان بكين سترد.", "وي فنغي", "CHNGOV")]
    [InlineData("وانتقد رئيس الوزراء الكندي، جوستان ترودو القرار.", "جوستان ترودو", "CANGOV")]
    public void test_a_title_set_off_by_a_comma_is_the_names(string text, string person, string code) =>
        Assert.Equal(code, Code(text, person));

    [Fact]
    public void test_the_same_title_without_the_comma_gives_the_same_code() =>
        Assert.Equal("FRAGOV", Code("وقال وزير الخارجية الفرنسي جان لودريان ان باريس سترد.", "جان لودريان"));

    [Fact]
    public void test_a_body_before_the_comma_is_no_title_of_the_person_after_it() =>
        // احتجزت الشرطة الفرنسية، X: the police arrested X, who is none of theirs
        Assert.Null(Code("واحتجزت الشرطة الفرنسية، كريم بلعيد، في مرسيليا.", "كريم بلعيد", ("الشرطة الفرنسية", EntityType.ORG)));

    [Fact]
    public void test_a_sentence_before_the_comma_gives_no_title() =>
        // the words before the comma end a clause of their own; the name after it is not theirs
        Assert.Null(Code("وصل الوفد الى العاصمة الفرنسية، جان لودريان استقبله.", "جان لودريان"));

    [Theory]
    // a minister of any portfolio is his government's, as one of foreign affairs or finance is
    [InlineData("وقال وزير الخزانة الامريكي ستيفن منوشين ان واشنطن سترد.", "ستيفن منوشين", "USAGOV")]
    [InlineData("وقالت وزيرة الصحة الفرنسية انييس بوزين ان الوباء تراجع.", "انييس بوزين", "FRAGOV")]
    [InlineData("وقال وزير النفط العراقي، جبار اللعيبي، ان الصادرات ارتفعت.", "جبار اللعيبي", "IRQGOV")]
    [InlineData("وقال وزير الاعلام الاردني محمد المومني ان الحكومة سترد.", "محمد المومني", "JORGOV")]
    public void test_a_minister_of_any_portfolio_is_his_governments(string text, string person, string code) =>
        Assert.Equal(code, Code(text, person));

    [Fact]
    public void test_a_portfolio_word_without_a_minister_before_it_is_no_title() =>
        // اسعار النفط العراقي: the oil, not its minister
        Assert.NotEqual("IRQGOV", Code("وقال خبير في اسعار النفط العراقي، جبار اللعيبي، ان الصادرات ارتفعت.", "جبار اللعيبي"));

    private const string Ankara =
        "قال وزير الاقتصاد التركي، نهاد زيبقجي، ان القرار فرصة لبلاده. وكان الرئيس التركي، رجب طيب اردوغان، قد انتقد القرار. " +
        "وانتقد وزير الاقتصاد التركي القرار الامريكي.";

    private static string[] Mentions(string id)
    {
        var doc = new ActorStage().Process(Docs.Tokenized(Ankara)
            .WithEntity("e1", EntityType.PER, "نهاد زيبقجي", "نهاد زيبقجي")
            .WithEntity("e2", EntityType.PER, "رجب طيب اردوغان", "رجب طيب اردوغان"));
        return doc.Entities.Single(e => e.Id == id).Mentions.Select(m => Ankara[m.Start..m.End]).ToArray();
    }

    [Fact]
    public void test_a_title_set_off_by_a_comma_before_a_name_stands_for_no_one_named_earlier() =>
        // الرئيس التركي، رجب طيب اردوغان: the title is Erdogan's, not the minister's named before
        Assert.DoesNotContain("الرئيس التركي", Mentions("e1"));

    [Fact]
    public void test_a_title_a_person_was_introduced_with_behind_a_comma_later_stands_for_him() =>
        Assert.Equal(new[] { "نهاد زيبقجي", "وزير الاقتصاد التركي" }, Mentions("e1"));
}
