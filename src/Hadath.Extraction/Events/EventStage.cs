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
/// Other CAMEO roots come from the compiled verb table (<see cref="CameoVerbTable"/>, rule <c>cameo-dict:ID</c>),
/// only when the source or the target has an actor code, never as ASSAULT/PROTEST (the hand-written triggers
/// and their conditions own those), and with the same negation/hypothetical/denial filters.
/// </summary>
public sealed class EventStage : IStage
{
    // Words right before a verb that make it a plan, a wish or a possibility (قد يلتقي, سوف يزور, ان يوقع).
    private static readonly HashSet<string> NotYet = new(StringComparer.Ordinal) { "قد", "سوف", "ان", "لكي", "كي", "حتى", "يعتزم", "تعتزم", "يريد", "تريد", "يجب" };

    // Right after these a verb spelling is its verbal noun (عن رفض المرسوم, بعد حث الدول, قرار قطع العلاقات).
    private static readonly HashSet<string> NounContext = new(StringComparer.Ordinal) { "عن", "من", "علي", "الي", "في", "بعد", "قبل", "حول", "ضد", "قرار", "بقرار", "لقرار", "عهد" };

    private readonly EventRecognizer _recognizer;
    private readonly CameoCodes _codes;
    private readonly CameoVerbTable _verbs;

    public EventStage() : this(new EventRecognizer(EventLexicon.Shared, NumberReader.Shared), CameoCodes.Shared, CameoVerbTable.Shared)
    {
    }

    public EventStage(EventRecognizer recognizer, CameoCodes codes, CameoVerbTable verbs)
    {
        _recognizer = recognizer;
        _codes = codes;
        _verbs = verbs;
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
        int dateline = DatelineHead.End(document.Text);
        foreach (var sentence in document.Sentences)
        {
            var words = WordScanner.Scan(document.Text, sentence.Span);
            var readings = Proclitics.ReadingsOf(document.Text, words);
            var handHits = _recognizer.Recognize(document.Text, words, readings);
            var verbHits = _verbs.Find(document.Text, words, readings);
            if (handHits.Count == 0 && verbHits.Count == 0) continue;
            // Places (after في) and the dateline are where, not who.
            var inSentence = mentions.Where(m => sentence.Span.Contains(m.Span) && !DatelineHead.Holds(dateline, m.Span)).ToArray();
            var time = document.Times.FirstOrDefault(t => sentence.Span.Contains(t.Span) && !t.Value.StartsWith('P'));
            var seen = new HashSet<(string?, string?, string?)>();
            var found = new List<Event>();
            foreach (var hit in handHits)
            {
                var code = _codes.Lookup(hit.Trigger.Code);
                var (source, target, place) = Arguments(document.Text, inSentence, hit.Span);
                if (!seen.Add((code.Plover ?? code.Code, source?.Id, target?.Id))) continue;
                found.Add(Record(hit.Span, code, hit.Rule, source, target, place, time));
            }
            var dictSeen = new HashSet<(string, string?, string?)>();
            foreach (var hit in verbHits)
            {
                if (handHits.Any(h => h.Span.Start < hit.Span.End && hit.Span.Start < h.Span.End)) continue;
                if (_recognizer.IsBlocked(readings, hit.Word) || (hit.Word > 0 && (NotYet.Contains(words[hit.Word - 1].Key) || NounContext.Contains(words[hit.Word - 1].Key)))) continue;
                var code = _codes.Lookup(hit.Pattern.Code);
                if (code.Plover is "ASSAULT" or "PROTEST") continue;
                var (source, target, place) = VerbArguments(document.Text, inSentence, hit.Span);
                if (source?.Actor is null && target?.Actor is null) continue;
                if (seen.Contains((code.Plover ?? code.Code, source?.Id, target?.Id)) || !dictSeen.Add((code.Code, source?.Id, target?.Id))) continue;
                found.Add(Record(hit.Span, code, "cameo-dict:" + hit.Pattern.Id, source, target, place, time));
            }
            events.AddRange(found.OrderBy(e => e.Start));
        }
        return document.WithEvents(events.ToImmutable());
    }

    private static (Entity? Source, Entity? Target, Entity? Place) Arguments(string text, (TextSpan Span, Entity Entity)[] inSentence, TextSpan trigger)
    {
        var source = inSentence.LastOrDefault(m => m.Span.End <= trigger.Start &&
                                                   !(m.Entity.Type == EntityType.LOC && CountStage.AfterFi(text, m.Span.Start))).Entity;
        var place = inSentence.FirstOrDefault(m => m.Entity.Type == EntityType.LOC && m.Span.Start >= trigger.End &&
                                                   CountStage.AfterFi(text, m.Span.Start)).Entity;
        var target = inSentence.FirstOrDefault(m => m.Span.Start >= trigger.End && m.Entity != place && m.Entity != source).Entity;
        return (source, target, place);
    }

    /// <summary>
    /// Arguments of a verb: subject-verb-object when an entity stands right before it (ندد هولاند… / هولاند ندد),
    /// else the Arabic verb-subject-object order: the first entity after the verb is its source, the next its target;
    /// with no entity after the verb, the nearest one before it.
    /// </summary>
    private static (Entity? Source, Entity? Target, Entity? Place) VerbArguments(string text, (TextSpan Span, Entity Entity)[] inSentence, TextSpan verb)
    {
        var (source, target, place) = Arguments(text, inSentence, verb);
        var before = inSentence.LastOrDefault(m => m.Span.End <= verb.Start);
        // A verb that carries و/ف opens a new clause: what stands before it is not its subject.
        bool conjunction = verb.Start > 0 && text[verb.Start - 1] is 'و' or 'ف';
        if (!conjunction && before.Entity is not null && before.Entity == source && WordsBetween(text, before.Span.End, verb.Start) == 0) return (source, target, place);
        var after = inSentence.Where(m => m.Span.Start >= verb.End && m.Entity != place).Select(m => m.Entity).Distinct().ToArray();
        // No one named after the verb (الشرطة اوقفت 12 متظاهرا): the nearest entity before it, as for the other triggers.
        return after.Length == 0 ? (source, target, place) : (after[0], after.ElementAtOrDefault(1), place);
    }

    private static int WordsBetween(string text, int start, int end) =>
        text.AsSpan(start, end - start).Trim().IsEmpty ? 0 : text.AsSpan(start, end - start).Trim().Count(' ') + 1;

    private static Event Record(TextSpan span, CameoCode code, string rule, Entity? source, Entity? target, Entity? place, TimeExpression? time) =>
        new(span, code.Code, rule)
        {
            Plover = code.Plover,
            Quad = code.Quad,
            Goldstein = code.Goldstein,
            Source = source is null ? null : new EventArgument(source.Id, source.Actor),
            Target = target is null ? null : new EventArgument(target.Id, target.Actor),
            PlaceId = place?.Id,
            Time = time?.Value,
        };
}
