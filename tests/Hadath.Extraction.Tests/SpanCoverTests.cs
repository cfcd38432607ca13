using Hadath.Core;
using Hadath.Extraction.Actors;

namespace Hadath.Extraction.Tests;

/// <summary>The description linker's mention lookup answers exactly as testing every mention does.</summary>
public sealed class SpanCoverTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void test_span_cover_random_spans_overlap_exactly_as_a_scan_says(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 200; round++)
        {
            // Nested, overlapping, empty and unsorted spans, as entity mentions can be.
            var spans = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => random.Next(0, 60)).Select(start => new TextSpan(start, start + random.Next(0, 12))).ToList();
            var cover = new DescriptionLinker.SpanCover(spans);
            for (int start = 0; start < 75; start++)
            {
                for (int length = 0; length < 6; length++)
                {
                    var probe = new TextSpan(start, start + length);
                    Assert.Equal(spans.Any(s => s.Overlaps(probe)), cover.Overlaps(probe));
                }
            }
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void test_span_cover_spans_asked_in_order_of_their_ends_overlap_exactly_as_a_scan_says(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 200; round++)
        {
            var spans = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => random.Next(0, 60)).Select(start => new TextSpan(start, start + random.Next(0, 12))).ToList();
            var cover = new DescriptionLinker.SpanCover(spans);
            // Words of a text: disjoint, in order, with gaps of any size.
            int at = 0;
            while (at < 75)
            {
                at += random.Next(0, 4);
                var word = new TextSpan(at, at + random.Next(1, 6));
                Assert.Equal(spans.Any(s => s.Overlaps(word)), cover.OverlapsNext(word));
                at = word.End;
            }
        }
    }
}
