using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Times;

/// <summary>
/// Adds the <see cref="Layers.Times"/> layer: dates, weekdays, relative days, months (Levantine, Egyptian,
/// Maghrebi, double forms), years, Hijri dates, ranges and durations, resolved against the story date
/// (<see cref="DocumentMetadata.Date"/>). Reads each sentence on its own so no expression spans two.
/// </summary>
public sealed class TimeStage : IStage
{
    private readonly TimeLexicon _lexicon;
    private readonly NumberReader _numbers;

    public TimeStage() : this(TimeLexicon.Shared, NumberReader.Shared)
    {
    }

    public TimeStage(TimeLexicon lexicon, NumberReader numbers)
    {
        _lexicon = lexicon;
        _numbers = numbers;
    }

    public string Name => "times";
    public Layers Requires => Layers.Sentences;
    public Layers Provides => Layers.Times;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var times = ImmutableArray.CreateBuilder<TimeExpression>();
        // Holds per-sentence state: one per document, so the stage stays thread-safe.
        var recognizer = new TimeRecognizer(_lexicon, _numbers) { Names = MentionSpans(document.Entities) };
        foreach (var sentence in document.Sentences)
        {
            var words = WordScanner.Scan(document.Text, sentence.Span);
            foreach (var hit in recognizer.Hits(document.Text, words, document.Metadata.Date))
            {
                times.Add(new TimeExpression(hit.Span, hit.Value) { Modifier = hit.Modifier });
            }
        }
        return document.WithTimes(times.ToImmutable());
    }

    /// <summary>The spans of every entity's mentions, in one array of the exact size (no enumerator chain per document).</summary>
    private static TextSpan[] MentionSpans(ImmutableArray<Entity> entities)
    {
        int count = 0;
        foreach (var e in entities) count += e.Mentions.Length;
        var spans = new TextSpan[count];
        int at = 0;
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions) spans[at++] = m.Span;
        }
        return spans;
    }
}
