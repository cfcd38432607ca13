using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;
using Hadath.Extraction.Quotes;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

/// <summary>Every extraction span stays in the text, in order, and never alters it; random input never throws.</summary>
public sealed class InvariantTests
{
    private static readonly IStage[] Stages = { new NameRecoveryStage(), new ActorStage(), new QuoteStage(), new CountStage(), new TimeStage(), new EventStage() };

    private const string Story =
        "جنيف (اف ب) - قال وزير الخارجية الاميركي جون كيري الجمعة ان \"الوقت ينفد\". واضاف ان 84 قتيلا سقطوا في نيس " +
        "في 14 تموز/يوليو 2016، واعتقل نحو 280 الف شخص. وتظاهر الاف الاشخاص امس احتجاجا على الهجوم الذي اسفر عن مقتل ٣ مدنيين.";

    public static TheoryData<string> Texts() => new()
    {
        Story,
        "",
        " ",
        "«»\"\"“”",
        "قال ان",
        "1,5 مليون ٣٫٥ ۱۲ 15/7/2016 2016-07-15",
        "من 5 الى",
        "\u0640\u064B\u200F\u00A0قال\u200Bكيري",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void test_invariants_spans_in_range_ordered_and_text_untouched(string text)
    {
        var doc = Analyze(text);
        Assert.Same(text, doc.Text);
        AssertSpans(text, doc.Times.Select(t => t.Span));
        AssertSpans(text, doc.Counts.Select(c => c.Span));
        AssertSpans(text, doc.Quotes.Select(q => q.Span));
        AssertSpans(text, doc.Events.Select(e => e.Span));
        foreach (var q in doc.Quotes)
        {
            if (q.SpeakerSpan is { } s) AssertInRange(text, s);
            if (q.CueSpan is { } c) AssertInRange(text, c);
            if (q.SpeakerId is { } id) Assert.Contains(doc.Entities, e => e.Id == id);
        }
        foreach (var e in doc.Entities)
        {
            AssertSpans(text, e.Mentions.Select(m => m.Span));
        }
    }

    [Fact]
    public void test_invariants_story_yields_every_layer()
    {
        var doc = Analyze(Story);
        Assert.NotEmpty(doc.Times);
        Assert.NotEmpty(doc.Counts);
        Assert.NotEmpty(doc.Quotes);
        Assert.NotEmpty(doc.Events);
        Assert.Equal("USAGOV", doc.Entities.Single(e => e.Name == "جون كيري").Actor);
    }

    [Fact]
    public void test_invariants_random_input_never_throws()
    {
        const string alphabet = "قالواضفنيهمكرتسبلجحخدذزشصطظعغءأإآةى ٠١٢٣٤٥٦٧٨٩0123456789،.؟!:\"«»“”/-()\u0640\u064E\u200F\n";
        var words = Story.Split(' ');
        var random = new Random(20160715);
        for (int n = 0; n < 300; n++)
        {
            var sb = new System.Text.StringBuilder();
            int length = random.Next(0, 200);
            while (sb.Length < length)
            {
                if (random.Next(3) == 0) sb.Append(words[random.Next(words.Length)]).Append(' ');
                else sb.Append(alphabet[random.Next(alphabet.Length)]);
            }
            var text = sb.ToString();
            var doc = Analyze(text);
            AssertSpans(text, doc.Times.Select(t => t.Span));
            AssertSpans(text, doc.Counts.Select(c => c.Span));
            AssertSpans(text, doc.Quotes.Select(q => q.Span));
            AssertSpans(text, doc.Events.Select(e => e.Span));
        }
    }

    [Fact]
    public void test_invariants_stages_give_the_same_result_from_many_threads()
    {
        var texts = Enumerable.Range(0, 64).Select(i => Story.Replace("84", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        string Render(string text) => Hadath.Core.Json.AnalyzedDocumentJson.Serialize(Analyze(text));
        var sequential = texts.Select(Render).ToArray();
        var parallel = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(8).Select(Render).ToArray();
        Assert.Equal(sequential, parallel);
    }

    private static AnalyzedDocument Analyze(string text)
    {
        var doc = Docs.Tokenized(text);
        doc = doc.WithEntities(System.Collections.Immutable.ImmutableArray<Entity>.Empty);
        if (text.Contains("جون كيري")) doc = doc.WithEntity("e1", EntityType.PER, "جون كيري", "جون كيري");
        if (text.Contains("نيس")) doc = doc.WithEntity("e2", EntityType.LOC, "نيس", "نيس");
        foreach (var stage in Stages) doc = stage.Process(doc);
        return doc;
    }

    private static void AssertSpans(string text, IEnumerable<TextSpan> spans)
    {
        int previous = -1;
        foreach (var s in spans)
        {
            AssertInRange(text, s);
            Assert.True(s.Start >= previous, $"span {s} out of order");
            previous = s.Start;
        }
    }

    private static void AssertInRange(string text, TextSpan s)
    {
        Assert.InRange(s.Start, 0, text.Length);
        Assert.InRange(s.End, s.Start + 1, text.Length);
        Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]), $"span {s} '{text[s.Start..s.End]}' has outer spaces");
    }
}
