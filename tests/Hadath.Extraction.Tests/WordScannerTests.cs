using System.Globalization;
using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>A span's words come from one scan of the whole document: they must be exactly those of scanning the span alone.</summary>
public sealed class WordScannerTests
{
    [Theory]
    [InlineData("قال كيري ان 1,500 شخص قتلوا. وفي بغداد", 0, 12)]        // ends between words
    [InlineData("قال كيري ان 1,500 شخص قتلوا. وفي بغداد", 0, 14)]        // cuts the number after its comma
    [InlineData("قال كيري ان 1,500 شخص قتلوا. وفي بغداد", 13, 30)]       // starts inside the number
    [InlineData("قال كيري ان 1,500 شخص قتلوا. وفي بغداد", 6, 9)]         // starts inside كيري
    [InlineData("قال كيري ان 1,500 شخص قتلوا. وفي بغداد", 28, 99)]       // runs past the end
    [InlineData("ارتفع الى ٣٫٥ مليون، و15/7/2016", 10, 12)]             // cuts ٣٫٥ before its fraction
    [InlineData("ارتفع الى ٣٫٥ مليون، و15/7/2016", 21, 27)]
    [InlineData("«داعش» 😀 الجمعة", 6, 8)]                                // cuts the surrogate pair
    [InlineData("نص", 5, 2)]                                              // an empty span
    public void test_word_scanner_span_reads_as_if_scanned_alone(string text, int start, int end)
    {
        var span = new TextSpan(start, end);
        Assert.Equal(WordScanner.ScanUncached(text, span), WordScanner.Scan(text, span));
    }

    [Fact]
    public void test_word_scanner_every_span_of_random_text_reads_as_if_scanned_alone()
    {
        var random = new Random(17);
        const string alphabet = "وقالكيرياننبغدادالمدينة ٣٫٥1,5.2/-:«»\"،. \n\u064E\u0640";
        for (int round = 0; round < 200; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            for (int k = 0; k < 20; k++)
            {
                int a = random.Next(-2, text.Length + 3), b = random.Next(-2, text.Length + 3);
                var span = new TextSpan(Math.Min(a, b), Math.Max(a, b));
                Assert.Equal(WordScanner.ScanUncached(text, span), WordScanner.Scan(text, span));
            }
        }
    }

    [Theory]
    [InlineData("في بغداد", "وقال في", "في")]
    [InlineData("أن الهجوم", "ان", "ان")]
    public void test_word_scanner_two_letter_keys_are_one_shared_string(string first, string second, string key)
    {
        var a = WordScanner.ScanAlone(first)[0].Key;
        var b = WordScanner.ScanAlone(second)[^1].Key;
        Assert.Equal(key, a);
        Assert.Same(a, b);
    }

    [Fact]
    public void test_word_scanner_sentences_share_the_document_words()
    {
        const string text = "قال كيري ان الهجوم اسفر عن مقتل 84 شخصا. وفي بغداد";
        var whole = WordScanner.Scan(text, new TextSpan(0, text.Length));
        var sentence = WordScanner.Scan(text, new TextSpan(0, 40));
        // Words are values: the same key string shows the sentence's word is the document's, not scanned again.
        Assert.Same(whole[3].Key, sentence[3].Key);
        Assert.Same(Proclitics.ReadingsOf(text, whole[^1]), Proclitics.ReadingsOf(text, whole[^1]));
    }

    [Fact]
    public void test_word_scanner_a_shorter_story_after_a_longer_one_reads_only_its_own_words()
    {
        // The second story fills the words array the first one leaves behind: none of the first story's words may show.
        const string longer = "قال كيري ان الهجوم اسفر عن مقتل 84 شخصا. وفي بغداد";
        const string shorter = "وفي بغداد قال";
        Assert.Equal(WordScanner.ScanUncached(longer, new TextSpan(0, longer.Length)), WordScanner.Scan(longer, new TextSpan(0, longer.Length)));
        var words = WordScanner.Scan(shorter, new TextSpan(0, shorter.Length));
        Assert.Equal(WordScanner.ScanUncached(shorter, new TextSpan(0, shorter.Length)), words);
    }

    [Fact]
    public void test_word_scanner_readings_of_another_text_leave_the_story_words_in_place()
    {
        const string story = "قال كيري ان الهجوم اسفر عن مقتل 84 شخصا";
        var words = WordScanner.Scan(story, new TextSpan(0, story.Length));
        var before = words.ToArray();
        const string entry = "وبالهجوم";
        Assert.Contains(Proclitics.ReadingsOf(entry, WordScanner.ScanAlone(entry)[0]), r => r.Key == "هجوم");
        // The story is still this thread's document: its words were not scanned again nor replaced by the entry's.
        Assert.Same(words, WordScanner.Scan(story, new TextSpan(0, story.Length)));
        Assert.Equal(before, words);
    }

