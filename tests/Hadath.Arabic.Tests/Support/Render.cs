using Hadath.Arabic.Sentences;
using Hadath.Arabic.Tokenization;
using Hadath.Core;

namespace Hadath.Arabic.Tests.Support;

/// <summary>Compact, exact renderings for <c>[Theory]</c> rows: <c>surface@start</c> pins the span, since the surface is the slice.</summary>
internal static class Render
{
    public static AnalyzedDocument Analyze(string text)
    {
        var doc = new TokenizerStage().Process(new AnalyzedDocument(text));
        return new SentenceSplitterStage().Process(doc);
    }

    public static string Tokens(string text) => Tokens(Analyze(text));

    public static string Tokens(AnalyzedDocument doc) =>
        string.Join(" ", doc.Tokens.Select(t => $"{doc.Slice(t.Span)}@{t.Start}"));

    public static string Sentences(string text)
    {
        var doc = Analyze(text);
        return string.Join(" | ", doc.Sentences.Select(s => $"{s.Start}:{doc.Slice(s.Span)}"));
    }
}
