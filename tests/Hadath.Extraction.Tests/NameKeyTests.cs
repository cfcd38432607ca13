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

    [Theory]
    [InlineData("الحكومه", "حكوم")]                                     // a match key: the article and the final ه go, in place
    [InlineData("الله", "له")]
    [InlineData("رييس", "رييس")]
    [InlineData("الحكومة", "حكوم")]                                     // not a match key (ة): folded on the general path
    [InlineData("«", "«")]                                               // a mark's raw text
    [InlineData("", "")]
    public void test_namekey_word_of_key_reads_word_keys_in_place(string key, string expected) =>
        Assert.Equal(expected, NameKey.WordOfKey(key).ToString());

    [Fact]
    public void test_namekey_stack_keys_equal_string_keys_on_random_words()
    {
        // WordOfKey, Into and OfKeys write on the stack what Word and Of make as strings; a key too long for the buffer says so.
        const string alphabet = "اأإآلهةويىءؤئبتكرمنـَُِّ _\u00A0ab«5٣";
        var random = new Random(20261130);
        Span<char> buffer = stackalloc char[NameKey.StackLimit];
        for (int n = 0; n < 5000; n++)
        {
            var raw = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(NameKey.Word(raw), NameKey.WordOfKey(raw).ToString());
            Assert.Equal(NameKey.Word(MatchKey.Of(raw)), NameKey.WordOfKey(MatchKey.Of(raw)).ToString());
            Assert.Equal(NameKey.Of(raw), buffer[..NameKey.Into(raw, buffer)].ToString());
            var words = WordScanner.ScanAlone(raw + " " + raw);
            int length = NameKey.OfKeys(words, 0, words.Count, buffer);
            Assert.Equal(NameKey.Of(words.Select(w => w.Key)), buffer[..length].ToString());
        }
        var many = WordScanner.ScanAlone(string.Join(' ', Enumerable.Repeat("وزير", 60)));
        Assert.Equal(-1, NameKey.OfKeys(many, 0, many.Count, buffer));
    }

    private static string ReferenceWordKey(string word)
    {
        string key = MatchKey.Of(word);
        if (key.Length > 3 && key.StartsWith("ال", StringComparison.Ordinal)) key = key[2..];
        if (key.Length > 3 && key[^1] == 'ه') key = key[..^1];
        return key;
    }
}
