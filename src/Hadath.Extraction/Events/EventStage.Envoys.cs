using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Diplomatic rows (verbs-hadath.tsv: استدعى with سفيرها or السفير, طرد with الملحق or دبلوماسيين). Whom relations are reduced
/// with is the state the envoy is posted to when a state recalls its own (استدعت الجزائر سفيرها لدى مالي, سفراءها من
/// الجزائر), and the envoy's own state when another's is summoned or expelled (القائم بالاعمال في سفارة مالي, سفير مالي):
/// the place after لدى there is the summoning state itself (السفير المالي لدى الجزائر), never the target.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>An envoy of the acting state, told by his own pronoun (سفيرها, سفيره, سفراءها).</summary>
    private static readonly HashSet<string> OwnEnvoys = MatchKey.SetOf("سفيرها", "سفيره", "سفيرهم", "سفراءها", "سفراءهم");

    /// <summary>Another state's envoys and diplomats.</summary>
    private static readonly HashSet<string> ForeignEnvoys = MatchKey.SetOf("السفير", "سفير", "القائم", "الملحق", "دبلوماسي", "دبلوماسيا",
        "دبلوماسيين", "دبلوماسيان", "الدبلوماسي", "الدبلوماسيين");

    /// <summary>Diplomats told with no name, by their number or nationality (دبلوماسيين جزائريين اثنين).</summary>
    private static readonly HashSet<string> UnnamedDiplomats = MatchKey.SetOf("دبلوماسي", "دبلوماسيا", "دبلوماسيين", "دبلوماسيان");

    /// <summary>Words after which the host of a recalled envoy is named (سفيرها لدى مالي, في تونس, سفراءها من الجزائر).</summary>
    private static readonly HashSet<string> PostedAt = MatchKey.SetOf("لدى", "في", "من");

    /// <summary>Words after which the state whose envoy he is is named (سفير مالي, في سفارة مالي, بسفارة مالي).</summary>
    private static readonly HashSet<string> EnvoyOf = MatchKey.SetOf("سفير", "سفارة", "بسفارة", "لسفارة");

    private const int EnvoyReach = 6;

    /// <summary>
    /// سفيرة المانيا: the woman ambassador, spelled with ة, which the match key folds into the ه of سفيره (his own
    /// ambassador); she is another state's envoy, summoned, never the acting state's own recalled.
    /// </summary>
    private static bool WomanEnvoy(string text, Word word) =>
        word.End > word.Start && text[word.End - 1] == TaMarbuta && word.Key.TrimStart('و') is "سفيره" or "السفيره";

    private const char TaMarbuta = '\u0629';

    /// <summary>Whether the envoy after the verb at word <paramref name="verb"/> is a woman ambassador (سفيرة المانيا).</summary>
    private static bool SummonedWomanEnvoy(EventArguments.Sentence s, int verb)
    {
        var words = s.Words;
        // استدعت الخارجية، اليوم الثلاثاء، سفيرة المانيا: a day set off by commas takes no room.
        for (int k = verb + 1, counted = 0; k < words.Count && counted <= EnvoyReach; k++)
        {
            if (words[k].Kind == WordKind.Punctuation || DayAside.IsDayWord(words[k].Key)) continue;
            counted++;
            if (WomanEnvoy(s.Text, words[k])) return true;
            if (OwnEnvoys.Contains(words[k].Key) || ForeignEnvoys.Contains(words[k].Key)) return false;
        }
        return false;
    }

    /// <summary>
    /// The state of unnamed diplomats told by their nationality right after the word (طرد دبلوماسيين جزائريين اثنين): the
    /// story's place whose actor is that nationality's country (الجزائر named in an earlier sentence), or null when the
    /// story names none. Not an ambassador told by his title (طرد السفير الفرنسي X): he is named, and is the target.
    /// </summary>
    private Entity? EnvoyNation(EventArguments.Sentence s, int verb, IReadOnlyList<Entity> entities)
    {
        var words = s.Words;
        for (int k = verb + 1; k + 1 < words.Count && k <= verb + EnvoyReach && words[k].Kind != WordKind.Punctuation; k++)
        {
            if (!UnnamedDiplomats.Contains(words[k].Key)) continue;
            if (!words[k + 1].IsLetters || _actors.Nationality(NameKey.WordOfKey(words[k + 1].Key)) is not { } country) return null;
            foreach (var entity in entities)
            {
                if (entity.Type == EntityType.LOC && entity.Actor == country) return entity;
            }
            return null;
        }
        return null;
    }

    /// <summary>Whether a pattern's object word is an envoy (the diplomatic rows), so a condemnation (ينتقد السفير) keeps its target.</summary>
    private static bool IsEnvoy(string key) => OwnEnvoys.Contains(key) || ForeignEnvoys.Contains(key);

    /// <summary>
    /// Whether the verb at word <paramref name="verb"/> has an envoy after it (before any punctuation), and if so the state
    /// relations are reduced with: for the acting state's own envoy the place after لدى/في/من, for another's the state after
    /// سفير or سفارة; null when none is named there.
    /// </summary>
    private static (bool Envoy, Entity? State) EnvoyState(EventArguments.Sentence s, int verb)
    {
        var words = s.Words;
        for (int k = verb + 1; k < words.Count && k <= verb + EnvoyReach && words[k].Kind != WordKind.Punctuation; k++)
        {
            bool woman = WomanEnvoy(s.Text, words[k]);
            bool own = OwnEnvoys.Contains(words[k].Key) && !woman;
            if (!own && !ForeignEnvoys.Contains(words[k].Key) && !woman) continue;
            for (int j = k; j < words.Count - 1 && j <= k + EnvoyReach && words[j].Kind != WordKind.Punctuation; j++)
            {
                if (!(own ? PostedAt : EnvoyOf).Contains(words[j].Key) && !(j == k && woman)) continue;
                if (s.StartingAt(j + 1) is { Entity.Type: EntityType.LOC } state) return (true, state.Entity);
            }
            return (true, null);
        }
        return (false, null);
    }
}
