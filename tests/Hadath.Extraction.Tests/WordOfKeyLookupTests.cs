using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>Lookups of a match key's name key read in place (<see cref="NameKey.WordOfKey"/>), as the head and category finders make them.</summary>
public sealed class WordOfKeyLookupTests
{
    private static readonly HashSet<string> Heads = new[] { "وزارة", "الشرطة", "حي", "مدينة", "له", "ال" }
        .Select(NameKey.Word).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("وزاره", true)]          // a match key: ta marbuta is ه already, and goes
    [InlineData("الشرطه", true)]         // the article and the final ه go
    [InlineData("الشرطة", true)]         // not a match key (ة): the general path folds it
    [InlineData("حي", true)]
    [InlineData("مدينه", true)]
    [InlineData("الله", true)]            // four letters: the article goes, then it is short
    [InlineData("مدين", true)]
    [InlineData("المدين", true)]
    [InlineData("وزير", false)]
    [InlineData("حيي", false)]
    [InlineData("", false)]
    public void test_wordofkey_reads_name_keys_of_match_keys(string key, bool expected) =>
        Assert.Equal(expected, Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(NameKey.WordOfKey(key)));

    [Fact]
    public void test_wordofkey_lookups_equal_namekey_wordin_on_random_keys()
    {
        // The in-place reading must answer exactly as the general one, match key or not.
        const string alphabet = "اأإآلهةويىءؤئبتكرمنحدشـَُِّ";
        var keys = Heads.Concat(new[] { "ل", "اله", "ه" }).ToHashSet(StringComparer.Ordinal);
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        var random = new Random(20261130);
        for (int n = 0; n < 20000; n++)
        {
            var raw = new string(Enumerable.Range(0, random.Next(0, 9)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            foreach (var key in new[] { raw, MatchKey.Of(raw), "ال" + MatchKey.Of(raw), MatchKey.Of(raw) + "ه" })
            {
                Assert.Equal(NameKey.WordIn(key, lookup), lookup.Contains(NameKey.WordOfKey(key)));
            }
        }
    }
}
