using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Actors;

/// <summary>
/// Gives entities their CAMEO actor codes and links what the story says of them without their name. In order:
/// short names join the one full name they end (كيري → جون كيري); a name in the actor dictionary takes its role
/// on the story date; a place takes its country (روسيا → RUS, موسكو → RUS); a person or organisation takes the
/// code its title spells (وزير الخارجية الاميركي جون كيري → USAGOV, المتحدث باسم الكرملين → RUSGOV,
/// الجيش السوري → SYRMIL); then a title alone (نظيره الروسي) becomes a mention of the one person whose code
/// has that country. Requires entities; adds no layer of its own (it refines <see cref="Layers.Entities"/>).
/// </summary>
public sealed class ActorStage : IStage
{
    private const int MaxTitleWords = 6;
    private static readonly HashSet<string> TitleConnectors = new() { "باسم", "شوون", "العام", "عام", "الاول", "اول", "السابق", "سابق" };

    private readonly ActorLexicon _lexicon;

    public ActorStage() : this(ActorLexicon.Shared)
    {
    }

    public ActorStage(ActorLexicon lexicon) => _lexicon = lexicon;

    public string Name => "actors";
    public Layers Requires => Layers.Entities | Layers.Sentences;
    public Layers Provides => Layers.None;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var words = WordScanner.Scan(document.Text, new TextSpan(0, document.Text.Length));
        var entities = MergeShortNames(document.Entities);
        var date = document.Metadata.Date;
        entities = entities.Select(e => e.Actor is null ? e with { Actor = Resolve(document.Text, e, words, date) } : e).ToList();
        // A title with no nationality (وزارة الداخلية, رئيس الحكومة) belongs, by wire convention, to the dateline's country.
        if (DatelineCountry(document.Text, entities) is { } home)
        {
            entities = entities.Select(e => e.Actor is { Length: 3 } agent && Agents.Contains(agent) ? e with { Actor = home + agent } : e).ToList();
        }
        entities = entities.Select(e => e.Actor is { } a && Agents.Contains(a) ? e with { Actor = null } : e).ToList();
        entities = LinkTitles(document.Text, entities, words);
        return document.WithEntities(entities.ToImmutableArray());
    }

    private string? Resolve(string text, Entity entity, List<Word> words, DateOnly? date)
    {
        foreach (var name in new[] { entity.Name }.Concat(entity.Mentions.Select(m => text[m.Start..m.End])).Distinct())
        {
            string key = NameKey.Of(name);
            if (!IsGeneric(key) && _lexicon.Actor(key, date) is { } code && !Agents.Contains(code)) return code;
        }
        string nameKey = NameKey.Of(entity.Name);
        if (entity.Type == EntityType.LOC) return _lexicon.Country(nameKey);
        if (entity.Type == EntityType.ORG && _lexicon.Country(nameKey) is null)
        {
            var own = WordScanner.Scan(entity.Name, new TextSpan(0, entity.Name.Length));
            if (FromTitle(own, 0, own.Count, date) is { } orgCode) return orgCode;
            if (IsGeneric(nameKey)) return null;
        }
        foreach (var mention in entity.Mentions)
        {
            int end = FirstWordAtOrAfter(words, mention.Start);
            int start = end;
            while (start > 0 && end - start < MaxTitleWords && IsTitleWord(words[start - 1])) start--;
            if (start < end && FromTitle(words, start, end, date) is { } code) return code;
        }
        return null;
    }

    /// <summary>The code a title spells: the whole title or its end in the dictionary, else country + role, else a dictionary word in it.</summary>
    private string? FromTitle(IReadOnlyList<Word> words, int start, int end, DateOnly? date)
    {
        for (int s = start; s < end - 1; s++)
        {
            string key = NameKey.Of(Keys(words, s, end));
            if (!IsGeneric(key) && _lexicon.Actor(key, date) is { Length: >= 6 } whole) return whole;
        }
        string? country = null, agent = null, named = null;
        for (int k = start; k < end; k++)
        {
            string key = NameKey.Word(words[k].Key);
            country ??= _lexicon.Nationality(key) ?? _lexicon.Country(key);
            agent ??= _lexicon.RoleAgent(key);
            if (_lexicon.Actor(key, date) is { Length: >= 6 } code) named ??= code;
        }
        if (country is { Length: 3 } && agent is not null) return country + agent;
        return named ?? country ?? agent;
    }

    private bool IsTitleWord(Word word)
    {
        if (!word.IsLetters) return false;
        string key = NameKey.Word(word.Key);
        return TitleConnectors.Contains(word.Key) || _lexicon.RoleAgent(key) is not null || _lexicon.Nationality(key) is not null ||
               _lexicon.Country(key) is not null;
    }

    /// <summary>CAMEO role codes that say what, not whose: a title made only of them needs a country.</summary>
    private static readonly HashSet<string> Agents = new() { "GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "BUS", "MED", "CVL", "EDU", "SPY", "PTY", "ELI" };

    /// <summary>True when every word is a role word (وزار داخلي): the dictionary's country for it is a guess.</summary>
    private bool IsGeneric(string key)
    {
        var parts = key.Split(' ');
        return parts.All(p => _lexicon.RoleAgent(p) is not null || TitleConnectors.Contains(p));
    }

    /// <summary>The country of the place a wire story opens with (بغداد (اف ب) -), if it is an entity.</summary>
    private static string? DatelineCountry(string text, List<Entity> entities)
    {
        int head = text.IndexOfAny(new[] { '(', '-', '\u2013', '\n' });
        if (head < 0 || head > 40) return null;
        var place = entities.FirstOrDefault(e => e.Type == EntityType.LOC && e.Mentions.Any(m => m.End <= head) && e.Actor is { Length: 3 });
        return place?.Actor;
    }

    /// <summary>A one-word person name that ends exactly one longer person name is the same person.</summary>
    private static List<Entity> MergeShortNames(ImmutableArray<Entity> entities)
    {
        var result = entities.ToList();
        foreach (var shortName in entities.Where(e => e.Type == EntityType.PER && !e.Name.Contains(' ')))
        {
            var full = result.Where(e => e.Type == EntityType.PER && e != shortName && e.Name.Contains(' ') &&
                                         NameKey.Word(e.Name.Split(' ')[^1]) == NameKey.Word(shortName.Name)).ToList();
            if (full.Count != 1) continue;
            int at = result.IndexOf(full[0]);
            var mentions = full[0].Mentions.AddRange(shortName.Mentions).Sort((a, b) => a.Start.CompareTo(b.Start));
            result[at] = full[0] with { Mentions = mentions };
            result.Remove(shortName);
        }
        return result;
    }

    /// <summary>نظيره الروسي, الرئيس الاميركي: a role and a nationality with no name after them name the one person with that country.</summary>
    private List<Entity> LinkTitles(string text, List<Entity> entities, List<Word> words)
    {
        var taken = entities.SelectMany(e => e.Mentions).Select(m => m.Span).ToList();
        for (int i = 0; i + 1 < words.Count; i++)
        {
            // Only definite titles name someone: الوزير الروسي, نظيره الروسي; مسؤول اميركي is any American official.
            // The cheap test on the next word first: most words are not followed by a definite nationality.
            if (!words[i + 1].IsLetters || !words[i + 1].Key.StartsWith("ال", StringComparison.Ordinal)) continue;
            var role = Proclitics.ReadingsOf(text, words[i]).FirstOrDefault(r => _lexicon.RoleAgent(NameKey.Word(r.Key)) == "GOV" &&
                (r.Key.StartsWith("ال", StringComparison.Ordinal) || r.Key.StartsWith("نظير", StringComparison.Ordinal)));
            if (role.Key is null) continue;
            if (_lexicon.Nationality(NameKey.Word(words[i + 1].Key)) is not { } country) continue;
            var span = new TextSpan(role.Span.Start, words[i + 1].End);
            bool named = i + 2 < words.Count && taken.Any(t => t.Start == words[i + 2].Start || t.Overlaps(span));
            if (named) continue;
            var candidates = entities.Where(e => e.Type == EntityType.PER && e.Actor is { } a && a.StartsWith(country, StringComparison.Ordinal)).ToList();
            if (candidates.Count != 1) continue;
            int at = entities.IndexOf(candidates[0]);
            entities[at] = candidates[0] with { Mentions = candidates[0].Mentions.Add(new Mention(span)).Sort((a, b) => a.Start.CompareTo(b.Start)) };
            taken.Add(span);
            i++;
        }
        return entities;
    }

    private static int FirstWordAtOrAfter(List<Word> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static IEnumerable<string> Keys(IReadOnlyList<Word> words, int start, int end)
    {
        for (int k = start; k < end; k++) yield return words[k].Key;
    }
}
