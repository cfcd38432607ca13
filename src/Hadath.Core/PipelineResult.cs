namespace Hadath.Core;

/// <summary>
/// What <see cref="Pipeline.RunBatch"/> made of one document: the analyzed document, or the exception a stage threw
/// on it and that stage's name (the document is then left out of the later stages).
/// </summary>
public readonly record struct PipelineResult(AnalyzedDocument? Document, Exception? Failure, string? FailedStage)
{
    /// <summary>Why the document has no analysis, in one line ("stage 'names': InvalidOperationException: …"); null when it has one.</summary>
    public string? FailureMessage => Failure is null ? null : $"stage '{FailedStage}': {Failure.GetType().Name}: {Failure.Message}";
}
