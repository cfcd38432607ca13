namespace Hadath.Core;

/// <summary>The annotation layers an <see cref="AnalyzedDocument"/> can carry. Stages declare which they need and add.</summary>
[Flags]
public enum Layers
{
    None = 0,
    Sentences = 1 << 0,
    Tokens = 1 << 1,
    Segments = 1 << 2,
    Entities = 1 << 3,
    Quotes = 1 << 4,
    Counts = 1 << 5,
    Times = 1 << 6,
    Events = 1 << 7,
}
