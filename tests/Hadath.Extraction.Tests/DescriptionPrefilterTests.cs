using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>The description linker skips words whose end fits no role or category key: it must never skip one that is.</summary>
public sealed class DescriptionPrefilterTests
{
    [Theory]
    [InlineData("والوزير", true)]      // و + ال + role
    [InlineData("نظيره", true)]        // the final ه goes from the name key
    [InlineData("للمدينة", true)]      // لل + category, ta marbuta folded
    [InlineData("وبالحي", true)]       // a two-letter category
    [InlineData("المتحدث", true)]
    [InlineData("كتاب", false)]
    [InlineData("شمس", false)]
    [InlineData("ه", false)]
    public void test_description_prefilter_passes_role_and_category_words(string word, bool passes) =>
        Assert.Equal(passes, DescriptionLinker.MayBeRoleOrCategory(MatchKey.Of(word)));

    [Fact]
    public void test_description_prefilter_passes_every_role_and_category_with_any_clitics()
    {
        string[] words = ["وزير", "وزيرة", "رئيس", "نائب", "متحدث", "ناطق", "سفير", "ملك", "امير", "مستشار", "نظيرها", "نظيرته", "مسؤول",
            "دبلوماسي", "عاهل", "زعيم", "قائد", "مبعوث", "ممثل", "مندوب", "مدينة", "بلدة", "حي", "قرية", "محافظة", "ولاية", "مخيم", "تنظيم",
            "حركة", "جماعة", "حزب", "جبهة", "شركة", "وزارة", "مديرية", "دائرة", "محكمة", "مفوضية", "منظمة", "وكالة", "مؤسسة", "مجلس",
            "تحالف", "ائتلاف", "تجمع", "لجنة", "اتحاد"];
        string[] fronts = ["", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال", "وب", "وبال", "ك"];
        foreach (var word in words)
        {
            foreach (var front in fronts)
            {
                Assert.True(DescriptionLinker.MayBeRoleOrCategory(MatchKey.Of(front + word)), front + word);
                // A pronoun after it (نظيره, وزيره): the name key drops one final ه, so only words not ending in ه or ة keep their key.
                if (!MatchKey.Of(word).EndsWith('ه')) Assert.True(DescriptionLinker.MayBeRoleOrCategory(MatchKey.Of(front + word + "ه")), front + word + "ه");
            }
        }
    }
}
