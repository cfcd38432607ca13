using System.Text;
using Hadath.Arabic.Normalization;
using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Sentences;
using Hadath.Arabic.Tokenization;
using Hadath.Core;

namespace Hadath.Arabic.Tests.Invariants;

public sealed class InvariantTests
{
    private static readonly Pipeline Pipeline = Hadath.Core.Pipeline.CreateBuilder()
        .Add(new TokenizerStage()).Add(new SentenceSplitterStage()).Add(new SegmenterStage()).Build();

    /// <summary>Agency-style paragraphs written for these tests: datelines, «…», ٣٫٥ and 1,234, NBSP, tatweel, presentation forms, URLs.</summary>
    public static TheoryData<string> WireParagraphs() => new(WireTexts);

    private static readonly string[] WireTexts =
    [
        "دمشق 12-3 (اف ب) - قُتل ١٢ شخصاً على الأقل وأصيب ٣٥ آخرون في قصف استهدف سوقاً شعبية، بحسب «المرصد السوري لحقوق الإنسان».",
        "القاهرة (أ ش أ) - ارتفع معدل التضخم السنوي إلى ٣٫٥٪ في\u00A0آذار/مارس، مقابل 3.1% في الشهر السابق، وفق بيان نشر على http://www.capmas.gov.eg/ar.",
        "الـــرياض\u00A0(واس) - أعلنت وزارة الصحة تسجيل 1,234 إصابة جديدة.\n\n- الوقت ينفد -\nوقال المتحدث: \"الوضع تحت السيطرة\".",
        "ﺑﻴﺮﻭﺕ (رويترز) - ﻗﺎﻝ ﻣﺴﺆﻭﻝ ﻟﺒﻨﺎﻧﻲ إن ﺍﻟﺤﻜﻮﻣﺔ ﺳﺘﺠﺘﻤﻊ ﻏﺪﺍ… ﻭﻟﻢ ﻳﺤﺪﺩ ﻣﻮﻋﺪﺍ.",
        "\u200Fعمان (بترا)\u200F - التقى د. عمر الرزاز، رئيس الوزراء، وفد U.S. Congress اليوم؛ وقال عبر @JordanGov: «نرحب بكم» #الأردن.\r\nانتهى.",
        "",
        "   \n\n \u00A0 ",
    ];

    [Theory]
    [MemberData(nameof(WireParagraphs))]
    public void Every_stage_keeps_the_span_invariants_on_wire_text(string text)
    {
        var doc = Pipeline.Analyze(text);
        Assert.Same(text, doc.Text);
        StageInvariants.Check(doc);
    }

    [Theory]
    [MemberData(nameof(WireParagraphs))]
    public void The_normalized_view_maps_every_token_back_to_its_own_span(string text)
    {
        var doc = Pipeline.Analyze(text);
        var view = ArabicNormalizer.Key.Normalize(text);
        foreach (var token in doc.Tokens)
        {
            int start = view.ToNormalized(token.Start), end = view.ToNormalized(token.End);
            if (end == start) continue; // a token made only of removed characters (tatweel alone) has no view
            Assert.True(token.Span.Contains(view.ToOriginal(start, end)), $"token {token.Span} maps to {view.ToOriginal(start, end)}");
        }
    }

    [Fact]
    public void One_pipeline_gives_the_same_result_on_many_threads_at_once()
    {
        var texts = WireTexts;
        var expected = texts.Select(t => Render(Pipeline.Analyze(t))).ToArray();
        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = Render(Pipeline.Analyze(texts[i % texts.Length])));
        for (int i = 0; i < results.Length; i++) Assert.Equal(expected[i % texts.Length], results[i]);

        static string Render(AnalyzedDocument doc) =>
            string.Join(" ", doc.Tokens.Select(t => $"{t.Span}{t.Kind}")) + " / " + string.Join(" ", doc.Sentences.Select(s => s.Span.ToString()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_code_points_never_throw_and_keep_the_invariants(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 300; round++)
        {
            var text = RandomText(random, random.Next(0, 200));
            var doc = Pipeline.Analyze(text);
            StageInvariants.Check(doc);
            Dateline.Find(doc);
            Dateline.FindAgencyTags(doc.Text, doc.Tokens);

            var view = ArabicNormalizer.Key.Normalize(text);
            if (view.Length > 0)
            {
                var whole = view.ToOriginal(0, view.Length);
                Assert.True(whole.Start >= 0 && whole.End <= text.Length);
            }
            var key = new char[text.Length * ArabicNormalizer.Key.MaxExpansion + 1];
            Assert.True(ArabicNormalizer.TryNormalizeKey(text, key, out int written));
            Assert.Equal(view.Text, new string(key, 0, written));
        }
    }

    /// <summary>Weighted towards what breaks tokenizers: Arabic letters, marks, digits, punctuation, spaces, controls, lone and paired surrogates, format characters, presentation forms.</summary>
    private static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder(length);
        string[] pools =
        [
            "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةى", "\u064B\u064E\u0650\u0651\u0652\u0670\u06D6\u0640", "0123456789٠١٢٣٤٥٦٧٨٩۰۹",
            ".,;:!?؟،؛…«»\"“”()[]-–—/%٪٫٬#@_'", " \t\n\r\u00A0\u2003\u3000", "\u0000\u0001\u001F\u007F\u0085",
            "\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\u2069\u061C\uFEFF\u00AD", "\uFEFB\uFDF2\uFDFA\uFE8D\uFEE0\uFE70",
            "abcXYZéàçwh", "\uD800\uDBFF\uDC00\uDFFF",
        ];
        while (sb.Length < length)
        {
            int kind = random.Next(pools.Length + 2);
            if (kind == pools.Length) sb.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x10FFFF) is int cp and (< 0xD800 or > 0xDFFF) ? cp : 0x1F600));
            else if (kind == pools.Length + 1) sb.Append(random.Next(10) < 5 ? "http://x.com/a" : random.Next(2) == 0 ? "a@b.org" : "U.S.");
            else
            {
                var pool = pools[kind];
                sb.Append(pool[random.Next(pool.Length)]);
            }
        }
        return sb.ToString();
    }
}
