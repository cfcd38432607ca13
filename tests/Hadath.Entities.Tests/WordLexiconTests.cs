using Hadath.Entities.Lexicon;

namespace Hadath.Entities.Tests;

public sealed class WordLexiconTests
{
    private static WordLexicon Lexicon() => new(
        new Dictionary<string, WordEntry>(StringComparer.Ordinal)
        {
            ["موسكو"] = new(7, 120, GazetteerClass.Location),
            ["الرئيس"] = new(3, 900, GazetteerClass.None),
            ["محمد"] = new(-1, 40, GazetteerClass.PersonName),
        },
        [], [],
        new Dictionary<string, GazetteerClass>(StringComparer.Ordinal)
        {
            ["الامم المتحدة"] = GazetteerClass.Organization,
            ["محمد علي"] = GazetteerClass.PersonName,
            ["دمشق"] = GazetteerClass.Location,
        },
        2);

    [Theory]
    [InlineData("موسكو", 7, 120, GazetteerClass.Location)]
    [InlineData("الرئيس", 3, 900, GazetteerClass.None)]
    [InlineData("محمد", -1, 40, GazetteerClass.PersonName)]
    public void Find_gives_a_words_entry(string word, int cluster, int count, GazetteerClass gazetteer)
    {
        Assert.Equal(new WordEntry(cluster, count, gazetteer), Lexicon().Find(word));
    }

    [Theory]
    [InlineData("موسك")]
    [InlineData("موسكوو")]
    [InlineData("")]
    [InlineData("الامم")]   // opens a phrase, but is no word of the lexicon
    [InlineData("دمشق")]    // a one-word phrase: a gazetteer entry, not a word entry
    public void Find_gives_unknown_for_a_form_that_is_not_a_word(string word)
    {
        Assert.Equal(WordEntry.Unknown, Lexicon().Find(word));
    }

    [Theory]
    [InlineData("الامم", true)]
    [InlineData("محمد", true)]    // a word and a phrase head both
    [InlineData("دمشق", true)]    // a one-word phrase is its own head
    [InlineData("المتحدة", false)]
    [InlineData("موسكو", false)]
    [InlineData("الام", false)]
    public void IsPhraseHead_tells_the_first_words_of_phrases(string word, bool head)
    {
        Assert.Equal(head, Lexicon().IsPhraseHead(word));
    }

    [Theory]
    [InlineData("مجلس الامن", GazetteerClass.None, true)]                    // only the beginning of a phrase
    [InlineData("مجلس الامن الدولي", GazetteerClass.Organization, false)]
    [InlineData("جامعة الدول", GazetteerClass.Organization, true)]           // a phrase, and a longer one goes on from it
    [InlineData("جامعة الدول العربية", GazetteerClass.Organization, false)]
    [InlineData("مجلس الوزراء", GazetteerClass.None, false)]                 // no phrase begins so
    [InlineData("مجلس", GazetteerClass.None, false)]                         // one token is no step: heads are looked up apart
    public void FindPhraseStep_tells_a_phrase_and_whether_a_longer_one_goes_on(string key, GazetteerClass classes, bool goesOn)
    {
        var lexicon = new WordLexicon(new Dictionary<string, WordEntry>(StringComparer.Ordinal), [], [],
            new Dictionary<string, GazetteerClass>(StringComparer.Ordinal)
            {
                ["مجلس الامن الدولي"] = GazetteerClass.Organization,
                ["جامعة الدول العربية"] = GazetteerClass.Organization,
                ["جامعة الدول"] = GazetteerClass.Organization,
            },
            3);
        Assert.Equal(new PhraseStep(classes, goesOn), lexicon.FindPhraseStep(key));
    }

    [Fact]
    public void A_word_given_twice_as_letters_keeps_its_last_entry()
    {
        // A dictionary filled from a file in order keeps a repeated word's last entry; the table read straight from the
        // letters does the same, and holds the word once.
        var words = new LexiconWords("موسكوالرئيسموسكو".ToCharArray(), [5, 11, 16],
            [new WordEntry(7, 120, GazetteerClass.Location), new WordEntry(3, 900, GazetteerClass.None), new WordEntry(8, 121, GazetteerClass.None)], 3);
        var lexicon = new WordLexicon(words, [], [], new Dictionary<string, GazetteerClass>(StringComparer.Ordinal), 0);
        Assert.Equal(new WordEntry(8, 121, GazetteerClass.None), lexicon.Find("موسكو"));
        Assert.Equal(new WordEntry(3, 900, GazetteerClass.None), lexicon.Find("الرئيس"));
        Assert.Equal(2, lexicon.Words.Count);
    }
}
