using Hadath.Arabic.Segmentation;
using Hadath.Arabic.Sentences;
using Hadath.Arabic.Tokenization;
using Hadath.Core;
using Hadath.Entities.Stage;

namespace Hadath.Entities.Tests;

public sealed class EntityStageTests
{
    private static readonly Pipeline Pipeline = Core.Pipeline.CreateBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceSplitterStage())
        .Add(new SegmenterStage())
        .Add(new EntityStage(ShippedModel.Instance))
        .Build();

    private const string Story =
        "قال وزير الخارجية الاميركي جون كيري الجمعة في موسكو ان واشنطن مستعدة للتعاون. " +
        "وأضاف كيري ان لموسكو دورا مهما، وقال الرئيس الروسي فلاديمير بوتين ان روسيا ترحب بذلك. " +
        "وتوجه كيري الى جنيف حيث التقى ممثلي الامم المتحدة ووزير الخارجية السوري وليد المعلم.";

    private static Entity Find(AnalyzedDocument doc, string name) =>
        Assert.Single(doc.Entities, e => e.Name == name);

    [Theory]
    [InlineData("جون كيري", EntityType.PER, 3)]
    [InlineData("فلاديمير بوتين", EntityType.PER, 1)]
    [InlineData("موسكو", EntityType.LOC, 2)]
    [InlineData("الامم المتحدة", EntityType.ORG, 1)]
    [InlineData("وليد المعلم", EntityType.PER, 1)]
    public void Story_entities_are_found_with_all_their_mentions(string name, EntityType type, int mentions)
    {
        var entity = Find(Pipeline.Analyze(Story), name);
        Assert.Equal(type, entity.Type);
        Assert.Equal(mentions, entity.Mentions.Length);
    }

    [Fact]
    public void Mention_after_a_preposition_excludes_it()
    {
        var doc = Pipeline.Analyze(Story);
        var moscow = Find(doc, "موسكو");
        int attached = Story.IndexOf("لموسكو", StringComparison.Ordinal);
        Assert.Contains(moscow.Mentions, m => m.Start == attached + 1 && m.End == attached + 6);
        Assert.All(moscow.Mentions, m => Assert.Equal("موسكو", doc.Slice(m.Span)));
    }

    [Fact]
    public void Mention_after_a_conjunction_excludes_it()
    {
        const string text = "وصل الوزير الى بغداد قادما من لندن وواشنطن.";
        var doc = Pipeline.Analyze(text);
        var washington = Find(doc, "واشنطن");
        int start = text.IndexOf("وواشنطن", StringComparison.Ordinal) + 1;
        Assert.Equal(new TextSpan(start, start + 6), Assert.Single(washington.Mentions).Span);
    }

    [Fact]
    public void Entity_ids_follow_first_mention_order()
    {
        var doc = Pipeline.Analyze(Story);
        Assert.Equal(Enumerable.Range(1, doc.Entities.Length).Select(i => $"e{i}"), doc.Entities.Select(e => e.Id));
        var firsts = doc.Entities.Select(e => e.Mentions[0].Start).ToArray();
        Assert.Equal(firsts.Order(), firsts);
    }

    [Fact]
    public void Stage_declares_what_it_needs_and_adds()
    {
        var stage = new EntityStage(ShippedModel.Instance);
        Assert.Equal(Layers.Tokens | Layers.Sentences, stage.Requires);
        Assert.Equal(Layers.Entities, stage.Provides);
        Assert.Throws<InvalidOperationException>(() => Core.Pipeline.CreateBuilder().Add(stage).Build());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("...؟!")]
    [InlineData("ال و ب ل")]
    public void Degenerate_input_gives_no_entities_and_no_error(string text) =>
        Assert.Empty(Pipeline.Analyze(text).Entities);

    [Fact]
    public void Random_text_never_throws_and_every_mention_is_a_valid_slice()
    {
        var random = new Random(7);
        const string alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى ًٌٍَُِّْـ٠١٢ 0123456789.,،؛؟!\"«»()-\n\u00A0\u200Fabc";
        for (int round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 200)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            AssertInvariants(Pipeline.Analyze(new string(chars)));
        }
        AssertInvariants(Pipeline.Analyze(Story));
    }

    private static void AssertInvariants(AnalyzedDocument doc)
    {
        var seen = new HashSet<TextSpan>();
        foreach (var entity in doc.Entities)
        {
            Assert.NotEmpty(entity.Mentions);
            int previous = -1;
            foreach (var mention in entity.Mentions)
            {
                Assert.InRange(mention.Start, 0, doc.Text.Length - 1);
                Assert.InRange(mention.End, mention.Start + 1, doc.Text.Length);
                Assert.True(mention.Start > previous, "mentions ordered");
                previous = mention.Start;
                Assert.True(seen.Add(mention.Span), "a span belongs to one entity");
                Assert.Contains(doc.Tokens, t => t.End == mention.End);
                Assert.False(char.IsWhiteSpace(doc.Text[mention.Start]));
            }
            Assert.Contains(entity.Mentions, m => doc.Slice(m.Span) == entity.Name);
        }
    }
}
