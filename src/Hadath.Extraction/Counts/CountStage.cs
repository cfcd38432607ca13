using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Counts;

/// <summary>
/// Adds the <see cref="Layers.Counts"/> layer (GDELT V2Counts: killed, wounded, arrested, kidnapped, displaced,
/// protesters, affected, seized, and <c>amount</c> for other numbers of people). When entities are present, a
/// count's place is the first LOC mention after it in the same sentence introduced by في (or a glued ب).
/// </summary>
public sealed class CountStage : IStage
{
    private readonly CountRecognizer _recognizer;

    public CountStage() : this(new CountRecognizer(CountLexicon.Shared, NumberReader.Shared))
    {
    }

    public CountStage(CountRecognizer recognizer) => _recognizer = recognizer;

    public string Name => "counts";
    public Layers Requires => Layers.Sentences;
    public Layers Provides => Layers.Counts;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var counts = ImmutableArray.CreateBuilder<Count>();
        var found = new List<Count>();
        foreach (var sentence in document.Sentences)
        {
            var words = WordScanner.Scan(document.Text, sentence.Span);
            found.Clear();
            foreach (var count in _recognizer.RecognizeInto(document.Text, words, found))
            {
                // A copy only for a count with a place: most have none.
                var place = PlaceAfter(document, count.Span, sentence.Span);
                counts.Add(place == count.PlaceId ? count : count with { PlaceId = place });
            }
        }
        return document.WithCounts(counts.ToImmutable());
    }

    private static string? PlaceAfter(AnalyzedDocument doc, TextSpan count, TextSpan sentence)
    {
        (string Id, int Start)? best = null;
        foreach (var entity in doc.Entities)
        {
            if (entity.Type != EntityType.LOC) continue;
            foreach (var mention in entity.Mentions)
            {
                if (mention.Start < count.End || mention.End > sentence.End || !AfterFi(doc.Text, mention.Start)) continue;
                if (best is null || mention.Start < best.Value.Start) best = (entity.Id, mention.Start);
            }
        }
        return best?.Id;
    }

    /// <summary>True when the mention is introduced by في, or by a ب glued to it (بحلب).</summary>
    internal static bool AfterFi(string text, int start)
    {
        int i = start - 1;
        if (i >= 0 && MatchKey.Fold(text[i]) == 'ب' && (i == 0 || !WordScanner.IsWordChar(text[i - 1]))) return true;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && WordScanner.IsWordChar(text[i])) i--;
        return MatchKey.Is(text.AsSpan(i + 1, end - (i + 1)), "في");
    }
}
