using System.Collections.Immutable;
using Hadath.Core;

namespace Hadath.Arabic.Segmentation;

/// <summary>PLACEHOLDER: one stem segment per token; replaced by the trained clitic segmenter.</summary>
public sealed class SegmenterStage : IStage
{
    public string Name => "segmenter";
    public Layers Requires => Layers.Tokens;
    public Layers Provides => Layers.Segments;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var tokens = document.Tokens.Select(t => t with
        {
            Segments = ImmutableArray.Create(new Segment(t.Span, document.Slice(t.Span), SegmentRole.Stem)),
        }).ToImmutableArray();
        return document.WithSegmentedTokens(tokens);
    }
}
