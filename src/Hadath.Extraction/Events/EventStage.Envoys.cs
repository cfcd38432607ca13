using Hadath.Core;
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

    /// <summary>Words after which the host of a recalled envoy is named (سفيرها لدى مالي, في تونس, سفراءها من الجزائر).</summary>
    private static readonly HashSet<string> PostedAt = MatchKey.SetOf("لدى", "في", "من");

    /// <summary>Words after which the state whose envoy he is is named (سفير مالي, في سفارة مالي, بسفارة مالي).</summary>
    private static readonly HashSet<string> EnvoyOf = MatchKey.SetOf("سفير", "سفارة", "بسفارة", "لسفارة");

    private const int EnvoyReach = 6;

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
            bool own = OwnEnvoys.Contains(words[k].Key);
            if (!own && !ForeignEnvoys.Contains(words[k].Key)) continue;
            for (int j = k; j < words.Count - 1 && j <= k + EnvoyReach && words[j].Kind != WordKind.Punctuation; j++)
            {
                if (!(own ? PostedAt : EnvoyOf).Contains(words[j].Key)) continue;
                if (s.StartingAt(j + 1) is { Entity.Type: EntityType.LOC } state) return (true, state.Entity);
            }
            return (true, null);
        }
        return (false, null);
    }

    /// <summary>Verbs of intending (تعتزم, ينوي): the act told after them is a plan.</summary>
    private static readonly HashSet<string> Intending = MatchKey.SetOf("يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ينوون");

    /// <summary>How many words back from a verb (or a verbal noun spelled like it) an intending verb is looked for.</summary>
    private const int IntendedReach = 3;

    /// <summary>Whether an intending verb stands within <see cref="IntendedReach"/> words before word <paramref name="verb"/>, in its clause.</summary>
    private static bool IntendedAct(IReadOnlyList<Word> words, int verb)
    {
        for (int k = verb - 1; k >= 0 && k >= verb - IntendedReach && words[k].Kind != WordKind.Punctuation; k--)
        {
            var key = words[k].Key;
            if (Intending.Contains(key) || key.Length > 1 && key[0] == 'و' && Intending.Contains(key[1..])) return true;
        }
        return false;
    }

    /// <summary>Verbs of deciding and announcing, after which a verbal noun tells the act decided or announced.</summary>
    private static readonly HashSet<string> Deciding = MatchKey.SetOf("قرر", "قررت", "قرروا", "اعلن", "اعلنت", "اعلنوا");

    private static bool IsDeciding(string key) => Deciding.Contains(key) || key.Length > 3 && key[0] is 'و' or 'ف' && Deciding.Contains(key[1..]);

    /// <summary>
    /// The one who decided or announced the act at word <paramref name="noun"/>: the name between a verb of deciding and the
    /// noun (واعلنت الحكومة المالية طرد), or, with the verb right before the noun and no subject of its own (…، وقررت طرد),
    /// the source of the act told before it in the sentence (<paramref name="earlier"/>) or the sentence's first actor.
    /// </summary>
    private static Entity? DecidedBy(EventArguments.Sentence s, int noun, Entity? earlier)
    {
        if (noun < 1) return null;
        if (IsDeciding(s.Words[noun - 1].Key)) return earlier ?? EventArguments.FirstActorBefore(s, noun - 1);
        return s.EndingAt(noun - 1) is { } named && named.First >= 1 && IsDeciding(s.Words[named.First - 1].Key) ? named.Entity : null;
    }

    /// <summary>Words before a place that make it where something happened (في بلدة طويلة, غربي الفاشر, شمال المدينة).</summary>
    private static readonly HashSet<string> WhereWords = MatchKey.SetOf("في", "وفي", "شمالي", "جنوبي", "شرقي", "غربي", "شمال", "جنوب", "شرق", "غرب", "قرب", "وسط");

    /// <summary>Place nouns that may stand between a word of where and the place's name (في بلدة X, في مخيم X).</summary>
    private static readonly HashSet<string> PlaceHeads = MatchKey.SetOf("مدينة", "بلدة", "قرية", "مخيم", "منطقة", "ولاية", "محافظة", "حي");

    /// <summary>
    /// Whether the place <paramref name="place"/> is named as where an act happened rather than whom it reached: after في or a
    /// bearing, past a place noun (في بلدة طويلة غربي الفاشر); a place after الى or as the object (منح البنك الدولي
    /// موريتانيا 20 مليون دولار, ادخلت اللجنة قافلة الى مدينة دوما) is not.
    /// </summary>
    private static bool GivenTo(EventArguments.Sentence s, Entity place)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity != place) continue;
            int k = m.First - 1;
            if (k >= 0 && PlaceHeads.Contains(s.Words[k].Key)) k--;
            if (k >= 0 && WhereWords.Contains(s.Words[k].Key)) return false;
        }
        return true;
    }
}
