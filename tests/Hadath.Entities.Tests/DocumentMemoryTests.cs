using Hadath.Entities.Tagging;

namespace Hadath.Entities.Tests;

public sealed class DocumentMemoryTests
{
    private static List<ulong> Features(DocumentMemory memory, ulong stem)
    {
        var keys = new List<ulong>();
        memory.AddFeatures(stem, keys);
        return keys;
    }

    [Theory]
    [InlineData(10)]
    [InlineData(5000)]   // the table grows several times
    public void A_reused_memory_answers_like_a_fresh_one_and_forgets_the_last_story(int stems)
    {
        var random = new Random(stems);
        var reused = new DocumentMemory();
        for (int story = 0; story < 3; story++)
        {
            var fresh = new DocumentMemory();
            var words = Enumerable.Range(0, stems).Select(_ => (ulong)random.NextInt64()).ToArray();
            reused.Clear();
            for (int i = 0; i < stems * 3; i++)
            {
                ulong stem = words[random.Next(stems)];
                int label = random.Next(EntityLabels.Count);
                reused.Record(stem, label);
                fresh.Record(stem, label);
            }
            Assert.Equal(fresh.Count, reused.Count);
            foreach (ulong stem in words) Assert.Equal(Features(fresh, stem), Features(reused, stem));
        }
        reused.Clear();
        Assert.Equal(0, reused.Count);
        Assert.Empty(Features(reused, (ulong)random.NextInt64()));
    }

    [Fact]
    public void A_stem_tagged_as_a_name_gives_its_label_type_and_share()
    {
        var memory = new DocumentMemory();
        memory.Record(42, EntityLabels.Single(0));
        memory.Record(42, EntityLabels.Single(0));
        memory.Record(42, EntityLabels.Outside);
        // S-PER seen, majority type PER, share 2 of 3 → band 2, two entity labels.
        Assert.Equal(
            [FeatureHash.Feature(40, (ulong)EntityLabels.Single(0)), FeatureHash.Feature(41, 0), FeatureHash.Feature(42, 2 * 8 + 2)],
            Features(memory, 42));
        Assert.Empty(Features(memory, 43));
    }

    [Theory]
    [InlineData(3000, 20)]   // a short story after a long one: a small table in use inside the long one's array
    [InlineData(20, 3000)]   // a long story after a short one
    [InlineData(500, 10)]    // more stems than the story said it had words: the table in use still grows
    public void A_memory_reset_for_a_story_answers_like_a_fresh_one(int longStems, int shortStems)
    {
        var random = new Random(longStems + shortStems);
        var memory = new DocumentMemory();
        foreach (int stems in (int[])[longStems, shortStems])
        {
            var fresh = new DocumentMemory();
            var words = Enumerable.Range(0, stems).Select(_ => (ulong)random.NextInt64()).ToArray();
            memory.Reset(Math.Min(stems, 50));
            var rows = new Dictionary<ulong, int>();
            for (int i = 0; i < stems * 3; i++)
            {
                ulong stem = words[random.Next(stems)];
                int label = random.Next(EntityLabels.Count);
                rows[stem] = memory.Record(stem, label);
                fresh.Record(stem, label);
            }
            Assert.Equal(fresh.Count, memory.Count);
            foreach (ulong stem in words)
            {
                Assert.Equal(Features(fresh, stem), Features(memory, stem));
                var byRow = new List<ulong>();
                memory.AddFeaturesOfRow(rows.GetValueOrDefault(stem, -1), byRow);
                Assert.Equal(Features(fresh, stem), byRow);
            }
        }
    }
}
