using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Store;

namespace Hadath.Store.Tests;

/// <summary>Hand-made analyzed stories: spans are found in the text, so they are right by construction.</summary>
internal static class Stories
{
    public const string KerryText = "قال وزير الخارجية الاميركي جون كيري في موسكو ان \"الحل في سوريا سياسي\" بعد لقائه لافروف الجمعة.";

    public static TextSpan Find(string text, string part, int from = 0)
    {
        int start = text.IndexOf(part, from, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{part}' not in text");
        return new TextSpan(start, start + part.Length);
    }

    public static AnalyzedDocument Kerry(string? id = "k1", string source = "AFP", string date = "2016-07-15")
    {
        var t = KerryText;
        var doc = new AnalyzedDocument(t, new DocumentMetadata
        {
            Id = id, Date = DateOnly.Parse(date), Title = "كيري في موسكو", Source = source, Url = "http://example.org/k",
        });
        var kerry = new Entity("e1", EntityType.PER, "جون كيري", [new Mention(Find(t, "جون كيري"))]) { Actor = "USAGOV" };
        var moscow = new Entity("e2", EntityType.LOC, "موسكو", [new Mention(Find(t, "موسكو"))]);
        var lavrov = new Entity("e3", EntityType.PER, "لافروف", [new Mention(Find(t, "لافروف"))]) { Actor = "RUSGOV" };
        return doc
            .WithEntities([kerry, moscow, lavrov])
            .WithQuotes([new Quote(Find(t, "الحل في سوريا سياسي"), true) { SpeakerId = "e1", SpeakerSpan = Find(t, "جون كيري"), CueSpan = Find(t, "قال") }])
            .WithTimes([new TimeExpression(Find(t, "الجمعة"), "2016-07-15")])
            .WithCounts(ImmutableArray<Count>.Empty)
            .WithEvents([new Event(Find(t, "لقائه"), "040", "test-rule")
            {
                Quad = 1, Goldstein = 1.0, Source = new EventArgument("e1", "USAGOV"), Target = new EventArgument("e3", "RUSGOV"), PlaceId = "e2",
            }]);
    }

    public static DocumentRecord Record(AnalyzedDocument doc, string? id = null, string hash = "h", long simHash = 0,
        DuplicateLink? duplicateOf = null) =>
        DocumentRecords.FromAnalysis(doc, id ?? doc.Metadata.Id!, hash, simHash, Hadath.Core.Json.AnalyzedDocumentJson.Serialize(doc))
            with { DuplicateOf = duplicateOf };
}
