using Hadath.Entities.Tagging;
using Hadath.Entities.Text;

namespace Hadath.Entities.Tests;

public sealed class NameFormsTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسرائيل", "اسرائيل")]
    [InlineData("آسيا", "اسيا")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("الحكومة", "الحكومه")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("فلسطـــين", "فلسطين")]
    [InlineData("٢٠١٦", "0000")]
    [InlineData("Obama", "obama")]
    public void Normalize_folds_spelling_variants(string word, string expected) =>
        Assert.Equal(expected, NameForms.Normalize(word));

    [Theory]
    [InlineData("والعراق", 1)]
    [InlineData("وبالعراق", 2)]
    [InlineData("لموسكو", 1)]
    [InlineData("بها", 0)]
    [InlineData("العراق", 0)]
    public void ProcliticLength_strips_conjunction_and_preposition(string word, int expected) =>
        Assert.Equal(expected, NameForms.ProcliticLength(NameForms.Normalize(word)));

    [Theory]
    [InlineData(new[] { "B-PERS", "I-PERS", "O", "B-LOC" }, "0-2:0 3-4:1")]
    [InlineData(new[] { "O", "I-ORG", "I-ORG" }, "1-3:2")]
    [InlineData(new[] { "B-MIS", "B-MIS" }, "0-1:3 1-2:3")]
    [InlineData(new[] { "B-PER", "I-LOC" }, "0-1:0 1-2:1")]
    [InlineData(new[] { "B-DATE", "I-DATE", "B-GPE" }, "2-3:1")]
    public void SpansFromIob_maps_types_and_repairs_stray_inside_tags(string[] tags, string expected)
    {
        var spans = EntityLabels.SpansFromIob(tags);
        Assert.Equal(expected, string.Join(' ', spans.Select(s => $"{s.Start}-{s.End}:{s.Type}")));
    }

    [Fact]
    public void Bioes_labels_round_trip_to_the_same_spans()
    {
        var spans = new List<(int, int, int)> { (0, 1, 0), (2, 5, 2), (5, 7, 1) };
        var labels = EntityLabels.FromSpans(spans, 8);
        Assert.Equal(spans, EntityLabels.SpansFromLabels(labels));
        Assert.Equal(["B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "B-LOC", "I-LOC", "O"], EntityLabels.ToIob(labels));
    }

    [Theory]
    [InlineData(new[] { 4, 0, 5, 6, 7 }, "0-1:0 2-5:1")]
    [InlineData(new[] { 1, 3, 8 }, "0-2:0 2-3:1")]
    [InlineData(new[] { 0, 2, 3 }, "")]
    [InlineData(new[] { 1, 0, 3 }, "")]
    [InlineData(new[] { 1, 5, 7 }, "1-3:1")]
    [InlineData(new[] { 13, 14, 16, 9, 10, 11, 12 }, "2-3:3 3-6:2 6-7:2")]
    public void NextSpan_reads_the_spans_of_BIOES_labels_one_at_a_time_as_SpansFromLabels_lists_them(int[] labels, string expected)
    {
        // O = 0; PER B I E S = 1–4, LOC 5–8, ORG 9–12, MISC 13–16. An E or I without its B opens nothing; a B restarts.
        var spans = new List<string>();
        for (int i = 0; EntityLabels.NextSpan(labels, ref i, out var span);) spans.Add($"{span.Start}-{span.End}:{span.Type}");
        Assert.Equal(expected, string.Join(' ', spans));
        Assert.Equal(expected, string.Join(' ', EntityLabels.SpansFromLabels(labels).Select(s => $"{s.Start}-{s.End}:{s.Type}")));
    }
}
