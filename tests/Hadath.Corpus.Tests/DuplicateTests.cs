using Hadath.Corpus.Duplicates;

namespace Hadath.Corpus.Tests;

public sealed class DuplicateTests
{
    [Theory]
    [InlineData("اعلن الرئيس، امس!", "أعلَنَ   الرئيــس امس")]
    [InlineData("٢٠١٦ الخارجية", "2016 الخارجيه")]
    public void The_hash_ignores_spelling_marks_spacing_and_punctuation(string a, string b) =>
        Assert.Equal(TextFingerprint.Hash(TextFingerprint.Words(a)), TextFingerprint.Hash(TextFingerprint.Words(b)));

    [Fact]
    public void Different_words_hash_differently() =>
        Assert.NotEqual(TextFingerprint.Hash(TextFingerprint.Words("اعلن الرئيس")), TextFingerprint.Hash(TextFingerprint.Words("اعلن الوزير")));

    [Fact]
    public void A_lightly_edited_copy_is_near_and_another_story_is_far()
    {
        var original = TextFingerprint.SimHash(TextFingerprint.Words(Texts.Wire));
        var edited = TextFingerprint.SimHash(TextFingerprint.Words("(أ ف ب) - " + Texts.Wire.Replace("ملموسا", "كبيرا")));
        var other = TextFingerprint.SimHash(TextFingerprint.Words(Texts.Other));
        Assert.InRange(TextFingerprint.Distance(original, edited), 0, 12);
        Assert.InRange(TextFingerprint.Distance(original, other), 16, 64);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void The_index_finds_fingerprints_within_the_distance(int flippedBits, bool found)
    {
        var index = new NearDuplicateIndex(maxDistance: 3);
        const long stored = 0x5DEECE66DL * 7919;
        index.Add("a", stored);
        long probe = stored;
        // Flip bits spread over different bands, the hard case for banding.
        for (int i = 0; i < flippedBits; i++) probe ^= 1L << (i * 17 % 64);
        var link = index.Find(probe);
        Assert.Equal(found, link is not null);
        if (found) Assert.Equal(("a", flippedBits), (link!.OriginalId, link.Distance));
    }

    [Fact]
    public void The_closest_of_several_candidates_wins()
    {
        var index = new NearDuplicateIndex(maxDistance: 3);
        index.Add("far", 0b111);
        index.Add("near", 0b001);
        Assert.Equal("near", index.Find(0b000)!.OriginalId);
    }
}
