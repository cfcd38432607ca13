using System.Collections.Immutable;
using Hadath.Arabic.Sentences;
using Hadath.Arabic.Tokenization;
using Hadath.Core;

namespace Hadath.Extraction.Tests;

/// <summary>Builds documents for tests: the shipped tokenizer and sentence splitter, plus hand-made entities.</summary>
internal static class Docs
{
    /// <summary>The date of a test story that gives none.</summary>
    private const string DefaultDate = "2016-07-15";

    public static AnalyzedDocument Tokenized(string text, string? date = DefaultDate)
    {
        var meta = new DocumentMetadata { Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };
        var doc = new AnalyzedDocument(text, meta);
        doc = new TokenizerStage().Process(doc);
        return new SentenceSplitterStage().Process(doc);
    }

    /// <summary>The text with entities given as (id, type, surface, actor code) rows; every occurrence of a surface is a mention.</summary>
    public static AnalyzedDocument WithActors(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities) =>
        WithActorsOn(DefaultDate, text, entities);

    /// <summary><see cref="WithActors"/> for a story dated <paramref name="date"/>.</summary>
    public static AnalyzedDocument WithActorsOn(string? date, string text, params (string Id, EntityType Type, string Surface, string? Actor)[] entities)
    {
        var doc = Tokenized(text, date);
        foreach (var (id, type, surface, _) in entities) doc = doc.WithEntity(id, type, surface, surface);
        var actors = entities.ToDictionary(e => e.Id, e => e.Actor);
        return doc.WithEntities(doc.Has(Layers.Entities) ? doc.Entities.Select(e => e with { Actor = actors[e.Id] }).ToImmutableArray() : ImmutableArray<Entity>.Empty);
    }

    /// <summary>
    /// The actor code <see cref="Actors.ActorStage"/> gives <paramref name="person"/> in a story dated 2024-05-01, with the
    /// other names given numbered e1, e2… in text order, as the names stage numbers them.
    /// </summary>
    public static string? PersonActor(string text, string person, params (string Surface, EntityType Type)[] others)
    {
        var doc = Tokenized(text, "2024-05-01");
        int id = 1;
        foreach (var (surface, type) in others) doc = doc.WithEntity("e" + id++, type, surface, surface);
        doc = doc.WithEntity("p", EntityType.PER, person, person);
        return new Actors.ActorStage().Process(doc).Entities.Single(e => e.Id == "p").Actor;
    }

    /// <summary>
    /// The actor code <see cref="Actors.ActorStage"/> gives the body <paramref name="name"/>, every occurrence of it in
    /// <paramref name="text"/> a mention (and of <paramref name="others"/>, its other ways of being written).
    /// </summary>
    public static string? BodyActor(string text, string name, string? date = DefaultDate, params string[] others)
    {
        var doc = Tokenized(text, date).WithEntity("e1", EntityType.ORG, name, [name, .. others]);
        return new Actors.ActorStage().Process(doc).Entities.Single(e => e.Id == "e1").Actor;
    }

    /// <summary>
    /// The events of <paramref name="text"/> (the count stage run first, as the pipeline runs it), with those of the
    /// (id, type, surface, actor code) rows whose surface it holds as its entities.
    /// </summary>
    public static IReadOnlyList<Event> Events(string text, params (string Id, EntityType Type, string Surface, string? Actor)[] named) =>
        new Events.EventStage().Process(new Counts.CountStage().Process(WithActors(text, named.Where(e => text.Contains(e.Surface, StringComparison.Ordinal)).ToArray()))).Events;

    /// <summary>The text with entities given as (id, type, surface) rows; every occurrence of a surface is a mention.</summary>
    public static AnalyzedDocument WithNamed(string text, params (string Id, EntityType Type, string Surface)[] entities)
    {
        var doc = Tokenized(text);
        foreach (var (id, type, surface) in entities) doc = doc.WithEntity(id, type, surface, surface);
        return doc;
    }

    /// <summary>The words an unnamed event side was read from (قوات الامن), or null when an entity or nothing fills it.</summary>
    public static string? ArgumentWords(string text, EventArgument? arg) => arg?.Span is { } s ? text[s.Start..s.End] : null;

    /// <summary>Adds an entity with a mention at every occurrence of each of <paramref name="surfaces"/>.</summary>
    public static AnalyzedDocument WithEntity(this AnalyzedDocument doc, string id, EntityType type, string name, params string[] surfaces)
    {
        var mentions = new List<Mention>();
        foreach (var surface in surfaces)
        {
            int at = 0;
            while ((at = doc.Text.IndexOf(surface, at, StringComparison.Ordinal)) >= 0)
            {
                mentions.Add(new Mention(new TextSpan(at, at + surface.Length)));
                at += surface.Length;
            }
        }
        if (mentions.Count == 0) throw new ArgumentException($"'{name}' is not in the text");
        var entity = new Entity(id, type, name, mentions.OrderBy(m => m.Start).ToImmutableArray());
        var entities = doc.Has(Layers.Entities) ? doc.Entities.Add(entity) : ImmutableArray.Create(entity);
        return doc.WithEntities(entities);
    }

    /// <summary>The span of the <paramref name="nth"/> occurrence of <paramref name="surface"/>.</summary>
    public static TextSpan Find(string text, string surface, int nth = 0)
    {
        int at = -1;
        for (int k = 0; k <= nth; k++)
        {
            at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{surface}' not found");
        }
        return new TextSpan(at, at + surface.Length);
    }
}
