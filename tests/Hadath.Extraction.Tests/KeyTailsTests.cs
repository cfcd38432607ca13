using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>KeyTails passes a word only when some key of two letters or more ends as it does; it must never skip a key.</summary>
public sealed class KeyTailsTests
{
    private static readonly KeyTails Tails = new(["قال", "اكد", "ان", "حي", "و"]);

    [Theory]
    [InlineData("قال", true)]
    [InlineData("وقال", true)]          // a clitic before the key
    [InlineData("لبنان", true)]         // ends as the two-letter key ان
    [InlineData("بحي", true)]
    [InlineData("الاستقلال", false)]    // ال ends قال, but لال does not
    [InlineData("كتاب", false)]
    [InlineData("ق", false)]            // one letter: the caller lets such words through itself
    public void test_key_tails_pass_words_ending_as_a_key(string word, bool passes) =>
        Assert.Equal(passes, Tails.MayEnd(word));

    [Fact]
    public void test_key_tails_never_skip_a_key_behind_any_front()
    {
        var random = new Random(7);
        string[] keys = ["وزير", "مدين", "نظيرها", "قال", "حي", "ان", "اعلن"];
        var tails = new KeyTails(keys);
        const string Letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        for (int n = 0; n < 2000; n++)
        {
            var key = keys[random.Next(keys.Length)];
            var front = new string(Enumerable.Range(0, random.Next(5)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());
            Assert.True(tails.MayEnd(front + key), front + key);
        }
    }
}
