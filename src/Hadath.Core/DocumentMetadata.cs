namespace Hadath.Core;

/// <summary>What came with a document besides its text. <see cref="Date"/> anchors relative times (أمس, الجمعة).</summary>
public sealed record DocumentMetadata
{
    public string? Id { get; init; }
    public DateOnly? Date { get; init; }
    public string? Title { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }

    /// <summary>Where the document came from (file, file:line, archive entry), for error reports.</summary>
    public string? Origin { get; init; }

    public static DocumentMetadata Empty { get; } = new();
}
