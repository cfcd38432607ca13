using Hadath.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Hadath.Search.Tests;

public sealed class ArabicAnalysisTests
{
    [Theory]
    [InlineData("أعلن", "اعلن")]
    [InlineData("إعلان", "اعلان")]
    [InlineData("آلاف", "الاف")]
    [InlineData("الخارجية", "الخارجيه")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("كـــيري", "كيري")]
    [InlineData("٢٠١٦", "2016")]
    [InlineData("Kerry", "kerry")]
    [InlineData("\uFEDB\uFEF4\uFEAE\uFEF1", "كيري")]
    [InlineData("\uFEFB\uFE8E", "لاا")]
    public void Folding_normalizes_letters_and_drops_marks(string word, string folded) =>
        Assert.Equal(folded, ArabicFolding.Fold(word));

    [Theory]
    [InlineData("وواشنطن", "واشنطن")]
    [InlineData("للوزير", "وزير")]
    [InlineData("والخارجيه", "خارجيه")]
    [InlineData("بالعاصمه", "عاصمه")]
    [InlineData("لموسكو", "موسكو")]
    [InlineData("وزاره", "وزار")]
    [InlineData("المسلحين", "مسلح")]
    public void A_clitic_form_is_among_the_forms(string folded, string expected) =>
        Assert.Contains(expected, ArabicLightStemmer.Forms(folded));

    [Theory]
    [InlineData("وزير")]
    [InlineData("واشنطن")]
    [InlineData("kerry")]
    public void The_word_itself_is_always_the_first_form(string folded) =>
        Assert.Equal(folded, ArabicLightStemmer.Forms(folded)[0]);

    [Theory]
    [InlineData("ال")]
    [InlineData("في")]
    [InlineData("وله")]
    public void Short_words_are_not_stripped_to_nothing(string folded) =>
        Assert.All(ArabicLightStemmer.Forms(folded), f => Assert.True(f.Length >= 2));

    [Theory]
    [InlineData("وواشنطن")]
    [InlineData("والخارجيه")]
    [InlineData("المسلحين")]
    [InlineData("وزير")]
    [InlineData("ال")]
    [InlineData("kerry")]
    [InlineData("2016")]
    public void Span_forms_are_exactly_the_listed_forms(string folded)
    {
        var seen = new List<string>();
        Assert.False(ArabicLightStemmer.AnyForm(folded, form => { seen.Add(form.ToString()); return false; }));
        Assert.Equal(ArabicLightStemmer.Forms(folded).Order(StringComparer.Ordinal), seen.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Stacked_forms_share_the_offsets_of_the_original_word()
    {
        const string text = "قال كِيري لموسكو";
        using var analyzer = new ArabicSearchAnalyzer();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var increments = stream.AddAttribute<IPositionIncrementAttribute>();
        var seen = new List<(string, string, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            seen.Add((term.ToString(), text[offsets.StartOffset..offsets.EndOffset], increments.PositionIncrement));
        }
        stream.End();
        Assert.Contains(("كيري", "كِيري", 1), seen);
        Assert.Contains(("لموسكو", "لموسكو", 1), seen);
        Assert.Contains(("موسكو", "لموسكو", 0), seen);
    }

    [Fact]
    public void Random_text_never_throws_and_offsets_stay_in_range()
    {
        var random = new Random(20260101);
        const string alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةىؤئـًٌٍَُِّْ ٠١٢ .،؛\"«»\u200f\u00a0abcXYZ019\ufefb\ufe8e";
        using var analyzer = new ArabicSearchAnalyzer();
        for (int n = 0; n < 300; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            using var stream = analyzer.GetTokenStream("text", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                Assert.True(term.Length > 0);
                Assert.InRange(offsets.StartOffset, 0, text.Length);
                Assert.InRange(offsets.EndOffset, offsets.StartOffset, text.Length);
            }
            stream.End();
        }
    }
}
