using System.Collections.Immutable;

namespace Hadath.Core;

public enum EntityType
{
    PER,
    LOC,
    ORG,
    MISC,
}

/// <summary>One place in the text where an entity is named; the span excludes attached clitics (لموسكو → موسكو).</summary>
public readonly record struct Mention(TextSpan Span)
{
    public int Start => Span.Start;
    public int End => Span.End;
}

/// <summary>A distinct entity of the story with all its mentions. Other layers refer to it by <see cref="Id"/>.</summary>
public sealed record Entity(string Id, EntityType Type, string Name, ImmutableArray<Mention> Mentions)
{
    /// <summary>CAMEO actor code (USAGOV, RUSGOV, IGOUNO…) when known.</summary>
    public string? Actor { get; init; }
}

public sealed record Quote(TextSpan Span, bool Direct)
{
    public int Start => Span.Start;
    public int End => Span.End;

    /// <summary>Id of the speaking entity, or null for unnamed speakers (مسؤول اميركي).</summary>
    public string? SpeakerId { get; init; }

    public TextSpan? SpeakerSpan { get; init; }

    public TextSpan? CueSpan { get; init; }
}

public sealed record Count(TextSpan Span, string Kind, double Value)
{
    public int Start => Span.Start;
    public int End => Span.End;

    /// <summary>Id of the LOC entity the count refers to, when stated.</summary>
    public string? PlaceId { get; init; }

    /// <summary>How the value is qualified: "about", "more-than", "at-least"… or null when exact.</summary>
    public string? Qualifier { get; init; }
}

public sealed record TimeExpression(TextSpan Span, string Value)
{
    public int Start => Span.Start;
    public int End => Span.End;

    /// <summary>The part of the period meant: "early" (مطلع), "mid" (منتصف), "late" (اواخر); null for all of it.</summary>
    public string? Modifier { get; init; }
}

public sealed record EventArgument(string? EntityId, string? Actor)
{
    /// <summary>For an actor no entity stands for (قوات الامن, المتظاهرون): the words that name it; null for an entity.</summary>
    public TextSpan? Span { get; init; }
}

public sealed record Event(TextSpan Span, string Code, string Rule)
{
    public int Start => Span.Start;
    public int End => Span.End;
    public string? Plover { get; init; }
    public int Quad { get; init; }
    public double? Goldstein { get; init; }
    public EventArgument? Source { get; init; }
    public EventArgument? Target { get; init; }
    public string? PlaceId { get; init; }
    public string? Time { get; init; }

    /// <summary>Set for negated, hypothetical or denied actions that are still reported.</summary>
    public string? Modality { get; init; }
}
