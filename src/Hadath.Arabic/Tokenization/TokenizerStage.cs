using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        // Tokens are gathered in a list this thread keeps, then copied once into an array of the exact size: a
        // builder sized by guess cost a second array per document, and every array made here is garbage to collect.
        var tokens = t_scratch ?? new List<Token>(1024);
        t_scratch = null;
        try
        {
            var scanner = new TokenScanner(text);
            while (scanner.MoveNext(out var span, out var kind))
            {
                tokens.Add(new Token(span, kind));
            }
            return ImmutableArray.Create<Token>(CollectionsMarshal.AsSpan(tokens));
        }
        finally
        {
            // Cleared so the tokens die with their document; a list grown by a huge text is not kept.
            tokens.Clear();
            if (tokens.Capacity <= MaxKeptCapacity) t_scratch = tokens;
        }
    }

    private const int MaxKeptCapacity = 1 << 16;

    [ThreadStatic] private static List<Token>? t_scratch;
}
