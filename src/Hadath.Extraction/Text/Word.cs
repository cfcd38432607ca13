using Hadath.Core;

namespace Hadath.Extraction.Text;

public enum WordKind
{
    Letters,
    Number,
    Punctuation,
}

/// <summary>
/// A word as the extractors see it: its span in the original text, its <see cref="MatchKey"/>, and for numbers
/// the value written in digits (any script; <c>1,5</c> and <c>٣٫٥</c> are decimals, <c>1,234</c> groups thousands).
/// </summary>
public sealed record Word(TextSpan Span, WordKind Kind, string Key, double Value = 0, int Digits = 0)
{
    public int Start => Span.Start;
    public int End => Span.End;

    public bool IsLetters => Kind == WordKind.Letters;
    public bool IsNumber => Kind == WordKind.Number;
    public bool Is(string key) => Key == key;
    public bool IsInteger => IsNumber && Value == Math.Floor(Value);
}
