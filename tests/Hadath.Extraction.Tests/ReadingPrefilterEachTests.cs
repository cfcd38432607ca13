using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>Asking several prefilters at once (a ReadingPrefilter.Group) answers as asking each alone (MayRead).</summary>
public sealed class ReadingPrefilterEachTests
{
    private static readonly ReadingPrefilter[] Filters =
    [
        new(["وكاله", "فهد", "بغداد"], nameKeys: false),
        new(["بغداد", "قال", "ان"], nameKeys: false),
        new(new[] { "وزارة", "الشرطة", "مدينة" }.Select(NameKey.Word), nameKeys: true),
        new(new[] { "حي", "وكالة" }.Select(NameKey.Word), nameKeys: true),
    ];

    private static readonly ReadingPrefilter.Group Group = new(Filters);

    [Theory]
    [InlineData("لوكالة", 0b1001)]        // ل peeled: وكاله raw, and the name key وكال
    [InlineData("ببغداد", 0b0011)]
    [InlineData("والشرطة", 0b0100)]
    [InlineData("للمدينة", 0b0000)]       // لل: no reading without ل is tried
    [InlineData("وبحي", 0b1000)]
    [InlineData("كتاب", 0b0000)]
    public void test_each_prefilter_answers_as_it_would_alone(string word, int expected)
    {
        string key = MatchKey.Of(word);
        Assert.Equal(expected, Group.MayRead(key));
        for (int f = 0; f < Filters.Length; f++) Assert.Equal(Filters[f].MayRead(key), (expected >> f & 1) != 0);
    }

    [Fact]
    public void test_each_prefilter_answers_as_alone_on_random_words()
    {
        var random = new Random(11);
        const string Letters = "اوفبلكتهدغقنيحرزشسمطع";
        string[] fronts = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "ال", "وال", "لل"];
        string[] listed = ["وكاله", "فهد", "بغداد", "قال", "ان", "وزارة", "الشرطة", "مدينة", "حي", "وكالة"];
        int passed = 0;
        for (int n = 0; n < 5000; n++)
        {
            // Half the words are a listed word behind a clitic front, with a letter or two after it at times, so
            // that "may be" answers are asked as often as "no".
            string word = n % 2 == 0
                ? fronts[random.Next(fronts.Length)] + listed[random.Next(listed.Length)] + (random.Next(4) == 0 ? Letters[random.Next(Letters.Length)].ToString() : "")
                : new string(Enumerable.Range(0, random.Next(0, 9)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());
            var key = MatchKey.Of(word);
            int mask = Group.MayRead(key);
            if (mask != 0) passed++;
            for (int f = 0; f < Filters.Length; f++) Assert.True(Filters[f].MayRead(key) == ((mask >> f & 1) != 0), key);
        }
        Assert.True(passed > 1000, $"only {passed} words passed some prefilter: the test asks too few 'may be' questions");
    }
}
