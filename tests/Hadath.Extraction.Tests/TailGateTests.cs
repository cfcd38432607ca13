using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

/// <summary>
/// The time lexicon and the number reader pass a word by its last three letters before looking it up: no first key
/// of a time phrase (behind a clitic or two) and no number word may be passed so.
/// </summary>
public sealed class TailGateTests
{
    private static Word Letters(string key) => new(new TextSpan(0, key.Length), WordKind.Letters, key);

    [Fact]
    public void test_every_time_first_key_behind_any_front_may_start_a_phrase()
    {
        var firsts = LexiconTable.Read("times.tsv").Select(row => LexiconTable.Keys(row[1])[0]).Distinct().ToList();
        Assert.True(firsts.Count > 50);
        foreach (var key in firsts)
        {
            foreach (var front in new[] { "", "و", "ب", "ل", "وب", "فل" })
            {
                Assert.True(TimeLexicon.Shared.MayStartAPhrase(front + key), front + key);
            }
        }
    }

    [Fact]
    public void test_every_number_word_starts_a_number_and_a_definite_cardinal_reads()
    {
        var rows = LexiconTable.Read("numbers.tsv").ToList();
        Assert.True(rows.Count > 50);
        foreach (var row in rows)
        {
            var key = MatchKey.Of(row[0]);
            Assert.True(NumberReader.Shared.Starts(Letters(key)), key);
            double value = double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);
            if (row[2] is "unit" or "ten" && value is >= 3 and <= 10 && key.Length >= 3)
            {
                Assert.NotNull(NumberReader.Shared.DefiniteCardinal(Letters("ال" + key)));
            }
        }
    }

    [Fact]
    public void test_may_open_is_false_only_where_starts_after_proclitic_and_definite_cardinal_all_say_no()
    {
        var keys = LexiconTable.Read("numbers.tsv").Select(row => MatchKey.Of(row[0]))
            .Concat(["احد", "احدي", "اثني", "اثنتي", "الاثني", "الاثنتي", "قال", "الرئيس", "في", "و", "ا", "مئات", "المئات", "التسعة"]);
        var reader = NumberReader.Shared;
        int passed = 0;
        foreach (var bare in keys)
        {
            foreach (var front in new[] { "", "و", "ب", "ل", "ال", "وال" })
            {
                var words = new List<Word> { Letters(front + bare) };
                bool opens = reader.Starts(words[0]) || reader.ReadAfterProclitic(words, 0) is not null || reader.DefiniteCardinal(words[0]) is not null;
                if (opens) Assert.True(reader.MayOpen(words[0]), front + bare);
                else if (!reader.MayOpen(words[0])) passed++;
            }
        }
        Assert.True(passed > 0);
        Assert.True(reader.MayOpen(new Word(new TextSpan(0, 2), WordKind.Number, "12", 12, 2)));
        Assert.False(reader.MayOpen(new Word(new TextSpan(0, 1), WordKind.Punctuation, "،")));
    }

    [Fact]
    public void test_every_number_word_after_wa_or_bi_is_read()
    {
        foreach (var row in LexiconTable.Read("numbers.tsv"))
        {
            var key = MatchKey.Of(row[0]);
            foreach (var front in new[] { "و", "ب" })
            {
                var words = new List<Word> { Letters(front + key) };
                if (NumberReader.Shared.Starts(words[0])) continue;   // واحد: a number word of its own, not one after و
                Assert.NotNull(NumberReader.Shared.ReadAfterProclitic(words, 0));
            }
        }
    }

    [Fact]
    public void test_every_counted_noun_as_a_dual_after_wa_is_one()
    {
        // Every noun the lexicon holds (counts.tsv, people.tsv and the forms made from them), as the gate is built from.
        var nouns = Counts.CountLexicon.Shared.NounKeys.Where(k => k.Length >= 3 && !k.EndsWith("ين", StringComparison.Ordinal) && !k.EndsWith("ان", StringComparison.Ordinal)).ToList();
        Assert.True(nouns.Count > 100);
        foreach (var noun in nouns)
        {
            // ضابطان; a feminine noun writes its ة as ت before the ending (ممرضتان).
            string dual = "و" + (noun[^1] == 'ه' ? noun[..^1] + "ت" : noun) + "ان";
            Assert.NotNull(Counts.CountLexicon.Shared.Dual(dual, Letters(dual)));
        }
    }

    [Theory]
    [InlineData("الاستقلال", false)]
    [InlineData("ويناير", true)]
    [InlineData("بامس", true)]
    public void test_time_tails_answer_as_the_lookups(string key, bool starts) =>
        Assert.Equal(starts, TimeLexicon.Shared.MayStartAPhrase(key));
}
