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

    [Theory]
    [InlineData("الاستقلال", false)]
    [InlineData("ويناير", true)]
    [InlineData("بامس", true)]
    public void test_time_tails_answer_as_the_lookups(string key, bool starts) =>
        Assert.Equal(starts, TimeLexicon.Shared.MayStartAPhrase(key));
}
