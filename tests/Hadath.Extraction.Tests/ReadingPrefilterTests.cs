using Hadath.Extraction.Actors;
using Hadath.Extraction.Mentions;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

public sealed class ReadingPrefilterTests
{
    private static readonly string[] Names = ["وكاله", "فهد", "بغداد", "ab"];

    [Theory]
    [InlineData("وكالة", true)]
    [InlineData("لوكالة", true)]          // ل peeled
    [InlineData("ولوكالة", true)]         // و then ل peeled
    [InlineData("الوكالة", false)]        // only an article reading: the finders never try it
    [InlineData("وزارة", false)]
    [InlineData("وفهد", true)]
    [InlineData("فهدا", false)]
    [InlineData("ببغداد", true)]
    [InlineData("كبغداد", true)]
    [InlineData("abc", false)]
    public void test_prefilter_answers_for_exact_keys(string word, bool expected) =>
        Assert.Equal(expected, new ReadingPrefilter(Names, nameKeys: false).MayRead(MatchKey.Of(word)));

    [Theory]
    [InlineData("وزارة", true)]
    [InlineData("لوزارة", true)]
    [InlineData("الشرطة", true)]          // the article of the word itself goes in a name key
    [InlineData("والشرطة", true)]
    [InlineData("للشرطة", false)]          // لل: its readings without ل still start with ل
    [InlineData("مدينة", false)]
    public void test_prefilter_answers_for_name_keys(string word, bool expected)
    {
        var heads = new[] { "وزارة", "الشرطة" }.Select(NameKey.Word);
        Assert.Equal(expected, new ReadingPrefilter(heads, nameKeys: true).MayRead(MatchKey.Of(word)));
    }

    [Fact]
    public void test_prefilter_never_says_no_to_a_reading_the_finders_would_find()
    {
        // Every reading a finder tries (no article peeled) that is among the keys must get a yes, exact keys or name keys.
        const string alphabet = "والبفكهةيدرس";
        var random = new Random(20261130);
        for (int round = 0; round < 200; round++)
        {
            var keys = Enumerable.Range(0, 8).Select(_ => RandomWord(random, alphabet)).Select(w => MatchKey.Of(w)).ToList();
            var exact = new ReadingPrefilter(keys, nameKeys: false);
            var nameKeys = keys.Select(NameKey.Word).ToHashSet(StringComparer.Ordinal);
            var byName = new ReadingPrefilter(nameKeys, nameKeys: true);
            var lookup = nameKeys.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int n = 0; n < 200; n++)
            {
                // Mostly words made of a key with clitics before it, so that hits are many.
                string text = random.Next(3) == 0 ? RandomWord(random, alphabet) : Clitics(random) + keys[random.Next(keys.Count)];
                foreach (var word in WordScanner.ScanAlone(text))
                {
                    var readings = Proclitics.Readings(text, word).Where(r => !r.HadArticle).ToList();
                    if (readings.Any(r => keys.Contains(r.Key))) Assert.True(exact.MayRead(word.Key), text);
                    if (readings.Any(r => lookup.Contains(NameKey.WordOfKey(r.Key)))) Assert.True(byName.MayRead(word.Key), text);
                }
            }
        }
    }

    private static string RandomWord(Random random, string alphabet) =>
        new(Enumerable.Range(0, random.Next(1, 7)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

    private static string Clitics(Random random) =>
        (random.Next(2) == 0 ? "" : random.Next(2) == 0 ? "و" : "ف") + (random.Next(2) == 0 ? "" : "بلك"[random.Next(3)].ToString()) +
        (random.Next(3) == 0 ? "ال" : "");
}
