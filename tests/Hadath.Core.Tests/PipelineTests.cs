using System.Collections.Immutable;
using Hadath.Core;

namespace Hadath.Core.Tests;

public sealed class PipelineTests
{
    private sealed class FakeStage(string name, Layers requires, Layers provides) : IStage
    {
        public string Name => name;
        public Layers Requires => requires;
        public Layers Provides => provides;

        public AnalyzedDocument Process(AnalyzedDocument document) =>
            document with { Present = document.Present | provides };
    }

    [Fact]
    public void Build_rejects_a_stage_whose_requirement_comes_later()
    {
        var builder = Pipeline.CreateBuilder()
            .Add(new FakeStage("segmenter", Layers.Tokens, Layers.Segments))
            .Add(new FakeStage("tokenizer", Layers.None, Layers.Tokens));

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("segmenter", error.Message);
        Assert.Contains("Tokens", error.Message);
    }

    [Fact]
    public void Build_rejects_a_layer_provided_twice()
    {
        var builder = Pipeline.CreateBuilder()
            .Add(new FakeStage("a", Layers.None, Layers.Tokens))
            .Add(new FakeStage("b", Layers.None, Layers.Tokens));

        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void Run_applies_stages_in_order_and_reports_what_it_provides()
    {
        var pipeline = Pipeline.CreateBuilder()
            .Add(new FakeStage("tokenizer", Layers.None, Layers.Tokens))
            .Add(new FakeStage("sentences", Layers.Tokens, Layers.Sentences))
            .Build();

        var doc = pipeline.Analyze("قال كيري");

        Assert.Equal(Layers.Tokens | Layers.Sentences, pipeline.Provides);
        Assert.True(doc.Has(Layers.Tokens | Layers.Sentences));
        Assert.Equal("قال كيري", doc.Text);
    }

    [Fact]
    public void TokenRange_finds_the_tokens_inside_a_span()
    {
        var doc = new AnalyzedDocument("قال جون كيري امس").WithTokens(ImmutableArray.Create(
            new Token(new TextSpan(0, 3), TokenKind.Word),
            new Token(new TextSpan(4, 7), TokenKind.Word),
            new Token(new TextSpan(8, 12), TokenKind.Word),
            new Token(new TextSpan(13, 16), TokenKind.Word)));

        var range = doc.TokenRange(new TextSpan(4, 12));

        Assert.Equal(1, range.Start.Value);
        Assert.Equal(3, range.End.Value);
        Assert.Equal("جون كيري", doc.Slice(new TextSpan(doc.Tokens[1].Start, doc.Tokens[2].End)));
    }

    [Fact]
    public void StemSpan_is_the_stem_segment_or_the_whole_token()
    {
        var plain = new Token(new TextSpan(0, 5), TokenKind.Word);
        var split = plain with
        {
            Segments = ImmutableArray.Create(
                new Segment(new TextSpan(0, 1), "ل", SegmentRole.Proclitic),
                new Segment(new TextSpan(1, 5), "موسكو", SegmentRole.Stem)),
        };

        Assert.Equal(new TextSpan(0, 5), plain.StemSpan);
        Assert.Equal(new TextSpan(1, 5), split.StemSpan);
    }
}
