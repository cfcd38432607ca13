namespace Hadath.Core.Input;

/// <summary>
/// One item read from an input: a document, or the reason one could not be read. A bad item never stops the
/// rest; <see cref="Origin"/> says where it came from (<c>file</c>, <c>file:line</c>, <c>archive!entry</c>).
/// </summary>
public sealed record InputDocument(string Origin, string? Text, DocumentMetadata Metadata, string? Error)
{
    public bool IsError => Error is not null;

    public static InputDocument Ok(string origin, string text, DocumentMetadata metadata) =>
        new(origin, text, metadata with { Origin = origin }, null);

    public static InputDocument Fail(string origin, string error) =>
        new(origin, null, DocumentMetadata.Empty with { Origin = origin }, error);
}

public enum InputFormat
{
    Auto,
    Text,
    Json,
    JsonLines,
}

public enum InputEncoding
{
    Utf8,
    Windows1256,
}
