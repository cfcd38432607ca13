using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>GroupTails sets a lexicon's bit when some key of it ends as the word does; it must never leave out a lexicon that has one.</summary>
public sealed class GroupTailsTests
{
    private static readonly string[][] Lexicons = [["قال", "اكد"], ["حي", "بغداد"], ["و"]];

    private static GroupTails Tails(string[][] lexicons)
    {
        var tails = new GroupTails();
        for (int f = 0; f < lexicons.Length; f++)
        {
            foreach (var key in lexicons[f]) tails.Add(f, key);
        }
        return tails;
    }

    [Theory]
    [InlineData("وقال", 0b101)]         // a clitic before a key of the first; the one-letter key lets every word through
    [InlineData("لبغداد", 0b110)]       // a clitic before a key of the second
    [InlineData("بحي", 0b110)]          // ends as the two-letter key حي
    [InlineData("الاستقلال", 0b100)]    // لال ends no key of three (قال is a different triple)
    [InlineData("كتاب", 0b100)]
    public void test_group_tails_set_the_lexicons_with_a_key_the_word_ends_with(string word, int expected) =>
        Assert.Equal(expected, Tails(Lexicons).MayEnd(word));

    [Fact]
    public void test_group_tails_never_leave_out_a_lexicon_behind_any_front()
    {
        var random = new Random(5);
        string[][] lexicons = [["وزير", "مدين", "قال"], ["حي", "ان", "اعلن"], ["نظيرها", "كتب"]];
        var tails = Tails(lexicons);
        const string Letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        for (int n = 0; n < 2000; n++)
        {
            int f = random.Next(lexicons.Length);
            var key = lexicons[f][random.Next(lexicons[f].Length)];
            var front = new string(Enumerable.Range(0, random.Next(5)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());
            Assert.True((tails.MayEnd(front + key) >> f & 1) != 0, front + key);
        }
    }
}
