namespace Hadath.Core;

/// <summary>
/// One step of analysis: a pure function from a document to a document with more layers. Implementations
/// must be thread-safe (one instance serves every thread) and must never change <see cref="AnalyzedDocument.Text"/>.
/// </summary>
public interface IStage
{
    string Name { get; }

    /// <summary>Layers that must be present before this stage runs.</summary>
    Layers Requires { get; }

    /// <summary>Layers this stage adds.</summary>
    Layers Provides { get; }

    AnalyzedDocument Process(AnalyzedDocument document);
}
