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
/// <remarks>
/// A document has one per word, held in one array (<see cref="DocumentWords"/>): a value of 24 bytes, its span, its
/// key, and for anything but a plain letter word its kind, value and digits in a small shared or per-number object.
/// As objects of their own (40 bytes each, and a reference to each in the array) they were most of what the
/// extractors allocated.
/// </remarks>
public readonly record struct Word
{
    public Word(TextSpan Span, WordKind Kind, string Key, double Value = 0, int Digits = 0)
    {
        this.Span = Span;
        this.Key = Key;
        _rest = Kind == WordKind.Letters && Value == 0 && Digits == 0 ? null
            : Kind == WordKind.Punctuation && Value == 0 && Digits == 0 ? Rest.Punctuation
            : new Rest(Kind, Value, Digits);
    }

    /// <summary>Kind, value and digits of any word but a plain letter word (null for those, most words).</summary>
    private readonly Rest? _rest;

    private sealed record Rest(WordKind Kind, double Value, int Digits)
    {
        public static readonly Rest Punctuation = new(WordKind.Punctuation, 0, 0);
    }

    // In the order the positional record declared them (its printed form lists them so).
    public TextSpan Span { get; }
    public WordKind Kind => _rest?.Kind ?? WordKind.Letters;
    public string Key { get; }
    public double Value => _rest?.Value ?? 0;
    public int Digits => _rest?.Digits ?? 0;

    public int Start => Span.Start;
    public int End => Span.End;

    public bool IsLetters => _rest is null || _rest.Kind == WordKind.Letters;
    public bool IsNumber => _rest is { Kind: WordKind.Number };

    /// <summary>An Arabic or a Latin comma (، ,).</summary>
    public bool IsComma => Key is "،" or ",";
    /// <summary>A quotation mark, straight or curly, opening or closing (" « » “ ”).</summary>
    public bool IsQuotationMark => Key is "\"" or "«" or "»" or "“" or "”";
    public bool Is(string key) => Key == key;
    public bool IsInteger => IsNumber && Value == Math.Floor(Value);

    public void Deconstruct(out TextSpan Span, out WordKind Kind, out string Key, out double Value, out int Digits)
    {
        Span = this.Span;
        Kind = this.Kind;
        Key = this.Key;
        Value = this.Value;
        Digits = this.Digits;
    }
}
