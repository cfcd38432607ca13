using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("وزير_خارجية_أميركي_", "وزير خارجي اميركي")]          // dictionary lemma, underscores
    [InlineData("وزير الخارجية الاميركية", "وزير خارجي اميركي")]       // the text's inflection falls on the same key
    [InlineData("  جون\u00A0كيري  ", "جون كيري")]                       // no-break space, outer spaces
    [InlineData("جون ـ كَيْرِي", "جون كيري")]                             // a word of tatweel alone is dropped; harakat go
    [InlineData("الله", "له")]                                           // four letters: the article goes, then it is short
    [InlineData("ال", "ال")]
    [InlineData("", "")]
    [InlineData(" _ ", "")]
    public void test_namekey_phrase_keys(string phrase, string key) => Assert.Equal(key, NameKey.Of(phrase));

    [Theory]
    [InlineData("الرئيس", "رييس")]                                      // hamza on ya folds to ya
    [InlineData("الحكومة", "حكوم")]
    [InlineData("كيري", "كيري")]
    [InlineData("الاميركية", "اميركي")]
    public void test_namekey_word_keys(string word, string key) => Assert.Equal(key, NameKey.Word(word));

    [Fact]
    public void test_namekey_one_pass_equals_split_key_and_join_on_random_phrases()
    {
        // The one-pass key must stay what splitting, keying each word by the documented rule and joining gives.
        const string alphabet = "اأإآلهةويىءؤئبتكرمنـَُِّ _\u00A0ab";
        var random = new Random(20260130);
        for (int n = 0; n < 5000; n++)
        {
            var phrase = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var expected = string.Join(' ', phrase.Split([' ', '_', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
                .Select(ReferenceWordKey).Where(w => w.Length > 0));
            Assert.Equal(expected, NameKey.Of(phrase));
        }
    }

    private static string ReferenceWordKey(string word)
    {
        string key = MatchKey.Of(word);
        if (key.Length > 3 && key.StartsWith("ال", StringComparison.Ordinal)) key = key[2..];
        if (key.Length > 3 && key[^1] == 'ه') key = key[..^1];
        return key;
    }
}
