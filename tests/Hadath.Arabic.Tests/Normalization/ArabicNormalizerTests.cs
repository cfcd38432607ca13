using Hadath.Arabic.Normalization;
using Hadath.Core;

namespace Hadath.Arabic.Tests.Normalization;

public sealed class ArabicNormalizerTests
{
    private static string View(string s) => ArabicNormalizer.View.Normalize(s).Text;

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسرائيل", "اسرائيل")]
    [InlineData("آذار", "اذار")]
    [InlineData("ٱلله", "الله")]
    public void View_folds_alef_forms(string input, string expected) => Assert.Equal(expected, View(input));

    [Theory]
    [InlineData("مصطفى", "مصطفى")]
    [InlineData("مدرسة", "مدرسة")]
    [InlineData("مسؤول", "مسؤول")]
    [InlineData("رئيس", "رئيس")]
    public void View_keeps_letters_that_only_the_key_merges(string input, string expected) => Assert.Equal(expected, View(input));

    [Theory]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("مدرسة", "مدرسه")]
    [InlineData("مسؤول", "مسوول")]
    [InlineData("رئيس", "رييس")]
    [InlineData("أُسامة", "اسامه")]
    public void Key_merges_alef_maksura_ta_marbuta_and_hamza_carriers(string input, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.NormalizeKey(input));

    [Theory]
    [InlineData("الـــرئيس", "الرئيس")]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("رَحْمٰن", "رحمن")]
    [InlineData("قُرْآنۖ", "قران")]
    public void View_removes_tatweel_harakat_and_quranic_marks(string input, string expected) => Assert.Equal(expected, View(input));

    [Theory]
    [InlineData("ﻻ", "لا")]
    [InlineData("ﺍﻟﺴﻼﻡ", "السلام")]
    [InlineData("ﺃﺣﻤﺪ", "احمد")]
    [InlineData("ﷲ", "الله")]
    public void View_folds_presentation_forms_to_base_letters(string input, string expected) => Assert.Equal(expected, View(input));

    [Theory]
    [InlineData("٢٠١٥", "2015")]
    [InlineData("۱۲۳", "123")]
    [InlineData("٣٫٥", "3.5")]
    [InlineData("١٬٢٣٤", "1,234")]
    [InlineData("٪٥٠", "%50")]
    public void View_maps_digits_and_numeric_separators(string input, string expected) => Assert.Equal(expected, View(input));

    [Theory]
    [InlineData("قال، ثم", "قال, ثم")]
    [InlineData("لماذا؟", "لماذا?")]
    [InlineData("أولا؛ ثانيا", "اولا; ثانيا")]
    public void View_maps_arabic_punctuation(string input, string expected) => Assert.Equal(expected, View(input));

    [Theory]
    [InlineData("في\u00A0بيروت", "في بيروت")]
    [InlineData("في\u202Fبيروت", "في بيروت")]
    [InlineData("بيـ\u200Cروت\u200F", "بيروت")]
    [InlineData("\u202Bنص\u202C", "نص")]
    [InlineData("\uFEFFنص", "نص")]
    [InlineData("أ\r\nب\rج", "ا\nب\nج")]
    public void View_maps_spaces_removes_invisibles_and_unifies_line_breaks(string input, string expected) =>
        Assert.Equal(expected, View(input));

    [Theory]
    [InlineData("الْعَرَبِيَّةُ الـيوم", "العربية", 0, 13)]
    [InlineData("قال ﺍﻟﺴﻼﻡ عليكم", "السلام", 4, 9)]
    [InlineData("ﻻ شيء", "لا", 0, 1)]
    [InlineData("ﻻ شيء", "ا", 0, 1)]
    [InlineData("بلغ ٣٫٥\u00A0٪", "3.5 %", 4, 9)]
    [InlineData("سطر\r\nثان", "\n", 3, 5)]
    public void A_match_in_the_view_maps_back_to_the_exact_original_span(string original, string needle, int start, int end)
    {
        var view = ArabicNormalizer.View.Normalize(original);
        int at = view.Text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{needle}' not in '{view.Text}'");
        var span = view.ToOriginal(new TextSpan(at, at + needle.Length));
        Assert.Equal(new TextSpan(start, end), span);
    }

    [Fact]
    public void The_original_string_is_never_changed()
    {
        var original = new string("أَحْمَدُ ﻻ ٣٫٥".AsSpan());
        var view = ArabicNormalizer.Key.Normalize(original);
        Assert.Equal("أَحْمَدُ ﻻ ٣٫٥", original);
        Assert.Same(original, view.Original);
    }

    [Theory]
    [InlineData("مرحبا")]
    [InlineData("")]
    [InlineData("abc 123")]
    public void Text_without_mapped_characters_is_an_identity_view(string input)
    {
        var view = ArabicNormalizer.View.Normalize(input);
        Assert.Equal(input, view.Text);
        for (int i = 0; i < input.Length; i++) Assert.Equal(new TextSpan(i, i + 1), view.OriginalSpanOf(i));
    }

    [Fact]
    public void Every_normalized_character_maps_to_an_ordered_original_span()
    {
        const string original = "الـرَّئِيسُ ﻻ\u00A0يقول\r\n«٣٫٥٪»\u200F";
        var view = ArabicNormalizer.Key.Normalize(original);
        int previousStart = 0;
        for (int i = 0; i < view.Length; i++)
        {
            var span = view.OriginalSpanOf(i);
            Assert.InRange(span.Start, previousStart, original.Length);
            Assert.True(span.End > span.Start && span.End <= original.Length);
            previousStart = span.Start;
        }
    }

    [Theory]
    [InlineData("الـرئيس قال", 0, 0)]
    [InlineData("الـرئيس قال", 3, 2)]
    [InlineData("الـرئيس قال", 4, 3)]
    [InlineData("الـرئيس قال", 11, 10)]
    public void ToNormalized_finds_the_first_view_character_at_or_after_an_original_offset(string original, int offset, int expected) =>
        Assert.Equal(expected, ArabicNormalizer.View.Normalize(original).ToNormalized(offset));

    [Fact]
    public void Indices_past_the_view_are_rejected()
    {
        var view = ArabicNormalizer.View.Normalize("ـبيت");
        Assert.Equal(3, view.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => view.OriginalSpanOf(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.ToOriginal(2, 4));
    }

    [Fact]
    public void NormalizeKey_into_a_span_reports_a_small_destination()
    {
        Span<char> small = stackalloc char[2];
        Assert.False(ArabicNormalizer.TryNormalizeKey("مدرسة", small, out _));
        Span<char> enough = stackalloc char[16];
        Assert.True(ArabicNormalizer.TryNormalizeKey("مدرسة", enough, out int written));
        Assert.Equal("مدرسه", enough[..written].ToString());
    }

    [Fact]
    public void NormalizeKey_into_a_span_does_not_allocate()
    {
        Span<char> buffer = stackalloc char[64];
        ArabicNormalizer.NormalizeKey("الرئيسُ ﻻ", buffer); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) ArabicNormalizer.NormalizeKey("الرئيسُ ﻻ", buffer);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Options_outside_the_known_rules_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArabicNormalizer((NormalizationOptions)(1 << 20)));

    [Theory]
    [InlineData("alef\t0623\t0627", null)]
    [InlineData("vowels\t064B\t", "unknown rule 'vowels'")]
    [InlineData("alef\t0623", "expected rule, source and target columns")]
    [InlineData("digits\t0660..0669\t0030..0035", "differ in length")]
    [InlineData("alef\tXYZ\t0627", "not a BMP code point")]
    public void The_char_map_parser_names_the_bad_line(string line, string? error)
    {
        var parse = () => ArabicCharMap.Parse(new StringReader("# header\n" + line + "\n"), "test.tsv");
        if (error is null)
        {
            Assert.Single(parse().Mappings);
            return;
        }
        var ex = Assert.Throws<FormatException>(parse);
        Assert.Contains("test.tsv:2:", ex.Message);
        Assert.Contains(error, ex.Message);
    }
}
