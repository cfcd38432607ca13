using System.Collections.Immutable;
using Hadath.Core;

namespace Hadath.Arabic.Tokenization;

/// <summary>
/// Splits the original text into surface tokens (words, numbers, punctuation, Latin words, URLs, e-mails,
/// hashtags, mentions) with <see cref="TokenScanner"/>; the text itself is never rewritten.
/// </summary>
public sealed class TokenizerStage : IStage
{
    public string Name => "tokenizer";
    public Layers Requires => Layers.None;
    public Layers Provides => Layers.Tokens;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.WithTokens(Tokenize(document.Text));
    }

    public static ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Arabic news averages five to six characters per token with its space; sizing for four avoids regrowing.
        var tokens = ImmutableArray.CreateBuilder<Token>(text.Length / 4 + 4);
        var scanner = new TokenScanner(text);
        while (scanner.MoveNext(out var span, out var kind))
        {
            tokens.Add(new Token(span, kind));
        }
        return tokens.DrainToImmutable();
    }
}
