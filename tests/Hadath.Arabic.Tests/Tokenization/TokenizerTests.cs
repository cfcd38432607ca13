using Hadath.Arabic.Tests.Support;
using Hadath.Arabic.Tokenization;
using Hadath.Core;

namespace Hadath.Arabic.Tests.Tokenization;

public sealed class TokenizerTests
{
    private static TokenKind SingleKind(string text)
    {
        var tokens = TokenizerStage.Tokenize(text);
        Assert.Single(tokens);
        Assert.Equal(new TextSpan(0, text.Length), tokens[0].Span);
        return tokens[0].Kind;
    }

    [Theory]
    [InlineData("قال الرئيس", "قال@0 الرئيس@4")]
    [InlineData("  في\tبيروت\n", "في@2 بيروت@5")]
    [InlineData("في\u00A0بيروت", "في@0 بيروت@3")]
    public void Words_split_at_white_space_including_nbsp(string text, string expected) => Assert.Equal(expected, Render.Tokens(text));

    [Theory]
    [InlineData("مُحَمَّدٌ وصل", "مُحَمَّدٌ@0 وصل@10")]
    [InlineData("الـــرئيس", "الـــرئيس@0")]
    [InlineData("بي\u200Cروت", "بي\u200Cروت@0")]
    [InlineData("\u200Fبيروت\u200F قال", "بيروت@1 قال@8")]
    [InlineData("ﺍﻟﺴﻼﻡ", "ﺍﻟﺴﻼﻡ@0")]
    public void Harakat_tatweel_and_inner_zero_width_marks_stay_in_the_word(string text, string expected) =>
        Assert.Equal(expected, Render.Tokens(text));

    [Theory]
    [InlineData("بلغ 1,234.5 دولار", "بلغ@0 1,234.5@4 دولار@12")]
    [InlineData("نحو ٣٫٥ مليون", "نحو@0 ٣٫٥@4 مليون@8")]
    [InlineData("١٬٢٣٤ قتيلا", "١٬٢٣٤@0 قتيلا@6")]
    [InlineData("3.5%", "3.5@0 %@3")]
    [InlineData("٣٫٥٪", "٣٫٥@0 ٪@3")]
    [InlineData("15-7", "15@0 -@2 7@3")]
    [InlineData("1,2 و3", "1@0 ,@1 2@2 و@4 3@5")]
    [InlineData("نمو 7،1 بالمئة", "نمو@0 7،1@4 بالمئة@8")]
    [InlineData("الساعة 10،30، ثم", "الساعة@0 10،30@7 ،@12 ثم@14")]
    [InlineData("1، 2", "1@0 ،@1 2@3")]
    [InlineData("عام 2015.", "عام@0 2015@4 .@8")]
    [InlineData("ف16", "ف@0 16@1")]
    public void Numbers_keep_decimal_and_thousands_separators_but_not_percent_or_dashes(string text, string expected) =>
        Assert.Equal(expected, Render.Tokens(text));

    [Theory]
    [InlineData("قال: «لا»", "قال@0 :@3 «@5 لا@6 »@8")]
    [InlineData("\"نعم\"", "\"@0 نعم@1 \"@4")]
    [InlineData("“نعم”", "“@0 نعم@1 ”@4")]
    [InlineData("لماذا؟!", "لماذا@0 ؟@5 !@6")]
    [InlineData("وبعد...", "وبعد@0 ...@4")]
    [InlineData("وبعد…", "وبعد@0 …@4")]
    [InlineData("ممكن.. لكن", "ممكن@0 ..@4 لكن@7")]
    [InlineData("(اف ب)", "(@0 اف@1 ب@4 )@5")]
    public void Punctuation_is_one_character_per_token_except_dot_runs(string text, string expected) =>
        Assert.Equal(expected, Render.Tokens(text));

    [Theory]
    [InlineData("قناة France 3", "قناة@0 France@5 3@12")]
    [InlineData("L'émission de Marc-Olivier", "L'émission@0 de@11 Marc@14 -@18 Olivier@19")]
    [InlineData("قمةG20", "قمة@0 G20@3")]
    [InlineData("U.S. Army", "U.S.@0 Army@5")]
    [InlineData("e.g. this", "e.g.@0 this@5")]
    [InlineData("A. Smith", "A@0 .@1 Smith@3")]
    public void Latin_words_and_initials(string text, string expected) => Assert.Equal(expected, Render.Tokens(text));

    [Theory]
    [InlineData("http://www.jawharafm.net/ar/article/قناة-France-3/197/76331")]
    [InlineData("https://example.com/a?b=1&c=(2)")]
    [InlineData("www.bbc.co.uk/arabic")]
    [InlineData("bfmtv.com")]
    public void Urls_are_one_token(string url) => Assert.Equal(TokenKind.Url, SingleKind(url));

    [Theory]
    [InlineData("(http://x.com/a).", "(@0 http://x.com/a@1 )@15 .@16")]
    [InlineData("الموقع www.aljazeera.net، وقال", "الموقع@0 www.aljazeera.net@7 ،@24 وقال@26")]
    [InlineData("example.comment", "example@0 .@7 comment@8")]
    public void Urls_give_back_trailing_punctuation(string text, string expected) => Assert.Equal(expected, Render.Tokens(text));

    [Theory]
    [InlineData("info@example.org", TokenKind.Email)]
    [InlineData("a.b-c@mail.gov.tn", TokenKind.Email)]
    [InlineData("#سوريا", TokenKind.Hashtag)]
    [InlineData("#الربيع_العربي", TokenKind.Hashtag)]
    [InlineData("@AFP_ar", TokenKind.Mention)]
    [InlineData("ـــ", TokenKind.Symbol)]
    [InlineData("😀", TokenKind.Symbol)]
    [InlineData("$", TokenKind.Symbol)]
    [InlineData("،", TokenKind.Punctuation)]
    public void Special_tokens_have_their_kind(string text, TokenKind kind) => Assert.Equal(kind, SingleKind(text));

    [Theory]
    [InlineData("# سوريا", "#@0 سوريا@2")]
    [InlineData("a @ b", "a@0 @@2 b@4")]
    [InlineData("\u200B\u200F", "")]
    [InlineData("\u0001\u0002", "")]
    public void Lone_signs_and_invisible_characters(string text, string expected) => Assert.Equal(expected, Render.Tokens(text));

    [Fact]
    public void A_surrogate_pair_is_never_split()
    {
        var tokens = TokenizerStage.Tokenize("قال😀نعم");
        Assert.Equal(["قال", "😀", "نعم"], tokens.Select(t => "قال😀نعم"[t.Start..t.End]));
    }
}
