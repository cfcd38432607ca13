using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// The shown span of a place told with its administrative unit takes the unit's noun in: محافظة نينوى, قضاء سنجار,
/// ولاية القصرين, ناحية بعشيقة, اقليم كردستان are the names of a governorate, a district, a wilaya, a subdistrict and a
/// region, as the annotation has them (a clitic on the noun stays out: بمحافظة نينوى → محافظة نينوى). A city, a town, a
/// village or a quarter is not named by its noun (مدينة الموصل → الموصل). Runs last: the other layers read the place by
/// its bare name (its actor code, its coreference with نينوى alone, the events it is the place of), and only the span a
/// mention shows changes; the entity's name stays the bare name.
/// </summary>
public sealed class UnitNameStage : IStage
{
    /// <summary>Nouns of administrative units whose name they are part of, as match keys.</summary>
    private static readonly HashSet<string> Units = MatchKey.SetOf("محافظة", "قضاء", "ولاية", "ناحية", "اقليم", "إقليم");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest unit noun with its clitics before it (وبمحافظة).</summary>
    private const int MaxUnitLength = 8;

    public string Name => "units";
    public Layers Requires => Layers.Entities;
    public Layers Provides => Layers.None;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        string text = document.Text;
        ImmutableArray<Entity>.Builder? entities = null;
        for (int e = 0; e < document.Entities.Length; e++)
        {
            var entity = document.Entities[e];
            if (entity.Type != EntityType.LOC) continue;
            ImmutableArray<Mention>.Builder? mentions = null;
            for (int m = 0; m < entity.Mentions.Length; m++)
            {
                var mention = entity.Mentions[m];
                if (UnitBefore(text, mention.Start) is not { } start) continue;
                mentions ??= entity.Mentions.ToBuilder();
                mentions[m] = new Mention(new TextSpan(start, mention.End));
            }
            if (mentions is null) continue;
            entities ??= document.Entities.ToBuilder();
            entities[e] = entity with { Mentions = mentions.ToImmutable() };
        }
        return entities is null ? document : document.WithEntities(entities.ToImmutable());
    }

    /// <summary>Where the unit noun right before a place starting at <paramref name="place"/> starts, past its clitic; null when none stands there.</summary>
    private static int? UnitBefore(string text, int place)
    {
        if (place < 2 || text[place - 1] != ' ') return null;
        int end = place - 1, start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (end - start < 3 || end - start > MaxUnitLength) return null;
        string noun = text.Substring(start, end - start);
        var word = WordScanner.ScanAlone(noun);
        if (word.Count != 1) return null;
        foreach (var r in Proclitics.ReadingsOf(noun, word[0]))
        {
            if (r.HadArticle || r.Key.StartsWith("ال", StringComparison.Ordinal) || !UnitLookup.Contains(r.Key)) continue;
            return start + r.Span.Start;
        }
        return null;
    }
}