    [Fact]
    public void test_word_scanner_a_sentence_reads_the_document_readings_of_its_words()
    {
        const string text = "قال كيري ان الهجوم اسفر عن مقتل 84 شخصا. وفي بغداد والبصرة";
        var whole = WordScanner.Scan(text, new TextSpan(0, text.Length));
        var words = WordScanner.Scan(text, new TextSpan(41, text.Length));
        var readings = new SentenceReadings(text, words);
        Assert.Equal(3, readings.Length);
        for (int i = 0; i < words.Count; i++)
        {
            // The sentence's words are the document's last three: their readings are the document's, peeled once.
            Assert.Same(Proclitics.ReadingsOf(text, whole[whole.Count - 3 + i]), readings[i]);
            Assert.Equal(Proclitics.Readings(text, words[i]), readings[i]);
        }
    }

    [Fact]
    public void test_wordscanner_arabic_letters_and_harakat_are_word_characters()
    {
        // The scanner reads U+0620–U+065F as letters without asking: each must be a word character and nothing else.
        for (char c = '\u0620'; c <= '\u065F'; c++)
        {
            Assert.True(WordScanner.IsWordChar(c), $"U+{(int)c:X4}");
            Assert.False(char.IsWhiteSpace(c) || char.IsControl(c) || char.IsDigit(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void test_wordscanner_ascii_word_characters_are_the_letters()
    {
        // ASCII is answered by range before the Unicode lookups: it must give what they give.
        for (char c = '\0'; c < '\x80'; c++)
        {
            bool byCategory = char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            Assert.Equal(byCategory, WordScanner.IsWordChar(c));
        }
    }

    [Fact]
    public void test_wordscanner_ascii_spaces_are_the_white_spaces_and_controls()
    {
        // ASCII is answered by range before the Unicode lookups: it must give what they give.
        for (char c = '\0'; c < '\x80'; c++)
        {
            Assert.Equal(char.IsWhiteSpace(c) || char.IsControl(c), WordScanner.IsSpace(c));
        }
    }

    [Fact]
    public void test_word_keeps_the_record_equality_print_and_deconstruction_of_its_five_fields()
    {
        // Word keeps kind, value and digits outside plain letter words: equality, hash, print and Deconstruct must
        // still be those of the five fields.
        var letters = new Word(new TextSpan(3, 6), WordKind.Letters, "قال");
        var number = new Word(new TextSpan(7, 10), WordKind.Number, "1,5", 1.5, 2);
        var comma = new Word(new TextSpan(10, 11), WordKind.Punctuation, "،");
        Assert.Equal(letters, new Word(new TextSpan(3, 6), WordKind.Letters, "قال", 0, 0));
        Assert.Equal(letters.GetHashCode(), new Word(new TextSpan(3, 6), WordKind.Letters, "قال").GetHashCode());
        Assert.Equal(number, new Word(new TextSpan(7, 10), WordKind.Number, "1,5", 1.5, 2));
        Assert.NotEqual(number, new Word(new TextSpan(7, 10), WordKind.Number, "1,5", 1.5, 1));
        Assert.NotEqual(letters, new Word(new TextSpan(3, 6), WordKind.Punctuation, "قال"));
        Assert.Equal(comma, new Word(new TextSpan(10, 11), WordKind.Punctuation, "،"));
        Assert.Equal((WordKind.Number, 1.5, 2, true, false), (number.Kind, number.Value, number.Digits, number.IsNumber, number.IsLetters));
        Assert.Equal((WordKind.Letters, 0.0, 0, true), (letters.Kind, letters.Value, letters.Digits, letters.IsLetters));
        Assert.Equal((WordKind.Punctuation, false, false), (comma.Kind, comma.IsLetters, comma.IsNumber));
        var (span, kind, key, value, digits) = number;
        Assert.Equal((new TextSpan(7, 10), WordKind.Number, "1,5", 1.5, 2), (span, kind, key, value, digits));
        Assert.StartsWith("Word { Span = ", letters.ToString());
        Assert.Contains("Kind = Number, Key = 1,5, Value = 1.5, Digits = 2", number.ToString());
    }

    [Theory]
    [InlineData("a\tb\u001Fc\u007Fd e\u00A0f", new[] { "a", "b", "c", "d", "e", "f" })]   // ASCII white space and controls, and a no-break space, separate words
    [InlineData("قال\u200Cها 12 وَالشرطةُ،\u200Fكيري x1", new[] { "قال\u200Cها", "12", "وَالشرطةُ", "،", "كيري", "x", "1" })]
    [InlineData("\u200Cبغداد\u061C٣٫٥ـــ", new[] { "بغداد", "٣٫٥" })]                      // tatweel alone folds to no letter: no word
    public void test_wordscanner_splits_mixed_text(string text, string[] expected) =>
        Assert.Equal(expected, WordScanner.ScanAlone(text).Select(w => text[w.Start..w.End]).ToArray());
}
