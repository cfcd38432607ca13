using System.Collections.Immutable;
using Hadath.Core;

namespace Hadath.Arabic.Tokenization;

/// <summary>PLACEHOLDER (whitespace + punctuation); replaced by the real Arabic tokenizer.</summary>
public sealed class TokenizerStage : IStage
{
    public string Name => "tokenizer";
    public Layers Requires => Layers.None;
    public Layers Provides => Layers.Tokens;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var text = document.Text;
        var tokens = ImmutableArray.CreateBuilder<Token>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
                tokens.Add(new Token(new TextSpan(start, i), char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word));
            }
            else
            {
                i++;
                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Punctuation));
            }
        }
        return document.WithTokens(tokens.ToImmutable());
    }
}
