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

    /// <summary>Records the order it saw documents in; throws on a document whose text is "boom".</summary>
    private sealed class RecordingStage(string name, Layers requires, Layers provides, List<string> seen) : IStage
    {
        public string Name => name;
        public Layers Requires => requires;
        public Layers Provides => provides;

        public AnalyzedDocument Process(AnalyzedDocument document)
        {
            seen.Add($"{name}:{document.Text}");
            if (document.Text == "boom") throw new InvalidOperationException("no words");
            return document with { Present = document.Present | provides };
        }
    }

    [Fact]
    public void RunBatch_takes_every_document_through_a_stage_before_the_next()
    {
        var seen = new List<string>();
        var pipeline = Pipeline.CreateBuilder()
            .Add(new RecordingStage("tokenizer", Layers.None, Layers.Tokens, seen))
            .Add(new RecordingStage("sentences", Layers.Tokens, Layers.Sentences, seen))
            .Build();

        var results = pipeline.RunBatch([new AnalyzedDocument("قال"), new AnalyzedDocument("كيري")]);

        Assert.Equal(["tokenizer:قال", "tokenizer:كيري", "sentences:قال", "sentences:كيري"], seen);
        Assert.Equal(["قال", "كيري"], results.Select(r => r.Document!.Text));
        Assert.All(results, r => Assert.True(r.Document!.Has(Layers.Tokens | Layers.Sentences)));
        Assert.All(results, r => Assert.Null(r.Failure));
    }

    [Fact]
    public void RunBatch_reports_a_failing_document_with_its_stage_and_goes_on_with_the_others()
    {
        var seen = new List<string>();
        var pipeline = Pipeline.CreateBuilder()
            .Add(new RecordingStage("tokenizer", Layers.None, Layers.Tokens, seen))
            .Add(new RecordingStage("sentences", Layers.Tokens, Layers.Sentences, seen))
            .Build();

        var results = pipeline.RunBatch([new AnalyzedDocument("قال"), new AnalyzedDocument("boom"), new AnalyzedDocument("كيري")]);

        Assert.Null(results[1].Document);
        Assert.Equal("tokenizer", results[1].FailedStage);
        Assert.Equal("stage 'tokenizer': InvalidOperationException: no words", results[1].FailureMessage);
        Assert.Equal(["قال", "كيري"], new[] { results[0], results[2] }.Select(r => r.Document!.Text));
        Assert.True(results[2].Document!.Has(Layers.Sentences));
        Assert.DoesNotContain("sentences:boom", seen);
    }

    [Fact]
    public void Batches_hold_size_items_in_order_and_close_early_at_MaxBatchChars()
    {
        var counted = Pipeline.Batches(Enumerable.Range(0, 7 * 2 + 3), _ => 10, 7).ToList();
        Assert.Equal([7, 7, 3], counted.Select(b => b.Length));
        Assert.Equal(Enumerable.Range(0, 7 * 2 + 3), counted.SelectMany(b => b));

        // Three long items: the first two reach the limit together, the third is a batch of its own.
        var sized = Pipeline.Batches(new[] { 1, 2, 3 }, _ => Pipeline.MaxBatchChars / 2, Pipeline.BatchSize).ToList();
        Assert.Equal([[1, 2], [3]], sized);
        Assert.Empty(Pipeline.Batches(Array.Empty<int>(), _ => 1, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pipeline.Batches(new[] { 1 }, _ => 1, 0).ToList());
    }

    [Fact]
    public void One_thread_takes_long_batches_and_several_threads_short_ones()
    {
        Assert.Equal(256, Pipeline.BatchSizeFor(1));
        Assert.Equal(64, Pipeline.BatchSizeFor(2));
        Assert.Equal(64, Pipeline.BatchSizeFor(16));
        var one = Pipeline.Batches(Enumerable.Range(0, 300), _ => 1000, Pipeline.BatchSizeFor(1)).ToList();
        Assert.Equal([256, 44], one.Select(b => b.Length));
        var many = Pipeline.Batches(Enumerable.Range(0, 300), _ => 1000, Pipeline.BatchSizeFor(4)).ToList();
        Assert.Equal([64, 64, 64, 64, 44], many.Select(b => b.Length));
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
