using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Adds the <see cref="Layers.Events"/> layer: CAMEO-coded events with PLOVER type, QuadClass and Goldstein
/// score, the trigger span and the rule that fired. When entities are present, the source is the entity
/// mentioned last before the trigger, the target the first one after it that is not its place (a LOC after
/// في), and the actors are theirs; the time is the first time expression of the sentence. One record per
/// PLOVER type, source and target in a sentence: a suicide bombing with its toll is one event, not three.
/// </summary>
public sealed class EventStage : IStage
{
    private readonly EventRecognizer _recognizer;
    private readonly CameoCodes _codes;

    public EventStage() : this(new EventRecognizer(EventLexicon.Shared, NumberReader.Shared), CameoCodes.Shared)
    {
    }

    public EventStage(EventRecognizer recognizer, CameoCodes codes)
    {
        _recognizer = recognizer;
        _codes = codes;
    }

    public string Name => "events";
    public Layers Requires => Layers.Sentences;
    public Layers Provides => Layers.Events;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var events = ImmutableArray.CreateBuilder<Event>();
        var mentions = document.Entities
            .SelectMany(e => e.Mentions.Select(m => (m.Span, Entity: e)))
            .OrderBy(m => m.Span.Start)
            .ToArray();
        foreach (var sentence in document.Sentences)
        {
            var words = WordScanner.Scan(document.Text, sentence.Span);
            var seen = new HashSet<(string?, string?, string?)>();
            foreach (var hit in _recognizer.Recognize(document.Text, words))
            {
                var code = _codes.Lookup(hit.Trigger.Code);
                // Places (after في) and the dateline are where, not who.
                var inSentence = mentions.Where(m => sentence.Span.Contains(m.Span) && !IsDateline(document.Text, m.Span)).ToArray();
                var source = inSentence.LastOrDefault(m => m.Span.End <= hit.Span.Start &&
                                                           !(m.Entity.Type == EntityType.LOC && CountStage.AfterFi(document.Text, m.Span.Start))).Entity;
                var place = inSentence.FirstOrDefault(m => m.Entity.Type == EntityType.LOC && m.Span.Start >= hit.Span.End &&
                                                           CountStage.AfterFi(document.Text, m.Span.Start)).Entity;
                var target = inSentence.FirstOrDefault(m => m.Span.Start >= hit.Span.End && m.Entity != place && m.Entity != source).Entity;
                if (!seen.Add((code.Plover ?? code.Code, source?.Id, target?.Id))) continue;
                var time = document.Times.FirstOrDefault(t => sentence.Span.Contains(t.Span) && !t.Value.StartsWith('P'));
                events.Add(new Event(hit.Span, code.Code, hit.Rule)
                {
                    Plover = code.Plover,
                    Quad = code.Quad,
                    Goldstein = code.Goldstein,
                    Source = source is null ? null : new EventArgument(source.Id, source.Actor),
                    Target = target is null ? null : new EventArgument(target.Id, target.Actor),
                    PlaceId = place?.Id,
                    Time = time?.Value,
                });
            }
        }
        return document.WithEvents(events.ToImmutable());
    }

    /// <summary>A mention in the opening words before the agency tag: بغداد (اف ب) -.</summary>
    private static bool IsDateline(string text, TextSpan span)
    {
        int head = text.IndexOfAny(new[] { '(', '-', '\u2013', '\n' });
        return head >= 0 && head <= 40 && span.End <= head;
    }
}
