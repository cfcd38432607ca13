using System.Collections.Immutable;
using Hadath.Core;

namespace Hadath.Arabic.Sentences;

/// <summary>PLACEHOLDER: splits after . ؟ ! tokens; replaced by the real splitter.</summary>
public sealed class SentenceSplitterStage : IStage
{
    public string Name => "sentences";
    public Layers Requires => Layers.Tokens;
    public Layers Provides => Layers.Sentences;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        int start = -1;
        foreach (var t in document.Tokens)
        {
            if (start < 0) start = t.Start;
            var s = document.SliceSpan(t.Span);
            if (s is "." or "؟" or "!")
            {
                result.Add(new Sentence(new TextSpan(start, t.End)));
                start = -1;
            }
        }
        if (start >= 0) result.Add(new Sentence(new TextSpan(start, document.Tokens[^1].End)));
        return document.WithSentences(result.ToImmutable());
    }
}
