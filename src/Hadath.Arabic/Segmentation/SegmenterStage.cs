using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hadath.Core;

namespace Hadath.Arabic.Segmentation;

/// <summary>Splits every token into its syntactic words (clitics and stem), PADT style.</summary>
public sealed class SegmenterStage : IStage
{
    private readonly CliticSegmenter? _segmenter;

    /// <summary>Uses the segmenter embedded in this assembly, loaded on first use.</summary>
    public SegmenterStage() { }

    public SegmenterStage(CliticSegmenter segmenter) => _segmenter = segmenter;

    private const int PrefetchDistance = 8;

    public string Name => "segmenter";
    public Layers Requires => Layers.Tokens;
    public Layers Provides => Layers.Segments;

    public CliticSegmenter Segmenter => _segmenter ?? EmbeddedSegmenter.Instance;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var segmenter = Segmenter;
        var text = document.Text.AsSpan();
        var source = document.Tokens;
        var tokens = new Token[source.Length];
        // Each token's cache slot is a memory miss unless its spelling came up lately: asking for the slots a few
        // tokens ahead lets those misses overlap.
        // Each token is packed and hashed once, when its slot is asked for: the probes of the tokens ahead wait in a ring.
        // The ring is a local of fixed size, not stackalloc: a method with a loop and stackalloc is compiled optimized
        // at once, without the profile that lets the JIT inline the lookup's hot path into this loop.
        var ahead = new ProbeRing();
        for (int i = 0; i < Math.Min(PrefetchDistance, tokens.Length); i++) ahead[i] = segmenter.PrefetchProbe(text.Slice(source[i].Start, source[i].Span.Length));
        for (int i = 0; i < tokens.Length; i++)
        {
            var probe = ahead[i % PrefetchDistance];
            if (i + PrefetchDistance < tokens.Length)
            {
                var next = source[i + PrefetchDistance];
                ahead[i % PrefetchDistance] = segmenter.PrefetchProbe(text.Slice(next.Start, next.Span.Length));
            }
            var token = source[i];
            // The token holds its spelling's shared analysis; segments are placed on it only when read.
            tokens[i] = token.WithSegments(segmenter.Analyze(text.Slice(token.Start, token.Span.Length), probe));
        }
        return document.WithSegmentedTokens(ImmutableCollectionsMarshal.AsImmutableArray(tokens));
    }

    [InlineArray(PrefetchDistance)]
    private struct ProbeRing
    {
        private SpellingProbe _first;
    }
}
