using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>
/// The shape gate in front of the actor lexicon's tables: a key it holds must always pass (keys of one and two letters
/// too, whose shape has no third or next-to-last letter), and the gate must turn most other keys away.
/// </summary>
public sealed class KeyShapesTests
{
    private static readonly string[] Held = ["ب", "من", "غزه", "بغداد", "السعوديه"];

    [Fact]
    public void test_every_key_it_was_built_from_and_the_empty_key_may_be_held()
    {
        var shapes = new KeyShapes(Held, 16);
        foreach (var key in Held) Assert.True(shapes.MayHold(key), key);
        Assert.True(shapes.MayHold(""));
    }

    [Theory]
    [InlineData("ت")]
    [InlineData("عن")]
    [InlineData("مصر")]
    [InlineData("تونس")]
    [InlineData("سوريا")]
    [InlineData("الموصل")]
    [InlineData("الفلوجه")]
    [InlineData("الاسكندريه")]
    public void test_keys_of_other_shapes_are_absent(string key)
    {
        Assert.False(new KeyShapes(Held, 16).MayHold(key));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(31)]
    [InlineData(-1)]
    public void test_a_table_size_outside_six_to_thirty_bits_is_refused(int bits)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeyShapes(Held, bits));
    }

    [Fact]
    public void test_the_smallest_table_still_holds_its_keys()
    {
        var shapes = new KeyShapes(Held, 6);
        foreach (var key in Held) Assert.True(shapes.MayHold(key), key);
    }

    [Fact]
    public void test_the_lexicon_finds_keys_of_one_and_two_letters()
    {
        // The role table comes only from the embedded actor-roles.tsv, which has no key this short.
        var lexicon = new ActorLexicon(new StringReader("actor\tب\tAAA\t\t\nactor\tهج\tBBB\t\t\ncountry\tم\tCCC\t\t\ncountry\tكت\tDDD\t\t\nnationality\tن\tEEE\t\t\nnationality\tسو\tFFF\t\t\n"));
        Assert.Equal("AAA", lexicon.Actor("ب", null));
        Assert.Equal("BBB", lexicon.Actor("هج", null));
        Assert.Equal("CCC", lexicon.Country("م"));
        Assert.Equal("DDD", lexicon.Country("كت"));
        Assert.Equal("EEE", lexicon.Nationality("ن"));
        Assert.Equal("FFF", lexicon.Nationality("سو"));
        Assert.Null(lexicon.Country("ب"));
    }
}
