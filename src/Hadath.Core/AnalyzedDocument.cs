using System.Collections.Immutable;

namespace Hadath.Core;

/// <summary>
/// The input text, never altered, and every layer found in it. Immutable: a stage returns a new document
/// with its layer added (<c>doc with { Tokens = … }</c> through the <c>With…</c> helpers, which also record the layer).
/// </summary>
public sealed record AnalyzedDocument
{
    public AnalyzedDocument(string text, DocumentMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Metadata = metadata ?? DocumentMetadata.Empty;
    }

    public string Text { get; }
    public DocumentMetadata Metadata { get; init; }
    public Layers Present { get; init; }

    public ImmutableArray<Sentence> Sentences { get; init; } = ImmutableArray<Sentence>.Empty;
    public ImmutableArray<Token> Tokens { get; init; } = ImmutableArray<Token>.Empty;
    public ImmutableArray<Entity> Entities { get; init; } = ImmutableArray<Entity>.Empty;
    public ImmutableArray<Quote> Quotes { get; init; } = ImmutableArray<Quote>.Empty;
    public ImmutableArray<Count> Counts { get; init; } = ImmutableArray<Count>.Empty;
    public ImmutableArray<TimeExpression> Times { get; init; } = ImmutableArray<TimeExpression>.Empty;
    public ImmutableArray<Event> Events { get; init; } = ImmutableArray<Event>.Empty;

    public bool Has(Layers layers) => (Present & layers) == layers;

    public string Slice(TextSpan span) => Text[span.Start..span.End];

    public ReadOnlySpan<char> SliceSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public AnalyzedDocument WithSentences(ImmutableArray<Sentence> sentences) =>
        this with { Sentences = sentences, Present = Present | Layers.Sentences };

    public AnalyzedDocument WithTokens(ImmutableArray<Token> tokens) =>
        this with { Tokens = tokens, Present = Present | Layers.Tokens };

    /// <summary>Replaces the tokens by the same tokens carrying their segments.</summary>
    public AnalyzedDocument WithSegmentedTokens(ImmutableArray<Token> tokens) =>
        this with { Tokens = tokens, Present = Present | Layers.Segments };

    public AnalyzedDocument WithEntities(ImmutableArray<Entity> entities) =>
        this with { Entities = entities, Present = Present | Layers.Entities };

    public AnalyzedDocument WithQuotes(ImmutableArray<Quote> quotes) =>
        this with { Quotes = quotes, Present = Present | Layers.Quotes };

    public AnalyzedDocument WithCounts(ImmutableArray<Count> counts) =>
        this with { Counts = counts, Present = Present | Layers.Counts };

    public AnalyzedDocument WithTimes(ImmutableArray<TimeExpression> times) =>
        this with { Times = times, Present = Present | Layers.Times };

    public AnalyzedDocument WithEvents(ImmutableArray<Event> events) =>
        this with { Events = events, Present = Present | Layers.Events };

    /// <summary>Indices into <see cref="Tokens"/> of the tokens inside <paramref name="span"/>, by binary search.</summary>
    public Range TokenRange(TextSpan span)
    {
        int lo = LowerBound(span.Start);
        int hi = lo;
        while (hi < Tokens.Length && Tokens[hi].Start < span.End)
        {
            hi++;
        }
        return lo..hi;
    }

    private int LowerBound(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
