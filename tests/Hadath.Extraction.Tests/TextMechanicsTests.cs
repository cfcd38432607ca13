using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>The key, sketch and slice mechanics the stages read words through: each must give the answer the plain way gives.</summary>
public sealed class TextMechanicsTests
{
    [Theory]
    [InlineData("كتاب", "كتاب")]                 // nothing to fold: the word itself
    [InlineData("أَحْمَد", "احمد")]               // hamza on alef, harakat
    [InlineData("مدرسة", "مدرسه")]               // ta marbuta
    [InlineData("مستشفى", "مستشفي")]             // alef maksura
    [InlineData("مؤتمر", "موتمر")]               // hamza on waw
    [InlineData("كـــتاب", "كتاب")]              // tatweel
    [InlineData("٣٤", "34")]                     // Arabic-Indic digits
    [InlineData("۱۲", "12")]                     // Extended Arabic-Indic digits
    [InlineData("ـ", "")]                        // only a dropped mark
    [InlineData("Kerry", "Kerry")]
    public void test_match_key_folds_spelling(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Fact]
    public void test_match_key_folds_word_as_its_characters_one_by_one()
    {
        var random = new Random(1130);
        for (int n = 0; n < 2000; n++)
        {
            var word = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => (char)random.Next(0x0600, 0x0700)).ToArray());
            var expected = new string(word.Select(MatchKey.Fold).Where(c => c != '\0').ToArray());
            Assert.Equal(expected, MatchKey.Of(word));
        }
    }

    [Fact]
    public void test_key_sketch_never_says_no_to_a_key_added()
    {
        var random = new Random(20261130);
        const string alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        for (int round = 0; round < 200; round++)
        {
            var keys = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())).ToList();
            var sketch = new KeySketch();
            foreach (var key in keys) sketch.Add(key);
            Assert.All(keys, key => Assert.True(sketch.MayHold(key), key));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("ب")]
    [InlineData("حسان")]
    [InlineData("السوداني")]
    public void test_key_sketch_add_behind_is_adding_the_joined_key(string key)
    {
        var behind = new KeySketch();
        behind.AddBehind('و', key);
        var joined = new KeySketch();
        joined.Add("و" + key);
        Assert.Equal(joined, behind);
    }

    [Fact]
    public void test_key_sketch_empty_holds_nothing() => Assert.False(new KeySketch().MayHold("المبارك"));

    [Fact]
    public void test_word_slice_reads_its_range_and_no_further()
    {
        const string text = "قال كيري ان الهجوم اسفر عن مقتل 84 شخصا. وفي بغداد";
        var sentence = WordScanner.Scan(text, new TextSpan(4, 40));
        Assert.Equal("كيري", sentence[0].Key);
        Assert.Equal(".", sentence[^1].Key);
        Assert.Equal(sentence.Count, sentence.Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => sentence[sentence.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => sentence[-1]);
    }

    [Theory]
    [InlineData("في", "في", true)]
    [InlineData("فى", "في", true)]      // ى folds to ي
    [InlineData("فِي", "في", true)]     // the kasra is dropped
    [InlineData("فـي", "في", true)]     // so is tatweel
    [InlineData("فيه", "في", false)]
    [InlineData("ف", "في", false)]
    [InlineData("", "في", false)]
    public void test_match_key_is_compares_the_folded_word_in_place(string word, string key, bool expected)
    {
        Assert.Equal(expected, MatchKey.Is(word, key));
        Assert.Equal(MatchKey.Of(word) == key, MatchKey.Is(word, key));
    }
}
