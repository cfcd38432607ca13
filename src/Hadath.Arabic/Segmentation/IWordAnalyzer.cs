namespace Hadath.Arabic.Segmentation;

/// <summary>Splits one Arabic word (letters only, no marks) into syntactic words. Implementations are thread-safe.</summary>
public interface IWordAnalyzer
{
    /// <summary>Which analyzer this is, for logs and the CLI (model or rule fallback, and where it came from).</summary>
    string Description { get; }

    WordAnalysis Analyze(string letters);
}
